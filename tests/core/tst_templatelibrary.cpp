// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestore.h"
#include "migrator.h"
#include "netiquettelibrary.h"
#include "outbox.h"
#include "templatelibrary.h"
#include "testmessages.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
constexpr qint64 baseTime = 1790000000000; // November 2026
constexpr qint64 day = 24 * 3600 * 1000;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(baseTime + ms, Qt::UTC);
}

qint64 addUser(const Workspace &workspace, const QString &name, const QString &role)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES (?, ?, 0)"));
    query.addBindValue(name);
    query.addBindValue(role);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

struct AuditRow
{
    QVariant userId;
    QString action;
    QJsonObject details;
};

QList<AuditRow> auditRows(const Workspace &workspace, qint64 templateId)
{
    QList<AuditRow> rows;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT user_id, action, details FROM audit_log "
                                 "WHERE object_type = 'template' AND object_id = ? ORDER BY id"));
    query.addBindValue(templateId);
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows << AuditRow {query.value(0), query.value(1).toString(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()};
    }
    return rows;
}

QStringList actions(const Workspace &workspace, qint64 templateId)
{
    QStringList result;
    for (const AuditRow &row : auditRows(workspace, templateId))
        result << row.action;
    return result;
}

// Everything the library writes, for checking that a refusal wrote nothing.
QString snapshot(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    QStringList parts;
    for (const char *statement : {"SELECT group_concat(id || '/' || coalesce(approved_version_id, '-') || '/' || "
                                  "coalesce(retired_at, '-'), '|') "
                                  "FROM templates",
             "SELECT group_concat(id || state || title || shortcut || coalesce(submitted_at, '-') "
             "|| coalesce(decided_by, '-') || decision_comment, '|') FROM template_versions",
             "SELECT group_concat(version_id || lang || body || out_of_date, '|') FROM template_variants",
             "SELECT count(*) FROM template_version_tags", "SELECT count(*) FROM template_usage",
             "SELECT count(*) FROM audit_log", "SELECT count(*) FROM workspace_settings"}) {
        if (query.exec(QString::fromLatin1(statement)) && query.next())
            parts << query.value(0).toString();
    }
    return parts.join(QLatin1Char('#'));
}

TemplateDraft refundDraft()
{
    TemplateDraft draft;
    draft.title = QStringLiteral("Refund on its way");
    draft.category = QStringLiteral("Orders");
    draft.shortcut = QStringLiteral("::refund");
    draft.tags = QStringList {QStringLiteral("refund"), QStringLiteral("Refund"), QStringLiteral("money")};
    draft.sourceLanguage = QStringLiteral("en");
    draft.variants.insert(QStringLiteral("en"),
        QStringLiteral("Hi {{author.first_name|there}},\nyour refund is on its way.\n{{agent.name}}"));
    draft.variants.insert(QStringLiteral("de"),
        QStringLiteral("Hallo {{author.first_name|zusammen}},\ndie Erstattung ist unterwegs.\n{{agent.name}}"));
    return draft;
}
} // namespace

class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsADraftAndAuditsIt();
    void refusesBadDraftsWritingNothing_data();
    void refusesBadDraftsWritingNothing();
    void reportsPlaceholderProblemsWithPositions();
    void refusesRulesTheNetiquetteDoesNotHave();
    void rendersRuleCitationsFromTheNetiquette();
    void approvesASubmittedDraft();
    void onlyManagersDecideAndRetire();
    void nobodyApprovesTheirOwnSubmission();
    void nobodyApprovesTextTheyEdited();
    void selfApprovalOnlyInAOnePersonWorkspace();
    void requestsChangesWithACommentAndTheAuthorResubmits();
    void refusesTransitionsFromTheWrongState();
    void editingAnApprovedTemplateMakesANewVersion();
    void retiresATemplate();
    void retiresOnlyApprovedTemplates();
    void rendersApprovedVersionsWithFallbacks();
    void refusesToRenderWhatIsNotApproved();
    void flagsTranslationsOutOfDate();
    void diffsTwoVersions();
    void queuesOldestFirstAndDecidesInBulk();
    void countsUsage();
    void normalizesLanguageCodes_data();
    void normalizesLanguageCodes();
    void keepsVariantsInAnyLanguage();
    void recordsTheReplyItCameFrom();
    void findsTheCrisisSetAndShortcuts();
    void upgradesAVersionThreeWorkspace();

private:
    TemplateLibrary library(qint64 actor) const;
    void publishNetiquette();
    qint64 approvedTemplate(const TemplateDraft &draft, qint64 *versionId = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_agent = 0;
    qint64 m_otherAgent = 0;
    qint64 m_manager = 0;
    qint64 m_otherManager = 0;
};

void TestTemplateLibrary::init()
{
    m_workspace = std::make_unique<Workspace>();
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
        + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(m_workspace->open(m_dir.filePath(name + QStringLiteral(".hearth"))));
    m_agent = addUser(*m_workspace, QStringLiteral("Emma Collins"), QStringLiteral("agent"));
    m_otherAgent = addUser(*m_workspace, QStringLiteral("Luca Rossi"), QStringLiteral("agent"));
    m_manager = addUser(*m_workspace, QStringLiteral("Jonas Becker"), QStringLiteral("manager"));
    m_otherManager = addUser(*m_workspace, QStringLiteral("Mia Park"), QStringLiteral("admin"));
    QVERIFY(m_agent && m_otherAgent && m_manager && m_otherManager);
}

void TestTemplateLibrary::cleanup()
{
    m_workspace.reset();
}

TemplateLibrary TestTemplateLibrary::library(qint64 actor) const
{
    TemplateLibrary result(*m_workspace, actor);
    result.setCurrentTime(at(0));
    return result;
}

void TestTemplateLibrary::publishNetiquette()
{
    QVERIFY(m_workspace->setSetting(
        NetiquetteLibrary::urlSetting, QStringLiteral("https://sunnysqueeze.example/{lang}/community-rules")));
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    const QMap<QString, QString> texts {
        {QStringLiteral("en"), QStringLiteral("## Be kind {#rule-1}\n## No spam {#rule-2}\n## Privacy {#rule-3}\n")},
        {QStringLiteral("de"),
            QStringLiteral("## Sei freundlich {#rule-1}\n## Keine Werbung {#rule-2}\n## Privatsphäre {#rule-3}\n")}};
    QVERIFY2(netiquette.saveDraft(QStringLiteral("en"), texts) && netiquette.publish(),
        qPrintable(netiquette.errorString()));
}

