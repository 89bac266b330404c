// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationactions.h"

#include "conversationworkflow.h"
#include "escalatedialog.h"
#include "followupdialog.h"
#include "moderation.h"
#include "moderationdialog.h"
#include "notedialog.h"
#include "snoozedialog.h"
#include "tagsdialog.h"
#include "uilog.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QWidget>

namespace hearth {

namespace {

// Names are anyone's words: an '&' in them is shown, not taken as a mnemonic.
QString menuText(const QString &name)
{
    return QString(name).replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString standardToolTip(const QAction *action)
{
    return action->shortcut().isEmpty() ? action->iconText()
                                        : ConversationActions::tr("%1 (%2)").arg(
                                            action->iconText(), action->shortcut().toString(QKeySequence::NativeText));
}

// The conversation's newest moderation that was not reverted.
std::optional<ModerationRecord> latestStanding(const WorkspaceSession &session, qint64 conversationId)
{
    const QList<ModerationRecord> done = Moderation(session.workspace(), 0).actions(conversationId);
    for (auto it = done.crbegin(); it != done.crend(); ++it) {
        if (!it->revertedAt)
            return *it;
    }
    return std::nullopt;
}

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ConversationActions::ConversationActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    const auto create = [this](const QString &icon, QStyle::StandardPixmap fallback, const char *shortcut) {
        auto *action = new QAction(this);
        const QIcon fallbackIcon = fallback == QStyle::SP_CustomBase ? QIcon() : qApp->style()->standardIcon(fallback);
        action->setIcon(QIcon::fromTheme(icon, fallbackIcon));
        if (shortcut)
            action->setShortcut(QKeySequence(QString::fromLatin1(shortcut)));
        return action;
    };
    m_next = create(QStringLiteral("go-down"), QStyle::SP_ArrowDown, "Alt+Down");
    m_previous = create(QStringLiteral("go-up"), QStyle::SP_ArrowUp, "Alt+Up");
    m_reply = create(QStringLiteral("mail-reply-sender"), QStyle::SP_CustomBase, "Ctrl+R");
    m_privateMessage = create(QStringLiteral("mail-message-new"), QStyle::SP_CustomBase, "Ctrl+Shift+R");
    m_resolve = create(QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton, "Ctrl+E");
    m_reopen = create(QStringLiteral("view-refresh"), QStyle::SP_CustomBase, nullptr);
    m_markWaiting = create(QStringLiteral("appointment-soon"), QStyle::SP_CustomBase, nullptr);
    m_assignToMe = create(QStringLiteral("user-identity"), QStyle::SP_CustomBase, "Ctrl+Shift+A");
    m_snooze = create(QStringLiteral("chronometer"), QStyle::SP_CustomBase, "Ctrl+Shift+S");
    m_followUp = create(QStringLiteral("view-calendar"), QStyle::SP_CustomBase, "Ctrl+Shift+F");
    m_tags = create(QStringLiteral("tag"), QStyle::SP_CustomBase, "Ctrl+T");
    m_escalate = create(QStringLiteral("flag-red"), QStyle::SP_MessageBoxWarning, "Ctrl+Shift+E");
    m_addNote = create(QStringLiteral("document-edit"), QStyle::SP_CustomBase, "Ctrl+Shift+N");
    m_deleteMessage = create(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, "Ctrl+Shift+D");
    m_hideMessage = create(QStringLiteral("view-hidden"), QStyle::SP_CustomBase, "Ctrl+Shift+H");
    m_markSpam = create(QStringLiteral("mail-mark-junk"), QStyle::SP_CustomBase, "Ctrl+Shift+J");
    m_blockAuthor = create(QStringLiteral("im-ban-user"), QStyle::SP_CustomBase, "Ctrl+Shift+B");
    m_undoModeration = create(QStringLiteral("edit-undo"), QStyle::SP_CustomBase, nullptr);
    m_undoModeration->setObjectName(QStringLiteral("undoModerationAction"));
    m_deleteMessage->setObjectName(QStringLiteral("deleteMessageAction"));
    m_hideMessage->setObjectName(QStringLiteral("hideMessageAction"));
    m_markSpam->setObjectName(QStringLiteral("markSpamAction"));
    m_blockAuthor->setObjectName(QStringLiteral("blockAuthorAction"));
    m_moderateMenu = new QMenu(window);
    m_moderateMenu->setObjectName(QStringLiteral("moderateMenu"));
    m_moderateMenu->menuAction()->setIcon(QIcon::fromTheme(QStringLiteral("flag")));
    m_moderateMenu->addActions({m_deleteMessage, m_hideMessage, m_markSpam, m_blockAuthor});
    m_moderateMenu->addSeparator();
    m_moderateMenu->addAction(m_undoModeration);
    m_assignMenu = new QMenu(window);
    m_assignMenu->setObjectName(QStringLiteral("assignMenu"));
    m_assignMenu->menuAction()->setIcon(QIcon::fromTheme(QStringLiteral("system-users")));

    connect(m_next, &QAction::triggered, this, [this] { emit moveRequested(1); });
    connect(m_previous, &QAction::triggered, this, [this] { emit moveRequested(-1); });
    connect(m_reply, &QAction::triggered, this, [this] { emit replyRequested(false); });
    connect(m_privateMessage, &QAction::triggered, this, [this] { emit replyRequested(true); });
    connect(m_resolve, &QAction::triggered, this, &ConversationActions::resolve);
    connect(m_reopen, &QAction::triggered, this, &ConversationActions::reopen);
    connect(m_markWaiting, &QAction::triggered, this, &ConversationActions::markWaiting);
    connect(m_assignToMe, &QAction::triggered, this, &ConversationActions::assignToMe);
    connect(m_assignMenu, &QMenu::aboutToShow, this, &ConversationActions::rebuildAssignMenu);
    connect(m_snooze, &QAction::triggered, this, &ConversationActions::snooze);
    connect(m_followUp, &QAction::triggered, this, &ConversationActions::followUp);
    connect(m_tags, &QAction::triggered, this, &ConversationActions::editTags);
    connect(m_escalate, &QAction::triggered, this, &ConversationActions::escalate);
    connect(m_addNote, &QAction::triggered, this, &ConversationActions::addNote);
    connect(m_deleteMessage, &QAction::triggered, this, [this] { moderate(Moderation::remove); });
    connect(m_hideMessage, &QAction::triggered, this, [this] { moderate(Moderation::hide); });
    connect(m_markSpam, &QAction::triggered, this, &ConversationActions::markSpam);
    connect(m_blockAuthor, &QAction::triggered, this, [this] { moderate(Moderation::block); });
    connect(m_undoModeration, &QAction::triggered, this, &ConversationActions::undoModeration);

    m_wakeTimer.setInterval(wakeIntervalMs);
    connect(&m_wakeTimer, &QTimer::timeout, this, &ConversationActions::wakeSnoozed);
    retranslateUi();
    refresh();
}

void ConversationActions::setSession(WorkspaceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_conversationId = 0;
    m_wakeTimer.stop();
    if (m_session) {
        connect(m_session, &WorkspaceSession::conversationChanged, this, [this](qint64 id) {
            if (id == m_conversationId)
                refresh();
        });
        connect(m_session, &WorkspaceSession::workspaceChanged, this, &ConversationActions::refresh);
        connect(m_session, &WorkspaceSession::currentUserChanged, this, &ConversationActions::refresh);
        m_wakeTimer.start();
        // Conversations whose snooze ended while Hearth was closed come back at once.
        wakeSnoozed();
    }
    refresh();
}

void ConversationActions::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    refresh();
}

QList<QAction *> ConversationActions::actions() const
{
    return {m_next,      m_previous, m_reply,    m_privateMessage, m_resolve,  m_reopen,
            m_markWaiting, m_assignToMe, m_assignMenu->menuAction(), m_snooze, m_followUp, m_tags,
            m_escalate,  m_addNote, m_deleteMessage, m_hideMessage, m_markSpam, m_blockAuthor, m_undoModeration};
}

void ConversationActions::addToMenu(QMenu *menu) const
{
    menu->addActions({m_next, m_previous});
    menu->addSeparator();
    menu->addActions({m_reply, m_privateMessage, m_addNote});
    menu->addSeparator();
    menu->addActions({m_resolve, m_reopen, m_markWaiting, m_snooze, m_followUp});
    menu->addSeparator();
    menu->addActions({m_assignToMe, m_assignMenu->menuAction(), m_tags, m_escalate});
    menu->addSeparator();
    menu->addActions({m_deleteMessage, m_hideMessage, m_markSpam, m_blockAuthor, m_undoModeration});
}

QList<QAction *> ConversationActions::toolBarActions() const
{
    return {m_resolve, m_assignToMe, m_assignMenu->menuAction(), m_snooze, m_followUp, m_tags, m_escalate, m_addNote,
        m_moderateMenu->menuAction()};
}

void ConversationActions::retranslateUi()
{
    const auto set = [](QAction *action, const QString &text, const QString &iconText, const QString &tip) {
        action->setText(text);
        action->setIconText(iconText);
        action->setStatusTip(tip);
        action->setToolTip(standardToolTip(action));
    };
    set(m_next, tr("&Next Conversation"), tr("Next"), tr("Show the next conversation in the list"));
    set(m_previous, tr("&Previous Conversation"), tr("Previous"), tr("Show the previous conversation in the list"));
    set(m_reply, tr("&Reply"), tr("Reply"), tr("Answer where the conversation takes place"));
    set(m_privateMessage, tr("Pri&vate Message"), tr("Private message"),
        tr("Answer the author in a private message, away from the public thread"));
    set(m_resolve, tr("Re&solve"), tr("Resolve"), tr("Mark the conversation as done"));
    set(m_reopen, tr("Re&open"), tr("Reopen"), tr("Put the conversation back among the open ones"));
    set(m_markWaiting, tr("Mark as &Waiting"), tr("Waiting"), tr("The ball is in the customer's court"));
    set(m_assignToMe, tr("Assign to &Me"), tr("Assign to me"), tr("Take the conversation on yourself"));
    m_assignMenu->setTitle(tr("Assign &To"));
    m_assignMenu->menuAction()->setIconText(tr("Assign"));
    m_assignMenu->menuAction()->setStatusTip(tr("Hand the conversation to a person or a department"));
    set(m_snooze, tr("Snoo&ze…"), tr("Snooze"), tr("Hide the conversation until a later time"));
    set(m_followUp, tr("&Follow Up…"), tr("Follow up"), tr("Be reminded to come back to the conversation"));
    set(m_tags, tr("T&ags…"), tr("Tags"), tr("Add or remove the conversation's tags"));
    set(m_escalate, tr("&Escalate…"), tr("Escalate"), tr("Pass the conversation to the team and management, saying why"));
    set(m_addNote, tr("Add &Internal Note…"), tr("Note"), tr("Write a note for the team; the customer never sees it"));
    set(m_deleteMessage, tr("&Delete Message…"), tr("Delete"),
        tr("Delete a message that breaks the house rules, citing the rule"));
    set(m_hideMessage, tr("&Hide Message…"), tr("Hide"), tr("Hide a message that breaks the house rules, citing the rule"));
    set(m_markSpam, tr("Mar&k as Spam"), tr("Spam"), tr("Mark the newest message not yet moderated as spam"));
    set(m_blockAuthor, tr("&Block Author…"), tr("Block"), tr("Block the author, citing the rule they broke"));
    set(m_undoModeration, tr("&Undo Moderation…"), tr("Undo moderation"),
        tr("Revert the conversation's latest moderation: the message or author as before"));
    m_moderateMenu->setTitle(tr("Mo&derate"));
    m_moderateMenu->menuAction()->setIconText(tr("Moderate"));
    m_moderateMenu->menuAction()->setStatusTip(tr("Delete, hide or mark a message as spam, or block its author"));
    refresh();
}

void ConversationActions::refresh()
{
    const bool open = m_session != nullptr;
    std::optional<ConversationState> state;
    if (open && m_conversationId != 0)
        state = ConversationWorkflow(m_session->workspace(), m_session->currentUser().id).state(m_conversationId);
    const bool has = state.has_value();
    m_next->setEnabled(open);
    m_previous->setEnabled(open);
    for (QAction *action : {m_reply, m_privateMessage, m_snooze, m_followUp, m_tags, m_escalate, m_addNote,
                            m_assignMenu->menuAction()})
        action->setEnabled(has);
    m_moderateMenu->menuAction()->setEnabled(has);
    const QString status = has ? state->status : QString();
    m_resolve->setEnabled(has && status != QLatin1String("resolved"));
    m_reopen->setEnabled(has && status != QLatin1String("open") && status != QLatin1String("new"));
    m_markWaiting->setEnabled(has && status != QLatin1String("waiting"));
    m_assignToMe->setEnabled(has && state->assigneeId != std::optional<qint64>(m_session->currentUser().id));
    refreshModeration(has);
}

std::optional<qint64> ConversationActions::newestIncoming(bool unmoderatedOnly) const
{
    if (!m_session)
        return std::nullopt;
    return Moderation(m_session->workspace(), m_session->currentUser().id)
        .newestIncoming(m_conversationId, unmoderatedOnly);
}

// Each action only where the channel allows it; the tooltip says why not.
void ConversationActions::refreshModeration(bool has)
{
    const std::optional<qint64> newest = has ? newestIncoming(false) : std::nullopt;
    // Mark as Spam acts at once on the newest message not yet moderated: it is enabled by that one.
    const std::optional<qint64> unmoderated = has ? newestIncoming(true) : std::nullopt;
    const QList<std::pair<QAction *, QString>> moderations {{m_deleteMessage, Moderation::remove},
        {m_hideMessage, Moderation::hide}, {m_markSpam, Moderation::spam}, {m_blockAuthor, Moderation::block}};
    for (const auto &[action, name] : moderations) {
        const std::optional<qint64> message = name == Moderation::spam ? unmoderated : newest;
        QString whyNot;
        bool allowed = false;
        if (message)
            allowed =
                Moderation(m_session->workspace(), m_session->currentUser().id).isAllowed(*message, name, &whyNot);
        else if (has && newest)
            whyNot = tr("Every message from outside the team here is moderated already.");
        else if (has)
            whyNot = tr("Nobody outside the team wrote in this conversation: there is nothing to moderate.");
        action->setEnabled(allowed);
        action->setToolTip(whyNot.isEmpty() ? standardToolTip(action) : whyNot);
    }
    m_undoModeration->setEnabled(has && latestStanding(*m_session, m_conversationId));
}

void ConversationActions::undoModeration()
{
    if (!m_session || m_conversationId == 0)
        return;
    const std::optional<ModerationRecord> latest = latestStanding(*m_session, m_conversationId);
    if (!latest)
        return;
    const qint64 id = m_conversationId;
    const Moderation reader(m_session->workspace(), m_session->currentUser().id);
    const QString remote = latest->remoteState == QLatin1String("local")
        ? QString()
        : QLatin1Char(' ') + tr("Hearth shows it as before; what the platform was already told stays done there.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo Moderation"),
        tr("Undo “%1”?").arg(reader.summary(*latest, QString())) + remote, QMessageBox::Yes | QMessageBox::No,
        m_window);
    box->setObjectName(QStringLiteral("undoModerationQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id, actionId = latest->id] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_session)
            return;
        Moderation moderation(m_session->workspace(), m_session->currentUser().id);
        if (!moderation.revert(actionId)) {
            showError(moderation.errorString());
            return;
        }
        m_session->announceConversationChanged(id);
        emit statusMessage(tr("Moderation undone."));
    });
    box->open();
}

