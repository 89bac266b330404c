// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelibrary.h"
#include "templatetransfer.h"
#include "workspace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
qint64 addUser(const Workspace &workspace, const QString &name, const QString &role)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES (?, ?, 0)"));
    query.addBindValue(name);
    query.addBindValue(role);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

int count(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

TemplateDraft draft(const QString &title, const QString &shortcut)
{
    TemplateDraft result;
    result.title = title;
    result.category = QStringLiteral("Orders");
    result.shortcut = shortcut;
    result.tags = QStringList {QStringLiteral("orders")};
    result.sourceLanguage = QStringLiteral("en");
    result.variants.insert(QStringLiteral("en"), QStringLiteral("Hi {{author.first_name|there}},\nthanks!"));
    result.variants.insert(QStringLiteral("da"), QStringLiteral("Hej {{author.first_name|}},\ntak!"));
    return result;
}

QByteArray libraryJson(const QJsonArray &templates)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("hearth-templates")},
                             {QStringLiteral("version"), 1}, {QStringLiteral("templates"), templates}})
        .toJson();
}

QJsonObject templateJson(const QString &title)
{
    return QJsonObject {{QStringLiteral("title"), title}, {QStringLiteral("source_language"), QStringLiteral("en")},
        {QStringLiteral("variants"), QJsonObject {{QStringLiteral("en"), QStringLiteral("Hello")}}}};
}
} // namespace

class TestTemplateTransfer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsEveryVersion();
    void importsAnExportAsDraftsOnly();
    void reportsBadJsonByLine();
    void reportsFieldErrorsAndImportsNothing();
    void refusesUnknownPlaceholdersOnImport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_source;
    std::unique_ptr<Workspace> m_target;
    qint64 m_agent = 0;
    qint64 m_manager = 0;
    qint64 m_importer = 0;
};

void TestTemplateTransfer::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_source = std::make_unique<Workspace>();
    QVERIFY(m_source->open(m_dir.filePath(name + QStringLiteral("-source.hearth"))));
    m_target = std::make_unique<Workspace>();
    QVERIFY(m_target->open(m_dir.filePath(name + QStringLiteral("-target.hearth"))));
    m_agent = addUser(*m_source, QStringLiteral("Emma Collins"), QStringLiteral("agent"));
    m_manager = addUser(*m_source, QStringLiteral("Jonas Becker"), QStringLiteral("manager"));
    m_importer = addUser(*m_target, QStringLiteral("Ana Silva"), QStringLiteral("manager"));
}

void TestTemplateTransfer::cleanup()
{
    m_source.reset();
    m_target.reset();
}

void TestTemplateTransfer::exportsEveryVersion()
{
    TemplateLibrary agent(*m_source, m_agent);
    const qint64 id = *agent.create(draft(QStringLiteral("Thanks"), QStringLiteral("thanks")));
    const qint64 first = agent.store().versions(id).constFirst().id;
    QVERIFY(agent.submit(first));
    QVERIFY(TemplateLibrary(*m_source, m_manager).approve(first));
    TemplateDraft second = draft(QStringLiteral("Thanks a lot"), QStringLiteral("thanks"));
    QVERIFY(agent.edit(id, second));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TemplateTransfer transfer(*m_source, m_agent);
    QVERIFY(transfer.exportTo(buffer));
    const QJsonObject root = QJsonDocument::fromJson(buffer.data()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("hearth-templates"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray templates = root.value(QStringLiteral("templates")).toArray();
    QCOMPARE(templates.size(), 1);
    const QJsonObject entry = templates.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("title")).toString(), QStringLiteral("Thanks a lot"));
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(entry.value(QStringLiteral("shortcut")).toString(), QStringLiteral("thanks"));
    QCOMPARE(entry.value(QStringLiteral("variants")).toObject().value(QStringLiteral("da")).toString(),
        QStringLiteral("Hej {{author.first_name|}},\ntak!"));
    const QJsonArray versions = entry.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Thanks"));
}

