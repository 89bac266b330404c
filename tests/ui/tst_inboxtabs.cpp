// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogs.h"
#include "conversationlist.h"
#include "demoworkspace.h"
#include "inboxmodel.h"
#include "inboxpage.h"
#include "inboxquery.h"
#include "inboxtabs.h"
#include "inboxviewlist.h"
#include "messagestore.h"
#include "uiresources.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"
#include "workspacesummary.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace hearth;

Q_DECLARE_METATYPE(hearth::InboxView)

class TestInboxTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheViewsWithTheirCounts();
    void switchesViewsFromTheKeyboard();
    void sortsAsChosen();
    void saysWhatAnEmptyViewMeans();
    void countsFollowChanges();
    void tabsOfAccountsCountTheirOwn();
    void anEmptyAccountShowsItsFirstConversations();

private:
    InboxPage *page() const { return m_tabs->currentPage(); }
    qint64 rowsOf(InboxView view, std::optional<qint64> account = std::nullopt);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    User m_user;
    WorkspaceSummary m_summary;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<InboxTabs> m_tabs;
};

void TestInboxTabs::initTestCase()
{
    initUiResources();
    static QTranslator hearthCatalog;
    static QTranslator qtCatalog;
    Catalogs::install(hearthCatalog, qtCatalog, QLocale::c());
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("tabs.hearth"))));
    QString error;
    QVERIFY2(DemoWorkspace::populate(m_workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    const QList<User> users = UserDirectory(m_workspace).users();
    QVERIFY(!users.isEmpty());
    m_user = users.constFirst();
    QVERIFY(WorkspaceSummary::read(m_workspace, &m_summary));
    QVERIFY(m_summary.accounts.size() > 1);
}

void TestInboxTabs::init()
{
    m_session = std::make_unique<WorkspaceSession>(m_workspace, m_user);
    m_tabs = std::make_unique<InboxTabs>();
    m_tabs->resize(1000, 600);
    m_tabs->showWorkspace(m_session.get(), m_summary);
}

void TestInboxTabs::cleanup()
{
    m_tabs.reset();
    m_session.reset();
}

// Counted here by plain SQL, independently of InboxQuery.
qint64 TestInboxTabs::rowsOf(InboxView view, std::optional<qint64> account)
{
    QString where;
    switch (view) {
    case InboxView::All:
        where = QStringLiteral("1");
        break;
    case InboxView::Open:
        where = QStringLiteral("status IN ('new', 'open')");
        break;
    case InboxView::Unassigned:
        where = QStringLiteral("status IN ('new', 'open') AND assignee_id IS NULL AND department_id IS NULL");
        break;
    case InboxView::Mine:
        where = QStringLiteral("assignee_id = %1 AND status IN ('new', 'open', 'waiting')").arg(m_user.id);
        break;
    case InboxView::Waiting:
        where = QStringLiteral("status = 'waiting'");
        break;
    case InboxView::Snoozed:
        where = QStringLiteral("status = 'snoozed'");
        break;
    case InboxView::Resolved:
        where = QStringLiteral("status = 'resolved'");
        break;
    case InboxView::FollowUp:
        where = QStringLiteral("follow_up_at IS NOT NULL");
        break;
    }
    if (account)
        where += QStringLiteral(" AND account_id = %1").arg(*account);
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE ") + where) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestInboxTabs::listsTheViewsWithTheirCounts()
{
    InboxViewList *views = page()->findChild<InboxViewList *>(QStringLiteral("viewList"));
    QVERIFY(views);
    QCOMPARE(views->topLevelItemCount(), 7);
    const QStringList names {QStringLiteral("All open"), QStringLiteral("Unassigned"), QStringLiteral("Mine"),
        QStringLiteral("Waiting"), QStringLiteral("Snoozed"), QStringLiteral("Resolved"),
        QStringLiteral("Needs follow-up")};
    const QList<InboxView> order = InboxViewList::views();
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(views->topLevelItem(i)->text(0), names.at(i));
        QCOMPARE(views->topLevelItem(i)->text(1), QString::number(rowsOf(order.at(i))));
    }
    // All open by default, newest first, and the list holds exactly that view.
    QCOMPARE(views->currentView(), InboxView::Open);
    QCOMPARE(page()->sort(), InboxSort::Newest);
    QVERIFY(rowsOf(InboxView::Open) > 0);
    QCOMPARE(m_tabs->currentList()->model()->rowCount(), int(rowsOf(InboxView::Open)));

    // Ctrl+1 ... Ctrl+7, with text, for the keyboard-shortcut help.
    const QList<QAction *> actions = m_tabs->viewActions();
    QCOMPARE(actions.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(actions.at(i)->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        QVERIFY(actions.at(i)->text().contains(names.at(i)));
        QVERIFY(m_tabs->actions().contains(actions.at(i)));
    }
}

void TestInboxTabs::switchesViewsFromTheKeyboard()
{
    m_tabs->show();
    QApplication::setActiveWindow(m_tabs.get());
    QVERIFY(QTest::qWaitForWindowActive(m_tabs.get()));
    QSignalSpy current(m_tabs.get(), &InboxTabs::currentConversationChanged);

    // Pick a conversation, then switch the view: no conversation is current any more.
    ConversationList *list = m_tabs->currentList();
    list->setFocus();
    QVERIFY(list->moveCurrent(1));
    QVERIFY(m_tabs->currentConversationId() != 0);
    QCOMPARE(current.last().at(0).toLongLong(), m_tabs->currentConversationId());

    QTest::keyClick(m_tabs.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(page()->view(), InboxView::Resolved);
    QCOMPARE(page()->viewList()->currentView(), InboxView::Resolved);
    QCOMPARE(page()->model()->filter().view, InboxView::Resolved);
    QCOMPARE(page()->model()->rowCount(), int(rowsOf(InboxView::Resolved)));
    QCOMPARE(current.last().at(0).toLongLong(), qint64(0));
    QCOMPARE(m_tabs->currentConversationId(), qint64(0));

    // Arrow keys in the view list move between views.
    InboxViewList *views = page()->viewList();
    views->setFocus();
    QTest::keyClick(views, Qt::Key_Up);
    QTRY_COMPARE(page()->view(), InboxView::Snoozed);
    QTest::keyClick(views, Qt::Key_Home);
    QTRY_COMPARE(page()->view(), InboxView::Open);
    QCOMPARE(page()->model()->rowCount(), int(rowsOf(InboxView::Open)));

    QTest::keyClick(m_tabs.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(page()->view(), InboxView::Unassigned);
    QCOMPARE(page()->model()->rowCount(), int(rowsOf(InboxView::Unassigned)));

    // Mine is the signed-in person's.
    QTest::keyClick(m_tabs.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(page()->view(), InboxView::Mine);
    QCOMPARE(page()->model()->filter().assigneeId, std::optional<qint64>(m_user.id));
}

void TestInboxTabs::sortsAsChosen()
{
    auto *sort = page()->findChild<QComboBox *>(QStringLiteral("sortChoice"));
    QVERIFY(sort);
    QCOMPARE(sort->count(), 3);
    QCOMPARE(sort->itemText(0), QStringLiteral("Newest first"));
    QCOMPARE(sort->itemText(1), QStringLiteral("Oldest first"));
    QCOMPARE(sort->itemText(2), QStringLiteral("Due soonest"));
    QAbstractItemModel *model = m_tabs->currentList()->model();
    const auto lastMessageAt = [this](const QModelIndex &index) {
        QSqlQuery query(m_workspace.database());
        query.exec(QStringLiteral("SELECT last_message_at FROM conversations WHERE id = %1")
                       .arg(index.data(InboxModel::ConversationIdRole).toLongLong()));
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    QVERIFY(model->rowCount() > 2);
    QVERIFY(lastMessageAt(model->index(0, 0)) >= lastMessageAt(model->index(1, 0)));

    sort->setFocus();
    QTest::keyClick(sort, Qt::Key_Down);
    QTRY_COMPARE(page()->sort(), InboxSort::Oldest);
    QCOMPARE(page()->model()->sort(), InboxSort::Oldest);
    QVERIFY(lastMessageAt(model->index(0, 0)) <= lastMessageAt(model->index(1, 0)));
    QSqlQuery query(m_workspace.database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT min(last_message_at) FROM conversations WHERE status IN ('new', 'open')")));
    QVERIFY(query.next());
    QCOMPARE(lastMessageAt(model->index(0, 0)), query.value(0).toLongLong());

    QTest::keyClick(sort, Qt::Key_Down);
    QTRY_COMPARE(page()->sort(), InboxSort::DueSoonest);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE status IN ('new', 'open') "
                                      "AND first_response_due IS NOT NULL")));
    QVERIFY(query.next());
    QCOMPARE(model->rowCount(), query.value(0).toInt());
}

void TestInboxTabs::saysWhatAnEmptyViewMeans()
{
    // Nothing is assigned to a person with no cases: Mine is empty and says so.
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Newcomer', 'agent', 0)")));
    User newcomer;
    newcomer.id = query.lastInsertId().toLongLong();
    newcomer.name = QStringLiteral("Newcomer");
    m_session->setCurrentUser(newcomer);
    page()->setView(InboxView::Mine);
    QCOMPARE(page()->model()->rowCount(), 0);
    auto *headline = page()->findChild<QLabel *>(QStringLiteral("viewEmptyHeadline"));
    QVERIFY(headline->isVisibleTo(page()));
    QCOMPARE(headline->text(), QStringLiteral("Nothing in your hands"));
    QVERIFY(!m_tabs->currentList()->isVisibleTo(page()));
    QCOMPARE(m_tabs->currentConversationId(), qint64(0));
    QTRY_COMPARE(page()->viewList()->shownCount(InboxView::Mine), qint64(0));

    // A case handed to them appears, without choosing the view again.
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET assignee_id = %1 WHERE id = "
                                      "(SELECT min(id) FROM conversations WHERE status IN ('new', 'open'))")
                           .arg(newcomer.id)));
    m_session->announceConversationChanged(0);
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    QTRY_VERIFY(m_tabs->currentList()->isVisibleTo(page()));
    QTRY_COMPARE(page()->viewList()->shownCount(InboxView::Mine), qint64(1));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE conversations SET assignee_id = NULL WHERE assignee_id = %1").arg(newcomer.id)));
    m_session->announceConversationChanged(0);
    QTRY_VERIFY(headline->isVisibleTo(page()));

    page()->setView(InboxView::Waiting);
    QCOMPARE(headline->text(), QStringLiteral("Nobody to wait for"));
    page()->setView(InboxView::Open);
    QCOMPARE(headline->text(), QStringLiteral("Nothing waiting for the team"));
}

void TestInboxTabs::countsFollowChanges()
{
    InboxViewList *views = page()->viewList();
    const qint64 open = rowsOf(InboxView::Open);
    const qint64 resolved = rowsOf(InboxView::Resolved);
    QCOMPARE(views->shownCount(InboxView::Open), open);
    ConversationList *list = m_tabs->currentList();
    list->setFocus();
    QVERIFY(list->moveCurrent(1));
    QVERIFY(list->moveCurrent(1));
    const qint64 selected = m_tabs->currentConversationId();
    const qint64 top = list->model()->index(0, 0).data(InboxModel::ConversationIdRole).toLongLong();

    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'resolved' WHERE id = %1").arg(top)));
    m_session->announceConversationChanged(top);
    QTRY_COMPARE(views->shownCount(InboxView::Resolved), resolved + 1);
    QCOMPARE(views->shownCount(InboxView::Open), open - 1);
    QCOMPARE(views->topLevelItem(0)->text(1), QString::number(open - 1));
    QTRY_COMPARE(list->model()->rowCount(), int(open - 1));
    // The selection stayed on its conversation, now one row higher.
    QCOMPARE(m_tabs->currentConversationId(), selected);
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'open' WHERE id = %1").arg(top)));
    m_session->announceConversationChanged(top);
    QTRY_COMPARE(views->shownCount(InboxView::Open), open);
}

void TestInboxTabs::tabsOfAccountsCountTheirOwn()
{
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        m_tabs->setCurrentIndex(tab);
        const qint64 account = m_summary.accounts.at(tab - 1).id;
        QVERIFY(page()); // every demo account has conversations
        for (const InboxView view : InboxViewList::views())
            QCOMPARE(page()->viewList()->shownCount(view), rowsOf(view, account));
        page()->setView(InboxView::Resolved);
        QCOMPARE(page()->model()->rowCount(), int(rowsOf(InboxView::Resolved, account)));
    }
}

