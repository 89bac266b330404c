// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesearch.h"
#include "messagestore.h"
#include "testmessages.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::message;

class TestMessageSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsSafeMatchExpressions_data();
    void buildsSafeMatchExpressions();
    void hostileInputNeverBreaks_data();
    void hostileInputNeverBreaks();
    void findsNewestFirst();
    void findsPrefixesPhrasesAndAuthors();
    void excludesWords();
    void foldsDiacritics();
    void filters();
    void saysWhenThereIsNothingToSearch();

private:
    QStringList search(const SearchRequest &request);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    qint64 m_mail = 0;
    qint64 m_mastodon = 0;
};

void TestMessageSearch::initTestCase()
{
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("search.hearth"))));
    MessageStore store(m_workspace);
    m_mail = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    m_mastodon = store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Fediverse"));
    IncomingMessage german = message(QStringLiteral("m4"), 30, QStringLiteral("Die Limonade schmeckt nach Seife, Charge L-2311"),
                                     QString(), QStringLiteral("Jürgen Weiß"));
    german.lang = QStringLiteral("de");
    QVERIFY(store.ingest(m_mail, {message(QStringLiteral("m1"), 0, QStringLiteral("My lemonade bottle arrived broken")),
                                  message(QStringLiteral("m2"), 10, QStringLiteral("Where can I buy lemonade in Aarhus?")),
                                  message(QStringLiteral("m3"), 20, QStringLiteral("The café sells lemonade now"),
                                          QString(), QStringLiteral("Anaïs Henry")),
                                  german}).ok);
    QVERIFY(store.ingest(m_mastodon, {message(QStringLiteral("t1"), 40, QStringLiteral("lemonade is great, no refund needed")),
                                      message(QStringLiteral("t2"), 50, QStringLiteral("Refunds take too long"))}).ok);
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'resolved' WHERE subject = '' AND snippet LIKE 'Where%'")));
}

QStringList TestMessageSearch::search(const SearchRequest &request)
{
    QList<SearchHit> hits;
    QString error;
    if (!MessageSearch(m_workspace).search(request, &hits, &error))
        return {QStringLiteral("error: ") + error};
    QStringList snippets;
    for (const SearchHit &hit : std::as_const(hits))
        snippets << QString(hit.snippet).remove(MessageSearch::highlightStart).remove(MessageSearch::highlightEnd);
    return snippets;
}

void TestMessageSearch::buildsSafeMatchExpressions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << QStringLiteral("broken bottle") << QStringLiteral("\"broken\" \"bottle\"");
    QTest::newRow("phrase") << QStringLiteral("\"broken bottle\" refund")
                            << QStringLiteral("\"broken bottle\" \"refund\"");
    QTest::newRow("unbalanced quote") << QStringLiteral("\"broken bottle") << QStringLiteral("\"broken bottle\"");
    QTest::newRow("prefix") << QStringLiteral("lemon*") << QStringLiteral("\"lemon\"*");
    QTest::newRow("exclusion") << QStringLiteral("refund -late") << QStringLiteral("\"refund\" NOT \"late\"");
    QTest::newRow("only exclusion") << QStringLiteral("-late") << QString();
    QTest::newRow("operators are words") << QStringLiteral("NEAR(a b) OR NOT")
                                         << QStringLiteral("\"NEAR(a\" \"b)\" \"OR\" \"NOT\"");
    QTest::newRow("quotes inside a word") << QStringLiteral("ab\"cd") << QStringLiteral("\"abcd\"");
    QTest::newRow("column filter is text") << QStringLiteral("author_name:zoe") << QStringLiteral("\"author_name:zoe\"");
    QTest::newRow("punctuation only") << QStringLiteral("*** \"\" ( ) -") << QString();
}

void TestMessageSearch::buildsSafeMatchExpressions()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(MessageSearch::toMatchExpression(typed), expression);
}

void TestMessageSearch::hostileInputNeverBreaks_data()
{
    QTest::addColumn<QString>("typed");
    for (const char *input : {"\"", "\"\"\"", "lemonade\"", "' OR 1=1 --", "'); DROP TABLE messages; --",
                              "lemonade AND", "OR", "NEAR(", "*", "lemon* *", "-", "--", "^lemonade", "a:b:c",
                              "{lemonade}", "lemonade\\", "\xe2\x80\xae" "edanomel", "%_%", "\t\n", "x\x01y"})
        QTest::newRow(input) << QString::fromUtf8(input);
    QTest::newRow("very long") << QString(20000, QLatin1Char('a'));
    QTest::newRow("many words") << QStringLiteral("lemonade ").repeated(500);
}

