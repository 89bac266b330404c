// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Telegram bot account synced from a Bot API simulator on loopback (no real Telegram can
// run here): first and incremental sync, no duplicates after a repeated or interrupted sync,
// edits, replies and private messages delivered, deletes, and the error paths (429 with
// retry_after, 5xx, a hanging connection, malformed answers, a wrong token). The bot token
// must never reach the log or the stored sync state.
#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "logcapture.h"
#include "messagestore.h"
#include "syncbackoff.h"
#include "syncrun.h"
#include "telegramconnector.h"
#include "telegramsimulator.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

const QString botToken = QStringLiteral("4242424:AAH-secret-token-for-tests_0123456789");
const QString wrongToken = QStringLiteral("4242424:AAH-not-the-token-9876543210");
constexpr qint64 groupId = -1001234567890;
constexpr qint64 otherGroupId = -1009876543210;

QJsonObject ola()
{
    return TelegramSimulator::user(
        5001, QStringLiteral("Ola"), QStringLiteral("Nordmann"), QStringLiteral("ola"), QStringLiteral("nb"));
}

QJsonObject zofia()
{
    return TelegramSimulator::user(5002, QStringLiteral("Zofia"), QString(), QString(), QStringLiteral("pl"));
}

QJsonObject lemonadeGroup()
{
    return TelegramSimulator::group(groupId, QStringLiteral("Lemonade Lovers"));
}

QString key(qint64 chat, qint64 message)
{
    return QStringLiteral("%1:%2").arg(chat).arg(message);
}

} // namespace

class TestTelegramSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void firstAndIncrementalSyncWithoutDuplicates();
    void interruptedSyncStoresTheRestOnce();
    void editedMessageUpdatesInsteadOfDuplicating();
    void unreadableUpdateIsSkippedAndPassed();
    void longPollAnswersWhenAnUpdateArrives();
    void replyGoesWithReplyParameters();
    void privateMessages();
    void deleteWhereTheBotMayAndAClearErrorWhereNot();
    void bansAMemberWhereTheBotMay();
    void obeysRetryAfterOn429();
    void backsOffOnServerErrors();
    void abandonsAHangingConnection();
    void malformedAnswersLoseNothing();
    void wrongTokenStopsWithoutShowingIt();
    void factoryMakesTelegramConnectors();

private:
    qint64 addAccount(const QString &name);
    std::unique_ptr<TelegramConnector> connector(
        const QString &token = botToken, int longPollSeconds = 1, int marginMs = 2000);
    // One sync of the account to its end; its error ("" when it worked).
    QString syncOnce(qint64 accountId, std::unique_ptr<TelegramConnector> connector = nullptr);
    int count(const QString &statement, qint64 accountId);
    QString text(const QString &remoteId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TelegramSimulator> m_telegram;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestTelegramSync::initTestCase()
{
    qRegisterMetaType<FetchBatch>();
    qRegisterMetaType<SendResult>();
    logcapture::start();
}

void TestTelegramSync::cleanupTestCase()
{
    logcapture::stop();
}

void TestTelegramSync::init()
{
    logcapture::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("sync.hearth"))));
    m_telegram = std::make_unique<TelegramSimulator>(botToken);
    QVERIFY(m_telegram->start());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestTelegramSync::cleanup()
{
    // The token is in every request's path; none of it may reach the log or the workspace.
    for (const QString &line : logcapture::lines()) {
        QVERIFY2(!line.contains(botToken) && !line.contains(wrongToken), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("AAH-")), qPrintable(line));
    }
    if (m_workspace) {
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT last_error FROM sync_status")));
        while (query.next())
            QVERIFY2(!query.value(0).toString().contains(QLatin1String("AAH-")), qPrintable(query.value(0).toString()));
    }
    m_network.reset();
    m_telegram.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestTelegramSync::addAccount(const QString &name)
{
    AccountStore accounts(*m_workspace);
    const qint64 id = accounts.add(QStringLiteral("telegram"), name, QStringLiteral("@hearth_test_bot"),
        QJsonObject {{QStringLiteral("baseUrl"), m_telegram->baseUrl().toString()}});
    if (id == 0)
        qWarning() << accounts.errorString();
    return id;
}

