// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replycomposer.h"

#include "draftstore.h"
#include "netiquettelibrary.h"
#include "outbox.h"
#include "outboxdispatcher.h"
#include "outboxstrip.h"
#include "placeholders.h"
#include "templatediff.h"
#include "templatelibrary.h"
#include "templatestore.h"
#include "uilog.h"
#include "workspacesession.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariant>

namespace hearth {

namespace {
constexpr int previewLength = 200;
constexpr int editorLines = 6;

// A menu shows "&" as a mnemonic; a template's title means it as it is.
QString menuText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
}

void colourAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
}
} // namespace

const QString ReplyComposer::takePrivateShortcut = QStringLiteral("private");

ReplyComposer::ReplyComposer(QWidget *parent)
    : QWidget(parent)
    , m_outbox(new OutboxStrip(this))
    , m_publicMode(new QRadioButton(this))
    , m_privateMode(new QRadioButton(this))
    , m_takePrivate(new QPushButton(this))
    , m_templates(new QToolButton(this))
    , m_templatesMenu(new QMenu(this))
    , m_templatesAction(new QAction(this))
    , m_noReply(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_writing(new QWidget(this))
{
    setObjectName(QStringLiteral("replyComposer"));
    m_publicMode->setObjectName(QStringLiteral("publicReplyMode"));
    m_privateMode->setObjectName(QStringLiteral("privateMessageMode"));
    m_takePrivate->setObjectName(QStringLiteral("takePrivate"));
    m_templates->setObjectName(QStringLiteral("templatesButton"));
    m_templatesMenu->setObjectName(QStringLiteral("templatesMenu"));
    m_noReply->setObjectName(QStringLiteral("noReply"));
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_problem->setObjectName(QStringLiteral("replyProblem"));
    m_preview->setObjectName(QStringLiteral("replyPreview"));
    m_status->setObjectName(QStringLiteral("replyStatus"));
    m_send->setObjectName(QStringLiteral("sendReply"));

    // Everything shown here may hold a stranger's name: plain text only.
    for (QLabel *label : {m_noReply, m_problem, m_preview, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    colourAsError(m_problem);
    colourAsError(m_status);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_noReply->setForegroundRole(QPalette::PlaceholderText);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * editorLines + 12);
    m_editor->installEventFilter(this);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_publicMode);
    modes->addButton(m_privateMode);
    connect(m_publicMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setPrivate(false);
    });
    connect(m_privateMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setPrivate(true);
    });
    connect(m_takePrivate, &QPushButton::clicked, this, &ReplyComposer::takePrivate);
    m_templates->setMenu(m_templatesMenu);
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Filled as it opens: what is approved may have changed since the last time.
    connect(m_templatesMenu, &QMenu::aboutToShow, this, &ReplyComposer::fillTemplatesMenu);
    connect(m_templatesMenu, &QMenu::triggered, this, [this](QAction *action) {
        if (action->data().isValid())
            insertTemplate(action->data().toLongLong());
    });
    // Ctrl+T is Tags; Ctrl+Shift+T is free in the conversation's actions.
    m_templatesAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    m_templatesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_templatesAction, &QAction::triggered, this, &ReplyComposer::showTemplatesMenu);
    addAction(m_templatesAction);
    connect(m_send, &QPushButton::clicked, this, &ReplyComposer::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_refusedShortcutAt = -1;
        // Nothing left of what was inserted: nothing of it is recorded as used.
        if (m_editor->document()->isEmpty())
            m_insertions.clear();
        updateCheck();
        if (m_filling)
            return;
        // Saved in each pause; and, for someone who types on without one, every few seconds.
        if (!m_draftTimer.isActive())
            m_unsavedSince.start();
        else if (m_unsavedSince.hasExpired(draftMaxDelayMs)) {
            saveDraft();
            m_unsavedSince.start();
        }
        m_draftTimer.start();
    });
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftSaveDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ReplyComposer::saveDraft);
    connect(m_outbox, &OutboxStrip::retryRequested, this, &ReplyComposer::retryItem);
    connect(m_outbox, &OutboxStrip::editRequested, this, &ReplyComposer::editItem);
    connect(m_outbox, &OutboxStrip::discardRequested, this, &ReplyComposer::discardItem);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_publicMode);
    modeRow->addWidget(m_privateMode);
    modeRow->addStretch(1);
    modeRow->addWidget(m_templates);
    modeRow->addWidget(m_takePrivate);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_preview, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignTop);
    auto *writing = new QVBoxLayout(m_writing);
    writing->setContentsMargins(0, 0, 0, 0);
    writing->addLayout(modeRow);
    writing->addWidget(m_editor);
    writing->addWidget(m_problem);
    writing->addLayout(sendRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_outbox);
    layout->addWidget(m_noReply);
    layout->addWidget(m_writing);
    layout->addWidget(m_status);
    retranslateUi();
    reloadConversation();
}

