// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationthread.h"
#include "placeholders.h"
#include "userdirectory.h"

#include <QTest>

using namespace hearth;

namespace {
QHash<QString, QString> zoe()
{
    return {{Placeholders::authorName, QStringLiteral("Zoë Martin")},
        {Placeholders::authorFirstName, QStringLiteral("Zoë")}, {Placeholders::agentName, QStringLiteral("Maja Berg")},
        {Placeholders::agentFirstName, QStringLiteral("Maja")},
        {Placeholders::channelName, QStringLiteral("Support mailbox")},
        {Placeholders::conversationLink, QStringLiteral("https://demo.example/1")}};
}
} // namespace

class TestPlaceholders : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryName();
    void render_data();
    void render();
    void validatesWellFormedText_data();
    void validatesWellFormedText();
    void reportsProblemsWithTheirPositions_data();
    void reportsProblemsWithTheirPositions();
    void messagesSayWhatIsWrong();
    void knownNamesAreExtensible();
    void valuesComeFromTheConversation();
};

void TestPlaceholders::rendersEveryName()
{
    const QString text = QStringLiteral("{{author.name}}/{{author.first_name}}/{{agent.name}}/{{agent.first_name}}/"
                                        "{{channel.name}}/{{conversation.link}}");
    QCOMPARE(Placeholders::render(text, zoe()),
        QStringLiteral("Zoë Martin/Zoë/Maja Berg/Maja/Support mailbox/https://demo.example/1"));
    QVERIFY(Placeholders().validate(text).isEmpty());
}

void TestPlaceholders::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withValues");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text") << QStringLiteral("Thanks!") << true << QStringLiteral("Thanks!");
    QTest::newRow("value") << QStringLiteral("Hi {{author.first_name}},") << true << QStringLiteral("Hi Zoë,");
    QTest::newRow("value wins over fallback")
        << QStringLiteral("Hi {{author.first_name|there}},") << true << QStringLiteral("Hi Zoë,");
    QTest::newRow("fallback") << QStringLiteral("Hi {{author.first_name|there}},") << false
                              << QStringLiteral("Hi there,");
    QTest::newRow("no value, no fallback")
        << QStringLiteral("Hi {{author.first_name}},") << false << QStringLiteral("Hi ,");
    QTest::newRow("spaces inside the braces") << QStringLiteral("Hi {{ author.first_name | dear customer }}!") << false
                                              << QStringLiteral("Hi dear customer!");
    QTest::newRow("spaces with a value") << QStringLiteral("Hi {{  author.first_name  }}!") << true
                                         << QStringLiteral("Hi Zoë!");
    QTest::newRow("twice") << QStringLiteral("{{agent.first_name}} and {{agent.first_name}}") << true
                           << QStringLiteral("Maja and Maja");
    QTest::newRow("unclosed stays as typed")
        << QStringLiteral("Hi {{author.name, bye") << true << QStringLiteral("Hi {{author.name, bye");
    QTest::newRow("empty stays as typed") << QStringLiteral("a {{}} b") << true << QStringLiteral("a {{}} b");
    QTest::newRow("triple braces") << QStringLiteral("{{{agent.first_name}}}") << true << QStringLiteral("{Maja}");
    QTest::newRow("values are not rendered again")
        << QStringLiteral("{{author.name}}") << true << QStringLiteral("Zoë Martin");
}

void TestPlaceholders::render()
{
    QFETCH(QString, text);
    QFETCH(bool, withValues);
    QFETCH(QString, expected);
    QCOMPARE(Placeholders::render(text, withValues ? zoe() : QHash<QString, QString>()), expected);
}

void TestPlaceholders::validatesWellFormedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no placeholders") << QStringLiteral("Thanks for writing, we are on it.");
    QTest::newRow("single braces are text") << QStringLiteral("a {b} c } { d");
    QTest::newRow("fallback") << QStringLiteral("Hi {{author.first_name|there}}");
    QTest::newRow("spaces") << QStringLiteral("Hi {{ author.first_name | there }}");
    QTest::newRow("fallback with punctuation") << QStringLiteral("{{author.name|our dear customer, friend}}");
}

void TestPlaceholders::validatesWellFormedText()
{
    QFETCH(QString, text);
    const QList<PlaceholderProblem> problems = Placeholders().validate(text);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.constFirst().message));
}

void TestPlaceholders::reportsProblemsWithTheirPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("positions");
    QTest::addColumn<QList<int>>("lengths");
    QTest::newRow("unknown name") << QStringLiteral("Hi {{author.nickname}}!") << QList<int> {3} << QList<int> {19};
    QTest::newRow("unknown with fallback") << QStringLiteral("{{author.nick|x}}") << QList<int> {0} << QList<int> {17};
    QTest::newRow("misspelt after a good one")
        << QStringLiteral("{{agent.name}} {{agnet.name}}") << QList<int> {15} << QList<int> {14};
    QTest::newRow("unclosed at the end") << QStringLiteral("Hi {{author.name") << QList<int> {3} << QList<int> {2};
    QTest::newRow("unclosed before another")
        << QStringLiteral("{{author.name and {{agent.name}}") << QList<int> {0} << QList<int> {2};
    QTest::newRow("unclosed on its line")
        << QStringLiteral("Hi {{author.name\nBye }}") << QList<int> {3, 21} << QList<int> {2, 2};
    QTest::newRow("empty") << QStringLiteral("Hi {{}}") << QList<int> {3} << QList<int> {4};
    QTest::newRow("empty with spaces") << QStringLiteral("Hi {{  }}") << QList<int> {3} << QList<int> {6};
    QTest::newRow("only a fallback") << QStringLiteral("{{|there}}") << QList<int> {0} << QList<int> {10};
    QTest::newRow("closing without opening") << QStringLiteral("Hi author.name}}") << QList<int> {14} << QList<int> {2};
    QTest::newRow("several") << QStringLiteral("{{x}} {{}} }} {{y") << QList<int> {0, 6, 11, 14}
                             << QList<int> {5, 4, 2, 2};
    QTest::newRow("case matters") << QStringLiteral("{{Author.Name}}") << QList<int> {0} << QList<int> {15};
}

