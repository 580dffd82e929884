// Convergence under faults: three devices of company A and one of company B do random offline work
// (every movement kind, reversals, concurrent catalog edits, the same new SKU on two devices) and
// sync in random order, for several rounds, through a TCP proxy that drops, delays and cuts
// connections. After clean final syncs, every A device and the server hold the same stock and
// catalog, each movement exactly once, balances equal their recompute, and A and B never see each
// other's data. One data row per seed: DEPOT_CONVERGENCE_SEEDS=N runs N seeds (20 by default),
// DEPOT_CONVERGENCE_SEED=N replays one. Runs on the backend of DEPOT_TEST_BACKEND.
#include "deployment.h"
#include "faultproxy.h"
#include "syncfixture.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace depot;
using namespace depot::server::test;
using namespace depot::sync::test;
using core::MovementKind;
using core::Quantity;

namespace {

constexpr int kRounds = 3;

/// The random offline work of one device, drawn from the seed's RNG.
class Worker
{
public:
    Worker(TestDevice &device, QRandomGenerator &rng, QStringList &log) : m_device(device), m_rng(rng), m_log(log) { }

    /// Does `ops` random operations; returns an error text when the store refused valid input.
    QString work(int ops)
    {
        for (int i = 0; i < ops; ++i) {
            const QString error = step();
            if (!error.isEmpty())
                return error;
        }
        return {};
    }

    /// Every movement this device recorded (its own record, kept apart from any store).
    const QStringList &recorded() const { return m_recorded; }

    QString createProduct(const QString &sku)
    {
        core::Product p;
        p.sku = sku;
        p.name = QStringLiteral("New %1 from %2").arg(sku, m_device.deviceId);
        auto added = m_device.store->addProduct(p);
        if (!added)
            return QStringLiteral("addProduct %1: %2").arg(sku, added.error().message);
        m_log << QStringLiteral("%1 creates %2").arg(m_device.deviceId, sku);
        return receipt(added->id);
    }

private:
    core::TenantStore &store() { return *m_device.store; }

    QList<core::Product> liveProducts()
    {
        QList<core::Product> out;
        for (const core::Product &p : store().products(false)) {
            if (p.mergedInto.isNull())
                out << p;
        }
        return out;
    }

    Quantity randomQuantity(int maxUnits)
    {
        // Whole units most of the time, milli-units sometimes.
        const qint64 units = 1 + m_rng.bounded(maxUnits);
        return Quantity::fromMilli(m_rng.bounded(4) == 0 ? units * 1000 + m_rng.bounded(1000) : units * 1000);
    }

    QString record(const QUuid &product, const QUuid &location, MovementKind kind, Quantity quantity)
    {
        core::MovementDraft d;
        d.productId = product;
        d.locationId = location;
        d.kind = kind;
        d.quantity = quantity;
        d.reference = QStringLiteral("r%1").arg(m_rng.bounded(1000));
        auto recorded = store().recordMovement(d);
        if (!recorded)
            return QStringLiteral("%1 %2: %3")
                .arg(core::movementKindToString(kind), quantity.toString(), recorded.error().message);
        note({*recorded});
        return {};
    }

    QString receipt(const QUuid &product)
    {
        const QList<core::Location> locations = store().locations();
        return record(product, locations.at(int(m_rng.bounded(qsizetype(locations.size())))).id, MovementKind::Receipt,
                      randomQuantity(20));
    }