void ConversationActions::moderate(const QString &action)
{
    if (!m_session || m_conversationId == 0)
        return;
    auto *dialog = new ModerationDialog(m_session, m_conversationId, action, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModerationDialog::moderated, this,
        [this](qint64, const QString &summary) {
            emit moderationTaken();
            emit statusMessage(summary);
        });
    dialog->open();
}

void ConversationActions::markSpam()
{
    if (!m_session || m_conversationId == 0)
        return;
    const std::optional<qint64> message = newestIncoming(true);
    if (!message) {
        emit statusMessage(tr("Every message from outside the team here is moderated already."));
        return;
    }
    Moderation moderation(m_session->workspace(), m_session->currentUser().id);
    const std::optional<qint64> done = moderation.markSpam(*message);
    if (!done) {
        showError(moderation.errorString());
        return;
    }
    m_session->announceConversationChanged(m_conversationId);
    emit moderationTaken();
    // Done without a question: say whose message it was, Undo Moderation takes it back.
    const std::optional<ModerationRecord> record = moderation.record(*done);
    emit statusMessage(tr("%1: the newest message from %2. Undo Moderation takes it back.")
                           .arg(moderation.summary(*record, QString()), moderation.authorName(*message)));
}

void ConversationActions::rebuildAssignMenu()
{
    m_assignMenu->clear();
    if (!m_session || m_conversationId == 0)
        return;
    const std::optional<ConversationState> state =
        ConversationWorkflow(m_session->workspace(), m_session->currentUser().id).state(m_conversationId);
    if (!state)
        return;
    const UserDirectory directory(m_session->workspace());
    m_assignMenu->addSection(tr("People"));
    const QList<User> users = directory.users();
    for (const User &user : users) {
        QAction *action = m_assignMenu->addAction(menuText(user.name));
        action->setObjectName(QStringLiteral("assignUser%1").arg(user.id));
        action->setCheckable(true);
        const bool has = state->assigneeId == std::optional<qint64>(user.id);
        action->setChecked(has);
        // Choosing who has it already takes it from them; the department keeps it.
        connect(action, &QAction::triggered, this, [this, user, has, state] {
            assign(has ? std::nullopt : std::optional<qint64>(user.id), state->departmentId,
                   has ? tr("%1 no longer has the conversation.").arg(user.name)
                       : tr("Assigned to %1.").arg(user.name));
        });
    }
    const QList<Department> departments = directory.departments();
    if (!departments.isEmpty())
        m_assignMenu->addSection(tr("Departments"));
    for (const Department &department : departments) {
        QAction *action = m_assignMenu->addAction(menuText(department.name));
        action->setObjectName(QStringLiteral("assignDepartment%1").arg(department.id));
        action->setCheckable(true);
        const bool has = state->departmentId == std::optional<qint64>(department.id);
        action->setChecked(has);
        // Handing a case to a department keeps whoever follows it up.
        connect(action, &QAction::triggered, this, [this, department, has, state] {
            assign(state->assigneeId, has ? std::nullopt : std::optional<qint64>(department.id),
                   has ? tr("Taken back from %1.").arg(department.name)
                       : tr("Handed to %1.").arg(department.name));
        });
    }
    m_assignMenu->addSeparator();
    QAction *unassign = m_assignMenu->addAction(tr("&Unassign"));
    unassign->setObjectName(QStringLiteral("unassign"));
    unassign->setEnabled(state->assigneeId || state->departmentId);
    connect(unassign, &QAction::triggered, this,
            [this] { assign(std::nullopt, std::nullopt, tr("Nobody has the conversation now.")); });
}

