// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"
#include "channeldelivery.h"
#include "conversationactivity.h"
#include "credentialstore.h"
#include "logcapture.h"
#include "mastodonsimulator.h"
#include "moderation.h"
#include "outbox.h"
#include "outboxdispatcher.h"
#include "syncengine.h"
#include "telegramsimulator.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

const QString botToken = QStringLiteral("5151515:AAH-outbox-token-for-tests_9876543210");
const QString mastodonToken = QStringLiteral("ZA-outbox-token_0123456789abcdefghijklmnop");
constexpr qint64 groupId = -1009876543210;
constexpr int waitMs = 20000;

QJsonObject ola()
{
    return TelegramSimulator::user(5001, QStringLiteral("Ola"), QStringLiteral("Nordmann"), QStringLiteral("ola"));
}

QJsonObject group()
{
    return TelegramSimulator::group(groupId, QStringLiteral("Lemonade Lovers"));
}

} // namespace

// The whole way out, as the window uses it: a reply queued in the outbox goes through
// ChannelDelivery to the sync engine's thread, where the account's connector (made with the
// token from the keychain) sends it to a Telegram simulator; moderation recorded by a
// moderator is carried out by the same connector. Runs in a keychain session of its own.
class TestOutboxDelivery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replyReachesTheChannelOnce();
    void failedSendComesBackByItselfAndIsSentOnce();
    void pausedAccountKeepsItsReplies();
    void sendCutShortByAReconnectWaitsForTheAgent();
    void mastodonKnowsEveryTryOfAReplyForOne();
    void moderationIsCarriedOutOnTheChannel();
    void moderationTheChannelNeverGotGoesOutLater();

private:
    qint64 conversationOf(const QString &remoteMessageId);
    qint64 messageId(const QString &remoteId);
    QString remoteState(qint64 actionId);
    // Starts the engine and waits until the account's first messages are stored.
    void startSyncing();
    bool storeSecret(qint64 accountId, const QString &secret);
    qint64 queue(qint64 conversationId, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TelegramSimulator> m_telegram;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    qint64 m_account = 0;
    User m_agent;
};

void TestOutboxDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("outbox.hearth"))));
    m_telegram = std::make_unique<TelegramSimulator>(botToken);
    QVERIFY(m_telegram->start());
    m_account = AccountStore(*m_workspace)
                    .add(QStringLiteral("telegram"), QStringLiteral("Lemonade bot"), QStringLiteral("@lemonade_bot"),
                        QJsonObject {{QStringLiteral("baseUrl"), m_telegram->baseUrl().toString()}});
    QVERIFY(m_account > 0);
    QVERIFY(storeSecret(m_account, botToken));
    m_agent = UserDirectory(*m_workspace).signIn(QStringLiteral("maja"), QStringLiteral("Maja Berg")).value_or(User());
    QVERIFY(m_agent.id > 0);
}

void TestOutboxDelivery::cleanup()
{
    m_dispatcher.reset();
    m_engine.reset();
    m_telegram.reset();
    m_workspace.reset();
    m_dir.reset();
}

bool TestOutboxDelivery::storeSecret(qint64 accountId, const QString &secret)
{
    std::optional<CredentialResult> written;
    CredentialStore credentials(*m_workspace); // its answer comes while it lives
    credentials.write(accountId, secret, [&written](const CredentialResult &result) {
        written = result;
    });
    if (!QTest::qWaitFor([&written] { return written.has_value(); }, waitMs))
        return false;
    if (!written->ok)
        qWarning().noquote() << written->error;
    return written->ok;
}

void TestOutboxDelivery::startSyncing()
{
    m_engine = std::make_unique<SyncEngine>(m_workspace->path());
    QSignalSpy stored(m_engine.get(), &SyncEngine::stored);
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), waitMs);
    m_dispatcher = std::make_unique<OutboxDispatcher>(
        *m_workspace, std::make_unique<ChannelDelivery>(*m_workspace, m_engine.get()));
}

qint64 TestOutboxDelivery::queue(qint64 conversationId, const QString &text)
{
    Outbox outbox(*m_workspace);
    const std::optional<qint64> id = outbox.queue(conversationId, m_agent.id, QStringLiteral("private"), text);
    if (!id)
        qWarning().noquote() << outbox.errorString();
    return id.value_or(0);
}

