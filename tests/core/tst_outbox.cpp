// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelcapabilities.h"
#include "conversationthread.h"
#include "deliverytargets.h"
#include "channeldelivery.h"
#include "draftstore.h"
#include "integritycheck.h"
#include "messagedelivery.h"
#include "messagestore.h"
#include "outbox.h"
#include "outboxdispatcher.h"
#include "testmessages.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hearth;
using hearth::test::message;

namespace {

int count(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

struct AuditRow
{
    qint64 userId;
    QString action;
    qint64 conversationId;
    QJsonObject details;
};

QList<AuditRow> auditLog(const Workspace &workspace)
{
    QList<AuditRow> rows;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT coalesce(user_id, 0), action, object_type, object_id, details "
                                   "FROM audit_log ORDER BY id")))
        return rows;
    while (query.next()) {
        if (query.value(2).toString() != QLatin1String("conversation"))
            continue;
        rows << AuditRow {query.value(0).toLongLong(), query.value(1).toString(), query.value(3).toLongLong(),
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()};
    }
    return rows;
}

QStringList actions(const Workspace &workspace)
{
    QStringList actions;
    const QList<AuditRow> rows = auditLog(workspace);
    for (const AuditRow &row : rows)
        actions << row.action;
    return actions;
}

// A delivery for the tests: fails or succeeds as told, and counts what it was handed.
class ScriptedDelivery : public MessageDelivery
{
public:
    explicit ScriptedDelivery(bool succeed, bool retryable = true)
        : m_succeed(succeed)
        , m_retryable(retryable)
    { }
    void deliver(const OutboxItem &item, const Done &done) override
    {
        delivered << item.id;
        if (m_succeed)
            done(DeliveryResult::delivered(QStringLiteral("remote-%1").arg(item.id)));
        else
            done(DeliveryResult::failed(QStringLiteral("The server said no."), m_retryable));
    }
    QList<qint64> delivered;

private:
    bool m_succeed;
    bool m_retryable;
};

// A channel that answers later, when the test says so.
class LaterDelivery : public MessageDelivery
{
public:
    void deliver(const OutboxItem &item, const Done &done) override
    {
        handed << item.id;
        answers << done;
    }
    QList<qint64> handed;
    QList<Done> answers;
};

SendResult sendFailure(SyncError::Kind kind)
{
    return SendResult {false, QString(), SyncError {kind, QStringLiteral("The server hung up."), std::nullopt}};
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void capabilitiesPerChannel();
    void draftsAreSavedReplacedAndDeleted();
    void queueingDeletesTheDraftInOneTransaction();
    void queueRefusesWhatTheChannelCannotCarry();
    void sentReplyJoinsTheThread();
    void transitionsAreRefusedOutOfOrder();
    void failureBacksOffAndWaitsForTheAgent();
    void editDiscardAndReturnToDraft();
    void backoffGrowsToItsCap();
    void crashWhileSendingBecomesFailed();
    void demoDeliverySendsDemoRepliesLocally();
    void realAccountsSayTheirChannelIsNotSetUp();
    void retryAfterFailureNeverDuplicates();
    void retryTimerResendsRetryableFailures();
    void waitsForAnotherConnectionsWrite();
    void answersThatComeLaterAreRecorded();
    void answerAfterTheDispatcherIsGoneLeavesTheReplyToCheck();
    void sendsThatMayHaveArrivedWaitForTheAgent();
    void deliveryTargetAnswersTheNewestCustomerMessage();

private:
    qint64 conversation(const QString &thread) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_mail = 0;
    qint64 m_mastodon = 0;
    qint64 m_feed = 0;
    qint64 m_mailConversation = 0;
    qint64 m_mastodonConversation = 0;
    qint64 m_feedConversation = 0;
    User m_maja;
    User m_jonas;
};

