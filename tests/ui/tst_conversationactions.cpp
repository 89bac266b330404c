// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationactions.h"
#include "conversationlist.h"
#include "conversationpane.h"
#include "demoworkspace.h"
#include "escalatedialog.h"
#include "followupdialog.h"
#include "inboxpage.h"
#include "inboxtabs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "shortcutsdialog.h"
#include "snoozedialog.h"
#include "tagsdialog.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace hearth;

namespace {

struct Audit
{
    QString action;
    qint64 userId = 0;
    QJsonObject details;
};

// The newest audit row of a conversation.
Audit lastAudit(const MainWindow &window, qint64 conversationId)
{
    QSqlQuery query(window.workspace()->database());
    query.prepare(QStringLiteral("SELECT action, coalesce(user_id, 0), details FROM audit_log "
                                 "WHERE object_type = 'conversation' AND object_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(conversationId);
    if (!query.exec() || !query.next())
        return Audit();
    return Audit{query.value(0).toString(), query.value(1).toLongLong(),
                 QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()};
}

QVariant column(const MainWindow &window, qint64 conversationId, const char *name)
{
    QSqlQuery query(window.workspace()->database());
    query.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(name)));
    query.addBindValue(conversationId);
    return query.exec() && query.next() ? query.value(0) : QVariant(QStringLiteral("<missing>"));
}

int auditCount(const MainWindow &window, qint64 conversationId)
{
    QSqlQuery query(window.workspace()->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = ?"));
    query.addBindValue(conversationId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

bool announced(const QSignalSpy &spy, qint64 conversationId)
{
    for (const QList<QVariant> &signal : spy) {
        if (signal.at(0).toLongLong() == conversationId)
            return true;
    }
    return false;
}

QAction *findAction(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestConversationActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void conversationMenuHasTheActions();
    void actionsWaitForAConversation();
    void followTheConversationShownHoweverItWasChosen();
    void resolvesWithCtrlE();
    void reopensAndMarksWaitingFromTheMenu();
    void assignsToMeWithCtrlShiftA();
    void assignsToADepartmentAndUnassignsThroughTheSubmenu();
    void snoozesWithCtrlShiftS();
    void snoozesUntilACustomTime();
    void wakesDueSnoozes();
    void setsAndRemovesAFollowUpWithCtrlShiftF();
    void editsTagsWithCtrlT();
    void escalatesWithCtrlShiftE();
    void clearsAnEscalation();
    void addsANoteWithCtrlShiftN();
    void asksForRepliesAndMovesWithTheKeyboard();
    void theToolBarActsOnTheShownConversation();
    void showsWhatWentWrong();
    void shortcutsDialogListsAndFilters();
    void marksTheNewestUnmoderatedMessageAsSpamAndSaysWhose();

private:
    // Shows the demo, active, and makes current the first conversation of the inbox that
    // matches an SQL condition; m_id is its id.
    void openWindow(const QString &where);
    void activate(QWidget *widget);

    LanguageManager m_languages;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ConversationActions *m_actions = nullptr;
    std::unique_ptr<QSignalSpy> m_announced;
    qint64 m_id = 0;
    qint64 m_me = 0;
};

void TestConversationActions::initTestCase()
{
    m_languages.loadSavedLanguage();
}

void TestConversationActions::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("%1.hearth").arg(QString::fromLatin1(QTest::currentTestFunction())));
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QString error;
    QVERIFY2(DemoWorkspace::populate(workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
}

void TestConversationActions::cleanup()
{
    m_announced.reset();
    m_window.reset();
    m_id = 0;
}

void TestConversationActions::activate(QWidget *widget)
{
    widget->activateWindow();
    QApplication::setActiveWindow(widget);
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

void TestConversationActions::openWindow(const QString &where)
{
    m_window = std::make_unique<MainWindow>(&m_languages);
    QVERIFY(m_window->openWorkspace(m_path));
    m_window->show();
    activate(m_window.get());
    // The check of the workspace reports in the status bar, where the actions report too.
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("no problems")));
    m_actions = m_window->findChild<ConversationActions *>();
    QVERIFY(m_actions);
    m_me = m_window->session()->currentUser().id;
    m_announced = std::make_unique<QSignalSpy>(m_window->session(), &WorkspaceSession::conversationChanged);
    if (where.isEmpty())
        return;

    // The first conversation that fits, in whichever view of the unified inbox shows it.
    InboxPage *page = m_window->findChild<InboxTabs *>()->currentPage();
    ConversationList *list = m_window->findChild<InboxTabs *>()->currentList();
    QVERIFY(page && list);
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE id = ? AND (%1)").arg(where)));
    for (InboxView view : {InboxView::Open, InboxView::Waiting, InboxView::Snoozed, InboxView::Resolved}) {
        page->setView(view);
        while (m_id == 0 && list->moveCurrent(1)) {
            query.addBindValue(list->currentConversationId());
            QVERIFY(query.exec());
            if (query.next())
                m_id = list->currentConversationId();
        }
        if (m_id != 0)
            break;
    }
    QVERIFY2(m_id != 0, qPrintable(where));
    QCOMPARE(m_window->findChild<ConversationPane *>()->conversationId(), m_id);
    QCOMPARE(m_actions->conversationId(), m_id);
}

void TestConversationActions::conversationMenuHasTheActions()
{
    openWindow(QString());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("conversationMenu"));
    QVERIFY(menu);
    QCOMPARE(m_window->menuBar()->actions().at(2), menu->menuAction());
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("&Next Conversation"), QStringLiteral("Alt+Down")},
        {QStringLiteral("&Previous Conversation"), QStringLiteral("Alt+Up")},
        {QStringLiteral("&Reply"), QStringLiteral("Ctrl+R")},
        {QStringLiteral("Pri&vate Message"), QStringLiteral("Ctrl+Shift+R")},
        {QStringLiteral("Re&solve"), QStringLiteral("Ctrl+E")},
        {QStringLiteral("Re&open"), QString()},
        {QStringLiteral("Mark as &Waiting"), QString()},
        {QStringLiteral("Assign to &Me"), QStringLiteral("Ctrl+Shift+A")},
        {QStringLiteral("Assign &To"), QString()},
        {QStringLiteral("Snoo&ze…"), QStringLiteral("Ctrl+Shift+S")},
        {QStringLiteral("&Follow Up…"), QStringLiteral("Ctrl+Shift+F")},
        {QStringLiteral("T&ags…"), QStringLiteral("Ctrl+T")},
        {QStringLiteral("&Escalate…"), QStringLiteral("Ctrl+Shift+E")},
        {QStringLiteral("Add &Internal Note…"), QStringLiteral("Ctrl+Shift+N")},
        {QStringLiteral("&Delete Message…"), QStringLiteral("Ctrl+Shift+D")},
        {QStringLiteral("&Hide Message…"), QStringLiteral("Ctrl+Shift+H")},
        {QStringLiteral("Mar&k as Spam"), QStringLiteral("Ctrl+Shift+J")},
        {QStringLiteral("&Block Author…"), QStringLiteral("Ctrl+Shift+B")},
        {QStringLiteral("&Undo Moderation…"), QString()}};
    QStringList mnemonics;
    for (const QPair<QString, QString> &entry : expected) {
        const QString &text = entry.first;
        const QString &shortcut = entry.second;
        QAction *action = findAction(menu, text);
        QVERIFY2(action, qPrintable(text));
        QCOMPARE(action->shortcut().toString(QKeySequence::PortableText), shortcut);
        // Shortcuts work wherever the focus is in the window.
        QVERIFY2(m_window->actions().contains(action), qPrintable(text));
        const int amp = text.indexOf(QLatin1Char('&'));
        mnemonics << text.mid(amp + 1, 1).toLower();
    }
    // Every entry can be reached with its own letter.
    mnemonics.removeDuplicates();
    QCOMPARE(mnemonics.size(), expected.size());
}

