// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTreeWidget>

namespace hearth {

struct NetiquetteRule;

// The rules of one netiquette text as readers number them: number, title and stable id.
// Clicking a rule or pressing Enter on it asks to go to its heading.
class NetiquetteOutline : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NetiquetteOutline(QWidget *parent = nullptr);

    void setRules(const QList<NetiquetteRule> &rules);
    // Marks the rule the given line (from 1) belongs to, without asking to go anywhere.
    void markRuleAtLine(int line);
    void retranslateUi();

signals:
    // line from 1; ruleId 0 for a rule without an id yet.
    void headingActivated(int line, int ruleId);

private:
    void activate(QTreeWidgetItem *item);
};

} // namespace hearth
