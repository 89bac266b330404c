// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QTest>

// Runs the real executable with no display at all: no X11, no Wayland, no platform chosen.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void printsTheVersionWithoutADisplay();
    void listsItsOptionsWithoutADisplay();
    void rejectsBadArguments_data();
    void rejectsBadArguments();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_EXECUTABLE), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, QString(), process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::printsTheVersionWithoutADisplay()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("Hearth " HEARTH_VERSION_FOR_TEST));
}

void TestCommandLine::listsItsOptionsWithoutADisplay()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--help", "--version", "--workspace <FILE>", "--demo", "--language <LANG>"})
        QVERIFY2(result.out.contains(QString::fromLatin1(option)), option);
}

void TestCommandLine::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--workspace")} << QStringLiteral("workspace");
    QTest::newRow("demo and workspace") << QStringList{QStringLiteral("--demo"), QStringLiteral("-w"), QStringLiteral("x.hearth")}
                                        << QStringLiteral("cannot be used together");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << QStringLiteral("Unexpected argument: extra");
}

void TestCommandLine::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
