#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace depot::core;

/// Property: whatever order the same movements arrive in, every replica computes the same balances,
/// and the maintained balances always equal a recompute from the log (DESIGN §3).
class TestStoreProperty : public QObject
{
    Q_OBJECT

private:
    static constexpr int kOperations = 10000;
    static constexpr int kProducts = 12;
    static constexpr int kLocations = 4;
    static constexpr int kDevices = 3;

    QList<Product> m_products;
    QList<Location> m_locations;

    /// A random stream of movements from several devices with their own clocks: every kind,
    /// counts, transfers (paired), reversals of movements and of counts.
    QList<Movement> generate(quint32 seed)
    {
        QRandomGenerator rng(seed);
        QList<qint64> wall(kDevices, 1'700'000'000'000LL);
        std::vector<std::unique_ptr<HybridLogicalClock>> clocks;
        for (int i = 0; i < kDevices; ++i) {
            // Each device's wall clock drifts on its own; some go backwards now and then.
            clocks.push_back(std::make_unique<HybridLogicalClock>([&wall, i] { return wall[i]; }));
        }
        QList<Movement> out;
        QList<int> reversible; // indexes into out
        QSet<QUuid> reversed;
        int locationIndex = 0;
        const auto base = [&](int device, MovementKind kind) {
            Movement m;
            m.id = UuidV7::generate();
            m.productId = m_products[rng.bounded(kProducts)].id;
            m.locationId = m_locations[locationIndex = rng.bounded(kLocations)].id;
            m.kind = kind;
            m.deviceId = QStringLiteral("device-%1").arg(device);
            m.userId = QStringLiteral("user-%1").arg(device);
            m.hlc = clocks[device]->now();
            return m;
        };
        while (out.size() < kOperations) {
            const int device = rng.bounded(kDevices);
            wall[device] += qint64(rng.bounded(50)) - 5;
            // Devices exchange clocks now and then, as a sync would.
            if (rng.bounded(20) == 0)
                clocks[device]->observe(clocks[rng.bounded(kDevices)]->last());
            const int dice = rng.bounded(100);
            if (dice < 10) {
                Movement m = base(device, MovementKind::Count);
                m.quantity = Quantity::fromMilli(rng.bounded(50'000));
                reversible << int(out.size());
                out << m;
            } else if (dice < 20) {
                Movement leg = base(device, MovementKind::TransferOut);
                Movement in = leg;
                in.id = UuidV7::generate();
                in.kind = MovementKind::TransferIn;
                in.locationId = m_locations[(locationIndex + 1) % kLocations].id;
                in.hlc = clocks[device]->now();
                const qint64 q = 1 + rng.bounded(10'000);
                leg.quantity = Quantity::fromMilli(-q);
                in.quantity = Quantity::fromMilli(q);
                leg.transferId = in.transferId = UuidV7::generate();
                out << leg << in;
            } else if (dice < 26 && !reversible.isEmpty()) {
                const int pick = reversible.takeAt(rng.bounded(int(reversible.size())));
                const Movement target = out[pick];
                if (reversed.contains(target.id))
                    continue;
                reversed.insert(target.id);
                Movement m = base(device, target.kind);
                m.productId = target.productId;
                m.locationId = target.locationId;
                m.reversesId = target.id;
                m.quantity = target.kind == MovementKind::Count ? Quantity() : -target.quantity;
                out << m;
            } else {
                static constexpr MovementKind kinds[] = {MovementKind::Receipt, MovementKind::Issue,
                                                         MovementKind::Adjustment, MovementKind::Loss,
                                                         MovementKind::Return};
                const MovementKind kind = kinds[rng.bounded(5)];
                Movement m = base(device, kind);
                qint64 q = 1 + rng.bounded(20'000);
                if (movementKindDecreases(kind) || (kind == MovementKind::Adjustment && rng.bounded(2)))
                    q = -q;
                m.quantity = Quantity::fromMilli(q);
                reversible << int(out.size());
                out << m;
            }
        }
        return out;
    }

    /// Keeps the given order, except that a reversal waits for its target (as the server's order guarantees).
    static QList<Movement> causalOrder(const QList<Movement> &movements)
    {
        QList<Movement> ordered;
        QSet<QUuid> present;
        QHash<QUuid, QList<Movement>> waiting;
        std::function<void(const Movement &)> place = [&](const Movement &m) {
            ordered << m;
            present.insert(m.id);
            const QList<Movement> children = waiting.take(m.id);
            for (const Movement &child : children)
                place(child);
        };
        for (const Movement &m : movements) {
            if (!m.reversesId.isNull() && !present.contains(m.reversesId))
                waiting[m.reversesId] << m;
            else
                place(m);
        }
        return ordered;
    }

    static QList<Movement> causalShuffle(QList<Movement> movements, quint32 seed)
    {
        QRandomGenerator rng(seed);
        std::shuffle(movements.begin(), movements.end(), rng);
        return causalOrder(movements);
    }

    std::unique_ptr<TenantStore> replica(const QString &path)
    {
        auto store = TenantStore::open(path);
        if (!store)
            qFatal("cannot open replica: %s", qPrintable(store.error().message));
        for (const Location &l : std::as_const(m_locations))
            store.value()->addLocation(l).value();
        for (const Product &p : std::as_const(m_products))
            store.value()->addProduct(p).value();
        return std::move(store).value();
    }

    static QHash<QPair<QUuid, QUuid>, qint64> asMap(const QList<Balance> &balances)
    {
        QHash<QPair<QUuid, QUuid>, qint64> map;
        for (const Balance &b : balances)
            map.insert({b.productId, b.locationId}, b.quantity.milli());
        return map;
    }

private slots:
    void initTestCase()
    {
        for (int i = 0; i < kLocations; ++i) {
            Location l;
            l.id = UuidV7::generate();
            l.code = QStringLiteral("LOC-%1").arg(i);
            l.name = QStringLiteral("Location %1").arg(i);
            m_locations << l;
        }
        for (int i = 0; i < kProducts; ++i) {
            Product p;
            p.id = UuidV7::generate();
            p.sku = QStringLiteral("SKU-%1").arg(i);
            p.name = QStringLiteral("Product %1").arg(i);
            m_products << p;
        }
    }

    void sameBalancesWhateverTheOrder_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 2026u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void sameBalancesWhateverTheOrder()
    {
        QFETCH(quint32, seed);
        const QList<Movement> stream = generate(seed);
        QVERIFY(stream.size() >= kOperations);

        QList<QList<Movement>> orders;
        orders << stream;                             // as generated
        orders << causalShuffle(stream, seed * 31 + 1); // random arrival
        orders << causalShuffle(stream, seed * 31 + 2);
        QList<Movement> byHlcDescending = stream; // the latest first: every count arrives before older deltas
        std::sort(byHlcDescending.begin(), byHlcDescending.end(),
                  [](const Movement &a, const Movement &b) { return a.hlc > b.hlc; });
        orders << causalOrder(byHlcDescending);

        QTemporaryDir dir;
        QHash<QPair<QUuid, QUuid>, qint64> reference;
        for (int i = 0; i < orders.size(); ++i) {
            QCOMPARE(orders[i].size(), stream.size());
            auto store = replica(dir.filePath(QStringLiteral("replica-%1.sqlite").arg(i)));
            {
                StoreTransaction transaction(*store);
                for (const Movement &m : std::as_const(orders[i])) {
                    auto inserted = store->insertMovement(m);
                    QVERIFY2(inserted.ok(), qPrintable(QStringLiteral("seed %1 order %2: %3")
                                                           .arg(seed)
                                                           .arg(i)
                                                           .arg(inserted.ok() ? QString() : inserted.error().message)));
                }
                // Re-applying the whole stream is a no-op.
                for (int k = 0; k < 200; ++k)
                    QCOMPARE(store->insertMovement(orders[i][k]).value(), false);
                QVERIFY(transaction.commit().ok());
            }
            QCOMPARE(store->movementCount(), stream.size());
            const auto maintained = asMap(store->balances());
            const auto recomputed = asMap(store->recomputeBalancesFromLog());
            if (maintained != recomputed)
                QFAIL(qPrintable(QStringLiteral("seed %1 order %2: maintained balances differ from the log").arg(seed).arg(i)));
            if (i == 0)
                reference = maintained;
            else if (maintained != reference)
                QFAIL(qPrintable(QStringLiteral("seed %1 order %2: balances differ from order 0").arg(seed).arg(i)));
        }
        // The property is not vacuous: counts, negative and positive balances all occur.
        bool negative = false;
        bool positive = false;
        for (qint64 q : std::as_const(reference)) {
            negative |= q < 0;
            positive |= q > 0;
        }
        QVERIFY(negative && positive);
    }

    void pulledPagesGiveTheSameBalances_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("deferred");
        for (quint32 seed : {3u, 2026u}) {
            QTest::newRow(qPrintable(QStringLiteral("seed %1 maintained").arg(seed))) << seed << false;
            QTest::newRow(qPrintable(QStringLiteral("seed %1 deferred").arg(seed))) << seed << true;
        }
    }

    void pulledPagesGiveTheSameBalances()
    {
        // The same movements pulled in pages (the server's order is a causal one), balances kept
        // row by row or rebuilt once at the end, give what inserting them one by one gives.
        QFETCH(quint32, seed);
        QFETCH(bool, deferred);
        const QList<Movement> stream = causalShuffle(generate(seed), seed + 5);
        QTemporaryDir dir;
        auto reference = replica(dir.filePath(QStringLiteral("reference.sqlite")));
        {
            StoreTransaction transaction(*reference);
            for (const Movement &m : stream)
                QVERIFY(reference->insertMovement(m).ok());
            QVERIFY(transaction.commit().ok());
        }
        auto store = replica(dir.filePath(QStringLiteral("pulled.sqlite")));
        constexpr int kPage = 700;
        for (qsizetype start = 0; start < stream.size(); start += kPage) {
            QList<Movement> page = stream.mid(start, kPage);
            for (qsizetype i = 0; i < page.size(); ++i)
                page[i].serverSeq = start + i + 1;
            auto applied = store->applyPulledPage({}, page, start + page.size(),
                                                  deferred ? PulledBalances::Defer : PulledBalances::Maintain);
            QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
            QCOMPARE(store->balancesStale(), deferred);
        }
        QVERIFY(store->rebuildStaleBalances().ok());
        QVERIFY(!store->balancesStale());
        QCOMPARE(store->movementCount(), stream.size());
        const auto pulled = asMap(store->balances());
        QCOMPARE(pulled, asMap(reference->balances()));
        QCOMPARE(pulled, asMap(store->recomputeBalancesFromLog()));
    }

    void recordedMovementsMatchTheLog()
    {
        // The local API (recordMovement, recordTransfer, reverseMovement) keeps the same invariant.
        QTemporaryDir dir;
        auto store = replica(dir.filePath(QStringLiteral("local.sqlite")));
        QRandomGenerator rng(99);
        QList<QUuid> recorded;
        StoreTransaction transaction(*store);
        for (int i = 0; i < 3000; ++i) {
            const QUuid product = m_products[rng.bounded(kProducts)].id;
            const int from = rng.bounded(kLocations);
            const QUuid location = m_locations[from].id;
            const int dice = rng.bounded(10);
            if (dice == 0 && !recorded.isEmpty()) {
                (void)store->reverseMovement(recorded.takeAt(rng.bounded(int(recorded.size()))));
            } else if (dice == 1) {
                const QUuid to = m_locations[(from + 1 + rng.bounded(kLocations - 1)) % kLocations].id;
                auto legs = store->recordTransfer(product, location, to, Quantity::fromMilli(1 + rng.bounded(5000)));
                QVERIFY(legs.ok());
                recorded << legs->first().id;
            } else {
                const MovementKind kind = dice == 2 ? MovementKind::Count
                                                    : (dice < 6 ? MovementKind::Receipt : MovementKind::Issue);
                auto m = store->recordMovement(
                    {product, location, kind, Quantity::fromMilli(1 + rng.bounded(9000)), {}, {}, {}, {}});
                QVERIFY(m.ok());
                recorded << m->id;
            }
        }
        QVERIFY(transaction.commit().ok());
        QCOMPARE(asMap(store->balances()), asMap(store->recomputeBalancesFromLog()));
        // and a copy fed in reverse-causal-safe random order agrees
        auto copy = replica(dir.filePath(QStringLiteral("copy.sqlite")));
        JournalFilter all;
        all.limit = 10000;
        QList<Movement> log = store->journal(all);
        QCOMPARE(log.size(), store->movementCount());
        StoreTransaction copyTransaction(*copy);
        for (const Movement &m : causalShuffle(log, 5))
            QVERIFY(copy->insertMovement(m).value());
        QVERIFY(copyTransaction.commit().ok());
        QCOMPARE(asMap(copy->balances()), asMap(store->balances()));
    }
};

QTEST_GUILESS_MAIN(TestStoreProperty)
#include "tst_storeproperty.moc"