std::unique_ptr<TelegramConnector> TestTelegramSync::connector(const QString &token, int longPollSeconds, int marginMs)
{
    auto telegram = std::make_unique<TelegramConnector>(m_network.get(), m_telegram->baseUrl(), token);
    telegram->setLongPollSeconds(longPollSeconds);
    telegram->setTimeoutMarginMs(marginMs);
    telegram->setPollIntervalMs(50);
    return telegram;
}

QString TestTelegramSync::syncOnce(qint64 accountId, std::unique_ptr<TelegramConnector> telegram)
{
    return syncrun::once(*m_workspace, accountId, telegram ? std::move(telegram) : connector(), 30000);
}

int TestTelegramSync::count(const QString &statement, qint64 accountId)
{
    return syncrun::count(*m_workspace, statement, accountId);
}

QString TestTelegramSync::text(const QString &remoteId)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT body_text FROM messages WHERE remote_id = ?"));
    query.addBindValue(remoteId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestTelegramSync::firstAndIncrementalSyncWithoutDuplicates()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade bot"));
    QVERIFY(id);
    const qint64 question = m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Is the lemonade sugar-free?"));
    m_telegram->post(lemonadeGroup(), zofia(), QStringLiteral("Też chcę wiedzieć"), question);
    m_telegram->post(TelegramSimulator::privateChat(zofia()), zofia(), QStringLiteral("Hej, mam reklamację"));
    QCOMPARE(syncOnce(id), QString());

    const QString messages = QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?");
    QCOMPARE(count(messages, id), 3);
    // The group is one conversation, the private chat another.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = ?"), id), 2);
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT m.parent_remote_id, m.visibility, m.lang, a.name, a.handle, "
                                 "c.remote_thread_id FROM messages m JOIN authors a ON a.id = m.author_id "
                                 "JOIN conversations c ON c.id = m.conversation_id WHERE m.remote_id = ?"));
    query.addBindValue(key(groupId, question + 1));
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), key(groupId, question));
    QCOMPARE(query.value(1).toString(), QStringLiteral("public"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("pl"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("Zofia"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("chat:%1").arg(groupId));
    query.finish();
    query.addBindValue(key(5002, 1));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("private"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("chat:5002"));
    query.finish();
    query.addBindValue(key(groupId, question));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(3).toString(), QStringLiteral("Ola Nordmann"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("@ola"));
    query.finish();

    const std::optional<QString> firstCursor = MessageStore(*m_workspace).cursor(id);
    QCOMPARE(firstCursor, std::optional<QString>(QStringLiteral("100003")));

    // Only what came after the offset, which also confirms the first updates.
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Thanks!"));
    m_telegram->post(TelegramSimulator::privateChat(zofia()), zofia(), QStringLiteral("Halo?"));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 5);
    QCOMPARE(m_telegram->offsetsAsked(), (QList<qint64> {-1, 100003}));
    QCOMPARE(MessageStore(*m_workspace).cursor(id), std::optional<QString>(QStringLiteral("100005")));

    // Nothing new: a long poll that ends empty, nothing stored twice, the cursor kept.
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT remote_id) FROM messages WHERE account_id = ?"), id), 5);
    QCOMPARE(m_telegram->offsetsAsked().constLast(), qint64(100005));
    QCOMPARE(MessageStore(*m_workspace).cursor(id), std::optional<QString>(QStringLiteral("100005")));
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QCOMPARE(account->state.failures, 0);
    QCOMPARE(account->state.fetchedTotal, qint64(5));
}

void TestTelegramSync::interruptedSyncStoresTheRestOnce()
{
    const qint64 id = addAccount(QStringLiteral("Busy bot"));
    for (int i = 0; i < 150; ++i)
        m_telegram->post(lemonadeGroup(), i % 2 ? ola() : zofia(), QStringLiteral("Message %1").arg(i));
    // The first page (100 updates) is answered, the second fails.
    m_telegram->failNext(TelegramSimulator::Fault::InternalError, 1, 1);
    const QString error = syncOnce(id);
    QVERIFY2(error.contains(QStringLiteral("HTTP 500")), qPrintable(error));
    const QString messages = QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?");
    QCOMPARE(count(messages, id), 100);
    QCOMPARE(MessageStore(*m_workspace).cursor(id), std::optional<QString>(QStringLiteral("100100")));

    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 150);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT remote_id) FROM messages WHERE account_id = ?"), id), 150);
    // The failed request never reached getUpdates; the retry starts at the stored offset.
    QCOMPARE(m_telegram->offsetsAsked(), (QList<qint64> {-1, 100100}));
    QCOMPARE(MessageStore(*m_workspace).cursor(id), std::optional<QString>(QStringLiteral("100150")));
}

