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
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QVariant>

#include <algorithm>

namespace hearth {

namespace {
constexpr int templateIdRole = Qt::UserRole;
constexpr int stateRole = Qt::UserRole + 1;
constexpr int versionIdRole = Qt::UserRole + 2;
// A number to sort a column by (uses, the time of the last use) instead of its text.
constexpr int sortKeyRole = Qt::UserRole + 3;

enum Column { TitleColumn, StateColumn, ShortcutColumn, CrisisColumn, LanguagesColumn, UsesColumn, LastUsedColumn };

class LibraryItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, sortKeyRole);
        const QVariant theirs = other.data(column, sortKeyRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

QString shortTime(std::optional<qint64> ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

void setBold(QTreeWidgetItem *item)
{
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
}

QHash<qint64, QString> userNames(const Workspace &workspace)
{
    QHash<qint64, QString> names;
    const QList<User> users = UserDirectory(workspace).users();
    for (const User &user : users)
        names.insert(user.id, user.name);
    return names;
}

bool isManager(const QString &role)
{
    // The core decides (TemplateLibrary::retire refuses agents); this only greys out the button.
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

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
    , m_usageFilter(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_texts(readOnlyText(QStringLiteral("libraryTexts"), this))
    , m_details(new QTabWidget(this))
    , m_history(new QTreeWidget(this))
    , m_diff(readOnlyText(QStringLiteral("libraryDiff"), this))
    , m_usage(new QTreeWidget(this))
    , m_error(new QLabel(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_submit(new QPushButton(tr("Submit for &Approval"), this))
    , m_retire(new QPushButton(tr("&Retire…"), this))
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
    m_usageFilter->setObjectName(QStringLiteral("libraryUsageFilter"));
    m_usageFilter->setToolTip(tr("Finds approved templates that nobody has used for a while."));
    m_usageFilter->addItem(tr("Any use"), 0);
    m_usageFilter->addItem(tr("Unused for 30 days"), 30);
    m_usageFilter->addItem(tr("Unused for 90 days"), 90);
    m_usageFilter->addItem(tr("Never used"), -1);

    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setHeaderLabels(
        {tr("Title"), tr("State"), tr("Shortcut"), tr("Crisis"), tr("Languages"), tr("Uses"), tr("Last used")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(TitleColumn, Qt::AscendingOrder);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->headerItem()->setToolTip(UsesColumn, tr("How often the template was inserted into a reply"));
    m_history->setObjectName(QStringLiteral("libraryHistory"));
    m_history->setHeaderLabels({tr("Version"), tr("State"), tr("Who"), tr("When")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_usage->setObjectName(QStringLiteral("libraryUsage"));
    m_usage->setHeaderLabels({tr("Language or person"), tr("Uses"), tr("Last used")});
    m_usage->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_usage->header()->setStretchLastSection(false);
    m_error->setObjectName(QStringLiteral("libraryError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_new->setObjectName(QStringLiteral("libraryNew"));
    m_edit->setObjectName(QStringLiteral("libraryEdit"));
    m_submit->setObjectName(QStringLiteral("librarySubmit"));
    m_retire->setObjectName(QStringLiteral("libraryRetire"));
    for (QPushButton *button : {m_new, m_edit, m_submit, m_retire, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_languageFilter);
    filters->addWidget(m_usageFilter);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_tree);
    auto *versions = new QWidget(this);
    auto *versionsLayout = new QVBoxLayout(versions);
    versionsLayout->addWidget(m_history, 1);
    versionsLayout->addWidget(new QLabel(tr("Changes against the version before:"), this));
    versionsLayout->addWidget(m_diff, 2);
    m_details->setObjectName(QStringLiteral("libraryDetails"));
    m_details->addTab(versions, tr("&Versions"));
    m_details->addTab(m_usage, tr("U&sage"));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Texts of the newest version:"), this));
    rightLayout->addWidget(m_texts, 2);
    rightLayout->addWidget(m_details, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({900, 560});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_retire);
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
    connect(
        m_usageFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &TemplateLibraryDialog::applyFilters);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TemplateLibraryDialog::showSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, templateIdRole).isValid())
            editSelected();
    });
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &TemplateLibraryDialog::showVersion);
    connect(m_new, &QPushButton::clicked, this, &TemplateLibraryDialog::newTemplate);
    connect(m_edit, &QPushButton::clicked, this, &TemplateLibraryDialog::editSelected);
    connect(m_submit, &QPushButton::clicked, this, &TemplateLibraryDialog::submitSelected);
    connect(m_retire, &QPushButton::clicked, this, &TemplateLibraryDialog::retireSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    if (m_session)
        connect(m_session, &WorkspaceSession::workspaceChanged, this, &TemplateLibraryDialog::refresh);

    refresh();
    // Something to read from the start: the first template's texts and versions.
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    m_search->setFocus();
    resize(1480, 820);
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
    updateLanguageFilter();
    applyFilters();
}

void TemplateLibraryDialog::updateLanguageFilter()
{
    // The usual languages, then any other the library has texts in.
    QStringList codes = TemplateEditorDialog::languages();
    if (m_session) {
        QStringList others;
        const QList<TemplateSummary> all = TemplateStore(m_session->workspace()).templates();
        for (const TemplateSummary &summary : all)
            others << summary.latest.languages();
        others.sort();
        others.removeDuplicates();
        for (const QString &code : std::as_const(others)) {
            if (!codes.contains(code))
                codes << code;
        }
    }
    const QString current = m_languageFilter->currentData().toString();
    const QSignalBlocker blocker(m_languageFilter);
    m_languageFilter->clear();
    m_languageFilter->addItem(tr("Any language"), QString());
    for (const QString &code : std::as_const(codes))
        m_languageFilter->addItem(code, code);
    m_languageFilter->setCurrentIndex(std::max(0, m_languageFilter->findData(current)));
}

namespace {

bool matchesSearch(const TemplateVersion &latest, const QString &needle)
{
    if (needle.isEmpty() || latest.title.contains(needle, Qt::CaseInsensitive)
        || latest.shortcut.contains(needle, Qt::CaseInsensitive))
        return true;
    return std::any_of(latest.variants.cbegin(), latest.variants.cend(),
        [&needle](const TemplateVariant &variant) { return variant.body.contains(needle, Qt::CaseInsensitive); });
}

QTreeWidgetItem *categoryItem(QTreeWidget *tree, QMap<QString, QTreeWidgetItem *> &categories, const QString &name)
{
    QTreeWidgetItem *category = categories.value(name);
    if (!category) {
        category = new LibraryItem(tree, {name});
        category->setFlags(Qt::ItemIsEnabled);
        setBold(category);
        category->setData(UsesColumn, sortKeyRole, 0);
        category->setData(LastUsedColumn, sortKeyRole, -1);
        categories.insert(name, category);
    }
    return category;
}

// A category sorts by the most used (and most recently used) template in it.
void addToCategory(QTreeWidgetItem *category, const TemplateUsageCount &count)
{
    category->setData(
        UsesColumn, sortKeyRole, std::max(category->data(UsesColumn, sortKeyRole).toLongLong(), qint64(count.uses)));
    category->setData(LastUsedColumn, sortKeyRole,
        std::max(category->data(LastUsedColumn, sortKeyRole).toLongLong(), count.lastUsedAt.value_or(-1)));
}

} // namespace

// The languages, and how many of them wait for their translation to catch up.
QString TemplateLibraryDialog::languagesText(const TemplateVersion &version) const
{
    const int outOfDate = int(std::count_if(version.variants.cbegin(), version.variants.cend(),
        [](const TemplateVariant &variant) { return variant.outOfDate; }));
    const QString languages = version.languages().join(QLatin1String(", "));
    return outOfDate == 0 ? languages : tr("%1 (%n out of date)", nullptr, outOfDate).arg(languages);
}

void TemplateLibraryDialog::applyFilters()
{
    const std::optional<qint64> selected = selectedTemplateId();
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        if (m_session) {
            const TemplateStore store(m_session->workspace());
            QHash<qint64, TemplateUsageCount> uses;
            const QList<TemplateUsageCount> usage = store.usage();
            for (const TemplateUsageCount &count : usage)
                uses.insert(count.templateId, count);
            const QString needle = m_search->text().trimmed();
            const QString state = m_stateFilter->currentData().toString();
            const QString language = m_languageFilter->currentData().toString();
            const int unusedDays = m_usageFilter->currentData().toInt();
            std::optional<QList<qint64>> unused;
            if (unusedDays != 0) {
                const QDateTime since = unusedDays > 0 ? QDateTime::currentDateTimeUtc().addDays(-unusedDays)
                                                       : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
                unused = store.unusedSince(since);
            }
            QMap<QString, QTreeWidgetItem *> categories;
            const QList<TemplateSummary> all = store.templates();
            for (const TemplateSummary &summary : all) {
                const TemplateVersion &latest = summary.latest;
                const QString shownState = summary.retired ? TemplateLibrary::retired : latest.state;
                if ((!state.isEmpty() && shownState != state)
                    || (!language.isEmpty() && !latest.languages().contains(language))
                    || (unused && !unused->contains(summary.id)) || !matchesSearch(latest, needle))
                    continue;
                const TemplateUsageCount count = uses.value(summary.id);
                QTreeWidgetItem *category =
                    categoryItem(m_tree, categories, latest.category.isEmpty() ? tr("(No category)") : latest.category);
                addToCategory(category, count);
                auto *item = new LibraryItem(category,
                    {latest.title, stateName(shownState),
                        latest.shortcut.isEmpty() ? QString() : QStringLiteral("::") + latest.shortcut,
                        latest.crisis ? tr("Crisis") : QString(), languagesText(latest), QString::number(count.uses),
                        count.lastUsedAt ? shortTime(count.lastUsedAt) : tr("never")});
                item->setData(TitleColumn, templateIdRole, summary.id);
                item->setData(TitleColumn, stateRole, shownState);
                item->setData(TitleColumn, versionIdRole, latest.id);
                item->setData(UsesColumn, sortKeyRole, count.uses);
                item->setData(LastUsedColumn, sortKeyRole, count.lastUsedAt.value_or(-1));
                item->setTextAlignment(UsesColumn, Qt::AlignRight | Qt::AlignVCenter);
                if (selected && *selected == summary.id)
                    item->setSelected(true);
            }
            m_tree->sortItems(m_tree->sortColumn(), m_tree->header()->sortIndicatorOrder());
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
        const QHash<qint64, QString> names = userNames(m_session->workspace());
        for (const TemplateVersion &version : versions) {
            const qint64 who = version.decidedBy ? version.decidedBy
                : version.submittedBy            ? version.submittedBy
                                                 : version.authorId;
            const qint64 when = version.decidedAt ? *version.decidedAt
                : version.submittedAt             ? *version.submittedAt
                                                  : version.updatedAt;
            auto *item = new QTreeWidgetItem(m_history,
                {QString::number(version.number), stateName(version.state), names.value(who, tr("unknown")),
                    shortTime(when)});
            item->setData(0, versionIdRole, version.id);
        }
        if (!versions.isEmpty()) {
            const TemplateVersion &latest = versions.constLast();
            QStringList parts;
            // The source language first, as the editor and the diff have them.
            const QStringList languages = latest.languages();
            for (const QString &language : languages) {
                const TemplateVariant variant = *latest.variant(language);
                parts << QStringLiteral("[%1]%2\n%3")
                             .arg(variant.language, variant.outOfDate ? tr(" (out of date)") : QString(), variant.body);
            }
            m_texts->setPlainText(parts.join(QLatin1String("\n\n")));
        }
    }
    if (m_history->topLevelItemCount() > 0)
        m_history->setCurrentItem(m_history->topLevelItem(m_history->topLevelItemCount() - 1));
    showVersion();
    showUsage(templateId.value_or(0));
    updateButtons();
}

void TemplateLibraryDialog::showUsage(qint64 templateId)
{
    m_usage->clear();
    if (!m_session || templateId == 0)
        return;
    const TemplateStore store(m_session->workspace());
    const QList<TemplateUsageCount> byLanguage = store.usageByLanguage(templateId);
    if (byLanguage.isEmpty()) {
        new QTreeWidgetItem(m_usage, {tr("Not used in a reply yet.")});
        return;
    }
    const QHash<qint64, QString> names = userNames(m_session->workspace());
    const auto addGroup = [this](const QString &title) {
        auto *group = new QTreeWidgetItem(m_usage, {title});
        setBold(group);
        return group;
    };
    const auto addCount = [](QTreeWidgetItem *group, const QString &name, const TemplateUsageCount &count) {
        auto *item = new QTreeWidgetItem(group, {name, QString::number(count.uses), shortTime(count.lastUsedAt)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    };
    QTreeWidgetItem *languages = addGroup(tr("Per language"));
    for (const TemplateUsageCount &count : byLanguage)
        addCount(languages, count.language, count);
    QTreeWidgetItem *people = addGroup(tr("Per person"));
    const QList<TemplateUsageCount> byUser = store.usageByUser(templateId);
    for (const TemplateUsageCount &count : byUser)
        addCount(people, names.value(count.userId, tr("someone no longer in the workspace")), count);
    m_usage->expandAll();
    m_usage->resizeColumnToContents(1);
    m_usage->resizeColumnToContents(2);
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
    const bool selected = m_session && selectedTemplateId();
    const bool manager = m_session && isManager(m_session->currentUser().role);
    m_new->setEnabled(m_session != nullptr);
    m_edit->setEnabled(selected && state != TemplateLibrary::retired);
    m_submit->setEnabled(m_session && (state == TemplateLibrary::draft || state == TemplateLibrary::changesRequested));
    m_retire->setEnabled(selected && manager && state != TemplateLibrary::retired);
    m_retire->setToolTip(manager ? tr("Takes the template out of the composer; its versions stay readable here.")
                                 : tr("Only a manager can retire templates."));
}

void TemplateLibraryDialog::newTemplate()
{
    openEditor(std::nullopt);
}

void TemplateLibraryDialog::editSelected()
{
    if (const std::optional<qint64> templateId = selectedTemplateId())
        openEditor(templateId);
}

void TemplateLibraryDialog::openEditor(std::optional<qint64> templateId)
{
    if (!m_session)
        return;
    auto *editor = new TemplateEditorDialog(m_session, templateId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TemplateEditorDialog::saved, this, &TemplateLibraryDialog::showWritten);
    editor->open();
}

void TemplateLibraryDialog::showWritten(qint64 templateId)
{
    showError(QString());
    refresh();
    if (!selectTemplate(templateId)) {
        // Hidden by the search or a filter: show everything rather than lose it from view.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        for (QComboBox *filter : {m_stateFilter, m_languageFilter, m_usageFilter}) {
            const QSignalBlocker filterBlocker(filter);
            filter->setCurrentIndex(0);
        }
        applyFilters();
        selectTemplate(templateId);
    }
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
    showWritten(templateId);
}

void TemplateLibraryDialog::retireSelected()
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    const std::optional<qint64> templateId = selectedTemplateId();
    if (!m_session || !templateId || items.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("retireDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Retire Template"));
    dialog->setLabelText(tr("Retire “%1”?\n\n"
                            "It leaves the composer: nobody can insert or send it any more, and its\n"
                            "drafts can no longer be submitted or approved. All its versions stay\n"
                            "readable in the library. Retiring cannot be undone.\n\n"
                            "Comment (optional):")
                             .arg(items.constFirst()->text(TitleColumn)));
    dialog->setOkButtonText(tr("Retire"));
    const qint64 id = *templateId;
    connect(
        dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &comment) { retire(id, comment); });
    dialog->open();
}

void TemplateLibraryDialog::retire(qint64 templateId, const QString &comment)
{
    TemplateLibrary library(m_session->workspace(), m_session->currentUser().id);
    if (!library.retire(templateId, comment)) {
        showError(library.errorString());
        return;
    }
    showWritten(templateId);
}

void TemplateLibraryDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace hearth
