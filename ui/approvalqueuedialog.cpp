// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalqueuedialog.h"

#include "templatelibrary.h"
#include "templatestore.h"
#include "userdirectory.h"
#include "workspacesession.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QVBoxLayout>
#include <QVariant>

namespace hearth {

namespace {
constexpr int versionIdRole = Qt::UserRole;

// Added lines green, removed ones red, as in any diff viewer.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        if (text.startsWith(QLatin1String("+ ")))
            setFormat(0, int(text.size()), QColor(0x1a, 0x7f, 0x37));
        else if (text.startsWith(QLatin1String("- ")))
            setFormat(0, int(text.size()), QColor(0xcf, 0x22, 0x2e));
    }
};

QPlainTextEdit *readOnlyText(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setTabChangesFocus(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}
} // namespace

ApprovalQueueDialog::ApprovalQueueDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_diffLabel(new QLabel(this))
    , m_diff(readOnlyText(QStringLiteral("approvalDiff"), this))
    , m_textsLabel(new QLabel(this))
    , m_texts(readOnlyText(QStringLiteral("approvalTexts"), this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_requestChanges(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("approvalQueueDialog"));
    m_list->setObjectName(QStringLiteral("approvalList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_listLabel->setBuddy(m_list);
    new DiffHighlighter(m_diff->document());
    m_diffLabel->setBuddy(m_diff);
    m_textsLabel->setBuddy(m_texts);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setClearButtonEnabled(true);
    m_commentLabel->setBuddy(m_comment);
    m_note->setObjectName(QStringLiteral("approvalNote"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_requestChanges->setObjectName(QStringLiteral("requestChangesButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    // Return in the comment field must not decide anything by itself.
    for (QPushButton *button : {m_approve, m_requestChanges, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listLabel);
    leftLayout->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_diffLabel);
    rightLayout->addWidget(m_diff, 3);
    rightLayout->addWidget(m_textsLabel);
    rightLayout->addWidget(m_texts, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentLabel);
    commentRow->addWidget(m_comment, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_requestChanges);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(commentRow);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    auto *approveKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(approveKey, &QShortcut::activated, this, &ApprovalQueueDialog::approveSelected);
    auto *approveEnterKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Enter")), this);
    connect(approveEnterKey, &QShortcut::activated, this, &ApprovalQueueDialog::approveSelected);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalQueueDialog::approveSelected);
    connect(m_requestChanges, &QPushButton::clicked, this, &ApprovalQueueDialog::requestChangesForSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ApprovalQueueDialog::showSelected);
    connect(m_comment, &QLineEdit::textChanged, this, &ApprovalQueueDialog::updateButtons);
    if (m_session) {
        connect(m_session, &WorkspaceSession::workspaceChanged, this, &ApprovalQueueDialog::refresh);
        connect(m_session, &WorkspaceSession::currentUserChanged, this, &ApprovalQueueDialog::updateButtons);
    }

    retranslateUi();
    refresh();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
    resize(960, 600);
}

void ApprovalQueueDialog::refresh()
{
    const QList<qint64> selected = selectedVersionIds();
    const int currentRow = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (m_session) {
        const TemplateStore store(m_session->workspace());
        QHash<qint64, QString> names;
        const QList<User> users = UserDirectory(m_session->workspace()).users();
        for (const User &user : users)
            names.insert(user.id, user.name);
        const QLocale locale;
        const QList<ApprovalRequest> queue = store.queue();
        for (const ApprovalRequest &request : queue) {
            const TemplateVersion &version = request.version;
            const qint64 by = version.submittedBy ? version.submittedBy : version.authorId;
            const QString when = version.submittedAt
                ? locale.toString(QDateTime::fromMSecsSinceEpoch(*version.submittedAt), QLocale::ShortFormat)
                : QString();
            auto *item = new QListWidgetItem(
                tr("%1 (version %2)\n%3 · %4 · %5")
                    .arg(version.title, QString::number(version.number), names.value(by, tr("unknown")), when,
                        version.languages().join(QLatin1String(", "))),
                m_list);
            item->setData(versionIdRole, version.id);
            item->setData(Qt::UserRole + 1, request.diff);
            if (selected.contains(version.id))
                item->setSelected(true);
        }
    }
    if (m_list->selectedItems().isEmpty() && m_list->count() > 0) {
        const int row = qBound(0, currentRow, m_list->count() - 1);
        m_list->setCurrentRow(row);
    }
    showSelected();
}

int ApprovalQueueDialog::waitingCount() const
{
    return m_list->count();
}

QList<qint64> ApprovalQueueDialog::selectedVersionIds() const
{
    // In queue order, oldest first, whatever order they were clicked in.
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected())
            ids << m_list->item(row)->data(versionIdRole).toLongLong();
    }
    return ids;
}

void ApprovalQueueDialog::approveSelected()
{
    decide(true);
}

void ApprovalQueueDialog::requestChangesForSelected()
{
    decide(false);
}

void ApprovalQueueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QDialog::changeEvent(event);
}

bool ApprovalQueueDialog::canDecide() const
{
    if (!m_session)
        return false;
    const QString &role = m_session->currentUser().role;
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

void ApprovalQueueDialog::showSelected()
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    QListWidgetItem *item = items.size() == 1 ? items.constFirst() : nullptr;
    if (!item && items.size() > 1 && m_list->currentItem() && m_list->currentItem()->isSelected())
        item = m_list->currentItem();
    m_diff->clear();
    m_texts->clear();
    if (item && m_session) {
        m_diff->setPlainText(item->data(Qt::UserRole + 1).toString());
        const std::optional<TemplateVersion> version =
            TemplateStore(m_session->workspace()).version(item->data(versionIdRole).toLongLong());
        if (version) {
            QStringList texts;
            for (const TemplateVariant &variant : version->variants) {
                texts << (variant.outOfDate ? tr("[%1, out of date]").arg(variant.language)
                                            : QStringLiteral("[%1]").arg(variant.language));
                texts << variant.body << QString();
            }
            m_texts->setPlainText(texts.join(QLatin1Char('\n')));
        }
    }
    updateButtons();
}

void ApprovalQueueDialog::updateButtons()
{
    const bool allowed = canDecide();
    const bool anySelected = !m_list->selectedItems().isEmpty();
    m_approve->setEnabled(allowed && anySelected);
    m_requestChanges->setEnabled(allowed && anySelected && !m_comment->text().trimmed().isEmpty());
    m_comment->setEnabled(allowed);
    m_note->setText(allowed ? QString() : tr("Only managers decide on templates; you can read the queue."));
    m_note->setVisible(!allowed);
}

void ApprovalQueueDialog::decide(bool approve)
{
    if (!m_session)
        return;
    const QList<qint64> ids = selectedVersionIds();
    const QString comment = m_comment->text().trimmed();
    if (ids.isEmpty())
        return;
    if (!approve && comment.isEmpty()) {
        showError(tr("Say what should change: a comment is required."));
        m_comment->setFocus();
        return;
    }
    // The core refuses agents and self-approval with its own reasons; they are shown as given.
    TemplateLibrary library(m_session->workspace(), m_session->currentUser().id);
    const bool ok = approve ? library.approveAll(ids, comment) : library.requestChangesAll(ids, comment);
    if (!ok) {
        showError(library.errorString());
        return;
    }
    m_error->hide();
    m_comment->clear();
    refresh();
    m_list->setFocus();
    emit decided();
}

void ApprovalQueueDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ApprovalQueueDialog::retranslateUi()
{
    setWindowTitle(tr("Approval Queue"));
    m_listLabel->setText(tr("&Waiting for a decision, oldest first:"));
    m_diffLabel->setText(tr("&Changes against the approved version:"));
    m_textsLabel->setText(tr("&Texts:"));
    m_commentLabel->setText(tr("Co&mment:"));
    m_comment->setPlaceholderText(tr("Optional when approving; required when requesting changes"));
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("Approve every selected version (%1)")
                              .arg(QKeySequence(QStringLiteral("Ctrl+Return")).toString(QKeySequence::NativeText)));
    m_requestChanges->setText(tr("&Request Changes"));
    m_requestChanges->setToolTip(tr("Send every selected version back to its author with the comment"));
    m_close->setText(tr("Close"));
    updateButtons();
}

} // namespace hearth