// An account added without conversations gets them from sync later, through another
// connection: its tab turns from the welcome note into the list without a reopen.
void TestInboxTabs::anEmptyAccountShowsItsFirstConversations()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("new.hearth"))));
    const qint64 account = MessageStore(workspace).ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Fediverse"));
    const std::optional<User> me = UserDirectory(workspace).signIn(QStringLiteral("maja"), QStringLiteral("Maja"));
    QVERIFY(me);
    WorkspaceSession session(workspace, *me);
    WorkspaceSummary summary;
    QVERIFY(WorkspaceSummary::read(workspace, &summary));
    InboxTabs tabs;
    tabs.showWorkspace(&session, summary);
    tabs.setCurrentIndex(1);
    tabs.show();
    QVERIFY(!tabs.currentPage()->isVisible());
    QVERIFY(tabs.currentWidget()->findChild<QLabel *>(QStringLiteral("headline"))->isVisible());

    {
        Workspace sync;
        QVERIFY(sync.open(workspace.path(), Workspace::OpenMode::ExistingOnly));
        IncomingMessage toot;
        toot.remoteId = QStringLiteral("1");
        toot.authorRemoteId = QStringLiteral("@ida@social.example");
        toot.authorName = QStringLiteral("Ida Lund");
        toot.text = QStringLiteral("Is the lemon one vegan?");
        toot.createdAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(MessageStore(sync).ingest(account, {toot}).ok);
    }
    session.checkForOutsideChanges();
    QTRY_VERIFY(tabs.currentPage()->isVisible());
    QTRY_COMPARE(tabs.currentList()->model()->rowCount(), 1);
}

QTEST_MAIN(TestInboxTabs)
#include "tst_inboxtabs.moc"