qint64 TestOutboxDelivery::conversationOf(const QString &remoteMessageId)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE remote_id = ?"));
    query.addBindValue(remoteMessageId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 TestOutboxDelivery::messageId(const QString &remoteId)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT id FROM messages WHERE remote_id = ?"));
    query.addBindValue(remoteId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString TestOutboxDelivery::remoteState(qint64 actionId)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT remote_state FROM moderation_actions WHERE id = ?"));
    query.addBindValue(actionId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestOutboxDelivery::replyReachesTheChannelOnce()
{
    const qint64 question = m_telegram->post(
        TelegramSimulator::privateChat(ola()), ola(), QStringLiteral("Is the lemonade sugar-free?"));
    startSyncing();
    const qint64 conversation = conversationOf(QStringLiteral("5001:%1").arg(question));
    QVERIFY(conversation > 0);
    QSignalSpy finished(m_dispatcher.get(), &OutboxDispatcher::itemFinished);

    const qint64 id = queue(conversation, QStringLiteral("Yes, Ola: no sugar at all."));
    QVERIFY(id > 0);
    QCOMPARE(m_dispatcher->dispatchPending(), 0); // the channel answers later, on its thread
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(finished.constFirst().at(2).toString()));

    QCOMPARE(m_telegram->sent().size(), 1);
    const TelegramSimulator::Sent sent = m_telegram->sent().constFirst();
    QCOMPARE(sent.chatId, qint64(5001));
    QCOMPARE(sent.text, QStringLiteral("Yes, Ola: no sugar at all."));
    QCOMPARE(sent.replyToMessageId, std::optional<qint64>(question));
    const OutboxItem item = *Outbox(*m_workspace).item(id);
    QCOMPARE(item.state, Outbox::sent);
    // The reply joined the thread under the id Telegram gave it.
    QCOMPARE(conversationOf(QStringLiteral("5001:%1").arg(sent.messageId)), conversation);

    // Nothing is due any more: dispatching again sends nothing.
    QCOMPARE(m_dispatcher->dispatchPending(), 0);
    QTest::qWait(200);
    QCOMPARE(m_telegram->sent().size(), 1);
}

void TestOutboxDelivery::failedSendComesBackByItselfAndIsSentOnce()
{
    const qint64 question = m_telegram->post(TelegramSimulator::privateChat(ola()), ola(), QStringLiteral("Hello?"));
    startSyncing();
    const qint64 conversation = conversationOf(QStringLiteral("5001:%1").arg(question));
    QSignalSpy finished(m_dispatcher.get(), &OutboxDispatcher::itemFinished);
    // The sync waits in its long poll, so the next request is the reply's, and it fails.
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram->waitingPolls(), 1, waitMs);
    m_telegram->failNext(TelegramSimulator::Fault::BadGateway);
    const qint64 id = queue(conversation, QStringLiteral("Hi Ola!"));
    m_dispatcher->dispatchPending();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QVERIFY(!finished.constFirst().at(1).toBool());
    // A server error may pass: the reply comes back by itself (its backoff can be a few
    // milliseconds, so it may already be on its way again here) and is sent once.
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(*m_workspace).item(id)->state, Outbox::sent, waitMs);
    QCOMPARE(Outbox(*m_workspace).item(id)->attempts, 1);
    QCOMPARE(m_telegram->sent().size(), 1);
    QCOMPARE(finished.size(), 2);
    QVERIFY(finished.constLast().at(1).toBool());
}