void TestConversationActions::actionsWaitForAConversation()
{
    openWindow(QString());
    // The newest conversation opens with the workspace; an empty view shows none.
    QCOMPARE(m_actions->conversationId(), m_window->findChild<ConversationPane *>()->conversationId());
    QVERIFY(m_actions->conversationId() != 0);
    m_window->findChild<ConversationPane *>()->showConversation(0);
    QCOMPARE(m_actions->conversationId(), qint64(0));
    QVERIFY(!m_actions->resolveAction()->isEnabled());
    QVERIFY(!m_actions->snoozeAction()->isEnabled());
    QVERIFY(m_actions->nextAction()->isEnabled());
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next());
    const int before = query.value(0).toInt();
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->findChild<SnoozeDialog *>());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next());
    QCOMPARE(query.value(0).toInt(), before);
}

void TestConversationActions::followTheConversationShownHoweverItWasChosen()
{
    openWindow(QString());
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM conversations WHERE status = 'open'")) && query.next());
    const qint64 id = query.value(0).toLongLong();
    // As the author card or a notification does: straight to the pane, not through a list.
    auto *pane = m_window->findChild<ConversationPane *>();
    pane->showConversation(id);
    QCOMPARE(m_actions->conversationId(), id);
    QVERIFY(m_actions->resolveAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(column(*m_window, id, "status").toString(), QStringLiteral("resolved"));
    pane->showConversation(0);
    QCOMPARE(m_actions->conversationId(), qint64(0));
    QVERIFY(!m_actions->tagsAction()->isEnabled());
}

void TestConversationActions::resolvesWithCtrlE()
{
    openWindow(QStringLiteral("status IN ('new', 'open')"));
    const QString from = column(*m_window, m_id, "status").toString();
    // From the list, too: the shortcut is the window's.
    QTest::keyClick(m_window->findChild<InboxTabs *>()->currentList(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(column(*m_window, m_id, "status").toString(), QStringLiteral("resolved"));
    const Audit audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.action, QStringLiteral("status"));
    QCOMPARE(audit.userId, m_me);
    QCOMPARE(audit.details, (QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), QStringLiteral("resolved")}}));
    QVERIFY(announced(*m_announced, m_id));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Conversation resolved."));

    // Resolved already: nothing more to do.
    QVERIFY(!m_actions->resolveAction()->isEnabled());
    const int rows = auditCount(*m_window, m_id);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(auditCount(*m_window, m_id), rows);
}

