// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatediff.h"

#include <QTest>

using namespace hearth;

class TestTemplateDiff : public QObject
{
    Q_OBJECT

private slots:
    void keepsAddsAndRemovesLines();
    void readsAsAPatch();
    void emptyTexts();
    void countsWordEdits_data();
    void countsWordEdits();
};

void TestTemplateDiff::keepsAddsAndRemovesLines()
{
    const QList<DiffLine> lines = TemplateDiff::lines(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nc\nx\nd\ne"));
    const QList<DiffLine> expected {{DiffLine::Kind::Same, QStringLiteral("a")},
        {DiffLine::Kind::Removed, QStringLiteral("b")}, {DiffLine::Kind::Same, QStringLiteral("c")},
        {DiffLine::Kind::Added, QStringLiteral("x")}, {DiffLine::Kind::Same, QStringLiteral("d")},
        {DiffLine::Kind::Added, QStringLiteral("e")}};
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i) == expected.at(i), qPrintable(lines.at(i).text));
}

void TestTemplateDiff::readsAsAPatch()
{
    QCOMPARE(TemplateDiff::readable(QStringLiteral("Hi,\nold\nBye"), QStringLiteral("Hi,\nnew\nBye")),
        QStringLiteral("  Hi,\n- old\n+ new\n  Bye\n"));
}

void TestTemplateDiff::emptyTexts()
{
    QVERIFY(TemplateDiff::lines(QString(), QString()).isEmpty());
    QCOMPARE(TemplateDiff::readable(QString(), QStringLiteral("x")), QStringLiteral("+ x\n"));
    QCOMPARE(TemplateDiff::readable(QStringLiteral("x"), QString()), QStringLiteral("- x\n"));
}

void TestTemplateDiff::countsWordEdits_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("distance");
    QTest::addColumn<double>("difference");
    QTest::newRow("same") << QStringLiteral("your refund is on its way")
                          << QStringLiteral("your  refund is\non its way") << 0 << 0.0;
    QTest::newRow("one changed") << QStringLiteral("a b c d") << QStringLiteral("a x c d") << 1 << 0.25;
    QTest::newRow("added") << QStringLiteral("a b") << QStringLiteral("a b c d") << 2 << 0.5;
    QTest::newRow("removed") << QStringLiteral("a b c d") << QStringLiteral("b c") << 2 << 0.5;
    QTest::newRow("nothing alike") << QStringLiteral("a b") << QStringLiteral("c d") << 2 << 1.0;
    QTest::newRow("both empty") << QString() << QStringLiteral("  ") << 0 << 0.0;
}

void TestTemplateDiff::countsWordEdits()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, distance);
    QFETCH(double, difference);
    QCOMPARE(TemplateDiff::wordDistance(from, to), distance);
    QCOMPARE(TemplateDiff::wordDifference(from, to), difference);
}

QTEST_GUILESS_MAIN(TestTemplateDiff)
#include "tst_templatediff.moc"