void TestOutboxDelivery::pausedAccountKeepsItsReplies()
{
    const qint64 question = m_telegram->post(TelegramSimulator::privateChat(ola()), ola(), QStringLiteral("Hello?"));
    startSyncing();
    const qint64 conversation = conversationOf(QStringLiteral("5001:%1").arg(question));
    QVERIFY(AccountStore(*m_workspace).setPaused(m_account, true));
    m_engine->reload();
    QSignalSpy finished(m_dispatcher.get(), &OutboxDispatcher::itemFinished);
    const qint64 id = queue(conversation, QStringLiteral("Hi Ola!"));
    m_dispatcher->dispatchPending();
    // It waits and comes back by itself (its backoff can be a few milliseconds, so the state
    // read here may already be the next try's): refused each time while the account is paused.
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, waitMs);
    for (const QList<QVariant> &attempt : std::as_const(finished)) {
        QVERIFY(!attempt.at(1).toBool());
        QVERIFY2(attempt.at(2).toString().contains(QStringLiteral("“Lemonade bot” is paused")),
            qPrintable(attempt.at(2).toString()));
    }
    QVERIFY(Outbox(*m_workspace).item(id)->attempts >= 2);
    QVERIFY(m_telegram->sent().isEmpty());
}

void TestOutboxDelivery::sendCutShortByAReconnectWaitsForTheAgent()
{
    const qint64 question = m_telegram->post(TelegramSimulator::privateChat(ola()), ola(), QStringLiteral("Hello?"));
    startSyncing();
    const qint64 conversation = conversationOf(QStringLiteral("5001:%1").arg(question));
    QSignalSpy finished(m_dispatcher.get(), &OutboxDispatcher::itemFinished);
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram->waitingPolls(), 1, waitMs);
    m_telegram->failNext(TelegramSimulator::Fault::Hang);
    const int before = m_telegram->requestCount();
    const qint64 id = queue(conversation, QStringLiteral("Hi Ola!"));
    m_dispatcher->dispatchPending();
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram->requestCount(), before + 1, waitMs); // the send hangs

    // The account's settings change while the channel has not answered: its connection restarts.
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(m_account);
    QJsonObject settings = account->settings;
    settings.insert(QStringLiteral("pollMinutes"), 5);
    QVERIFY(AccountStore(*m_workspace).update(m_account, account->name, account->address, settings));
    m_engine->reload();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    const OutboxItem item = *Outbox(*m_workspace).item(id);
    QCOMPARE(item.state, Outbox::failed);
    QVERIFY2(item.lastError.contains(QStringLiteral("restarted before the channel answered")), qPrintable(item.lastError));
    QVERIFY2(item.lastError.contains(QStringLiteral("check the conversation")), qPrintable(item.lastError));
    QCOMPARE(item.nextAttemptAt, std::nullopt); // never sent again by itself
}

void TestOutboxDelivery::mastodonKnowsEveryTryOfAReplyForOne()
{
    MastodonSimulator mastodon(mastodonToken);
    QVERIFY(mastodon.start());
    const QString question = mastodon.mention(
        MastodonSimulator::account(QStringLiteral("501"), QStringLiteral("ola"), QStringLiteral("Ola Nordmann")),
        QStringLiteral("<p>Open on Sundays?</p>"));
    const qint64 account = AccountStore(*m_workspace)
                               .add(QStringLiteral("mastodon"), QStringLiteral("Lemonade toots"),
                                   QStringLiteral("@lemonade@mastodon.example"),
                                   QJsonObject {{QStringLiteral("baseUrl"), mastodon.baseUrl().toString()}});
    QVERIFY(account > 0);
    QVERIFY(storeSecret(account, mastodonToken));
    startSyncing();
    QTRY_VERIFY_WITH_TIMEOUT(conversationOf(question) > 0, waitMs);
    QSignalSpy finished(m_dispatcher.get(), &OutboxDispatcher::itemFinished);
    const qint64 id = queue(conversationOf(question), QStringLiteral("From ten, Ola."));
    m_dispatcher->dispatchPending();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(finished.constFirst().at(2).toString()));
    // The key names this workspace's outbox item: every try of it, and only it, is one post.
    QCOMPARE(mastodon.posted().size(), 1);
    QCOMPARE(QString::fromLatin1(mastodon.posted().constFirst().idempotencyKey),
        QStringLiteral("hearth-%1-%2").arg(m_workspace->setting(QStringLiteral("workspace_id"))).arg(id));
}