void TestConversationActions::reopensAndMarksWaitingFromTheMenu()
{
    openWindow(QStringLiteral("status = 'resolved'"));
    QVERIFY(m_actions->reopenAction()->isEnabled());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("conversationMenu"));
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_O);
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(column(*m_window, m_id, "status").toString(), QStringLiteral("open"));
    QCOMPARE(lastAudit(*m_window, m_id).details.value(QStringLiteral("to")).toString(), QStringLiteral("open"));
    QVERIFY(announced(*m_announced, m_id));

    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_W);
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(column(*m_window, m_id, "status").toString(), QStringLiteral("waiting"));
    QCOMPARE(lastAudit(*m_window, m_id).details,
             (QJsonObject{{QStringLiteral("from"), QStringLiteral("open")}, {QStringLiteral("to"), QStringLiteral("waiting")}}));
    QVERIFY(!m_actions->markWaitingAction()->isEnabled());
}

void TestConversationActions::assignsToMeWithCtrlShiftA()
{
    openWindow(QStringLiteral("assignee_id IS NOT NULL AND assignee_id <> (SELECT min(id) FROM users) "
                              "AND department_id IS NOT NULL"));
    const qint64 before = column(*m_window, m_id, "assignee_id").toLongLong();
    const qint64 department = column(*m_window, m_id, "department_id").toLongLong();
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(column(*m_window, m_id, "assignee_id").toLongLong(), m_me);
    // The department the case was handed to keeps it.
    QCOMPARE(column(*m_window, m_id, "department_id").toLongLong(), department);
    const Audit audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.action, QStringLiteral("assigned"));
    QCOMPARE(audit.userId, m_me);
    QCOMPARE(audit.details.value(QStringLiteral("user_id")).toVariant().toLongLong(), m_me);
    QCOMPARE(audit.details.value(QStringLiteral("from_user_id")).toVariant().toLongLong(), before);
    QVERIFY(announced(*m_announced, m_id));
    QVERIFY(!m_actions->assignToMeAction()->isEnabled());
}