qint64 TestTemplateLibrary::approvedTemplate(const TemplateDraft &draft, qint64 *versionId)
{
    TemplateLibrary agent = library(m_agent);
    const std::optional<qint64> id = agent.create(draft);
    if (!id)
        return 0;
    const qint64 version = agent.store().versions(*id).constFirst().id;
    if (!agent.submit(version) || !library(m_manager).approve(version))
        return 0;
    if (versionId)
        *versionId = version;
    return *id;
}

void TestTemplateLibrary::createsADraftAndAuditsIt()
{
    TemplateLibrary agent = library(m_agent);
    const std::optional<qint64> id = agent.create(refundDraft());
    QVERIFY2(id, qPrintable(agent.errorString()));
    const QList<TemplateVersion> versions = agent.store().versions(*id);
    QCOMPARE(versions.size(), 1);
    const TemplateVersion &v = versions.constFirst();
    QCOMPARE(v.state, TemplateLibrary::draft);
    QCOMPARE(v.number, 1);
    QCOMPARE(v.title, QStringLiteral("Refund on its way"));
    QCOMPARE(v.shortcut, QStringLiteral("refund"));
    QCOMPARE(v.tags, (QStringList {QStringLiteral("money"), QStringLiteral("refund")})); // no duplicates
    QCOMPARE(v.languages(), (QStringList {QStringLiteral("en"), QStringLiteral("de")})); // source first
    QCOMPARE(v.authorId, m_agent);
    QVERIFY(!agent.store().approvedVersion(*id));
    const QList<AuditRow> rows = auditRows(*m_workspace, *id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().action, QStringLiteral("created"));
    QCOMPARE(rows.constFirst().userId.toLongLong(), m_agent);
    QCOMPARE(rows.constFirst().details.value(QStringLiteral("version_id")).toVariant().toLongLong(), v.id);
}

void TestTemplateLibrary::refusesBadDraftsWritingNothing_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("no title") << 0;
    QTest::newRow("no source text") << 1;
    QTest::newRow("bad language code") << 2;
    QTest::newRow("empty translation") << 3;
    QTest::newRow("bad shortcut") << 4;
    QTest::newRow("shortcut taken") << 5;
    QTest::newRow("unknown person") << 6;
}

void TestTemplateLibrary::refusesBadDraftsWritingNothing()
{
    QFETCH(int, fault);
    TemplateDraft other = refundDraft();
    other.title = QStringLiteral("Other");
    other.shortcut = QStringLiteral("taken");
    QVERIFY(library(m_agent).create(other));
    const QString before = snapshot(*m_workspace);

    TemplateDraft draft = refundDraft();
    qint64 actor = m_agent;
    switch (fault) {
    case 0:
        draft.title = QStringLiteral("   ");
        break;
    case 1:
        draft.variants.remove(QStringLiteral("en"));
        break;
    case 2:
        draft.variants.insert(QStringLiteral("German"), QStringLiteral("Hallo"));
        break;
    case 3:
        draft.variants.insert(QStringLiteral("fr"), QStringLiteral("  "));
        break;
    case 4:
        draft.shortcut = QStringLiteral("::two words");
        break;
    case 5:
        draft.shortcut = QStringLiteral("/Taken");
        break;
    case 6:
        actor = 999;
        break;
    }
    TemplateLibrary agent = library(actor);
    QVERIFY(!agent.create(draft));
    QVERIFY(!agent.errorString().isEmpty());
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestTemplateLibrary::reportsPlaceholderProblemsWithPositions()
{
    publishNetiquette();
    TemplateDraft draft = refundDraft();
    draft.variants.insert(
        QStringLiteral("de"), QStringLiteral("Hallo {{author.nam}},\nsiehe {{rule.2}} und {{rule.x}} {{agent.name"));
    TemplateLibrary agent = library(m_agent);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!agent.create(draft));
    QCOMPARE(snapshot(*m_workspace), before);
    const QList<TemplateProblem> problems = agent.problems();
    QCOMPARE(problems.size(), 3); // {{rule.2}} is a known placeholder
    QCOMPARE(problems.at(0).language, QStringLiteral("de"));
    QCOMPARE(problems.at(0).problem.position, 6);
    QCOMPARE(problems.at(0).problem.length, 14);
    QCOMPARE(problems.at(1).problem.position,
        int(draft.variants.value(QStringLiteral("de")).indexOf(QStringLiteral("{{rule.x}}"))));
    QVERIFY(problems.at(2).problem.message.contains(QStringLiteral("not closed")));
    QVERIFY2(
        agent.errorString().contains(QStringLiteral("“de” text, line 1, column 7")), qPrintable(agent.errorString()));

    // At the very start of a text.
    draft.variants.insert(QStringLiteral("de"), QStringLiteral("{{kunde}} hallo\nzweite Zeile"));
    QVERIFY(!agent.create(draft));
    QVERIFY2(agent.errorString().contains(QStringLiteral("line 1, column 1:")), qPrintable(agent.errorString()));

    // A problem on a later line is reported by line and column.
    draft.variants.insert(QStringLiteral("de"), QStringLiteral("Hallo,\nwir {{kunde}}"));
    QVERIFY(!agent.create(draft));
    QVERIFY2(agent.errorString().contains(QStringLiteral("line 2, column 5")), qPrintable(agent.errorString()));

    draft.variants.insert(QStringLiteral("de"), QStringLiteral("Bitte lies {{rule.3|die Regeln}}."));
    QVERIFY2(agent.create(draft), qPrintable(agent.errorString()));
    QVERIFY(agent.problems().isEmpty());
}