void TestOutboxDelivery::moderationIsCarriedOutOnTheChannel()
{
    m_telegram->allowDeletesIn(groupId);
    const qint64 spam = m_telegram->post(group(), ola(), QStringLiteral("Buy cheap followers"));
    const qint64 elsewhere = m_telegram->post(
        TelegramSimulator::group(-1001111111111, QStringLiteral("Fans")), ola(), QStringLiteral("Buy followers"));
    startSyncing();
    QTRY_VERIFY_WITH_TIMEOUT(messageId(QStringLiteral("-1001111111111:%1").arg(elsewhere)) > 0, waitMs);
    QSignalSpy carriedOut(m_engine.get(), &SyncEngine::moderationCarriedOut);

    Moderation moderation(*m_workspace, m_agent.id);
    const ModerationCitation citation {std::nullopt, QStringLiteral("Advertising")};
    const std::optional<qint64> deleted =
        moderation.deleteMessage(messageId(QStringLiteral("%1:%2").arg(groupId).arg(spam)), citation);
    QVERIFY2(deleted, qPrintable(moderation.errorString()));
    const std::optional<qint64> refused =
        moderation.deleteMessage(messageId(QStringLiteral("-1001111111111:%1").arg(elsewhere)), citation);
    QVERIFY2(refused, qPrintable(moderation.errorString()));
    QCOMPARE(remoteState(*deleted), QStringLiteral("pending"));

    m_engine->carryOutModeration();
    QTRY_COMPARE_WITH_TIMEOUT(carriedOut.size(), 2, waitMs);
    QCOMPARE(remoteState(*deleted), QStringLiteral("done"));
    QCOMPARE(m_telegram->deleted(), (QList<QPair<qint64, qint64>> {{groupId, spam}}));
    QCOMPARE(remoteState(*refused), QStringLiteral("failed"));

    // The conversation's activity says what the channel did and why it refused.
    const qint64 refusedConversation = conversationOf(QStringLiteral("-1001111111111:%1").arg(elsewhere));
    QList<ActivityEntry> entries;
    QVERIFY(ConversationActivity::load(*m_workspace, refusedConversation, &entries));
    QStringList sentences;
    for (const ActivityEntry &entry : std::as_const(entries))
        sentences << entry.sentence;
    const QString all = sentences.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("could not carry out the moderation on the channel: Telegram did not let "
                                         "the bot delete this message")),
        qPrintable(all));

    // Asked again, nothing is done twice.
    m_engine->carryOutModeration();
    QTest::qWait(300);
    QCOMPARE(carriedOut.size(), 2);
    QCOMPARE(m_telegram->deleted().size(), 1);
}

void TestOutboxDelivery::moderationTheChannelNeverGotGoesOutLater()
{
    m_telegram->allowDeletesIn(groupId);
    const qint64 spam = m_telegram->post(group(), ola(), QStringLiteral("Buy cheap followers"));
    startSyncing();
    QSignalSpy carriedOut(m_engine.get(), &SyncEngine::moderationCarriedOut);
    // The sync waits in its long poll, so the next request is the moderation's, and it fails.
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram->waitingPolls(), 1, waitMs);
    m_telegram->failNext(TelegramSimulator::Fault::BadGateway);
    const int before = m_telegram->requestCount();
    const std::optional<qint64> deleted = Moderation(*m_workspace, m_agent.id)
                                              .deleteMessage(messageId(QStringLiteral("%1:%2").arg(groupId).arg(spam)),
                                                  {std::nullopt, QStringLiteral("Advertising")});
    QVERIFY(deleted);
    logcapture::start();
    m_engine->carryOutModeration();
    QTRY_COMPARE_WITH_TIMEOUT(
        logcapture::lines().filter(QStringLiteral("Moderation %1 waits:").arg(*deleted)).size(), 1, waitMs);
    logcapture::stop();
    QCOMPARE(m_telegram->requestCount(), before + 1);
    QCOMPARE(remoteState(*deleted), QStringLiteral("pending"));
    QVERIFY(m_telegram->deleted().isEmpty());
    QCOMPARE(carriedOut.size(), 0);

    // The platform is back: the next look carries it out, once.
    m_engine->carryOutModeration();
    QTRY_COMPARE_WITH_TIMEOUT(carriedOut.size(), 1, waitMs);
    QCOMPARE(remoteState(*deleted), QStringLiteral("done"));
    QCOMPARE(m_telegram->deleted(), (QList<QPair<qint64, qint64>> {{groupId, spam}}));
}

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outboxdelivery.moc"