void TestTelegramSync::editedMessageUpdatesInsteadOfDuplicating()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade bot"));
    const qint64 message = m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Is it sugar free?"));
    QCOMPARE(syncOnce(id), QString());
    m_telegram->edit(groupId, message, QStringLiteral("Is it sugar-free? Asking for my daughter."));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 1);
    QCOMPARE(text(key(groupId, message)), QStringLiteral("Is it sugar-free? Asking for my daughter."));
}

void TestTelegramSync::unreadableUpdateIsSkippedAndPassed()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade bot"));
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Before"));
    m_telegram->pushUpdate(
        {{QStringLiteral("message"), QJsonObject {{QStringLiteral("text"), QStringLiteral("no chat")}}}});
    // A sticker: no text, no caption, nothing to answer, but no problem either.
    m_telegram->pushUpdate({{QStringLiteral("message"),
        QJsonObject {{QStringLiteral("message_id"), 77}, {QStringLiteral("date"), 1767225600},
            {QStringLiteral("chat"), lemonadeGroup()}, {QStringLiteral("from"), ola()},
            {QStringLiteral("sticker"), QJsonObject {{QStringLiteral("file_id"), QStringLiteral("x")}}}}}});
    const qint64 after = m_telegram->post(lemonadeGroup(), zofia(), QStringLiteral("After"));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2);
    QCOMPARE(text(key(groupId, after)), QStringLiteral("After"));
    // The offset moved past all four, the broken one included.
    QCOMPARE(MessageStore(*m_workspace).cursor(id), std::optional<QString>(QStringLiteral("100004")));
    QVERIFY(logcapture::lines().filter(QStringLiteral("100001 could not be read")).size() == 1);
}

void TestTelegramSync::longPollAnswersWhenAnUpdateArrives()
{
    // A long poll far longer than the test waits: only a held request woken by the new
    // update can answer in time with it.
    std::unique_ptr<TelegramConnector> telegram = connector(botToken, 50);
    QSignalSpy fetched(telegram.get(), &ChannelConnector::fetched);
    telegram->fetch(std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram->requestCount(), 1, 10000);
    QCOMPARE(fetched.size(), 0);
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Anyone here?"));
    QVERIFY(fetched.wait(30000));
    const FetchBatch batch = fetched.constFirst().at(0).value<FetchBatch>();
    QCOMPARE(batch.messages.size(), 1);
    QCOMPARE(batch.messages.constFirst().text, QStringLiteral("Anyone here?"));
    QCOMPARE(batch.cursor, QStringLiteral("100001"));
    QVERIFY(!batch.more);
}

void TestTelegramSync::replyGoesWithReplyParameters()
{
    const qint64 question = m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Is it sugar-free?"));
    std::unique_ptr<TelegramConnector> telegram = connector();
    QSignalSpy sent(telegram.get(), &ChannelConnector::sent);
    DeliveryTarget target;
    target.threadId = QStringLiteral("chat:%1").arg(groupId);
    target.replyToRemoteId = key(groupId, question);
    target.authorRemoteId = QStringLiteral("5001");
    telegram->send(7, target, QStringLiteral("Yes, Ola: no sugar at all."), false);
    QVERIFY(sent.wait(10000));
    QCOMPARE(sent.constFirst().at(0).toLongLong(), qint64(7));
    const SendResult result = sent.constFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(m_telegram->sent().size(), 1);
    const TelegramSimulator::Sent delivered = m_telegram->sent().constFirst();
    QCOMPARE(delivered.chatId, groupId);
    QCOMPARE(delivered.text, QStringLiteral("Yes, Ola: no sugar at all."));
    QCOMPARE(delivered.replyToMessageId, std::optional<qint64>(question));
    QCOMPARE(result.remoteId, key(groupId, delivered.messageId));
}

