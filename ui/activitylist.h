// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversationactivity.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace hearth {

class Workspace;

// A conversation's internal notes and its audit trail, oldest first: who did what, when.
// Notes are tinted and labelled "Internal note": they stay in the team and are never sent.
// Note text, tags and reasons are shown as plain text.
class ActivityList : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityList(QWidget *parent = nullptr);

    void showActivityOf(const Workspace &workspace, qint64 conversationId);
    void clear();

    const QList<ActivityEntry> &entries() const { return m_entries; }
    // Each entry's text as shown, in order: for the tests.
    QStringList shownTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QWidget *entryWidget(const ActivityEntry &entry);

    const Workspace *m_workspace = nullptr;
    qint64 m_conversationId = 0;
    QList<ActivityEntry> m_entries;
    QString m_error;
    QLabel *m_title;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_entriesLayout;
};

} // namespace hearth
