// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automoderationdialog.h"

#include "automoderationruleeditor.h"
#include "conversationworkflow.h"
#include "netiquettelibrary.h"
#include "userdirectory.h"
#include "workspacesession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth {

namespace {

QPushButton *button(const char *name, QWidget *parent)
{
    auto *created = new QPushButton(parent);
    created->setObjectName(QLatin1String(name));
    created->setAutoDefault(false);
    return created;
}

QTreeWidget *table(const char *name, int columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setRootIsDecorated(false);
    tree->setColumnCount(columns);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

AutoModerationDialog::AutoModerationDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_rulesLabel(new QLabel(this))
    , m_ruleList(table("ruleList", 4, this))
    , m_newRule(button("newRule", this))
    , m_switchOn(button("switchOn", this))
    , m_switchOff(button("switchOff", this))
    , m_editor(new AutoModerationRuleEditor(this))
    , m_saveRule(button("saveRule", this))
    , m_dryRunCountLabel(new QLabel(this))
    , m_dryRunCount(new QSpinBox(this))
    , m_dryRun(button("dryRun", this))
    , m_error(new QLabel(this))
    , m_dryRunSummary(new QLabel(this))
    , m_dryRunResults(table("dryRunResults", 4, this))
    , m_decisionsLabel(new QLabel(this))
    , m_decisionList(table("decisionList", 6, this))
    , m_revert(button("revertDecision", this))
    , m_close(button("close", this))
{
    setObjectName(QStringLiteral("autoModerationDialog"));
    m_tabs->setObjectName(QStringLiteral("autoModerationTabs"));
    m_error->setObjectName(QStringLiteral("autoModerationError"));
    m_dryRunSummary->setObjectName(QStringLiteral("dryRunSummary"));
    m_dryRunCount->setObjectName(QStringLiteral("dryRunCount"));
    m_dryRunCount->setRange(1, AutoModeration::maximumDryRunCount);
    m_dryRunCount->setValue(AutoModeration::defaultDryRunCount);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // the messages quote what was typed
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_error->hide();

    auto *rulesPage = new QWidget(m_tabs);
    buildRulesTab(rulesPage);
    auto *decisionsPage = new QWidget(m_tabs);
    buildDecisionsTab(decisionsPage);
    m_tabs->addTab(rulesPage, QString());
    m_tabs->addTab(decisionsPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    connect(m_ruleList, &QTreeWidget::itemSelectionChanged, this, &AutoModerationDialog::showSelectedRule);
    connect(m_newRule, &QPushButton::clicked, this, &AutoModerationDialog::newRule);
    connect(m_saveRule, &QPushButton::clicked, this, &AutoModerationDialog::saveRule);
    connect(m_dryRun, &QPushButton::clicked, this, &AutoModerationDialog::runDryRun);
    connect(m_switchOn, &QPushButton::clicked, this, &AutoModerationDialog::confirmSwitchOn);
    connect(m_switchOff, &QPushButton::clicked, this, &AutoModerationDialog::switchOff);
    connect(m_revert, &QPushButton::clicked, this, &AutoModerationDialog::confirmRevert);
    connect(m_decisionList, &QTreeWidget::currentItemChanged, this, &AutoModerationDialog::updateButtons);
    connect(m_editor, &AutoModerationRuleEditor::edited, this, &AutoModerationDialog::updateButtons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &AutoModerationDialog::fillDecisions);
    retranslateUi();
    resize(900, 640);
    refresh();
}

void AutoModerationDialog::buildRulesTab(QWidget *page)
{
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *each : {m_newRule, m_switchOn, m_switchOff})
        ruleButtons->addWidget(each);
    ruleButtons->addStretch();
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_saveRule);
    runButtons->addStretch();
    runButtons->addWidget(m_dryRunCountLabel);
    runButtons->addWidget(m_dryRunCount);
    runButtons->addWidget(m_dryRun);
    m_dryRunCountLabel->setBuddy(m_dryRunCount);
    m_rulesLabel->setBuddy(m_ruleList);
    m_ruleList->setMaximumHeight(160);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_rulesLabel);
    layout->addWidget(m_ruleList);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_editor);
    layout->addLayout(runButtons);
    layout->addWidget(m_dryRunSummary);
    layout->addWidget(m_dryRunResults, 1);
}