void TestTelegramSync::privateMessages()
{
    const qint64 complaint = m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("My bottle leaked!"));
    const qint64 inPrivate = m_telegram->post(TelegramSimulator::privateChat(zofia()), zofia(), QStringLiteral("Hej"));
    std::unique_ptr<TelegramConnector> telegram = connector();
    QSignalSpy sent(telegram.get(), &ChannelConnector::sent);

    // A public complaint taken private: to the author's own chat with the bot, not a reply
    // there (the message is in another chat).
    DeliveryTarget fromGroup;
    fromGroup.threadId = QStringLiteral("chat:%1").arg(groupId);
    fromGroup.replyToRemoteId = key(groupId, complaint);
    fromGroup.authorRemoteId = QStringLiteral("5001");
    telegram->send(1, fromGroup, QStringLiteral("Sorry, Ola. Which batch?"), true);
    // An answer in a private chat.
    DeliveryTarget privateChat;
    privateChat.threadId = QStringLiteral("chat:5002");
    privateChat.replyToRemoteId = key(5002, inPrivate);
    privateChat.authorRemoteId = QStringLiteral("5002");
    telegram->send(2, privateChat, QStringLiteral("Cześć Zofia!"), true);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 10000);
    for (const QList<QVariant> &signal : std::as_const(sent))
        QVERIFY2(signal.at(1).value<SendResult>().ok, qPrintable(signal.at(1).value<SendResult>().error.message));

    const QList<TelegramSimulator::Sent> delivered = m_telegram->sent();
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(delivered.at(0).chatId, qint64(5001));
    QVERIFY(!delivered.at(0).replyToMessageId.has_value());
    QCOMPARE(delivered.at(1).chatId, qint64(5002));
    QCOMPARE(delivered.at(1).replyToMessageId, std::optional<qint64>(inPrivate));
    QCOMPARE(delivered.at(1).text, QStringLiteral("Cześć Zofia!"));
}

void TestTelegramSync::deleteWhereTheBotMayAndAClearErrorWhereNot()
{
    m_telegram->allowDeletesIn(groupId);
    const qint64 spam = m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Buy cheap followers"));
    const qint64 elsewhere = m_telegram->post(
        TelegramSimulator::group(otherGroupId, QStringLiteral("Fans")), ola(), QStringLiteral("Buy cheap followers"));
    std::unique_ptr<TelegramConnector> telegram = connector();
    QVERIFY(telegram->capabilities() & ChannelConnector::Capability::Delete);
    QVERIFY(!(telegram->capabilities() & ChannelConnector::Capability::Hide));
    QSignalSpy moderated(telegram.get(), &ChannelConnector::moderated);

    DeliveryTarget target;
    target.replyToRemoteId = key(groupId, spam);
    telegram->moderate(1, QStringLiteral("delete"), target);
    QVERIFY(moderated.wait(10000));
    SendResult result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(m_telegram->deleted(), (QList<QPair<qint64, qint64>> {{groupId, spam}}));

    target.replyToRemoteId = key(otherGroupId, elsewhere);
    telegram->moderate(2, QStringLiteral("delete"), target);
    QVERIFY(moderated.wait(10000));
    result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, SyncError::Kind::Setup);
    QVERIFY2(result.error.message.contains(QStringLiteral("administrator")), qPrintable(result.error.message));
    QVERIFY2(
        result.error.message.contains(QStringLiteral("message can't be deleted")), qPrintable(result.error.message));
    QCOMPARE(m_telegram->deleted().size(), 1);

    // Spam is deleted too; Telegram has no spam folder.
    const qint64 more = m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Cheap followers again"));
    target.replyToRemoteId = key(groupId, more);
    telegram->moderate(4, QStringLiteral("spam"), target);
    QVERIFY(moderated.wait(10000));
    QVERIFY(moderated.takeFirst().at(1).value<SendResult>().ok);
    QCOMPARE(m_telegram->deleted().constLast(), (QPair<qint64, qint64> {groupId, more}));

    // Telegram cannot hide: refused without asking.
    const int requests = m_telegram->requestCount();
    telegram->moderate(3, QStringLiteral("hide"), target);
    QVERIFY(moderated.wait(10000));
    QVERIFY(!moderated.takeFirst().at(1).value<SendResult>().ok);
    QCOMPARE(m_telegram->requestCount(), requests);
}

