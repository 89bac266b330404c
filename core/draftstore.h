// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

// A reply being written: one per person and conversation.
struct Draft
{
    qint64 conversationId = 0;
    qint64 userId = 0;
    QString visibility; // "public" or "private"
    QString body;
    qint64 updatedAt = 0;
};

// Keeps what an agent is writing in the workspace as they type, so that nothing typed is
// lost to a crash, a switch of conversation or a restart.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    static const QString publicVisibility; // "public"
    static const QString privateVisibility; // "private"

    explicit DraftStore(const Workspace &workspace);

    // Stores the draft in place of the one before; a body of nothing but white space
    // deletes it. False (with errorString()) when it could not be stored.
    bool save(qint64 conversationId, qint64 userId, const QString &visibility, const QString &body);
    std::optional<Draft> load(qint64 conversationId, qint64 userId) const;
    bool remove(qint64 conversationId, qint64 userId);
    QString errorString() const { return m_error; }

    static bool isVisibility(const QString &visibility);

private:
    bool fail(const QString &error);

    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
