// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automoderationruleeditor.h"

#include "userdirectory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace hearth {

namespace {

QComboBox *comboBox(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

void setItemData(QComboBox *box, const QStringList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (i >= box->count())
            box->addItem(QString());
        box->setItemData(i, values.at(i));
    }
}

} // namespace

AutoModerationRuleEditor::AutoModerationRuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(comboBox("ruleKind", this))
    , m_patternLabel(new QLabel(this))
    , m_pattern(new QPlainTextEdit(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(comboBox("ruleAction", this))
    , m_argumentLabel(new QLabel(this))
    , m_tag(comboBox("ruleTag", this))
    , m_target(comboBox("ruleTarget", this))
    , m_citation(comboBox("ruleCitation", this))
{
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_pattern->setObjectName(QStringLiteral("rulePattern"));
    m_pattern->setTabChangesFocus(true);
    m_threshold->setObjectName(QStringLiteral("ruleThreshold"));
    m_tag->setEditable(true);
    setItemData(m_kind, AutoModeration::kinds());
    setItemData(m_action, AutoModeration::actions());

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_patternLabel, m_pattern);
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(m_actionLabel, m_action);
    auto *argument = new QWidget(this);
    auto *argumentLayout = new QHBoxLayout(argument);
    argumentLayout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *box : {m_tag, m_target, m_citation})
        argumentLayout->addWidget(box);
    form->addRow(m_argumentLabel, argument);
    m_nameLabel->setBuddy(m_name);
    m_kindLabel->setBuddy(m_kind);
    m_patternLabel->setBuddy(m_pattern);
    m_thresholdLabel->setBuddy(m_threshold);
    m_actionLabel->setBuddy(m_action);
    const QList<QWidget *> order {m_name, m_kind, m_pattern, m_threshold, m_action, m_tag, m_target, m_citation};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        const QString kind = m_kind->currentData().toString();
        m_threshold->setValue(kind == AutoModeration::repeat ? AutoModeration::defaultRepeatThreshold
                                                             : AutoModeration::defaultCapsThreshold);
        updateFields();
        emit edited();
    });
    connect(m_action, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        updateFields();
        emit edited();
    });
    connect(m_name, &QLineEdit::textEdited, this, &AutoModerationRuleEditor::edited);
    connect(m_pattern, &QPlainTextEdit::textChanged, this, &AutoModerationRuleEditor::edited);
    connect(m_threshold, qOverload<int>(&QSpinBox::valueChanged), this, &AutoModerationRuleEditor::edited);
    for (QComboBox *box : {m_tag, m_target, m_citation})
        connect(box, &QComboBox::currentTextChanged, this, &AutoModerationRuleEditor::edited);
    retranslateUi();
    setRule(AutoModerationRule());
}

void AutoModerationRuleEditor::setChoices(const QStringList &tags, const QList<User> &users,
    const QList<Department> &departments, const QList<CitableRule> &citable)
{
    m_tag->clear();
    m_tag->addItems(tags);
    m_target->clear();
    for (const User &user : users)
        m_target->addItem(user.name, QStringLiteral("user:%1").arg(user.id));
    for (const Department &department : departments)
        m_target->addItem(
            tr("%1 (department)").arg(department.name), QStringLiteral("department:%1").arg(department.id));
    m_citation->clear();
    for (const CitableRule &rule : citable)
        m_citation->addItem(
            tr("Rule %1: %2").arg(QString::number(rule.number), rule.title), QString::number(rule.ruleId));
}

void AutoModerationRuleEditor::setRule(const AutoModerationRule &rule)
{
    m_loaded = rule;
    const QSignalBlocker blockKind(m_kind);
    m_name->setText(rule.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(rule.kind)));
    m_pattern->setPlainText(rule.pattern);
    m_action->setCurrentIndex(std::max(0, m_action->findData(rule.action)));
    const QString kind = m_kind->currentData().toString();
    const int fallback =
        kind == AutoModeration::repeat ? AutoModeration::defaultRepeatThreshold : AutoModeration::defaultCapsThreshold;
    m_threshold->setValue(rule.threshold > 0 ? rule.threshold : fallback);
    selectArgument(rule);
    updateFields();
}

