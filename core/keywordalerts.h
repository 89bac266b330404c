// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace hearth {

class Workspace;

// One alert: any of the words in a new message tags its conversation and raises its priority.
struct KeywordAlert
{
    qint64 id = 0;
    QStringList words;
    QString tag;
    int priority = 0; // 0 normal … 3 urgent; the conversation's priority is raised, never lowered
};

// Keyword alerts for brand monitoring: what sync brings in is checked against them, and a
// conversation with a matching new message is tagged and prioritised, audited as done by
// Hearth. Words match whole words, case-insensitively, in the subject and the text.
class KeywordAlerts
{
    Q_DECLARE_TR_FUNCTIONS(KeywordAlerts)

public:
    explicit KeywordAlerts(const Workspace &workspace);

    QList<KeywordAlert> alerts() const;
    qint64 add(const QStringList &words, const QString &tag, int priority);

    // Which of the messages (inbound ones, not yet stored for this account) match an alert;
    // call before storing them. Returns remote ids with the alerts they match.
    QList<QPair<QString, KeywordAlert>> matchNew(qint64 accountId, const QList<IncomingMessage> &messages) const;
    // Tags and prioritises the conversations the matches were stored in; call after storing
    // them, inside the same transaction.
    bool apply(qint64 accountId, const QList<QPair<QString, KeywordAlert>> &matches);

    QString errorString() const { return m_error; }

private:
    bool isStored(qint64 accountId, const QString &remoteId) const;
    bool fail(const QString &error);

    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
