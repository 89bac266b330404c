// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace hearth {

class Workspace;

// What one ingest did. A batch is stored whole or not at all; items that cannot be stored
// (no id, no time) are skipped and named in `problems`, the rest is stored.
struct IngestResult
{
    bool ok = false;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList problems; // one line per skipped item
    QString error;        // why the batch failed, when !ok
};

// Stores fetched messages idempotently: keyed on (account, platform id), so a re-fetch never
// duplicates, and assembled into conversations by thread and parent ids. The account's sync
// cursor advances in the same transaction as the items it covers.
class MessageStore
{
    Q_DECLARE_TR_FUNCTIONS(MessageStore)

public:
    static constexpr int defaultFirstResponseMinutes = 60;
    // Message ids are created_at * idsPerMillisecond + n (migration 0002): messages are stored
    // in time order, and a time range is a range of ids.
    static constexpr qint64 idsPerMillisecond = 4096;

    explicit MessageStore(const Workspace &workspace);

    // The account with this name, created if there is none; 0 on failure.
    qint64 ensureAccount(const QString &kind, const QString &name, const QString &address = QString());
    IngestResult ingest(qint64 accountId, const QList<IncomingMessage> &messages,
                        const std::optional<QString> &newCursor = std::nullopt);
    std::optional<QString> cursor(qint64 accountId);

private:
    enum class Outcome { Inserted, Updated, Unchanged, Failed };

    bool prepareStatements();
    bool findKnown(qint64 accountId, const QList<const IncomingMessage *> &messages);
    Outcome refresh(const IncomingMessage &message);
    bool insertMessage(qint64 accountId, qint64 conversationId, const IncomingMessage &message);
    std::optional<qint64> authorId(qint64 accountId, const IncomingMessage &message);
    QString threadKey(qint64 accountId, const IncomingMessage &message, const QHash<QString, QString> &batchThreads);
    std::optional<qint64> storeConversation(qint64 accountId, const QString &thread,
                                            const QList<const IncomingMessage *> &messages);
    std::optional<qint64> probeMessageId(qint64 createdAt);
    bool indexNewMessages();
    bool saveCursor(qint64 accountId, const QString &cursor);
    bool run(QSqlQuery &query);

    QSqlDatabase m_db;
    bool m_prepared = false;
    qint64 m_firstResponseMs;
    struct KnownAuthor
    {
        qint64 id;
        QString name;
        QString handle;
    };
    QHash<QString, KnownAuthor> m_authors; // "account/remote id", kept across batches
    struct KnownMessage
    {
        qint64 id;
        QString text;
        QString html;
        QString authorName;
    };
    QHash<QString, KnownMessage> m_known; // this batch's messages stored before, by remote id
    QHash<qint64, qint64> m_nextId;       // this batch's next free id per millisecond
    struct PendingIndex
    {
        qint64 id;
        const IncomingMessage *message; // points into the batch being ingested
    };
    QList<PendingIndex> m_toIndex; // this batch's messages not yet in the search index
    QString m_lastError;
    QSqlQuery m_findMessages;
    QSqlQuery m_updateMessage;
    QSqlQuery m_findAuthor;
    QSqlQuery m_insertAuthor;
    QSqlQuery m_updateAuthor;
    QSqlQuery m_findParent;
    QSqlQuery m_findConversation;
    QSqlQuery m_insertConversation;
    QSqlQuery m_updateConversation;
    QSqlQuery m_setConversationAuthor;
    QSqlQuery m_reopenConversation;
    QSqlQuery m_probeId;
    QSqlQuery m_insertMessage;
    QSqlQuery m_indexMessage;
    QSqlQuery m_saveCursor;
};

} // namespace hearth