void TestOutbox::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(
        m_dir.filePath(QStringLiteral("%1.hearth").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    MessageStore store(*m_workspace);
    m_mail = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    m_mastodon = store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Sunny on Mastodon"));
    m_feed = store.ensureAccount(QStringLiteral("feed"), QStringLiteral("Alerts"));
    QVERIFY(m_mail > 0 && m_mastodon > 0 && m_feed > 0);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE accounts SET is_demo = 1 WHERE kind = 'mastodon'")));
    QVERIFY(store
                .ingest(m_mail,
                    {message(QStringLiteral("m1"), 0, QStringLiteral("My bottle broke"), QStringLiteral("mail-t")),
                        message(QStringLiteral("m2"), 5, QStringLiteral("Hello?"), QStringLiteral("mail-t"))})
                .ok);
    QVERIFY(store
                .ingest(m_mastodon,
                    {message(QStringLiteral("p1"), 0, QStringLiteral("@sunny too sour"), QStringLiteral("toot-t"))})
                .ok);
    QVERIFY(store
                .ingest(m_feed,
                    {message(QStringLiteral("f1"), 0, QStringLiteral("Sunny Squeeze in the news"),
                        QStringLiteral("feed-t"))})
                .ok);
    m_mailConversation = conversation(QStringLiteral("mail-t"));
    m_mastodonConversation = conversation(QStringLiteral("toot-t"));
    m_feedConversation = conversation(QStringLiteral("feed-t"));
    UserDirectory users(*m_workspace);
    m_maja = users.signIn(QStringLiteral("maja"), QStringLiteral("Maja Berg")).value_or(User());
    m_jonas = users.signIn(QStringLiteral("jonas"), QStringLiteral("Jonas Weber")).value_or(User());
    QVERIFY(m_maja.id > 0 && m_jonas.id > 0);
}

void TestOutbox::cleanup()
{
    m_workspace.reset();
}

qint64 TestOutbox::conversation(const QString &thread) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = ?"));
    query.addBindValue(thread);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestOutbox::capabilitiesPerChannel()
{
    const ChannelCapabilities email = ChannelCapabilities::forKind(QStringLiteral("email"));
    QVERIFY(email.canReply());
    QVERIFY(!email.canReplyPublicly());
    QVERIFY(email.canMessagePrivately());
    QCOMPARE(email.privateMessageLabel(), QStringLiteral("E-mail reply"));

    const ChannelCapabilities mastodon = ChannelCapabilities::forKind(QStringLiteral("mastodon"));
    QVERIFY(mastodon.canReplyPublicly());
    QVERIFY(mastodon.canMessagePrivately());
    QVERIFY(mastodon.noReplyReason().isEmpty());

    const ChannelCapabilities telegram = ChannelCapabilities::forKind(QStringLiteral("telegram"));
    QVERIFY(!telegram.canReplyPublicly());
    QVERIFY(telegram.canMessagePrivately());
    QCOMPARE(telegram.privateMessageLabel(), QStringLiteral("Chat message"));

    const ChannelCapabilities feed = ChannelCapabilities::forKind(QStringLiteral("feed"));
    QVERIFY(!feed.canReply());
    QVERIFY(feed.noReplyReason().contains(QStringLiteral("cannot be answered from Hearth")));
    QVERIFY(!ChannelCapabilities::forKind(QStringLiteral("carrier-pigeon")).canReply());
}

void TestOutbox::draftsAreSavedReplacedAndDeleted()
{
    DraftStore drafts(*m_workspace);
    QCOMPARE(drafts.load(m_mailConversation, m_maja.id), std::nullopt);
    QVERIFY(drafts.save(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Dear Zoë,")));
    QVERIFY(drafts.save(m_mailConversation, m_jonas.id, QStringLiteral("private"), QStringLiteral("Hi,")));
    std::optional<Draft> draft = drafts.load(m_mailConversation, m_maja.id);
    QVERIFY(draft);
    QCOMPARE(draft->body, QStringLiteral("Dear Zoë,"));
    QCOMPARE(draft->visibility, QStringLiteral("private"));
    QVERIFY(draft->updatedAt > 0);

    // One draft per person and conversation: a new save replaces it.
    QVERIFY(drafts.save(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Dear Zoë, sorry")));
    QCOMPARE(drafts.load(m_mailConversation, m_maja.id)->body, QStringLiteral("Dear Zoë, sorry"));
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM drafts")), 2);

    QVERIFY(!drafts.save(m_mailConversation, m_maja.id, QStringLiteral("secret"), QStringLiteral("x")));
    QVERIFY(drafts.errorString().contains(QStringLiteral("public or private")));
    QCOMPARE(drafts.load(m_mailConversation, m_maja.id)->body, QStringLiteral("Dear Zoë, sorry"));

    // Nothing left to keep: the draft goes.
    QVERIFY(drafts.save(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral(" \n ")));
    QCOMPARE(drafts.load(m_mailConversation, m_maja.id), std::nullopt);
    QCOMPARE(drafts.load(m_mailConversation, m_jonas.id)->body, QStringLiteral("Hi,"));
}

void TestOutbox::queueingDeletesTheDraftInOneTransaction()
{
    DraftStore drafts(*m_workspace);
    QVERIFY(drafts.save(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Sorry!")));
    Outbox outbox(*m_workspace);
    const std::optional<qint64> id =
        outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Sorry! — Maja"));
    QVERIFY2(id, qPrintable(outbox.errorString()));
    QCOMPARE(drafts.load(m_mastodonConversation, m_maja.id), std::nullopt);
    const std::optional<OutboxItem> item = outbox.item(*id);
    QVERIFY(item);
    QCOMPARE(item->state, Outbox::queued);
    QCOMPARE(item->body, QStringLiteral("Sorry! — Maja"));
    QCOMPARE(item->userId, m_maja.id);
    QCOMPARE(item->attempts, 0);
    QCOMPARE(outbox.items(m_mastodonConversation).size(), 1);
    QCOMPARE(outbox.pending().size(), 1);

    const QList<AuditRow> log = auditLog(*m_workspace);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().action, QStringLiteral("reply_queued"));
    QCOMPARE(log.constFirst().userId, m_maja.id);
    QCOMPARE(log.constFirst().conversationId, m_mastodonConversation);
    QCOMPARE(log.constFirst().details.value(QStringLiteral("outbox_id")).toVariant().toLongLong(), *id);
    QCOMPARE(log.constFirst().details.value(QStringLiteral("visibility")).toString(), QStringLiteral("public"));

    // A failing audit write takes the whole queueing back: the draft is still there.
    QVERIFY(drafts.save(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Second")));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    QVERIFY(!outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Second")));
    QVERIFY(!outbox.errorString().isEmpty());
    QCOMPARE(drafts.load(m_mastodonConversation, m_maja.id)->body, QStringLiteral("Second"));
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM outbox")), 1);
}

void TestOutbox::queueRefusesWhatTheChannelCannotCarry()
{
    DraftStore drafts(*m_workspace);
    QVERIFY(drafts.save(m_feedConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Thanks!")));
    Outbox outbox(*m_workspace);
    QVERIFY(!outbox.queue(m_feedConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Thanks!")));
    QVERIFY2(outbox.errorString().contains(QStringLiteral("feed")), qPrintable(outbox.errorString()));
    QVERIFY(drafts.load(m_feedConversation, m_maja.id)); // the draft stays
    QVERIFY(!outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Hi")));
    QVERIFY(outbox.errorString().contains(QStringLiteral("no public replies")));
    QVERIFY(!outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("  \n")));
    QVERIFY(outbox.errorString().contains(QStringLiteral("empty")));
    QVERIFY(!outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("loud"), QStringLiteral("Hi")));
    QVERIFY(!outbox.queue(987654, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi")));
    QVERIFY(outbox.errorString().contains(QStringLiteral("no longer in the workspace")));
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QVERIFY(auditLog(*m_workspace).isEmpty());
    // What the channel can carry is queued.
    QVERIFY(outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi")));
    QVERIFY(outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi")));
}

void TestOutbox::sentReplyJoinsTheThread()
{
    Outbox outbox(*m_workspace);
    const qint64 id = outbox
                          .queue(m_mailConversation, m_maja.id, QStringLiteral("private"),
                              QStringLiteral("We are sending a new bottle."))
                          .value_or(0);
    QVERIFY(id > 0);
    QCOMPARE(
        count(*m_workspace, QStringLiteral("SELECT count(*) FROM conversations WHERE first_response_due IS NULL")), 0);
    QVERIFY(outbox.markSending(id));
    QCOMPARE(outbox.item(id)->state, Outbox::sending);
    QVERIFY(outbox.pending().isEmpty());
    QCOMPARE(outbox.items(m_mailConversation).size(), 1); // still not sent: still listed
    QVERIFY2(outbox.markSent(id, QStringLiteral("<reply-1@mail.example>")), qPrintable(outbox.errorString()));

    const std::optional<OutboxItem> item = outbox.item(id);
    QCOMPARE(item->state, Outbox::sent);
    QVERIFY(item->messageId);
    QVERIFY(outbox.items(m_mailConversation).isEmpty());

    ConversationThread thread;
    QVERIFY(ConversationThread::load(*m_workspace, m_mailConversation, &thread));
    QCOMPARE(thread.messages.size(), 3);
    const ThreadMessage &reply = thread.messages.constLast();
    QCOMPARE(reply.id, *item->messageId);
    QCOMPARE(reply.remoteId, QStringLiteral("<reply-1@mail.example>"));
    QCOMPARE(reply.text, QStringLiteral("We are sending a new bottle."));
    QCOMPARE(reply.authorName, QStringLiteral("Maja Berg"));
    QVERIFY(reply.outbound);
    QVERIFY(reply.isPrivate);
    // It answers the newest message from outside, by the team member who wrote it.
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT parent_remote_id, sender_user_id, author_id FROM messages WHERE id = %1")
                           .arg(*item->messageId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("m2"));
    QCOMPARE(query.value(1).toLongLong(), m_maja.id);
    QVERIFY(query.value(2).isNull());
    // The answer ends the wait for a first response.
    QCOMPARE(count(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM conversations WHERE first_response_due IS NULL "
                                "AND remote_thread_id = 'mail-t'")),
        1);
    QCOMPARE(
        count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'bottle'")), 2);

    QCOMPARE(actions(*m_workspace), (QStringList {QStringLiteral("reply_queued"), QStringLiteral("reply_sent")}));
    const AuditRow sentRow = auditLog(*m_workspace).constLast();
    QCOMPARE(sentRow.details.value(QStringLiteral("message_id")).toVariant().toLongLong(), *item->messageId);
    QCOMPARE(sentRow.details.value(QStringLiteral("outbox_id")).toVariant().toLongLong(), id);
    QCOMPARE(sentRow.details.value(QStringLiteral("visibility")).toString(), QStringLiteral("private"));
    QVERIFY(IntegrityCheck::run(*m_workspace, IntegrityCheck::Depth::Full).isEmpty());
}

void TestOutbox::transitionsAreRefusedOutOfOrder()
{
    Outbox outbox(*m_workspace);
    const qint64 id =
        outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Hi")).value_or(0);
    QVERIFY(id > 0);
    // Queued: not yet being sent.
    QVERIFY(!outbox.markSent(id, QStringLiteral("x")));
    QVERIFY(outbox.errorString().contains(QStringLiteral("being sent")));
    QVERIFY(!outbox.markFailed(id, QStringLiteral("x")));
    QVERIFY(!outbox.retry(id));
    QVERIFY(outbox.errorString().contains(QStringLiteral("Only a reply that failed")));
    QVERIFY(!outbox.edit(id, QStringLiteral("Hello")));
    QVERIFY(!outbox.discard(id));
    QVERIFY(!outbox.returnToDraft(id, m_maja.id, QStringLiteral("Hi")));

    // Two senders: only one claims it.
    QVERIFY(outbox.markSending(id));
    Outbox other(*m_workspace);
    QVERIFY(!other.markSending(id));
    QVERIFY(other.errorString().contains(QStringLiteral("not waiting to be sent")));
    QVERIFY(!outbox.retry(id));
    QVERIFY(!outbox.discard(id));
    QVERIFY(!outbox.markSent(id, QString())); // sent as what?
    QCOMPARE(outbox.item(id)->state, Outbox::sending);

    QVERIFY(outbox.markSent(id, QStringLiteral("toot-1")));
    QVERIFY(!outbox.markSending(id));
    QVERIFY(!outbox.markSent(id, QStringLiteral("toot-2")));
    QVERIFY(!outbox.markFailed(id, QStringLiteral("late")));
    QVERIFY(!outbox.retry(id));
    QVERIFY(!outbox.discard(id));
    QCOMPARE(outbox.item(id)->state, Outbox::sent);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")), 1);

    QVERIFY(!outbox.markSending(424242));
    QVERIFY(outbox.errorString().contains(QStringLiteral("no longer in the outbox")));
    QVERIFY(!outbox.retry(424242));
    QVERIFY(outbox.errorString().contains(QStringLiteral("no longer in the outbox")));
    QCOMPARE(actions(*m_workspace), (QStringList {QStringLiteral("reply_queued"), QStringLiteral("reply_sent")}));
}

void TestOutbox::failureBacksOffAndWaitsForTheAgent()
{
    Outbox outbox(*m_workspace);
    const qint64 id =
        outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Hi")).value_or(0);
    QVERIFY(outbox.markSending(id));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(outbox.markFailed(id, QStringLiteral("503 Service Unavailable")));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    OutboxItem item = *outbox.item(id);
    QCOMPARE(item.state, Outbox::failed);
    QCOMPARE(item.attempts, 1);
    QCOMPARE(item.lastError, QStringLiteral("503 Service Unavailable"));
    QVERIFY(item.nextAttemptAt);
    QVERIFY(*item.nextAttemptAt >= before);
    QVERIFY(*item.nextAttemptAt <= after + Outbox::backoffBaseMs);
    QCOMPARE(outbox.nextRetryAt(), item.nextAttemptAt);
    // Due once its time has come, not before.
    QVERIFY(outbox.pending(*item.nextAttemptAt - 1).isEmpty());
    QCOMPARE(outbox.pending(*item.nextAttemptAt).size(), 1);
    QCOMPARE(outbox.items(m_mastodonConversation).constFirst().lastError, QStringLiteral("503 Service Unavailable"));

    // The second failure: the attempts count on.
    QVERIFY(outbox.markSending(id));
    QVERIFY(outbox.markFailed(id, QStringLiteral("Timeout")));
    QCOMPARE(outbox.item(id)->attempts, 2);
    QVERIFY(*outbox.item(id)->nextAttemptAt <= QDateTime::currentMSecsSinceEpoch() + 2 * Outbox::backoffBaseMs);

    // A failure that cannot pass by itself waits for the agent.
    QVERIFY(outbox.markSending(id));
    QVERIFY(outbox.markFailed(id, QStringLiteral("Not allowed"), false));
    item = *outbox.item(id);
    QCOMPARE(item.attempts, 3);
    QCOMPARE(item.nextAttemptAt, std::nullopt);
    QCOMPARE(outbox.nextRetryAt(), std::nullopt);
    QVERIFY(outbox.pending(std::numeric_limits<qint64>::max()).isEmpty());

    // The agent retries: queued now, the error gone.
    QVERIFY(outbox.retry(id, m_jonas.id));
    item = *outbox.item(id);
    QCOMPARE(item.state, Outbox::queued);
    QVERIFY(item.lastError.isEmpty());
    QCOMPARE(outbox.pending().size(), 1);

    const QList<AuditRow> log = auditLog(*m_workspace);
    QCOMPARE(actions(*m_workspace),
        (QStringList {QStringLiteral("reply_queued"), QStringLiteral("reply_failed"), QStringLiteral("reply_failed"),
            QStringLiteral("reply_failed")}));
    QCOMPARE(log.at(1).details.value(QStringLiteral("error")).toString(), QStringLiteral("503 Service Unavailable"));
    QCOMPARE(log.at(1).details.value(QStringLiteral("outbox_id")).toVariant().toLongLong(), id);
    QCOMPARE(log.at(3).details.value(QStringLiteral("attempts")).toInt(), 3);
}

void TestOutbox::editDiscardAndReturnToDraft()
{
    Outbox outbox(*m_workspace);
    const auto failedReply = [&](const QString &body) {
        const qint64 id = outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("private"), body).value_or(0);
        if (id == 0 || !outbox.markSending(id) || !outbox.markFailed(id, QStringLiteral("Mailbox full"), false))
            return qint64(0);
        return id;
    };

    const qint64 edited = failedReply(QStringLiteral("Helo"));
    QVERIFY(edited > 0);
    QVERIFY(!outbox.edit(edited, QStringLiteral("   ")));
    QCOMPARE(outbox.item(edited)->state, Outbox::failed);
    QVERIFY(outbox.edit(edited, QStringLiteral("Hello"), m_jonas.id));
    QCOMPARE(outbox.item(edited)->state, Outbox::queued);
    QCOMPARE(outbox.item(edited)->body, QStringLiteral("Hello"));
    QCOMPARE(auditLog(*m_workspace).constLast().action, QStringLiteral("reply_edited"));
    QCOMPARE(auditLog(*m_workspace).constLast().userId, m_jonas.id);

    const qint64 discarded = failedReply(QStringLiteral("Wrong customer"));
    QVERIFY(outbox.discard(discarded, m_jonas.id));
    QCOMPARE(outbox.item(discarded), std::nullopt);
    QCOMPARE(auditLog(*m_workspace).constLast().action, QStringLiteral("reply_discarded"));
    QCOMPARE(auditLog(*m_workspace).constLast().details.value(QStringLiteral("outbox_id")).toVariant().toLongLong(),
        discarded);

    // Back into the draft, in one step: the text is in exactly one of the two places.
    const qint64 taken = failedReply(QStringLiteral("Dear Zoë, a new bottle is on its way."));
    QVERIFY(outbox.returnToDraft(taken, m_maja.id, QStringLiteral("Dear Zoë, a new bottle is on its way.")));
    QCOMPARE(outbox.item(taken), std::nullopt);
    const std::optional<Draft> draft = DraftStore(*m_workspace).load(m_mailConversation, m_maja.id);
    QVERIFY(draft);
    QCOMPARE(draft->body, QStringLiteral("Dear Zoë, a new bottle is on its way."));
    QCOMPARE(draft->visibility, QStringLiteral("private"));
    QCOMPARE(auditLog(*m_workspace).constLast().action, QStringLiteral("reply_discarded"));
    QVERIFY(auditLog(*m_workspace).constLast().details.value(QStringLiteral("to_draft")).toBool());
}

void TestOutbox::backoffGrowsToItsCap()
{
    QCOMPARE(Outbox::backoffDelay(1, 0.0), 0);
    QCOMPARE(Outbox::backoffDelay(1, 0.5), 500);
    QCOMPARE(Outbox::backoffDelay(2, 0.5), 1000);
    QCOMPARE(Outbox::backoffDelay(3, 0.5), 2000);
    QCOMPARE(Outbox::backoffDelay(10, 0.5), 256000);
    QCOMPARE(Outbox::backoffDelay(11, 0.5), Outbox::backoffCapMs / 2); // 512 s is over the cap of 900 s
    QCOMPARE(Outbox::backoffDelay(1000, 0.5), Outbox::backoffCapMs / 2);
    QVERIFY(Outbox::backoffDelay(1000, 0.999999) < Outbox::backoffCapMs);
    QVERIFY(Outbox::backoffDelay(1, 0.999999) < Outbox::backoffBaseMs);
}

void TestOutbox::crashWhileSendingBecomesFailed()
{
    {
        Outbox outbox(*m_workspace);
        const qint64 id =
            outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi")).value_or(0);
        QVERIFY(outbox.markSending(id));
        QVERIFY(outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Hey")));
    }
    // Hearth stops here: the next start finds it where the crash left it.
    const QString path = m_workspace->path();
    m_workspace.reset();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(path));

    OutboxDispatcher dispatcher(*m_workspace, nullptr);
    QCOMPARE(dispatcher.recoverInterrupted(), 1);
    Outbox outbox(*m_workspace);
    const QList<OutboxItem> mail = outbox.items(m_mailConversation);
    QCOMPARE(mail.size(), 1);
    QCOMPARE(mail.constFirst().state, Outbox::failed);
    QVERIFY2(mail.constFirst().lastError.contains(QStringLiteral("Hearth was closed while this reply was being sent")),
        qPrintable(mail.constFirst().lastError));
    QVERIFY(mail.constFirst().lastError.contains(QStringLiteral("Check the conversation")));
    QCOMPARE(mail.constFirst().nextAttemptAt, std::nullopt); // never again by itself
    QCOMPARE(mail.constFirst().attempts, 1);
    // The queued reply was never handed over; it is still simply queued.
    const QList<OutboxItem> pending = outbox.pending(std::numeric_limits<qint64>::max());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().conversationId, m_mastodonConversation);
    QCOMPARE(auditLog(*m_workspace).constLast().action, QStringLiteral("reply_failed"));
    QVERIFY(auditLog(*m_workspace).constLast().details.value(QStringLiteral("interrupted")).toBool());
    QCOMPARE(outbox.recoverInterrupted(), 0);
}

void TestOutbox::demoDeliverySendsDemoRepliesLocally()
{
    OutboxDispatcher dispatcher(*m_workspace, std::make_unique<ChannelDelivery>(*m_workspace, nullptr));
    QSignalSpy finished(&dispatcher, &OutboxDispatcher::itemFinished);
    Outbox outbox(*m_workspace);
    const qint64 id =
        outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Sorry to hear that!"))
            .value_or(0);
    QVERIFY(id > 0);
    QCOMPARE(dispatcher.dispatchPending(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), m_mastodonConversation);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(outbox.item(id)->state, Outbox::sent);
    QCOMPARE(count(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM messages WHERE remote_id = 'demo-out-%1' "
                                "AND direction = 'out' AND visibility = 'public'")
                     .arg(id)),
        1);
    // Nothing is due any more: dispatching again sends nothing.
    QCOMPARE(dispatcher.dispatchPending(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")), 1);
}

void TestOutbox::realAccountsSayTheirChannelIsNotSetUp()
{
    OutboxDispatcher dispatcher(*m_workspace, std::make_unique<ChannelDelivery>(*m_workspace, nullptr));
    QSignalSpy finished(&dispatcher, &OutboxDispatcher::itemFinished);
    Outbox outbox(*m_workspace);
    const qint64 id =
        outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi")).value_or(0);
    QCOMPARE(dispatcher.dispatchPending(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    const QString error = finished.at(0).at(2).toString();
    QVERIFY2(error.contains(QStringLiteral("not set up yet")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("Support")));
    const OutboxItem item = *outbox.item(id);
    QCOMPARE(item.state, Outbox::failed);
    QCOMPARE(item.lastError, error);
    QCOMPARE(item.nextAttemptAt, std::nullopt); // retrying by itself cannot help
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")), 0);
}

void TestOutbox::retryAfterFailureNeverDuplicates()
{
    auto failing = std::make_unique<ScriptedDelivery>(false, false);
    ScriptedDelivery *failingDelivery = failing.get();
    OutboxDispatcher dispatcher(*m_workspace, std::move(failing));
    Outbox outbox(*m_workspace);
    const qint64 id =
        outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("DM")).value_or(0);
    QCOMPARE(dispatcher.dispatchPending(), 0);
    QCOMPARE(failingDelivery->delivered, QList<qint64> {id});
    QCOMPARE(outbox.item(id)->state, Outbox::failed);
    QCOMPARE(outbox.item(id)->lastError, QStringLiteral("The server said no."));
    QCOMPARE(dispatcher.dispatchPending(), 0); // waits for the agent
    QCOMPARE(failingDelivery->delivered.size(), 1);

    auto working = std::make_unique<ScriptedDelivery>(true);
    ScriptedDelivery *workingDelivery = working.get();
    dispatcher.setDelivery(std::move(working));
    QVERIFY(outbox.retry(id));
    QCOMPARE(dispatcher.dispatchPending(), 1);
    QCOMPARE(dispatcher.dispatchPending(), 0);
    QCOMPARE(workingDelivery->delivered, QList<qint64> {id});
    QCOMPARE(outbox.item(id)->state, Outbox::sent);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")), 1);
    QCOMPARE(count(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM messages WHERE remote_id = 'remote-%1' "
                                "AND visibility = 'private'")
                     .arg(id)),
        1);
    QCOMPARE(actions(*m_workspace),
        (QStringList {QStringLiteral("reply_queued"), QStringLiteral("reply_failed"), QStringLiteral("reply_sent")}));
}

void TestOutbox::retryTimerResendsRetryableFailures()
{
    auto failing = std::make_unique<ScriptedDelivery>(false, true);
    OutboxDispatcher dispatcher(*m_workspace, std::move(failing));
    QSignalSpy finished(&dispatcher, &OutboxDispatcher::itemFinished);
    Outbox outbox(*m_workspace);
    const qint64 id =
        outbox.queue(m_mastodonConversation, m_maja.id, QStringLiteral("public"), QStringLiteral("Hi")).value_or(0);
    QCOMPARE(dispatcher.dispatchPending(), 0);
    QCOMPARE(outbox.item(id)->state, Outbox::failed);
    QVERIFY(outbox.item(id)->nextAttemptAt);

    // The channel is back; the timer sends it once its backoff is over, once.
    auto working = std::make_unique<ScriptedDelivery>(true);
    ScriptedDelivery *workingDelivery = working.get();
    dispatcher.setDelivery(std::move(working));
    QTRY_COMPARE(outbox.item(id)->state, Outbox::sent);
    QCOMPARE(finished.constLast().at(1).toBool(), true);
    QCOMPARE(workingDelivery->delivered, QList<qint64> {id});
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")), 1);
    QCOMPARE(outbox.nextRetryAt(), std::nullopt);
}

// Another connection (the integrity check, the sync engine) writing at the same moment makes
// the outbox wait for it, not fail: its transactions take the write lock before reading.
void TestOutbox::waitsForAnotherConnectionsWrite()
{
    const QString path = m_workspace->path();
    QSemaphore locked;
    QSemaphore release;
    QThread *writer = QThread::create([path, &locked, &release] {
        Workspace other;
        if (!other.open(path))
            return;
        QSqlQuery query(other.database());
        const bool began = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        locked.release();
        if (!began)
            return;
        release.tryAcquire(1, 200); // hold the lock a moment after the outbox asked for it
        query.exec(QStringLiteral("COMMIT"));
    });
    writer->start();
    locked.acquire();
    Outbox outbox(*m_workspace);
    const std::optional<qint64> id =
        outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi"));
    release.release();
    writer->wait();
    delete writer;
    QVERIFY2(id, qPrintable(outbox.errorString()));
    QCOMPARE(outbox.item(*id)->state, Outbox::queued);
}

QTEST_GUILESS_MAIN(TestOutbox)
void TestOutbox::answersThatComeLaterAreRecorded()
{
    auto later = std::make_unique<LaterDelivery>();
    LaterDelivery *channel = later.get();
    OutboxDispatcher dispatcher(*m_workspace, std::move(later));
    QSignalSpy finished(&dispatcher, &OutboxDispatcher::itemFinished);
    Outbox outbox(*m_workspace);
    const qint64 id =
        outbox.queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi")).value_or(0);
    QCOMPARE(dispatcher.dispatchPending(), 0); // handed over, not answered yet
    QCOMPARE(channel->handed, QList<qint64> {id});
    QCOMPARE(outbox.item(id)->state, Outbox::sending);
    QCOMPARE(finished.size(), 0);
    // While the channel works on it, it is not handed over again.
    QCOMPARE(dispatcher.dispatchPending(), 0);
    QCOMPARE(channel->handed.size(), 1);

    channel->answers.constFirst()(DeliveryResult::delivered(QStringLiteral("<reply-1@example.org>")));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(outbox.item(id)->state, Outbox::sent);
    QCOMPARE(count(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM messages WHERE remote_id = '<reply-1@example.org>' "
                                "AND direction = 'out'")),
        1);
}

void TestOutbox::answerAfterTheDispatcherIsGoneLeavesTheReplyToCheck()
{
    auto later = std::make_unique<LaterDelivery>();
    LaterDelivery *channel = later.get();
    MessageDelivery::Done answer;
    qint64 id = 0;
    {
        auto dispatcher = std::make_unique<OutboxDispatcher>(*m_workspace, std::move(later));
        id = Outbox(*m_workspace)
                 .queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("Hi"))
                 .value_or(0);
        dispatcher->dispatchPending();
        answer = channel->answers.constFirst(); // the channel outlives the window that asked
    }
    answer(DeliveryResult::delivered(QStringLiteral("late")));
    Outbox outbox(*m_workspace);
    QCOMPARE(outbox.item(id)->state, Outbox::sending);
    QCOMPARE(outbox.recoverInterrupted(), 1);
    QCOMPARE(outbox.item(id)->state, Outbox::failed);
    QCOMPARE(outbox.item(id)->nextAttemptAt, std::nullopt);
}

void TestOutbox::sendsThatMayHaveArrivedWaitForTheAgent()
{
    const DeliveryResult sent = ChannelDelivery::toDeliveryResult(SendResult {true, QStringLiteral("42"), {}});
    QVERIFY(sent.ok);
    QCOMPARE(sent.remoteId, QStringLiteral("42"));
    for (const SyncError::Kind kind : {SyncError::Kind::Timeout, SyncError::Kind::Malformed}) {
        const DeliveryResult result = ChannelDelivery::toDeliveryResult(sendFailure(kind));
        QVERIFY(!result.ok);
        QVERIFY(!result.retryable);
        QVERIFY2(result.error.startsWith(QStringLiteral("The server hung up. The reply may have arrived")),
            qPrintable(result.error));
    }
    for (const SyncError::Kind kind : {SyncError::Kind::Network, SyncError::Kind::Server, SyncError::Kind::RateLimited}) {
        const DeliveryResult result = ChannelDelivery::toDeliveryResult(sendFailure(kind));
        QVERIFY(result.retryable);
        QCOMPARE(result.error, QStringLiteral("The server hung up."));
    }
    // A reply the platform will not take as it is (too long, its post gone) is not sent again.
    for (const SyncError::Kind kind : {SyncError::Kind::Auth, SyncError::Kind::Setup, SyncError::Kind::Refused})
        QVERIFY(!ChannelDelivery::toDeliveryResult(sendFailure(kind)).retryable);
}

void TestOutbox::deliveryTargetAnswersTheNewestCustomerMessage()
{
    // The team's own answer is the newest message; the reply still answers the customer.
    QVERIFY(Outbox(*m_workspace).queue(m_mailConversation, m_maja.id, QStringLiteral("private"), QStringLiteral("On it")));
    const qint64 id = Outbox(*m_workspace).pending().constFirst().id;
    QVERIFY(Outbox(*m_workspace).markSending(id));
    QVERIFY(Outbox(*m_workspace).markSent(id, QStringLiteral("m3")));

    DeliveryTargets targets(*m_workspace);
    qint64 account = 0;
    const std::optional<DeliveryTarget> target = targets.forReply(m_mailConversation, 77, &account);
    QVERIFY2(target, qPrintable(targets.errorString()));
    QCOMPARE(account, m_mail);
    QCOMPARE(target->threadId, QStringLiteral("mail-t"));
    QCOMPARE(target->replyToRemoteId, QStringLiteral("m2"));
    QCOMPARE(target->authorRemoteId, QStringLiteral("zoëmartin@mail.example"));
    QCOMPARE(target->references, (QStringList {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")}));
    // Outbox item 77 of this workspace, told apart from item 77 of any other.
    const QString workspaceId = m_workspace->setting(QStringLiteral("workspace_id"));
    QCOMPARE(workspaceId.size(), 32);
    QCOMPARE(target->sendKey, QStringLiteral("hearth-%1-77").arg(workspaceId));
    QCOMPARE(targets.forReply(m_mailConversation, 77, &account)->sendKey, target->sendKey);

    QVERIFY(!targets.forReply(987654, 1, &account));
    QVERIFY(!targets.errorString().isEmpty());
}

#include "tst_outbox.moc"