bool ConversationActions::change(qint64 conversationId, const std::function<bool(ConversationWorkflow &)> &write,
                                 const QString &done)
{
    if (!m_session || conversationId == 0)
        return false;
    ConversationWorkflow workflow(m_session->workspace(), m_session->currentUser().id);
    if (!write(workflow)) {
        qCWarning(lcUi).noquote() << "Workflow action on conversation" << conversationId << "failed:"
                                  << workflow.errorString();
        showError(workflow.errorString());
        return false;
    }
    m_session->announceConversationChanged(conversationId);
    emit statusMessage(done);
    return true;
}

void ConversationActions::setStatus(const QString &status, const QString &done)
{
    change(m_conversationId, [this, status](ConversationWorkflow &workflow) {
        return workflow.setStatus(m_conversationId, status);
    }, done);
}

void ConversationActions::assign(std::optional<qint64> userId, std::optional<qint64> departmentId, const QString &done)
{
    const qint64 id = m_conversationId;
    change(id, [id, userId, departmentId](ConversationWorkflow &workflow) {
        return workflow.assign(id, userId, departmentId);
    }, done);
}

void ConversationActions::resolve()
{
    setStatus(QStringLiteral("resolved"), tr("Conversation resolved."));
}

void ConversationActions::reopen()
{
    setStatus(QStringLiteral("open"), tr("Conversation reopened."));
}

