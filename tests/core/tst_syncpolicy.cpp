// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine's policies, each a small class: backoff, Retry-After, circuit breaker, pacing.
#include "circuitbreaker.h"
#include "requestpacer.h"
#include "retryafter.h"
#include "syncbackoff.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace hearth;

class TestSyncPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffCeilingDoublesFromOneSecondToFifteenMinutes();
    void backoffDrawsEvenlyBelowTheCeiling();
    void retryAfterReadsSecondsAndDates_data();
    void retryAfterReadsSecondsAndDates();
    void circuitOpensAfterRepeatedFailuresAndLetsOneTrialThrough();
    void pacerKeepsBelowThePublishedLimit();
    void pacerHoldsWhenTheServerSaysSo();
};

void TestSyncPolicy::backoffCeilingDoublesFromOneSecondToFifteenMinutes()
{
    QCOMPARE(SyncBackoff::ceilingMs(0), 0);
    QCOMPARE(SyncBackoff::ceilingMs(1), 1000);
    QCOMPARE(SyncBackoff::ceilingMs(2), 2000);
    QCOMPARE(SyncBackoff::ceilingMs(5), 16000);
    QCOMPARE(SyncBackoff::ceilingMs(10), 512000);
    QCOMPARE(SyncBackoff::ceilingMs(11), 15 * 60 * 1000);
    QCOMPARE(SyncBackoff::ceilingMs(1000), 15 * 60 * 1000);
}

void TestSyncPolicy::backoffDrawsEvenlyBelowTheCeiling()
{
    QRandomGenerator random(42);
    const SyncBackoff backoff(&random);
    QSet<qint64> seen;
    qint64 below = 0;
    constexpr int draws = 2000;
    for (int i = 0; i < draws; ++i) {
        const qint64 delay = backoff.delayMs(4); // ceiling 8 s
        QVERIFY(delay >= 0 && delay <= 8000);
        seen.insert(delay);
        below += delay < 4000 ? 1 : 0;
    }
    // Full jitter: spread over the range, about half below the middle.
    QVERIFY(seen.size() > draws / 2);
    QVERIFY(below > draws * 4 / 10 && below < draws * 6 / 10);
}

void TestSyncPolicy::retryAfterReadsSecondsAndDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: ignored
    QTest::newRow("seconds") << QByteArrayLiteral("120") << qint64(120000);
    QTest::newRow("spaces") << QByteArrayLiteral(" 5 ") << qint64(5000);
    QTest::newRow("zero") << QByteArrayLiteral("0") << qint64(0);
    QTest::newRow("date") << QByteArrayLiteral("Mon, 07 Dec 2026 12:01:30 GMT") << qint64(90000);
    QTest::newRow("date in the past") << QByteArrayLiteral("Mon, 07 Dec 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("more than a day") << QByteArrayLiteral("999999999") << qint64(24LL * 3600 * 1000);
    QTest::newRow("negative") << QByteArrayLiteral("-3") << qint64(-1);
    QTest::newRow("nonsense") << QByteArrayLiteral("soon, please") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestSyncPolicy::retryAfterReadsSecondsAndDates()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const qint64 now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const std::optional<qint64> delay = RetryAfter::delayMs(value, now);
    QCOMPARE(delay.value_or(-1), expected);
}

void TestSyncPolicy::circuitOpensAfterRepeatedFailuresAndLetsOneTrialThrough()
{
    CircuitBreaker breaker;
    qint64 now = 1'000'000;
    for (int i = 1; i < CircuitBreaker::threshold; ++i) {
        breaker.recordFailure(now);
        QVERIFY(!breaker.isOpen(now));
    }
    breaker.recordFailure(now);
    QVERIFY(breaker.isOpen(now));
    QVERIFY(breaker.isOpen(now + CircuitBreaker::openMs - 1));
    QCOMPARE(breaker.reopensAt(), now + CircuitBreaker::openMs);
    // Half open: the trial is allowed; when it fails too, the circuit opens for another hour.
    now += CircuitBreaker::openMs;
    QVERIFY(!breaker.isOpen(now));
    breaker.recordFailure(now);
    QVERIFY(breaker.isOpen(now + 1));
    breaker.recordSuccess();
    QVERIFY(!breaker.isOpen(now + 1));
    QCOMPARE(breaker.failures(), 0);

    CircuitBreaker restored;
    restored.restore(CircuitBreaker::threshold, now);
    QVERIFY(restored.isOpen(now + 1));
}

void TestSyncPolicy::pacerKeepsBelowThePublishedLimit()
{
    // Mastodon: 300 requests in 5 minutes; Hearth uses at most 90 % of it.
    constexpr qint64 window = 5 * 60 * 1000;
    RequestPacer pacer(300, window);
    qint64 now = 10'000'000;
    int started = 0;
    while (pacer.waitMs(now) == 0 && started < 1000) {
        pacer.recordRequest(now);
        ++started;
        now += 10;
    }
    QCOMPARE(started, 270);
    const qint64 firstAt = 10'000'000;
    QCOMPARE(pacer.waitMs(now), firstAt + window - now);
    now = firstAt + window + 1;
    QCOMPARE(pacer.waitMs(now), 0);
}

void TestSyncPolicy::pacerHoldsWhenTheServerSaysSo()
{
    RequestPacer pacer(30, 1000);
    pacer.holdUntil(5000);
    QCOMPARE(pacer.waitMs(1000), 4000);
    pacer.holdUntil(2000); // an earlier hold never shortens a later one
    QCOMPARE(pacer.waitMs(1000), 4000);
    QCOMPARE(pacer.waitMs(5000), 0);
}

QTEST_GUILESS_MAIN(TestSyncPolicy)
#include "tst_syncpolicy.moc"
