// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettedocument.h"

#include <QTest>

using namespace hearth;
using Kind = NetiquetteWarning::Kind;

namespace {

const QString sample = QStringLiteral("# Community rules\n"
                                      "\n"
                                      "Welcome! Read {{rule.7}} first.\n"
                                      "\n"
                                      "## Be kind {#rule-4}\n"
                                      "\n"
                                      "No insults.\n"
                                      "\n"
                                      "```\n"
                                      "## Not a rule {#rule-99}\n"
                                      "```\n"
                                      "\n"
                                      "## No spam {#rule-7}\n"
                                      "\n"
                                      "No ads, see [the kindness rule](#rule-4).\n");

QList<int> ids(const NetiquetteDocument &document)
{
    QList<int> result;
    for (const NetiquetteRule &rule : document.rules())
        result << rule.id;
    return result;
}

QList<Kind> kinds(const QList<NetiquetteWarning> &warnings)
{
    QList<Kind> result;
    for (const NetiquetteWarning &warning : warnings)
        result << warning.kind;
    return result;
}

} // namespace

class TestNetiquetteDocument : public QObject
{
    Q_OBJECT

private slots:
    void parsesTitleIntroductionAndRules();
    void ignoresHeadingsInCodeBlocks();
    void idsSurviveReorderingAndEditing();
    void warnsWithLineAndColumn_data();
    void warnsWithLineAndColumn();
    void referencesToKnownRulesAreNotBroken();
    void withIdsKeepsTheTextByteForByte();
    void withIdsNumbersNewRulesInTextOrder();
    void translationDifferences();
    void publishedMarkdownAnchorsEveryRule();
    void htmlEscapesTitlesAndDropsRawHtml();
    void standaloneHtmlIsSelfContained();
};

void TestNetiquetteDocument::parsesTitleIntroductionAndRules()
{
    const NetiquetteDocument document = NetiquetteDocument::parse(sample);
    QCOMPARE(document.title(), QStringLiteral("Community rules"));
    QCOMPARE(document.introduction(), QStringLiteral("Welcome! Read {{rule.7}} first."));
    const QList<NetiquetteRule> rules = document.rules();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).id, 4);
    QCOMPARE(rules.at(0).number, 1);
    QCOMPARE(rules.at(0).title, QStringLiteral("Be kind"));
    QCOMPARE(rules.at(0).line, 5);
    QVERIFY(rules.at(0).body.startsWith(QStringLiteral("No insults.")));
    QCOMPARE(rules.at(1).id, 7);
    QCOMPARE(rules.at(1).number, 2);
    QCOMPARE(rules.at(1).line, 13);
    QCOMPARE(rules.at(1).body, QStringLiteral("No ads, see [the kindness rule](#rule-4)."));
    QCOMPARE(document.highestId(), 7);
    QCOMPARE(document.rule(7)->title, QStringLiteral("No spam"));
    QVERIFY(!document.rule(99));
    QVERIFY(!document.rule(0));
    QVERIFY(document.warnings().isEmpty());

    // A second level-1 heading is not a title; it stays with the text it stands in.
    const NetiquetteDocument appendix =
        NetiquetteDocument::parse(QStringLiteral("# Rules\n## Be kind {#rule-1}\nNo insults.\n# Appendix\nMore.\n"));
    QCOMPARE(appendix.title(), QStringLiteral("Rules"));
    QCOMPARE(appendix.rules().constFirst().body, QStringLiteral("No insults.\n# Appendix\nMore."));
    QVERIFY(appendix.publishedMarkdown().contains(QStringLiteral("# Appendix\nMore.")));
}

void TestNetiquetteDocument::ignoresHeadingsInCodeBlocks()
{
    const NetiquetteDocument document = NetiquetteDocument::parse(
        QStringLiteral("## A {#rule-1}\n~~~ md\n## B\n```\n## C\n~~~\n    ## indented code\n## D {#rule-2} ##\n"));
    QCOMPARE(ids(document), (QList<int> {1, 2}));
    QCOMPARE(document.rules().at(1).title, QStringLiteral("D"));
    QVERIFY(document.rules().at(0).body.contains(QStringLiteral("## C")));
    QVERIFY(document.warnings().isEmpty());
}

void TestNetiquetteDocument::idsSurviveReorderingAndEditing()
{
    const NetiquetteDocument before = NetiquetteDocument::parse(
        QStringLiteral("## Be kind {#rule-1}\nNo insults.\n## No spam {#rule-2}\nNo ads.\n## Privacy {#rule-3}\n"));
    const NetiquetteDocument after = NetiquetteDocument::parse(QStringLiteral(
        "## Protect privacy {#rule-3}\nNo addresses.\n## Be kind to everyone {#rule-1}\nStill no insults.\n"
        "## No spam {#rule-2}\n"));
    QCOMPARE(ids(before), (QList<int> {1, 2, 3}));
    QCOMPARE(ids(after), (QList<int> {3, 1, 2}));
    // The id stays with the rule; the number readers see follows its position.
    QCOMPARE(after.rule(1)->number, 2);
    QCOMPARE(after.rule(1)->title, QStringLiteral("Be kind to everyone"));
    QCOMPARE(after.rule(3)->number, 1);
    QCOMPARE(after.rule(3)->body, QStringLiteral("No addresses."));
}