void TestTemplateTransfer::importsAnExportAsDraftsOnly()
{
    TemplateLibrary agent(*m_source, m_agent);
    const qint64 id = *agent.create(draft(QStringLiteral("Thanks"), QStringLiteral("thanks")));
    const qint64 version = agent.store().versions(id).constFirst().id;
    QVERIFY(agent.submit(version));
    QVERIFY(TemplateLibrary(*m_source, m_manager).approve(version));
    TemplateDraft crisis = draft(QStringLiteral("Outage"), QStringLiteral("outage"));
    crisis.crisis = true;
    QVERIFY(agent.create(crisis));

    // A file that claims approvals as well.
    QJsonObject root = QJsonDocument::fromJson(TemplateTransfer(*m_source, m_agent).exportJson()).object();
    root.insert(
        QStringLiteral("approvals"), QJsonArray {QJsonObject {{QStringLiteral("by"), QStringLiteral("Jonas")}}});
    const TemplateImportReport report = TemplateTransfer(*m_target, m_importer).import(QJsonDocument(root).toJson());
    QVERIFY2(report.ok, qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(report.created.size(), 2);
    QVERIFY2(report.ignored.join(QLatin1Char('\n')).contains(QStringLiteral("templates[0].state: “approved” ignored")),
        qPrintable(report.ignored.join(QLatin1Char('\n'))));
    QVERIFY(report.ignored.constFirst().startsWith(QStringLiteral("approvals:")));
    // An export carries every version: reported as ignored, for each template.
    QVERIFY2(
        report.ignored.contains(QStringLiteral(
            "templates[0].versions: the file's version history is ignored; the template arrives as one new draft.")),
        qPrintable(report.ignored.join(QLatin1Char('\n'))));
    QVERIFY(report.ignored.join(QLatin1Char('\n')).contains(QStringLiteral("templates[1].versions:")));

    TemplateLibrary target(*m_target, m_importer);
    QVERIFY(target.store().offered().isEmpty());
    QVERIFY(target.store().crisisSet().isEmpty());
    QVERIFY(target.store().queue().isEmpty());
    for (const qint64 created : report.created) {
        const QList<TemplateVersion> versions = target.store().versions(created);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.constFirst().state, TemplateLibrary::draft);
        QCOMPARE(versions.constFirst().authorId, m_importer);
        QVERIFY(!target.store().approvedVersion(created));
    }
    const TemplateVersion thanks = target.store().versions(report.created.constFirst()).constFirst();
    QCOMPARE(thanks.title, QStringLiteral("Thanks"));
    QCOMPARE(thanks.shortcut, QStringLiteral("thanks"));
    QCOMPARE(thanks.tags, QStringList {QStringLiteral("orders")});
    QCOMPARE(thanks.variant(QStringLiteral("da"))->body, QStringLiteral("Hej {{author.first_name|}},\ntak!"));
    QVERIFY(target.store().versions(report.created.constLast()).constFirst().crisis);
    QCOMPARE(
        count(*m_target,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'template' AND action = 'created'")),
        2);

    // The importer's own workspace still needs a second manager to approve them.
    QVERIFY(target.submit(thanks.id));
    QVERIFY(!target.approve(thanks.id));
}

void TestTemplateTransfer::reportsBadJsonByLine()
{
    const TemplateImportReport report =
        TemplateTransfer(*m_target, m_importer)
            .import(QByteArray("{\n  \"format\": \"hearth-templates\",\n  \"version\": 1,\n  oops\n}"));
    QVERIFY(!report.ok);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.constFirst().startsWith(QStringLiteral("line 4: not valid JSON")),
        qPrintable(report.errors.constFirst()));

    const TemplateImportReport foreign =
        TemplateTransfer(*m_target, m_importer).import(QByteArray("{\"format\": \"other\"}"));
    QVERIFY(!foreign.ok);
    QVERIFY(foreign.errors.constFirst().startsWith(QStringLiteral("format:")));
    QCOMPARE(count(*m_target, QStringLiteral("SELECT count(*) FROM templates")), 0);
}

void TestTemplateTransfer::reportsFieldErrorsAndImportsNothing()
{
    QJsonObject noTitle = templateJson(QString());
    noTitle.remove(QStringLiteral("title"));
    QJsonObject badVariant = templateJson(QStringLiteral("Bad"));
    badVariant.insert(QStringLiteral("variants"), QJsonObject {{QStringLiteral("en"), 5}});
    QJsonObject badCrisis = templateJson(QStringLiteral("Bad crisis"));
    badCrisis.insert(QStringLiteral("crisis"), QStringLiteral("yes"));
    const QByteArray json = libraryJson({templateJson(QStringLiteral("Fine")), noTitle, badVariant, badCrisis});
    const TemplateImportReport report = TemplateTransfer(*m_target, m_importer).import(json);
    QVERIFY(!report.ok);
    QVERIFY(report.created.isEmpty());
    const QString errors = report.errors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QStringLiteral("templates[1].title: a text is expected.")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("templates[2].variants.en: a text is expected.")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("templates[3].crisis:")), qPrintable(errors));
    // Nothing half-imported: the good template is not there either.
    QCOMPARE(count(*m_target, QStringLiteral("SELECT count(*) FROM templates")), 0);
    QCOMPARE(count(*m_target, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestTemplateTransfer::refusesUnknownPlaceholdersOnImport()
{
    QJsonObject broken = templateJson(QStringLiteral("Broken"));
    broken.insert(QStringLiteral("variants"), QJsonObject {{QStringLiteral("en"), QStringLiteral("Hi {{customer}}")}});
    QJsonObject taken = templateJson(QStringLiteral("Second"));
    taken.insert(QStringLiteral("shortcut"), QStringLiteral("same"));
    QJsonObject first = templateJson(QStringLiteral("First"));
    first.insert(QStringLiteral("shortcut"), QStringLiteral("same"));
    const TemplateImportReport report =
        TemplateTransfer(*m_target, m_importer).import(libraryJson({first, broken, taken}));
    QVERIFY(!report.ok);
    const QString errors = report.errors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QStringLiteral("templates[1] (“Broken”): In the “en” text, line 1, column 4")),
        qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("templates[2] (“Second”): The shortcut “same” is already taken")),
        qPrintable(errors));
    QCOMPARE(count(*m_target, QStringLiteral("SELECT count(*) FROM templates")), 0);
}

QTEST_GUILESS_MAIN(TestTemplateTransfer)
#include "tst_templatetransfer.moc"