void TestTelegramSync::bansAMemberWhereTheBotMay()
{
    m_telegram->allowDeletesIn(groupId);
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Buy cheap followers"));
    m_telegram->post(
        TelegramSimulator::group(otherGroupId, QStringLiteral("Fans")), ola(), QStringLiteral("Buy cheap followers"));
    std::unique_ptr<TelegramConnector> telegram = connector();
    QVERIFY(telegram->capabilities() & ChannelConnector::Capability::Block);
    QSignalSpy moderated(telegram.get(), &ChannelConnector::moderated);
    const qint64 olaId = qint64(ola().value(QStringLiteral("id")).toDouble());

    DeliveryTarget target;
    target.threadId = QStringLiteral("chat:%1").arg(groupId);
    target.authorRemoteId = QString::number(olaId);
    telegram->moderate(1, QStringLiteral("block"), target);
    QVERIFY(moderated.wait(10000));
    SendResult result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(m_telegram->banned(), (QList<QPair<qint64, qint64>> {{groupId, olaId}}));

    target.threadId = QStringLiteral("chat:%1").arg(otherGroupId);
    telegram->moderate(2, QStringLiteral("block"), target);
    QVERIFY(moderated.wait(10000));
    result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, SyncError::Kind::Setup);
    QVERIFY2(result.error.message.contains(QStringLiteral("restrict members")), qPrintable(result.error.message));
    QCOMPARE(m_telegram->banned().size(), 1);
}

void TestTelegramSync::obeysRetryAfterOn429()
{
    const qint64 id = addAccount(QStringLiteral("Limited bot"));
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Hello"));
    m_telegram->failNext(TelegramSimulator::Fault::RateLimited, 1, 0, 30);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    AccountSync sync(*m_workspace, id, connector());
    QSignalSpy changed(&sync, &AccountSync::stateChanged);
    sync.start();
    QVERIFY(changed.wait(10000));
    sync.stop();
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QCOMPARE(account->state.failures, 1);
    QVERIFY2(account->state.lastError.contains(QStringLiteral("slow down")), qPrintable(account->state.lastError));
    // The backoff alone waits at most a second; Telegram asked for thirty.
    QVERIFY(account->state.nextSyncAt.value_or(0) >= before + 30000);
    QCOMPARE(m_telegram->requestCount(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 0);
}

void TestTelegramSync::backsOffOnServerErrors()
{
    const qint64 id = addAccount(QStringLiteral("Unlucky bot"));
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Hello"));
    m_telegram->failNext(TelegramSimulator::Fault::InternalError, 1);
    m_telegram->failNext(TelegramSimulator::Fault::BadGateway, 1);
    AccountSync sync(*m_workspace, id, connector());
    struct Seen
    {
        int failures;
        QString error;
        qint64 wait;
    };
    QList<Seen> seen;
    connect(&sync, &AccountSync::stateChanged, this, [&] {
        const SyncState state = AccountStore(*m_workspace).account(id)->state;
        seen.append({state.failures, state.lastError, state.nextSyncAt.value_or(0) - state.lastAttemptAt.value_or(0)});
    });
    sync.start();
    // Retried by itself after the backoff, twice, then it works.
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3, 20000);
    sync.stop();
    QCOMPARE(seen.at(0).failures, 1);
    QVERIFY2(seen.at(0).error.contains(QStringLiteral("HTTP 500")), qPrintable(seen.at(0).error));
    QVERIFY(seen.at(0).wait >= 0 && seen.at(0).wait <= SyncBackoff::ceilingMs(1));
    QCOMPARE(seen.at(1).failures, 2);
    QVERIFY2(seen.at(1).error.contains(QStringLiteral("HTTP 502")), qPrintable(seen.at(1).error));
    QVERIFY(seen.at(1).wait >= 0 && seen.at(1).wait <= SyncBackoff::ceilingMs(2));
    QCOMPARE(seen.at(2).failures, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 1);
}

