// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfilterbar.h"

#include "channelicons.h"
#include "conversationactivity.h"
#include "conversationview.h"
#include "messagesearch.h"
#include "searchfacets.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesummary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>

namespace hearth {

namespace {
const QStringList statuses{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("waiting"),
                           QStringLiteral("snoozed"), QStringLiteral("resolved")};

void resetChoices(QComboBox *box)
{
    box->clear();
    box->addItem(QString()); // "Any", named by retranslateUi()
}
} // namespace

SearchFilterBar::SearchFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QPushButton(this))
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("searchFilterBar"));
    m_kind->setObjectName(QStringLiteral("filterChannelKind"));
    m_account->setObjectName(QStringLiteral("filterAccount"));
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_assignee->setObjectName(QStringLiteral("filterAssignee"));
    m_tag->setObjectName(QStringLiteral("filterTag"));
    m_language->setObjectName(QStringLiteral("filterLanguage"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));

    m_layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_account, m_status, m_assignee, m_tag, m_language,
                                                           m_from, m_to}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
    }

    for (QComboBox *box : {m_kind, m_account, m_status, m_assignee, m_tag, m_language}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        resetChoices(box);
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &SearchFilterBar::changed);
    }
    fillStatuses();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(anyDate());
        edit->setDate(anyDate());
        connect(edit, &QDateEdit::dateChanged, this, &SearchFilterBar::changed);
    }
    connect(m_clear, &QPushButton::clicked, this, &SearchFilterBar::clearFilters);
    retranslateUi();
    arrange(4);
}

int SearchFilterBar::pairWidth() const
{
    const QList<QWidget *> fields{m_kind, m_account, m_status, m_assignee, m_tag, m_language, m_from, m_to};
    int widest = 0;
    for (int i = 0; i < fields.size(); ++i) {
        widest = std::max(widest, m_labels.at(i)->sizeHint().width() + m_layout->horizontalSpacing()
                                      + fields.at(i)->minimumSizeHint().width());
    }
    return widest;
}

QSize SearchFilterBar::minimumSizeHint() const
{
    // Narrow enough for two filters a row (the button below them); resizeEvent() rearranges
    // before the bar gets this narrow.
    const int spacing = m_layout->horizontalSpacing();
    return QSize(2 * (pairWidth() + spacing), QWidget::minimumSizeHint().height());
}

void SearchFilterBar::resizeEvent(QResizeEvent *event)
{
    const int spacing = m_layout->horizontalSpacing();
    arrange(event->size().width() >= 4 * (pairWidth() + spacing) + m_clear->sizeHint().width() ? 4 : 2);
    QWidget::resizeEvent(event);
}

void SearchFilterBar::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QWidget *> fields{m_kind, m_account, m_status, m_assignee, m_tag, m_language, m_from, m_to};
    for (int i = 0; i < fields.size(); ++i) {
        m_layout->removeWidget(m_labels.at(i));
        m_layout->removeWidget(fields.at(i));
    }
    m_layout->removeWidget(m_clear);
    for (int column = 0; column < 9; ++column)
        m_layout->setColumnStretch(column, 0);
    for (int i = 0; i < fields.size(); ++i) {
        m_layout->addWidget(m_labels.at(i), i / columns, (i % columns) * 2);
        m_layout->addWidget(fields.at(i), i / columns, (i % columns) * 2 + 1);
        m_layout->setColumnStretch((i % columns) * 2 + 1, 1);
    }
    // Beside the filters when there is room, else below them.
    if (columns == 4)
        m_layout->addWidget(m_clear, 0, columns * 2, 1, 1, Qt::AlignTop);
    else
        m_layout->addWidget(m_clear, int(fields.size()) / columns, 0, 1, columns * 2, Qt::AlignRight);
}

QDate SearchFilterBar::anyDate()
{
    return QDate(2000, 1, 1);
}

void SearchFilterBar::fillStatuses()
{
    for (const QString &status : statuses)
        m_status->addItem(ConversationActivity::statusName(status), status);
}

void SearchFilterBar::setWorkspace(const Workspace *workspace)
{
    m_filling = true;
    for (QComboBox *box : {m_kind, m_account, m_assignee, m_tag, m_language})
        resetChoices(box);
    m_status->setCurrentIndex(0);
    m_from->setDate(anyDate());
    m_to->setDate(anyDate());
    if (workspace) {
        WorkspaceSummary summary;
        if (WorkspaceSummary::read(*workspace, &summary)) {
            QStringList kinds;
            for (const ChannelAccount &account : std::as_const(summary.accounts)) {
                m_account->addItem(ChannelIcons::icon(account.kind), ConversationView::neutralized(account.name), account.id);
                if (!kinds.contains(account.kind))
                    kinds << account.kind;
            }
            kinds.sort();
            for (const QString &kind : std::as_const(kinds))
                m_kind->addItem(ChannelIcons::icon(kind), ChannelIcons::kindName(kind), kind);
        }
        for (const User &user : UserDirectory(*workspace).users())
            m_assignee->addItem(ConversationView::neutralized(user.name), user.id);
        SearchFacets facets;
        if (SearchFacets::read(*workspace, &facets)) {
            for (const QString &tag : std::as_const(facets.tags))
                m_tag->addItem(ConversationView::neutralized(tag), tag);
            for (const QString &language : std::as_const(facets.languages))
                m_language->addItem(language, language);
        }
    }
    retranslateUi();
    m_filling = false;
}

void SearchFilterBar::applyTo(SearchRequest *request) const
{
    if (m_kind->currentIndex() > 0)
        request->channelKind = m_kind->currentData().toString();
    if (m_account->currentIndex() > 0)
        request->accountId = m_account->currentData().toLongLong();
    if (m_status->currentIndex() > 0)
        request->status = m_status->currentData().toString();
    if (m_assignee->currentIndex() > 0)
        request->assigneeId = m_assignee->currentData().toLongLong();
    if (m_tag->currentIndex() > 0)
        request->tag = m_tag->currentData().toString();
    if (m_language->currentIndex() > 0)
        request->language = m_language->currentData().toString();
    // Whole days in the reader's time zone, both ends included.
    if (m_from->date() != anyDate())
        request->since = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_to->date() != anyDate())
        request->until = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
}

bool SearchFilterBar::isFiltering() const
{
    for (QComboBox *box : {m_kind, m_account, m_status, m_assignee, m_tag, m_language}) {
        if (box->currentIndex() > 0)
            return true;
    }
    return m_from->date() != anyDate() || m_to->date() != anyDate();
}

void SearchFilterBar::clearFilters()
{
    if (!isFiltering())
        return;
    m_filling = true;
    for (QComboBox *box : {m_kind, m_account, m_status, m_assignee, m_tag, m_language})
        box->setCurrentIndex(0);
    m_from->setDate(anyDate());
    m_to->setDate(anyDate());
    m_filling = false;
    changed();
}

void SearchFilterBar::changed()
{
    m_clear->setEnabled(isFiltering());
    if (!m_filling)
        emit filtersChanged();
}

void SearchFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SearchFilterBar::retranslateUi()
{
    const QStringList names{tr("&Channel:"), tr("Acc&ount:"), tr("Stat&us:"), tr("Assi&gnee:"),
                            tr("T&ag:"), tr("&Language:"), tr("&From:"), tr("&To:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(names.at(i));
    for (QComboBox *box : {m_kind, m_account, m_status, m_assignee, m_tag, m_language})
        box->setItemText(0, tr("Any"));
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i + 1, ConversationActivity::statusName(statuses.at(i)));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("Any"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setEnabled(isFiltering());
}

} // namespace hearth