void TestNetiquetteDocument::warnsWithLineAndColumn_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("ruleId");
    QTest::addColumn<bool>("error");
    QTest::newRow("untitled") << QStringLiteral("# T\n## A {#rule-1}\n## {#rule-2}\n") << int(Kind::UntitledRule) << 3
                              << 1 << 2 << true;
    QTest::newRow("missing id") << QStringLiteral("## A {#rule-1}\ntext\n  ## B\n") << int(Kind::MissingId) << 3 << 3
                                << 0 << false;
    QTest::newRow("duplicate id") << QStringLiteral("## A {#rule-1}\n\n## B {#rule-1}\n") << int(Kind::DuplicateId) << 3
                                  << 6 << 1 << true;
    QTest::newRow("malformed id") << QStringLiteral("## A {#rule-1}\n## B {#rule-x}\n") << int(Kind::MalformedId) << 2
                                  << 6 << 0 << true;
    QTest::newRow("id zero") << QStringLiteral("## A {#rule-0}\n") << int(Kind::MalformedId) << 1 << 6 << 0 << true;
    QTest::newRow("broken placeholder") << QStringLiteral("## A {#rule-1}\nSee {{rule.1}} and {{ rule.9 }}.\n")
                                        << int(Kind::BrokenReference) << 2 << 20 << 9 << true;
    QTest::newRow("broken link") << QStringLiteral("## A {#rule-1}\n\nSee [this](#rule-5).\n")
                                 << int(Kind::BrokenReference) << 3 << 11 << 5 << true;
}

void TestNetiquetteDocument::warnsWithLineAndColumn()
{
    QFETCH(QString, markdown);
    QFETCH(int, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, ruleId);
    QFETCH(bool, error);
    const QList<NetiquetteWarning> warnings = NetiquetteDocument::parse(markdown).warnings();
    QCOMPARE(warnings.size(), 1);
    const NetiquetteWarning &warning = warnings.constFirst();
    QCOMPARE(int(warning.kind), kind);
    QCOMPARE(warning.line, line);
    QCOMPARE(warning.column, column);
    QCOMPARE(warning.ruleId, ruleId);
    QCOMPARE(warning.isError(), error);
    QVERIFY(!warning.message.isEmpty());
}

void TestNetiquetteDocument::referencesToKnownRulesAreNotBroken()
{
    const NetiquetteDocument document =
        NetiquetteDocument::parse(QStringLiteral("## A {#rule-1}\n{{rule.5}} [x](#rule-6) {{rule.1|here}}\n"));
    QCOMPARE(kinds(document.warnings()), (QList<Kind> {Kind::BrokenReference, Kind::BrokenReference}));
    QCOMPARE(kinds(document.warnings({5})), (QList<Kind> {Kind::BrokenReference}));
    QVERIFY(document.warnings({5, 6}).isEmpty());
    // A reference in a code block is an example, not a reference.
    QVERIFY(NetiquetteDocument::parse(QStringLiteral("## A {#rule-1}\n```\n{{rule.5}}\n```\n")).warnings().isEmpty());
}

void TestNetiquetteDocument::withIdsKeepsTheTextByteForByte()
{
    const QString text = QStringLiteral("# Rules\r\n\r\n## Be kind   \r\nNo *insults* <b>ever</b>.\r\n"
                                        "## Known {#rule-3}\r\n```\r\n## In code\r\n```\r\n##\r\n## Closed ##\r\n");
    const QString expected = QStringLiteral(
        "# Rules\r\n\r\n## Be kind {#rule-10}   \r\nNo *insults* <b>ever</b>.\r\n"
        "## Known {#rule-3}\r\n```\r\n## In code\r\n```\r\n## {#rule-11}\r\n## Closed {#rule-12} ##\r\n");
    const QString result = NetiquetteDocument::parse(text).withIds(10);
    QCOMPARE(result, expected);
    // Nothing else changed: removing the inserted ids gives back the text.
    QString stripped = result;
    stripped.replace(QStringLiteral(" {#rule-10}"), QString())
        .replace(QStringLiteral(" {#rule-12}"), QString())
        .replace(QStringLiteral("## {#rule-11}"), QStringLiteral("##"));
    QCOMPARE(stripped, text);
    // A text with ids everywhere stays as it is.
    QCOMPARE(NetiquetteDocument::parse(expected).withIds(20), expected);
}

