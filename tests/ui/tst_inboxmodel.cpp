// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogs.h"
#include "inboxmodel.h"
#include "messagestore.h"
#include "uiresources.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QColor>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace hearth;

namespace {
IncomingMessage incoming(const QString &remoteId, qint64 minute, const QString &thread)
{
    IncomingMessage message;
    message.remoteId = remoteId;
    message.threadId = thread;
    message.authorRemoteId = QStringLiteral("%1@mail.example").arg(thread);
    message.authorName = QStringLiteral("Author of %1").arg(thread);
    message.text = QStringLiteral("Message %1").arg(remoteId);
    message.createdAt = 1'790'000'000'000 + minute * 60'000;
    return message;
}

// A workspace of its own for the tests that change it: 600 conversations, three pages.
struct LiveWorkspace
{
    QTemporaryDir dir;
    Workspace workspace;
    qint64 account = 0;
    std::unique_ptr<WorkspaceSession> session;

    bool open()
    {
        if (!workspace.open(dir.filePath(QStringLiteral("live.hearth"))))
            return false;
        MessageStore store(workspace);
        account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
        QList<IncomingMessage> batch;
        for (int i = 0; i < 600; ++i)
            batch << incoming(QStringLiteral("m%1").arg(i), i, QStringLiteral("t%1").arg(i));
        session = std::make_unique<WorkspaceSession>(workspace, User());
        return store.ingest(account, batch).ok;
    }
    // Messages stored by another connection, as sync or hearth-cli would.
    bool arriveFromOutside(const QList<IncomingMessage> &messages)
    {
        Workspace other;
        if (!other.open(workspace.path(), Workspace::OpenMode::ExistingOnly))
            return false;
        MessageStore store(other);
        return store.ingest(account, messages).ok;
    }
    qint64 idOfThread(const QString &thread)
    {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = ?"));
        query.addBindValue(thread);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
};

qint64 idAt(const QAbstractItemModel &model, int row)
{
    return model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong();
}
} // namespace

class TestInboxModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryRowInOrderWithBoundedMemory();
    void jumpsToTheMiddleWithOneQuery();
    void endsExactlyAtTheOldest();
    void showsAView();
    void badgesCountDownToTheResponseTarget_data();
    void badgesCountDownToTheResponseTarget();
    void keepsTheSelectionWhenMessagesArrive();
    void keepsTheSelectionWhenItsConversationMovesToTheTop();
    void rowsLeaveAViewAfterAStatusChange();
    void showsAssigneesAndTags();

private:
    QList<qint64> newestFirst(const QString &where = QStringLiteral("1"));

    static constexpr int conversations = 2000; // ten pages
    QTemporaryDir m_dir;
    Workspace m_workspace;
    qint64 m_account = 0;
};

void TestInboxModel::initTestCase()
{
    // English plural forms come from Hearth's English catalog, as in the app.
    initUiResources();
    static QTranslator hearthCatalog;
    static QTranslator qtCatalog;
    Catalogs::install(hearthCatalog, qtCatalog, QLocale::c());

    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("model.hearth"))));
    MessageStore store(m_workspace);
    m_account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QList<IncomingMessage> batch;
    for (int i = 0; i < conversations; ++i) {
        IncomingMessage message;
        message.remoteId = QStringLiteral("m%1").arg(i);
        message.authorRemoteId = QStringLiteral("a%1@mail.example").arg(i % 50);
        message.authorName = QStringLiteral("Author %1").arg(i % 50);
        message.text = QStringLiteral("Message number %1").arg(i);
        message.createdAt = 1'790'000'000'000 + qint64(i) * 60'000; // one a minute, evenly
        batch << message;
    }
    QVERIFY(store.ingest(m_account, batch).ok);
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'open' WHERE id % 3 = 0")));
}

QList<qint64> TestInboxModel::newestFirst(const QString &where)
{
    QSqlQuery query(m_workspace.database());
    query.exec(QStringLiteral("SELECT id FROM conversations WHERE %1 ORDER BY last_message_at DESC, id DESC").arg(where));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

void TestInboxModel::readsEveryRowInOrderWithBoundedMemory()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {{m_account, QStringLiteral("email")}});
    QCOMPARE(model.rowCount(), conversations);
    QCOMPARE(model.columnCount(), int(InboxModel::ColumnCount));
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong();
        QVERIFY(model.cachedPages() <= InboxModel::maxCachedPages);
    }
    QCOMPARE(ids, newestFirst());
    QCOMPARE(model.pageQueries(), conversations / InboxModel::pageSize);
    QCOMPARE(model.data(model.index(0, InboxModel::AuthorColumn)).toString(), QStringLiteral("Author 49"));
    QVERIFY(model.data(model.index(0, InboxModel::ConversationColumn)).toString().contains(QStringLiteral("1999")));
    QCOMPARE(model.data(model.index(0, InboxModel::StatusColumn)).toString(), QStringLiteral("New"));
    QVERIFY(!model.data(model.index(0, InboxModel::AuthorColumn), Qt::DecorationRole).isNull());
}