    QString step()
    {
        const QList<core::Product> products = liveProducts();
        const QList<core::Location> locations = store().locations();
        if (products.isEmpty() || locations.size() < 2)
            return QStringLiteral("no catalog to work on");
        const core::Product &product = products.at(int(m_rng.bounded(qsizetype(products.size()))));
        const QUuid location = locations.at(int(m_rng.bounded(qsizetype(locations.size())))).id;
        const int pick = int(m_rng.bounded(100));
        if (pick < 20)
            return record(product.id, location, MovementKind::Receipt, randomQuantity(20));
        if (pick < 35)
            return record(product.id, location, MovementKind::Issue, randomQuantity(8));
        if (pick < 42) {
            Quantity q = randomQuantity(5);
            if (m_rng.bounded(2))
                q = -q;
            return record(product.id, location, MovementKind::Adjustment, q);
        }
        if (pick < 47)
            return record(product.id, location, MovementKind::Loss, randomQuantity(3));
        if (pick < 52)
            return record(product.id, location, MovementKind::Return, randomQuantity(4));
        if (pick < 62) {
            QUuid to = location;
            while (to == location)
                to = locations.at(int(m_rng.bounded(qsizetype(locations.size())))).id;
            auto moved = store().recordTransfer(product.id, location, to, randomQuantity(5));
            if (!moved)
                return QStringLiteral("transfer: ") + moved.error().message;
            note(*moved);
            return {};
        }
        if (pick < 70) {
            const Quantity counted = Quantity::fromMilli(qint64(m_rng.bounded(30)) * 1000);
            return record(product.id, location, MovementKind::Count, counted);
        }
        if (pick < 80) {
            // Reverse a movement this device knows (its own or pulled). A reversal, or one
            // reversed already here, is refused with a clear code; anything else is a failure.
            const QList<core::Movement> movements = allMovements(store());
            if (movements.isEmpty())
                return {};
            const core::Movement &target = movements.at(int(m_rng.bounded(qsizetype(movements.size()))));
            auto reversed = store().reverseMovement(target.id, QStringLiteral("test reversal"));
            if (!reversed && reversed.error().code != u"cannot_reverse_reversal"
                && reversed.error().code != u"already_reversed")
                return QStringLiteral("reverse: %1 %2").arg(reversed.error().code, reversed.error().message);
            if (reversed)
                note(*reversed);
            return {};
        }
        if (pick < 97) {
            // Concurrent catalog edits: every device edits the first products, field by field.
            const core::Product &shared = products.at(int(m_rng.bounded(qsizetype(qMin(products.size(), 3)))));
            core::Product edited = shared;
            switch (m_rng.bounded(6)) {
            case 4: {
                // A supplier (new now and then) becomes the preferred one: the product points at it.
                QList<core::Supplier> suppliers = store().suppliers();
                if (suppliers.isEmpty() || m_rng.bounded(3) == 0) {
                    core::Supplier supplier;
                    supplier.name = QStringLiteral("Supplier %1 of %2").arg(++m_created).arg(m_device.deviceId);
                    auto added = store().addSupplier(supplier);
                    if (!added)
                        return QStringLiteral("addSupplier: ") + added.error().message;
                    suppliers << *added;
                }
                edited.preferredSupplierId = suppliers.at(int(m_rng.bounded(qsizetype(suppliers.size())))).id;
                break;
            }
            case 5: {
                // A location renamed (its company's prefix kept).
                core::Location renamed = locations.at(int(m_rng.bounded(qsizetype(locations.size()))));
                renamed.name = renamed.name.left(1) + QStringLiteral(" location renamed %1").arg(m_rng.bounded(1000));
                auto updated = store().updateLocation(renamed);
                return updated ? QString() : QStringLiteral("updateLocation: ") + updated.error().message;
            }
            case 0:
                edited.name = QStringLiteral("Name %1 by %2").arg(m_rng.bounded(1000)).arg(m_device.deviceId);
                break;
            case 1:
                edited.category = QStringLiteral("Cat %1").arg(m_rng.bounded(10));
                break;
            case 2:
                edited.reorderPoint = Quantity::fromMilli(qint64(m_rng.bounded(20)) * 1000);
                break;
            default:
                edited.barcodes =
                    QStringList{QStringLiteral("2%1").arg(m_rng.bounded(1000000), 11, 10, QLatin1Char('0'))};
                break;
            }
            auto updated = store().updateProduct(edited);
            if (!updated && updated.error().code != u"barcode_taken")
                return QStringLiteral("updateProduct: %1 %2").arg(updated.error().code, updated.error().message);
            return {};
        }
        return createProduct(QStringLiteral("%1-N%2").arg(m_device.deviceId.toUpper()).arg(++m_created));
    }

    void note(const QList<core::Movement> &movements)
    {
        for (const core::Movement &m : movements)
            m_recorded << core::uuidToText(m.id);
    }

