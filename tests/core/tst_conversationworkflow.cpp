// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationworkflow.h"
#include "messagestore.h"
#include "testmessages.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::baseTime;
using hearth::test::message;

namespace {
int number(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

struct AuditRow
{
    qint64 at = 0;
    QVariant userId;
    QString action;
    QJsonObject details;
};

QList<AuditRow> auditRows(const Workspace &workspace, qint64 conversationId)
{
    QList<AuditRow> rows;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT at, user_id, action, details FROM audit_log "
                                 "WHERE object_type = 'conversation' AND object_id = ? ORDER BY id"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows << AuditRow{query.value(0).toLongLong(), query.value(1), query.value(2).toString(),
                         QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()};
    }
    return rows;
}

// Everything the workflow may write, for checking that a refusal wrote nothing.
QString snapshot(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    QStringList parts;
    for (const char *statement :
         {"SELECT group_concat(id || status || priority || coalesce(assignee_id, '-') || coalesce(department_id, '-') "
          "|| coalesce(snoozed_until, '-') || coalesce(follow_up_at, '-') || coalesce(escalated_at, '-') "
          "|| coalesce(escalated_by, '-') || escalation_reason, '|') FROM conversations",
          "SELECT count(*) FROM audit_log", "SELECT count(*) FROM tags", "SELECT count(*) FROM conversation_tags",
          "SELECT count(*) FROM notes", "SELECT count(*) FROM departments"}) {
        if (query.exec(QString::fromLatin1(statement)) && query.next())
            parts << query.value(0).toString();
    }
    return parts.join(QLatin1Char('#'));
}

QDateTime at(qint64 minutes)
{
    return QDateTime::fromMSecsSinceEpoch(baseTime + minutes * 60 * 1000, Qt::UTC);
}
} // namespace

class TestConversationWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignsToAPersonADepartmentBothOrNobody();
    void refusesToAssignToStrangers();
    void changesStatusAndResolvingForgetsTheSnooze();
    void refusesUnknownStatuses();
    void snoozesOnlyIntoTheFuture();
    void wakesDueSnoozesAsHearth();
    void setsAndClearsTheFollowUp();
    void tagsWithoutDuplicates();
    void untagsOnlyWhatIsThere();
    void setsAllTagsAtOnce();
    void escalatesWithAReason();
    void clearsAnEscalation();
    void addsInternalNotes();
    void refusesAConversationThatDoesNotExist();
    void aFailingStepLeavesNothing();

