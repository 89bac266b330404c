// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettelibrary.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

QStringList auditActions(const Workspace &workspace)
{
    QStringList result;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT action FROM audit_log WHERE object_type = 'netiquette' ORDER BY id")))
        return result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

// Everything the library writes, for checking that a refusal wrote nothing.
QString snapshot(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    QStringList parts;
    for (const char *statement :
        {"SELECT group_concat(id || state || number || source_lang || coalesce(published_by, '-') || "
         "coalesce(published_at, '-') || updated_at, '|') FROM netiquette_versions",
            "SELECT group_concat(version_id || lang || markdown, '|') FROM netiquette_texts",
            "SELECT group_concat(version_id || lang || rule_id || number || title, '|') FROM netiquette_rules",
            "SELECT count(*) FROM audit_log", "SELECT group_concat(key || value, '|') FROM workspace_settings"}) {
        if (query.exec(QString::fromLatin1(statement)) && query.next())
            parts << query.value(0).toString();
    }
    return parts.join(QLatin1Char('#'));
}

QList<int> ruleIds(const QString &markdown)
{
    QList<int> ids;
    for (const NetiquetteRule &rule : NetiquetteDocument::parse(markdown).rules())
        ids << rule.id;
    return ids;
}

QList<int> citedIds(const QList<CitableRule> &rules)
{
    QList<int> ids;
    for (const CitableRule &rule : rules)
        ids << rule.ruleId;
    return ids;
}

const QString en = QStringLiteral("en");
const QString de = QStringLiteral("de");

QMap<QString, QString> firstTexts()
{
    return {{en, QStringLiteral("# House rules\n\n## Be kind\nNo insults.\n\n## No spam\nNo ads.\n")},
        {de, QStringLiteral("# Hausregeln\n\n## Sei freundlich\nKeine Beleidigungen.\n\n## Keine Werbung\n")}};
}
} // namespace

class TestNetiquetteLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesADraftAndGivesRulesIds();
    void idsSurviveEditsReordersAndVersions();
    void droppedIdsAreNeverHandedOutAgain();
    void publishesAndKeepsHistory();
    void refusesToPublishWritingNothing_data();
    void refusesToPublishWritingNothing();
    void refusesBadDraftsWritingNothing_data();
    void refusesBadDraftsWritingNothing();
    void discardsTheDraft();
    void warnsAboutTranslationsThatDiffer();
    void citesRulesWithFallbackLanguage();
    void placeholderValuesAndLinks();
    void citesInTheReadersLanguageNotTheInterfaces();

private:
    NetiquetteLibrary library(qint64 actor, qint64 time = 0) const;
    bool publishFirstVersion();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_agent = 0;
    qint64 m_manager = 0;
    qint64 m_admin = 0;
};

void TestNetiquetteLibrary::init()
{
    m_workspace = std::make_unique<Workspace>();
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
        + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(m_workspace->open(m_dir.filePath(name + QStringLiteral(".hearth"))));
    m_agent = addUser(*m_workspace, QStringLiteral("Emma Collins"), QStringLiteral("agent"));
    m_manager = addUser(*m_workspace, QStringLiteral("Jonas Becker"), QStringLiteral("manager"));
    m_admin = addUser(*m_workspace, QStringLiteral("Mia Park"), QStringLiteral("admin"));
    QVERIFY(m_agent && m_manager && m_admin);
}

void TestNetiquetteLibrary::cleanup()
{
    m_workspace.reset();
}

NetiquetteLibrary TestNetiquetteLibrary::library(qint64 actor, qint64 time) const
{
    NetiquetteLibrary result(*m_workspace, actor);
    result.setCurrentTime(at(time));
    return result;
}

bool TestNetiquetteLibrary::publishFirstVersion()
{
    NetiquetteLibrary agent = library(m_agent);
    NetiquetteLibrary manager = library(m_manager, day);
    return agent.saveDraft(en, firstTexts()) && manager.publish();
}