void TestConversationActions::assignsToADepartmentAndUnassignsThroughTheSubmenu()
{
    openWindow(QStringLiteral("department_id IS NULL AND assignee_id IS NOT NULL"));
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM departments WHERE name = 'Logistics'")) && query.next());
    const qint64 logistics = query.value(0).toLongLong();
    const qint64 assignee = column(*m_window, m_id, "assignee_id").toLongLong();

    QMenu *menu = m_actions->assignMenu();
    menu->popup(m_window->mapToGlobal(QPoint(40, 40)));
    QTRY_VERIFY(menu->isVisible());
    auto *department = menu->findChild<QAction *>(QStringLiteral("assignDepartment%1").arg(logistics));
    QVERIFY(department);
    QCOMPARE(department->text(), QStringLiteral("Logistics"));
    QVERIFY(!department->isChecked());
    auto *person = menu->findChild<QAction *>(QStringLiteral("assignUser%1").arg(assignee));
    QVERIFY(person && person->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(department).center());
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(column(*m_window, m_id, "department_id").toLongLong(), logistics);
    QCOMPARE(column(*m_window, m_id, "assignee_id").toLongLong(), assignee);
    Audit audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.action, QStringLiteral("assigned"));
    QCOMPARE(audit.details.value(QStringLiteral("department_id")).toVariant().toLongLong(), logistics);
    QCOMPARE(audit.details.value(QStringLiteral("from_department_id")), QJsonValue(QJsonValue::Null));
    QVERIFY(announced(*m_announced, m_id));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Handed to Logistics."));

    activate(m_window.get());
    menu->popup(m_window->mapToGlobal(QPoint(40, 40)));
    QTRY_VERIFY(menu->isVisible());
    auto *unassign = menu->findChild<QAction *>(QStringLiteral("unassign"));
    QVERIFY(unassign && unassign->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(unassign).center());
    QTRY_VERIFY(!menu->isVisible());
    QVERIFY(column(*m_window, m_id, "assignee_id").isNull());
    QVERIFY(column(*m_window, m_id, "department_id").isNull());
    audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.details.value(QStringLiteral("from_department_id")).toVariant().toLongLong(), logistics);
    QCOMPARE(audit.details.value(QStringLiteral("user_id")), QJsonValue(QJsonValue::Null));
}

void TestConversationActions::snoozesWithCtrlShiftS()
{
    openWindow(QStringLiteral("status IN ('new', 'open', 'waiting')"));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    SnoozeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SnoozeDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("inOneHour"))->isChecked());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SnoozeDialog *>());
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QCOMPARE(column(*m_window, m_id, "status").toString(), QStringLiteral("snoozed"));
    const qint64 until = column(*m_window, m_id, "snoozed_until").toLongLong();
    QVERIFY(until >= before.addSecs(3600).toMSecsSinceEpoch());
    QVERIFY(until <= after.addSecs(3600).toMSecsSinceEpoch());
    const Audit audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.action, QStringLiteral("snoozed"));
    QCOMPARE(audit.userId, m_me);
    QCOMPARE(audit.details.value(QStringLiteral("until")).toVariant().toLongLong(), until);
    QVERIFY(announced(*m_announced, m_id));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Snoozed until")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Escape changes nothing.
    activate(m_window.get());
    const int rows = auditCount(*m_window, m_id);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((dialog = m_window->findChild<SnoozeDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<SnoozeDialog *>());
    QCOMPARE(auditCount(*m_window, m_id), rows);
}

void TestConversationActions::snoozesUntilACustomTime()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QList<QDateTime> presets = SnoozeDialog::presetTimes(now);
    QCOMPARE(presets.size(), 3);
    for (const QDateTime &preset : presets)
        QVERIFY(preset > now);
    QCOMPARE(presets.at(2).date().dayOfWeek(), 1);
    QCOMPARE(presets.at(2).time(), QTime(9, 0));
    QVERIFY(presets.at(2).date() > now.date());
    QVERIFY(presets.at(2).date() <= now.date().addDays(7));
    // Late in the day the second choice is tomorrow morning.
    const QDateTime late(QDate(2026, 11, 20), QTime(17, 30));
    QCOMPARE(SnoozeDialog::presetTimes(late).at(1), QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
    QCOMPARE(SnoozeDialog::presetTimes(late).at(2), QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    const QDateTime early(QDate(2026, 11, 23), QTime(8, 0));
    QCOMPARE(SnoozeDialog::presetTimes(early).at(1), QDateTime(QDate(2026, 11, 23), QTime(18, 0)));
    QCOMPARE(SnoozeDialog::presetTimes(early).at(2), QDateTime(QDate(2026, 11, 30), QTime(9, 0)));

    openWindow(QStringLiteral("status = 'open'"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    SnoozeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SnoozeDialog *>()) && dialog->isVisible());
    auto *custom = dialog->findChild<QRadioButton *>(QStringLiteral("customTime"));
    auto *edit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("customTimeEdit"));
    QVERIFY(!edit->isEnabled());
    QTest::keyClick(custom, Qt::Key_Space);
    QVERIFY(custom->isChecked());
    QVERIFY(edit->isEnabled());
    const QDateTime chosen(now.date().addDays(3), QTime(14, 30));
    edit->setDateTime(chosen);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SnoozeDialog *>());
    QCOMPARE(column(*m_window, m_id, "snoozed_until").toLongLong(), chosen.toMSecsSinceEpoch());
}

