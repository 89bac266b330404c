// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulestatisticsdialog.h"

#include "channelicons.h"
#include "rulestatistics.h"
#include "workspacesession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth {

RuleStatisticsDialog::RuleStatisticsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ruleStatisticsDialog"));
    m_summary->setObjectName(QStringLiteral("ruleStatisticsSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("ruleStatisticsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
    refresh();
}

void RuleStatisticsDialog::refresh()
{
    setWindowTitle(tr("Rule Statistics"));
    m_table->clear();
    if (!m_session)
        return;
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const RuleStatistics statistics(m_session->workspace());
    const QList<RuleUsage> rules = statistics.usage(language, RuleStatistics::Period::Month);
    if (!statistics.errorString().isEmpty()) {
        m_summary->setText(statistics.errorString());
        return;
    }
    // Columns: the rule, the total, each channel that cited anything, each month with citations.
    QStringList channels;
    QList<QDate> months;
    int unused = 0;
    for (const RuleUsage &rule : rules) {
        for (auto it = rule.byChannel.cbegin(); it != rule.byChannel.cend(); ++it) {
            if (!channels.contains(it.key()))
                channels << it.key();
        }
        for (auto it = rule.byPeriod.cbegin(); it != rule.byPeriod.cend(); ++it) {
            if (!months.contains(it.key()))
                months << it.key();
        }
        unused += rule.published && rule.neverCited() ? 1 : 0;
    }
    channels.sort();
    std::sort(months.begin(), months.end());
    QStringList headers {tr("Rule"), tr("Citations")};
    for (const QString &kind : std::as_const(channels))
        headers << ChannelIcons::kindName(kind);
    for (const QDate &month : std::as_const(months))
        headers << QLocale().toString(month, QStringLiteral("MMM yyyy"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rules.size()));

    for (int row = 0; row < rules.size(); ++row) {
        const RuleUsage &rule = rules.at(row);
        QString name = rule.number ? tr("%1. %2").arg(rule.number).arg(rule.title) : tr("Rule #%1").arg(rule.ruleId);
        if (!rule.published)
            name = tr("%1 (no longer published)").arg(name);
        auto *ruleItem = new QTableWidgetItem(name);
        auto *total = new QTableWidgetItem(rule.neverCited() ? tr("Never cited") : QString::number(rule.citations));
        total->setData(Qt::UserRole, rule.citations);
        if (rule.neverCited()) {
            // Marked, not hidden: a rule nobody cites is worth a look.
            QFont font = ruleItem->font();
            font.setItalic(true);
            ruleItem->setFont(font);
            total->setFont(font);
            ruleItem->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_table->setItem(row, ruleColumn, ruleItem);
        m_table->setItem(row, totalColumn, total);
        int column = firstChannelColumn;
        for (const QString &kind : std::as_const(channels))
            m_table->setItem(row, column++, new QTableWidgetItem(QString::number(rule.byChannel.value(kind))));
        for (const QDate &month : std::as_const(months))
            m_table->setItem(row, column++, new QTableWidgetItem(QString::number(rule.byPeriod.value(month))));
    }
    m_table->resizeColumnsToContents();
    if (rules.isEmpty())
        m_summary->setText(tr("The netiquette has no published rules yet, and no moderation cited one."));
    else
        m_summary->setText(tr("How often moderation cited each rule (reverted actions are left out). %n published "
                              "rule(s) never cited.",
            nullptr, unused));
}

void RuleStatisticsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QDialog::changeEvent(event);
}

} // namespace hearth
