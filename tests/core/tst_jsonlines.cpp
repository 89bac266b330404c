// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationthread.h"
#include "demoworkspace.h"
#include "jsonlinesexporter.h"
#include "jsonlinesimporter.h"
#include "workspace.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
ImportReport importFile(Workspace &workspace, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportReport{};
    return JsonLinesImporter(workspace).import(file);
}

QByteArray exportAll(const Workspace &workspace)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonLinesExporter(workspace).exportTo(buffer);
    return buffer.data();
}
} // namespace

class TestJsonLines : public QObject
{
    Q_OBJECT

private slots:
    void importsGoodLinesAndReportsBadOnes();
    void reImportChangesNothing();
    void exportThenImportGivesTheSameWorkspace();

private:
    QTemporaryDir m_dir;
    const QString m_mixed = QStringLiteral(HEARTH_TEST_DATA_DIR "/import/mixed.jsonl");
};

void TestJsonLines::importsGoodLinesAndReportsBadOnes()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("mixed.hearth"))));
    const ImportReport report = importFile(workspace, m_mixed);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.lines, 12);
    QCOMPARE(report.inserted, 3);
    QStringList lines;
    for (const QString &problem : report.skipped)
        lines << problem.section(QLatin1Char(':'), 0, 0);
    QCOMPARE(lines, (QStringList{QStringLiteral("line 3"), QStringLiteral("line 4"), QStringLiteral("line 6"),
                                 QStringLiteral("line 7"), QStringLiteral("line 8"), QStringLiteral("line 9"),
                                 QStringLiteral("line 11"), QStringLiteral("line 12")}));
    QVERIFY(report.skipped.at(1).contains(QStringLiteral("“remote_id” is missing")));
    QVERIFY(report.skipped.at(2).contains(QStringLiteral("“text” must be a string")));
    QVERIFY(report.skipped.at(6).contains(QStringLiteral("not a JSON object")));

    // The reply joined its parent's conversation; the time offset and the missing zone were honoured.
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = '<a1@mail.example>'")) && query.next());
    ConversationThread thread;
    QVERIFY(ConversationThread::load(workspace, query.value(0).toLongLong(), &thread));
    QCOMPARE(thread.messages.size(), 2);
    QCOMPARE(thread.messages.at(1).createdAt, QDateTime(QDate(2026, 11, 20), QTime(8, 40, 0, 250), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(thread.messages.at(1).outbound);
    QVERIFY(query.exec(QStringLiteral("SELECT created_at, body_text FROM messages WHERE remote_id = '110'")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), QDateTime(QDate(2026, 11, 21), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(query.value(1).toString().endsWith(QStringLiteral("😬")));
}

void TestJsonLines::reImportChangesNothing()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("twice.hearth"))));
    QCOMPARE(importFile(workspace, m_mixed).inserted, 3);
    const QByteArray before = exportAll(workspace);
    const ImportReport again = importFile(workspace, m_mixed);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(exportAll(workspace), before);
}

void TestJsonLines::exportThenImportGivesTheSameWorkspace()
{
    Workspace demo;
    QString error;
    QVERIFY2(DemoWorkspace::open(demo, m_dir.filePath(QStringLiteral("demo.hearth")), &error), qPrintable(error));
    const QByteArray exported = exportAll(demo);
    QSqlQuery count(demo.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM messages")) && count.next());
    QCOMPARE(exported.count('\n'), count.value(0).toLongLong());

    Workspace copy;
    QVERIFY(copy.open(m_dir.filePath(QStringLiteral("copy.hearth"))));
    QBuffer buffer;
    buffer.setData(exported);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ImportReport report = JsonLinesImporter(copy).import(buffer);
    QVERIFY2(report.ok && report.skipped.isEmpty(), qPrintable(report.skipped.join(QLatin1Char('\n'))));
    QCOMPARE(exportAll(copy), exported);

    // Threads survive the round trip: the same conversations with the same messages.
    const QString shape = QStringLiteral("SELECT group_concat(n, ',') FROM (SELECT message_count AS n FROM conversations "
                                         "ORDER BY remote_thread_id)");
    QSqlQuery original(demo.database());
    QSqlQuery copied(copy.database());
    QVERIFY(original.exec(shape) && original.next() && copied.exec(shape) && copied.next());
    QCOMPARE(copied.value(0).toString(), original.value(0).toString());
}

QTEST_GUILESS_MAIN(TestJsonLines)
#include "tst_jsonlines.moc"