void TestTemplateLibrary::refusesRulesTheNetiquetteDoesNotHave()
{
    TemplateDraft draft = refundDraft();
    draft.variants.insert(
        QStringLiteral("de"), QStringLiteral("Hallo,\nsiehe {{rule.2}} und {{ rule.9 | die Regeln }}."));
    TemplateLibrary agent = library(m_agent);
    // Without a netiquette no rule can be cited.
    QVERIFY(!agent.create(draft));
    QCOMPARE(agent.problems().size(), 2);
    QVERIFY2(agent.errorString().contains(QStringLiteral("There is no rule 2 in the netiquette")),
        qPrintable(agent.errorString()));

    publishNetiquette();
    const QString before = snapshot(*m_workspace);
    QVERIFY(!agent.create(draft));
    QCOMPARE(snapshot(*m_workspace), before);
    QCOMPARE(agent.problems().size(), 1);
    const TemplateProblem problem = agent.problems().constFirst();
    QCOMPARE(problem.language, QStringLiteral("de"));
    QCOMPARE(
        problem.problem.position, int(draft.variants.value(QStringLiteral("de")).indexOf(QStringLiteral("{{ rule.9"))));
    QCOMPARE(problem.problem.length, int(QStringLiteral("{{ rule.9 | die Regeln }}").size()));
    QVERIFY2(agent.errorString().contains(QStringLiteral("line 2, column 22: There is no rule 9 in the netiquette")),
        qPrintable(agent.errorString()));

    // A rule only the draft has is known too: the template may be written before publishing.
    NetiquetteLibrary netiquette(*m_workspace, m_manager);
    QVERIFY(netiquette.saveDraft(QStringLiteral("en"),
        {{QStringLiteral("en"),
            QStringLiteral("## Be kind {#rule-1}\n## No spam {#rule-2}\n## Language {#rule-9}\n")}}));
    QVERIFY2(agent.create(draft), qPrintable(agent.errorString()));
}

void TestTemplateLibrary::rendersRuleCitationsFromTheNetiquette()
{
    publishNetiquette();
    TemplateDraft draft = refundDraft();
    draft.shortcut.clear();
    draft.variants.insert(QStringLiteral("en"), QStringLiteral("Hi {{author.first_name}}, we removed it: {{rule.2}}."));
    draft.variants.insert(QStringLiteral("de"), QStringLiteral("Hallo, wir haben es entfernt: {{rule.2}}."));
    draft.variants.insert(QStringLiteral("fr"), QStringLiteral("Bonjour, supprimé : {{rule.3}}."));
    qint64 version = 0;
    QVERIFY(approvedTemplate(draft, &version));
    TemplateLibrary agent = library(m_agent);
    const QHash<QString, QString> values {{Placeholders::authorFirstName, QStringLiteral("Zoë")}};
    QCOMPARE(agent.render(version, QStringLiteral("en"), values),
        std::optional<QString>(QStringLiteral("Hi Zoë, we removed it: Rule 2 “No spam” "
                                              "(https://sunnysqueeze.example/en/community-rules#rule-2).")));
    QCOMPARE(agent.render(version, QStringLiteral("de"), values),
        std::optional<QString>(QStringLiteral("Hallo, wir haben es entfernt: Regel 2 „Keine Werbung“ "
                                              "(https://sunnysqueeze.example/de/community-rules#rule-2).")));
    // French has no netiquette text: the source language's rule and page, in a French sentence.
    QCOMPARE(agent.render(version, QStringLiteral("fr"), values),
        std::optional<QString>(QStringLiteral("Bonjour, supprimé : Règle 3 « Privacy » "
                                              "(https://sunnysqueeze.example/en/community-rules#rule-3).")));
    // What the caller fills in wins.
    QCOMPARE(agent.render(version, QStringLiteral("de"), {{QStringLiteral("rule.2"), QStringLiteral("R2")}}),
        std::optional<QString>(QStringLiteral("Hallo, wir haben es entfernt: R2.")));
}

void TestTemplateLibrary::approvesASubmittedDraft()
{
    TemplateLibrary agent = library(m_agent);
    const qint64 id = *agent.create(refundDraft());
    const qint64 version = agent.store().versions(id).constFirst().id;
    QVERIFY(agent.submit(version));
    QCOMPARE(agent.store().version(version)->state, TemplateLibrary::awaiting);
    QCOMPARE(agent.store().version(version)->submittedBy, m_agent);
    QVERIFY(!agent.store().approvedVersion(id));

    TemplateLibrary manager = library(m_manager);
    QVERIFY2(manager.approve(version, QStringLiteral("Fine")), qPrintable(manager.errorString()));
    const TemplateVersion approved = *manager.store().approvedVersion(id);
    QCOMPARE(approved.id, version);
    QCOMPARE(approved.state, TemplateLibrary::approved);
    QCOMPARE(approved.decidedBy, m_manager);
    QCOMPARE(approved.decisionComment, QStringLiteral("Fine"));
    QCOMPARE(manager.store().summary(id)->approvedVersionId, std::optional<qint64>(version));
    QCOMPARE(actions(*m_workspace, id),
        (QStringList {QStringLiteral("created"), QStringLiteral("submitted"), QStringLiteral("approved")}));
    QCOMPARE(auditRows(*m_workspace, id).constLast().userId.toLongLong(), m_manager);
    QVERIFY(!auditRows(*m_workspace, id).constLast().details.contains(QStringLiteral("self_approved")));
}

void TestTemplateLibrary::onlyManagersDecideAndRetire()
{
    TemplateLibrary agent = library(m_agent);
    const qint64 id = *agent.create(refundDraft());
    const qint64 version = agent.store().versions(id).constFirst().id;
    QVERIFY(agent.submit(version));
    const QString before = snapshot(*m_workspace);

    TemplateLibrary colleague = library(m_otherAgent);
    QVERIFY(!colleague.approve(version));
    QVERIFY(colleague.errorString().contains(QStringLiteral("Only a manager")));
    QVERIFY(!colleague.requestChanges(version, QStringLiteral("Shorter, please")));
    QVERIFY(!colleague.approveAll({version}));
    QVERIFY(!colleague.retire(id));
    QVERIFY(!colleague.setSelfApprovalAllowed(false));
    QCOMPARE(snapshot(*m_workspace), before);

    // An admin counts as a manager.
    TemplateLibrary admin = library(m_otherManager);
    QVERIFY2(admin.approve(version), qPrintable(admin.errorString()));
    QCOMPARE(admin.store().approvedVersion(id)->id, version);
}

void TestTemplateLibrary::nobodyApprovesTheirOwnSubmission()
{
    TemplateLibrary manager = library(m_manager);
    const qint64 id = *manager.create(refundDraft());
    const qint64 version = manager.store().versions(id).constFirst().id;
    QVERIFY(manager.submit(version));
    const QString before = snapshot(*m_workspace);
    QVERIFY(!manager.approve(version));
    QVERIFY(manager.errorString().contains(QStringLiteral("own template")));
    QCOMPARE(snapshot(*m_workspace), before);

    // Nor what they wrote and someone else submitted.
    TemplateLibrary other = library(m_otherManager);
    const qint64 second = *other.create([] {
        TemplateDraft d = refundDraft();
        d.shortcut.clear();
        return d;
    }());
    const qint64 secondVersion = other.store().versions(second).constFirst().id;
    QVERIFY(library(m_agent).submit(secondVersion));
    QVERIFY(!other.approve(secondVersion));

    // The setting alone does not allow it while the workspace has more than one person.
    QVERIFY(m_workspace->setSetting(TemplateLibrary::selfApprovalSetting, QStringLiteral("1")));
    QVERIFY(!manager.selfApprovalAllowed());
    QVERIFY(!manager.approve(version));

    QVERIFY(other.approve(version));
    QVERIFY(manager.approve(secondVersion));
}

