#include "core/hlc.h"

#include <QList>
#include <QSet>
#include <QTest>

#include <limits>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace depot::core;

namespace {

/// A wall clock the test moves by hand. Shared so the HybridLogicalClock's copy sees the changes.
class ManualClock
{
public:
    HybridLogicalClock::WallClock function() const
    {
        return [ms = m_ms] { return ms->load(); };
    }
    void set(qint64 ms) { m_ms->store(ms); }

private:
    std::shared_ptr<std::atomic<qint64>> m_ms = std::make_shared<std::atomic<qint64>>(1000);
};

constexpr qint64 kMaxMs = (qint64(1) << 48) - 1;

} // namespace

namespace depot::core {
// Found by QCOMPARE through ADL, so failures print the value instead of "<unknown>".
char *toString(const Hlc &hlc)
{
    return QTest::toString(
        QStringLiteral("%1 (ms %2, counter %3)").arg(hlc.raw()).arg(hlc.physicalMs()).arg(hlc.counter()));
}
} // namespace depot::core

class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void partsRoundTrip_data();
    void partsRoundTrip();
    void orderingFollowsParts();
    void stringRoundTrip_data();
    void stringRoundTrip();
    void fromStringRefuses_data();
    void fromStringRefuses();
    void nowStrictlyIncreasing_data();
    void nowStrictlyIncreasing();
    void counterOverflow();
    void observeAhead_data();
    void observeAhead();
    void observeBehind_data();
    void observeBehind();
    void threadSafety_data();
    void threadSafety();
};

void TestHlc::partsRoundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("counter");
    QTest::addColumn<quint64>("raw");
    QTest::newRow("zero") << qint64(0) << 0 << quint64(0);
    QTest::newRow("counter only") << qint64(0) << 1 << quint64(1);
    QTest::newRow("ms only") << qint64(1) << 0 << quint64(0x10000);
    QTest::newRow("2023") << qint64(1700000000000) << 42 << ((quint64(1700000000000) << 16) | 42);
    QTest::newRow("max counter") << qint64(5) << 0xffff << quint64(0x5ffff);
    QTest::newRow("max everything") << kMaxMs << 0xffff << ~quint64(0);
}

void TestHlc::partsRoundTrip()
{
    QFETCH(qint64, ms);
    QFETCH(int, counter);
    QFETCH(quint64, raw);
    const Hlc hlc = Hlc::fromParts(ms, quint16(counter));
    QCOMPARE(hlc.raw(), raw);
    QCOMPARE(hlc.physicalMs(), ms);
    QCOMPARE(int(hlc.counter()), counter);
    QCOMPARE(Hlc(raw), hlc);
    QCOMPARE(hlc.isNull(), raw == 0);
}

void TestHlc::orderingFollowsParts()
{
    QVERIFY(Hlc::fromParts(1000, 0xffff) < Hlc::fromParts(1001, 0));
    QVERIFY(Hlc::fromParts(1000, 1) < Hlc::fromParts(1000, 2));
    QVERIFY(Hlc() < Hlc::fromParts(0, 1));
    QVERIFY(!(Hlc::fromParts(1000, 2) < Hlc::fromParts(1000, 2)));
    QVERIFY(Hlc::fromParts(1000, 2) == Hlc::fromParts(1000, 2));
}

void TestHlc::stringRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("raw");
    QTest::newRow("zero") << QStringLiteral("0") << quint64(0);
    QTest::newRow("one") << QStringLiteral("1") << quint64(1);
    QTest::newRow("2023") << QStringLiteral("111411200000000042") << ((quint64(1700000000000) << 16) | 42);
    QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << quint64(9223372036854775807);
    QTest::newRow("int64 max (stored signed)") << QStringLiteral("9223372036854775807")
                                                << quint64(std::numeric_limits<qint64>::max());
}

void TestHlc::stringRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(quint64, raw);
    QCOMPARE(Hlc(raw).toString(), text);
    bool ok = false;
    QCOMPARE(Hlc::fromString(text, &ok).raw(), raw);
    QVERIFY(ok);
    QCOMPARE(Hlc::fromString(Hlc(raw).toString()), Hlc(raw));
}

void TestHlc::fromStringRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("plus sign") << QStringLiteral("+1");
    QTest::newRow("leading space") << QStringLiteral(" 1");
    QTest::newRow("trailing space") << QStringLiteral("1 ");
    QTest::newRow("trailing letter") << QStringLiteral("1a");
    QTest::newRow("hex") << QStringLiteral("0x10");
    QTest::newRow("decimal point") << QStringLiteral("1.5");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662");
    QTest::newRow("above int64 max") << QStringLiteral("9223372036854775808");
    QTest::newRow("2^64 - 1") << QStringLiteral("18446744073709551615");
    QTest::newRow("2^64, 20 digits") << QStringLiteral("18446744073709551616");
    QTest::newRow("23 digits") << QStringLiteral("99999999999999999999999");
}

void TestHlc::fromStringRefuses()
{
    QFETCH(QString, text);
    bool ok = true;
    const Hlc hlc = Hlc::fromString(text, &ok);
    QVERIFY(!ok);
    QVERIFY(hlc.isNull());
}

void TestHlc::nowStrictlyIncreasing_data()
{
    QTest::addColumn<QList<qint64>>("walls");
    QTest::newRow("stands still") << QList<qint64>{1000, 1000, 1000, 1000, 1000};
    QTest::newRow("goes backwards") << QList<qint64>{1000, 999, 500, 1, 0};
    QTest::newRow("jumps forward") << QList<qint64>{1000, 1001, 1000 + 86400000, 1700000000000};
    QTest::newRow("back then forward") << QList<qint64>{5000, 4000, 4000, 5000, 5001, 4999, 6000};
}

