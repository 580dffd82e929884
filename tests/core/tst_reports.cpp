// Dashboard figures (core/reports) against the same figures computed here from the movement log:
// stock value per currency, movements per day/week/month, top movers, low stock; rejected
// movements never count.
#include "core/reports.h"
#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace depot::core;

namespace {

Quantity qty(const char *text)
{
    return Quantity::parse(QString::fromLatin1(text)).value();
}

struct Expected
{
    int in = 0, out = 0, other = 0;
    qint64 inMilli = 0, outMilli = 0;
};

bool isIn(const Movement &m)
{
    return (m.kind == MovementKind::Receipt || m.kind == MovementKind::Return || m.kind == MovementKind::Adjustment)
           && m.quantity.milli() > 0;
}

bool isOut(const Movement &m)
{
    return (m.kind == MovementKind::Issue || m.kind == MovementKind::Loss || m.kind == MovementKind::Adjustment)
           && m.quantity.milli() < 0;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TenantStore> m_store;
    Location w1, w2;
    Product beans, millet, bags, tea;
    QDate today;

    /// A movement dated `daysAgo` days before today at `hour`:00 local time, as if pulled from another device.
    void past(const Product &p, const Location &l, MovementKind kind, const char *quantity, int daysAgo, int hour = 10)
    {
        static int counter = 0;
        const qint64 ms = QDateTime(today.addDays(-daysAgo), QTime(hour, 0)).toMSecsSinceEpoch();
        Movement m;
        m.id = UuidV7::generate();
        m.productId = p.id;
        m.locationId = l.id;
        m.kind = kind;
        m.quantity = qty(quantity);
        m.userId = QStringLiteral("other");
        m.deviceId = QStringLiteral("device-b");
        m.hlc = Hlc::fromParts(ms, quint16(++counter));
        m.recordedAt = QDateTime::fromMSecsSinceEpoch(ms);
        QVERIFY(m_store->insertMovement(m).ok());
    }

    Product product(const QString &sku, const QString &cost, const QString &currency, const char *reorder = nullptr)
    {
        Product p;
        p.sku = sku;
        p.name = QStringLiteral("Product ") + sku;
        if (!currency.isEmpty())
            p.costPrice = Money::parse(cost, currency).value();
        if (reorder)
            p.reorderPoint = qty(reorder);
        return m_store->addProduct(p).value();
    }

    QList<Movement> countedLog() const
    {
        JournalFilter all;
        all.limit = 10000;
        QSet<QUuid> rejected;
        for (const SyncRejection &r : m_store->rejections())
            rejected << r.entityId;
        QList<Movement> result;
        for (const Movement &m : m_store->journal(all))
            if (!rejected.contains(m.id))
                result << m;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        today = QDate::currentDate();
        m_store = TenantStore::open(m_dir.filePath(QStringLiteral("store.sqlite"))).value();
        Location l;
        l.code = QStringLiteral("W1");
        l.name = QStringLiteral("Warehouse");
        w1 = m_store->addLocation(l).value();
        l.code = QStringLiteral("S1");
        l.name = QStringLiteral("Shop");
        w2 = m_store->addLocation(l).value();
        beans = product(QStringLiteral("BEANS"), QStringLiteral("12.50"), QStringLiteral("EUR"));
        millet = product(QStringLiteral("MILLET"), QStringLiteral("1500"), QStringLiteral("XOF"), "30");
        bags = product(QStringLiteral("BAGS"), {}, {});
        tea = product(QStringLiteral("TEA"), QStringLiteral("0.35"), QStringLiteral("EUR"), "5");

        past(beans, w1, MovementKind::Receipt, "100", 200);
        past(beans, w1, MovementKind::Issue, "-7.5", 40);
        past(beans, w2, MovementKind::Receipt, "3.333", 10);
        past(beans, w1, MovementKind::Issue, "-2", 3, 9);
        past(beans, w1, MovementKind::Issue, "-1", 3, 18);
        past(millet, w1, MovementKind::Receipt, "50", 3);
        past(millet, w1, MovementKind::Loss, "-25", 1);
        past(millet, w1, MovementKind::Adjustment, "2", 1);
        past(bags, w1, MovementKind::Receipt, "10", 2);
        past(bags, w2, MovementKind::Issue, "-4", 2); // negative stock at S1
        past(tea, w1, MovementKind::Receipt, "20", 5);
        past(tea, w1, MovementKind::Count, "4", 4); // a count: other, sets the balance
        past(tea, w1, MovementKind::Adjustment, "-1", 0, 0);
        // Recorded now, on this device.
        MovementDraft d;
        d.productId = beans.id;
        d.locationId = w1.id;
        d.kind = MovementKind::Issue;
        d.quantity = qty("3");
        QVERIFY(m_store->recordMovement(d).ok());
        QVERIFY(m_store->recordTransfer(millet.id, w1.id, w2.id, qty("5")).ok());
        // A movement the server rejected counts nowhere.
        d.productId = tea.id;
        d.kind = MovementKind::Receipt;
        d.quantity = qty("1000");
        const Movement rejected = m_store->recordMovement(d).value();
        PushResult r;
        r.entity = QStringLiteral("movement");
        r.entityId = rejected.id;
        r.outboxSeq = 1000000;
        r.status = PushResult::Status::Rejected;
        r.code = QStringLiteral("forbidden");
        r.message = QStringLiteral("no");
        QVERIFY(m_store->recordPushResults({r}).ok());
        QCOMPARE(m_store->rejections().size(), 1);
    }

    void stockValueMatchesTheLog()
    {
        QMap<QString, qint64> scaled; // currency -> milli-units × minor units
        int unvalued = 0;
        for (const Balance &b : m_store->recomputeBalancesFromLog()) {
            if (b.quantity.milli() <= 0)
                continue;
            const Money cost = m_store->productById(b.productId)->costPrice;
            if (cost.isNull())
                ++unvalued;
            else
                scaled[cost.currency()] += b.quantity.milli() * cost.minorUnits();
        }
        int unvaluedLines = -1;
        const QList<Money> value = Reports(*m_store).stockValue(&unvaluedLines);
        QCOMPARE(value.size(), scaled.size());
        int i = 0;
        for (auto it = scaled.cbegin(); it != scaled.cend(); ++it, ++i) {
            QCOMPARE(value.at(i).currency(), it.key());
            QCOMPARE(value.at(i).minorUnits(), (it.value() + 500) / 1000);
        }
        QCOMPARE(unvaluedLines, unvalued);
        QCOMPARE(unvaluedLines, 1); // BAGS at W1
        // Written out: beans 86.5 + 3.333 at 12.50 EUR and tea 3 at 0.35 EUR; millet 22 + 5 at 1500 XOF.
        QCOMPARE(value.at(0).toString(), QStringLiteral("1123.96 EUR")); // 1081.25 + 41.6625 + 1.05, rounded once
        QCOMPARE(value.at(1).toString(), QStringLiteral("40500 XOF"));
    }

    void movementsPerDayMatchTheLog()
    {
        const QDate from = today.addDays(-45);
        QMap<QDate, Expected> expected;
        for (const Movement &m : countedLog()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(m.hlc.physicalMs()).date();
            if (day < from || day > today)
                continue;
            Expected &e = expected[day];
            if (isIn(m)) {
                ++e.in;
                e.inMilli += m.quantity.milli();
            } else if (isOut(m)) {
                ++e.out;
                e.outMilli -= m.quantity.milli();
            } else {
                ++e.other;
            }
        }
        const QList<MovementBucket> days = Reports(*m_store).movementsPerDay(from, today);
        QCOMPARE(days.size(), 46);
        int total = 0;
        for (const MovementBucket &b : days) {
            const Expected e = expected.value(b.start);
            QCOMPARE(b.inCount, e.in);
            QCOMPARE(b.outCount, e.out);
            QCOMPARE(b.otherCount, e.other);
            QCOMPARE(b.inQuantity.milli(), e.inMilli);
            QCOMPARE(b.outQuantity.milli(), e.outMilli);
            total += b.inCount + b.outCount + b.otherCount;
        }
        // 200 days ago is outside; the rejected receipt is nowhere; the transfer is two "other".
        QCOMPARE(total, 12 + 1 + 2);
        const MovementBucket threeDaysAgo = days.at(days.size() - 4);
        QCOMPARE(threeDaysAgo.outCount, 2);
        QCOMPARE(threeDaysAgo.outQuantity, qty("3"));
        QCOMPARE(threeDaysAgo.inQuantity, qty("50"));
    }

    void bucketsByWeekAndMonth()
    {
        Reports reports(*m_store);
        const auto [from90, to90] = Reports::periodRange(ReportPeriod::Last90Days, today);
        QCOMPARE(from90.daysTo(to90), 89);
        const QList<MovementBucket> days = reports.movementsPerDay(from90, to90);
        const QList<MovementBucket> weeks = Reports::bucketsFor(ReportPeriod::Last90Days, days);
        QVERIFY(weeks.size() >= 13 && weeks.size() <= 14);
        int dayTotal = 0, weekTotal = 0;
        for (const MovementBucket &b : days)
            dayTotal += b.inCount + b.outCount + b.otherCount;
        for (const MovementBucket &b : weeks) {
            QCOMPARE(b.start.dayOfWeek(), 1);
            weekTotal += b.inCount + b.outCount + b.otherCount;
        }
        QCOMPARE(weekTotal, dayTotal);

        const auto [from12, to12] = Reports::periodRange(ReportPeriod::Last12Months, today);
        QCOMPARE(from12.day(), 1);
        const QList<MovementBucket> months =
            Reports::bucketsFor(ReportPeriod::Last12Months, reports.movementsPerDay(from12, to12));
        QCOMPARE(months.size(), 12);
        qint64 inMilli = 0;
        for (const MovementBucket &b : months)
            inMilli += b.inQuantity.milli();
        qint64 expected = 0;
        for (const Movement &m : countedLog())
            if (isIn(m) && QDateTime::fromMSecsSinceEpoch(m.hlc.physicalMs()).date() >= from12)
                expected += m.quantity.milli();
        QCOMPARE(inMilli, expected);

        const auto [from7, to7] = Reports::periodRange(ReportPeriod::Last7Days, today);
        QCOMPARE(Reports::bucketsFor(ReportPeriod::Last7Days, reports.movementsPerDay(from7, to7)).size(), 7);
        QVERIFY(reports.movementsPerDay(today, today.addDays(-1)).isEmpty());
    }

    void topMoversMatchTheLog()
    {
        const QDate from = today.addDays(-29);
        struct Row
        {
            int n = 0;
            qint64 moved = 0;
            qint64 in = 0;
            qint64 out = 0;
        };
        QHash<QUuid, Row> rows;
        for (const Movement &m : countedLog()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(m.hlc.physicalMs()).date();
            if (day < from || day > today || m.kind == MovementKind::Count)
                continue;
            Row &r = rows[m.productId];
            ++r.n;
            r.moved += qAbs(m.quantity.milli());
            if (isIn(m))
                r.in += m.quantity.milli();
            if (isOut(m))
                r.out -= m.quantity.milli();
        }
        QList<QUuid> order = rows.keys();
        std::sort(order.begin(), order.end(), [&](const QUuid &a, const QUuid &b) {
            if (rows[a].n != rows[b].n)
                return rows[a].n > rows[b].n;
            if (rows[a].moved != rows[b].moved)
                return rows[a].moved > rows[b].moved;
            return m_store->productById(a)->sku < m_store->productById(b)->sku;
        });
        const QList<TopMover> top = Reports(*m_store).topMovers(from, today, 3);
        QCOMPARE(top.size(), 3);
        for (int i = 0; i < top.size(); ++i) {
            QCOMPARE(top.at(i).productId, order.at(i));
            QCOMPARE(top.at(i).movements, rows[order.at(i)].n);
            QCOMPARE(top.at(i).inQuantity.milli(), rows[order.at(i)].in);
            QCOMPARE(top.at(i).outQuantity.milli(), rows[order.at(i)].out);
        }
        QCOMPARE(top.at(0).sku, QStringLiteral("MILLET")); // receipt, loss, adjustment, 2 transfer legs
        QCOMPARE(top.at(0).movements, 5);
        QCOMPARE(top.at(1).sku, QStringLiteral("BEANS"));
    }

    void dashboardPutsItTogether()
    {
        const DashboardFigures f = Reports(*m_store).dashboard(ReportPeriod::Last7Days, today, 10);
        QCOMPARE(f.from, today.addDays(-6));
        QCOMPARE(f.to, today);
        QCOMPARE(f.series.size(), 7);
        QCOMPARE(f.stockValue.size(), 2);
        // TEA: 3 left at W1, reorder point 5; MILLET 22 at W1 under 30, 5 at S1 under 30.
        QStringList low;
        for (const Alert &a : f.lowStock)
            low << a.sku + u'@' + a.locationCode;
        low.sort();
        QCOMPARE(low,
                 (QStringList{QStringLiteral("MILLET@S1"), QStringLiteral("MILLET@W1"), QStringLiteral("TEA@W1")}));
        QCOMPARE(f.negativeLines, 1);
        QCOMPARE(f.topMovers.size(), 4);
    }

    void emptyStore()
    {
        QTemporaryDir dir;
        auto store = TenantStore::open(dir.filePath(QStringLiteral("empty.sqlite"))).value();
        const DashboardFigures f = Reports(*store).dashboard(ReportPeriod::Last30Days, today);
        QVERIFY(f.stockValue.isEmpty());
        QCOMPARE(f.unvaluedLines, 0);
        QVERIFY(f.lowStock.isEmpty());
        QCOMPARE(f.series.size(), 30);
        QVERIFY(f.topMovers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