void AutoModerationDialog::buildDecisionsTab(QWidget *page)
{
    m_decisionsLabel->setBuddy(m_decisionList);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_decisionsLabel);
    layout->addWidget(m_decisionList, 1);
    layout->addLayout(buttons);
}

AutoModeration AutoModerationDialog::automod() const
{
    return AutoModeration(m_session->workspace(), m_session->currentUser().id);
}

void AutoModerationDialog::refresh()
{
    // New tags, people or rules to offer; what is being edited stays as it is.
    const AutoModerationRule editing = m_editor->rule();
    const UserDirectory directory(m_session->workspace());
    m_editor->setChoices(ConversationWorkflow(m_session->workspace(), 0).allTags(), directory.users(),
        directory.departments(),
        NetiquetteLibrary(m_session->workspace(), 0).publishedRules(QLocale().name().section(QLatin1Char('_'), 0, 0)));
    m_editor->setRule(editing);
    const std::optional<qint64> selected = selectedRuleId();
    fillRules();
    if (selected) {
        const QSignalBlocker keepEditing(m_ruleList);
        selectRule(*selected);
    }
    fillDecisions();
    updateButtons();
}

void AutoModerationDialog::fillRules()
{
    const QSignalBlocker blocker(m_ruleList);
    m_rules = automod().rules();
    m_ruleList->clear();
    for (const AutoModerationRule &rule : std::as_const(m_rules)) {
        auto *item = new QTreeWidgetItem(m_ruleList,
            {rule.name, describeKind(rule.kind), describeAction(rule.action, rule.actionArg), describeMode(rule.mode)});
        item->setData(0, Qt::UserRole, rule.id);
    }
}

void AutoModerationDialog::fillDecisions()
{
    // 0: nothing selected (decision ids start at 1).
    const qint64 selected =
        m_decisionList->currentItem() ? m_decisionList->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_decisions = automod().decisions();
    m_decisionList->clear();
    const QLocale locale;
    for (const AutoModerationDecision &decision : std::as_const(m_decisions)) {
        const QString state = decision.isReverted() ? tr("Reverted")
            : decision.note.isEmpty()               ? tr("In force")
                                                    : decision.note;
        auto *item = new QTreeWidgetItem(m_decisionList,
            {locale.toString(decision.decidedAt.toLocalTime(), QLocale::ShortFormat), decision.ruleName,
                decision.authorName, decision.snippet, describeAction(decision.action, decision.actionArg), state});
        item->setData(0, Qt::UserRole, decision.id);
        if (selected == decision.id)
            m_decisionList->setCurrentItem(item);
    }
    updateButtons();
}

std::optional<qint64> AutoModerationDialog::selectedRuleId() const
{
    const QTreeWidgetItem *item = m_ruleList->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return item->data(0, Qt::UserRole).toLongLong();
}

