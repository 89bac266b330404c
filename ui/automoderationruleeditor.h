// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automoderation.h"
#include "netiquettelibrary.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hearth {

struct Department;
struct User;

// The fields of one auto-moderation rule: a name, what it looks for (with the keywords, the
// allowed hosts or the threshold that kind needs) and what it does (with the tag, the person
// or department, or the netiquette rule a hidden post broke). Only the fields the chosen kind
// and action need are shown. Checking the rule is the core's (AutoModeration::validate).
class AutoModerationRuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AutoModerationRuleEditor(QWidget *parent = nullptr);

    // What the argument lists offer.
    void setChoices(const QStringList &tags, const QList<User> &users, const QList<Department> &departments,
        const QList<CitableRule> &citable);
    void setRule(const AutoModerationRule &rule);
    // The rule as edited; id and mode are those of the rule last set (0 and empty: a new one).
    AutoModerationRule rule() const;
    void focusName();
    void retranslateUi();

signals:
    void edited();

private:
    void updateFields();
    QString argument() const;
    void selectArgument(const AutoModerationRule &rule);

    AutoModerationRule m_loaded;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_patternLabel;
    QPlainTextEdit *m_pattern;
    QLabel *m_thresholdLabel;
    QSpinBox *m_threshold;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_argumentLabel;
    QComboBox *m_tag;
    QComboBox *m_target;
    QComboBox *m_citation;
};

} // namespace hearth