private:
    ConversationWorkflow workflow(qint64 actor) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_agent = 0;
    qint64 m_manager = 0;
    qint64 m_logistics = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestConversationWorkflow::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir.filePath(QStringLiteral("%1.hearth").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    MessageStore store(*m_workspace);
    const qint64 account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QVERIFY(store.ingest(account, {message(QStringLiteral("a"), 0, QStringLiteral("Where is my order?"), QStringLiteral("t1")),
                                   message(QStringLiteral("b"), 1, QStringLiteral("Broken bottle"), QStringLiteral("t2"))})
                .ok);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Emma Collins', 'agent', 0)")));
    m_agent = query.lastInsertId().toLongLong();
    QVERIFY(query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Jonas Becker', 'manager', 0)")));
    m_manager = query.lastInsertId().toLongLong();
    UserDirectory users(*m_workspace);
    m_logistics = users.ensureDepartment(QStringLiteral("Logistics")).value_or(Department()).id;
    QVERIFY(m_logistics > 0);
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conversations ORDER BY remote_thread_id")));
    QVERIFY(query.next());
    m_first = query.value(0).toLongLong();
    QVERIFY(query.next());
    m_second = query.value(0).toLongLong();
}

void TestConversationWorkflow::cleanup()
{
    m_workspace.reset();
}

ConversationWorkflow TestConversationWorkflow::workflow(qint64 actor) const
{
    ConversationWorkflow workflow(*m_workspace, actor);
    workflow.setCurrentTime(at(60));
    return workflow;
}

void TestConversationWorkflow::assignsToAPersonADepartmentBothOrNobody()
{
    ConversationWorkflow flow = workflow(m_manager);
    QVERIFY2(flow.assign(m_first, m_agent, std::nullopt), qPrintable(flow.errorString()));
    QCOMPARE(flow.state(m_first)->assigneeId, std::optional<qint64>(m_agent));
    QVERIFY(!flow.state(m_first)->departmentId.has_value());

    // Handed to Logistics; Emma keeps following it up.
    QVERIFY(flow.assign(m_first, m_agent, m_logistics));
    QCOMPARE(flow.state(m_first)->departmentId, std::optional<qint64>(m_logistics));
    QVERIFY(flow.assign(m_first, std::nullopt, std::nullopt));
    QVERIFY(!flow.state(m_first)->assigneeId.has_value());
    QVERIFY(!flow.state(m_first)->departmentId.has_value());
    QVERIFY(!flow.state(m_second)->assigneeId.has_value());

    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 3);
    for (const AuditRow &row : rows) {
        QCOMPARE(row.action, QStringLiteral("assigned"));
        QCOMPARE(row.userId.toLongLong(), m_manager);
        QCOMPARE(row.at, baseTime + 60 * 60 * 1000);
    }
    QCOMPARE(rows.at(0).details, (QJsonObject{{QStringLiteral("user_id"), m_agent},
                                              {QStringLiteral("department_id"), QJsonValue::Null},
                                              {QStringLiteral("from_user_id"), QJsonValue::Null},
                                              {QStringLiteral("from_department_id"), QJsonValue::Null}}));
    QCOMPARE(rows.at(1).details.value(QStringLiteral("department_id")).toVariant().toLongLong(), m_logistics);
    QCOMPARE(rows.at(1).details.value(QStringLiteral("from_user_id")).toVariant().toLongLong(), m_agent);
    QCOMPARE(rows.at(2).details.value(QStringLiteral("user_id")), QJsonValue(QJsonValue::Null));
    QCOMPARE(rows.at(2).details.value(QStringLiteral("from_department_id")).toVariant().toLongLong(), m_logistics);

    // Assigning to whoever has it already changes nothing and records nothing.
    const QString before = snapshot(*m_workspace);
    QVERIFY(flow.assign(m_first, std::nullopt, std::nullopt));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestConversationWorkflow::refusesToAssignToStrangers()
{
    ConversationWorkflow flow = workflow(m_agent);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.assign(m_first, 4242, std::nullopt));
    QVERIFY2(flow.errorString().contains(QStringLiteral("no such person")), qPrintable(flow.errorString()));
    QVERIFY(!flow.assign(m_first, std::nullopt, 4242));
    QVERIFY2(flow.errorString().contains(QStringLiteral("no such department")), qPrintable(flow.errorString()));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestConversationWorkflow::changesStatusAndResolvingForgetsTheSnooze()
{
    ConversationWorkflow flow = workflow(m_agent);
    QCOMPARE(flow.state(m_first)->status, QStringLiteral("new"));
    QVERIFY(flow.setStatus(m_first, QStringLiteral("open")));
    QVERIFY(flow.setStatus(m_first, QStringLiteral("waiting")));
    QVERIFY(flow.snooze(m_first, at(120)));
    QCOMPARE(flow.state(m_first)->snoozedUntil, at(120));
    QVERIFY(flow.setStatus(m_first, QStringLiteral("resolved")));
    QCOMPARE(flow.state(m_first)->status, QStringLiteral("resolved"));
    QVERIFY(!flow.state(m_first)->snoozedUntil.isValid());
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM conversations WHERE snoozed_until IS NOT NULL")), 0);

    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).action, QStringLiteral("status"));
    QCOMPARE(rows.at(0).details, (QJsonObject{{QStringLiteral("from"), QStringLiteral("new")},
                                              {QStringLiteral("to"), QStringLiteral("open")}}));
    QCOMPARE(rows.at(2).action, QStringLiteral("snoozed"));
    QCOMPARE(rows.at(3).details, (QJsonObject{{QStringLiteral("from"), QStringLiteral("snoozed")},
                                              {QStringLiteral("to"), QStringLiteral("resolved")}}));
    // The counts the inbox reads follow the status.
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT sum(n) FROM conversation_counts WHERE status = 'resolved'")), 1);

    const QString before = snapshot(*m_workspace);
    QVERIFY(flow.setStatus(m_first, QStringLiteral("resolved")));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestConversationWorkflow::refusesUnknownStatuses()
{
    ConversationWorkflow flow = workflow(m_agent);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.setStatus(m_first, QStringLiteral("snoozed")));
    QVERIFY(flow.errorString().contains(QStringLiteral("snooze")));
    QVERIFY(!flow.setStatus(m_first, QStringLiteral("closed")));
    QVERIFY(flow.errorString().contains(QStringLiteral("closed")));
    QVERIFY(!flow.setStatus(m_first, QString()));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestConversationWorkflow::snoozesOnlyIntoTheFuture()
{
    ConversationWorkflow flow = workflow(m_agent);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.snooze(m_first, at(60)));
    QVERIFY(flow.errorString().contains(QStringLiteral("future")));
    QVERIFY(!flow.snooze(m_first, at(-5)));
    QVERIFY(!flow.snooze(m_first, QDateTime()));
    QCOMPARE(snapshot(*m_workspace), before);

    QVERIFY(flow.snooze(m_first, at(61)));
    const ConversationState state = *flow.state(m_first);
    QCOMPARE(state.status, QStringLiteral("snoozed"));
    QCOMPARE(state.snoozedUntil, at(61));
    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).action, QStringLiteral("snoozed"));
    QCOMPARE(rows.at(0).details.value(QStringLiteral("until")).toVariant().toLongLong(), at(61).toMSecsSinceEpoch());
}