void TestConversationActions::wakesDueSnoozes()
{
    qint64 due = 0;
    {
        // A snooze that ended while Hearth was closed.
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM conversations WHERE status = 'snoozed'")) && query.next());
        due = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET snoozed_until = %1 WHERE id = %2")
                               .arg(QDateTime::currentMSecsSinceEpoch() - 60000)
                               .arg(due)));
    }
    openWindow(QString());
    QCOMPARE(column(*m_window, due, "status").toString(), QStringLiteral("open"));
    QVERIFY(column(*m_window, due, "snoozed_until").isNull());
    Audit audit = lastAudit(*m_window, due);
    QCOMPARE(audit.action, QStringLiteral("woke"));
    QCOMPARE(audit.userId, qint64(0)); // Hearth itself

    // And while it runs, at the next check.
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM conversations WHERE status = 'snoozed'")) && query.next());
    const qint64 later = query.value(0).toLongLong();
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET snoozed_until = %1 WHERE id = %2")
                           .arg(QDateTime::currentMSecsSinceEpoch() - 1)
                           .arg(later)));
    QSignalSpy everything(m_window->session(), &WorkspaceSession::workspaceChanged);
    m_actions->wakeSnoozed();
    QCOMPARE(everything.count(), 1);
    QCOMPARE(column(*m_window, later, "status").toString(), QStringLiteral("open"));
    QCOMPARE(lastAudit(*m_window, later).action, QStringLiteral("woke"));
    QVERIFY(announced(*m_announced, later));
    // (The English plural form comes with the translations.)
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("1 snoozed conversation")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE status = 'snoozed'")) && query.next());
    QVERIFY(query.value(0).toInt() > 0); // the others are not due
    // Nothing due: nothing announced.
    m_actions->wakeSnoozed();
    QCOMPARE(everything.count(), 1);
}

void TestConversationActions::setsAndRemovesAFollowUpWithCtrlShiftF()
{
    openWindow(QStringLiteral("follow_up_at IS NULL"));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    FollowUpDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<FollowUpDialog *>()) && dialog->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("removeFollowUp"))->isEnabled());
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(9, 0));
    QCOMPARE(dialog->findChild<QDateTimeEdit *>(QStringLiteral("followUpTime"))->dateTime(), tomorrow);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<FollowUpDialog *>());
    QCOMPARE(column(*m_window, m_id, "follow_up_at").toLongLong(), tomorrow.toMSecsSinceEpoch());
    Audit audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.action, QStringLiteral("follow_up"));
    QCOMPARE(audit.details.value(QStringLiteral("at")).toVariant().toLongLong(), tomorrow.toMSecsSinceEpoch());
    QVERIFY(announced(*m_announced, m_id));

    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((dialog = m_window->findChild<FollowUpDialog *>()) && dialog->isVisible());
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeFollowUp"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<FollowUpDialog *>());
    QVERIFY(column(*m_window, m_id, "follow_up_at").isNull());
    audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.details, (QJsonObject{{QStringLiteral("at"), QJsonValue::Null}}));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Follow-up removed."));
}

void TestConversationActions::editsTagsWithCtrlT()
{
    openWindow(QStringLiteral("EXISTS (SELECT 1 FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id "
                              "WHERE ct.conversation_id = conversations.id AND t.name = 'taste')"));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    TagsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TagsDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->tags().contains(QStringLiteral("taste")));
    const int tagsBefore = int(dialog->tags().size());
    auto *input = dialog->findChild<QLineEdit *>(QStringLiteral("tagInput"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("tagList"));
    QTest::keyClicks(input, QStringLiteral("call back friday"));
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter with a tag typed adds it
    QCOMPARE(dialog->tags().size(), tagsBefore + 1);
    // The same tag in other letters is not added twice.
    QTest::keyClicks(input, QStringLiteral("Call Back Friday"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(dialog->tags().size(), tagsBefore + 1);
    const QList<QListWidgetItem *> taste = list->findItems(QStringLiteral("taste"), Qt::MatchExactly);
    QCOMPARE(taste.size(), 1);
    list->setCurrentItem(taste.first());
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!dialog->tags().contains(QStringLiteral("taste")));
    // Enter on an empty field saves.
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<TagsDialog *>());

    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT group_concat(t.name, ',') FROM conversation_tags ct "
                                         "JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = ?")));
    query.addBindValue(m_id);
    QVERIFY(query.exec() && query.next());
    const QStringList stored = query.value(0).toString().split(QLatin1Char(','));
    QVERIFY(stored.contains(QStringLiteral("call back friday")));
    QVERIFY(!stored.contains(QStringLiteral("taste")));
    QCOMPARE(stored.size(), tagsBefore);
    const Audit audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.action, QStringLiteral("tagged"));
    QCOMPARE(audit.details, (QJsonObject{{QStringLiteral("tag"), QStringLiteral("call back friday")}}));
    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = ? AND action = 'untagged' "
                                         "AND details = '{\"tag\":\"taste\"}'")));
    query.addBindValue(m_id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(announced(*m_announced, m_id));
}