ReplyComposer::~ReplyComposer()
{
    saveDraft();
}

void ReplyComposer::setSession(WorkspaceSession *session)
{
    if (session == m_session)
        return;
    saveDraft(); // the old session's workspace is still open
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) // a new signature shows in the preview at once
        connect(m_session, &WorkspaceSession::currentUserChanged, this, &ReplyComposer::updateCheck);
    m_conversationId = 0;
    m_insertions.clear();
    reloadConversation();
    loadDraft();
}

void ReplyComposer::setDispatcher(OutboxDispatcher *dispatcher)
{
    m_dispatcher = dispatcher;
}

void ReplyComposer::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId) {
        reloadConversation();
        return;
    }
    saveDraft();
    m_conversationId = conversationId;
    m_insertions.clear();
    showStatus(QString());
    reloadConversation();
    loadDraft();
}

bool ReplyComposer::canReply() const
{
    return m_session && m_threadLoaded && m_capabilities.canReply();
}

void ReplyComposer::reloadConversation()
{
    const bool sameConversation = m_threadLoaded && m_thread.conversation.id == m_conversationId;
    ConversationThread thread;
    const bool loaded = m_session && m_conversationId != 0
        && ConversationThread::load(m_session->workspace(), m_conversationId, &thread);
    if (loaded) {
        m_thread = thread;
        m_threadLoaded = true;
    } else if (sameConversation && m_session) {
        // A refresh that failed (the file busy a moment) keeps what was known: the text
        // being written stays writable and is still saved.
        qCWarning(lcUi) << "Conversation" << m_conversationId << "could not be read again";
    } else {
        m_thread = ConversationThread();
        m_threadLoaded = false;
    }
    m_capabilities = ChannelCapabilities::forKind(m_thread.channelKind);
    // Public when the newest message from outside was: that is where the person is talking.
    m_conversationPublic = false;
    for (const ThreadMessage &message : std::as_const(m_thread.messages)) {
        if (!message.outbound)
            m_conversationPublic = !message.isPrivate;
    }
    m_outbox->setItems(m_threadLoaded ? Outbox(m_session->workspace()).items(m_conversationId) : QList<OutboxItem>());
    updateModes();
    updateCheck();
}

void ReplyComposer::loadDraft()
{
    std::optional<Draft> draft;
    if (canReply())
        draft = DraftStore(m_session->workspace()).load(m_conversationId, m_session->currentUser().id);
    const bool publicOffered = m_capabilities.canReplyPublicly() && m_conversationPublic;
    setPrivate(draft ? draft->visibility == DraftStore::privateVisibility || !publicOffered : !publicOffered);
    setEditorText(draft ? draft->body : QString());
}

void ReplyComposer::setEditorText(const QString &text)
{
    m_filling = true;
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    m_filling = false;
    m_draftTimer.stop();
}

void ReplyComposer::saveDraft()
{
    m_draftTimer.stop();
    if (!canReply())
        return;
    DraftStore drafts(m_session->workspace());
    if (!drafts.save(m_conversationId, m_session->currentUser().id,
            m_private ? DraftStore::privateVisibility : DraftStore::publicVisibility, m_editor->toPlainText())) {
        qCWarning(lcUi).noquote() << "Draft not saved:" << drafts.errorString();
        showStatus(drafts.errorString());
    }
}

