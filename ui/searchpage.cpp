// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpage.h"

#include "conversationlist.h"
#include "searchfilterbar.h"
#include "searchresultsmodel.h"
#include "workspace.h"
#include "workspacesummary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace hearth {

SearchPage::SearchPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_filters(new SearchFilterBar(this))
    , m_model(new SearchResultsModel(this))
    , m_results(new ConversationList(m_model, SearchResultsModel::ConversationIdRole,
                                     SearchResultsModel::SnippetColumn, this))
{
    setObjectName(QStringLiteral("searchPage"));
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnWidth(SearchResultsModel::AuthorColumn, 220);
    m_results->setColumnWidth(SearchResultsModel::TimeColumn, 150);
    connect(m_results, &ConversationList::currentConversationChanged, this, &SearchPage::currentConversationChanged);
    connect(m_back, &QPushButton::clicked, this, &SearchPage::backToInbox);
    connect(m_filters, &SearchFilterBar::filtersChanged, this, [this] {
        if (m_workspace && !m_text.isEmpty())
            runSearch();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &SearchPage::backToInbox);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_results, 1);
    retranslateUi();
}

bool SearchPage::search(const Workspace &workspace, const QString &text)
{
    if (m_workspace != &workspace) {
        m_workspace = &workspace;
        m_filters->setWorkspace(&workspace);
    }
    m_text = text;
    return runSearch();
}

void SearchPage::forgetWorkspace()
{
    m_workspace = nullptr;
    m_text.clear();
    m_error.clear();
    m_filters->setWorkspace(nullptr);
    m_model->setHits({}, {});
    describe();
}

bool SearchPage::runSearch()
{
    m_error.clear();
    WorkspaceSummary summary;
    WorkspaceSummary::read(*m_workspace, &summary); // for the channel icons only
    SearchRequest request;
    request.text = m_text;
    request.limit = maxHits;
    m_filters->applyTo(&request);
    QList<SearchHit> hits;
    const bool ok = MessageSearch(*m_workspace).search(request, &hits, &m_error);
    m_model->setHits(hits, summary.accountKinds());
    describe();
    if (!hits.isEmpty())
        m_results->setCurrentIndex(m_model->index(0, 0));
    return ok;
}

int SearchPage::hitCount() const
{
    return m_model->rowCount();
}

qint64 SearchPage::currentConversationId() const
{
    return m_results->currentConversationId();
}

void SearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SearchPage::retranslateUi()
{
    m_back->setText(tr("&Back to the Inbox"));
    m_back->setToolTip(tr("Esc"));
    m_model->retranslate();
    describe();
}

void SearchPage::describe()
{
    if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else if (m_text.isEmpty())
        m_summary->clear();
    else if (m_model->rowCount() == 0 && m_filters->isFiltering())
        m_summary->setText(tr("No message matches “%1” with these filters.").arg(m_text));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No message matches “%1”.").arg(m_text));
    else if (m_model->rowCount() == maxHits)
        m_summary->setText(tr("The newest %1 messages that match “%2”.").arg(maxHits).arg(m_text));
    else
        m_summary->setText(tr("%n message(s) match “%1”.", nullptr, m_model->rowCount()).arg(m_text));
}

} // namespace hearth