void TestNetiquetteLibrary::savesADraftAndGivesRulesIds()
{
    NetiquetteLibrary agent = library(m_agent);
    const std::optional<qint64> id = agent.saveDraft(en, firstTexts());
    QVERIFY2(id, qPrintable(agent.errorString()));
    const std::optional<NetiquetteVersion> saved = agent.draftVersion();
    QVERIFY(saved);
    QCOMPARE(saved->id, *id);
    QCOMPARE(saved->number, 1);
    QCOMPARE(saved->state, NetiquetteLibrary::draft);
    QCOMPARE(saved->sourceLanguage, en);
    QCOMPARE(saved->createdBy, m_agent);
    QCOMPARE(saved->createdAt, baseTime);
    QVERIFY(!saved->publishedAt);
    QCOMPARE(saved->texts.keys(), (QStringList {de, en}));
    QCOMPARE(ruleIds(saved->texts.value(en)), (QList<int> {1, 2}));
    // The same new headings in another language get the same ids, in text order.
    QCOMPARE(ruleIds(saved->texts.value(de)), (QList<int> {1, 2}));
    QVERIFY(saved->texts.value(en).contains(QStringLiteral("## Be kind {#rule-1}\nNo insults.")));
    QCOMPARE(agent.knownRuleIds(), (QSet<int> {1, 2}));
    QVERIFY(!agent.publishedVersion());
    QVERIFY(agent.publishedRules(en).isEmpty());
    QCOMPARE(auditActions(*m_workspace), (QStringList {QStringLiteral("draft_created")}));

    // Saving again changes the same draft.
    QMap<QString, QString> texts = saved->texts;
    texts[en] += QStringLiteral("\n## Stay on topic\n");
    QCOMPARE(agent.saveDraft(en, texts), id);
    QCOMPARE(ruleIds(agent.draftVersion()->texts.value(en)), (QList<int> {1, 2, 3}));
    QCOMPARE(
        auditActions(*m_workspace), (QStringList {QStringLiteral("draft_created"), QStringLiteral("draft_saved")}));
    QCOMPARE(agent.history().size(), 0);
}

void TestNetiquetteLibrary::idsSurviveEditsReordersAndVersions()
{
    QVERIFY(publishFirstVersion());
    NetiquetteLibrary agent = library(m_agent, 2 * day);
    // Version 2: the rules swapped, one retitled, a new one in front.
    const QMap<QString, QString> texts {{en,
        QStringLiteral("# House rules\n\n## Protect privacy\n\n## No advertising {#rule-2}\nNo ads.\n\n"
                       "## Be kind {#rule-1}\nNo insults at all.\n")}};
    QVERIFY2(agent.saveDraft(en, texts), qPrintable(agent.errorString()));
    QCOMPARE(agent.draftVersion()->number, 2);
    QCOMPARE(ruleIds(agent.draftVersion()->texts.value(en)), (QList<int> {3, 2, 1}));
    QVERIFY(library(m_manager, 3 * day).publish());

    const QList<CitableRule> rules = agent.publishedRules(en);
    QCOMPARE(citedIds(rules), (QList<int> {3, 2, 1}));
    QCOMPARE(rules.at(1).number, 2);
    QCOMPARE(rules.at(1).title, QStringLiteral("No advertising"));
    QCOMPARE(agent.publishedRule(1, en)->number, 3);
    QCOMPARE(agent.publishedRule(1, en)->versionId, agent.publishedVersion()->id);
    // The superseded version still has its own numbering.
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT number, title FROM netiquette_rules WHERE version_id = ? AND lang = 'en' "
                                 "AND rule_id = 1"));
    query.addBindValue(agent.history().constLast().id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("Be kind"));
}

void TestNetiquetteLibrary::droppedIdsAreNeverHandedOutAgain()
{
    QVERIFY(publishFirstVersion());
    NetiquetteLibrary agent = library(m_agent, 2 * day);
    // Rule 2 is dropped in version 2 and published away.
    QVERIFY(agent.saveDraft(en, {{en, QStringLiteral("## Be kind {#rule-1}\n")}}));
    QVERIFY(library(m_manager, 3 * day).publish());
    QVERIFY(agent.saveDraft(en, {{en, QStringLiteral("## Be kind {#rule-1}\n## Brand new\n")}}));
    QCOMPARE(ruleIds(agent.draftVersion()->texts.value(en)), (QList<int> {1, 3}));
    // A discarded draft's ids do not come back either.
    QVERIFY(agent.discardDraft());
    QVERIFY(agent.saveDraft(en, {{en, QStringLiteral("## Be kind {#rule-1}\n## Newer\n")}}));
    QCOMPARE(ruleIds(agent.draftVersion()->texts.value(en)), (QList<int> {1, 4}));
    QVERIFY(agent.knownRuleIds().contains(2));
}

