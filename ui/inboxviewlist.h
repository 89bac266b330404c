// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxquery.h"

#include <QList>
#include <QMap>
#include <QTreeWidget>

namespace hearth {

// The inbox's views down the side of a tab, each with how many conversations it holds:
// All open, Unassigned, Mine, Waiting, Snoozed, Resolved, Needs follow-up. Arrow keys move
// between them like any list; choosing one says so.
class InboxViewList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit InboxViewList(QWidget *parent = nullptr);

    // The views in the order shown (and of the shortcuts Ctrl+1 ... Ctrl+7).
    static QList<InboxView> views();
    static QString viewName(InboxView view);

    InboxView currentView() const;
    void setCurrentView(InboxView view);
    void setCounts(const QMap<InboxView, qint64> &counts);
    qint64 shownCount(InboxView view) const;
    void retranslateUi();
    // As wide as the names and counts need, so the conversations get the rest.
    QSize sizeHint() const override;

signals:
    void viewChosen(InboxView view);

private:
    QMap<InboxView, qint64> m_counts;
};

} // namespace hearth
