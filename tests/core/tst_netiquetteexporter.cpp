// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquetteexporter.h"
#include "netiquettelibrary.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestNetiquetteExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesWithoutAPublishedVersion();
    void writesOnePageAndOneMarkdownFilePerLanguage();
    void reportsAFolderItCannotWrite();

private:
    void publish();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_manager = 0;
};

void TestNetiquetteExporter::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".hearth"))));
    QSqlQuery query(m_workspace->database());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('Jonas Becker', 'manager', 0)")));
    m_manager = query.lastInsertId().toLongLong();
}

void TestNetiquetteExporter::cleanup()
{
    m_workspace.reset();
}

void TestNetiquetteExporter::publish()
{
    NetiquetteLibrary library(*m_workspace, m_manager);
    QVERIFY(library.saveDraft(QStringLiteral("en"),
        {{QStringLiteral("en"),
             QStringLiteral("# House rules\n\n## Be kind {#rule-4}\nNo insults.\n## No spam {#rule-2}\n")},
            {QStringLiteral("de"),
                QStringLiteral("# Hausregeln\n\n## Sei freundlich {#rule-4}\nKeine Beleidigungen.\n## Keine Werbung "
                               "{#rule-2}\n")}}));
    QVERIFY(library.publish());
    // A newer draft is not exported.
    QVERIFY(library.saveDraft(QStringLiteral("en"), {{QStringLiteral("en"), QStringLiteral("## Draft only\n")}}));
}

void TestNetiquetteExporter::refusesWithoutAPublishedVersion()
{
    NetiquetteExporter exporter(*m_workspace);
    const QString folder = m_dir.filePath(QStringLiteral("none"));
    QVERIFY(!exporter.exportTo(folder));
    QVERIFY(exporter.errorString().contains(QStringLiteral("published")));
    QVERIFY(!QDir(folder).exists() || QDir(folder).isEmpty());
}

void TestNetiquetteExporter::writesOnePageAndOneMarkdownFilePerLanguage()
{
    publish();
    const QString folder = m_dir.filePath(QStringLiteral("site/rules"));
    NetiquetteExporter exporter(*m_workspace);
    const std::optional<QStringList> written = exporter.exportTo(folder);
    QVERIFY2(written, qPrintable(exporter.errorString()));
    const QDir dir(folder);
    QCOMPARE(*written,
        (QStringList {dir.filePath(QStringLiteral("netiquette.en.html")),
            dir.filePath(QStringLiteral("netiquette.en.md")), dir.filePath(QStringLiteral("netiquette.de.html")),
            dir.filePath(QStringLiteral("netiquette.de.md"))}));
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name),
        (QStringList {QStringLiteral("netiquette.de.html"), QStringLiteral("netiquette.de.md"),
            QStringLiteral("netiquette.en.html"), QStringLiteral("netiquette.en.md")}));
    const QString page = read(dir.filePath(QStringLiteral("netiquette.de.html")));
    QVERIFY(page.contains(QStringLiteral("<html lang=\"de\">")));
    QVERIFY(page.contains(QStringLiteral("<section id=\"rule-4\">\n<h2>1. Sei freundlich</h2>")));
    QVERIFY(page.contains(QStringLiteral("<section id=\"rule-2\">\n<h2>2. Keine Werbung</h2>")));
    QVERIFY(!page.contains(QStringLiteral("Draft only")));
    const QString markdown = read(dir.filePath(QStringLiteral("netiquette.en.md")));
    QVERIFY(markdown.contains(QStringLiteral("<a id=\"rule-4\"></a>\n## 1. Be kind")));
    // Exporting again replaces the files.
    QVERIFY(exporter.exportTo(folder));
    QCOMPARE(dir.entryList(QDir::Files).size(), 4);
}

void TestNetiquetteExporter::reportsAFolderItCannotWrite()
{
    publish();
    // A file where the folder should be.
    const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    NetiquetteExporter exporter(*m_workspace);
    QVERIFY(!exporter.exportTo(blocked));
    QVERIFY2(exporter.errorString().contains(QDir::toNativeSeparators(blocked)), qPrintable(exporter.errorString()));

    // A folder without write permission: nothing half-written is left behind.
    const QString readOnly = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(readOnly).isWritable())
        QSKIP("Running with permissions that ignore a read-only folder (root).");
    QVERIFY(!exporter.exportTo(readOnly));
    QVERIFY(exporter.errorString().contains(QStringLiteral("netiquette.en.html")));
    QVERIFY(QDir(readOnly).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(TestNetiquetteExporter)
#include "tst_netiquetteexporter.moc"
