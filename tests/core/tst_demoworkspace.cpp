// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automoderation.h"
#include "conversationworkflow.h"
#include "demoautomoderation.h"
#include "demonetiquette.h"
#include "demoworkspace.h"
#include "netiquettelibrary.h"
#include "templatelibrary.h"
#include "templatestore.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesummary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
int count(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(statement) || !query.next()) {
        qWarning() << statement << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

int count(const Workspace &workspace, const char *statement)
{
    return count(workspace, QString::fromLatin1(statement));
}
} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hasTheSpreadOfLanguagesAndChannels();
    void allAccountsAreDemoAccounts();
    void hasABrewingCrisis();
    void handsCasesToDepartmentsAndFollowsThemUp();
    void crisisIsEscalatedByTheManager();
    void everyConversationHasActivity();
    void theFirstAgentHasCasesInHand();
    void hasATemplateLibraryThroughItsApprovals();
    void hasAutoModerationLiveAndInDryRun();
    void autoModerationDemoSaysWhatWentWrong();
    void theTeamHasUsedTheLibrary();
    void hasANetiquetteInFiveLanguages();
    void moderationTemplatesCiteTheRules();
    void reopensIntact();
    void fillsOnlyAnEmptyWorkspace();
    void hasModeratedTrollsCitingTheRules();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void TestDemoWorkspace::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.hearth"));
    Workspace workspace;
    QString error;
    QVERIFY2(DemoWorkspace::open(workspace, m_path, &error), qPrintable(error));
    QVERIFY(DemoWorkspace::isDemo(workspace));
}

void TestDemoWorkspace::hasTheSpreadOfLanguagesAndChannels()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    WorkspaceSummary summary;
    QVERIFY(WorkspaceSummary::read(workspace, &summary));

    QCOMPARE(summary.conversations, DemoWorkspace::conversationCount);
    const qint64 messages = WorkspaceSummary::messageCount(workspace).value_or(0);
    QVERIFY(messages > summary.conversations);
    const QMap<QString, int> perLanguage = WorkspaceSummary::messagesPerLanguage(workspace);
    for (const char *lang : {"en", "de", "fr", "da", "pl"})
        QVERIFY2(perLanguage.value(QString::fromLatin1(lang)) >= messages / 10, lang);
    QCOMPARE(perLanguage.size(), 5);
    const QMap<QString, int> perKind = summary.conversationsPerChannelKind();
    for (const char *kind : {"email", "feed", "mastodon", "telegram"})
        QVERIFY2(perKind.value(QString::fromLatin1(kind)) > 10, kind);
    QVERIFY(summary.accounts.size() >= 5);
    for (const ChannelAccount &account : std::as_const(summary.accounts))
        QVERIFY2(account.conversationCount > 0, qPrintable(account.name));

    // Every status a team works with is there, and replies in public and in private.
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT status) FROM conversations")) && query.next());
    QCOMPARE(query.value(0).toInt(), 5);
    QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT direction || visibility) FROM messages")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    // The placeholders of the demo data are all filled in.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages WHERE body_text LIKE '%{%}%'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDemoWorkspace::allAccountsAreDemoAccounts()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    WorkspaceSummary summary;
    QVERIFY(WorkspaceSummary::read(workspace, &summary));
    for (const ChannelAccount &account : std::as_const(summary.accounts))
        QVERIFY2(account.demo, qPrintable(account.name));
}

void TestDemoWorkspace::hasABrewingCrisis()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QSqlQuery query(workspace.database());
    // Urgent conversations about the batch, in every language, and among the newest.
    QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT c.id), count(DISTINCT m.lang), max(c.created_at) "
                                      "FROM conversations c JOIN conversation_tags ct ON ct.conversation_id = c.id "
                                      "JOIN tags t ON t.id = ct.tag_id AND t.name = 'batch-l-2311' "
                                      "JOIN messages m ON m.conversation_id = c.id WHERE c.priority = 2")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() >= 10);
    QCOMPARE(query.value(1).toInt(), 5);
    const qint64 newestCrisis = query.value(2).toLongLong();
    QVERIFY(query.exec(QStringLiteral("SELECT max(created_at) FROM conversations")) && query.next());
    QVERIFY(query.value(0).toLongLong() - newestCrisis < 8 * 3600 * 1000);
}

