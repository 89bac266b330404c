// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderationdialog.h"

#include "channelcapabilities.h"
#include "moderation.h"
#include "netiquettelibrary.h"
#include "templatestore.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth {

namespace {
constexpr int otherRule = -1;
// A group chat can be one huge conversation: the list offers its newest incoming messages.
constexpr int listedMessages = 100;

QString preview(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 70 ? line.left(69) + QChar(0x2026) : line;
}

bool cites(const TemplateVersion &version, int ruleId)
{
    return std::any_of(version.variants.cbegin(), version.variants.cend(),
        [ruleId](const TemplateVariant &variant) { return Moderation::citedRules(variant.body).contains(ruleId); });
}
} // namespace

ModerationDialog::ModerationDialog(
    WorkspaceSession *session, qint64 conversationId, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_conversationId(conversationId)
    , m_message(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_effect(new QLabel(this))
    , m_rule(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_notice(new QCheckBox(tr("Send a &notice to the author"), this))
    , m_template(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("moderationDialog"));
    setWindowTitle(tr("Moderate a Message"));
    m_message->setObjectName(QStringLiteral("moderationMessage"));
    m_action->setObjectName(QStringLiteral("moderationAction"));
    m_effect->setObjectName(QStringLiteral("moderationEffect"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);
    m_rule->setObjectName(QStringLiteral("moderationRule"));
    m_reason->setObjectName(QStringLiteral("moderationReason"));
    m_reason->setPlaceholderText(tr("Why, in a sentence the author can understand"));
    m_notice->setObjectName(QStringLiteral("moderationNotice"));
    m_template->setObjectName(QStringLiteral("noticeTemplate"));
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("moderationError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(QString(), m_effect);
    form->addRow(tr("&Rule broken:"), m_rule);
    form->addRow(tr("R&eason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    auto *noticeForm = new QFormLayout;
    noticeForm->addRow(tr("&Template:"), m_template);
    noticeForm->addRow(tr("Preview:"), m_preview);
    layout->addLayout(noticeForm);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("moderateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ModerationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto *confirm = new QAction(this);
    confirm->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Return")), QKeySequence(QStringLiteral("Ctrl+Enter"))});
    connect(confirm, &QAction::triggered, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    addAction(confirm);

    fillMessages();
    fillActions(action);
    fillRules();
    fillTemplates();
    connect(m_message, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, action] {
        fillActions(this->action().isEmpty() ? action : this->action());
        refreshState();
    });
    connect(m_action, qOverload<int>(&QComboBox::currentIndexChanged), this, &ModerationDialog::refreshState);
    connect(m_rule, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        // The notice that cites the chosen rule, where the library has one.
        if (const std::optional<int> rule = ruleId()) {
            for (int i = 0; i < m_template->count(); ++i) {
                if (m_template->itemData(i, Qt::UserRole + 1).toList().contains(*rule)) {
                    m_template->setCurrentIndex(i);
                    break;
                }
            }
        }
        refreshState();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ModerationDialog::refreshState);
    connect(m_notice, &QCheckBox::toggled, this, &ModerationDialog::refreshState);
    connect(m_template, qOverload<int>(&QComboBox::currentIndexChanged), this, &ModerationDialog::refreshState);
    refreshState();
    m_rule->setFocus();
}

void ModerationDialog::fillMessages()
{
    if (!m_session)
        return;
    const Moderation moderation(m_session->workspace(), m_session->currentUser().id);
    m_channelKind = moderation.channelKind(m_conversationId);
    const QList<ThreadMessage> messages = moderation.incomingMessages(m_conversationId, listedMessages);
    for (const ThreadMessage &message : messages) {
        if (!message.lang.isEmpty())
            m_language = message.lang; // the newest incoming message's that has one
        QString text = tr("%1: %2").arg(message.authorName, preview(message.text));
        if (!message.moderation.isEmpty())
            text = tr("%1 (already moderated)").arg(text);
        m_message->addItem(text, message.id);
        // Tooltips render rich text: the author's words are shown as written, never as markup.
        m_message->setItemData(m_message->count() - 1, Qt::convertFromPlainText(message.text), Qt::ToolTipRole);
    }
    m_message->setCurrentIndex(m_message->count() - 1); // the newest
}

void ModerationDialog::fillActions(const QString &preferred)
{
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    const QList<std::pair<QString, QString>> names {{Moderation::remove, tr("Delete the message")},
        {Moderation::hide, tr("Hide the message")}, {Moderation::spam, tr("Mark the message as spam")},
        {Moderation::block, tr("Block the author")}};
    auto *model = qobject_cast<QStandardItemModel *>(m_action->model());
    const Moderation moderation(m_session->workspace(), m_session->currentUser().id);
    int chosen = -1;
    for (const auto &[action, name] : names) {
        m_action->addItem(name, action);
        QString whyNot;
        const bool allowed = messageId() && moderation.isAllowed(messageId(), action, &whyNot);
        QStandardItem *item = model->item(m_action->count() - 1);
        item->setEnabled(allowed);
        item->setToolTip(whyNot);
        if (action == preferred || (chosen < 0 && allowed))
            chosen = m_action->count() - 1;
    }
    m_action->setCurrentIndex(std::max(chosen, 0));
}

void ModerationDialog::fillRules()
{
    const NetiquetteLibrary netiquette(m_session->workspace(), m_session->currentUser().id);
    m_rule->addItem(tr("Choose the rule that was broken"));
    for (const CitableRule &rule : netiquette.publishedRules(m_language))
        m_rule->addItem(tr("%1. %2").arg(QString::number(rule.number), rule.title), rule.ruleId);
    m_rule->addItem(tr("Other…"), otherRule);
}

void ModerationDialog::fillTemplates()
{
    const Moderation moderation(m_session->workspace(), m_session->currentUser().id);
    const QList<TemplateVersion> notices = moderation.noticeTemplates();
    for (const TemplateVersion &version : notices) {
        m_template->addItem(version.title, version.id);
        QVariantList rules;
        for (int i = 1; i < m_rule->count() - 1; ++i) {
            if (cites(version, m_rule->itemData(i).toInt()))
                rules << m_rule->itemData(i);
        }
        m_template->setItemData(m_template->count() - 1, rules, Qt::UserRole + 1);
    }
}

qint64 ModerationDialog::messageId() const
{
    return m_message->currentData().toLongLong();
}

QString ModerationDialog::action() const
{
    return m_action->currentData().toString();
}

std::optional<int> ModerationDialog::ruleId() const
{
    const QVariant chosen = m_rule->currentData();
    if (!chosen.isValid() || chosen.toInt() == otherRule || action() == Moderation::spam)
        return std::nullopt;
    return chosen.toInt();
}

QString ModerationDialog::reason() const
{
    const bool other = m_rule->currentData().toInt() == otherRule && m_rule->currentData().isValid();
    return other && action() != Moderation::spam ? m_reason->text().trimmed() : QString();
}

qint64 ModerationDialog::noticeTemplateId() const
{
    return m_notice->isChecked() && m_notice->isEnabled() ? m_template->currentData().toLongLong() : 0;
}

void ModerationDialog::refreshState()
{
    m_error->hide(); // it spoke of the choices before this change
    QString whyNot;
    const Moderation moderation(m_session->workspace(), m_session->currentUser().id);
    const bool allowed = messageId() && moderation.isAllowed(messageId(), action(), &whyNot);
    const ChannelCapabilities channel = ChannelCapabilities::forKind(m_channelKind);
    m_effect->setText(allowed ? channel.moderationEffect(action()) : whyNot);

    const bool spam = action() == Moderation::spam;
    const bool other = m_rule->currentData().isValid() && m_rule->currentData().toInt() == otherRule;
    m_rule->setEnabled(!spam);
    m_reason->setEnabled(!spam && other);
    const bool cited = spam || ruleId() || !reason().isEmpty();
    m_notice->setEnabled(channel.canReply() && m_template->count() > 0);
    m_template->setEnabled(m_notice->isEnabled() && m_notice->isChecked());
    m_preview->setEnabled(m_template->isEnabled());
    m_ok->setEnabled(allowed && cited && (noticeTemplateId() || !m_template->isEnabled()));
    const QString action = this->action();
    m_ok->setText(action == Moderation::remove ? tr("&Delete")
            : action == Moderation::hide       ? tr("&Hide")
            : action == Moderation::spam       ? tr("Mark as &Spam")
                                               : tr("&Block"));
    updatePreview();
}

void ModerationDialog::updatePreview()
{
    if (!m_template->isEnabled()) {
        m_preview->clear();
        m_previewed.clear();
        return;
    }
    // Rendering reads the conversation for its placeholders: not again while only the reason is typed.
    const QString previewed =
        QStringLiteral("%1/%2/%3").arg(messageId()).arg(ruleId().value_or(0)).arg(noticeTemplateId());
    if (previewed == m_previewed)
        return;
    m_previewed = previewed;
    Moderation moderation(m_session->workspace(), m_session->currentUser().id);
    const std::optional<QString> text = moderation.renderNotice(messageId(), ruleId(), noticeTemplateId());
    m_preview->setPlainText(text ? *text : moderation.errorString());
}

bool ModerationDialog::moderate(QString *summary)
{
    Moderation moderation(m_session->workspace(), m_session->currentUser().id);
    // One transaction: a notice that cannot be sent leaves the message as it was.
    const std::optional<qint64> done =
        moderation.moderate(messageId(), action(), ModerationCitation {ruleId(), reason()}, noticeTemplateId());
    if (!done) {
        m_error->setText(moderation.errorString());
        return false;
    }
    *summary = moderation.summary(*moderation.record(*done), m_language);
    return true;
}

void ModerationDialog::accept()
{
    if (!m_session || !m_ok->isEnabled())
        return;
    QString summary;
    if (!moderate(&summary)) {
        m_error->show();
        return;
    }
    m_session->announceConversationChanged(m_conversationId);
    emit moderated(m_conversationId, summary);
    QDialog::accept();
}

} // namespace hearth
