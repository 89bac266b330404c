// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automoderation.h"
#include "channelcapabilities.h"
#include "conversationactivity.h"
#include "messagestore.h"
#include "moderation.h"
#include "netiquettelibrary.h"
#include "outbox.h"
#include "templatelibrary.h"
#include "testmessages.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;
using hearth::test::message;

namespace {
qint64 addUser(const Workspace &workspace, const QString &name, const QString &role)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES (?, ?, 0)"));
    query.addBindValue(name);
    query.addBindValue(role);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

QVariant scalar(const Workspace &workspace, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(workspace.database());
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

// Everything moderation writes, for checking that a refusal wrote nothing.
QString snapshot(const Workspace &workspace)
{
    QStringList parts;
    for (const char *statement :
        {"SELECT count(*) FROM moderation_actions", "SELECT group_concat(coalesce(moderation, '-'), '|') FROM messages",
            "SELECT group_concat(coalesce(blocked_at, '-'), '|') FROM authors", "SELECT count(*) FROM audit_log",
            "SELECT count(*) FROM outbox", "SELECT count(*) FROM template_usage",
            "SELECT group_concat(coalesce(notice_outbox_id, '-') || coalesce(reverted_at, '-'), '|') "
            "FROM moderation_actions"})
        parts << scalar(workspace, QString::fromLatin1(statement)).toString();
    return parts.join(QLatin1Char('#'));
}

const QString englishRules = QStringLiteral(
    "# House rules\n\nBe nice.\n\n## Be kind {#rule-1}\n\nNo insults.\n\n## No spam {#rule-2}\n\nNo ads.\n");
const QString germanRules =
    QStringLiteral("# Hausregeln\n\nSeid nett.\n\n## Sei freundlich {#rule-1}\n\nKeine Beleidigungen.\n\n"
                   "## Kein Spam {#rule-2}\n\nKeine Werbung.\n");
} // namespace

class TestModeration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void capabilitiesFollowThePlatforms_data();
    void capabilitiesFollowThePlatforms();
    void refusesWhatTheChannelCannotDoWritingNothing_data();
    void refusesWhatTheChannelCannotDoWritingNothing();
    void refusesTheTeamsOwnMessages();
    void requiresARuleOrAReason();
    void refusesARuleThatIsNotPublished();
    void recordsTheActionWithItsAuditRow();
    void remoteStateIsLocalOnDemoAccounts();
    void citesThePublishedVersionNotTheDraft();
    void blocksTheAuthorOnce();
    void aBlockedSendersNewMailArrivesAsSpam();
    void revertsAndKeepsTheRecord();
    void sendsANoticeFromAnApprovedTemplateInTheAuthorsLanguage();
    void refusesNoticesFromTemplatesNotApproved();
    void summarisesTheStateForTheThread();
    void aRefusedNoticeLeavesNoAction();
    void actsAndSendsTheNoticeTogether();
    void revertingAnAutoModerationActionRevertsItsDecision();
    void findsTheNewestIncomingMessage();

private:
    qint64 messageOn(qint64 accountId) const;
    Moderation moderation(qint64 actor) const;
    bool publish(const QString &english, const QString &german);
    qint64 approvedTemplate(const QString &english, const QString &german, bool approve = true);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_agent = 0;
    qint64 m_manager = 0;
    qint64 m_mail = 0;
    qint64 m_feed = 0;
    qint64 m_mastodon = 0;
    qint64 m_telegram = 0;
};

void TestModeration::init()
{
    m_workspace = std::make_unique<Workspace>();
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
        + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(m_workspace->open(m_dir.filePath(name + QStringLiteral(".hearth"))));
    m_agent = addUser(*m_workspace, QStringLiteral("Emma Collins"), QStringLiteral("agent"));
    m_manager = addUser(*m_workspace, QStringLiteral("Jonas Becker"), QStringLiteral("manager"));
    MessageStore store(*m_workspace);
    m_mail = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    m_feed = store.ensureAccount(QStringLiteral("feed"), QStringLiteral("Alerts"));
    m_mastodon = store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Mastodon"));
    m_telegram = store.ensureAccount(QStringLiteral("telegram"), QStringLiteral("Telegram bot"));
    QVERIFY(m_mail && m_feed && m_mastodon && m_telegram);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE accounts SET is_demo = 1 WHERE kind IN ('mastodon', 'telegram')")));
    int n = 0;
    for (const qint64 account : {m_mail, m_feed, m_mastodon, m_telegram}) {
        ++n;
        IncomingMessage troll = message(QStringLiteral("m%1").arg(n), n, QStringLiteral("Buy cheap pills"),
            QStringLiteral("t%1").arg(n), QStringLiteral("Troll Tom"));
        troll.lang = account == m_telegram ? QStringLiteral("de") : QStringLiteral("en");
        QVERIFY(store.ingest(account, {troll}).ok);
    }
    QVERIFY(publish(englishRules, germanRules));
}