void ConversationActions::markWaiting()
{
    setStatus(QStringLiteral("waiting"), tr("Waiting for the customer."));
}

void ConversationActions::assignToMe()
{
    if (!m_session)
        return;
    const qint64 id = m_conversationId;
    const qint64 me = m_session->currentUser().id;
    // Taking a case handed to a department keeps the department on it.
    change(id, [id, me](ConversationWorkflow &workflow) {
        const std::optional<ConversationState> state = workflow.state(id);
        return workflow.assign(id, me, state ? state->departmentId : std::nullopt);
    }, tr("Assigned to you."));
}

void ConversationActions::snooze()
{
    if (!m_session || m_conversationId == 0)
        return;
    const qint64 id = m_conversationId;
    auto *dialog = new SnoozeDialog(QDateTime::currentDateTime(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QDateTime until = dialog->until();
        change(id, [id, until](ConversationWorkflow &workflow) { return workflow.snooze(id, until); },
               tr("Snoozed until %1.").arg(shortTime(until)));
    });
    dialog->open();
}

void ConversationActions::followUp()
{
    if (!m_session || m_conversationId == 0)
        return;
    const qint64 id = m_conversationId;
    const std::optional<ConversationState> state =
        ConversationWorkflow(m_session->workspace(), m_session->currentUser().id).state(id);
    auto *dialog = new FollowUpDialog(state ? state->followUpAt : QDateTime(), QDateTime::currentDateTime(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const std::optional<QDateTime> at =
            dialog->removeRequested() ? std::nullopt : std::optional<QDateTime>(dialog->followUpAt());
        change(id, [id, at](ConversationWorkflow &workflow) { return workflow.setFollowUp(id, at); },
               at ? tr("Follow up on %1.").arg(shortTime(*at)) : tr("Follow-up removed."));
    });
    dialog->open();
}