void TestHlc::nowStrictlyIncreasing()
{
    QFETCH(QList<qint64>, walls);
    ManualClock wall;
    HybridLogicalClock clock(wall.function());
    Hlc previous;
    qint64 maxWall = -1;
    for (qint64 w : walls) {
        wall.set(w);
        const Hlc hlc = clock.now();
        QVERIFY2(hlc > previous,
                 qPrintable(QStringLiteral("wall %1: %2 after %3").arg(w).arg(hlc.raw()).arg(previous.raw())));
        // The physical part tracks the largest wall time seen; the counter restarts when it moves.
        QCOMPARE(hlc.physicalMs(), std::max(maxWall, w));
        if (w > maxWall)
            QCOMPARE(hlc.counter(), quint16(0));
        else
            QCOMPARE(hlc.counter(), quint16(previous.counter() + 1));
        QCOMPARE(clock.last(), hlc);
        maxWall = std::max(maxWall, w);
        previous = hlc;
    }
}

void TestHlc::counterOverflow()
{
    ManualClock wall;
    wall.set(1000);
    HybridLogicalClock clock(wall.function());
    Hlc previous = clock.now();
    QCOMPARE(previous, Hlc::fromParts(1000, 0));
    // 65536 events in one millisecond use every counter value, then one more must still move on.
    for (int i = 1; i <= 0x10000; ++i) {
        const Hlc hlc = clock.now();
        if (!(hlc > previous))
            QFAIL(qPrintable(QStringLiteral("event %1: %2 after %3").arg(i).arg(hlc.raw()).arg(previous.raw())));
        previous = hlc;
    }
    QCOMPARE(previous, Hlc::fromParts(1001, 0));

    // The wall clock catching up with the borrowed millisecond must not go back to counter 0.
    wall.set(1001);
    const Hlc caughtUp = clock.now();
    QVERIFY(caughtUp > previous);
    QCOMPARE(caughtUp, Hlc::fromParts(1001, 1));
}

void TestHlc::observeAhead_data()
{
    QTest::addColumn<Hlc>("remote");
    QTest::newRow("later millisecond") << Hlc::fromParts(5000, 0);
    QTest::newRow("same millisecond, higher counter") << Hlc::fromParts(1000, 500);
    QTest::newRow("counter exhausted") << Hlc::fromParts(1000, 0xffff);
    QTest::newRow("far future") << Hlc::fromParts(1700000000000, 7);
}

void TestHlc::observeAhead()
{
    QFETCH(Hlc, remote);
    ManualClock wall;
    wall.set(1000);
    HybridLogicalClock clock(wall.function());
    const Hlc before = clock.now();
    QVERIFY(remote > before);

    clock.observe(remote);
    QCOMPARE(clock.last(), remote);
    const Hlc after = clock.now();
    QVERIFY2(after > remote, qPrintable(QStringLiteral("%1 <= %2").arg(after.raw()).arg(remote.raw())));
    const Hlc next = clock.now();
    QVERIFY(next > after);

    // Also from a fresh clock that has produced nothing yet.
    HybridLogicalClock fresh(wall.function());
    fresh.observe(remote);
    QVERIFY(fresh.now() > remote);
}

void TestHlc::observeBehind_data()
{
    QTest::addColumn<Hlc>("remote");
    QTest::newRow("null") << Hlc();
    QTest::newRow("older millisecond") << Hlc::fromParts(500, 0xffff);
    QTest::newRow("same millisecond, lower counter") << Hlc::fromParts(1000, 1);
    QTest::newRow("equal") << Hlc::fromParts(1000, 2);
}

void TestHlc::observeBehind()
{
    QFETCH(Hlc, remote);
    ManualClock wall;
    wall.set(1000);
    HybridLogicalClock clock(wall.function());
    (void)clock.now();
    (void)clock.now();
    const Hlc before = clock.now();
    QCOMPARE(before, Hlc::fromParts(1000, 2));

    clock.observe(remote);
    QCOMPARE(clock.last(), before);
    QCOMPARE(clock.now(), Hlc::fromParts(1000, 3));
}

void TestHlc::threadSafety_data()
{
    QTest::addColumn<int>("wallMode");
    QTest::newRow("frozen wall clock") << 0;
    QTest::newRow("advancing wall clock") << 1;
    QTest::newRow("system wall clock") << 2;
}

void TestHlc::threadSafety()
{
    QFETCH(int, wallMode);
    constexpr int threadCount = 4;
    constexpr int callsPerThread = 10000;

    auto calls = std::make_shared<std::atomic<qint64>>(0);
    HybridLogicalClock::WallClock wallClock;
    if (wallMode == 0)
        wallClock = [] { return qint64(1000); };
    else if (wallMode == 1)
        wallClock = [calls] { return 1000 + calls->fetch_add(1) / 7; }; // mixes both code paths
    HybridLogicalClock clock(wallClock);

    std::vector<std::vector<Hlc>> results(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&clock, &out = results[t]] {
            out.reserve(callsPerThread);
            for (int i = 0; i < callsPerThread; ++i)
                out.push_back(clock.now());
        });
    }
    for (auto &thread : threads)
        thread.join();

    QSet<quint64> seen;
    Hlc maximum;
    for (const auto &values : results) {
        QCOMPARE(int(values.size()), callsPerThread);
        for (size_t i = 0; i < values.size(); ++i) {
            if (i > 0 && !(values[i] > values[i - 1]))
                QFAIL("values seen by one thread are not increasing");
            seen.insert(values[i].raw());
            maximum = std::max(maximum, values[i]);
        }
    }
    QCOMPARE(seen.size(), threadCount * callsPerThread);
    QCOMPARE(clock.last(), maximum);
}

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