void TestModeration::cleanup()
{
    m_workspace.reset();
}

qint64 TestModeration::messageOn(qint64 accountId) const
{
    return scalar(
        *m_workspace, QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND direction = 'in'"), {accountId})
        .toLongLong();
}

Moderation TestModeration::moderation(qint64 actor) const
{
    Moderation result(*m_workspace, actor);
    result.setCurrentTime(QDateTime::fromMSecsSinceEpoch(test::baseTime + 3600 * 1000, Qt::UTC));
    return result;
}

bool TestModeration::publish(const QString &english, const QString &german)
{
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    QMap<QString, QString> texts {{QStringLiteral("en"), english}};
    if (!german.isEmpty())
        texts.insert(QStringLiteral("de"), german);
    if (!netiquette.saveDraft(QStringLiteral("en"), texts) || !netiquette.publish()) {
        qWarning() << netiquette.errorString();
        return false;
    }
    return true;
}

qint64 TestModeration::approvedTemplate(const QString &english, const QString &german, bool approve)
{
    TemplateLibrary agent(*m_workspace, m_agent);
    TemplateDraft draft;
    draft.title = QStringLiteral("Removed: spam");
    draft.sourceLanguage = QStringLiteral("en");
    draft.variants.insert(QStringLiteral("en"), english);
    draft.variants.insert(QStringLiteral("de"), german);
    const std::optional<qint64> id = agent.create(draft);
    if (!id)
        return 0;
    const qint64 version = agent.store().versions(*id).constFirst().id;
    if (approve && (!agent.submit(version) || !TemplateLibrary(*m_workspace, m_manager).approve(version)))
        return 0;
    return version;
}

void TestModeration::capabilitiesFollowThePlatforms_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("hide");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<bool>("spam");
    QTest::addColumn<bool>("block");
    QTest::newRow("email") << QStringLiteral("email") << false << true << true << true;
    QTest::newRow("feed") << QStringLiteral("feed") << false << false << true << false;
    QTest::newRow("mastodon") << QStringLiteral("mastodon") << false << false << true << true;
    QTest::newRow("telegram") << QStringLiteral("telegram") << false << true << true << true;
    QTest::newRow("unknown") << QStringLiteral("carrier-pigeon") << false << false << false << false;
}

void TestModeration::capabilitiesFollowThePlatforms()
{
    QFETCH(QString, kind);
    QFETCH(bool, hide);
    QFETCH(bool, remove);
    QFETCH(bool, spam);
    QFETCH(bool, block);
    const ChannelCapabilities channel = ChannelCapabilities::forKind(kind);
    QCOMPARE(channel.canHide(), hide);
    QCOMPARE(channel.canDelete(), remove);
    QCOMPARE(channel.canMarkSpam(), spam);
    QCOMPARE(channel.canBlock(), block);
    const QList<bool> expected {hide, remove, spam, block};
    const QStringList actions = ChannelCapabilities::moderationActions();
    QCOMPARE(actions, (QStringList {Moderation::hide, Moderation::remove, Moderation::spam, Moderation::block}));
    for (int i = 0; i < actions.size(); ++i) {
        // Every action says what it does or why it cannot be done, never both.
        QCOMPARE(channel.canModerate(actions.at(i)), expected.at(i));
        QCOMPARE(channel.moderationRefusal(actions.at(i)).isEmpty(), expected.at(i));
        if (kind != QLatin1String("carrier-pigeon"))
            QCOMPARE(channel.moderationEffect(actions.at(i)).isEmpty(), !expected.at(i));
    }
    QVERIFY(channel.moderationRefusal(QStringLiteral("hide")).size() > 20);
}

