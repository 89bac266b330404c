// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs the real hearth-cli as a script would and checks what it prints and its exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void printsItsVersion();
    void refusesMissingAndDamagedWorkspacesWithoutCreatingThem();
    void importsReportingBadLines();
    void exportsWhatItImported();
    void searches();
    void searchErrors_data();
    void searchErrors();
    void listsAndShowsConversations();
    void statsAsJson();
    void checksIntegrity();
    void usesTheDemoWorkspace();
    void managesTemplates();
    void showsAndExportsTheNetiquette();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = QByteArray());

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestCli::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("team.hearth"));
}

TestCli::Result TestCli::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(HEARTH_CLI_EXECUTABLE), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("info")};
    QTest::newRow("demo and workspace") << QStringList{QStringLiteral("--demo"), QStringLiteral("-w"), QStringLiteral("x"), QStringLiteral("info")};
    QTest::newRow("info with arguments") << QStringList{QStringLiteral("info"), QStringLiteral("extra")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")};
    QTest::newRow("conversations without verb") << QStringList{QStringLiteral("conversations")};
    QTest::newRow("show without number") << QStringList{QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("abc")};
    QTest::newRow("templates without verb") << QStringList{QStringLiteral("templates")};
    QTest::newRow("templates show without number") << QStringList{QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("abc")};
    QTest::newRow("netiquette without verb") << QStringList{QStringLiteral("netiquette")};
    QTest::newRow("netiquette export without folder") << QStringList{QStringLiteral("netiquette"), QStringLiteral("export")};
    QTest::newRow("netiquette show with a file") << QStringList{QStringLiteral("netiquette"), QStringLiteral("show"), QStringLiteral("x")};
    QTest::newRow("templates import without file") << QStringList{QStringLiteral("templates"), QStringLiteral("import")};
    QTest::newRow("bad sort") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("sideways")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
}

void TestCli::printsItsVersion()
{
    const Result result = cli({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("Hearth " HEARTH_VERSION_FOR_TEST));
    QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--help")}).exitCode, 0);
}

void TestCli::refusesMissingAndDamagedWorkspacesWithoutCreatingThem()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.hearth"));
    Result result = cli({QStringLiteral("-w"), missing, QStringLiteral("info")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(QStringLiteral("missing.hearth")));
    QVERIFY(!QFile::exists(missing));

    // With neither --workspace nor --demo: the app's default workspace, named in the message.
    result = cli({QStringLiteral("stats")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("workspace.hearth")), qPrintable(result.err));

    const QString damaged = m_dir.filePath(QStringLiteral("damaged.hearth"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x'));
    file.close();
    result = cli({QStringLiteral("-w"), damaged, QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(QStringLiteral("damaged.hearth")));
}

void TestCli::importsReportingBadLines()
{
    const QString fixture = QStringLiteral(HEARTH_TEST_DATA_DIR "/import/mixed.jsonl");
    Result result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("import"), fixture});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.contains("Imported 3 new"));
    QVERIFY(result.err.contains(QStringLiteral("line 3: not valid JSON")));
    QCOMPARE(result.err.count(QStringLiteral("line ")), 8);

    // Again, from standard input: nothing new, the same lines skipped.
    QFile file(fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("import"), QStringLiteral("-")}, file.readAll());
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.contains("Imported 0 new, 0 changed, 3 already there"));

    QCOMPARE(cli({QStringLiteral("-w"), m_workspace, QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.jsonl"))}).exitCode, 1);
}

void TestCli::exportsWhatItImported()
{
    const Result exported = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out.count('\n'), 3);
    const QString copy = m_dir.filePath(QStringLiteral("copy.hearth"));
    const Result imported = cli({QStringLiteral("-w"), copy, QStringLiteral("import"), QStringLiteral("-")}, exported.out);
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("-w"), copy, QStringLiteral("export")}).out, exported.out);

    const Result one = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("export"), QStringLiteral("--account"), QStringLiteral("Fediverse")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.out.count('\n'), 1);
    QCOMPARE(cli({QStringLiteral("-w"), m_workspace, QStringLiteral("export"), QStringLiteral("--account"), QStringLiteral("Nobody")}).exitCode, 1);
}