void TestNetiquetteLibrary::publishesAndKeepsHistory()
{
    NetiquetteLibrary agent = library(m_agent);
    QVERIFY(agent.saveDraft(en, firstTexts()));
    NetiquetteLibrary manager = library(m_manager, day);
    QVERIFY2(manager.publish(), qPrintable(manager.errorString()));
    const std::optional<NetiquetteVersion> first = manager.publishedVersion();
    QVERIFY(first);
    QCOMPARE(first->state, NetiquetteLibrary::published);
    QCOMPARE(first->publishedBy, m_manager);
    QCOMPARE(first->publishedAt, std::optional<qint64>(baseTime + day));
    QVERIFY(!manager.draftVersion());

    QMap<QString, QString> texts = first->texts;
    texts[en].replace(QStringLiteral("No ads."), QStringLiteral("No ads, no links to shops."));
    QVERIFY(agent.saveDraft(en, texts));
    QCOMPARE(manager.publishedVersion()->id, first->id); // the draft does not change what is cited
    NetiquetteLibrary admin = library(m_admin, 2 * day);
    QVERIFY2(admin.publish(), qPrintable(admin.errorString()));

    const QList<NetiquetteVersion> history = admin.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).number, 2);
    QCOMPARE(history.at(0).state, NetiquetteLibrary::published);
    QCOMPARE(history.at(0).publishedBy, m_admin);
    QCOMPARE(history.at(1).id, first->id);
    QCOMPARE(history.at(1).state, NetiquetteLibrary::superseded);
    QCOMPARE(history.at(1).publishedBy, m_manager); // who published it first is kept
    QCOMPARE(history.at(1).publishedAt, std::optional<qint64>(baseTime + day));
    QCOMPARE(history.at(1).texts, first->texts);
    QCOMPARE(admin.version(first->id)->state, NetiquetteLibrary::superseded);
    QCOMPARE(auditActions(*m_workspace),
        (QStringList {QStringLiteral("draft_created"), QStringLiteral("published"), QStringLiteral("draft_created"),
            QStringLiteral("published")}));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT user_id, object_id, details FROM audit_log WHERE action = 'published' "
                                      "ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), m_admin);
    QCOMPARE(query.value(1).toLongLong(), history.at(0).id);
    const QJsonObject details = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("superseded_version_id")).toVariant().toLongLong(), first->id);
}

void TestNetiquetteLibrary::refusesToPublishWritingNothing_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("agent") << 0;
    QTest::newRow("unknown person") << 1;
    QTest::newRow("no draft") << 2;
    QTest::newRow("no rules") << 3;
    QTest::newRow("duplicate id") << 4;
    QTest::newRow("broken reference in a translation") << 5;
    QTest::newRow("untitled rule") << 6;
    QTest::newRow("reference to a rule only an older version had") << 7;
}

void TestNetiquetteLibrary::refusesToPublishWritingNothing()
{
    QFETCH(int, fault);
    QVERIFY(publishFirstVersion());
    NetiquetteLibrary agent = library(m_agent, 2 * day);
    qint64 actor = m_manager;
    QMap<QString, QString> texts = firstTexts();
    texts[en] = QStringLiteral("## Be kind {#rule-1}\n## No spam {#rule-2}\n");
    texts[de] = QStringLiteral("## Sei freundlich {#rule-1}\n## Keine Werbung {#rule-2}\n");
    switch (fault) {
    case 0:
        actor = m_agent;
        break;
    case 1:
        actor = 999;
        break;
    case 2:
        texts.clear();
        break;
    case 3:
        texts[en] = QStringLiteral("# House rules\n\nBe nice.\n");
        break;
    case 4:
        texts[en] += QStringLiteral("## Also kind {#rule-1}\n");
        break;
    case 5:
        texts[de] += QStringLiteral("Siehe {{rule.12}}.\n");
        break;
    case 6:
        texts[en] += QStringLiteral("## {#rule-7}\n");
        break;
    case 7:
        // Rule 2 is published now; the draft drops it but still links to it.
        texts[en] = QStringLiteral("## Be kind {#rule-1}\nSee [spam](#rule-2).\n");
        texts[de] = QStringLiteral("## Sei freundlich {#rule-1}\n");
        break;
    }
    if (!texts.isEmpty())
        QVERIFY2(agent.saveDraft(en, texts), qPrintable(agent.errorString()));
    const QString before = snapshot(*m_workspace);
    NetiquetteLibrary publisher = library(actor, 3 * day);
    QVERIFY(!publisher.publish());
    QVERIFY(!publisher.errorString().isEmpty());
    if (fault == 5)
        QVERIFY2(publisher.errorString().contains(QStringLiteral("“de”")), qPrintable(publisher.errorString()));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestNetiquetteLibrary::refusesBadDraftsWritingNothing_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("unknown person") << 0;
    QTest::newRow("bad source language") << 1;
    QTest::newRow("no source text") << 2;
    QTest::newRow("bad language code") << 3;
}