void TestConversationActions::escalatesWithCtrlShiftE()
{
    openWindow(QStringLiteral("escalated_at IS NULL AND status = 'resolved' AND priority < 2"));
    QSignalSpy escalated(m_actions, &ConversationActions::escalated);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EscalateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EscalateDialog *>()) && dialog->isVisible());
    activate(dialog);
    auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("escalationReason"));
    QPushButton *ok = nullptr;
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("&Escalate"))
            ok = button;
    }
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("clearEscalation")));
    // Without a reason, nothing is escalated.
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(reason, QStringLiteral("Threatens to go to the press"));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<EscalateDialog *>());

    QCOMPARE(column(*m_window, m_id, "escalation_reason").toString(), QStringLiteral("Threatens to go to the press"));
    QCOMPARE(column(*m_window, m_id, "escalated_by").toLongLong(), m_me);
    QVERIFY(!column(*m_window, m_id, "escalated_at").isNull());
    QCOMPARE(column(*m_window, m_id, "priority").toInt(), 2);
    QCOMPARE(column(*m_window, m_id, "status").toString(), QStringLiteral("open"));
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT action, details FROM audit_log WHERE object_id = ? ORDER BY id DESC LIMIT 2")));
    query.addBindValue(m_id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("status"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("escalated"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("{\"reason\":\"Threatens to go to the press\"}"));
    QVERIFY(announced(*m_announced, m_id));
    QCOMPARE(escalated.count(), 1);
    QCOMPARE(escalated.at(0).at(0).toLongLong(), m_id);
    QCOMPARE(escalated.at(0).at(1).toString(), QStringLiteral("Threatens to go to the press"));
}

void TestConversationActions::clearsAnEscalation()
{
    openWindow(QStringLiteral("escalated_at IS NOT NULL"));
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EscalateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EscalateDialog *>()) && dialog->isVisible());
    // Who escalated it and why, as plain text.
    auto *current = dialog->findChild<QLabel *>(QStringLiteral("currentEscalation"));
    QVERIFY(current);
    QCOMPARE(current->textFormat(), Qt::PlainText);
    QVERIFY2(current->text().contains(QStringLiteral("Jonas Becker")), qPrintable(current->text()));
    QVERIFY(current->text().contains(QStringLiteral("L-2311")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clearEscalation")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<EscalateDialog *>());
    QVERIFY(column(*m_window, m_id, "escalated_at").isNull());
    QCOMPARE(lastAudit(*m_window, m_id).action, QStringLiteral("escalation_cleared"));
    QCOMPARE(lastAudit(*m_window, m_id).userId, m_me);
    QVERIFY(announced(*m_announced, m_id));
}

void TestConversationActions::addsANoteWithCtrlShiftN()
{
    openWindow(QStringLiteral("status <> 'resolved'"));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NoteDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NoteDialog *>()) && dialog->isVisible());
    activate(dialog);
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    QVERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("Called her back,"));
    QTest::keyClick(text, Qt::Key_Return); // a new line, not the end of the note
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(text, QStringLiteral("she wants a refund."));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<NoteDialog *>());

    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT id, body, user_id FROM notes WHERE conversation_id = ? ORDER BY id DESC")));
    query.addBindValue(m_id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("Called her back,\nshe wants a refund."));
    QCOMPARE(query.value(2).toLongLong(), m_me);
    const Audit audit = lastAudit(*m_window, m_id);
    QCOMPARE(audit.action, QStringLiteral("note"));
    QCOMPARE(audit.details.value(QStringLiteral("note_id")).toVariant().toLongLong(), query.value(0).toLongLong());
    QVERIFY(announced(*m_announced, m_id));
}

