// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automoderation.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace hearth {

class AutoModerationRuleEditor;
class WorkspaceSession;

// Community › Auto-Moderation: the rules with their modes, a rule's fields, its dry run on the
// latest messages (what it would have done; nothing changes), switching it on after a
// confirmation and off again, and the decisions live rules made, each revertible after a
// confirmation. What a rule may be and what a decision does is the core's (AutoModeration).
class AutoModerationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AutoModerationDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads rules and decisions again, keeping the rule being edited.
    void refresh();
    std::optional<qint64> selectedRuleId() const;
    bool selectRule(qint64 ruleId);

    void newRule();
    void saveRule();
    void runDryRun();
    void confirmSwitchOn();
    void switchOff();
    void confirmRevert();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildRulesTab(QWidget *page);
    void buildDecisionsTab(QWidget *page);
    void showSelectedRule();
    void fillRules();
    void fillDecisions();
    void updateButtons();
    AutoModeration automod() const;
    void showError(const QString &text);
    void confirm(const QString &name, const QString &title, const QString &text, const QString &accept,
        const std::function<void()> &onAccept);
    void switchOn(qint64 ruleId);
    void revert(qint64 decisionId);
    QString describeAction(const QString &action, const QString &argument) const;
    QString describeKind(const QString &kind) const;
    QString describeMode(const QString &mode) const;
    void retranslateUi();

    WorkspaceSession *m_session;
    QList<AutoModerationRule> m_rules;
    QList<AutoModerationDecision> m_decisions;
    AutoModerationRule m_dryRunRule; // what the last dry run tried
    int m_dryRunFound = 0;
    QTabWidget *m_tabs;
    QLabel *m_rulesLabel;
    QTreeWidget *m_ruleList;
    QPushButton *m_newRule;
    QPushButton *m_switchOn;
    QPushButton *m_switchOff;
    AutoModerationRuleEditor *m_editor;
    QPushButton *m_saveRule;
    QLabel *m_dryRunCountLabel;
    QSpinBox *m_dryRunCount;
    QPushButton *m_dryRun;
    QLabel *m_error;
    QLabel *m_dryRunSummary;
    QTreeWidget *m_dryRunResults;
    QLabel *m_decisionsLabel;
    QTreeWidget *m_decisionList;
    QPushButton *m_revert;
    QPushButton *m_close;
};

} // namespace hearth