void TestConversationWorkflow::wakesDueSnoozesAsHearth()
{
    ConversationWorkflow flow = workflow(m_agent);
    QVERIFY(flow.snooze(m_first, at(90)));
    QVERIFY(flow.snooze(m_second, at(180)));

    QString error;
    QCOMPARE(ConversationWorkflow::wakeSnoozed(*m_workspace, at(89), &error), QList<qint64>());
    QCOMPARE(ConversationWorkflow::wakeSnoozed(*m_workspace, at(90), &error), QList<qint64>{m_first});
    QVERIFY(error.isEmpty());
    QCOMPARE(flow.state(m_first)->status, QStringLiteral("open"));
    QVERIFY(!flow.state(m_first)->snoozedUntil.isValid());
    QCOMPARE(flow.state(m_second)->status, QStringLiteral("snoozed"));

    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).action, QStringLiteral("woke"));
    QVERIFY(rows.at(1).userId.isNull());
    QCOMPARE(rows.at(1).at, at(90).toMSecsSinceEpoch());
    // Woken once only.
    QCOMPARE(flow.wakeSnoozed(at(200)), QList<qint64>{m_second});
    QCOMPARE(flow.wakeSnoozed(at(300)), QList<qint64>());
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'woke'")), 2);
}

void TestConversationWorkflow::setsAndClearsTheFollowUp()
{
    ConversationWorkflow flow = workflow(m_agent);
    QVERIFY(flow.setFollowUp(m_first, at(24 * 60)));
    QCOMPARE(flow.state(m_first)->followUpAt, at(24 * 60));
    // A date already past is allowed: the follow-up is due.
    QVERIFY(flow.setFollowUp(m_second, at(-10)));
    QVERIFY(flow.setFollowUp(m_first, std::nullopt));
    QVERIFY(!flow.state(m_first)->followUpAt.isValid());
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.setFollowUp(m_first, QDateTime()));
    QVERIFY(flow.setFollowUp(m_first, std::nullopt)); // nothing to clear
    QCOMPARE(snapshot(*m_workspace), before);

    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).action, QStringLiteral("follow_up"));
    QCOMPARE(rows.at(0).details.value(QStringLiteral("at")).toVariant().toLongLong(), at(24 * 60).toMSecsSinceEpoch());
    QCOMPARE(rows.at(1).details, (QJsonObject{{QStringLiteral("at"), QJsonValue::Null}}));
}

void TestConversationWorkflow::tagsWithoutDuplicates()
{
    ConversationWorkflow flow = workflow(m_agent);
    QVERIFY(flow.addTag(m_first, QStringLiteral("  Late delivery ")));
    QCOMPARE(flow.state(m_first)->tags, QStringList{QStringLiteral("Late delivery")});
    const QString before = snapshot(*m_workspace);
    QVERIFY(flow.addTag(m_first, QStringLiteral("late DELIVERY")));
    QCOMPARE(snapshot(*m_workspace), before);

    // Another conversation reuses the tag as it is spelt; case folds beyond ASCII too.
    QVERIFY(flow.addTag(m_second, QStringLiteral("late delivery")));
    QCOMPARE(flow.state(m_second)->tags, QStringList{QStringLiteral("Late delivery")});
    QVERIFY(flow.addTag(m_second, QStringLiteral("Rückruf")));
    QVERIFY(flow.addTag(m_first, QStringLiteral("RÜCKRUF")));
    QCOMPARE(flow.state(m_first)->tags, (QStringList{QStringLiteral("Late delivery"), QStringLiteral("Rückruf")}));
    QCOMPARE(flow.allTags(), (QStringList{QStringLiteral("Late delivery"), QStringLiteral("Rückruf")}));

    const QString unchanged = snapshot(*m_workspace);
    QVERIFY(!flow.addTag(m_first, QStringLiteral("   ")));
    QVERIFY(flow.errorString().contains(QStringLiteral("name")));
    QVERIFY(!flow.addTag(m_first, QString(61, QLatin1Char('x'))));
    QCOMPARE(snapshot(*m_workspace), unchanged);

    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).action, QStringLiteral("tagged"));
    QCOMPARE(rows.at(0).details, (QJsonObject{{QStringLiteral("tag"), QStringLiteral("Late delivery")}}));
    QCOMPARE(rows.at(1).details, (QJsonObject{{QStringLiteral("tag"), QStringLiteral("Rückruf")}}));
}