void TestConversationActions::asksForRepliesAndMovesWithTheKeyboard()
{
    openWindow(QStringLiteral("1 = 1"));
    QSignalSpy replies(m_actions, &ConversationActions::replyRequested);
    QSignalSpy moves(m_actions, &ConversationActions::moveRequested);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(replies.count(), 2);
    QCOMPARE(replies.at(0).at(0).toBool(), false);
    QCOMPARE(replies.at(1).at(0).toBool(), true);
    QWidget *list = m_window->findChild<InboxTabs *>()->currentList();
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(moves.count(), 2);
    QCOMPARE(moves.at(0).at(0).toInt(), 1);
    QCOMPARE(moves.at(1).at(0).toInt(), -1);
}

void TestConversationActions::theToolBarActsOnTheShownConversation()
{
    openWindow(QStringLiteral("status = 'open' AND (assignee_id IS NULL OR assignee_id <> (SELECT min(id) FROM users))"));
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("conversationToolBar"));
    QVERIFY(toolBar && toolBar->isVisible());
    QStringList texts;
    const QList<QAction *> actions = toolBar->actions();
    for (QAction *action : actions)
        texts << action->iconText();
    QCOMPARE(texts, (QStringList{QStringLiteral("Resolve"), QStringLiteral("Assign to me"), QStringLiteral("Assign"),
                                 QStringLiteral("Snooze"), QStringLiteral("Follow up"), QStringLiteral("Tags"),
                                 QStringLiteral("Escalate"), QStringLiteral("Note"), QStringLiteral("Moderate")}));
    auto *assign = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_actions->assignMenu()->menuAction()));
    QVERIFY(assign);
    QCOMPARE(assign->popupMode(), QToolButton::InstantPopup);
    QTest::mouseClick(toolBar->widgetForAction(m_actions->assignToMeAction()), Qt::LeftButton);
    QCOMPARE(column(*m_window, m_id, "assignee_id").toLongLong(), m_me);
    QTest::mouseClick(toolBar->widgetForAction(m_actions->resolveAction()), Qt::LeftButton);
    QCOMPARE(column(*m_window, m_id, "status").toString(), QStringLiteral("resolved"));
}

void TestConversationActions::showsWhatWentWrong()
{
    openWindow(QStringLiteral("status = 'open'"));
    // Deleted behind the window's back (by another program, say).
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM conversations WHERE id = %1").arg(m_id)));
    const int rows = auditCount(*m_window, m_id);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("workflowError"))) && box->isVisible());
    QVERIFY(box->isModal());
    QVERIFY2(box->text().contains(QStringLiteral("no longer exists")), qPrintable(box->text()));
    QVERIFY(!announced(*m_announced, m_id));
    QCOMPARE(auditCount(*m_window, m_id), rows);
    box->accept();
}