void TestModeration::refusesWhatTheChannelCannotDoWritingNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("why");
    for (const char *kind : {"email", "feed", "mastodon", "telegram"})
        QTest::newRow(kind) << QString::fromLatin1(kind) << Moderation::hide << QStringLiteral("hid");
    QTest::newRow("mastodon delete") << QStringLiteral("mastodon") << Moderation::remove << QStringLiteral("Mastodon");
    QTest::newRow("feed delete") << QStringLiteral("feed") << Moderation::remove << QStringLiteral("only reads");
    QTest::newRow("feed block") << QStringLiteral("feed") << Moderation::block << QStringLiteral("block");
}

void TestModeration::refusesWhatTheChannelCannotDoWritingNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, action);
    QFETCH(QString, why);
    const qint64 account =
        scalar(*m_workspace, QStringLiteral("SELECT id FROM accounts WHERE kind = ?"), {kind}).toLongLong();
    const qint64 messageId = messageOn(account);
    const QString before = snapshot(*m_workspace);
    Moderation moderator = moderation(m_manager);
    QString whyNot;
    QVERIFY(!moderator.isAllowed(messageId, action, &whyNot));
    QVERIFY2(whyNot.contains(why), qPrintable(whyNot));
    const ModerationCitation citation {1, QString()};
    const std::optional<qint64> done = action == Moderation::hide ? moderator.hideMessage(messageId, citation)
        : action == Moderation::remove                            ? moderator.deleteMessage(messageId, citation)
                                                                  : moderator.blockAuthor(messageId, citation);
    QVERIFY(!done);
    QCOMPARE(moderator.errorString(), whyNot);
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestModeration::refusesTheTeamsOwnMessages()
{
    QVERIFY(MessageStore(*m_workspace)
                .ingest(m_telegram, {test::reply(QStringLiteral("r1"), 10, QStringLiteral("Hi"), QStringLiteral("m4"))})
                .ok);
    const qint64 own =
        scalar(*m_workspace, QStringLiteral("SELECT id FROM messages WHERE direction = 'out'")).toLongLong();
    QVERIFY(own);
    Moderation moderator = moderation(m_manager);
    QVERIFY(!moderator.deleteMessage(own, {1, QString()}));
    QVERIFY(moderator.errorString().contains(QStringLiteral("team")));
}

void TestModeration::requiresARuleOrAReason()
{
    const qint64 messageId = messageOn(m_telegram);
    const QString before = snapshot(*m_workspace);
    Moderation moderator = moderation(m_agent);
    QVERIFY(!moderator.deleteMessage(messageId, {}));
    QVERIFY(moderator.errorString().contains(QStringLiteral("rule")));
    QVERIFY(!moderator.deleteMessage(messageId, {std::nullopt, QStringLiteral("   ")}));
    QVERIFY(!moderator.blockAuthor(messageId, {}));
    QCOMPARE(snapshot(*m_workspace), before);

    // "Other" with a reason: no rule, the reason kept.
    const std::optional<qint64> id = moderator.deleteMessage(messageId, {std::nullopt, QStringLiteral(" Doxxing ")});
    QVERIFY2(id, qPrintable(moderator.errorString()));
    const ModerationRecord done = *moderator.record(*id);
    QVERIFY(!done.ruleId);
    QCOMPARE(done.reason, QStringLiteral("Doxxing"));
    // Spam needs neither.
    QVERIFY2(moderator.markSpam(messageOn(m_mastodon)), qPrintable(moderator.errorString()));
}