bool AutoModerationDialog::selectRule(qint64 ruleId)
{
    for (int row = 0; row < m_ruleList->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ruleList->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toLongLong() == ruleId) {
            m_ruleList->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

void AutoModerationDialog::showSelectedRule()
{
    const std::optional<qint64> id = selectedRuleId();
    for (const AutoModerationRule &rule : std::as_const(m_rules)) {
        if (id && rule.id == *id)
            m_editor->setRule(rule);
    }
    m_dryRunResults->clear();
    m_dryRunSummary->clear();
    m_error->hide();
    updateButtons();
}

void AutoModerationDialog::newRule()
{
    m_ruleList->clearSelection();
    m_ruleList->setCurrentItem(nullptr);
    m_editor->setRule(AutoModerationRule());
    m_dryRunResults->clear();
    m_dryRunSummary->clear();
    m_error->hide();
    m_editor->focusName();
    updateButtons();
}

void AutoModerationDialog::saveRule()
{
    AutoModeration moderation = automod();
    const AutoModerationRule rule = m_editor->rule();
    std::optional<qint64> saved = rule.id;
    const std::optional<AutoModerationRule> before = rule.id ? moderation.rule(rule.id) : std::nullopt;
    if (rule.id == 0)
        saved = moderation.create(rule);
    else if (!moderation.update(rule))
        saved.reset();
    if (!saved) {
        showError(moderation.errorString());
        return;
    }
    m_error->hide();
    fillRules();
    selectRule(*saved);
    const std::optional<AutoModerationRule> after = moderation.rule(*saved);
    if (before && after && before->mode == AutoModeration::liveMode && after->mode == AutoModeration::dryRunMode)
        showError(tr("The rule now finds or does something else, so it is back in dry run: "
                     "try it, then switch it on again."));
}

void AutoModerationDialog::runDryRun()
{
    AutoModeration moderation = automod();
    const std::optional<QList<AutoModerationDecision>> proposals =
        moderation.dryRun(m_editor->rule(), m_dryRunCount->value());
    m_dryRunResults->clear();
    if (!proposals) {
        m_dryRunSummary->clear();
        showError(moderation.errorString());
        return;
    }
    m_error->hide();
    for (const AutoModerationDecision &proposal : *proposals) {
        QString action = describeAction(proposal.action, proposal.actionArg);
        if (!proposal.note.isEmpty())
            action += QLatin1String(" — ") + proposal.note;
        auto *item =
            new QTreeWidgetItem(m_dryRunResults, {proposal.authorName, proposal.snippet, proposal.match, action});
        item->setData(0, Qt::UserRole, proposal.messageId);
    }
    m_dryRunSummary->setText(tr("Dry run: the rule would have acted on %n of the last %1 incoming message(s). "
                                "Nothing was changed.",
        nullptr, int(proposals->size()))
                                 .arg(m_dryRunCount->value()));
    m_dryRunRule = m_editor->rule();
    m_dryRunFound = int(proposals->size());
    updateButtons();
}

void AutoModerationDialog::confirmSwitchOn()
{
    const std::optional<qint64> id = selectedRuleId();
    if (!id)
        return;
    const AutoModerationRule rule = m_editor->rule();
    confirm(QStringLiteral("confirmSwitchOn"), tr("Switch the rule on?"),
        tr("From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n message(s) "
           "among the latest; messages that are already here are left as they are. Each decision can be "
           "reverted.",
            nullptr, m_dryRunFound)
            .arg(rule.name, describeAction(rule.action, rule.actionArg)),
        tr("Switch &On"), [this, ruleId = *id]() { switchOn(ruleId); });
}

// Window-modal and asynchronous, so the event loop (and the tests) keep running.
void AutoModerationDialog::confirm(const QString &name, const QString &title, const QString &text,
    const QString &accept, const std::function<void()> &onAccept)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box->setObjectName(name);
    QPushButton *yes = box->addButton(accept, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, yes, onAccept](QAbstractButton *clicked) {
        if (clicked == yes)
            onAccept();
        box->close();
    });
    box->open();
}

void AutoModerationDialog::switchOn(qint64 ruleId)
{
    AutoModeration moderation = automod();
    if (!moderation.setMode(ruleId, AutoModeration::liveMode)) {
        showError(moderation.errorString());
        return;
    }
    fillRules();
    selectRule(ruleId);
}

void AutoModerationDialog::switchOff()
{
    const std::optional<qint64> id = selectedRuleId();
    AutoModeration moderation = automod();
    if (!id || !moderation.setMode(*id, AutoModeration::offMode)) {
        showError(moderation.errorString());
        return;
    }
    fillRules();
    selectRule(*id);
}

void AutoModerationDialog::confirmRevert()
{
    const QTreeWidgetItem *item = m_decisionList->currentItem();
    if (!item)
        return;
    confirm(QStringLiteral("confirmRevert"), tr("Revert this decision?"),
        tr("What “%1” did to the conversation is undone, where nobody has changed it since. The decision "
           "stays in the list, marked reverted.")
            .arg(item->text(1)),
        tr("&Revert"), [this, decisionId = item->data(0, Qt::UserRole).toLongLong()]() { revert(decisionId); });
}

void AutoModerationDialog::revert(qint64 decisionId)
{
    AutoModeration moderation = automod();
    const std::optional<AutoModerationDecision> decision = moderation.decision(decisionId);
    if (!decision || !moderation.revert(decisionId)) {
        showError(moderation.errorString());
        return;
    }
    m_error->hide();
    m_session->announceConversationChanged(decision->conversationId);
    fillDecisions();
}

