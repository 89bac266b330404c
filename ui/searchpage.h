// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hearth {

class ConversationList;
class SearchFilterBar;
class SearchResultsModel;
class Workspace;

// The hits of a search over all messages, newest first; the selected hit's conversation is
// the current one.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxHits = 200;

    explicit SearchPage(QWidget *parent = nullptr);

    // Runs the search, narrowed by the filters; a query with nothing to search for, or a
    // failure, is said on the page. A search in another workspace than the last starts with
    // no filters.
    bool search(const Workspace &workspace, const QString &text);
    // Forgets the workspace (it is about to close): nothing here may use it afterwards.
    void forgetWorkspace();
    SearchFilterBar *filterBar() const { return m_filters; }
    ConversationList *results() const { return m_results; }
    int hitCount() const;
    qint64 currentConversationId() const;

signals:
    void backToInbox();
    void currentConversationChanged(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void describe();
    bool runSearch();

    const Workspace *m_workspace = nullptr;
    QString m_text;
    QString m_error;
    QLabel *m_summary;
    QPushButton *m_back;
    SearchFilterBar *m_filters;
    SearchResultsModel *m_model;
    ConversationList *m_results;
};

} // namespace hearth