void TestCli::searches()
{
    const Result result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("search"), QStringLiteral("seife"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Jonas Becker"));
    QVERIFY(hits.at(0).toObject().value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[Seife]")));

    for (const char *hostile : {"\"unbalanced", "' OR 1=1; DROP TABLE messages; --", "NEAR(bottle", "bottle AND"}) {
        const Result safe = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("search"), QString::fromUtf8(hostile)});
        QCOMPARE(safe.exitCode, 0);
    }
    const Result filtered = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("search"), QStringLiteral("bottle"),
                                 QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--since"),
                                 QStringLiteral("2026-11-20"), QStringLiteral("--until"), QStringLiteral("2026-11-20"), QStringLiteral("--json")});
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(filtered.out).array().size(), 1);
    QCOMPARE(cli({QStringLiteral("-w"), m_workspace, QStringLiteral("export")}).out.count('\n'), 3);
}

void TestCli::searchErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("nothing to search") << QStringList{QStringLiteral("***")} << 1;
    QTest::newRow("bad limit") << QStringList{QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("many")} << 2;
    QTest::newRow("bad status") << QStringList{QStringLiteral("x"), QStringLiteral("--status"), QStringLiteral("asleep")} << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("x"), QStringLiteral("--since"), QStringLiteral("yesterday")} << 2;
    QTest::newRow("unknown account") << QStringList{QStringLiteral("x"), QStringLiteral("--account"), QStringLiteral("Nobody")} << 1;
}

void TestCli::searchErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = cli(QStringList{QStringLiteral("-w"), m_workspace, QStringLiteral("search")} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::listsAndShowsConversations()
{
    Result result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("conversations"), QStringLiteral("list"),
                         QStringLiteral("--json"), QStringLiteral("--sort"), QStringLiteral("oldest")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("subject")).toString(), QStringLiteral("Broken bottle"));
    QCOMPARE(first.value(QStringLiteral("messages")).toInt(), 2);

    const QString id = QString::number(qint64(first.value(QStringLiteral("id")).toDouble()));
    result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("conversations"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray messages = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("out"));

    result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("999999")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("#999999")));
}

void TestCli::statsAsJson()
{
    const Result result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(accounts.size(), 2);
    int total = 0;
    for (const QJsonValue &account : accounts)
        total += account.toObject().value(QStringLiteral("total")).toInt();
    QCOMPARE(total, 2);
}

void TestCli::checksIntegrity()
{
    Result result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("check")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("sound"));
    QCOMPARE(cli({QStringLiteral("-w"), m_workspace, QStringLiteral("check"), QStringLiteral("--quick")}).exitCode, 0);

    // A message written past the ingest path is missing from the search index: check finds it,
    // --repair rebuilds the index, and the message can be found.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(m_workspace);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO messages (id, account_id, conversation_id, remote_id, direction, "
                                          "visibility, body_text, created_at, received_at) "
                                          "SELECT 4096, account_id, id, 'stray', 'in', 'public', 'zitronenlimonade', 1, 1 "
                                          "FROM conversations LIMIT 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("check")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("--repair"));
    QCOMPARE(cli({QStringLiteral("-w"), m_workspace, QStringLiteral("search"), QStringLiteral("zitronenlimonade"),
                  QStringLiteral("--json")}).out.trimmed(), QByteArray("[\n]"));
    result = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("check"), QStringLiteral("--repair")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("sound"));
    const Result found = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("search"), QStringLiteral("zitronenlimonade"),
                              QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(found.out).array().size(), 1);
}