void ReplyComposer::setPrivate(bool privateMessage)
{
    // Only what the channel and the conversation allow: a direct conversation is never
    // answered in public.
    const bool publicOffered = m_capabilities.canReplyPublicly() && m_conversationPublic;
    if (privateMessage && !m_capabilities.canMessagePrivately())
        privateMessage = false;
    if (!privateMessage && !publicOffered && m_capabilities.canMessagePrivately())
        privateMessage = true;
    const bool changed = privateMessage != m_private;
    m_private = privateMessage;
    updateModes();
    if (changed && !m_filling && !m_editor->toPlainText().isEmpty())
        m_draftTimer.start();
}

void ReplyComposer::updateModes()
{
    const bool publicOffered = m_capabilities.canReplyPublicly() && m_conversationPublic;
    const bool privateOffered = m_capabilities.canMessagePrivately();
    if (m_private && !privateOffered)
        m_private = false;
    if (!m_private && !publicOffered && privateOffered)
        m_private = true;
    const bool replies = m_threadLoaded && m_capabilities.canReply();
    m_writing->setVisible(m_session && m_conversationId != 0 && replies);
    m_noReply->setVisible(m_threadLoaded && !replies);
    m_noReply->setText(m_capabilities.noReplyReason());
    m_publicMode->setVisible(publicOffered);
    m_privateMode->setVisible(privateOffered);
    m_publicMode->setText(m_capabilities.publicReplyLabel());
    m_privateMode->setText(m_capabilities.privateMessageLabel());
    {
        const QSignalBlocker publicBlocker(m_publicMode);
        const QSignalBlocker privateBlocker(m_privateMode);
        (m_private ? m_privateMode : m_publicMode)->setChecked(true);
    }
    m_takePrivate->setVisible(replies && publicOffered && privateOffered);
    m_editor->setPlaceholderText(m_private ? tr("Write a private message…") : tr("Write a public reply…"));
}

QHash<QString, QString> ReplyComposer::placeholderValues() const
{
    const User agent = m_session ? m_session->currentUser() : User();
    QHash<QString, QString> values = Placeholders::valuesFor(m_thread, agent);
    // {{rule.N}}: the published netiquette's rules in the author's language.
    if (m_session)
        values.insert(NetiquetteLibrary(m_session->workspace(), agent.id).placeholderValues(m_thread.language()));
    return values;
}

QString ReplyComposer::signature() const
{
    return m_session ? m_session->currentUser().signature.trimmed() : QString();
}

// Exactly what goes out: the text with the signature below it, placeholders filled in.
QString ReplyComposer::composeBody(const QString &text) const
{
    QString body = text;
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    const QString sign = signature();
    if (!sign.isEmpty())
        body += QLatin1String("\n\n") + sign;
    return Placeholders::render(body, placeholderValues());
}

void ReplyComposer::updateCheck()
{
    const QString text = m_editor->toPlainText();
    const QList<PlaceholderProblem> problems = TemplateLibrary::placeholders().validate(text);
    if (problems.isEmpty()) {
        m_problem->clear();
        m_problem->hide();
    } else {
        const PlaceholderProblem &first = problems.constFirst();
        // Said as a person counts: line and column, from 1.
        const QTextBlock block = m_editor->document()->findBlock(first.position);
        QString message = tr("Line %1, column %2: %3")
                              .arg(QString::number(block.blockNumber() + 1),
                                  QString::number(first.position - block.position() + 1), first.message);
        if (problems.size() > 1)
            message += QLatin1Char(' ') + tr("(%n more problem(s) after this one)", nullptr, int(problems.size() - 1));
        m_problem->setText(message);
        m_problem->show();
    }
    const bool empty = text.trimmed().isEmpty();
    if (empty) {
        m_preview->clear();
    } else {
        QString preview = composeBody(text).simplified();
        if (preview.size() > previewLength)
            preview = preview.left(previewLength) + QChar(0x2026);
        m_preview->setText(tr("Sends: %1").arg(preview));
    }
    m_send->setEnabled(canReply() && !empty && problems.isEmpty());
}