void TestNetiquetteLibrary::refusesBadDraftsWritingNothing()
{
    QFETCH(int, fault);
    QVERIFY(publishFirstVersion());
    const QString before = snapshot(*m_workspace);
    qint64 actor = m_agent;
    QString source = en;
    QMap<QString, QString> texts = firstTexts();
    switch (fault) {
    case 0:
        actor = 999;
        break;
    case 1:
        source = QStringLiteral("English");
        break;
    case 2:
        texts[en] = QStringLiteral("  \n");
        break;
    case 3:
        texts.insert(QStringLiteral("Deutsch"), QStringLiteral("## Regel"));
        break;
    }
    NetiquetteLibrary writer = library(actor, 2 * day);
    QVERIFY(!writer.saveDraft(source, texts));
    QVERIFY(!writer.errorString().isEmpty());
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestNetiquetteLibrary::discardsTheDraft()
{
    QVERIFY(publishFirstVersion());
    NetiquetteLibrary agent = library(m_agent, 2 * day);
    QVERIFY(!agent.discardDraft());
    QVERIFY(!agent.errorString().isEmpty());
    QVERIFY(agent.saveDraft(en, firstTexts()));
    QVERIFY(agent.draftVersion());
    QVERIFY(agent.discardDraft());
    QVERIFY(!agent.draftVersion());
    QVERIFY(agent.publishedVersion()); // untouched
    QCOMPARE(agent.history().size(), 1);
    QCOMPARE(auditActions(*m_workspace).constLast(), QStringLiteral("draft_discarded"));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM netiquette_texts")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // only the published version's
}

void TestNetiquetteLibrary::warnsAboutTranslationsThatDiffer()
{
    NetiquetteLibrary agent = library(m_agent);
    const QMap<QString, QString> texts {{en, QStringLiteral("## Be kind {#rule-1}\n## No spam {#rule-2}\n")},
        {de, QStringLiteral("## Sei freundlich {#rule-1}\n## Keine Werbung {#rule-3}\n")}};
    const QMap<QString, QList<NetiquetteWarning>> warnings = agent.warnings(en, texts);
    QCOMPARE(warnings.keys(), (QStringList {de}));
    QCOMPARE(warnings.value(de).size(), 2);
    QCOMPARE(warnings.value(de).at(0).kind, NetiquetteWarning::Kind::TranslationMismatch);
    QCOMPARE(warnings.value(de).at(0).ruleId, 3);
    // Only a warning: publishing is not refused for it.
    QVERIFY(agent.saveDraft(en, texts));
    QVERIFY2(library(m_manager).publish(), qPrintable(library(m_manager).errorString()));
}

void TestNetiquetteLibrary::citesRulesWithFallbackLanguage()
{
    NetiquetteLibrary agent = library(m_agent);
    QVERIFY(agent.saveDraft(en,
        {{en, QStringLiteral("## Be kind {#rule-1}\n## No spam {#rule-2}\n")},
            {de, QStringLiteral("## Sei freundlich {#rule-1}\n")}}));
    QVERIFY(library(m_manager).publish());
    QCOMPARE(agent.publishedRule(1, de)->title, QStringLiteral("Sei freundlich"));
    QCOMPARE(agent.publishedRule(1, de)->language, de);
    // Not translated: the source language's rule.
    QCOMPARE(agent.publishedRule(2, de)->title, QStringLiteral("No spam"));
    QCOMPARE(agent.publishedRule(2, de)->language, en);
    // A language without any text: the source language.
    QCOMPARE(citedIds(agent.publishedRules(QStringLiteral("fr"))), (QList<int> {1, 2}));
    QCOMPARE(agent.publishedRules(QStringLiteral("fr")).constFirst().language, en);
    QCOMPARE(citedIds(agent.publishedRules(de)), (QList<int> {1}));
    QVERIFY(!agent.publishedRule(9, en));
}

void TestNetiquetteLibrary::placeholderValuesAndLinks()
{
    NetiquetteLibrary agent = library(m_agent);
    QVERIFY(agent.placeholderValues(en).isEmpty()); // nothing published yet
    QVERIFY(agent.saveDraft(en,
        {{en, QStringLiteral("## Be kind {#rule-4}\n## No spam {#rule-2}\n")},
            {de, QStringLiteral("## Sei freundlich {#rule-4}\n## Keine Werbung {#rule-2}\n")}}));
    QVERIFY(library(m_manager).publish());

    QHash<QString, QString> values = agent.placeholderValues(en);
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.value(QStringLiteral("rule.4")), QStringLiteral("Rule 1 “Be kind”"));
    QCOMPARE(agent.ruleLink(4, en), QString());

    QVERIFY(m_workspace->setSetting(
        NetiquetteLibrary::urlSetting, QStringLiteral("https://sunnysqueeze.example/{lang}/community-rules")));
    QCOMPARE(agent.ruleLink(4, de), QStringLiteral("https://sunnysqueeze.example/de/community-rules#rule-4"));
    // A language without its own text links to the source language's page.
    QCOMPARE(agent.ruleLink(4, QStringLiteral("fr")),
        QStringLiteral("https://sunnysqueeze.example/en/community-rules#rule-4"));
    QCOMPARE(agent.ruleLink(9, en), QString());
    values = agent.placeholderValues(en);
    QCOMPARE(values.value(QStringLiteral("rule.2")),
        QStringLiteral("Rule 2 “No spam” (https://sunnysqueeze.example/en/community-rules#rule-2)"));
    values = agent.placeholderValues(de);
    QCOMPARE(values.value(QStringLiteral("rule.4")),
        QStringLiteral("Regel 1 „Sei freundlich“ (https://sunnysqueeze.example/de/community-rules#rule-4)"));
}

