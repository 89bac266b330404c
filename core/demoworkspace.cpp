// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace hearth {

namespace {

const QString demoSettingKey = QStringLiteral("demo");
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 firstResponseTargetMs = 60 * minuteMs;

struct Person
{
    QString name;
    QString firstName() const { return name.section(QLatin1Char(' '), 0, 0); }
    // Plain ASCII for addresses and handles: "Zoë Müller" -> "zoe.muller".
    QString slug(QChar separator) const
    {
        QString ascii;
        const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
        for (const QChar c : decomposed) {
            if (c.isLetterOrNumber() && c.unicode() < 128)
                ascii += c;
            else if (c == QLatin1Char(' '))
                ascii += separator;
            else if (c == QChar(0x0142)) // ł does not decompose
                ascii += QLatin1Char('l');
            else if (c == QChar(0x00f8)) // neither does ø
                ascii += QLatin1Char('o');
            else if (c == QChar(0x00e6))
                ascii += QLatin1String("ae");
            else if (c == QChar(0x00df))
                ascii += QLatin1String("ss");
        }
        return ascii;
    }
};

QString authorRemoteId(const QString &kind, const Person &person)
{
    if (kind == QLatin1String("email"))
        return person.slug(QLatin1Char('.')) + QLatin1String("@mail.example");
    if (kind == QLatin1String("mastodon"))
        return QLatin1Char('@') + person.slug(QLatin1Char('_')) + QLatin1String("@social.example");
    if (kind == QLatin1String("telegram"))
        return QLatin1Char('@') + person.slug(QLatin1Char('_'));
    return QLatin1String("http://blog.example/") + person.slug(QLatin1Char('-'));
}

// Everything the generator needs, read once from the resource and the database.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    DemoBuilder(Workspace &workspace, const QDateTime &now)
        : m_db(workspace.database())
        , m_now(now.toMSecsSinceEpoch())
        , m_random(20261121) // fixed: the same demo on every machine
    {
    }

    bool build(QString *error)
    {
        QFile file(QStringLiteral(":/demo/sunny-squeeze.json"));
        if (!file.open(QIODevice::ReadOnly))
            return failed(error, tr("The demo data is missing from this build."));
        const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
        if (data.isEmpty())
            return failed(error, tr("The demo data is damaged."));

        if (!isEmpty())
            return failed(error, tr("The demo data can only fill an empty workspace."));

        Transaction transaction(m_db);
        const bool ok = insertAgents(data.value(QStringLiteral("agents")).toArray())
            && insertAccounts(data.value(QStringLiteral("accounts")).toArray())
            && insertConversations(data.value(QStringLiteral("threads")).toArray(),
                                   data.value(QStringLiteral("people")).toObject())
            && setDemoFlag() && transaction.commit();
        return ok || failed(error, tr("The demo workspace could not be written: %1").arg(m_sqlError));
    }

private:
    struct Agent
    {
        qint64 id;
        QString firstName;
    };
    struct Account
    {
        qint64 id;
        QString kind;
    };