    TestDevice &m_device;
    QRandomGenerator &m_rng;
    QStringList &m_log;
    int m_created = 0;
    QStringList m_recorded;
};

QList<quint64> seedsFromEnvironment()
{
    bool ok = false;
    const quint64 one = qEnvironmentVariable("DEPOT_CONVERGENCE_SEED").toULongLong(&ok);
    if (ok)
        return {one};
    int count = qEnvironmentVariableIntValue("DEPOT_CONVERGENCE_SEEDS", &ok);
    if (!ok || count <= 0)
        count = 20;
    QList<quint64> seeds;
    for (int i = 1; i <= count; ++i)
        seeds << quint64(i);
    return seeds;
}

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    std::unique_ptr<FaultProxy> m_proxy;
    quint64 m_seed = 0;
    int m_totalFaults = 0;
    int m_engineRetries = 0;
    QHash<FaultProxy::Fault, int> m_faultsByKind;

    std::unique_ptr<TestDevice> device(const TestCompany &c, const QString &id)
    {
        auto dev = std::make_unique<TestDevice>();
        if (!dev->open(id))
            return {};
        dev->attach(ownerAccount(d, c, id, m_proxy->port()));
        dev->engine->setRetryPolicy({5, 40, 6});
        connect(dev->engine.get(), &sync::SyncEngine::retryScheduled, this, [this] { ++m_engineRetries; });
        dev->engine->setBatchSize(7); // several push requests per sync, so faults land between them
        dev->engine->setPageSize(11);
        m_proxy->setFaultsEnabled(false);
        const bool ok = dev->login(QLatin1String(Deployment::kPassword));
        m_proxy->setFaultsEnabled(true);
        if (!ok) {
            qWarning() << dev->errors;
            return {};
        }
        return dev;
    }