void TestNetiquetteDocument::withIdsNumbersNewRulesInTextOrder()
{
    const NetiquetteDocument document = NetiquetteDocument::parse(
        NetiquetteDocument::parse(QStringLiteral("## First\n## Old {#rule-2}\n## Second\n")).withIds(3));
    QCOMPARE(ids(document), (QList<int> {3, 2, 4}));
    QVERIFY(document.warnings().isEmpty());
}

void TestNetiquetteDocument::translationDifferences()
{
    const NetiquetteDocument source =
        NetiquetteDocument::parse(QStringLiteral("## Be kind {#rule-1}\n## No spam {#rule-2}\n"));
    const NetiquetteDocument same =
        NetiquetteDocument::parse(QStringLiteral("## Keine Werbung {#rule-2}\n## Sei freundlich {#rule-1}\n"));
    QVERIFY(same.differencesFrom(source).isEmpty());
    const NetiquetteDocument other =
        NetiquetteDocument::parse(QStringLiteral("## Sei freundlich {#rule-1}\n## Keine Werbung {#rule-5}\n"));
    const QList<NetiquetteWarning> differences = other.differencesFrom(source);
    QCOMPARE(kinds(differences), (QList<Kind> {Kind::TranslationMismatch, Kind::TranslationMismatch}));
    QCOMPARE(differences.at(0).ruleId, 5);
    QCOMPARE(differences.at(0).line, 2);
    QCOMPARE(differences.at(1).ruleId, 2);
    QVERIFY(!differences.at(0).isError());
}

void TestNetiquetteDocument::publishedMarkdownAnchorsEveryRule()
{
    const QString markdown = NetiquetteDocument::parse(sample).publishedMarkdown();
    QVERIFY2(markdown.startsWith(QStringLiteral("# Community rules\n\nWelcome! Read [2. No spam](#rule-7) first.")),
        qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("<a id=\"rule-4\"></a>\n## 1. Be kind\n\nNo insults.")));
    QVERIFY(markdown.contains(QStringLiteral("<a id=\"rule-7\"></a>\n## 2. No spam\n")));
    QCOMPARE(markdown.count(QStringLiteral("{#rule-")), 1); // only the example in the code block
    QVERIFY(markdown.contains(QStringLiteral("```\n## Not a rule {#rule-99}\n```")));

    // A title with "%2" in it links as it reads.
    const QString percent =
        NetiquetteDocument::parse(QStringLiteral("# Rules\n\nSee {{rule.4}}.\n\n## Save 50%2 now {#rule-4}\n"))
            .publishedMarkdown();
    QVERIFY2(percent.contains(QStringLiteral("See [1. Save 50%2 now](#rule-4).")), qPrintable(percent));
}

void TestNetiquetteDocument::htmlEscapesTitlesAndDropsRawHtml()
{
    const NetiquetteDocument document = NetiquetteDocument::parse(
        QStringLiteral("# <script>alert(1)</script> rules\n\nHi <img src=x onerror=alert(2)>.\n\n"
                       "## Be <b>kind</b> & fair {#rule-4}\n\n<script>alert(3)</script>\n\nNo **insults**. "
                       "[x](javascript:alert(4))\n\n## Spam {#rule-5}\n\nSee {{rule.4}}.\n"));
    const QString html = document.html();
    QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("javascript:")));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(html.contains(QStringLiteral("<h1>&lt;script&gt;alert(1)&lt;/script&gt; rules</h1>")));
    QVERIFY(
        html.contains(QStringLiteral("<section id=\"rule-4\">\n<h2>1. Be &lt;b&gt;kind&lt;/b&gt; &amp; fair</h2>")));
    QVERIFY(html.contains(QStringLiteral("<strong>insults</strong>")));
    QVERIFY(html.contains(QStringLiteral("<section id=\"rule-5\">\n<h2>2. Spam</h2>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"#rule-4\">1. Be &lt;b&gt;kind&lt;/b&gt; &amp; fair</a>"))
        || html.contains(QStringLiteral("href=\"#rule-4\"")));
}

void TestNetiquetteDocument::standaloneHtmlIsSelfContained()
{
    const QString page = NetiquetteDocument::parse(sample).standaloneHtml(QStringLiteral("de\"x"));
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page.contains(QStringLiteral("<html lang=\"de&quot;x\">")));
    QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(page.contains(QStringLiteral("<title>Community rules</title>")));
    QVERIFY(page.contains(QStringLiteral("<style>")));
    QVERIFY(page.contains(NetiquetteDocument::parse(sample).html()));
    QVERIFY(!page.contains(QStringLiteral("<script")));
    QVERIFY(!page.contains(QStringLiteral("http://")));
    QVERIFY(!page.contains(QStringLiteral("https://")));
    QVERIFY(!page.contains(QStringLiteral("<link")));
    QVERIFY(page.trimmed().endsWith(QStringLiteral("</html>")));
}

QTEST_GUILESS_MAIN(TestNetiquetteDocument)
#include "tst_netiquettedocument.moc"