    static bool failed(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    bool isEmpty()
    {
        QSqlQuery query(m_db);
        return sql::exec(query, QStringLiteral("SELECT count(*) FROM accounts")) && query.next()
            && query.value(0).toInt() == 0;
    }

    bool check(QSqlQuery &query)
    {
        if (sql::exec(query))
            return true;
        m_sqlError = sql::lastError(query);
        return false;
    }

    bool insertAgents(const QJsonArray &agents)
    {
        QSqlQuery query(m_db);
        sql::prepare(query, QStringLiteral("INSERT INTO users (name, email, role, created_at) VALUES (?, ?, ?, ?)"));
        for (const QJsonValue &value : agents) {
            const QJsonObject agent = value.toObject();
            const QString name = agent.value(QStringLiteral("name")).toString();
            query.addBindValue(name);
            query.addBindValue(agent.value(QStringLiteral("email")).toString());
            query.addBindValue(agent.value(QStringLiteral("role")).toString());
            query.addBindValue(m_now - 90 * dayMs);
            if (!check(query))
                return false;
            m_agents << Agent{query.lastInsertId().toLongLong(), Person{name}.firstName()};
        }
        return !m_agents.isEmpty();
    }

    bool insertAccounts(const QJsonArray &accounts)
    {
        QSqlQuery query(m_db);
        sql::prepare(query, QStringLiteral("INSERT INTO accounts (kind, name, address, is_demo, created_at) "
                                           "VALUES (?, ?, ?, 1, ?)"));
        for (const QJsonValue &value : accounts) {
            const QJsonObject account = value.toObject();
            const QString kind = account.value(QStringLiteral("kind")).toString();
            query.addBindValue(kind);
            query.addBindValue(account.value(QStringLiteral("name")).toString());
            query.addBindValue(account.value(QStringLiteral("address")).toString());
            query.addBindValue(m_now - 90 * dayMs);
            if (!check(query))
                return false;
            m_accounts << Account{query.lastInsertId().toLongLong(), kind};
        }
        return !m_accounts.isEmpty();
    }

    bool insertConversations(const QJsonArray &threads, const QJsonObject &people)
    {
        if (threads.isEmpty())
            return false;
        prepareStatements();
        for (int i = 0; i < DemoWorkspace::conversationCount; ++i) {
            const QJsonObject thread = threads.at(i % threads.size()).toObject();
            const QJsonArray names = people.value(thread.value(QStringLiteral("lang")).toString()).toArray();
            if (names.isEmpty())
                return false;
            const Person author{names.at(int(m_random.bounded(names.size()))).toString()};
            if (!insertConversation(i, thread, author))
                return false;
        }
        return true;
    }

    void prepareStatements()
    {
        m_insertAuthor = QSqlQuery(m_db);
        sql::prepare(m_insertAuthor, QStringLiteral(
                         "INSERT INTO authors (account_id, remote_id, name, handle) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (account_id, remote_id) DO UPDATE SET name = excluded.name "
                         "RETURNING id"));
        m_insertConversation = QSqlQuery(m_db);
        sql::prepare(m_insertConversation, QStringLiteral(
                         "INSERT INTO conversations (account_id, remote_thread_id, subject, status, priority, "
                         "  assignee_id, snoozed_until, first_response_due, created_at, last_message_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_insertMessage = QSqlQuery(m_db);
        sql::prepare(m_insertMessage, QStringLiteral(
                         "INSERT INTO messages (account_id, conversation_id, remote_id, parent_remote_id, "
                         "  author_id, sender_user_id, direction, visibility, body_text, lang, url, "
                         "  created_at, received_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_insertTag = QSqlQuery(m_db);
        sql::prepare(m_insertTag, QStringLiteral(
                         "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name "
                         "RETURNING id"));
        m_tagConversation = QSqlQuery(m_db);
        sql::prepare(m_tagConversation, QStringLiteral(
                         "INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?) "
                         "ON CONFLICT DO NOTHING"));
    }

    Account pickAccount(const QJsonArray &channels)
    {
        QList<Account> fitting;
        for (const Account &account : std::as_const(m_accounts)) {
            if (channels.contains(account.kind))
                fitting << account;
        }
        if (fitting.isEmpty())
            fitting = m_accounts;
        return fitting.at(int(m_random.bounded(fitting.size())));
    }

    bool insertConversation(int index, const QJsonObject &thread, const Person &person)
    {
        const Account account = pickAccount(thread.value(QStringLiteral("channels")).toArray());
        const QString status = thread.value(QStringLiteral("status")).toString();
        const Agent agent = m_agents.at(int(m_random.bounded(m_agents.size())));
        const QJsonArray messages = thread.value(QStringLiteral("messages")).toArray();
        const bool crisis = thread.value(QStringLiteral("topic")).toString() == QLatin1String("crisis");

        // A crisis is brewing now; everything else is spread over the last three weeks.
        const qint64 age = crisis ? minuteMs * qint64(20 + m_random.bounded(8 * 60))
                                  : hourMs + qint64(m_random.bounded(21 * 24)) * hourMs;
        const qint64 startedAt = m_now - age;
        const qint64 gap = std::max<qint64>(minuteMs, age / (messages.size() + 1));

        m_insertAuthor.addBindValue(account.id);
        m_insertAuthor.addBindValue(authorRemoteId(account.kind, person));
        m_insertAuthor.addBindValue(person.name);
        m_insertAuthor.addBindValue(authorRemoteId(account.kind, person));
        if (!check(m_insertAuthor) || !m_insertAuthor.next())
            return false;
        const qint64 authorId = m_insertAuthor.value(0).toLongLong();
        m_insertAuthor.finish();

        const QString threadId = QStringLiteral("demo-thread-%1").arg(index);
        const qint64 lastMessageAt = startedAt + gap * (messages.size() - 1);
        m_insertConversation.addBindValue(account.id);
        m_insertConversation.addBindValue(threadId);
        m_insertConversation.addBindValue(thread.value(QStringLiteral("subject")).toString());
        m_insertConversation.addBindValue(status);
        m_insertConversation.addBindValue(thread.value(QStringLiteral("priority")).toInt());
        m_insertConversation.addBindValue(status == QLatin1String("new") ? QVariant() : QVariant(agent.id));
        m_insertConversation.addBindValue(status == QLatin1String("snoozed") ? QVariant(m_now + dayMs) : QVariant());
        m_insertConversation.addBindValue(startedAt + firstResponseTargetMs);
        m_insertConversation.addBindValue(startedAt);
        m_insertConversation.addBindValue(lastMessageAt);
        if (!check(m_insertConversation))
            return false;
        const qint64 conversationId = m_insertConversation.lastInsertId().toLongLong();

        QString parent;
        for (int m = 0; m < messages.size(); ++m) {
            const QJsonObject message = messages.at(m).toObject();
            const bool fromAgent = message.value(QStringLiteral("from")).toString() == QLatin1String("agent");
            const QString remoteId = QStringLiteral("%1-%2").arg(threadId).arg(m);
            const qint64 at = startedAt + gap * m;
            QString text = message.value(QStringLiteral("text")).toString();
            text.replace(QLatin1String("{first_name}"), person.firstName())
                .replace(QLatin1String("{name}"), person.name)
                .replace(QLatin1String("{agent}"), agent.firstName);

            m_insertMessage.addBindValue(account.id);
            m_insertMessage.addBindValue(conversationId);
            m_insertMessage.addBindValue(remoteId);
            m_insertMessage.addBindValue(parent.isEmpty() ? QVariant() : QVariant(parent));
            m_insertMessage.addBindValue(fromAgent ? QVariant() : QVariant(authorId));
            m_insertMessage.addBindValue(fromAgent ? QVariant(agent.id) : QVariant());
            m_insertMessage.addBindValue(fromAgent ? QStringLiteral("out") : QStringLiteral("in"));
            m_insertMessage.addBindValue(message.value(QStringLiteral("private")).toBool()
                                             ? QStringLiteral("private") : QStringLiteral("public"));
            m_insertMessage.addBindValue(text);
            m_insertMessage.addBindValue(thread.value(QStringLiteral("lang")).toString());
            m_insertMessage.addBindValue(QStringLiteral("https://demo.example/%1").arg(remoteId));
            m_insertMessage.addBindValue(at);
            m_insertMessage.addBindValue(at);
            if (!check(m_insertMessage))
                return false;
            parent = remoteId;
        }
        return insertTags(conversationId, thread.value(QStringLiteral("tags")).toArray());
    }

    bool insertTags(qint64 conversationId, const QJsonArray &tags)
    {
        for (const QJsonValue &tag : tags) {
            m_insertTag.addBindValue(tag.toString());
            if (!check(m_insertTag) || !m_insertTag.next())
                return false;
            const qint64 tagId = m_insertTag.value(0).toLongLong();
            m_insertTag.finish();
            m_tagConversation.addBindValue(conversationId);
            m_tagConversation.addBindValue(tagId);
            if (!check(m_tagConversation))
                return false;
        }
        return true;
    }

    bool setDemoFlag()
    {
        QSqlQuery query(m_db);
        sql::prepare(query, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, '1')"));
        query.addBindValue(demoSettingKey);
        return check(query);
    }

    QSqlDatabase m_db;
    qint64 m_now;
    QRandomGenerator m_random;
    QList<Agent> m_agents;
    QList<Account> m_accounts;
    QSqlQuery m_insertAuthor;
    QSqlQuery m_insertConversation;
    QSqlQuery m_insertMessage;
    QSqlQuery m_insertTag;
    QSqlQuery m_tagConversation;
    QString m_sqlError;
};

} // namespace

bool DemoWorkspace::open(Workspace &workspace, const QString &path, QString *error)
{
    if (!workspace.open(path)) {
        if (error)
            *error = workspace.errorString();
        return false;
    }
    if (isDemo(workspace))
        return true;
    // Filling is one transaction: a demo interrupted half-way is empty, and is filled again.
    return populate(workspace, QDateTime::currentDateTimeUtc(), error);
}

bool DemoWorkspace::populate(Workspace &workspace, const QDateTime &now, QString *error)
{
    return DemoBuilder(workspace, now).build(error);
}

bool DemoWorkspace::isDemo(const Workspace &workspace)
{
    return workspace.setting(demoSettingKey) == QLatin1String("1");
}

} // namespace hearth