void TestTemplateLibrary::nobodyApprovesTextTheyEdited()
{
    // An agent's draft, rewritten in place by a manager, then submitted by the agent.
    TemplateLibrary agent = library(m_agent);
    const qint64 id = *agent.create(refundDraft());
    const qint64 version = agent.store().versions(id).constFirst().id;
    TemplateLibrary manager = library(m_manager);
    TemplateDraft rewritten = refundDraft();
    rewritten.variants.insert(QStringLiteral("en"), QStringLiteral("Hi,\nno refunds, sorry."));
    QCOMPARE(manager.edit(id, rewritten), std::optional<qint64>(version));
    QCOMPARE(agent.store().version(version)->authorId, m_agent); // the author stays
    QVERIFY(agent.submit(version));
    QCOMPARE(agent.store().version(version)->submittedBy, m_agent);

    const QString before = snapshot(*m_workspace);
    QVERIFY(!manager.approve(version));
    QVERIFY2(manager.errorString().contains(QStringLiteral("own template")), qPrintable(manager.errorString()));
    QVERIFY(!manager.approveAll({version}));
    QCOMPARE(snapshot(*m_workspace), before);
    // Sending it back is not approving: the editor may still do that.
    QVERIFY2(
        manager.requestChanges(version, QStringLiteral("Let someone else look")), qPrintable(manager.errorString()));
    QVERIFY(agent.submit(version));

    // Editing a changes-requested version counts the same.
    TemplateLibrary other = library(m_otherManager);
    QVERIFY2(other.requestChanges(version, QStringLiteral("Softer")), qPrintable(other.errorString()));
    rewritten.variants.insert(QStringLiteral("en"), QStringLiteral("Hi,\nyour refund is on its way."));
    QCOMPARE(other.edit(id, rewritten), std::optional<qint64>(version));
    QVERIFY(agent.submit(version));
    QVERIFY(!other.approve(version));
    QVERIFY(!manager.approve(version));

    // A manager who wrote nothing of it may approve it.
    const qint64 third = addUser(*m_workspace, QStringLiteral("Nora Lind"), QStringLiteral("manager"));
    QVERIFY2(library(third).approve(version), qPrintable(library(third).errorString()));
    QCOMPARE(agent.store().approvedVersion(id)->id, version);

    // A new version written by a manager on top of an approved one: theirs too.
    const qint64 next = *manager.edit(id, refundDraft());
    QVERIFY(next != version);
    QVERIFY(agent.submit(next));
    QVERIFY(!manager.approve(next));
    QVERIFY(other.approve(next));
}

void TestTemplateLibrary::selfApprovalOnlyInAOnePersonWorkspace()
{
    TemplateLibrary manager = library(m_manager);
    QVERIFY(!manager.setSelfApprovalAllowed(true));
    QVERIFY2(manager.errorString().contains(QStringLiteral("one person")), qPrintable(manager.errorString()));

    Workspace solo;
    QVERIFY(solo.open(m_dir.filePath(QStringLiteral("solo.hearth"))));
    const qint64 owner = addUser(solo, QStringLiteral("Ana Silva"), QStringLiteral("admin"));
    TemplateLibrary library(solo, owner);
    const qint64 id = *library.create(refundDraft());
    const qint64 version = library.store().versions(id).constFirst().id;
    QVERIFY(library.submit(version));
    QVERIFY(!library.approve(version)); // not allowed until switched on
    QVERIFY2(library.setSelfApprovalAllowed(true), qPrintable(library.errorString()));
    QVERIFY(library.selfApprovalAllowed());
    QVERIFY2(library.approve(version), qPrintable(library.errorString()));
    const AuditRow last = auditRows(solo, id).constLast();
    QCOMPARE(last.action, QStringLiteral("approved"));
    QCOMPARE(last.details.value(QStringLiteral("self_approved")).toBool(), true);

    // A second person ends it.
    addUser(solo, QStringLiteral("Ben Ito"), QStringLiteral("agent"));
    QVERIFY(!library.selfApprovalAllowed());
}

void TestTemplateLibrary::requestsChangesWithACommentAndTheAuthorResubmits()
{
    TemplateLibrary agent = library(m_agent);
    const qint64 id = *agent.create(refundDraft());
    const qint64 version = agent.store().versions(id).constFirst().id;
    QVERIFY(agent.submit(version));
    TemplateLibrary manager = library(m_manager);
    const QString before = snapshot(*m_workspace);
    QVERIFY(!manager.requestChanges(version, QStringLiteral("  ")));
    QCOMPARE(snapshot(*m_workspace), before);

    QVERIFY(manager.requestChanges(version, QStringLiteral("Mention the five working days.")));
    TemplateVersion sentBack = *agent.store().version(version);
    QCOMPARE(sentBack.state, TemplateLibrary::changesRequested);
    QCOMPARE(sentBack.decisionComment, QStringLiteral("Mention the five working days."));
    QVERIFY(!manager.approve(version)); // not awaiting any more

    TemplateDraft fixed = refundDraft();
    fixed.variants.insert(QStringLiteral("en"), QStringLiteral("Hi,\nyour refund arrives within five working days."));
    QCOMPARE(agent.edit(id, fixed), std::optional<qint64>(version)); // the same version, changed in place
    QCOMPARE(agent.store().version(version)->state, TemplateLibrary::draft);
    QVERIFY(agent.submit(version));
    QVERIFY(manager.approve(version));
    QCOMPARE(agent.store().versions(id).size(), 1);
    QCOMPARE(actions(*m_workspace, id),
        (QStringList {QStringLiteral("created"), QStringLiteral("submitted"), QStringLiteral("changes_requested"),
            QStringLiteral("edited"), QStringLiteral("submitted"), QStringLiteral("approved")}));
}