void TestInboxModel::jumpsToTheMiddleWithOneQuery()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    const int before = model.pageQueries();
    const int middle = conversations / 2;
    const qint64 id = model.data(model.index(middle, 0), InboxModel::ConversationIdRole).toLongLong();
    QCOMPARE(model.pageQueries(), before + 1);
    // Evenly spread rows: the estimate lands within a page of the true position.
    const qsizetype position = newestFirst().indexOf(id);
    QVERIFY2(qAbs(position - middle) <= InboxModel::pageSize, qPrintable(QString::number(position)));
    QVERIFY(model.cachedPages() <= 2);
}

void TestInboxModel::endsExactlyAtTheOldest()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    const QList<qint64> expected = newestFirst();
    for (int row = conversations - 1; row >= conversations - 450; --row)
        QCOMPARE(model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong(), expected.at(row));
}

void TestInboxModel::showsAView()
{
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    InboxFilter open;
    open.status = QStringLiteral("open");
    model.setView(open, InboxSort::Newest);
    const QList<qint64> expected = newestFirst(QStringLiteral("status = 'open'"));
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong(), expected.at(row));
    QCOMPARE(model.data(model.index(0, InboxModel::StatusColumn)).toString(), QStringLiteral("Open"));

    model.setWorkspace(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestInboxModel::badgesCountDownToTheResponseTarget_data()
{
    QTest::addColumn<qint64>("minutesLeft");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("colour");
    QTest::newRow("plenty") << qint64(45) << QStringLiteral("45 min left") << QString();
    QTest::newRow("hours") << qint64(150) << QStringLiteral("2 h left") << QString();
    QTest::newRow("soon") << qint64(10) << QStringLiteral("10 min left") << QStringLiteral("#c66a00");
    QTest::newRow("overdue") << qint64(-90) << QStringLiteral("overdue 1 h") << QStringLiteral("#c01c28");
    QTest::newRow("long overdue") << qint64(-3 * 24 * 60) << QStringLiteral("overdue 3 days") << QStringLiteral("#c01c28");
}

void TestInboxModel::badgesCountDownToTheResponseTarget()
{
    QFETCH(qint64, minutesLeft);
    QFETCH(QString, badge);
    QFETCH(QString, colour);
    InboxModel model;
    model.setWorkspace(&m_workspace, {});
    const QModelIndex first = model.index(0, InboxModel::ResponseColumn);
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT first_response_due FROM conversations WHERE id = %1")
                           .arg(first.data(InboxModel::ConversationIdRole).toLongLong())) && query.next());
    model.setNow(query.value(0).toLongLong() - minutesLeft * 60 * 1000);
    QCOMPARE(first.data().toString(), badge);
    const QVariant foreground = first.data(Qt::ForegroundRole);
    QCOMPARE(foreground.isValid() ? foreground.value<QColor>().name() : QString(), colour);
}