void TestMessageSearch::hostileInputNeverBreaks()
{
    QFETCH(QString, typed);
    SearchRequest request;
    request.text = typed;
    QList<SearchHit> hits;
    QString error;
    const bool ok = MessageSearch(m_workspace).search(request, &hits, &error);
    // Either a search ran, or the one message for "nothing to search for": never an SQL error.
    if (!ok)
        QCOMPARE(error, QStringLiteral("Type at least one word to search for."));
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages")) && query.next());
    QCOMPARE(query.value(0).toInt(), 6);
}

void TestMessageSearch::findsNewestFirst()
{
    SearchRequest request;
    request.text = QStringLiteral("lemonade");
    QCOMPARE(search(request), (QStringList{QStringLiteral("lemonade is great, no refund needed"),
                                           QStringLiteral("The café sells lemonade now"),
                                           QStringLiteral("Where can I buy lemonade in Aarhus?"),
                                           QStringLiteral("My lemonade bottle arrived broken")}));
    request.limit = 2;
    QCOMPARE(search(request).size(), 2);
}

void TestMessageSearch::findsPrefixesPhrasesAndAuthors()
{
    SearchRequest request;
    request.text = QStringLiteral("refund*");
    QCOMPARE(search(request).size(), 2);
    request.text = QStringLiteral("\"bottle arrived\"");
    QCOMPARE(search(request), QStringList{QStringLiteral("My lemonade bottle arrived broken")});
    request.text = QStringLiteral("\"arrived bottle\"");
    QCOMPARE(search(request), QStringList());
    request.text = QStringLiteral("henry");
    QCOMPARE(search(request), QStringList{QStringLiteral("The café sells lemonade now")});
    request.text = QStringLiteral("L-2311");
    QCOMPARE(search(request).size(), 1);
}

void TestMessageSearch::excludesWords()
{
    SearchRequest request;
    request.text = QStringLiteral("lemonade -broken -aarhus");
    QCOMPARE(search(request).size(), 2);
}

void TestMessageSearch::foldsDiacritics()
{
    SearchRequest request;
    request.text = QStringLiteral("cafe");
    QCOMPARE(search(request).size(), 1);
    request.text = QStringLiteral("juergen weiß");
    QCOMPARE(search(request).size(), 0); // folding is not transliteration
    request.text = QStringLiteral("jurgen weiß");
    QCOMPARE(search(request).size(), 1);
}

void TestMessageSearch::filters()
{
    SearchRequest request;
    request.text = QStringLiteral("lemonade");
    request.channelKind = QStringLiteral("mastodon");
    QCOMPARE(search(request).size(), 1);
    request.channelKind.clear();
    request.accountId = m_mail;
    QCOMPARE(search(request).size(), 3);
    request.status = QStringLiteral("resolved");
    QCOMPARE(search(request), QStringList{QStringLiteral("Where can I buy lemonade in Aarhus?")});
    request = SearchRequest();
    request.text = QStringLiteral("seife");
    request.language = QStringLiteral("en");
    QCOMPARE(search(request).size(), 0);
    request.language = QStringLiteral("de");
    QCOMPARE(search(request).size(), 1);

    // Dates bound the index's rowid range; both ends are inclusive.
    request = SearchRequest();
    request.text = QStringLiteral("lemonade");
    request.since = hearth::test::baseTime + 10 * 60 * 1000;
    request.until = hearth::test::baseTime + 20 * 60 * 1000;
    QCOMPARE(search(request), (QStringList{QStringLiteral("The café sells lemonade now"),
                                           QStringLiteral("Where can I buy lemonade in Aarhus?")}));
}

void TestMessageSearch::saysWhenThereIsNothingToSearch()
{
    SearchRequest request;
    request.text = QStringLiteral("  \"\" ** ");
    QCOMPARE(search(request), QStringList{QStringLiteral("error: Type at least one word to search for.")});
}

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "tst_messagesearch.moc"