void TestModeration::refusesARuleThatIsNotPublished()
{
    // Rule 3 exists only in a draft: readers cannot find it yet.
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    QVERIFY(netiquette.saveDraft(QStringLiteral("en"),
        {{QStringLiteral("en"), englishRules + QStringLiteral("\n## No doxxing {#rule-3}\n\nPrivate is private.\n")}}));
    const QString before = snapshot(*m_workspace);
    Moderation moderator = moderation(m_manager);
    QVERIFY(!moderator.deleteMessage(messageOn(m_telegram), {3, QString()}));
    QVERIFY(moderator.errorString().contains(QStringLiteral("published")));
    QVERIFY(!moderator.deleteMessage(messageOn(m_telegram), {99, QString()}));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestModeration::recordsTheActionWithItsAuditRow()
{
    const qint64 messageId = messageOn(m_telegram);
    const qint64 conversation =
        scalar(*m_workspace, QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"), {messageId})
            .toLongLong();
    const qint64 published = NetiquetteLibrary(*m_workspace, m_manager).publishedVersion()->id;
    Moderation moderator = moderation(m_manager);
    const std::optional<qint64> id = moderator.deleteMessage(messageId, {2, QString()});
    QVERIFY2(id, qPrintable(moderator.errorString()));

    const ModerationRecord done = *moderator.record(*id);
    QCOMPARE(done.action, Moderation::remove);
    QCOMPARE(done.accountId, m_telegram);
    QCOMPARE(done.conversationId, conversation);
    QCOMPARE(done.messageId, messageId);
    QVERIFY(done.authorId > 0);
    QCOMPARE(done.ruleId, std::optional<int>(2));
    QCOMPARE(done.netiquetteVersionId, published);
    QCOMPARE(done.userId, m_manager);
    QVERIFY(!done.revertedAt);
    QCOMPARE(moderator.actions(conversation).size(), 1);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT moderation FROM messages WHERE id = ?"), {messageId}),
        QVariant(QStringLiteral("deleted")));

    QSqlQuery audit(m_workspace->database());
    QVERIFY(audit.exec(QStringLiteral(
        "SELECT user_id, action, object_type, object_id, details FROM audit_log WHERE action = 'moderated'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toLongLong(), m_manager);
    QCOMPARE(audit.value(2).toString(), QStringLiteral("conversation"));
    QCOMPARE(audit.value(3).toLongLong(), conversation);
    const QJsonObject details = QJsonDocument::fromJson(audit.value(4).toString().toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("action")).toString(), QStringLiteral("delete"));
    QCOMPARE(details.value(QStringLiteral("rule_id")).toInt(), 2);
    QCOMPARE(details.value(QStringLiteral("version_id")).toVariant().toLongLong(), published);
    QVERIFY(!audit.next());

    // The conversation's activity tells it, with the rule as the author's language has it.
    QList<ActivityEntry> entries;
    QVERIFY(ConversationActivity::load(*m_workspace, conversation, &entries));
    QCOMPARE(entries.constLast().sentence, QStringLiteral("Jonas Becker deleted a message citing rule 2 “Kein Spam”."));
}

void TestModeration::remoteStateIsLocalOnDemoAccounts()
{
    Moderation moderator = moderation(m_manager);
    // Telegram is a demo account here: nothing to tell a platform.
    const std::optional<qint64> demo = moderator.blockAuthor(messageOn(m_telegram), {1, QString()});
    QVERIFY2(demo, qPrintable(moderator.errorString()));
    QCOMPARE(moderator.record(*demo)->remoteState, QStringLiteral("local"));
    // A real mailbox: the connector moves the mail to Junk.
    const std::optional<qint64> mail = moderator.markSpam(messageOn(m_mail));
    QVERIFY(mail);
    QCOMPARE(moderator.record(*mail)->remoteState, QStringLiteral("pending"));
    // Blocking a sender is Hearth's own doing, and so is spam on a feed.
    const std::optional<qint64> sender = moderator.blockAuthor(messageOn(m_mail), {1, QString()});
    QVERIFY(sender);
    QCOMPARE(moderator.record(*sender)->remoteState, QStringLiteral("local"));
    const std::optional<qint64> feed = moderator.markSpam(messageOn(m_feed));
    QVERIFY(feed);
    QCOMPARE(moderator.record(*feed)->remoteState, QStringLiteral("local"));
}

void TestModeration::citesThePublishedVersionNotTheDraft()
{
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    const qint64 first = netiquette.publishedVersion()->id;
    // A newer draft with rule 2 renamed: moderation still cites what readers see.
    const QString renamed = QString(englishRules).replace(QStringLiteral("No spam"), QStringLiteral("No advertising"));
    QVERIFY(netiquette.saveDraft(QStringLiteral("en"), {{QStringLiteral("en"), renamed}}));
    Moderation moderator = moderation(m_manager);
    const std::optional<qint64> before = moderator.deleteMessage(messageOn(m_mail), {2, QString()});
    QVERIFY2(before, qPrintable(moderator.errorString()));
    QCOMPARE(moderator.record(*before)->netiquetteVersionId, first);

    QVERIFY2(netiquette.publish(), qPrintable(netiquette.errorString()));
    const qint64 second = netiquette.publishedVersion()->id;
    QVERIFY(second != first);
    const std::optional<qint64> after = moderator.deleteMessage(messageOn(m_telegram), {2, QString()});
    QVERIFY(after);
    QCOMPARE(moderator.record(*after)->netiquetteVersionId, second);
    QCOMPARE(moderator.record(*before)->netiquetteVersionId, first);
    // Each record reads as the version it cited.
    QVERIFY(moderator.summary(*moderator.record(*before), QStringLiteral("en")).contains(QStringLiteral("“No spam”")));
    QVERIFY(moderator.summary(*moderator.record(*after), QStringLiteral("en"))
                .contains(QStringLiteral("“No advertising”")));
}

void TestModeration::blocksTheAuthorOnce()
{
    const qint64 messageId = messageOn(m_mastodon);
    Moderation moderator = moderation(m_manager);
    const std::optional<qint64> id = moderator.blockAuthor(messageId, {1, QString()});
    QVERIFY2(id, qPrintable(moderator.errorString()));
    QVERIFY(!scalar(
        *m_workspace, QStringLiteral("SELECT blocked_at FROM authors WHERE id = ?"), {moderator.record(*id)->authorId})
                 .isNull());
    // The message itself stays as it was.
    QVERIFY(scalar(*m_workspace, QStringLiteral("SELECT moderation FROM messages WHERE id = ?"), {messageId}).isNull());
    const QString before = snapshot(*m_workspace);
    QVERIFY(!moderator.blockAuthor(messageId, {1, QString()}));
    QVERIFY(moderator.errorString().contains(QStringLiteral("Troll Tom")));
    QCOMPARE(snapshot(*m_workspace), before);

    QList<ActivityEntry> entries;
    QVERIFY(ConversationActivity::load(*m_workspace, moderator.record(*id)->conversationId, &entries));
    QCOMPARE(entries.constLast().sentence, QStringLiteral("Jonas Becker blocked Troll Tom citing rule 1 “Be kind”."));
}

void TestModeration::aBlockedSendersNewMailArrivesAsSpam()
{
    Moderation moderator = moderation(m_manager);
    QVERIFY(moderator.blockAuthor(messageOn(m_mail), {1, QString()}));
    MessageStore store(*m_workspace);
    QVERIFY(store
                .ingest(m_mail,
                    {message(QStringLiteral("again"), 30, QStringLiteral("Cheap pills!"), QStringLiteral("t9"),
                         QStringLiteral("Troll Tom")),
                        message(QStringLiteral("other"), 31, QStringLiteral("Hello"), QStringLiteral("t9"),
                            QStringLiteral("Zoë Martin"))})
                .ok);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT moderation FROM messages WHERE remote_id = 'again'")),
        QVariant(QStringLiteral("spam")));
    QVERIFY(scalar(*m_workspace, QStringLiteral("SELECT moderation FROM messages WHERE remote_id = 'other'")).isNull());
}

void TestModeration::revertsAndKeepsTheRecord()
{
    const qint64 messageId = messageOn(m_telegram);
    Moderation moderator = moderation(m_agent);
    const std::optional<qint64> id = moderator.deleteMessage(messageId, {1, QString()});
    QVERIFY(id);
    QVERIFY(!moderator.deleteMessage(messageId, {1, QString()})); // already deleted
    QVERIFY2(moderation(m_manager).revert(*id), qPrintable(moderator.errorString()));
    QVERIFY(scalar(*m_workspace, QStringLiteral("SELECT moderation FROM messages WHERE id = ?"), {messageId}).isNull());
    const ModerationRecord done = *moderator.record(*id);
    QVERIFY(done.revertedAt);
    QCOMPARE(done.revertedBy, m_manager);
    Moderation manager = moderation(m_manager);
    QVERIFY(!manager.revert(*id));
    QVERIFY(manager.errorString().contains(QStringLiteral("already")));

    const std::optional<qint64> blocked = moderator.blockAuthor(messageId, {1, QString()});
    QVERIFY(blocked && manager.revert(*blocked));
    QVERIFY(scalar(*m_workspace, QStringLiteral("SELECT blocked_at FROM authors WHERE id = ?"),
        {moderator.record(*blocked)->authorId})
                .isNull());
    QList<ActivityEntry> entries;
    QVERIFY(ConversationActivity::load(*m_workspace, done.conversationId, &entries));
    QCOMPARE(entries.constLast().sentence, QStringLiteral("Jonas Becker unblocked Troll Tom."));
    QCOMPARE(
        entries.at(entries.size() - 3).sentence, QStringLiteral("Jonas Becker reverted the moderation of a message."));
}

void TestModeration::sendsANoticeFromAnApprovedTemplateInTheAuthorsLanguage()
{
    const qint64 version =
        approvedTemplate(QStringLiteral("Hi {{author.first_name}}, we removed your post: {{rule.2}}."),
            QStringLiteral("Hallo {{author.first_name}}, wir haben deinen Beitrag entfernt: {{rule.2}}."));
    QVERIFY(version);
    Moderation moderator = moderation(m_agent);
    const qint64 messageId = messageOn(m_telegram); // written in German
    QCOMPARE(moderator.noticeTemplates().size(), 1);
    const std::optional<qint64> id = moderator.deleteMessage(messageId, {2, QString()});
    QVERIFY(id);
    const std::optional<QString> preview = moderator.renderNotice(messageId, 2, version);
    QVERIFY2(preview, qPrintable(moderator.errorString()));

    const std::optional<qint64> outboxId = moderator.sendNotice(*id, version);
    QVERIFY2(outboxId, qPrintable(moderator.errorString()));
    const OutboxItem item = *Outbox(*m_workspace).item(*outboxId);
    QVERIFY(item.isPrivate()); // Telegram: a chat message to the author
    QCOMPARE(item.body, *preview);
    QVERIFY2(item.body.startsWith(QStringLiteral("Hallo Troll, wir haben deinen Beitrag entfernt: ")),
        qPrintable(item.body));
    QVERIFY(item.body.contains(QStringLiteral("Kein Spam")));
    QVERIFY(!item.body.contains(QStringLiteral("{{")));
    QCOMPARE(moderator.record(*id)->noticeOutboxId, *outboxId);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT version_id || lang || outbox_id FROM template_usage")),
        QVariant(QStringLiteral("%1de%2").arg(version).arg(*outboxId)));

    // One notice per action.
    const QString before = snapshot(*m_workspace);
    QVERIFY(!moderator.sendNotice(*id, version));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestModeration::refusesNoticesFromTemplatesNotApproved()
{
    const qint64 draft =
        approvedTemplate(QStringLiteral("Removed: {{rule.2}}"), QStringLiteral("Entfernt: {{rule.2}}"), false);
    const qint64 approved = approvedTemplate(QStringLiteral("Gone: {{rule.2}}"), QStringLiteral("Weg: {{rule.2}}"));
    const qint64 otherRule = approvedTemplate(QStringLiteral("Be kind: {{rule.1}}"), QStringLiteral("{{rule.1}}"));
    QVERIFY(draft && approved && otherRule);
    Moderation moderator = moderation(m_manager);
    const std::optional<qint64> id = moderator.deleteMessage(messageOn(m_telegram), {2, QString()});
    QVERIFY(id);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!moderator.sendNotice(*id, draft));
    QVERIFY2(moderator.errorString().contains(QStringLiteral("not approved")), qPrintable(moderator.errorString()));
    QVERIFY(!moderator.sendNotice(*id, otherRule)); // cites another rule than the one broken
    TemplateLibrary manager(*m_workspace, m_manager);
    QVERIFY(manager.retire(manager.store().version(approved)->templateId));
    const QString afterRetire = snapshot(*m_workspace);
    QVERIFY(!moderator.sendNotice(*id, approved));
    QVERIFY(moderator.errorString().contains(QStringLiteral("retired")));
    QCOMPARE(snapshot(*m_workspace), afterRetire);
    QVERIFY(before != afterRetire); // (the retirement itself was audited)

    // A feed cannot carry a notice at all.
    const std::optional<qint64> spam = moderator.markSpam(messageOn(m_feed));
    QVERIFY(spam);
    const qint64 fresh = approvedTemplate(QStringLiteral("Spam: {{rule.2}}"), QStringLiteral("Spam: {{rule.2}}"));
    QVERIFY(!moderator.sendNotice(*spam, fresh));
    QVERIFY(moderator.errorString().contains(QStringLiteral("feed")));
}

void TestModeration::summarisesTheStateForTheThread()
{
    Moderation moderator = moderation(m_manager);
    const std::optional<qint64> rule = moderator.deleteMessage(messageOn(m_telegram), {2, QString()});
    const std::optional<qint64> other =
        moderator.deleteMessage(messageOn(m_mail), {std::nullopt, QStringLiteral("Doxxing")});
    const std::optional<qint64> spam = moderator.markSpam(messageOn(m_mastodon));
    QVERIFY(rule && other && spam);
    QCOMPARE(moderator.summary(*moderator.record(*rule), QStringLiteral("en")),
        QStringLiteral("Deleted by Jonas Becker — rule 2 “No spam”"));
    QCOMPARE(moderator.summary(*moderator.record(*rule), QStringLiteral("de")),
        QStringLiteral("Deleted by Jonas Becker — rule 2 “Kein Spam”"));
    QCOMPARE(moderator.summary(*moderator.record(*other), QStringLiteral("en")),
        QStringLiteral("Deleted by Jonas Becker — Doxxing"));
    QCOMPARE(moderator.summary(*moderator.record(*spam), QStringLiteral("en")),
        QStringLiteral("Marked as spam by Jonas Becker"));

    // A name with "%2" in it is text, not a place for the rule.
    const qint64 odd = addUser(*m_workspace, QStringLiteral("Eve %2 %1 Stone"), QStringLiteral("manager"));
    Moderation oddOne = moderation(odd);
    const std::optional<qint64> cited = oddOne.blockAuthor(messageOn(m_mastodon), {2, QString()});
    QVERIFY2(cited, qPrintable(oddOne.errorString()));
    ModerationRecord record = *oddOne.record(*cited);
    QCOMPARE(oddOne.summary(record, QStringLiteral("en")),
        QStringLiteral("Author blocked by Eve %2 %1 Stone — rule 2 “No spam”"));
    record.ruleId = 99; // a rule the cited version does not have
    QCOMPARE(
        oddOne.summary(record, QStringLiteral("en")), QStringLiteral("Author blocked by Eve %2 %1 Stone — rule #99"));
}

QTEST_GUILESS_MAIN(TestModeration)
void TestModeration::aRefusedNoticeLeavesNoAction()
{
    const qint64 draft =
        approvedTemplate(QStringLiteral("Removed: {{rule.2}}"), QStringLiteral("Entfernt: {{rule.2}}"), false);
    QVERIFY(draft);
    const qint64 messageId = messageOn(m_telegram);
    Moderation moderator = moderation(m_manager);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!moderator.moderate(messageId, Moderation::remove, {2, QString()}, draft));
    QVERIFY2(moderator.errorString().contains(QStringLiteral("not approved")), qPrintable(moderator.errorString()));
    QCOMPARE(snapshot(*m_workspace), before); // the message stands, no action, no audit row
}

