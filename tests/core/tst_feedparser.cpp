// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"
#include "htmltext.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace hearth;

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void readsRss2();
    void readsGoogleAlertsAtom();
    void rejectsWhatIsNotAFeed_data();
    void rejectsWhatIsNotAFeed();
    void hostileFeedLoadsNothingAndStaysSmall();
    void skipsEntriesWithoutIdOrText();
    void htmlBecomesPlainText_data();
    void htmlBecomesPlainText();

private:
    static QByteArray fixture(const QString &name);
};

QByteArray TestFeedParser::fixture(const QString &name)
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA_DIR "/feeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

static qint64 utc(int year, int month, int day, int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, 0, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

void TestFeedParser::readsRss2()
{
    const ParsedFeed feed = FeedParser::parse(fixture(QStringLiteral("rss2.xml")));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.title, QStringLiteral("Lemonade Lovers Blog"));
    QCOMPARE(feed.entries.size(), 2);
    const FeedEntry &first = feed.entries.at(0);
    QCOMPARE(first.id, QStringLiteral("lemonade-lovers-1041"));
    QCOMPARE(first.title, QStringLiteral("Sunny Squeeze tastes like summer"));
    QCOMPARE(first.link, QStringLiteral("https://lemonade-lovers.example/2026/12/sunny-squeeze"));
    QCOMPARE(first.author, QStringLiteral("Maren Holt"));
    QCOMPARE(first.lang, QStringLiteral("en"));
    QCOMPARE(first.text, QStringLiteral("We tried the new Sunny Squeeze lemonade.\n\nVerdict: fresh & sour."));
    QCOMPARE(first.publishedAt, utc(2026, 12, 5, 9, 30));
    const FeedEntry &second = feed.entries.at(1);
    QCOMPARE(second.publishedAt, utc(2026, 12, 6, 18, 0));
    // The script and the tracking pixel are gone; only the words stay.
    QCOMPARE(second.text, QStringLiteral("Readers ask whether batch L-2311 is safe."));
}

void TestFeedParser::readsGoogleAlertsAtom()
{
    const ParsedFeed feed = FeedParser::parse(fixture(QStringLiteral("atom-google-alerts.xml")));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.title, QStringLiteral("Google Alert - \"Sunny Squeeze\""));
    QCOMPARE(feed.entries.size(), 2);
    const FeedEntry &first = feed.entries.at(0);
    QCOMPARE(first.id, QStringLiteral("tag:google.com,2013:googlealerts/feed:10000000000000000001"));
    QCOMPARE(first.title, QStringLiteral("Sunny Squeeze opens a bottling plant in Aarhus"));
    QCOMPARE(first.link, QStringLiteral("https://www.google.com/url?rct=j&sa=t&url=https://news.example/aarhus"));
    QCOMPARE(first.text, QStringLiteral("The lemonade brand Sunny Squeeze announced … a new plant."));
    QCOMPARE(first.author, QString());
    QCOMPARE(first.publishedAt, utc(2026, 12, 7, 7, 45));
    const FeedEntry &second = feed.entries.at(1);
    QCOMPARE(second.lang, QStringLiteral("de"));
    QCOMPARE(second.author, QStringLiteral("Jana Vogel"));
    QCOMPARE(second.text, QStringLiteral("Unsere Testerin fand es zu sauer."));
    // No <published>: <updated> dates it, with its offset and milliseconds.
    QCOMPARE(second.publishedAt, utc(2026, 12, 6, 11, 0, 250));
}

void TestFeedParser::rejectsWhatIsNotAFeed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("cut off") << QStringLiteral("malformed.xml") << QStringLiteral("not well-formed XML");
    QTest::newRow("a web page") << QStringLiteral("not-a-feed.html") << QStringLiteral("not an RSS or Atom feed");
}

void TestFeedParser::rejectsWhatIsNotAFeed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const ParsedFeed feed = FeedParser::parse(fixture(file));
    QVERIFY2(feed.error.contains(error), qPrintable(feed.error));
    QVERIFY(feed.entries.isEmpty());
    QVERIFY(FeedParser::parse(QByteArray()).error.size() > 0);
}

void TestFeedParser::hostileFeedLoadsNothingAndStaysSmall()
{
    const ParsedFeed feed = FeedParser::parse(fixture(QStringLiteral("hostile.xml")));
    // Either the entity bomb is refused as a whole or it is read without expanding the
    // external entity; a file from the disk never gets into a message.
    for (const FeedEntry &entry : feed.entries) {
        QVERIFY(!entry.text.contains(QStringLiteral("root:")));
        QVERIFY(entry.title.size() < 100000);
    }
    QVERIFY(!feed.error.isEmpty() || !feed.entries.isEmpty());
}

void TestFeedParser::skipsEntriesWithoutIdOrText()
{
    const ParsedFeed feed = FeedParser::parse(fixture(QStringLiteral("missing-ids.xml")));
    QVERIFY(feed.error.isEmpty());
    QCOMPARE(feed.entries.size(), 1);
    QCOMPARE(feed.entries.constFirst().id, QStringLiteral("https://sloppy.example/only-a-link"));
    QCOMPARE(feed.problems.size(), 2);
    QVERIFY(feed.problems.at(0).contains(QStringLiteral("No id, no link")));
    QVERIFY(feed.problems.at(1).contains(QStringLiteral("empty-1")));
}

void TestFeedParser::htmlBecomesPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << QStringLiteral("<p>One</p><p>Two<br>Three</p>") << QStringLiteral("One\n\nTwo\nThree");
    QTest::newRow("inline") << QStringLiteral("a <b>bold</b> <i>move</i>") << QStringLiteral("a bold move");
    QTest::newRow("entities") << QStringLiteral("caf&eacute; &amp; &lt;tea&gt;") << QStringLiteral("café & <tea>");
    QTest::newRow("script and style") << QStringLiteral("<style>p{}</style>hi<script>x()</script>")
                                      << QStringLiteral("hi");
    QTest::newRow("unclosed") << QStringLiteral("<div><p>open <b>bold") << QStringLiteral("open bold");
    QTest::newRow("text only") << QStringLiteral("just words") << QStringLiteral("just words");
    QTest::newRow("empty") << QString() << QString();
}

void TestFeedParser::htmlBecomesPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
