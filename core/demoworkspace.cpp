// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "conversationworkflow.h"
#include "demomoderation.h"
#include "demonetiquette.h"
#include "demotemplates.h"
#include "messagestore.h"
#include "sql.h"
#include "transaction.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace hearth {

namespace {

const QString demoSettingKey = QStringLiteral("demo");
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

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
        : m_workspace(workspace)
        , m_db(workspace.database())
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
            && insertDepartments(data)
            && insertConversations(data.value(QStringLiteral("threads")).toArray(),
                                   data.value(QStringLiteral("people")).toObject())
            && DemoNetiquette::populate(m_workspace, m_agents.constFirst().id, m_managerId,
                                        QDateTime::fromMSecsSinceEpoch(m_now).toUTC(), &m_sqlError)
            && DemoTemplates::populate(m_workspace, m_agents.constFirst().id, m_managerId,
                                       QDateTime::fromMSecsSinceEpoch(m_now).toUTC(), &m_sqlError)
            && DemoModeration::populate(m_workspace, m_agents.constFirst().id, m_managerId,
                                        QDateTime::fromMSecsSinceEpoch(m_now).toUTC(), &m_sqlError)
            && setDemoFlag() && transaction.commit();
        return ok || failed(error, tr("The demo workspace could not be written: %1").arg(m_sqlError));
    }

