// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QTableWidget;

namespace hearth {

class WorkspaceSession;

// Community › Rule Statistics: how often moderation cited each rule of the netiquette, in
// total, per channel and per month, with the rules never cited marked (a rule nobody needs
// may be one to drop; one cited all the time may need clearer words).
class RuleStatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleStatisticsDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    void refresh();

    // Column layout, for tests and readers of the table.
    static constexpr int ruleColumn = 0;
    static constexpr int totalColumn = 1;
    static constexpr int firstChannelColumn = 2;

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<WorkspaceSession> m_session;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace hearth