void AutoModerationRuleEditor::selectArgument(const AutoModerationRule &rule)
{
    m_tag->setCurrentText(rule.action == AutoModeration::tag ? rule.actionArg : QString());
    m_target->setCurrentIndex(std::max(0, m_target->findData(rule.actionArg)));
    m_citation->setCurrentIndex(std::max(0, m_citation->findData(rule.actionArg)));
}

AutoModerationRule AutoModerationRuleEditor::rule() const
{
    AutoModerationRule rule = m_loaded;
    rule.name = m_name->text();
    rule.kind = m_kind->currentData().toString();
    const bool usesPattern = rule.kind == AutoModeration::keyword || rule.kind == AutoModeration::link;
    rule.pattern = usesPattern ? m_pattern->toPlainText() : QString();
    rule.threshold = usesPattern ? 0 : m_threshold->value();
    rule.action = m_action->currentData().toString();
    rule.actionArg = argument();
    return rule;
}

QString AutoModerationRuleEditor::argument() const
{
    const QString action = m_action->currentData().toString();
    if (action == AutoModeration::tag)
        return m_tag->currentText();
    if (action == AutoModeration::assign)
        return m_target->currentData().toString();
    if (action == AutoModeration::hide)
        return m_citation->currentData().toString();
    return {};
}

void AutoModerationRuleEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void AutoModerationRuleEditor::updateFields()
{
    const QString kind = m_kind->currentData().toString();
    const QString action = m_action->currentData().toString();
    const bool usesPattern = kind == AutoModeration::keyword || kind == AutoModeration::link;
    m_pattern->setVisible(usesPattern);
    m_patternLabel->setVisible(usesPattern);
    m_threshold->setVisible(!usesPattern);
    m_thresholdLabel->setVisible(!usesPattern);
    if (kind == AutoModeration::caps) {
        m_threshold->setRange(50, 100);
        m_threshold->setSuffix(QStringLiteral("%"));
    } else {
        m_threshold->setRange(2, 20);
        m_threshold->setSuffix(QString());
    }
    m_patternLabel->setText(kind == AutoModeration::link ? tr("Allowed s&ites:") : tr("&Keywords:"));
    m_pattern->setPlaceholderText(
        kind == AutoModeration::link ? tr("One host a line, e.g. example.com") : tr("One keyword or phrase a line"));
    m_thresholdLabel->setText(kind == AutoModeration::caps ? tr("Capitals &at least:") : tr("&Posts a day:"));
    m_tag->setVisible(action == AutoModeration::tag);
    m_target->setVisible(action == AutoModeration::assign);
    m_citation->setVisible(action == AutoModeration::hide);
    const bool hasArgument = action != AutoModeration::flag;
    m_argumentLabel->setVisible(hasArgument);
    m_argumentLabel->setText(action == AutoModeration::tag ? tr("Ta&g:")
            : action == AutoModeration::assign             ? tr("Assign &to:")
                                                           : tr("Cit&e rule:"));
    for (QComboBox *box : {m_tag, m_target, m_citation}) {
        if (box->isVisibleTo(this))
            m_argumentLabel->setBuddy(box);
    }
}

void AutoModerationRuleEditor::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:"));
    m_kindLabel->setText(tr("&Looks for:"));
    m_actionLabel->setText(tr("&Does:"));
    m_kind->setItemText(0, tr("Keywords"));
    m_kind->setItemText(1, tr("Links to other sites"));
    m_kind->setItemText(2, tr("Posts in capitals"));
    m_kind->setItemText(3, tr("Repeated posts"));
    m_action->setItemText(0, tr("Flag (tag “flagged”, high priority)"));
    m_action->setItemText(1, tr("Tag"));
    m_action->setItemText(2, tr("Hide, citing the netiquette"));
    m_action->setItemText(3, tr("Assign"));
    m_citation->setPlaceholderText(tr("Publish the netiquette first"));
    updateFields();
}

} // namespace hearth