void TestDemoWorkspace::handsCasesToDepartmentsAndFollowsThemUp()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QStringList names;
    const QList<Department> departments = UserDirectory(workspace).departments();
    for (const Department &department : departments)
        names << department.name;
    QCOMPARE(names,
        (QStringList {QStringLiteral("Customer service"), QStringLiteral("Legal"), QStringLiteral("Logistics"),
            QStringLiteral("Marketing"), QStringLiteral("Quality assurance")}));
    QVERIFY(count(workspace, "SELECT count(DISTINCT department_id) FROM conversations") >= 4);
    QVERIFY(count(workspace, "SELECT count(*) FROM conversations WHERE department_id IS NOT NULL") >= 20);
    // Each handover has a note saying what was asked of the department.
    QVERIFY(count(workspace,
                "SELECT count(*) FROM conversations c WHERE department_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM notes n WHERE n.conversation_id = c.id)")
        == 0);
    QVERIFY(count(workspace, "SELECT count(*) FROM notes WHERE user_id IS NOT NULL AND body <> ''") >= 20);
    // Some follow-ups are due already, others are still ahead.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(
        count(workspace, QStringLiteral("SELECT count(*) FROM conversations WHERE follow_up_at <= %1").arg(now)) >= 3);
    QVERIFY(
        count(workspace, QStringLiteral("SELECT count(*) FROM conversations WHERE follow_up_at > %1").arg(now)) >= 3);
}

void TestDemoWorkspace::hasModeratedTrollsCitingTheRules()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const char *trolls = "SELECT c.id FROM conversations c JOIN conversation_tags ct ON ct.conversation_id = c.id "
                         "JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'troll'";
    // Deleted on Telegram and blocked on Mastodon, citing a rule of the published version.
    QCOMPARE(count(workspace,
                 QStringLiteral("SELECT count(*) FROM moderation_actions m JOIN accounts a ON a.id = m.account_id "
                                "JOIN netiquette_versions v ON v.id = m.netiquette_version_id "
                                "WHERE m.action = 'delete' AND a.kind = 'telegram' AND m.rule_id IS NOT NULL "
                                "AND v.state = 'published' AND m.conversation_id IN (%1)")
                     .arg(QLatin1String(trolls))),
        2);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM moderation_actions m JOIN accounts a ON a.id = m.account_id "
                 "JOIN authors au ON au.id = m.author_id WHERE m.action = 'block' AND a.kind = 'mastodon' "
                 "AND m.rule_id IS NOT NULL AND au.blocked_at IS NOT NULL"),
        1);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM moderation_actions m JOIN messages s ON s.id = m.message_id "
                 "WHERE m.action = 'spam' AND s.moderation = 'spam'"),
        1);
    QCOMPARE(count(workspace, "SELECT count(*) FROM messages WHERE moderation = 'deleted'"), 2);
    // By the manager and by an agent, each with its audit row; demo accounts act locally.
    QCOMPARE(
        count(workspace, "SELECT count(DISTINCT u.role) FROM moderation_actions m JOIN users u ON u.id = m.user_id"),
        2);
    QCOMPARE(count(workspace, "SELECT count(*) FROM audit_log WHERE action = 'moderated'"),
        count(workspace, "SELECT count(*) FROM moderation_actions"));
    QCOMPARE(count(workspace, "SELECT count(*) FROM moderation_actions WHERE remote_state <> 'local'"), 0);
}

void TestDemoWorkspace::crisisIsEscalatedByTheManager()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const int crisis = count(workspace, "SELECT count(*) FROM conversations WHERE escalated_at IS NOT NULL");
    QVERIFY(crisis >= 10);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM conversations c JOIN users u ON u.id = c.escalated_by "
                 "WHERE u.role = 'manager' AND c.escalation_reason LIKE '%L-2311%' AND c.priority >= 2 "
                 "AND c.status <> 'resolved'"),
        crisis);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM audit_log a JOIN conversations c ON c.id = a.object_id "
                 "WHERE a.action = 'escalated' AND a.user_id = c.escalated_by AND a.at = c.escalated_at"),
        crisis);
}