void TestTemplateLibrary::refusesTransitionsFromTheWrongState()
{
    TemplateLibrary agent = library(m_agent);
    TemplateLibrary manager = library(m_manager);
    const qint64 id = *agent.create(refundDraft());
    const qint64 version = agent.store().versions(id).constFirst().id;
    QVERIFY(!manager.approve(version)); // a draft is not awaiting
    QVERIFY(!manager.requestChanges(version, QStringLiteral("No")));
    QVERIFY(agent.submit(version));
    QVERIFY(!agent.submit(version)); // twice
    QVERIFY(!agent.edit(id, refundDraft())); // waiting for a decision
    QVERIFY(manager.approve(version));
    QVERIFY(!manager.approve(version)); // twice
    QVERIFY(!agent.submit(version)); // approved is not a draft
    QVERIFY(!agent.submit(12345));
    QVERIFY(!manager.approve(12345));
    QVERIFY(!agent.edit(12345, refundDraft()));
}

void TestTemplateLibrary::editingAnApprovedTemplateMakesANewVersion()
{
    qint64 first = 0;
    const qint64 id = approvedTemplate(refundDraft(), &first);
    QVERIFY(id);
    TemplateLibrary agent = library(m_otherAgent);
    TemplateDraft changed = refundDraft();
    changed.title = QStringLiteral("Refund sent");
    const std::optional<qint64> second = agent.edit(id, changed);
    QVERIFY2(second, qPrintable(agent.errorString()));
    QVERIFY(*second != first);
    QCOMPARE(agent.store().version(*second)->number, 2);
    QCOMPARE(agent.store().version(*second)->state, TemplateLibrary::draft);
    QCOMPARE(agent.store().version(*second)->authorId, m_otherAgent);
    // The approved version stays in use until the new one is approved.
    QCOMPARE(agent.store().approvedVersion(id)->id, first);
    QCOMPARE(agent.store().approvedVersion(id)->title, QStringLiteral("Refund on its way"));
    QVERIFY(agent.render(first, QStringLiteral("en"), {}));
    QVERIFY(!agent.render(*second, QStringLiteral("en"), {}));
    // Saving again changes the new draft, not the approved version.
    QCOMPARE(agent.edit(id, changed), second);

    QVERIFY(agent.submit(*second));
    QVERIFY(library(m_manager).approve(*second));
    QCOMPARE(agent.store().approvedVersion(id)->id, *second);
    QCOMPARE(agent.store().version(first)->state, TemplateLibrary::superseded);
    QVERIFY(!agent.render(first, QStringLiteral("en"), {}));
    const QList<TemplateVersion> all = agent.store().versions(id);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).title, QStringLiteral("Refund on its way")); // every version is kept
}

void TestTemplateLibrary::retiresATemplate()
{
    qint64 version = 0;
    const qint64 id = approvedTemplate(refundDraft(), &version);
    QVERIFY(id);
    // A new version was waiting when the template was retired: it cannot bring it back.
    TemplateLibrary agent = library(m_agent);
    TemplateDraft changed = refundDraft();
    changed.title = QStringLiteral("Refund v2");
    const qint64 waiting = *agent.edit(id, changed);
    QVERIFY(agent.submit(waiting));
    TemplateLibrary manager = library(m_manager);
    QCOMPARE(manager.store().queue().size(), 1);
    QVERIFY2(manager.retire(id, QStringLiteral("Policy changed")), qPrintable(manager.errorString()));
    QCOMPARE(manager.store().version(version)->state, TemplateLibrary::retired);
    // The waiting version left the queue (and so the main window's badge) with it.
    QVERIFY(manager.store().queue().isEmpty());
    QCOMPARE(manager.store().version(waiting)->state, TemplateLibrary::retired);
    QVERIFY(!manager.store().approvedVersion(id));
    QVERIFY(manager.store().summary(id)->retired);
    QVERIFY(!manager.store().byShortcut(QStringLiteral("refund")));
    QVERIFY(manager.store().offered().isEmpty());

    const QString before = snapshot(*m_workspace);
    QVERIFY(!manager.render(version, QStringLiteral("en"), {}));
    QVERIFY(manager.errorString().contains(QStringLiteral("retired")));
    QVERIFY(!manager.recordUse(version, QStringLiteral("en"), std::nullopt, std::nullopt, QStringLiteral("x"), {}));
    QVERIFY(!library(m_agent).edit(id, refundDraft()));
    QVERIFY(!manager.retire(id));
    QVERIFY(!library(m_otherManager).approve(waiting));
    QCOMPARE(snapshot(*m_workspace), before);
    QVERIFY(!manager.store().approvedVersion(id));
    QCOMPARE(actions(*m_workspace, id).constLast(), QStringLiteral("retired"));

    // Its shortcut is free again.
    QVERIFY2(library(m_agent).create(refundDraft()), qPrintable(manager.errorString()));
}

void TestTemplateLibrary::retiresOnlyApprovedTemplates()
{
    TemplateLibrary agent = library(m_agent);
    TemplateLibrary manager = library(m_manager);
    const qint64 id = *agent.create(refundDraft());
    const qint64 version = agent.store().versions(id).constFirst().id;
    QString before = snapshot(*m_workspace);
    QVERIFY(!manager.retire(id)); // a draft
    QVERIFY2(manager.errorString().contains(QStringLiteral("never approved")), qPrintable(manager.errorString()));
    QCOMPARE(snapshot(*m_workspace), before);
    QVERIFY(agent.submit(version));
    before = snapshot(*m_workspace);
    QVERIFY(!manager.retire(id)); // awaiting
    QCOMPARE(snapshot(*m_workspace), before);
    QCOMPARE(manager.store().queue().size(), 1);
    QVERIFY(manager.requestChanges(version, QStringLiteral("Shorter")));
    before = snapshot(*m_workspace);
    QVERIFY(!manager.retire(id)); // changes requested
    QCOMPARE(snapshot(*m_workspace), before);
    QVERIFY(!manager.store().summary(id)->retired);
}

void TestTemplateLibrary::rendersApprovedVersionsWithFallbacks()
{
    qint64 version = 0;
    QVERIFY(approvedTemplate(refundDraft(), &version));
    TemplateLibrary agent = library(m_agent);
    const QHash<QString, QString> values {{Placeholders::authorFirstName, QStringLiteral("Zoë")},
        {Placeholders::agentName, QStringLiteral("Emma Collins")}};
    QCOMPARE(*agent.render(version, QStringLiteral("en"), values),
        QStringLiteral("Hi Zoë,\nyour refund is on its way.\nEmma Collins"));
    QCOMPARE(*agent.render(version, QStringLiteral("de"), {{Placeholders::agentName, QStringLiteral("Emma")}}),
        QStringLiteral("Hallo zusammen,\ndie Erstattung ist unterwegs.\nEmma"));
    QVERIFY(!agent.render(version, QStringLiteral("fr"), values)); // no French text
}