void TestPlaceholders::reportsProblemsWithTheirPositions()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, positions);
    QFETCH(QList<int>, lengths);
    const QList<PlaceholderProblem> problems = Placeholders().validate(text);
    QList<int> foundPositions, foundLengths;
    for (const PlaceholderProblem &problem : problems) {
        foundPositions << problem.position;
        foundLengths << problem.length;
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(foundPositions, positions);
    QCOMPARE(foundLengths, lengths);
}

void TestPlaceholders::messagesSayWhatIsWrong()
{
    const Placeholders placeholders;
    const QList<PlaceholderProblem> unknown = placeholders.validate(QStringLiteral("{{ author.nick }}"));
    QCOMPARE(unknown.size(), 1);
    QVERIFY2(unknown.constFirst().message.contains(QStringLiteral("“author.nick” is not a placeholder")),
        qPrintable(unknown.constFirst().message));
    QVERIFY(unknown.constFirst().message.contains(QStringLiteral("{{author.first_name}}"))); // says what is known
    QVERIFY(placeholders.validate(QStringLiteral("{{author.name"))
                .constFirst()
                .message.contains(QStringLiteral("not closed")));
    QVERIFY(placeholders.validate(QStringLiteral("{{}}"))
                .constFirst()
                .message.contains(QStringLiteral("names no placeholder")));
    QVERIFY(placeholders.validate(QStringLiteral("}}"))
                .constFirst()
                .message.contains(QStringLiteral("closes no placeholder")));
}

void TestPlaceholders::knownNamesAreExtensible()
{
    Placeholders placeholders;
    QVERIFY(!placeholders.isKnown(QStringLiteral("rule.3")));
    QVERIFY(!placeholders.isKnown(QStringLiteral("brand.name")));
    placeholders.addNumberedName(QStringLiteral("rule"));
    placeholders.addName(QStringLiteral("brand.name"));
    QVERIFY(placeholders.isKnown(QStringLiteral("rule.3")));
    QVERIFY(placeholders.isKnown(QStringLiteral("rule.12")));
    QVERIFY(placeholders.isKnown(QStringLiteral("brand.name")));
    QVERIFY(!placeholders.isKnown(QStringLiteral("rule.")));
    QVERIFY(!placeholders.isKnown(QStringLiteral("rule.0")));
    QVERIFY(!placeholders.isKnown(QStringLiteral("rule.x")));
    QVERIFY(!placeholders.isKnown(QStringLiteral("rule.-1")));
    QVERIFY(!placeholders.isKnown(QStringLiteral("rules.1")));
    QVERIFY(placeholders.validate(QStringLiteral("See {{rule.4}} of {{brand.name}}.")).isEmpty());
    QVERIFY(placeholders.names().contains(QStringLiteral("rule.N")));
    QCOMPARE(
        Placeholders::render(QStringLiteral("See {{rule.4}}."), {{QStringLiteral("rule.4"), QStringLiteral("rule 4")}}),
        QStringLiteral("See rule 4."));
}

void TestPlaceholders::valuesComeFromTheConversation()
{
    ConversationThread thread;
    thread.accountName = QStringLiteral("Sunny Squeeze on Mastodon");
    thread.messages << ThreadMessage {1, QStringLiteral("a"), QStringLiteral("Zoë Martin"), QStringLiteral("Hi"),
        QString(), QStringLiteral("https://social.example/@zoe/1"), false, false, 1, QString()}
                    << ThreadMessage {2, QStringLiteral("b"), QStringLiteral("Maja"), QStringLiteral("Hello"),
                           QString(), QStringLiteral("https://social.example/@maja/2"), true, false, 2, QString()};
    User agent;
    agent.name = QStringLiteral("Maja Berg");
    // No author on the conversation row: the first message from outside names them.
    QHash<QString, QString> values = Placeholders::valuesFor(thread, agent);
    QCOMPARE(values.value(Placeholders::authorName), QStringLiteral("Zoë Martin"));
    QCOMPARE(values.value(Placeholders::authorFirstName), QStringLiteral("Zoë"));
    QCOMPARE(values.value(Placeholders::agentName), QStringLiteral("Maja Berg"));
    QCOMPARE(values.value(Placeholders::agentFirstName), QStringLiteral("Maja"));
    QCOMPARE(values.value(Placeholders::channelName), QStringLiteral("Sunny Squeeze on Mastodon"));
    QCOMPARE(values.value(Placeholders::conversationLink), QStringLiteral("https://social.example/@zoe/1"));

    thread.conversation.authorName = QStringLiteral("  Ana  Lima ");
    values = Placeholders::valuesFor(thread, agent);
    QCOMPARE(values.value(Placeholders::authorName), QStringLiteral("Ana  Lima"));
    QCOMPARE(values.value(Placeholders::authorFirstName), QStringLiteral("Ana"));
    QCOMPARE(Placeholders::render(QStringLiteral("Hi {{author.first_name|there}}, {{agent.first_name}} here"), values),
        QStringLiteral("Hi Ana, Maja here"));
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