bool ReplyComposer::send()
{
    if (!canReply())
        return false;
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        showStatus(tr("Write a reply first."));
        return false;
    }
    const QList<PlaceholderProblem> problems = TemplateLibrary::placeholders().validate(text);
    if (!problems.isEmpty()) {
        // The message below the editor says what; the cursor shows where.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(problems.constFirst().position);
        cursor.setPosition(problems.constFirst().position + problems.constFirst().length, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
        showStatus(tr("The reply was not sent: correct the placeholder first."));
        return false;
    }
    // Only approved text is sent: a version retired or replaced since it was inserted is not.
    const QString stale = staleTemplate(text);
    if (!stale.isEmpty()) {
        showStatus(tr("The reply was not sent: the template “%1” was retired or replaced by a newer version since "
                      "you inserted it. Remove its text and insert the template again.")
                       .arg(stale));
        return false;
    }
    saveDraft(); // if queueing fails, the text is safe as it was
    const std::optional<qint64> id =
        queue(m_private ? DraftStore::privateVisibility : DraftStore::publicVisibility, composeBody(text), true);
    if (!id)
        return false;
    recordTemplateUses(text, *id);
    setEditorText(QString()); // its draft went with the queueing
    m_insertions.clear();
    afterWrite();
    return true;
}

bool ReplyComposer::takePrivate()
{
    if (!canReply() || !m_conversationPublic || !m_capabilities.canReplyPublicly()
        || !m_capabilities.canMessagePrivately())
        return false;
    setPrivate(true);
    saveDraft(); // what is written already continues as the private message
    QString text = m_takePrivateText;
    std::optional<TemplateVersion> answer;
    if (text.isEmpty()) {
        answer = TemplateStore(m_session->workspace()).byShortcut(takePrivateShortcut);
        const std::optional<TemplateVariant> variant =
            answer ? answer->variant(templateLanguage(*answer)) : std::optional<TemplateVariant>();
        if (variant)
            text = variant->body;
        else {
            answer.reset();
            text = defaultTakePrivateText();
        }
    }
    const std::optional<qint64> id = queue(DraftStore::publicVisibility, composeBody(text), false);
    if (!id)
        return false;
    if (answer) {
        const QList<Insertion> writing = m_insertions; // they belong to the private message
        m_insertions = {Insertion {answer->id, templateLanguage(*answer)}};
        recordTemplateUses(text, *id);
        m_insertions = writing;
    }
    afterWrite();
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ReplyComposer::defaultTakePrivateText()
{
    return tr("Hi {{author.first_name|there}}, we have sent you a private message so we can sort this out together.");
}

std::optional<qint64> ReplyComposer::queue(const QString &visibility, const QString &body, bool deleteDraft)
{
    Outbox outbox(m_session->workspace());
    const std::optional<qint64> id =
        outbox.queue(m_conversationId, m_session->currentUser().id, visibility, body, deleteDraft);
    if (!id) {
        showStatus(tr("The reply was not sent: %1").arg(outbox.errorString()));
        return std::nullopt;
    }
    showStatus(QString());
    emit replyQueued(m_conversationId);
    return id;
}

// Whatever the outbox did, it is sent on now and every view of the conversation hears of it.
void ReplyComposer::afterWrite()
{
    const qint64 conversationId = m_conversationId;
    if (m_dispatcher)
        m_dispatcher->dispatchPending();
    reloadConversation();
    if (m_session)
        m_session->announceConversationChanged(conversationId);
}

void ReplyComposer::retryItem(qint64 outboxId)
{
    if (!m_session)
        return;
    Outbox outbox(m_session->workspace());
    if (!outbox.retry(outboxId, m_session->currentUser().id)) {
        showStatus(outbox.errorString());
        reloadConversation();
        return;
    }
    showStatus(QString());
    afterWrite();
}

void ReplyComposer::editItem(qint64 outboxId)
{
    if (!m_session)
        return;
    Outbox outbox(m_session->workspace());
    const std::optional<OutboxItem> item = outbox.item(outboxId);
    if (!item) {
        reloadConversation();
        return;
    }
    // Back to what the agent wrote: the signature is added again when it is sent.
    QString body = item->body;
    const QString sign = Placeholders::render(signature(), placeholderValues());
    if (!sign.isEmpty() && body.endsWith(QLatin1String("\n\n") + sign))
        body.chop(sign.size() + 2);
    // Whatever is in the editor stays, with the reply below it.
    const QString current = m_editor->toPlainText();
    const QString merged = current.trimmed().isEmpty() ? body : current + QLatin1String("\n\n") + body;
    if (!outbox.returnToDraft(outboxId, m_session->currentUser().id, merged)) {
        showStatus(outbox.errorString());
        reloadConversation();
        return;
    }
    showStatus(QString());
    m_filling = true;
    setPrivate(item->isPrivate());
    m_filling = false;
    setEditorText(merged);
    m_editor->setFocus(Qt::OtherFocusReason);
    afterWrite();
}

void ReplyComposer::discardItem(qint64 outboxId)
{
    if (!m_session)
        return;
    Outbox outbox(m_session->workspace());
    if (!outbox.discard(outboxId, m_session->currentUser().id)) {
        showStatus(outbox.errorString());
        reloadConversation();
        return;
    }
    showStatus(QString());
    afterWrite();
}

void ReplyComposer::startReply(bool privateMessage)
{
    if (!canReply())
        return;
    setPrivate(privateMessage);
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void ReplyComposer::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

bool ReplyComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier && expandShortcut())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyComposer::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ReplyComposer::templateLanguage(const TemplateVersion &version) const
{
    return version.bestLanguage(m_thread.language());
}

// "::name" or "/name" just before the cursor, at the start of a word, becomes the approved
// template. False when there is no such token (Tab does what it always does).
bool ReplyComposer::expandShortcut()
{
    if (!canReply())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return false;
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    static const QRegularExpression token(QStringLiteral("(?:^|\\s)((?:::|/)[A-Za-z0-9_-]+)$"));
    const QRegularExpressionMatch match = token.match(before);
    if (!match.hasMatch())
        return false;
    const QString typed = match.captured(1);
    const int start = cursor.block().position() + match.capturedStart(1);
    if (m_refusedShortcutAt == start)
        return false; // told once already: Tab moves on
    const TemplateStore store(m_session->workspace());
    const std::optional<TemplateVersion> version = store.byShortcut(typed);
    if (!version) {
        QString error;
        const QString name = TemplateLibrary::normalizedShortcut(typed, &error);
        bool waiting = false;
        const QList<TemplateSummary> summaries = store.templates();
        for (const TemplateSummary &summary : summaries) {
            if (!summary.retired && summary.latest.shortcut == name)
                waiting = true;
        }
        showProblem(waiting ? tr("“%1” is not approved yet and cannot be used.").arg(typed)
                            : tr("No approved template has the shortcut “%1”.").arg(typed));
        m_refusedShortcutAt = start;
        return true;
    }
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    insertTemplateText(*version, cursor);
    return true;
}

bool ReplyComposer::insertTemplate(qint64 versionId)
{
    if (!canReply())
        return false;
    const std::optional<TemplateVersion> version = TemplateStore(m_session->workspace()).version(versionId);
    if (!version || version->state != TemplateLibrary::approved) {
        showProblem(tr("Only approved templates can be inserted."));
        return false;
    }
    insertTemplateText(*version, m_editor->textCursor());
    return true;
}

// The text replaces what the cursor selects. Placeholders stay as they are written and are
// filled on sending, like those the agent types: the preview shows them filled.
void ReplyComposer::insertTemplateText(const TemplateVersion &version, QTextCursor cursor)
{
    const QString language = templateLanguage(version);
    const std::optional<TemplateVariant> variant = version.variant(language);
    if (!variant)
        return;
    cursor.insertText(variant->body);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
    m_insertions.append(Insertion {version.id, language});
}

void ReplyComposer::fillTemplatesMenu()
{
    m_templatesMenu->clear();
    if (!m_session)
        return;
    const TemplateStore store(m_session->workspace());
    const auto add = [this](const TemplateVersion &version) {
        QString text = menuText(version.title);
        if (!version.shortcut.isEmpty())
            text += QLatin1Char('\t') + QLatin1String("::") + version.shortcut;
        QAction *action = m_templatesMenu->addAction(text);
        action->setData(QVariant(version.id));
        action->setObjectName(QStringLiteral("template-%1").arg(version.shortcut));
    };
    // The crisis set first: in a crisis, one step.
    const QList<TemplateVersion> crisis = store.crisisSet();
    if (!crisis.isEmpty()) {
        m_templatesMenu->addSection(tr("Crisis"));
        for (const TemplateVersion &version : crisis)
            add(version);
    }
    QMap<QString, QList<TemplateVersion>> byCategory;
    const QList<TemplateVersion> offered = store.offered();
    for (const TemplateVersion &version : offered) {
        if (!version.crisis)
            byCategory[version.category].append(version);
    }
    for (auto category = byCategory.cbegin(); category != byCategory.cend(); ++category) {
        m_templatesMenu->addSection(category.key().isEmpty() ? tr("Other") : menuText(category.key()));
        for (const TemplateVersion &version : category.value())
            add(version);
    }
    if (m_templatesMenu->actions().isEmpty())
        m_templatesMenu->addAction(tr("No approved templates"))->setEnabled(false);
}

void ReplyComposer::showTemplatesMenu()
{
    if (!canReply() || !m_templates->isVisible())
        return;
    // popup, not exec: the menu closes with the composer and does not hold the event loop.
    m_templatesMenu->popup(m_templates->mapToGlobal(QPoint(0, m_templates->height())));
}

// Each template still in the reply is recorded as used, with how far the sent text strayed
// from it. Compared without the signature, which is not part of any template.
void ReplyComposer::recordTemplateUses(const QString &text, qint64 outboxId)
{
    if (m_insertions.isEmpty() || !m_session)
        return;
    QString written = text;
    while (!written.isEmpty() && written.back().isSpace())
        written.chop(1);
    const QHash<QString, QString> values = placeholderValues();
    const QString sent = Placeholders::render(written, values);
    TemplateLibrary library(m_session->workspace(), m_session->currentUser().id);
    for (const Insertion &insertion : std::as_const(m_insertions)) {
        const std::optional<QString> rendered = library.render(insertion.versionId, insertion.language, values);
        if (!rendered) {
            qCWarning(lcUi).noquote() << "Template use not recorded:" << library.errorString();
            continue;
        }
        // Everything replaced: the reply is the agent's own, not the template's.
        if (TemplateDiff::wordDifference(*rendered, sent) >= 1.0)
            continue;
        if (!library.recordUse(insertion.versionId, insertion.language, m_conversationId, outboxId, sent, values))
            qCWarning(lcUi).noquote() << "Template use not recorded:" << library.errorString();
    }
}

QString ReplyComposer::staleTemplate(const QString &text) const
{
    if (m_insertions.isEmpty() || !m_session)
        return QString();
    const QHash<QString, QString> values = placeholderValues();
    const QString sent = Placeholders::render(text, values);
    const TemplateStore store(m_session->workspace());
    for (const Insertion &insertion : std::as_const(m_insertions)) {
        const std::optional<TemplateVersion> version = store.version(insertion.versionId);
        if (!version || version->state == TemplateLibrary::approved)
            continue;
        const std::optional<TemplateVariant> variant = version->variant(insertion.language);
        // Everything of it replaced: what is left is the agent's own text.
        if (!variant || TemplateDiff::wordDifference(Placeholders::render(variant->body, values), sent) >= 1.0)
            continue;
        return version->title;
    }
    return QString();
}

void ReplyComposer::hideEvent(QHideEvent *event)
{
    saveDraft(); // the window closes, or the pane shows something else
    QWidget::hideEvent(event);
}

void ReplyComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReplyComposer::retranslateUi()
{
    m_takePrivate->setText(tr("Take private"));
    m_takePrivate->setToolTip(tr("Answer once in public that the talk continues in a private message, then write "
                                 "that message"));
    m_templates->setText(tr("Templates"));
    m_templates->setToolTip(tr("Insert an approved template (%1); in the reply, type ::shortcut or /shortcut and "
                               "press Tab")
                                .arg(m_templatesAction->shortcut().toString(QKeySequence::NativeText)));
    m_templates->setAccessibleName(tr("Templates"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(
        tr("Send the reply (%1)").arg(QKeySequence(QStringLiteral("Ctrl+Return")).toString(QKeySequence::NativeText)));
    m_editor->setAccessibleName(tr("Reply"));
    updateModes();
    updateCheck();
}

} // namespace hearth