void TestInboxModel::keepsTheSelectionWhenMessagesArrive()
{
    LiveWorkspace live;
    QVERIFY(live.open());
    InboxModel model;
    model.setSession(live.session.get(), {});
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 600);
    const qint64 chosen = idAt(model, 250); // on the second page
    selection.setCurrentIndex(model.index(250, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Three new conversations come in through another connection (sync, hearth-cli).
    QVERIFY(live.arriveFromOutside({incoming(QStringLiteral("n1"), 1000, QStringLiteral("new1")),
                                    incoming(QStringLiteral("n2"), 1001, QStringLiteral("new2")),
                                    incoming(QStringLiteral("n3"), 1002, QStringLiteral("new3"))}));
    live.session->checkForOutsideChanges();
    QTRY_COMPARE(model.rowCount(), 603);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(idAt(model, 0), live.idOfThread(QStringLiteral("new3")));
    QCOMPARE(selection.currentIndex().row(), 253);
    QCOMPARE(selection.currentIndex().data(InboxModel::ConversationIdRole).toLongLong(), chosen);
    QVERIFY(selection.isRowSelected(253, QModelIndex()));
    QCOMPARE(selection.selectedRows().size(), 1);
    QVERIFY(model.cachedPages() <= InboxModel::maxCachedPages);
    // The rows below continue in order.
    QVERIFY(model.data(model.index(599, InboxModel::TimeColumn)).isValid());
    QCOMPARE(idAt(model, 602), live.idOfThread(QStringLiteral("t0")));
}

void TestInboxModel::keepsTheSelectionWhenItsConversationMovesToTheTop()
{
    LiveWorkspace live;
    QVERIFY(live.open());
    InboxModel model;
    model.setSession(live.session.get(), {});
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const qint64 chosen = live.idOfThread(QStringLiteral("t100")); // row 499
    QCOMPARE(idAt(model, 499), chosen);
    selection.setCurrentIndex(model.index(499, InboxModel::ConversationColumn),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QVERIFY(live.arriveFromOutside({incoming(QStringLiteral("again"), 2000, QStringLiteral("t100"))}));
    live.session->checkForOutsideChanges();
    QTRY_COMPARE(model.refreshes(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(selection.currentIndex().row(), 0);
    QCOMPARE(selection.currentIndex().column(), int(InboxModel::ConversationColumn));
    QCOMPARE(idAt(model, 0), chosen);
    QVERIFY(selection.isRowSelected(0, QModelIndex()));
    // What was above it moved down by one.
    QCOMPARE(idAt(model, 1), live.idOfThread(QStringLiteral("t599")));
    QCOMPARE(idAt(model, 499), live.idOfThread(QStringLiteral("t101")));
    QCOMPARE(idAt(model, 500), live.idOfThread(QStringLiteral("t99")));
}

void TestInboxModel::rowsLeaveAViewAfterAStatusChange()
{
    LiveWorkspace live;
    QVERIFY(live.open());
    InboxModel model;
    model.setSession(live.session.get(), {});
    InboxFilter open;
    open.view = InboxView::Open;
    model.setView(open, InboxSort::Newest);
    QCOMPARE(model.rowCount(), 600);
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const qint64 chosen = idAt(model, 10);
    selection.setCurrentIndex(model.index(10, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Resolved from this window: two rows above the selection leave All open.
    const qint64 first = idAt(model, 0), third = idAt(model, 2);
    QSqlQuery query(live.workspace.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'resolved' WHERE id IN (%1, %2)").arg(first).arg(third)));
    live.session->announceConversationChanged(first);
    live.session->announceConversationChanged(third);
    QTRY_COMPARE(model.rowCount(), 598);
    QCOMPARE(model.refreshes(), 1); // both announcements in one refresh
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(selection.currentIndex().row(), 8);
    QCOMPARE(selection.currentIndex().data(InboxModel::ConversationIdRole).toLongLong(), chosen);
    for (int row = 0; row < 20; ++row) {
        QVERIFY(idAt(model, row) != first);
        QVERIFY(idAt(model, row) != third);
    }

    // The selected one resolved: it leaves too, and nothing is current.
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'resolved' WHERE id = %1").arg(chosen)));
    live.session->announceConversationChanged(chosen);
    QTRY_COMPARE(model.rowCount(), 597);
    QVERIFY(!selection.currentIndex().isValid());
    QVERIFY(selection.selectedRows().isEmpty());

    // Reopened: it comes back.
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'open' WHERE id = %1").arg(first)));
    live.session->announceConversationChanged(first);
    QTRY_COMPARE(model.rowCount(), 598);
    QCOMPARE(idAt(model, 0), first);
}

void TestInboxModel::showsAssigneesAndTags()
{
    LiveWorkspace live;
    QVERIFY(live.open());
    QSqlQuery query(live.workspace.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO users (id, name, role, created_at) VALUES (7, 'Maja', 'agent', 0)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (id, name) VALUES (3, 'Customer service')")));
    const qint64 top = live.idOfThread(QStringLiteral("t599"));
    const qint64 second = live.idOfThread(QStringLiteral("t598"));
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET assignee_id = 7 WHERE id = %1").arg(top)));
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET department_id = 3 WHERE id = %1").arg(second)));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'refund'), (2, '<b>vip</b>')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO conversation_tags VALUES (%1, 1), (%1, 2)").arg(top)));

    InboxModel model;
    model.setSession(live.session.get(), {});
    const int before = model.statements();
    QCOMPARE(model.data(model.index(0, InboxModel::AssigneeColumn)).toString(), QStringLiteral("Maja"));
    QCOMPARE(model.data(model.index(1, InboxModel::AssigneeColumn)).toString(), QStringLiteral("Customer service"));
    QCOMPARE(model.data(model.index(2, InboxModel::AssigneeColumn)).toString(), QString());
    QCOMPARE(model.data(model.index(0, InboxModel::TagsColumn)).toString(), QStringLiteral("<b>vip</b>, refund"));
    QCOMPARE(model.data(model.index(1, InboxModel::TagsColumn)).toString(), QString());
    QCOMPARE(model.headerData(InboxModel::AssigneeColumn, Qt::Horizontal).toString(), QStringLiteral("Assignee"));
    QCOMPARE(model.headerData(InboxModel::TagsColumn, Qt::Horizontal).toString(), QStringLiteral("Tags"));
    // The first page came with its tags: reading its rows runs nothing more.
    for (int row = 0; row < InboxModel::pageSize; ++row)
        model.data(model.index(row, InboxModel::TagsColumn));
    QCOMPARE(model.statements(), before);
    // The next page: its rows and their tags, two statements.
    model.data(model.index(InboxModel::pageSize, InboxModel::TagsColumn));
    QCOMPARE(model.statements(), before + 2);

    // Assigned elsewhere: the name follows.
    QVERIFY(query.exec(QStringLiteral("UPDATE users SET name = 'Maja K.' WHERE id = 7")));
    live.session->announceConversationChanged(top);
    QTRY_COMPARE(model.data(model.index(0, InboxModel::AssigneeColumn)).toString(), QStringLiteral("Maja K."));
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