void TestTemplateLibrary::refusesToRenderWhatIsNotApproved()
{
    TemplateLibrary agent = library(m_agent);
    const qint64 id = *agent.create(refundDraft());
    const qint64 version = agent.store().versions(id).constFirst().id;
    const QString before = snapshot(*m_workspace);
    QVERIFY(!agent.render(version, QStringLiteral("en"), {})); // draft
    QVERIFY(agent.errorString().contains(QStringLiteral("not approved")));
    QVERIFY(!agent.recordUse(version, QStringLiteral("en"), std::nullopt, std::nullopt, QStringLiteral("Hi"), {}));
    QCOMPARE(snapshot(*m_workspace), before);
    QVERIFY(agent.submit(version));
    const QString awaiting = snapshot(*m_workspace);
    QVERIFY(!agent.render(version, QStringLiteral("en"), {})); // awaiting
    QVERIFY(!agent.recordUse(version, QStringLiteral("en"), std::nullopt, std::nullopt, QStringLiteral("Hi"), {}));
    QCOMPARE(snapshot(*m_workspace), awaiting);
    QVERIFY(library(m_manager).requestChanges(version, QStringLiteral("No")));
    const QString sentBack = snapshot(*m_workspace);
    QVERIFY(!agent.render(version, QStringLiteral("en"), {})); // changes requested
    QVERIFY(!agent.recordUse(version, QStringLiteral("en"), std::nullopt, std::nullopt, QStringLiteral("Hi"), {}));
    QVERIFY(!agent.store().byShortcut(QStringLiteral("refund")));
    QVERIFY(agent.store().offered().isEmpty());
    QVERIFY(!agent.render(999, QStringLiteral("en"), {}));
    QVERIFY(!agent.recordUse(999, QStringLiteral("en"), std::nullopt, std::nullopt, QStringLiteral("Hi"), {}));
    QCOMPARE(snapshot(*m_workspace), sentBack);
}

void TestTemplateLibrary::flagsTranslationsOutOfDate()
{
    TemplateDraft draft = refundDraft();
    draft.variants.insert(QStringLiteral("fr"), QStringLiteral("Bonjour,\nle remboursement est en route."));
    qint64 first = 0;
    const qint64 id = approvedTemplate(draft, &first);
    QVERIFY(id);
    TemplateLibrary agent = library(m_agent);
    const TemplateVersion approved = *agent.store().version(first);
    for (const TemplateVariant &variant : approved.variants)
        QVERIFY(!variant.outOfDate);

    // The source text changes: the translations that did not change are out of date.
    TemplateDraft changed = draft;
    changed.variants.insert(QStringLiteral("en"), QStringLiteral("Hi,\nyour refund arrives within five days."));
    const qint64 second = *agent.edit(id, changed);
    TemplateVersion v = *agent.store().version(second);
    QVERIFY(!v.variant(QStringLiteral("en"))->outOfDate);
    QVERIFY(v.variant(QStringLiteral("de"))->outOfDate);
    QVERIFY(v.variant(QStringLiteral("fr"))->outOfDate);

    // Updating a translation clears its flag; the other stays flagged when saved again.
    changed.variants.insert(QStringLiteral("de"), QStringLiteral("Hallo,\ndie Erstattung kommt in fünf Tagen."));
    QCOMPARE(agent.edit(id, changed), std::optional<qint64>(second));
    v = *agent.store().version(second);
    QVERIFY(!v.variant(QStringLiteral("de"))->outOfDate);
    QVERIFY(v.variant(QStringLiteral("fr"))->outOfDate);
    QVERIFY(agent.store().diff(first, second)->contains(QStringLiteral("[fr] (out of date)\n  Bonjour,")));

    // Approved and edited again without touching the source: the flag carries over.
    QVERIFY(agent.submit(second));
    QVERIFY(library(m_manager).approve(second));
    TemplateDraft retitled = changed;
    retitled.title = QStringLiteral("Refund: five days");
    const qint64 third = *agent.edit(id, retitled);
    v = *agent.store().version(third);
    QVERIFY(!v.variant(QStringLiteral("de"))->outOfDate);
    QVERIFY(v.variant(QStringLiteral("fr"))->outOfDate);

    // A translation changing alone flags nothing.
    retitled.variants.insert(
        QStringLiteral("fr"), QStringLiteral("Bonjour,\nle remboursement arrive sous cinq jours."));
    retitled.variants.insert(QStringLiteral("de"), QStringLiteral("Hallo!"));
    QVERIFY(agent.edit(id, retitled));
    v = *agent.store().version(third);
    for (const TemplateVariant &variant : v.variants)
        QVERIFY2(!variant.outOfDate, qPrintable(variant.language));
}

void TestTemplateLibrary::diffsTwoVersions()
{
    qint64 first = 0;
    const qint64 id = approvedTemplate(refundDraft(), &first);
    TemplateLibrary agent = library(m_agent);
    TemplateDraft changed = refundDraft();
    changed.title = QStringLiteral("Refund sent");
    changed.variants.insert(QStringLiteral("en"),
        QStringLiteral("Hi {{author.first_name|there}},\nyour refund was sent today.\n{{agent.name}}"));
    changed.variants.remove(QStringLiteral("de"));
    changed.variants.insert(QStringLiteral("pl"), QStringLiteral("Dzień dobry"));
    const qint64 second = *agent.edit(id, changed);
    const QString diff = *agent.store().diff(first, second);
    QVERIFY2(diff.contains(QStringLiteral("Title: “Refund on its way” → “Refund sent”\n")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("[en]\n  Hi {{author.first_name|there}},\n- your refund is on its way.\n"
                                          "+ your refund was sent today.\n  {{agent.name}}\n")),
        qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("[de] (removed)\n- Hallo")));
    QVERIFY(diff.contains(QStringLiteral("[pl] (new)\n+ Dzień dobry\n")));
    QVERIFY(!diff.contains(QStringLiteral("Shortcut")));
    QVERIFY(!agent.store().diff(first, 999));
}