void TestModeration::actsAndSendsTheNoticeTogether()
{
    const qint64 version = approvedTemplate(QStringLiteral("Gone: {{rule.2}}"), QStringLiteral("Weg: {{rule.2}}"));
    QVERIFY(version);
    Moderation moderator = moderation(m_manager);
    const std::optional<qint64> id =
        moderator.moderate(messageOn(m_telegram), Moderation::remove, {2, QString()}, version);
    QVERIFY2(id, qPrintable(moderator.errorString()));
    const ModerationRecord done = *moderator.record(*id);
    QCOMPARE(done.action, Moderation::remove);
    QVERIFY(done.noticeOutboxId > 0);
    QVERIFY(Outbox(*m_workspace).item(done.noticeOutboxId)->body.startsWith(QStringLiteral("Weg: ")));
    // Without a notice it is the action alone.
    const std::optional<qint64> spam = moderator.moderate(messageOn(m_feed), Moderation::spam, {});
    QVERIFY2(spam, qPrintable(moderator.errorString()));
    QCOMPARE(moderator.record(*spam)->noticeOutboxId, 0);
}

void TestModeration::revertingAnAutoModerationActionRevertsItsDecision()
{
    AutoModeration automod(*m_workspace, m_manager);
    AutoModerationRule rule;
    rule.name = QStringLiteral("Pills");
    rule.kind = AutoModeration::keyword;
    rule.pattern = QStringLiteral("pills");
    rule.action = AutoModeration::hide;
    rule.actionArg = QStringLiteral("2");
    const std::optional<qint64> ruleId = automod.create(rule);
    QVERIFY2(ruleId, qPrintable(automod.errorString()));
    const qint64 messageId = messageOn(m_telegram);
    QSqlQuery insert(m_workspace->database());
    QVERIFY(insert.prepare(
        QStringLiteral("INSERT INTO automod_decisions (rule_id, message_id, conversation_id, action, "
                       "decided_at) SELECT ?, id, conversation_id, 'hide', 1 FROM messages WHERE id = ?")));
    insert.addBindValue(*ruleId);
    insert.addBindValue(messageId);
    QVERIFY(insert.exec());
    const qint64 decisionId = insert.lastInsertId().toLongLong();

    Moderation automatic = moderation(0);
    automatic.setAutomodDecision(decisionId);
    const std::optional<qint64> id = automatic.deleteMessage(messageId, {2, QString()});
    QVERIFY2(id, qPrintable(automatic.errorString()));
    QVERIFY(insert.prepare(QStringLiteral("UPDATE automod_decisions SET undo = ? WHERE id = ?")));
    insert.addBindValue(QStringLiteral("{\"moderation_action_id\": %1}").arg(*id));
    insert.addBindValue(decisionId);
    QVERIFY(insert.exec());

    Moderation manager = moderation(m_manager);
    QVERIFY2(manager.revert(*id), qPrintable(manager.errorString()));
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT reverted_at FROM automod_decisions WHERE id = ?"), {decisionId})
            .toLongLong(),
        *manager.record(*id)->revertedAt);
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT reverted_by FROM automod_decisions WHERE id = ?"), {decisionId})
            .toLongLong(),
        m_manager);
    QVERIFY(automod.decision(decisionId)->isReverted());
    QVERIFY(!automod.revert(decisionId)); // the Auto-Moderation window does not offer it again
}