void TestConversationActions::shortcutsDialogListsAndFilters()
{
    openWindow(QString());
    auto *help = m_window->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QAction *shortcuts = findAction(help, QStringLiteral("&Keyboard Shortcuts…"));
    QVERIFY(shortcuts);
    shortcuts->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    activate(dialog);
    const QStringList rows = dialog->visibleRows();
    const auto native = [](const char *keys) {
        return QKeySequence(QString::fromLatin1(keys)).toString(QKeySequence::NativeText);
    };
    QVERIFY2(rows.contains(QStringLiteral("Conversation/Resolve/") + native("Ctrl+E")), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.contains(QStringLiteral("Conversation/Snooze/") + native("Ctrl+Shift+S")));
    QVERIFY(rows.contains(QStringLiteral("Conversation/Next Conversation/") + native("Alt+Down")));
    QVERIFY(rows.contains(QStringLiteral("Edit/Find Messages/") + native("Ctrl+F")));
    QVERIFY(rows.contains(QStringLiteral("File/Quit/") + native("Ctrl+Q")));
    // Only actions with a shortcut, each once.
    QVERIFY(!rows.join(QLatin1Char('\n')).contains(QStringLiteral("Reopen")));
    QVERIFY(!rows.join(QLatin1Char('\n')).contains(QStringLiteral("About")));
    QCOMPARE(rows.size(), QSet<QString>(rows.cbegin(), rows.cend()).size());

    // Generated, not kept by hand: a new shortcut on the window is listed.
    auto *extra = new QAction(QStringLiteral("&Lemonade Break"), m_window.get());
    extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    m_window->addAction(extra);
    // So is one of a widget in the window (a tab's own key, say), but not one of a dialog.
    auto *tabKey = new QAction(QStringLiteral("Show &Fizz"), m_window->findChild<InboxTabs *>());
    tabKey->setShortcut(QKeySequence(QStringLiteral("Ctrl+9")));
    m_window->findChild<InboxTabs *>()->addAction(tabKey);
    auto *other = new QDialog(m_window.get());
    auto *dialogKey = new QAction(QStringLiteral("Send"), other);
    dialogKey->setShortcut(QKeySequence(QStringLiteral("Ctrl+Return")));
    other->addAction(dialogKey);
    dialog->rebuild();
    QVERIFY(dialog->visibleRows().contains(QStringLiteral("Other/Lemonade Break/") + native("Ctrl+Shift+L")));
    QVERIFY(dialog->visibleRows().contains(QStringLiteral("Other/Show Fizz/") + native("Ctrl+9")));
    QVERIFY(!dialog->visibleRows().join(QLatin1Char('\n')).contains(QStringLiteral("Send")));
    delete other;
    delete tabKey;

    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("resol"));
    const QStringList resol = dialog->visibleRows();
    QVERIFY(resol.contains(QStringLiteral("Conversation/Resolve/") + native("Ctrl+E")));
    for (const QString &row : resol)
        QVERIFY2(row.contains(QStringLiteral("resol"), Qt::CaseInsensitive), qPrintable(row));
    // By key, too.
    filter->clear();
    QTest::keyClicks(filter, native("Ctrl+Shift+N"));
    QCOMPARE(dialog->visibleRows(), QStringList{QStringLiteral("Conversation/Add Internal Note/") + native("Ctrl+Shift+N")});
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QVERIFY(dialog->visibleRows().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noShortcutMatches"))->isVisible());
    filter->clear();
    dialog->rebuild();
    QCOMPARE(dialog->visibleRows().size(), rows.size() + 1);

    // In the language chosen, as soon as it is chosen.
    m_languages.setLanguage(QStringLiteral("de"));
    QTRY_VERIFY(dialog->visibleRows().contains(QStringLiteral("Bearbeiten/Nachrichten suchen/") + native("Ctrl+F")));
    m_languages.setLanguage(QString());
    QTRY_VERIFY(dialog->visibleRows().contains(QStringLiteral("Edit/Find Messages/") + native("Ctrl+F")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>());
}

void TestConversationActions::marksTheNewestUnmoderatedMessageAsSpamAndSaysWhose()
{
    // A Telegram conversation with a few incoming messages, none moderated yet.
    openWindow(QStringLiteral("id IN (SELECT m.conversation_id FROM messages m JOIN accounts a ON a.id = m.account_id "
                              "WHERE a.kind = 'telegram' AND m.direction = 'in' GROUP BY m.conversation_id "
                              "HAVING count(*) BETWEEN 2 AND 6 AND count(m.moderation) = 0)"));
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT id, author_name FROM messages WHERE conversation_id = ? "
                                         "AND direction = 'in' ORDER BY id DESC")));
    query.addBindValue(m_id);
    QVERIFY(query.exec());
    QList<std::pair<qint64, QString>> incoming; // newest first
    while (query.next())
        incoming.append({query.value(0).toLongLong(), query.value(1).toString()});
    QVERIFY(incoming.size() >= 2);
    QSignalSpy status(m_actions, &ConversationActions::statusMessage);
    for (const auto &[messageId, author] : std::as_const(incoming)) {
        QTRY_VERIFY(m_actions->markSpamAction()->isEnabled());
        status.clear();
        QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(status.size(), 1);
        const QString said = status.constFirst().at(0).toString();
        QVERIFY2(said.contains(author) && said.contains(QStringLiteral("Undo Moderation")), qPrintable(said));
        QVERIFY(query.prepare(QStringLiteral("SELECT moderation FROM messages WHERE id = ?")));
        query.addBindValue(messageId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("spam"));
        QTRY_VERIFY(m_actions->undoModerationAction()->isEnabled());
    }
    // Every message is moderated: the action does not offer what it cannot do.
    QTRY_VERIFY(!m_actions->markSpamAction()->isEnabled());
    QVERIFY2(m_actions->markSpamAction()->toolTip().contains(QStringLiteral("moderated already")),
        qPrintable(m_actions->markSpamAction()->toolTip()));
}

QTEST_MAIN(TestConversationActions)
#include "tst_conversationactions.moc"