void TestDemoWorkspace::everyConversationHasActivity()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM conversations c WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                 "WHERE a.object_type = 'conversation' AND a.object_id = c.id)"),
        0);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM audit_log WHERE object_type = 'conversation' AND action NOT IN "
                 "('assigned', 'status', 'snoozed', 'woke', 'follow_up', 'tagged', 'untagged', 'escalated', "
                 "'escalation_cleared', 'note', 'automod', 'moderated')"),
        0);
    // The history is in the past, and each conversation's last status change led to where it is.
    QCOMPARE(
        count(workspace,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE at > %1").arg(QDateTime::currentMSecsSinceEpoch())),
        0);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM conversations c WHERE c.status IN ('open', 'waiting', 'resolved') "
                 "AND c.status <> (SELECT json_extract(a.details, '$.to') FROM audit_log a "
                 "WHERE a.object_id = c.id AND a.action = 'status' ORDER BY a.id DESC LIMIT 1)"),
        0);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM conversations c WHERE c.status = 'snoozed' AND NOT EXISTS "
                 "(SELECT 1 FROM audit_log a WHERE a.object_id = c.id AND a.action = 'snoozed' "
                 "AND json_extract(a.details, '$.until') = c.snoozed_until)"),
        0);
}

void TestDemoWorkspace::theFirstAgentHasCasesInHand()
{
    // Whoever opens the demo becomes its first person without a login: "Mine" must have work.
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QCOMPARE(UserDirectory(workspace).user(1)->name, QStringLiteral("Emma Collins"));
    QVERIFY(count(workspace,
                "SELECT count(*) FROM conversations WHERE assignee_id = "
                "(SELECT min(id) FROM users WHERE login IS NULL) AND status IN ('new', 'open', 'waiting')")
        >= 5);
}

// Written by the first agent, decided by the manager: most approved (a crisis set among
// them), some waiting, one sent back with a comment, one draft; every one in five languages.
void TestDemoWorkspace::hasAutoModerationLiveAndInDryRun()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    AutoModeration automod(workspace, 0);
    const QList<AutoModerationRule> rules = automod.rules();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).name, DemoAutoModeration::spamRuleName);
    QCOMPARE(rules.at(0).mode, AutoModeration::liveMode);
    QCOMPARE(rules.at(1).name, DemoAutoModeration::capsRuleName);
    QCOMPARE(rules.at(1).mode, AutoModeration::dryRunMode);

    // The live rule tagged the two link spam replies, audited as done by Hearth.
    const QList<AutoModerationDecision> decisions = automod.decisions();
    QCOMPARE(decisions.size(), 2);
    ConversationWorkflow workflow(workspace, 0);
    for (const AutoModerationDecision &decision : decisions) {
        QCOMPARE(decision.ruleId, rules.at(0).id);
        QVERIFY(decision.snippet.contains(QLatin1String("https://")));
        QVERIFY(workflow.state(decision.conversationId)->tags.contains(DemoAutoModeration::spamTag));
        QVERIFY(!decision.isReverted());
    }
    QCOMPARE(count(workspace, "SELECT count(*) FROM audit_log WHERE action = 'automod' AND user_id IS NULL"), 2);
    QCOMPARE(count(workspace,
                 "SELECT count(*) FROM conversations c JOIN conversation_tags ct ON ct.conversation_id = c.id "
                 "JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'spam-suspect'"),
        2);

    // The caps rule's dry run shows the two shouted posts; nothing more happens on a new run.
    const std::optional<QList<AutoModerationDecision>> shouted = automod.dryRun(rules.at(1));
    QVERIFY(shouted);
    QStringList authors;
    for (const AutoModerationDecision &proposal : *shouted)
        authors << proposal.authorName;
    QVERIFY(authors.contains(QStringLiteral("Harriet Cole")));
    QVERIFY(authors.contains(QStringLiteral("Jonas Brandt")));
    QVERIFY(automod.processNew().isEmpty());
    QCOMPARE(automod.decisions().size(), 2);
}