void TestModeration::findsTheNewestIncomingMessage()
{
    MessageStore store(*m_workspace);
    QVERIFY(store
                .ingest(m_mastodon,
                    {message(QStringLiteral("m3b"), 10, QStringLiteral("Me too"), QStringLiteral("t3"),
                         QStringLiteral("Anna Berg")),
                        test::reply(QStringLiteral("r1"), 11, QStringLiteral("Thanks"), QStringLiteral("m3b"))})
                .ok);
    const qint64 first = messageOn(m_mastodon);
    const qint64 conversation =
        scalar(*m_workspace, QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"), {first}).toLongLong();
    const qint64 second =
        scalar(*m_workspace, QStringLiteral("SELECT id FROM messages WHERE remote_id = 'm3b'")).toLongLong();
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ?"), {conversation})
            .toInt(),
        3); // the team's reply is the newest
    Moderation moderator = moderation(m_agent);
    QCOMPARE(moderator.newestIncoming(conversation, false), std::optional<qint64>(second));
    QCOMPARE(moderator.authorName(second), QStringLiteral("Anna Berg"));
    QCOMPARE(moderator.channelKind(conversation), QStringLiteral("mastodon"));
    QVERIFY(moderator.markSpam(second));
    QCOMPARE(moderator.newestIncoming(conversation, false), std::optional<qint64>(second));
    QCOMPARE(moderator.newestIncoming(conversation, true), std::optional<qint64>(first));
    QVERIFY(moderator.markSpam(first));
    QVERIFY(!moderator.newestIncoming(conversation, true));

    const QList<ThreadMessage> newest = moderator.incomingMessages(conversation, 1);
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.constFirst().id, second);
    QCOMPARE(newest.constFirst().moderation, QStringLiteral("spam"));
    const QList<ThreadMessage> all = moderator.incomingMessages(conversation, 100);
    QCOMPARE(all.size(), 2); // oldest first, without the reply
    QCOMPARE(all.constFirst().id, first);
    QCOMPARE(all.constFirst().authorName, QStringLiteral("Troll Tom"));
    QCOMPARE(all.constLast().id, second);
}

#include "tst_moderation.moc"
