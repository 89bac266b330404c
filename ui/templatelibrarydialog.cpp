// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelibrarydialog.h"

#include "templateeditordialog.h"
#include "templatelibrary.h"
#include "templatestore.h"
#include "userdirectory.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QVariant>

namespace hearth {

namespace {
constexpr int templateIdRole = Qt::UserRole;
constexpr int stateRole = Qt::UserRole + 1;
constexpr int versionIdRole = Qt::UserRole + 2;

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

TemplateLibraryDialog::TemplateLibraryDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_languageFilter(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_texts(readOnlyText(QStringLiteral("libraryTexts"), this))
    , m_history(new QTreeWidget(this))
    , m_diff(readOnlyText(QStringLiteral("libraryDiff"), this))
    , m_error(new QLabel(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_submit(new QPushButton(tr("Submit for &Approval"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("templateLibraryDialog"));
    setWindowTitle(tr("Template Library"));
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search title, shortcut or text"));
    m_stateFilter->setObjectName(QStringLiteral("libraryStateFilter"));
    m_stateFilter->addItem(tr("Any state"), QString());
    m_stateFilter->addItem(stateName(TemplateLibrary::draft), TemplateLibrary::draft);
    m_stateFilter->addItem(stateName(TemplateLibrary::awaiting), TemplateLibrary::awaiting);
    m_stateFilter->addItem(stateName(TemplateLibrary::approved), TemplateLibrary::approved);
    m_stateFilter->addItem(stateName(TemplateLibrary::changesRequested), TemplateLibrary::changesRequested);
    m_stateFilter->addItem(stateName(TemplateLibrary::retired), TemplateLibrary::retired);
    m_languageFilter->setObjectName(QStringLiteral("libraryLanguageFilter"));
    m_languageFilter->addItem(tr("Any language"), QString());
    const QStringList codes = TemplateEditorDialog::languages();
    for (const QString &code : codes)
        m_languageFilter->addItem(code, code);

    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setHeaderLabels({tr("Title"), tr("State"), tr("Shortcut"), tr("Crisis"), tr("Languages"), tr("Uses")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_history->setObjectName(QStringLiteral("libraryHistory"));
    m_history->setHeaderLabels({tr("Version"), tr("State"), tr("Who"), tr("When")});
    m_history->setRootIsDecorated(false);
    m_error->setObjectName(QStringLiteral("libraryError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_new->setObjectName(QStringLiteral("libraryNew"));
    m_edit->setObjectName(QStringLiteral("libraryEdit"));
    m_submit->setObjectName(QStringLiteral("librarySubmit"));
    for (QPushButton *button : {m_new, m_edit, m_submit, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_languageFilter);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_tree);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Texts of the newest version:"), this));
    rightLayout->addWidget(m_texts, 2);
    rightLayout->addWidget(new QLabel(tr("Versions:"), this));
    rightLayout->addWidget(m_history, 1);
    rightLayout->addWidget(new QLabel(tr("Changes against the version before:"), this));
    rightLayout->addWidget(m_diff, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_submit);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &TemplateLibraryDialog::applyFilters);
    connect(
        m_stateFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &TemplateLibraryDialog::applyFilters);
    connect(m_languageFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        &TemplateLibraryDialog::applyFilters);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TemplateLibraryDialog::showSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, templateIdRole).isValid())
            editSelected();
    });
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &TemplateLibraryDialog::showVersion);
    connect(m_new, &QPushButton::clicked, this, &TemplateLibraryDialog::newTemplate);
    connect(m_edit, &QPushButton::clicked, this, &TemplateLibraryDialog::editSelected);
    connect(m_submit, &QPushButton::clicked, this, &TemplateLibraryDialog::submitSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    if (m_session)
        connect(m_session, &WorkspaceSession::workspaceChanged, this, &TemplateLibraryDialog::refresh);

    refresh();
    m_search->setFocus();
    resize(1100, 650);
}

QString TemplateLibraryDialog::stateName(const QString &state) const
{
    if (state == TemplateLibrary::draft)
        return tr("Draft");
    if (state == TemplateLibrary::awaiting)
        return tr("Awaiting approval");
    if (state == TemplateLibrary::approved)
        return tr("Approved");
    if (state == TemplateLibrary::changesRequested)
        return tr("Changes requested");
    if (state == TemplateLibrary::superseded)
        return tr("Superseded");
    if (state == TemplateLibrary::retired)
        return tr("Retired");
    return state;
}

void TemplateLibraryDialog::refresh()
{
    applyFilters();
}

void TemplateLibraryDialog::applyFilters()
{
    const std::optional<qint64> selected = selectedTemplateId();
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        if (m_session) {
            const TemplateStore store(m_session->workspace());
            QHash<qint64, int> uses;
            const QList<TemplateUsageCount> usage = store.usage();
            for (const TemplateUsageCount &count : usage)
                uses.insert(count.templateId, count.uses);
            const QString needle = m_search->text().trimmed();
            const QString state = m_stateFilter->currentData().toString();
            const QString language = m_languageFilter->currentData().toString();
            QMap<QString, QTreeWidgetItem *> categories;
            const QList<TemplateSummary> all = store.templates();
            for (const TemplateSummary &summary : all) {
                const TemplateVersion &latest = summary.latest;
                const QString shownState = summary.retired ? TemplateLibrary::retired : latest.state;
                if (!state.isEmpty() && shownState != state)
                    continue;
                if (!language.isEmpty() && !latest.languages().contains(language))
                    continue;
                if (!needle.isEmpty()) {
                    bool found = latest.title.contains(needle, Qt::CaseInsensitive)
                        || latest.shortcut.contains(needle, Qt::CaseInsensitive);
                    for (const TemplateVariant &variant : latest.variants)
                        found = found || variant.body.contains(needle, Qt::CaseInsensitive);
                    if (!found)
                        continue;
                }
                const QString categoryName = latest.category.isEmpty() ? tr("(No category)") : latest.category;
                QTreeWidgetItem *category = categories.value(categoryName);
                if (!category) {
                    category = new QTreeWidgetItem(m_tree, {categoryName});
                    category->setFlags(Qt::ItemIsEnabled);
                    QFont font = category->font(0);
                    font.setBold(true);
                    category->setFont(0, font);
                    categories.insert(categoryName, category);
                }
                auto *item = new QTreeWidgetItem(category,
                    {latest.title, stateName(shownState),
                        latest.shortcut.isEmpty() ? QString() : QStringLiteral("::") + latest.shortcut,
                        latest.crisis ? tr("Crisis") : QString(), latest.languages().join(QLatin1String(", ")),
                        QString::number(uses.value(summary.id))});
                item->setData(0, templateIdRole, summary.id);
                item->setData(0, stateRole, shownState);
                item->setData(0, versionIdRole, latest.id);
                if (selected && *selected == summary.id)
                    item->setSelected(true);
            }
            m_tree->sortItems(0, Qt::AscendingOrder);
            m_tree->expandAll();
        }
    }
    showSelected();
}

int TemplateLibraryDialog::visibleTemplateCount() const
{
    int count = 0;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row)
        count += m_tree->topLevelItem(row)->childCount();
    return count;
}

std::optional<qint64> TemplateLibraryDialog::selectedTemplateId() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    for (QTreeWidgetItem *item : items) {
        const QVariant id = item->data(0, templateIdRole);
        if (id.isValid())
            return id.toLongLong();
    }
    return std::nullopt;
}

bool TemplateLibraryDialog::selectTemplate(qint64 templateId)
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *category = m_tree->topLevelItem(row);
        for (int child = 0; child < category->childCount(); ++child) {
            QTreeWidgetItem *item = category->child(child);
            if (item->data(0, templateIdRole).toLongLong() == templateId) {
                m_tree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

void TemplateLibraryDialog::showSelected()
{
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    m_texts->clear();
    m_diff->clear();
    const std::optional<qint64> templateId = selectedTemplateId();
    if (m_session && templateId) {
        const TemplateStore store(m_session->workspace());
        const QList<TemplateVersion> versions = store.versions(*templateId);
        QHash<qint64, QString> names;
        const QList<User> users = UserDirectory(m_session->workspace()).users();
        for (const User &user : users)
            names.insert(user.id, user.name);
        const QLocale locale;
        for (const TemplateVersion &version : versions) {
            const qint64 who = version.decidedBy ? version.decidedBy
                : version.submittedBy            ? version.submittedBy
                                                 : version.authorId;
            const qint64 when = version.decidedAt ? *version.decidedAt
                : version.submittedAt             ? *version.submittedAt
                                                  : version.updatedAt;
            auto *item = new QTreeWidgetItem(m_history,
                {QString::number(version.number), stateName(version.state), names.value(who, tr("unknown")),
                    locale.toString(QDateTime::fromMSecsSinceEpoch(when), QLocale::ShortFormat)});
            item->setData(0, versionIdRole, version.id);
        }
        if (!versions.isEmpty()) {
            const TemplateVersion &latest = versions.constLast();
            QStringList parts;
            for (const TemplateVariant &variant : latest.variants) {
                parts << QStringLiteral("[%1]%2\n%3")
                             .arg(variant.language, variant.outOfDate ? tr(" (out of date)") : QString(), variant.body);
            }
            m_texts->setPlainText(parts.join(QLatin1String("\n\n")));
        }
    }
    if (m_history->topLevelItemCount() > 0)
        m_history->setCurrentItem(m_history->topLevelItem(m_history->topLevelItemCount() - 1));
    showVersion();
    updateButtons();
}

void TemplateLibraryDialog::showVersion()
{
    m_diff->clear();
    QTreeWidgetItem *current = m_history->currentItem();
    if (!m_session || !current)
        return;
    const TemplateStore store(m_session->workspace());
    const std::optional<TemplateVersion> version = store.version(current->data(0, versionIdRole).toLongLong());
    if (!version)
        return;
    std::optional<TemplateVersion> previous;
    const int index = m_history->indexOfTopLevelItem(current);
    if (index > 0)
        previous = store.version(m_history->topLevelItem(index - 1)->data(0, versionIdRole).toLongLong());
    m_diff->setPlainText(TemplateStore::diff(previous, *version));
}

void TemplateLibraryDialog::updateButtons()
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    const QString state = items.isEmpty() ? QString() : items.constFirst()->data(0, stateRole).toString();
    m_new->setEnabled(m_session != nullptr);
    m_edit->setEnabled(m_session && selectedTemplateId() && state != TemplateLibrary::retired);
    m_submit->setEnabled(m_session && (state == TemplateLibrary::draft || state == TemplateLibrary::changesRequested));
}

void TemplateLibraryDialog::newTemplate()
{
    if (!m_session)
        return;
    TemplateEditorDialog editor(m_session, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted || !editor.templateId())
        return;
    showError(QString());
    refresh();
    selectTemplate(*editor.templateId());
    emit changed();
}

void TemplateLibraryDialog::editSelected()
{
    const std::optional<qint64> templateId = selectedTemplateId();
    if (!m_session || !templateId)
        return;
    TemplateEditorDialog editor(m_session, templateId, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    showError(QString());
    refresh();
    selectTemplate(*templateId);
    emit changed();
}

void TemplateLibraryDialog::submitSelected()
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    if (!m_session || items.isEmpty())
        return;
    const qint64 templateId = items.constFirst()->data(0, templateIdRole).toLongLong();
    const qint64 versionId = items.constFirst()->data(0, versionIdRole).toLongLong();
    TemplateLibrary library(m_session->workspace(), m_session->currentUser().id);
    if (!library.submit(versionId)) {
        showError(library.errorString());
        return;
    }
    showError(QString());
    refresh();
    selectTemplate(templateId);
    emit changed();
}

void TemplateLibraryDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace hearth