namespace {
// An interface language that translates every string of the netiquette library.
class LoudTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return qstrcmp(context, "hearth::NetiquetteLibrary") == 0 || qstrcmp(context, "NetiquetteLibrary") == 0
            ? QStringLiteral("INTERFACE %1").arg(QString::fromUtf8(sourceText))
            : QString();
    }
};
} // namespace

void TestNetiquetteLibrary::citesInTheReadersLanguageNotTheInterfaces()
{
    LoudTranslator interface;
    QVERIFY(QCoreApplication::installTranslator(&interface));
    const auto removeTranslator = qScopeGuard([&interface] { QCoreApplication::removeTranslator(&interface); });
    QVERIFY(m_workspace->setSetting(
        NetiquetteLibrary::urlSetting, QStringLiteral("https://sunnysqueeze.example/{lang}/community-rules")));
    const QString da = QStringLiteral("da");
    const QString pl = QStringLiteral("pl");
    NetiquetteLibrary agent = library(m_agent);
    QVERIFY(agent.saveDraft(en,
        {{en, QStringLiteral("## Be kind {#rule-4}\n")}, {da, QStringLiteral("## Vær venlig {#rule-4}\n")},
            {pl, QStringLiteral("## Bądź uprzejmy {#rule-4}\n")}}));
    QVERIFY(library(m_manager).publish());
    QCOMPARE(agent.placeholderValues(da).value(QStringLiteral("rule.4")),
        QStringLiteral("Regel 1 »Vær venlig« (https://sunnysqueeze.example/da/community-rules#rule-4)"));
    QCOMPARE(agent.placeholderValues(pl).value(QStringLiteral("rule.4")),
        QStringLiteral("Zasada 1 „Bądź uprzejmy” (https://sunnysqueeze.example/pl/community-rules#rule-4)"));
    // A language with neither wording nor text of its own: the source language's, English.
    QCOMPARE(agent.placeholderValues(QStringLiteral("es")).value(QStringLiteral("rule.4")),
        QStringLiteral("Rule 1 “Be kind” (https://sunnysqueeze.example/en/community-rules#rule-4)"));

    // With a German source, the titles a Spanish reader gets are German, and so is the wording.
    QVERIFY(agent.saveDraft(de, {{de, QStringLiteral("## Sei freundlich {#rule-4}\n")}}));
    QVERIFY(library(m_manager).publish());
    QCOMPARE(agent.placeholderValues(QStringLiteral("es")).value(QStringLiteral("rule.4")),
        QStringLiteral("Regel 1 „Sei freundlich“ (https://sunnysqueeze.example/de/community-rules#rule-4)"));
}

QTEST_GUILESS_MAIN(TestNetiquetteLibrary)
#include "tst_netiquettelibrary.moc"
