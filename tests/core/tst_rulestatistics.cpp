// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestore.h"
#include "moderation.h"
#include "netiquettelibrary.h"
#include "rulestatistics.h"
#include "testmessages.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;
using hearth::test::message;

namespace {
constexpr qint64 dayMs = 24 * 3600 * 1000;
// Monday 2026-11-02, 10:00 UTC.
const QDateTime monday(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);

const QString rules = QStringLiteral("# House rules\n\n## Be kind {#rule-1}\n\nNo insults.\n\n"
                                     "## No spam {#rule-2}\n\nNo ads.\n\n## Stay on topic {#rule-3}\n\nPlease.\n");
} // namespace

class TestRuleStatistics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void periodsStartOnMondaysAndFirstDays();
    void countsCitationsByChannelAndTime();
    void leavesOutRevertedActionsAndNamesUnusedRules();
    void keepsRulesNoLongerPublished();

private:
    qint64 cite(qint64 accountId, const QString &action, int ruleId, const QDateTime &when);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_manager = 0;
    qint64 m_mail = 0;
    qint64 m_telegram = 0;
    qint64 m_mastodon = 0;
    int m_messages = 0;
};

void TestRuleStatistics::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".hearth"))));
    QSqlQuery query(m_workspace->database());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Jonas Becker', 'manager', 0)")));
    m_manager = query.lastInsertId().toLongLong();
    MessageStore store(*m_workspace);
    m_mail = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    m_telegram = store.ensureAccount(QStringLiteral("telegram"), QStringLiteral("Telegram bot"));
    m_mastodon = store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Mastodon"));
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    QVERIFY(netiquette.saveDraft(QStringLiteral("en"), {{QStringLiteral("en"), rules}}));
    QVERIFY2(netiquette.publish(), qPrintable(netiquette.errorString()));
    m_messages = 0;
}

void TestRuleStatistics::cleanup()
{
    m_workspace.reset();
}

// A new message on the account, moderated at that time citing the rule.
qint64 TestRuleStatistics::cite(qint64 accountId, const QString &action, int ruleId, const QDateTime &when)
{
    ++m_messages;
    const QString id = QStringLiteral("m%1").arg(m_messages);
    if (!MessageStore(*m_workspace)
             .ingest(accountId,
                 {message(id, m_messages, QStringLiteral("Rude"), id, QStringLiteral("Troll %1").arg(m_messages))})
             .ok)
        return 0;
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT id FROM messages WHERE remote_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return 0;
    Moderation moderator(*m_workspace, m_manager);
    moderator.setCurrentTime(when);
    const ModerationCitation citation {ruleId, QString()};
    const qint64 messageId = query.value(0).toLongLong();
    const std::optional<qint64> done = action == Moderation::block ? moderator.blockAuthor(messageId, citation)
                                                                   : moderator.deleteMessage(messageId, citation);
    if (!done)
        qWarning() << moderator.errorString();
    return done.value_or(0);
}

void TestRuleStatistics::periodsStartOnMondaysAndFirstDays()
{
    const QDate sunday(2026, 11, 8);
    QCOMPARE(RuleStatistics::periodStart(sunday, RuleStatistics::Period::Week), QDate(2026, 11, 2));
    QCOMPARE(RuleStatistics::periodStart(QDate(2026, 11, 2), RuleStatistics::Period::Week), QDate(2026, 11, 2));
    QCOMPARE(RuleStatistics::periodStart(sunday, RuleStatistics::Period::Month), QDate(2026, 11, 1));
}

