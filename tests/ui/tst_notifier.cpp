// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestore.h"
#include "notifier.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

constexpr qint64 minute = 60 * 1000;

IncomingMessage customerMessage(const QString &id, const QString &thread, qint64 at)
{
    IncomingMessage m;
    m.remoteId = id;
    m.threadId = thread;
    m.authorRemoteId = QStringLiteral("lena@mail.example");
    m.authorName = QStringLiteral("Lena Hoffmann");
    m.subject = QStringLiteral("Where is my order?");
    m.text = QStringLiteral("Hello?");
    m.createdAt = at;
    return m;
}

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void announcesNewMessagesWrittenByAnotherConnection();
    void warnsOnceBeforeATargetIsMissed();
    void staysQuietWhenTurnedOff();
    void announcesEscalations();

private:
    qint64 conversationId();

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    WorkspaceSession *m_session = nullptr;
    qint64 m_account = 0;
};

void TestNotifier::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("notify.hearth"))));
    m_account = MessageStore(*m_workspace).ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    const std::optional<User> me = UserDirectory(*m_workspace).signIn(QStringLiteral("maja"), QStringLiteral("Maja"));
    QVERIFY(me);
    m_session = new WorkspaceSession(*m_workspace, *me);
    Notifier().setEnabled(true);
}

void TestNotifier::cleanup()
{
    delete m_session;
    delete m_workspace;
    delete m_dir;
}

void TestNotifier::announcesNewMessagesWrittenByAnotherConnection()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(MessageStore(*m_workspace).ingest(m_account, {customerMessage(QStringLiteral("old"), QStringLiteral("t0"), now - 5 * minute)}).ok);
    Notifier notifier;
    notifier.setSession(m_session); // what is there already is not news
    QSignalSpy notified(&notifier, &Notifier::notified);
    m_session->checkForOutsideChanges();
    QCOMPARE(notified.size(), 0);

    {
        // The sync engine writes through its own connection.
        Workspace sync;
        QVERIFY(sync.open(m_workspace->path(), Workspace::OpenMode::ExistingOnly));
        QVERIFY(MessageStore(sync).ingest(m_account, {customerMessage(QStringLiteral("new"), QStringLiteral("t1"), now)}).ok);
    }
    m_session->checkForOutsideChanges();
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.at(0).at(0).toString().contains(QStringLiteral("Lena Hoffmann")));
    QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("Where is my order?"));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = 't1'")) && query.next());
    QCOMPARE(notified.at(0).at(2).toLongLong(), query.value(0).toLongLong());

    m_session->checkForOutsideChanges();
    QCOMPARE(notified.size(), 1); // nothing new since
}

void TestNotifier::warnsOnceBeforeATargetIsMissed()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Targets are an hour after the first message: this one is due in five minutes.
    QVERIFY(MessageStore(*m_workspace).ingest(m_account, {customerMessage(QStringLiteral("m"), QStringLiteral("t"), now - 55 * minute)}).ok);
    Notifier notifier;
    notifier.setSession(m_session);
    QSignalSpy notified(&notifier, &Notifier::notified);
    notifier.check(now - 20 * minute); // 25 minutes before the target: too early
    QCOMPARE(notified.size(), 0);
    notifier.check(now);
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.at(0).at(1).toString().contains(QStringLiteral("within 5 minute")));
    notifier.check(now + minute);
    QCOMPARE(notified.size(), 1);
}

void TestNotifier::staysQuietWhenTurnedOff()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(MessageStore(*m_workspace).ingest(m_account, {customerMessage(QStringLiteral("m"), QStringLiteral("t"), now - 58 * minute)}).ok);
    Notifier notifier;
    notifier.setSession(m_session);
    notifier.setEnabled(false);
    QVERIFY(!Notifier().isEnabled()); // remembered
    QSignalSpy notified(&notifier, &Notifier::notified);
    notifier.check(now);
    notifier.announceEscalation(conversationId(), QStringLiteral("Press is asking"));
    QCOMPARE(notified.size(), 0);
}

void TestNotifier::announcesEscalations()
{
    QVERIFY(MessageStore(*m_workspace).ingest(m_account, {customerMessage(QStringLiteral("m"), QStringLiteral("t"), QDateTime::currentMSecsSinceEpoch())}).ok);
    Notifier notifier;
    notifier.setSession(m_session);
    QSignalSpy notified(&notifier, &Notifier::notified);
    notifier.announceEscalation(conversationId(), QStringLiteral("Press is asking"));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("“Where is my order?”: Press is asking"));
    QCOMPARE(notified.at(0).at(2).toLongLong(), conversationId());
}

qint64 TestNotifier::conversationId()
{
    QSqlQuery query(m_workspace->database());
    return query.exec(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = 't'")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