    /// Shared catalog set up by the first device: three locations and three products.
    static bool setUpCatalog(TestDevice &device, const QString &prefix)
    {
        for (const char *code : {"W1", "W2", "S1"}) {
            core::Location l;
            l.code = QString::fromLatin1(code);
            l.name = prefix + QStringLiteral(" location ") + l.code;
            if (!device.store->addLocation(l))
                return false;
        }
        for (const char *sku : {"RICE", "OIL", "SOAP"}) {
            core::Product p;
            p.sku = QString::fromLatin1(sku);
            p.name = prefix + u' ' + p.sku;
            if (!device.store->addProduct(p))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Thousands of requests: the engine's per-request debug lines would hit QtTest's message
        // limit and hide the per-seed summaries.
        QLoggingCategory::setFilterRules(QStringLiteral("depot.sync.debug=false\ndepot.sync.info=false"));
        QString error;
        QVERIFY2(d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-rate-per-s"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-burst"), QStringLiteral("100000")},
                         &error),
                 qPrintable(error));
        m_proxy = std::make_unique<FaultProxy>(d.server.port());
        QVERIFY2(m_proxy->listen(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        qInfo() << "faults injected over all seeds:" << m_totalFaults;
        m_proxy.reset();
        d.server.stop();
        d.stop();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << QStringLiteral("FAILED with seed %1; replay with DEPOT_CONVERGENCE_SEED=%1 "
                                                   "DEPOT_TEST_BACKEND=%2")
                                        .arg(m_seed)
                                        .arg(d.backend);
    }

    void converges_data()
    {
        QTest::addColumn<quint64>("seed");
        for (const quint64 seed : seedsFromEnvironment())
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void converges()
    {
        QFETCH(quint64, seed);
        m_seed = seed;
        QRandomGenerator rng{quint32(seed)};
        FaultProxy::Options faults;
        faults.seed = seed;
        faults.faultPercent = 12;
        faults.maxFaults = 30;
        m_proxy->setOptions(faults);
        QStringList log;

        const TestCompany a = signUpCompany(d, QStringLiteral("conv-a"));
        const TestCompany b = signUpCompany(d, QStringLiteral("conv-b"));
        QVERIFY(!a.slug.isEmpty() && !b.slug.isEmpty());
        const QString tag = QStringLiteral("s%1").arg(seed);
        auto a1 = device(a, tag + QStringLiteral("-a1"));
        auto a2 = device(a, tag + QStringLiteral("-a2"));
        auto a3 = device(a, tag + QStringLiteral("-a3"));
        auto b1 = device(b, tag + QStringLiteral("-b1"));
        QVERIFY(a1 && a2 && a3 && b1);
        const QList<TestDevice *> aDevices{a1.get(), a2.get(), a3.get()};
        const QList<TestDevice *> everyone{a1.get(), a2.get(), a3.get(), b1.get()};

        // The starting catalog, shared without faults. B uses the same codes and SKUs as A: the
        // natural keys of two companies never collide.
        QVERIFY(setUpCatalog(*a1, QStringLiteral("A")));
        QVERIFY(setUpCatalog(*b1, QStringLiteral("B")));
        m_proxy->setFaultsEnabled(false);
        for (TestDevice *dev : everyone)
            QVERIFY2(dev->sync(), qPrintable(dev->errors.join(u'\n')));
        m_proxy->setFaultsEnabled(true);
        QCOMPARE(a3->store->products().size(), 3);

        std::map<TestDevice *, std::unique_ptr<Worker>> workers;
        for (TestDevice *dev : everyone)
            workers[dev] = std::make_unique<Worker>(*dev, rng, log);

        int failedSyncs = 0;
        for (int round = 1; round <= kRounds; ++round) {
            // The same new SKU created offline on two A devices: the server merges them.
            const QString sku = QStringLiteral("SAME-%1").arg(round);
            const int first = int(rng.bounded(3));
            const int second = (first + 1 + int(rng.bounded(2))) % 3;
            QCOMPARE(workers[aDevices[first]]->createProduct(sku), QString());
            QCOMPARE(workers[aDevices[second]]->createProduct(sku), QString());
            QList<TestDevice *> order = everyone;
            std::shuffle(order.begin(), order.end(), rng);
            for (TestDevice *dev : order) {
                const QString error = workers[dev]->work(15 + int(rng.bounded(16)));
                QVERIFY2(error.isEmpty(), qPrintable(dev->deviceId + u' ' + error));
                // Sync now, or later in the round (offline for a while).
                if (rng.bounded(3) != 0 && !dev->sync())
                    ++failedSyncs;
            }
            std::shuffle(order.begin(), order.end(), rng);
            for (TestDevice *dev : order) {
                if (rng.bounded(2) && !dev->sync())
                    ++failedSyncs;
                const QString problem = checkStore(*dev->store, false);
                if (!problem.isEmpty() && qEnvironmentVariableIsSet("DEPOT_CONVERGENCE_DEBUG")) {
                    for (const QString &line : log)
                        qWarning().noquote() << "LOG" << line;
                    QList<core::Movement> ms = allMovements(*dev->store);
                    std::sort(ms.begin(), ms.end(), [](const auto &x, const auto &y) { return x.hlc < y.hlc; });
                    for (const core::Movement &m : ms) {
                        const auto mp = dev->store->productById(m.productId);
                        if (problem.contains(core::uuidToText(m.productId))
                            || problem.contains(core::uuidToText(mp->mergedInto)))
                            qWarning().noquote()
                                << "MOVE" << m.hlc.toString() << core::uuidToText(m.id)
                                << core::movementKindToString(m.kind) << m.quantity.toString() << "prod"
                                << core::uuidToText(m.productId) << "merged_into" << core::uuidToText(mp->mergedInto)
                                << "loc" << core::uuidToText(m.locationId) << "rev" << core::uuidToText(m.reversesId)
                                << "dev" << m.deviceId;
                    }
                }
                QVERIFY2(problem.isEmpty(), qPrintable(dev->deviceId + u' ' + problem));
            }
        }
        m_totalFaults += m_proxy->faultsInjected();
        for (const FaultProxy::Fault kind : {FaultProxy::Fault::DropBeforeForward, FaultProxy::Fault::Delay,
                                             FaultProxy::Fault::CutResponse, FaultProxy::Fault::DropResponse})
            m_faultsByKind[kind] += m_proxy->injected(kind);
        qInfo().noquote() << QStringLiteral("seed %1: %2 connections, %3 faults (drop %4, delay %5, cut %6, "
                                            "drop-after-commit %7), %8 syncs failed before the final ones, %9 engine "
                                            "retries so far")
                                 .arg(seed)
                                 .arg(m_proxy->connections())
                                 .arg(m_proxy->faultsInjected())
                                 .arg(m_proxy->injected(FaultProxy::Fault::DropBeforeForward))
                                 .arg(m_proxy->injected(FaultProxy::Fault::Delay))
                                 .arg(m_proxy->injected(FaultProxy::Fault::CutResponse))
                                 .arg(m_proxy->injected(FaultProxy::Fault::DropResponse))
                                 .arg(failedSyncs)
                                 .arg(m_engineRetries);

        // Clean final syncs: everybody pushes, then everybody pulls what the others pushed.
        m_proxy->setFaultsEnabled(false);
        for (int pass = 0; pass < 2; ++pass) {
            for (TestDevice *dev : everyone) {
                dev->errors.clear();
                QVERIFY2(dev->sync(), qPrintable(dev->deviceId + u' ' + dev->errors.join(u'\n')));
            }
        }

        // Every device is sound: integrity, ids unique, balances = recompute, empty outbox, and
        // the server refused nothing (every device acts as the company's owner).
        for (TestDevice *dev : everyone) {
            const QString problem = checkStore(*dev->store, true);
            QVERIFY2(problem.isEmpty(), qPrintable(dev->deviceId + u' ' + problem));
            QStringList rejected;
            for (const core::SyncRejection &r : dev->store->rejections())
                rejected
                    << QStringLiteral("%1 %2: %3 %4").arg(r.entity, core::uuidToText(r.entityId), r.code, r.message);
            QVERIFY2(rejected.isEmpty(),
                     qPrintable(dev->deviceId + QStringLiteral(" rejected:\n") + rejected.join(u'\n')));
        }

        // Every movement a worker recorded, by its own count kept outside any store: exactly once
        // on the server and on every device of its company, and nothing else there.
        const auto recordedBy = [&workers](const QList<TestDevice *> &devices) {
            QHash<QString, int> ids;
            for (TestDevice *dev : devices) {
                for (const QString &id : workers[dev]->recorded())
                    ++ids[id];
            }
            return ids;
        };
        const auto checkExactlyOnce = [](const QHash<QString, int> &recorded, const QStringList &held,
                                         const QString &where) -> QString {
            QHash<QString, int> count;
            for (const QString &id : held)
                ++count[id];
            for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
                if (it.value() != 1)
                    return QStringLiteral("%1 recorded %2 times").arg(it.key()).arg(it.value());
                if (count.value(it.key()) != 1)
                    return QStringLiteral("%1: %2 held %3 times").arg(where, it.key()).arg(count.value(it.key()));
            }
            for (auto it = count.cbegin(); it != count.cend(); ++it) {
                if (!recorded.contains(it.key()))
                    return QStringLiteral("%1 holds %2, which no worker of its company recorded").arg(where, it.key());
            }
            return {};
        };
        const QHash<QString, int> recordedA = recordedBy(aDevices);
        const QHash<QString, int> recordedB = recordedBy({b1.get()});
        QVERIFY(!recordedA.isEmpty() && !recordedB.isEmpty());
        {
            const ServerView server = readServer(*d.http, a1->engine->account().accessToken);
            QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
            const QString problem = checkExactlyOnce(recordedA, server.movementIds, QStringLiteral("server A"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const ServerView serverOfB = readServer(*d.http, b1->engine->account().accessToken);
            QVERIFY2(serverOfB.error.isEmpty(), qPrintable(serverOfB.error));
            const QString problemB = checkExactlyOnce(recordedB, serverOfB.movementIds, QStringLiteral("server B"));
            QVERIFY2(problemB.isEmpty(), qPrintable(problemB));
        }
        for (TestDevice *dev : everyone) {
            QStringList held;
            for (const core::Movement &m : allMovements(*dev->store))
                held << core::uuidToText(m.id);
            const QString problem = checkExactlyOnce(dev == b1.get() ? recordedB : recordedA, held, dev->deviceId);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // The server's catalog (products with their SKUs and merges, locations, suppliers) is
        // every device's.
        for (TestDevice *dev : everyone) {
            QString error;
            const QStringList server = serverCatalogLines(*d.http, dev->engine->account().accessToken, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QStringList local = catalogLines(*dev->store);
            if (server != local) {
                for (const QString &line : server)
                    if (!local.contains(line))
                        qWarning().noquote() << "server only:" << line;
                for (const QString &line : local)
                    if (!server.contains(line))
                        qWarning().noquote() << dev->deviceId << "only:" << line;
            }
            QVERIFY2(server == local,
                     qPrintable(dev->deviceId + QStringLiteral(": catalog differs from the server's")));
        }

        // A: the three devices and the server agree.
        const ServerView serverA = readServer(*d.http, a1->engine->account().accessToken);
        QVERIFY2(serverA.error.isEmpty(), qPrintable(serverA.error));
        const QSet<QString> serverIds(serverA.movementIds.begin(), serverA.movementIds.end());
        QCOMPARE(serverIds.size(), serverA.movementIds.size()); // exactly once on the server
        for (qsizetype i = 1; i < serverA.sequences.size(); ++i)
            QVERIFY(serverA.sequences.at(i) > serverA.sequences.at(i - 1));
        const QStringList catalogA = catalogLines(*a1->store);
        for (TestDevice *dev : aDevices) {
            QSet<QString> ids;
            for (const core::Movement &m : allMovements(*dev->store)) {
                ids.insert(core::uuidToText(m.id));
                QVERIFY2(m.serverSeq > 0, qPrintable(dev->deviceId + QStringLiteral(" movement without server seq")));
            }
            QCOMPARE(ids.size(), serverIds.size());
            QCOMPARE(ids, serverIds);
            const QString diff =
                diffStock(stockOf(dev->store->balances()), serverA.stock, dev->deviceId, QStringLiteral("server"));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(catalogLines(*dev->store), catalogA);
        }
        // Both SKU collisions were merged: one live product per SKU on every device.
        for (TestDevice *dev : aDevices) {
            for (int round = 1; round <= kRounds; ++round) {
                int live = 0;
                for (const core::Product &p : dev->store->products(true)) {
                    if (p.sku == QStringLiteral("SAME-%1").arg(round) && p.mergedInto.isNull())
                        ++live;
                }
                QVERIFY2(
                    live == 1,
                    qPrintable(QStringLiteral("%1: %2 live products SAME-%3").arg(dev->deviceId).arg(live).arg(round)));
            }
        }

        // B: its device and the server agree, and the two companies share nothing.
        const ServerView serverB = readServer(*d.http, b1->engine->account().accessToken);
        QVERIFY2(serverB.error.isEmpty(), qPrintable(serverB.error));
        QSet<QString> bIds;
        for (const core::Movement &m : allMovements(*b1->store))
            bIds.insert(core::uuidToText(m.id));
        QCOMPARE(bIds, QSet<QString>(serverB.movementIds.begin(), serverB.movementIds.end()));
        const QString diffB =
            diffStock(stockOf(b1->store->balances()), serverB.stock, QStringLiteral("b1"), QStringLiteral("server"));
        QVERIFY2(diffB.isEmpty(), qPrintable(diffB));
        QVERIFY(!bIds.isEmpty());
        QVERIFY(!bIds.intersects(serverIds));
        QStringList bProducts;
        for (const core::Product &p : b1->store->products(true))
            bProducts << core::uuidToText(p.id);
        for (const QString &line : catalogA)
            QVERIFY2(!bProducts.contains(line.section(u' ', 0, 0)), qPrintable(line));
        for (const core::Product &p : b1->store->products(true))
            QVERIFY2(!p.sku.startsWith(QLatin1String("SAME-")) && !p.name.startsWith(u'A'), qPrintable(p.sku));
        for (const core::Location &l : b1->store->locations(true))
            QVERIFY2(l.name.startsWith(u'B'), qPrintable(l.name));
        for (TestDevice *dev : aDevices) {
            for (const core::Location &l : dev->store->locations(true))
                QVERIFY2(l.name.startsWith(u'A'), qPrintable(l.name));
        }
    }

    void faultsReachedTheEngine()
    {
        // The run proved something only if every kind of fault happened and some were bad enough
        // for the engine itself to see them (Qt resends a request on a dropped connection).
        if (seedsFromEnvironment().size() < 5)
            QSKIP("needs at least 5 seeds");
        for (auto it = m_faultsByKind.cbegin(); it != m_faultsByKind.cend(); ++it)
            QVERIFY2(it.value() > 0, qPrintable(FaultProxy::faultName(it.key())));
        QCOMPARE(m_faultsByKind.size(), 4);
        QVERIFY(m_engineRetries > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