void TestConversationWorkflow::untagsOnlyWhatIsThere()
{
    ConversationWorkflow flow = workflow(m_agent);
    QVERIFY(flow.addTag(m_first, QStringLiteral("refund")));
    QVERIFY(flow.addTag(m_second, QStringLiteral("press")));
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.removeTag(m_first, QStringLiteral("press")));
    QVERIFY(flow.errorString().contains(QStringLiteral("press")));
    QVERIFY(!flow.removeTag(m_first, QStringLiteral("unknown")));
    QVERIFY(!flow.removeTag(m_first, QString()));
    QCOMPARE(snapshot(*m_workspace), before);

    QVERIFY(flow.removeTag(m_first, QStringLiteral("REFUND")));
    QVERIFY(flow.state(m_first)->tags.isEmpty());
    // The tag stays known, to be offered again.
    QVERIFY(flow.allTags().contains(QStringLiteral("refund")));
    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.last().action, QStringLiteral("untagged"));
    QCOMPARE(rows.last().details, (QJsonObject{{QStringLiteral("tag"), QStringLiteral("refund")}}));
}

void TestConversationWorkflow::setsAllTagsAtOnce()
{
    ConversationWorkflow flow = workflow(m_agent);
    QVERIFY(flow.addTag(m_first, QStringLiteral("refund")));
    QVERIFY(flow.addTag(m_first, QStringLiteral("press")));
    QVERIFY(flow.addTag(m_second, QStringLiteral("Recall")));
    QVERIFY(flow.setTags(m_first, {QStringLiteral("PRESS"), QStringLiteral("recall"), QStringLiteral("new one")}));
    QCOMPARE(flow.state(m_first)->tags,
             (QStringList{QStringLiteral("Recall"), QStringLiteral("new one"), QStringLiteral("press")}));
    QStringList actions;
    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    for (const AuditRow &row : rows)
        actions << row.action + QLatin1Char(':') + row.details.value(QStringLiteral("tag")).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("tagged:refund"), QStringLiteral("tagged:press"),
                                   QStringLiteral("untagged:refund"), QStringLiteral("tagged:Recall"),
                                   QStringLiteral("tagged:new one")}));

    // One bad tag and none of the changes is kept.
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.setTags(m_first, {QStringLiteral("other"), QString(61, QLatin1Char('y'))}));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestConversationWorkflow::escalatesWithAReason()
{
    ConversationWorkflow flow = workflow(m_manager);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.escalate(m_first, QStringLiteral("  \n ")));
    QVERIFY(flow.errorString().contains(QStringLiteral("why")));
    QCOMPARE(snapshot(*m_workspace), before);

    QVERIFY(flow.setStatus(m_first, QStringLiteral("resolved")));
    QVERIFY(flow.escalate(m_first, QStringLiteral(" Child fell ill after batch L-2311 ")));
    ConversationState state = *flow.state(m_first);
    QVERIFY(state.isEscalated());
    QCOMPARE(state.escalatedAt, at(60));
    QCOMPARE(state.escalatedBy, std::optional<qint64>(m_manager));
    QCOMPARE(state.escalationReason, QStringLiteral("Child fell ill after batch L-2311"));
    QCOMPARE(state.priority, 2);
    QCOMPARE(state.status, QStringLiteral("open"));

    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).action, QStringLiteral("escalated"));
    QCOMPARE(rows.at(1).details,
             (QJsonObject{{QStringLiteral("reason"), QStringLiteral("Child fell ill after batch L-2311")}}));
    QCOMPARE(rows.at(2).action, QStringLiteral("status"));
    QCOMPARE(rows.at(2).details.value(QStringLiteral("to")).toString(), QStringLiteral("open"));

    // A higher priority stays; a waiting conversation keeps waiting.
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET priority = 3, status = 'waiting' WHERE id = %1").arg(m_second)));
    QVERIFY(flow.escalate(m_second, QStringLiteral("Press")));
    QCOMPARE(flow.state(m_second)->priority, 3);
    QCOMPARE(flow.state(m_second)->status, QStringLiteral("waiting"));
    QCOMPARE(auditRows(*m_workspace, m_second).size(), 1);
}