void ConversationActions::editTags()
{
    if (!m_session || m_conversationId == 0)
        return;
    const qint64 id = m_conversationId;
    const ConversationWorkflow reader(m_session->workspace(), m_session->currentUser().id);
    const std::optional<ConversationState> state = reader.state(id);
    auto *dialog = new TagsDialog(state ? state->tags : QStringList(), reader.allTags(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QStringList tags = dialog->tags();
        change(id, [id, tags](ConversationWorkflow &workflow) { return workflow.setTags(id, tags); },
               tr("Tags saved."));
    });
    dialog->open();
}

void ConversationActions::escalate()
{
    if (!m_session || m_conversationId == 0)
        return;
    const qint64 id = m_conversationId;
    const std::optional<ConversationState> state =
        ConversationWorkflow(m_session->workspace(), m_session->currentUser().id).state(id);
    QString current;
    if (state && state->isEscalated()) {
        const std::optional<User> by =
            state->escalatedBy ? UserDirectory(m_session->workspace()).user(*state->escalatedBy) : std::nullopt;
        current = tr("Escalated by %1 on %2: %3")
                      .arg(by ? by->name : tr("someone no longer in the workspace"), shortTime(state->escalatedAt),
                           state->escalationReason);
    }
    auto *dialog = new EscalateDialog(current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (dialog->clearRequested()) {
            change(id, [id](ConversationWorkflow &workflow) { return workflow.clearEscalation(id); },
                   tr("Escalation cleared."));
            return;
        }
        const QString reason = dialog->reason();
        if (change(id, [id, reason](ConversationWorkflow &workflow) { return workflow.escalate(id, reason); },
                   tr("Conversation escalated.")))
            emit escalated(id, reason);
    });
    dialog->open();
}

void ConversationActions::addNote()
{
    if (!m_session || m_conversationId == 0)
        return;
    const qint64 id = m_conversationId;
    auto *dialog = new NoteDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString text = dialog->text();
        change(id, [id, text](ConversationWorkflow &workflow) { return workflow.addNote(id, text); },
               tr("Note added."));
    });
    dialog->open();
}

void ConversationActions::wakeSnoozed()
{
    if (!m_session)
        return;
    QString error;
    const QList<qint64> woken =
        ConversationWorkflow::wakeSnoozed(m_session->workspace(), QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty()) {
        // Tried again in a minute; nothing a person can do about it now.
        qCWarning(lcUi).noquote() << "Could not wake snoozed conversations:" << error;
        return;
    }
    if (woken.isEmpty())
        return;
    for (qint64 id : woken)
        m_session->announceConversationChanged(id);
    // Woken conversations join lists they were not in (All open, Mine): those re-read too.
    emit m_session->workspaceChanged();
    emit statusMessage(tr("%n snoozed conversation(s) came back.", nullptr, int(woken.size())));
}

void ConversationActions::showError(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The conversation could not be changed"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("workflowError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hearth