void TestTelegramSync::abandonsAHangingConnection()
{
    const qint64 id = addAccount(QStringLiteral("Patient bot"));
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Hello"));
    m_telegram->failNext(TelegramSimulator::Fault::Hang);
    const QString error = syncOnce(id, connector(botToken, 1, 500));
    QVERIFY2(error.contains(QStringLiteral("did not answer in time")), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram->abandonedHangs(), 1, 10000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 0);
    QCOMPARE(count(QStringLiteral("SELECT failures FROM sync_status WHERE account_id = ?"), id), 1);

    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 1);
}

void TestTelegramSync::malformedAnswersLoseNothing()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade bot"));
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("One"));
    m_telegram->post(lemonadeGroup(), zofia(), QStringLiteral("Two"));
    QCOMPARE(syncOnce(id), QString());
    const std::optional<QString> cursor = MessageStore(*m_workspace).cursor(id);
    const QString messages = QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?");

    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Three"));
    m_telegram->failNext(TelegramSimulator::Fault::MalformedJson);
    QString error = syncOnce(id);
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
    QCOMPARE(count(messages, id), 2);
    QCOMPARE(MessageStore(*m_workspace).cursor(id), cursor);

    m_telegram->failNext(TelegramSimulator::Fault::NotAList);
    error = syncOnce(id);
    QVERIFY2(error.contains(QStringLiteral("not a list")), qPrintable(error));
    QCOMPARE(count(messages, id), 2);
    QCOMPARE(MessageStore(*m_workspace).cursor(id), cursor);
    QCOMPARE(AccountStore(*m_workspace).account(id)->state.lastError, error);

    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 3);
}

void TestTelegramSync::wrongTokenStopsWithoutShowingIt()
{
    const qint64 id = addAccount(QStringLiteral("Misconfigured bot"));
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Hello"));
    AccountSync sync(*m_workspace, id, connector(wrongToken));
    QSignalSpy changed(&sync, &AccountSync::stateChanged);
    sync.start();
    QVERIFY(changed.wait(10000));
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QVERIFY2(account->state.lastError.contains(QStringLiteral("did not accept the bot token")),
        qPrintable(account->state.lastError));
    QVERIFY(!account->state.lastError.contains(wrongToken));
    // Waiting cannot fix a wrong token: no next sync until the account changes.
    QVERIFY(!account->state.nextSyncAt.has_value());
    QCOMPARE(m_telegram->requestCount(), 1);
}

void TestTelegramSync::factoryMakesTelegramConnectors()
{
    const qint64 id = addAccount(QStringLiteral("Factory bot"));
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QString why;

    // The token never travels in plain http to another computer.
    SyncAccount plain = *account;
    plain.settings.insert(QStringLiteral("baseUrl"), QStringLiteral("http://bots.example"));
    QVERIFY(!ConnectorFactory::create(plain, m_network.get(), &why, botToken));
    QVERIFY2(why.contains(QStringLiteral("only over https")), qPrintable(why));

    // No token (the keychain had none): a connector whose sync says so.
    std::unique_ptr<ChannelConnector> made = ConnectorFactory::create(*account, m_network.get(), &why);
    QVERIFY(made);
    QVERIFY(made->capabilities() & ChannelConnector::Capability::PrivateMessage);
    {
        AccountSync sync(*m_workspace, id, std::move(made));
        QSignalSpy finished(&sync, &AccountSync::finished);
        sync.runOnce();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.constFirst().at(2).toString().contains(QStringLiteral("No bot token")),
            qPrintable(finished.constFirst().at(2).toString()));
    }
    QCOMPARE(m_telegram->requestCount(), 0);

    // With the token, at the base URL from the settings.
    m_telegram->post(lemonadeGroup(), ola(), QStringLiteral("Hello"));
    made = ConnectorFactory::create(*account, m_network.get(), &why, botToken);
    QVERIFY(made);
    AccountSync sync(*m_workspace, id, std::move(made));
    QSignalSpy finished(&sync, &AccountSync::finished);
    sync.runOnce();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(finished.constFirst().at(2).toString()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 1);
}

QTEST_GUILESS_MAIN(TestTelegramSync)
#include "tst_telegramsync.moc"