void TestCli::usesTheDemoWorkspace()
{
    const Result result = cli({QStringLiteral("--demo"), QStringLiteral("info")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY2(lines.first().endsWith("demo.hearth"), lines.first().constData());
    QVERIFY(result.out.contains("Conversations: 300"));
}

void TestCli::managesTemplates()
{
    const QString workspace = m_dir.filePath(QStringLiteral("templates.hearth"));
    const QString library = m_dir.filePath(QStringLiteral("library.json"));
    QFile file(library);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
  "format": "hearth-templates",
  "version": 1,
  "templates": [
    {"title": "Refund on its way", "shortcut": "refund", "source_language": "en", "state": "approved",
     "tags": ["orders"], "variants": {"en": "Hi {{author.first_name|there}},\nyour refund is on its way.",
                                      "de": "Hallo {{author.first_name|zusammen}},\ndie Erstattung ist unterwegs."}},
    {"title": "Outage", "crisis": true, "source_language": "en", "variants": {"en": "We are on it."}}
  ]
})");
    file.close();
    Result result = cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("import"), library});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Imported 2 template"), result.out.constData());
    QVERIFY2(result.err.contains(QStringLiteral("templates[0].state: “approved” ignored")), qPrintable(result.err));

    result = cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 2);
    QVERIFY(result.out.contains("::refund"));
    QVERIFY(result.out.contains("Refund on its way"));
    QVERIFY(result.out.contains("en,de"));
    QVERIFY(!result.out.contains("approved"));

    result = cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("crisis")).toBool(), true);
    const qint64 id = qint64(list.at(0).toObject().value(QStringLiteral("template_id")).toDouble());

    result = cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Version 1 \xc2\xb7 draft"), result.out.constData());
    QVERIFY(result.out.contains("[en] (source)\nHi {{author.first_name|there}},\nyour refund is on its way."));
    QCOMPARE(cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("999")}).exitCode, 1);

    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    result = cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("export"), exported});
    QCOMPARE(result.exitCode, 0);
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(out.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("hearth-templates"));
    QCOMPARE(root.value(QStringLiteral("templates")).toArray().size(), 2);

    // A broken file imports nothing and says where it is broken.
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": "hearth-templates", "version": 1, "templates": [
        {"title": "Fine", "source_language": "en", "variants": {"en": "Fine"}},
        {"source_language": "en", "variants": {"en": "No title"}}]})");
    broken.close();
    result = cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("import"), broken.fileName()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("templates[1].title")), qPrintable(result.err));
    result = cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("list")});
    QCOMPARE(result.out.count('\n'), 2);
    QCOMPARE(cli({QStringLiteral("-w"), workspace, QStringLiteral("templates"), QStringLiteral("import"),
                  m_dir.filePath(QStringLiteral("none.json"))}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("-w"), m_dir.filePath(QStringLiteral("absent.hearth")), QStringLiteral("templates"),
                  QStringLiteral("list")}).exitCode, 3);
}

void TestCli::showsAndExportsTheNetiquette()
{
    // A demo left by an earlier run of this test may predate the netiquette: start afresh.
    QDirIterator stale(qEnvironmentVariable("XDG_DATA_HOME"), {QStringLiteral("demo.hearth*")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (stale.hasNext())
        QFile::remove(stale.next());

    Result result = cli({QStringLiteral("--demo"), QStringLiteral("netiquette"), QStringLiteral("show")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("Version 1 \xc2\xb7 published "), result.out.left(200).constData());
    QVERIFY(result.out.contains("by Jonas Becker \xc2\xb7 en, da, de, fr, pl"));
    QVERIFY(result.out.contains("# Sunny Squeeze community rules"));
    QVERIFY(result.out.contains("## Be respectful {#rule-1}"));
    QVERIFY(result.out.contains("within 14 days")); // the published text, not the draft's
    result = cli({QStringLiteral("--demo"), QStringLiteral("netiquette"), QStringLiteral("show"), QStringLiteral("--lang"),
                  QStringLiteral("de")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("## Respektvoll bleiben {#rule-1}"));
    result = cli({QStringLiteral("--demo"), QStringLiteral("netiquette"), QStringLiteral("show"), QStringLiteral("--lang"),
                  QStringLiteral("it")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QStringLiteral("no “it” text")), qPrintable(result.err));
    QVERIFY(result.out.contains("## Be respectful {#rule-1}"));

    const QString folder = m_dir.filePath(QStringLiteral("site"));
    result = cli({QStringLiteral("--demo"), QStringLiteral("netiquette"), QStringLiteral("export"), QStringLiteral("--out"),
                  folder});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 10);
    QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 10);
    QVERIFY(files.contains(QStringLiteral("netiquette.pl.html")));
    QVERIFY(files.contains(QStringLiteral("netiquette.da.md")));
    QFile page(QDir(folder).filePath(QStringLiteral("netiquette.fr.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    QVERIFY(html.contains("<html lang=\"fr\">"));
    QVERIFY(html.contains("<section id=\"rule-1\">"));

    // No published version: a clear error and exit code 1.
    const QString empty = m_dir.filePath(QStringLiteral("empty.hearth"));
    QCOMPARE(cli({QStringLiteral("-w"), empty, QStringLiteral("import"), QStringLiteral("-")}).exitCode, 0);
    result = cli({QStringLiteral("-w"), empty, QStringLiteral("netiquette"), QStringLiteral("export"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("nothing"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("no published version")), qPrintable(result.err));
    QCOMPARE(cli({QStringLiteral("-w"), empty, QStringLiteral("netiquette"), QStringLiteral("show")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
