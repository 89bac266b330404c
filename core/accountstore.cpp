// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"

#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth {

namespace {

std::optional<qint64> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(); // an invalid value binds as NULL
}

// A null QString binds as NULL; an account without an address has an empty one.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

QString compact(const QJsonObject &settings)
{
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

} // namespace

const QStringList &AccountStore::kinds()
{
    static const QStringList names{QStringLiteral("email"), QStringLiteral("feed"), QStringLiteral("mastodon"),
        QStringLiteral("telegram")};
    return names;
}

bool AccountStore::needsSecret(const QString &kind)
{
    return kind != QLatin1String("feed");
}

AccountStore::AccountStore(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<SyncAccount> AccountStore::accounts() const
{
    return read(QString(), QVariant());
}

std::optional<SyncAccount> AccountStore::account(qint64 id) const
{
    const QList<SyncAccount> found = read(QStringLiteral("a.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<SyncAccount>(found.constFirst());
}

std::optional<SyncAccount> AccountStore::accountNamed(const QString &name) const
{
    const QList<SyncAccount> found = read(QStringLiteral("a.name = ?"), name);
    return found.isEmpty() ? std::nullopt : std::optional<SyncAccount>(found.constFirst());
}

QList<SyncAccount> AccountStore::read(const QString &where, const QVariant &value) const
{
    QList<SyncAccount> accounts;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT a.id, a.kind, a.name, a.address, a.is_demo, a.paused, a.settings, "
                                       "  s.last_attempt_at, s.last_success_at, s.next_sync_at, "
                                       "  coalesce(s.failures, 0), coalesce(s.last_error, ''), coalesce(s.fetched_total, 0) "
                                       "FROM accounts a LEFT JOIN sync_status s ON s.account_id = a.id %1 ORDER BY a.id")
                            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (!sql::exec(query)) {
        fail(sql::lastError(query));
        return accounts;
    }
    while (query.next()) {
        SyncAccount account;
        account.id = query.value(0).toLongLong();
        account.kind = query.value(1).toString();
        account.name = query.value(2).toString();
        account.address = query.value(3).toString();
        account.demo = query.value(4).toBool();
        account.paused = query.value(5).toBool();
        account.settings = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        account.state.lastAttemptAt = optionalTime(query.value(7));
        account.state.lastSuccessAt = optionalTime(query.value(8));
        account.state.nextSyncAt = optionalTime(query.value(9));
        account.state.failures = query.value(10).toInt();
        account.state.lastError = query.value(11).toString();
        account.state.fetchedTotal = query.value(12).toLongLong();
        accounts.append(account);
    }
    return accounts;
}

qint64 AccountStore::add(const QString &kind, const QString &name, const QString &address, const QJsonObject &settings)
{
    if (!kinds().contains(kind))
        return fail(tr("“%1” is not a kind of channel Hearth knows.").arg(kind)), 0;
    if (!checkName(name, 0))
        return 0;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("INSERT INTO accounts (kind, name, address, settings, created_at) "
                                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(kind);
    query.addBindValue(name.trimmed());
    query.addBindValue(text(address));
    query.addBindValue(compact(settings));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!sql::exec(query) || !query.next())
        return fail(sql::lastError(query)), 0;
    return query.value(0).toLongLong();
}

bool AccountStore::setPaused(qint64 id, bool paused)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE accounts SET paused = ? WHERE id = ?"));
    query.addBindValue(paused ? 1 : 0);
    query.addBindValue(id);
    if (!sql::exec(query))
        return fail(sql::lastError(query));
    return query.numRowsAffected() == 1 || fail(tr("There is no such account."));
}

bool AccountStore::checkName(const QString &name, qint64 exceptId) const
{
    if (name.trimmed().isEmpty())
        return fail(tr("The account needs a name."));
    const std::optional<SyncAccount> taken = accountNamed(name.trimmed());
    if (taken && taken->id != exceptId)
        return fail(tr("There is already an account called “%1”.").arg(name.trimmed()));
    return true;
}

bool AccountStore::update(qint64 id, const QString &name, const QString &address, const QJsonObject &settings)
{
    if (!checkName(name, id))
        return false;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE accounts SET name = ?, address = ?, settings = ? WHERE id = ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(text(address));
    query.addBindValue(compact(settings));
    query.addBindValue(id);
    if (!sql::exec(query))
        return fail(sql::lastError(query));
    return query.numRowsAffected() == 1 || fail(tr("There is no such account."));
}

AccountContents AccountStore::contents(qint64 id) const
{
    AccountContents contents;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT (SELECT count(*) FROM conversations WHERE account_id = ?), "
                                       "  (SELECT count(*) FROM messages WHERE account_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    if (!sql::exec(query) || !query.next()) {
        fail(sql::lastError(query));
        return contents;
    }
    contents.conversations = query.value(0).toLongLong();
    contents.messages = query.value(1).toLongLong();
    return contents;
}

bool AccountStore::remove(qint64 id)
{
    Transaction transaction(m_workspace.database());
    QSqlQuery query(m_workspace.database());
    // Messages and conversations first, by their account indexes; the account's own rows
    // (authors, cursor, sync state, moderation log) follow it by ON DELETE CASCADE.
    for (const QString &table : {QStringLiteral("messages"), QStringLiteral("conversations")}) {
        sql::prepare(query, QStringLiteral("DELETE FROM %1 WHERE account_id = ?").arg(table));
        query.addBindValue(id);
        if (!sql::exec(query))
            return fail(sql::lastError(query));
    }
    sql::prepare(query, QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!sql::exec(query))
        return fail(sql::lastError(query));
    if (query.numRowsAffected() != 1)
        return fail(tr("There is no such account."));
    return transaction.commit() || fail(tr("The account could not be removed."));
}

bool AccountStore::recordSuccess(qint64 id, qint64 at, int fetched, std::optional<qint64> nextSyncAt)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral(
        "INSERT INTO sync_status (account_id, last_attempt_at, last_success_at, next_sync_at, failures, last_error, "
        "  fetched_total) VALUES (?, ?, ?, ?, 0, '', ?) "
        "ON CONFLICT (account_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at, "
        "  last_success_at = excluded.last_success_at, next_sync_at = excluded.next_sync_at, failures = 0, "
        "  last_error = '', fetched_total = sync_status.fetched_total + excluded.fetched_total"));
    query.addBindValue(id);
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(nullable(nextSyncAt));
    query.addBindValue(fetched);
    return sql::exec(query) || fail(sql::lastError(query));
}

bool AccountStore::recordFailure(qint64 id, qint64 at, int failures, const QString &error, std::optional<qint64> nextSyncAt)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral(
        "INSERT INTO sync_status (account_id, last_attempt_at, next_sync_at, failures, last_error) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (account_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at, "
        "  next_sync_at = excluded.next_sync_at, failures = excluded.failures, last_error = excluded.last_error"));
    query.addBindValue(id);
    query.addBindValue(at);
    query.addBindValue(nullable(nextSyncAt));
    query.addBindValue(failures);
    query.addBindValue(error);
    return sql::exec(query) || fail(sql::lastError(query));
}

bool AccountStore::fail(const QString &error) const
{
    m_error = error;
    return false;
}

} // namespace hearth