void TestDemoWorkspace::hasATemplateLibraryThroughItsApprovals()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const TemplateStore store(workspace);
    const QList<TemplateSummary> templates = store.templates();
    QCOMPARE(templates.size(), 16);
    QMap<QString, int> states;
    for (const TemplateSummary &summary : templates) {
        const QList<TemplateVersion> versions = store.versions(summary.id);
        QCOMPARE(versions.size(), 1);
        const TemplateVersion &version = versions.constFirst();
        ++states[version.state];
        QStringList languages;
        for (const TemplateVariant &variant : version.variants) {
            languages << variant.language;
            QVERIFY2(!variant.body.trimmed().isEmpty(), qPrintable(version.title));
        }
        languages.sort();
        QCOMPARE(languages,
            (QStringList {QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
                QStringLiteral("pl")}));
        if (version.state == TemplateLibrary::changesRequested)
            QVERIFY(!version.decisionComment.isEmpty());
        if (version.decidedAt) // the manager decided, on what the agent wrote
            QVERIFY(version.decidedBy != version.authorId);
    }
    QCOMPARE(states.value(TemplateLibrary::approved), 11);
    QCOMPARE(states.value(TemplateLibrary::awaiting), 3);
    QCOMPARE(states.value(TemplateLibrary::changesRequested), 1);
    QCOMPARE(states.value(TemplateLibrary::draft), 1);
    QCOMPARE(store.queue().size(), 3);
    QCOMPARE(store.crisisSet().size(), 3);
    QVERIFY(store.byShortcut(QStringLiteral("::private")));
    QVERIFY(!store.byShortcut(QStringLiteral("/refund"))); // still waiting for approval
}

// The everyday answers used often and lately, some not for months, the crisis set never:
// what the library's usage views are for.
void TestDemoWorkspace::theTeamHasUsedTheLibrary()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const TemplateStore store(workspace);
    const auto idOf = [&store](const char *shortcut) {
        const std::optional<TemplateVersion> approved = store.byShortcut(QLatin1String(shortcut));
        return approved ? approved->templateId : qint64(0);
    };
    const QList<TemplateUsageCount> usage = store.usage();
    QVERIFY(!usage.isEmpty());
    QCOMPARE(usage.constFirst().templateId, idOf("thanks")); // most used first
    QCOMPARE(usage.constFirst().uses, 20);
    QCOMPARE(store.usageByLanguage(idOf("thanks")).size(), 5);
    QVERIFY(store.usageByUser(idOf("thanks")).size() > 1);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> unusedFor30Days = store.unusedSince(now.addDays(-30));
    QVERIFY(unusedFor30Days.contains(idOf("allergens")));
    QVERIFY(unusedFor30Days.contains(idOf("holding"))); // the crisis set: never needed yet
    QVERIFY(!unusedFor30Days.contains(idOf("late")));
    const QList<qint64> unusedFor90Days = store.unusedSince(now.addDays(-90));
    QVERIFY(unusedFor90Days.contains(idOf("press")));
    QVERIFY(!unusedFor90Days.contains(idOf("allergens")));
}

// Published by the manager some weeks ago, the same rule ids in every language, and a newer
// draft by an agent.
void TestDemoWorkspace::hasANetiquetteInFiveLanguages()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const NetiquetteLibrary library(workspace, 0);
    const std::optional<NetiquetteVersion> published = library.publishedVersion();
    QVERIFY(published);
    QCOMPARE(published->sourceLanguage, QStringLiteral("en"));
    QCOMPARE(UserDirectory(workspace).user(published->publishedBy)->name, QStringLiteral("Jonas Becker"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(published->publishedAt && *published->publishedAt < now - 14 * 24 * 3600 * qint64(1000));
    QCOMPARE(library.history().size(), 1);

    QStringList languages = published->texts.keys();
    languages.sort();
    QCOMPARE(languages,
        (QStringList {QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
            QStringLiteral("pl")}));
    QList<int> sourceIds;
    for (const CitableRule &rule : library.publishedRules(QStringLiteral("en")))
        sourceIds << rule.ruleId;
    QVERIFY2(sourceIds.size() >= 6 && sourceIds.size() <= 8, qPrintable(QString::number(sourceIds.size())));
    for (const QString &language : DemoNetiquette::languages) {
        const NetiquetteDocument document = NetiquetteDocument::parse(published->texts.value(language));
        QList<int> ids;
        for (const NetiquetteRule &rule : document.rules()) {
            ids << rule.id;
            QVERIFY2(!rule.body.isEmpty(), qPrintable(rule.title));
        }
        QCOMPARE(ids, sourceIds); // same rules, same order
        QVERIFY2(!document.title().isEmpty(), qPrintable(language));
        QCOMPARE(library.publishedRules(language).constFirst().language, language);
        for (const NetiquetteWarning &warning : document.warnings())
            QFAIL(qPrintable(language + QLatin1String(": ") + warning.message));
    }
    QVERIFY(library.warnings(published->sourceLanguage, published->texts).isEmpty());
    QCOMPARE(library.ruleLink(1, QStringLiteral("pl")),
        QStringLiteral("https://sunnysqueeze.example/pl/community-rules#rule-1"));

    const std::optional<NetiquetteVersion> draft = library.draftVersion();
    QVERIFY(draft);
    QCOMPARE(UserDirectory(workspace).user(draft->createdBy)->name, QStringLiteral("Emma Collins"));
    QCOMPARE(draft->texts.keys(), published->texts.keys());
    for (const QString &language : DemoNetiquette::languages) {
        QVERIFY(draft->texts.value(language) != published->texts.value(language));
        QCOMPARE(NetiquetteDocument::parse(draft->texts.value(language)).rules().size(), sourceIds.size());
    }
}

void TestDemoWorkspace::moderationTemplatesCiteTheRules()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const TemplateStore store(workspace);
    TemplateLibrary library(workspace, 0);
    for (const char *shortcut : {"removed", "spam-notice"}) {
        const std::optional<TemplateVersion> version = store.byShortcut(QString::fromLatin1(shortcut));
        QVERIFY2(version, shortcut);
        for (const QString &language : DemoNetiquette::languages) {
            QVERIFY(version->variant(language)->body.contains(QStringLiteral("{{rule.")));
            const std::optional<QString> rendered = library.render(version->id, language, {});
            QVERIFY(rendered);
            QVERIFY2(rendered->contains(
                         QStringLiteral("https://sunnysqueeze.example/%1/community-rules#rule-").arg(language)),
                qPrintable(*rendered));
            QVERIFY(!rendered->contains(QStringLiteral("{{")));
        }
    }
}