void AutoModerationDialog::updateButtons()
{
    const std::optional<qint64> id = selectedRuleId();
    std::optional<AutoModerationRule> saved;
    for (const AutoModerationRule &rule : std::as_const(m_rules)) {
        if (id && rule.id == *id)
            saved = rule;
    }
    const QString mode = saved ? saved->mode : QString();
    // A rule goes live only after its dry run showed what it would do, as saved.
    // A dry run stays valid for a rule renamed since.
    const bool triedAsSaved = saved && m_dryRunRule.id == saved->id
        && AutoModeration::sameMatching(m_dryRunRule, *saved) && AutoModeration::sameMatching(m_editor->rule(), *saved);
    m_switchOn->setEnabled(saved && mode != AutoModeration::liveMode && triedAsSaved);
    m_switchOn->setToolTip(saved && mode != AutoModeration::liveMode && !triedAsSaved
            ? tr("Save the rule and run its dry run first.")
            : QString());
    m_switchOff->setEnabled(id && mode != AutoModeration::offMode);
    const QTreeWidgetItem *decision = m_decisionList->currentItem();
    bool revertible = false;
    for (const AutoModerationDecision &each : std::as_const(m_decisions)) {
        if (decision && each.id == decision->data(0, Qt::UserRole).toLongLong())
            revertible = !each.isReverted();
    }
    m_revert->setEnabled(revertible);
}

void AutoModerationDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

QString AutoModerationDialog::describeKind(const QString &kind) const
{
    if (kind == AutoModeration::keyword)
        return tr("Keywords");
    if (kind == AutoModeration::link)
        return tr("Links to other sites");
    if (kind == AutoModeration::caps)
        return tr("Posts in capitals");
    return tr("Repeated posts");
}

QString AutoModerationDialog::describeAction(const QString &action, const QString &argument) const
{
    if (action == AutoModeration::tag)
        return tr("Tag “%1”").arg(argument);
    if (action == AutoModeration::hide)
        return tr("Hide (rule %1)").arg(argument);
    if (action == AutoModeration::assign) {
        const qint64 id = argument.section(QLatin1Char(':'), 1).toLongLong();
        const UserDirectory directory(m_session->workspace());
        if (argument.startsWith(QLatin1String("user:"))) {
            const std::optional<User> user = directory.user(id);
            return tr("Assign to %1").arg(user ? user->name : tr("a former user"));
        }
        const QList<Department> departments = directory.departments();
        for (const Department &department : departments) {
            if (department.id == id)
                return tr("Assign to %1").arg(department.name);
        }
        return tr("Assign to a former department");
    }
    return tr("Flag");
}

QString AutoModerationDialog::describeMode(const QString &mode) const
{
    if (mode == AutoModeration::liveMode)
        return tr("Live");
    if (mode == AutoModeration::offMode)
        return tr("Off");
    return tr("Dry run");
}

void AutoModerationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QDialog::changeEvent(event);
}

void AutoModerationDialog::retranslateUi()
{
    setWindowTitle(tr("Auto-Moderation"));
    m_tabs->setTabText(0, tr("&Rules"));
    m_tabs->setTabText(1, tr("De&cisions"));
    m_rulesLabel->setText(tr("R&ules (a new rule starts in dry run):"));
    m_ruleList->setHeaderLabels({tr("Name"), tr("Looks for"), tr("Does"), tr("Mode")});
    m_newRule->setText(tr("Ne&w Rule"));
    m_switchOn->setText(tr("Switch &On…"));
    m_switchOff->setText(tr("Switch O&ff"));
    m_saveRule->setText(tr("&Save Rule"));
    m_dryRunCountLabel->setText(tr("On the last &messages:"));
    m_dryRun->setText(tr("Dr&y Run"));
    m_dryRunResults->setHeaderLabels({tr("Author"), tr("Message"), tr("Matched"), tr("Would do")});
    m_decisionsLabel->setText(tr("Decisions of live rules, newest first:"));
    m_decisionList->setHeaderLabels({tr("When"), tr("Rule"), tr("Author"), tr("Message"), tr("Did"), tr("State")});
    m_revert->setText(tr("Re&vert…"));
    m_close->setText(tr("Close"));
    m_editor->retranslateUi();
}

} // namespace hearth