private:
    struct Agent
    {
        qint64 id;
        QString name;
        QString firstName;
    };
    struct Account
    {
        qint64 id;
        QString kind;
    };
    struct Handover
    {
        QString tag;
        qint64 departmentId;
        QString note;
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
            m_agents << Agent{query.lastInsertId().toLongLong(), name, Person{name}.firstName()};
            if (agent.value(QStringLiteral("role")).toString() == QLatin1String("manager") && m_managerId == 0)
                m_managerId = m_agents.last().id;
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

    // The departments cases are handed to, which tag sends a case where, and why the
    // manager escalates the crisis. Department names are the workspace's own data, in English.
    bool insertDepartments(const QJsonObject &data)
    {
        UserDirectory directory(m_workspace);
        QHash<QString, qint64> byName;
        const QJsonArray departments = data.value(QStringLiteral("departments")).toArray();
        for (const QJsonValue &value : departments) {
            const std::optional<Department> department = directory.ensureDepartment(value.toString());
            if (!department) {
                m_sqlError = directory.errorString();
                return false;
            }
            byName.insert(department->name, department->id);
        }
        const QJsonArray handovers = data.value(QStringLiteral("handovers")).toArray();
        for (const QJsonValue &value : handovers) {
            const QJsonObject handover = value.toObject();
            const qint64 id = byName.value(handover.value(QStringLiteral("department")).toString());
            if (id == 0)
                return false;
            m_handovers << Handover{handover.value(QStringLiteral("tag")).toString(), id,
                                    handover.value(QStringLiteral("note")).toString()};
        }
        const QJsonArray escalations = data.value(QStringLiteral("escalations")).toArray();
        for (const QJsonValue &value : escalations) {
            const QJsonObject escalation = value.toObject();
            m_escalations << qMakePair(escalation.value(QStringLiteral("tag")).toString(),
                                       escalation.value(QStringLiteral("reason")).toString());
        }
        return !byName.isEmpty() && m_managerId != 0;
    }

    bool insertConversations(const QJsonArray &threads, const QJsonObject &people)
    {
        if (threads.isEmpty())
            return false;
        QList<Workflow> workflows;
        for (int i = 0; i < DemoWorkspace::conversationCount; ++i) {
            const QJsonObject thread = threads.at(i % threads.size()).toObject();
            const QJsonArray names = people.value(thread.value(QStringLiteral("lang")).toString()).toArray();
            if (names.isEmpty())
                return false;
            const Person author{names.at(int(m_random.bounded(names.size()))).toString()};
            workflows << addConversation(i, thread, author);
        }
        // The sync path stores the messages, as it would have stored real ones.
        MessageStore store(m_workspace);
        for (const Account &account : std::as_const(m_accounts)) {
            const IngestResult result = store.ingest(account.id, m_messages.value(account.id));
            if (!result.ok) {
                m_sqlError = result.error;
                return false;
            }
        }
        return applyWorkflows(workflows);
    }

    // What the team did with a conversation, replayed through ConversationWorkflow once its
    // messages are stored, so the audit log tells the same story as the conversation.
    struct Workflow
    {
        qint64 accountId;
        QString threadId;
        QString status;
        int priority;
        qint64 agentId;
        QJsonArray tags;
        bool crisis;
        qint64 startedAt;
        qint64 lastMessageAt;
        qint64 firstGap;
    };

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

    Workflow addConversation(int index, const QJsonObject &thread, const Person &person)
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
        const QString threadId = QStringLiteral("demo-thread-%1").arg(index);

        QString parent;
        for (int m = 0; m < messages.size(); ++m) {
            const QJsonObject message = messages.at(m).toObject();
            IncomingMessage incoming;
            incoming.outbound = message.value(QStringLiteral("from")).toString() == QLatin1String("agent");
            incoming.remoteId = QStringLiteral("%1-%2").arg(threadId).arg(m);
            incoming.threadId = threadId;
            incoming.parentId = parent;
            incoming.subject = thread.value(QStringLiteral("subject")).toString();
            incoming.text = message.value(QStringLiteral("text")).toString()
                                .replace(QLatin1String("{first_name}"), person.firstName())
                                .replace(QLatin1String("{name}"), person.name)
                                .replace(QLatin1String("{agent}"), agent.firstName);
            incoming.lang = thread.value(QStringLiteral("lang")).toString();
            incoming.url = QStringLiteral("https://demo.example/%1").arg(incoming.remoteId);
            incoming.isPrivate = message.value(QStringLiteral("private")).toBool();
            incoming.createdAt = startedAt + gap * m;
            if (incoming.outbound) {
                incoming.authorName = agent.name;
            } else {
                incoming.authorRemoteId = authorRemoteId(account.kind, person);
                incoming.authorName = person.name;
                incoming.authorHandle = incoming.authorRemoteId;
            }
            m_messages[account.id] << incoming;
            parent = incoming.remoteId;
        }
        return Workflow{account.id,
                        threadId,
                        status,
                        thread.value(QStringLiteral("priority")).toInt(),
                        agent.id,
                        thread.value(QStringLiteral("tags")).toArray(),
                        crisis,
                        startedAt,
                        startedAt + gap * (messages.size() - 1),
                        gap};
    }

    bool applyWorkflows(const QList<Workflow> &workflows)
    {
        QSqlQuery priority(m_db);
        sql::prepare(priority, QStringLiteral("UPDATE conversations SET priority = ? WHERE account_id = ? "
                                              "AND remote_thread_id = ? RETURNING id"));
        int handedOver = 0;
        for (const Workflow &workflow : workflows) {
            priority.addBindValue(workflow.priority);
            priority.addBindValue(workflow.accountId);
            priority.addBindValue(workflow.threadId);
            if (!check(priority) || !priority.next())
                return false;
            const qint64 id = priority.value(0).toLongLong();
            priority.finish();
            if (!replay(id, workflow, handedOver))
                return false;
        }
        return true;
    }

    const Handover *handoverFor(const QJsonArray &tags) const
    {
        for (const Handover &handover : m_handovers) {
            if (tags.contains(handover.tag))
                return &handover;
        }
        return nullptr;
    }

    QString escalationReason(const QJsonArray &tags) const
    {
        for (const QPair<QString, QString> &escalation : m_escalations) {
            if (escalation.first.isEmpty() || tags.contains(escalation.first))
                return escalation.second;
        }
        return QString();
    }

    // Times: triage soon after the first message, the handover a little later, the last
    // decision (waiting, resolved, snoozed) after the last message; all before now.
    bool replay(qint64 id, const Workflow &workflow, int &handedOver)
    {
        ConversationWorkflow agent(m_workspace, workflow.agentId);
        const auto at = [&agent](qint64 ms) { agent.setCurrentTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); };
        const auto done = [this, &agent](bool ok) {
            if (!ok)
                m_sqlError = agent.errorString();
            return ok;
        };
        const qint64 triage = workflow.startedAt + std::max<qint64>(minuteMs, workflow.firstGap / 3);
        const qint64 settled = std::min(m_now, std::max(workflow.lastMessageAt + (m_now - workflow.lastMessageAt) / 2,
                                                        triage + minuteMs * 6));

        at(triage);
        for (const QJsonValue &tag : workflow.tags) {
            if (!done(agent.addTag(id, tag.toString())))
                return false;
        }
        const Handover *handover = handoverFor(workflow.tags);
        const auto followUp = [this, &handedOver](ConversationWorkflow &by, qint64 conversationId) {
            // Every third follow-up is due already: the "Needs follow-up" view has work.
            const qint64 when = handedOver++ % 3 == 0 ? m_now - hourMs * qint64(1 + m_random.bounded(6))
                                                      : m_now + hourMs * qint64(20 + m_random.bounded(52));
            return by.setFollowUp(conversationId, QDateTime::fromMSecsSinceEpoch(when, Qt::UTC));
        };
        std::optional<qint64> department;
        if (workflow.crisis) {
            // The manager escalates every report of the crisis as soon as it is seen, and
            // hands it to the department that must act.
            ConversationWorkflow manager(m_workspace, m_managerId);
            manager.setCurrentTime(QDateTime::fromMSecsSinceEpoch(triage + minuteMs, Qt::UTC));
            bool ok = manager.escalate(id, escalationReason(workflow.tags));
            if (ok && handover) {
                department = handover->departmentId;
                ok = manager.assign(id, std::nullopt, department) && manager.addNote(id, handover->note)
                    && followUp(manager, id);
            }
            if (!ok) {
                m_sqlError = manager.errorString();
                return false;
            }
        }
        if (workflow.status == QLatin1String("new"))
            return true;

        if (!done(agent.assign(id, workflow.agentId, department)) || !done(agent.setStatus(id, QStringLiteral("open"))))
            return false;
        if (handover && !workflow.crisis) {
            at(triage + minuteMs * 5);
            if (!done(agent.assign(id, workflow.agentId, handover->departmentId)) || !done(agent.addNote(id, handover->note)))
                return false;
            if (workflow.status != QLatin1String("resolved") && !done(followUp(agent, id)))
                return false;
        }

        at(settled);
        if (workflow.status == QLatin1String("snoozed"))
            return done(agent.snooze(id, QDateTime::fromMSecsSinceEpoch(m_now + dayMs, Qt::UTC)));
        if (workflow.status != QLatin1String("open"))
            return done(agent.setStatus(id, workflow.status));
        return true;
    }

    bool setDemoFlag()
    {
        QSqlQuery query(m_db);
        sql::prepare(query, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, '1')"));
        query.addBindValue(demoSettingKey);
        return check(query);
    }

    Workspace &m_workspace;
    QSqlDatabase m_db;
    qint64 m_now;
    QRandomGenerator m_random;
    QList<Agent> m_agents;
    QList<Account> m_accounts;
    QList<Handover> m_handovers;
    QList<QPair<QString, QString>> m_escalations; // tag (empty: any), reason
    qint64 m_managerId = 0;
    QHash<qint64, QList<IncomingMessage>> m_messages; // per account
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