void TestDemoWorkspace::reopensIntact()
{
    auto snapshot = [](const Workspace &workspace) {
        QSqlQuery query(workspace.database());
        query.exec(QStringLiteral("SELECT group_concat(id || ':' || body_text || ':' || created_at, '|') "
                                  "FROM (SELECT * FROM messages ORDER BY id)"));
        return query.next() ? query.value(0).toString() : QString();
    };
    QString before;
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        before = snapshot(workspace);
    }
    QVERIFY(!before.isEmpty());
    Workspace workspace;
    QString error;
    QVERIFY2(DemoWorkspace::open(workspace, m_path, &error), qPrintable(error));
    QCOMPARE(snapshot(workspace), before);
}

void TestDemoWorkspace::autoModerationDemoSaysWhatWentWrong()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Without the demo's Mastodon threads.
    Workspace empty;
    QVERIFY(empty.open(m_dir.filePath(QStringLiteral("no-threads.hearth"))));
    QSqlQuery user(empty.database());
    QVERIFY(user.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Ana', 'manager', 0)")));
    QString error;
    QVERIFY(!DemoAutoModeration::populate(empty, user.lastInsertId().toLongLong(), now, &error));
    QVERIFY2(error.contains(QStringLiteral("Mastodon threads")), qPrintable(error));

    // Run a second time on a demo workspace: its posts are there already, so nothing new is
    // decided, and it says so instead of passing.
    Workspace again;
    QVERIFY2(DemoWorkspace::open(again, m_dir.filePath(QStringLiteral("again.hearth")), &error), qPrintable(error));
    const int manager = count(again, "SELECT min(id) FROM users WHERE role = 'manager'");
    QVERIFY(manager > 0);
    error.clear();
    QVERIFY(!DemoAutoModeration::populate(again, manager, now, &error));
    QVERIFY2(error.contains(QStringLiteral("made 0 decision(s) instead of 2")), qPrintable(error));
}

void TestDemoWorkspace::fillsOnlyAnEmptyWorkspace()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QString error;
    QVERIFY(!DemoWorkspace::populate(workspace, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(error.contains(QStringLiteral("empty")));
    WorkspaceSummary summary;
    QVERIFY(WorkspaceSummary::read(workspace, &summary));
    QCOMPARE(summary.conversations, DemoWorkspace::conversationCount);

    // A user's own workspace is never filled with demo data by opening it as the demo.
    Workspace own;
    const QString ownPath = m_dir.filePath(QStringLiteral("own.hearth"));
    QVERIFY(own.open(ownPath));
    QSqlQuery query(own.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (kind, name, created_at) VALUES ('email', 'Mine', 0)")));
    own.close();
    QVERIFY(!DemoWorkspace::open(own, ownPath, &error));
    QVERIFY(own.open(ownPath));
    QVERIFY(!DemoWorkspace::isDemo(own));
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