void TestConversationWorkflow::clearsAnEscalation()
{
    ConversationWorkflow flow = workflow(m_manager);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.clearEscalation(m_first));
    QVERIFY(flow.errorString().contains(QStringLiteral("not escalated")));
    QCOMPARE(snapshot(*m_workspace), before);

    QVERIFY(flow.escalate(m_first, QStringLiteral("Legal threat")));
    QVERIFY(flow.clearEscalation(m_first));
    const ConversationState state = *flow.state(m_first);
    QVERIFY(!state.isEscalated());
    QVERIFY(!state.escalatedBy.has_value());
    QVERIFY(state.escalationReason.isEmpty());
    QCOMPARE(state.priority, 2);
    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.last().action, QStringLiteral("escalation_cleared"));
    QCOMPARE(rows.last().userId.toLongLong(), m_manager);
}

void TestConversationWorkflow::addsInternalNotes()
{
    ConversationWorkflow flow = workflow(m_agent);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.addNote(m_first, QStringLiteral(" \t")));
    QVERIFY(flow.errorString().contains(QStringLiteral("empty")));
    QCOMPARE(snapshot(*m_workspace), before);

    QVERIFY(flow.addNote(m_first, QStringLiteral("Called the courier: parcel is in Leeds.\n")));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, conversation_id, user_id, body, created_at FROM notes")) && query.next());
    const qint64 noteId = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toLongLong(), m_first);
    QCOMPARE(query.value(2).toLongLong(), m_agent);
    QCOMPARE(query.value(3).toString(), QStringLiteral("Called the courier: parcel is in Leeds."));
    QCOMPARE(query.value(4).toLongLong(), at(60).toMSecsSinceEpoch());
    const QList<AuditRow> rows = auditRows(*m_workspace, m_first);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).action, QStringLiteral("note"));
    QCOMPARE(rows.at(0).details.value(QStringLiteral("note_id")).toVariant().toLongLong(), noteId);
}

void TestConversationWorkflow::refusesAConversationThatDoesNotExist()
{
    ConversationWorkflow flow = workflow(m_agent);
    const QString before = snapshot(*m_workspace);
    const qint64 gone = 9999;
    QVERIFY(!flow.assign(gone, m_agent, std::nullopt));
    QVERIFY(flow.errorString().contains(QStringLiteral("no longer exists")));
    QVERIFY(!flow.setStatus(gone, QStringLiteral("open")));
    QVERIFY(!flow.snooze(gone, at(100)));
    QVERIFY(!flow.setFollowUp(gone, at(100)));
    QVERIFY(!flow.addTag(gone, QStringLiteral("new-tag")));
    QVERIFY(!flow.removeTag(gone, QStringLiteral("new-tag")));
    QVERIFY(!flow.escalate(gone, QStringLiteral("why")));
    QVERIFY(!flow.clearEscalation(gone));
    QVERIFY(!flow.addNote(gone, QStringLiteral("note")));
    QVERIFY(flow.errorString().contains(QStringLiteral("no longer exists")));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestConversationWorkflow::aFailingStepLeavesNothing()
{
    // An actor who is not in the workspace: each change is written, then its audit row is
    // refused by the foreign key. The change must go with it.
    ConversationWorkflow flow = workflow(777);
    QVERIFY(!flow.addTag(m_first, QStringLiteral("kept")));
    const QString before = snapshot(*m_workspace);
    QVERIFY(!flow.assign(m_first, m_agent, m_logistics));
    QVERIFY(flow.errorString().contains(QStringLiteral("could not be saved")));
    QVERIFY(!flow.setStatus(m_first, QStringLiteral("resolved")));
    QVERIFY(!flow.snooze(m_first, at(100)));
    QVERIFY(!flow.setFollowUp(m_first, at(100)));
    QVERIFY(!flow.addTag(m_first, QStringLiteral("brand-new")));
    QVERIFY(!flow.escalate(m_first, QStringLiteral("why")));
    QVERIFY(!flow.addNote(m_first, QStringLiteral("note")));
    QCOMPARE(snapshot(*m_workspace), before);
    QCOMPARE(number(*m_workspace, QStringLiteral("SELECT count(*) FROM tags")), 0);

    // The same calls by a real person go through, on the same connection.
    ConversationWorkflow good = workflow(m_agent);
    QVERIFY2(good.addTag(m_first, QStringLiteral("brand-new")), qPrintable(good.errorString()));
    QVERIFY(good.setStatus(m_first, QStringLiteral("resolved")));
    QCOMPARE(auditRows(*m_workspace, m_first).size(), 2);
}

QTEST_GUILESS_MAIN(TestConversationWorkflow)
#include "tst_conversationworkflow.moc"