void TestTemplateLibrary::queuesOldestFirstAndDecidesInBulk()
{
    TemplateLibrary agent = library(m_agent);
    qint64 approvedId = 0;
    const qint64 withApproval = approvedTemplate(refundDraft(), &approvedId);
    TemplateDraft edit = refundDraft();
    edit.title = QStringLiteral("Refund v2");

    agent.setCurrentTime(at(3 * 60000));
    TemplateDraft a = refundDraft();
    a.title = QStringLiteral("Later one");
    a.shortcut = QStringLiteral("later");
    const qint64 later = *agent.create(a);
    QVERIFY(agent.submit(agent.store().versions(later).constFirst().id));
    agent.setCurrentTime(at(60000));
    TemplateDraft b = refundDraft();
    b.title = QStringLiteral("Earlier one");
    b.shortcut = QStringLiteral("earlier");
    const qint64 earlier = *agent.create(b);
    QVERIFY(agent.submit(agent.store().versions(earlier).constFirst().id));
    agent.setCurrentTime(at(2 * 60000));
    const qint64 newVersion = *agent.edit(withApproval, edit);
    QVERIFY(agent.submit(newVersion));

    const QList<ApprovalRequest> queue = library(m_manager).store().queue();
    QCOMPARE(queue.size(), 3);
    QCOMPARE(queue.at(0).version.title, QStringLiteral("Earlier one"));
    QCOMPARE(queue.at(1).version.id, newVersion);
    QCOMPARE(queue.at(2).version.title, QStringLiteral("Later one"));
    QVERIFY(!queue.at(0).approvedVersionId);
    QCOMPARE(queue.at(1).approvedVersionId, std::optional<qint64>(approvedId));
    QVERIFY(queue.at(1).diff.contains(QStringLiteral("Title: “Refund on its way” → “Refund v2”")));
    QVERIFY(queue.at(0).diff.contains(QStringLiteral("+ Hi {{author.first_name|there}},")));

    // All or nothing: one that cannot be approved (a draft) keeps the others waiting.
    TemplateLibrary manager = library(m_manager);
    const qint64 stillDraft = *agent.create([] {
        TemplateDraft d = refundDraft();
        d.shortcut.clear();
        return d;
    }());
    const QString before = snapshot(*m_workspace);
    QList<qint64> ids {
        queue.at(0).version.id, queue.at(1).version.id, agent.store().versions(stillDraft).constFirst().id};
    QVERIFY(!manager.approveAll(ids));
    QCOMPARE(snapshot(*m_workspace), before);
    QVERIFY(!manager.requestChangesAll(ids.mid(0, 2), QString())); // a comment is required
    QCOMPARE(snapshot(*m_workspace), before);

    QVERIFY2(manager.approveAll(ids.mid(0, 2), QStringLiteral("Good")), qPrintable(manager.errorString()));
    QVERIFY(manager.requestChangesAll({queue.at(2).version.id}, QStringLiteral("Needs a greeting")));
    QVERIFY(manager.store().queue().isEmpty());
    QCOMPARE(manager.store().approvedVersion(withApproval)->id, newVersion);
    QCOMPARE(manager.store().approvedVersion(earlier)->title, QStringLiteral("Earlier one"));
    QCOMPARE(manager.store().version(queue.at(2).version.id)->state, TemplateLibrary::changesRequested);
}

void TestTemplateLibrary::countsUsage()
{
    qint64 refund = 0;
    const qint64 refundId = approvedTemplate(refundDraft(), &refund);
    TemplateDraft other = refundDraft();
    other.title = QStringLiteral("Never used");
    other.shortcut = QStringLiteral("never");
    const qint64 neverId = approvedTemplate(other);
    QVERIFY(refundId && neverId);

    TemplateLibrary agent = library(m_agent);
    const QHash<QString, QString> values {{Placeholders::authorFirstName, QStringLiteral("Zoë")},
        {Placeholders::agentName, QStringLiteral("Emma Collins")}};
    const QString rendered = *agent.render(refund, QStringLiteral("en"), values);
    agent.setCurrentTime(at(day));
    const std::optional<qint64> exact =
        agent.recordUse(refund, QStringLiteral("en"), std::nullopt, std::nullopt, rendered, values);
    QVERIFY2(exact, qPrintable(agent.errorString()));
    agent.setCurrentTime(at(2 * day));
    // Two words changed of ten.
    QVERIFY(agent.recordUse(refund, QStringLiteral("en"), std::nullopt, std::nullopt,
        QStringLiteral("Hi Zoë,\nyour money is on the way.\nEmma Collins"), values));
    TemplateLibrary manager = library(m_manager);
    manager.setCurrentTime(at(3 * day));
    QVERIFY(manager.recordUse(refund, QStringLiteral("de"), std::nullopt, std::nullopt, QStringLiteral("Hallo"), {}));

    QSqlQuery query(m_workspace->database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT edit_distance, difference, user_id, lang FROM template_usage ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(query.value(1).toDouble(), 0.0);
    QCOMPARE(query.value(2).toLongLong(), m_agent);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toDouble(), 0.2);

    const QList<TemplateUsageCount> all = manager.store().usage();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).templateId, refundId);
    QCOMPARE(all.at(0).uses, 3);
    QCOMPARE(all.at(0).lastUsedAt, std::optional<qint64>(baseTime + 3 * day));
    QCOMPARE(all.at(1).templateId, neverId);
    QCOMPARE(all.at(1).uses, 0);
    QVERIFY(!all.at(1).lastUsedAt);

    const QList<TemplateUsageCount> byLanguage = manager.store().usageByLanguage(refundId);
    QCOMPARE(byLanguage.size(), 2);
    QCOMPARE(byLanguage.at(0).language, QStringLiteral("en"));
    QCOMPARE(byLanguage.at(0).uses, 2);
    QCOMPARE(byLanguage.at(1).language, QStringLiteral("de"));
    const QList<TemplateUsageCount> byUser = manager.store().usageByUser(refundId);
    QCOMPARE(byUser.size(), 2);
    QCOMPARE(byUser.at(0).userId, m_agent);
    QCOMPARE(byUser.at(0).uses, 2);
    QCOMPARE(byUser.at(0).lastUsedAt, std::optional<qint64>(baseTime + 2 * day));
    QCOMPARE(byUser.at(1).userId, m_manager);

    QCOMPARE(manager.store().unusedSince(at(0)), QList<qint64> {neverId});
    QCOMPARE(manager.store().unusedSince(at(4 * day)), (QList<qint64> {refundId, neverId}));
}