void TestRuleStatistics::countsCitationsByChannelAndTime()
{
    QVERIFY(cite(m_telegram, Moderation::remove, 2, monday));
    QVERIFY(cite(m_telegram, Moderation::remove, 2, monday.addMSecs(dayMs)));
    QVERIFY(cite(m_mail, Moderation::remove, 2, monday.addMSecs(8 * dayMs)));
    QVERIFY(cite(m_mastodon, Moderation::block, 2, monday.addMSecs(30 * dayMs))); // December
    QVERIFY(cite(m_mastodon, Moderation::block, 1, monday.addMSecs(2 * dayMs)));

    const RuleStatistics statistics(*m_workspace);
    const QList<RuleUsage> weekly = statistics.usage(QStringLiteral("en"), RuleStatistics::Period::Week);
    QCOMPARE(weekly.size(), 3);
    const RuleUsage &spam = weekly.at(1);
    QCOMPARE(spam.ruleId, 2);
    QCOMPARE(spam.number, 2);
    QCOMPARE(spam.title, QStringLiteral("No spam"));
    QCOMPARE(spam.citations, 4);
    QCOMPARE(spam.byChannel,
        (QMap<QString, int> {
            {QStringLiteral("telegram"), 2}, {QStringLiteral("email"), 1}, {QStringLiteral("mastodon"), 1}}));
    QCOMPARE(
        spam.byPeriod, (QMap<QDate, int> {{QDate(2026, 11, 2), 2}, {QDate(2026, 11, 9), 1}, {QDate(2026, 11, 30), 1}}));
    QCOMPARE(weekly.at(0).citations, 1);
    QCOMPARE(weekly.at(0).byChannel.value(QStringLiteral("mastodon")), 1);

    const QList<RuleUsage> monthly = statistics.usage(QStringLiteral("en"));
    QCOMPARE(monthly.at(1).byPeriod, (QMap<QDate, int> {{QDate(2026, 11, 1), 3}, {QDate(2026, 12, 1), 1}}));
}

void TestRuleStatistics::leavesOutRevertedActionsAndNamesUnusedRules()
{
    const qint64 kept = cite(m_telegram, Moderation::remove, 1, monday);
    const qint64 undone = cite(m_telegram, Moderation::remove, 3, monday);
    QVERIFY(kept && undone);
    QVERIFY(Moderation(*m_workspace, m_manager).revert(undone));
    QVERIFY(cite(m_mail, Moderation::remove, 1, monday));

    const RuleStatistics statistics(*m_workspace);
    const QList<RuleUsage> usage = statistics.usage(QStringLiteral("en"));
    QCOMPARE(usage.at(0).citations, 2);
    QCOMPARE(usage.at(2).citations, 0);
    const QList<RuleUsage> unused = statistics.neverCited(QStringLiteral("en"));
    QCOMPARE(unused.size(), 2);
    QCOMPARE(unused.at(0).title, QStringLiteral("No spam"));
    QCOMPARE(unused.at(1).title, QStringLiteral("Stay on topic"));
    QVERIFY(unused.at(1).neverCited());
}

void TestRuleStatistics::keepsRulesNoLongerPublished()
{
    QVERIFY(cite(m_telegram, Moderation::remove, 3, monday));
    // Rule 3 is dropped from the next version: its citations still count, marked as such.
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    QString shorter = rules;
    shorter.truncate(rules.indexOf(QStringLiteral("## Stay on topic")));
    QVERIFY(netiquette.saveDraft(QStringLiteral("en"), {{QStringLiteral("en"), shorter}}));
    QVERIFY2(netiquette.publish(), qPrintable(netiquette.errorString()));

    const QList<RuleUsage> usage = RuleStatistics(*m_workspace).usage(QStringLiteral("en"));
    QCOMPARE(usage.size(), 3);
    QVERIFY(usage.at(0).published && usage.at(1).published);
    QCOMPARE(usage.at(2).ruleId, 3);
    QVERIFY(!usage.at(2).published);
    QCOMPARE(usage.at(2).title, QStringLiteral("Stay on topic"));
    QCOMPARE(usage.at(2).citations, 1);
}

QTEST_GUILESS_MAIN(TestRuleStatistics)
#include "tst_rulestatistics.moc"
