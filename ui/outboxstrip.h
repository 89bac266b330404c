// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox.h"

#include <QFrame>
#include <QList>

class QVBoxLayout;

namespace hearth {

// The replies of one conversation that have not gone out yet, each with its error, and what
// the agent can do about a failed one: retry it, take it back to edit, or discard it.
class OutboxStrip : public QFrame
{
    Q_OBJECT

public:
    explicit OutboxStrip(QWidget *parent = nullptr);

    void setItems(const QList<OutboxItem> &items);
    const QList<OutboxItem> &items() const { return m_items; }

signals:
    void retryRequested(qint64 outboxId);
    void editRequested(qint64 outboxId);
    // Only once the agent has confirmed it.
    void discardRequested(qint64 outboxId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *createRow(const OutboxItem &item);
    void confirmDiscard(qint64 outboxId);

    QList<OutboxItem> m_items;
    QVBoxLayout *m_rows;
};

} // namespace hearth