void TestTemplateLibrary::normalizesLanguageCodes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << QStringLiteral("es") << QStringLiteral("es");
    QTest::newRow("upper case") << QStringLiteral("ES") << QStringLiteral("es");
    QTest::newRow("region") << QStringLiteral("pt-br") << QStringLiteral("pt-BR");
    QTest::newRow("underscore and spaces") << QStringLiteral(" pt_BR ") << QStringLiteral("pt-BR");
    QTest::newRow("script") << QStringLiteral("zh-hant") << QStringLiteral("zh-Hant");
    QTest::newRow("three letters") << QStringLiteral("fil") << QStringLiteral("fil");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("a word") << QStringLiteral("Spanish") << QString();
    QTest::newRow("no such language") << QStringLiteral("qq") << QString();
    QTest::newRow("punctuation") << QStringLiteral("e$") << QString();
    QTest::newRow("dangling dash") << QStringLiteral("pt-") << QString();
}

void TestTemplateLibrary::normalizesLanguageCodes()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QCOMPARE(TemplateStore::normalizedLanguageCode(typed), code);
    if (!code.isEmpty())
        QVERIFY(TemplateStore::isLanguageCode(code));
}

void TestTemplateLibrary::keepsVariantsInAnyLanguage()
{
    TemplateDraft draft = refundDraft();
    draft.variants.insert(QStringLiteral("pt-BR"), QStringLiteral("Olá {{author.first_name|pessoal}}!"));
    draft.variants.insert(QStringLiteral("es"), QStringLiteral("¡Hola!"));
    TemplateLibrary agent = library(m_agent);
    const std::optional<qint64> id = agent.create(draft);
    QVERIFY2(id, qPrintable(agent.errorString()));
    const TemplateVersion version = agent.store().versions(*id).constFirst();
    QVERIFY(version.languages().contains(QStringLiteral("pt-BR")));
    QCOMPARE(version.variant(QStringLiteral("es"))->body, QStringLiteral("¡Hola!"));
    QCOMPARE(version.languages().constFirst(), draft.sourceLanguage);

    // A code that is no language code is refused and nothing is written.
    draft.title = QStringLiteral("Bad language");
    draft.shortcut.clear();
    draft.variants.insert(QStringLiteral("Spanish"), QStringLiteral("Hola"));
    QVERIFY(!agent.create(draft));
    QVERIFY(agent.errorString().contains(QStringLiteral("Spanish")));
    QCOMPARE(agent.store().templates().size(), 1);
}

void TestTemplateLibrary::recordsTheReplyItCameFrom()
{
    MessageStore store(*m_workspace);
    const qint64 account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QVERIFY(store
                .ingest(account,
                    {hearth::test::message(
                        QStringLiteral("a"), 0, QStringLiteral("Where is my refund?"), QStringLiteral("t1"))})
                .ok);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conversations")) && query.next());
    const qint64 conversation = query.value(0).toLongLong();

    qint64 version = 0;
    const qint64 id = approvedTemplate(refundDraft(), &version);
    TemplateLibrary agent = library(m_agent);
    const QString rendered = *agent.render(version, QStringLiteral("en"), {});
    const QString sent = rendered + QStringLiteral(" Sorry for the wait.");
    Outbox outbox(*m_workspace);
    const std::optional<qint64> outboxId = outbox.queue(conversation, m_agent, QStringLiteral("private"), sent);
    QVERIFY2(outboxId, qPrintable(outbox.errorString()));
    const std::optional<qint64> use = agent.recordUse(version, QStringLiteral("en"), conversation, outboxId, sent, {});
    QVERIFY2(use, qPrintable(agent.errorString()));

    QVERIFY(query.exec(QStringLiteral("SELECT template_id, version_id, conversation_id, outbox_id, edit_distance "
                                      "FROM template_usage")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), id);
    QCOMPARE(query.value(1).toLongLong(), version);
    QCOMPARE(query.value(2).toLongLong(), conversation);
    QCOMPARE(query.value(3).toLongLong(), *outboxId);
    QCOMPARE(query.value(4).toInt(), 4); // four words added
}

void TestTemplateLibrary::findsTheCrisisSetAndShortcuts()
{
    TemplateDraft crisis = refundDraft();
    crisis.title = QStringLiteral("Outage statement");
    crisis.shortcut = QStringLiteral("outage");
    crisis.crisis = true;
    const qint64 crisisId = approvedTemplate(crisis);
    QVERIFY(crisisId);
    TemplateDraft draftCrisis = crisis;
    draftCrisis.title = QStringLiteral("Recall statement (draft)");
    draftCrisis.shortcut = QStringLiteral("recall");
    TemplateLibrary agent = library(m_agent);
    QVERIFY(agent.create(draftCrisis));
    QVERIFY(approvedTemplate(refundDraft()));

    const QList<TemplateVersion> set = agent.store().crisisSet();
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.constFirst().templateId, crisisId);

    QCOMPARE(agent.store().byShortcut(QStringLiteral("::refund"))->title, QStringLiteral("Refund on its way"));
    QCOMPARE(agent.store().byShortcut(QStringLiteral("/Outage"))->templateId, crisisId);
    QVERIFY(!agent.store().byShortcut(QStringLiteral("recall"))); // not approved
    QVERIFY(!agent.store().byShortcut(QStringLiteral("::nothing")));
    QCOMPARE(agent.store().offered().size(), 2);
}

void TestTemplateLibrary::upgradesAVersionThreeWorkspace()
{
    const QString steps = m_dir.filePath(QStringLiteral("v3-steps"));
    QVERIFY(QDir().mkpath(steps));
    for (const char *name : {"0001_initial.sql", "0002_search_and_inbox.sql", "0003_workflow.sql"}) {
        const QString file = QString::fromLatin1(name);
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + file, steps + QLatin1Char('/') + file));
    }
    const QString path = m_dir.filePath(QStringLiteral("v3.hearth"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        Migrator migrator(db, steps);
        QVERIFY(migrator.migrate());
        QCOMPARE(migrator.currentVersion(), 3);
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO users (id, name, role, created_at) VALUES (7, 'Maja', 'agent', 0)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QCOMPARE(workspace.schemaVersion(), Migrator(workspace.database()).latestVersion());
    TemplateLibrary maja(workspace, 7);
    const std::optional<qint64> id = maja.create(refundDraft());
    QVERIFY2(id, qPrintable(maja.errorString()));
    QVERIFY(maja.submit(maja.store().versions(*id).constFirst().id));
    QCOMPARE(maja.store().queue().size(), 1);
}

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "tst_templatelibrary.moc"
