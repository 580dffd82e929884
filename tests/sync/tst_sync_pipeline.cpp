// Push batches in flight together (SyncEngine::setPushConcurrency). Two requests on two
// connections may reach the server in either order, so what the engine overlaps must not depend on
// each other: catalog records created offline before the movements that use them, and movements
// before their reversals. Through FaultProxy delaying requests at random, everything must be
// accepted and another device must pull it all in an order it can apply. Runs on the backend of
// DEPOT_TEST_BACKEND.
#include "deployment.h"
#include "faultproxy.h"
#include "syncfixture.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace depot;
using namespace depot::server::test;
using namespace depot::sync::test;
using core::MovementKind;
using core::Quantity;

namespace {

core::MovementDraft draft(const QUuid &product, const QUuid &location, MovementKind kind, qint64 units)
{
    core::MovementDraft d;
    d.productId = product;
    d.locationId = location;
    d.kind = kind;
    d.quantity = Quantity::fromMilli(units * 1000);
    return d;
}

QStringList rejectionLines(const core::TenantStore &store)
{
    QStringList lines;
    for (const core::SyncRejection &r : store.rejections())
        lines << QStringLiteral("%1 %2: %3 %4").arg(r.entity, core::uuidToText(r.entityId), r.code, r.message);
    return lines;
}

} // namespace

class TestSyncPipeline : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    std::unique_ptr<FaultProxy> m_proxy;

    /// A device of `c` signed in, talking to the server through the proxy (`viaProxy`) or directly.
    std::unique_ptr<TestDevice> device(const TestCompany &c, const QString &id, bool viaProxy)
    {
        return signedInDevice(ownerAccount(d, c, id, viaProxy ? m_proxy->port() : d.server.port()));
    }

    /// Arms the proxy to hold every request back by a random 5 to 60 ms once faults are enabled.
    void delayEveryRequest(quint64 seed)
    {
        FaultProxy::Options delays;
        delays.seed = seed;
        delays.faultPercent = 100;
        delays.maxFaults = 100000;
        delays.kinds = {FaultProxy::Fault::Delay};
        m_proxy->setOptions(delays);
        m_proxy->setFaultsEnabled(false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("depot.sync.debug=false\ndepot.sync.info=false"));
        QString error;
        QVERIFY2(d.start({QStringLiteral("--tenant-rate-per-s"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-burst"), QStringLiteral("100000")},
                         &error),
                 qPrintable(error));
        m_proxy = std::make_unique<FaultProxy>(d.server.port());
        QVERIFY2(m_proxy->listen(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        d.server.stop();
        d.stop();
    }

    void offlineCatalogAndReversalsStayInOrder_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 3; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void offlineCatalogAndReversalsStayInOrder()
    {
        // Offline: a supplier, locations and products (some pointing at the supplier), then many
        // movements on the new products and reversals of some of them, all in one outbox window.
        // Small batches make the catalog span several requests and put originals and their
        // reversals in different batches; the proxy holds every request back by a random 5 to
        // 60 ms, so batches in flight together reach the server in random order.
        QFETCH(quint64, seed);
        delayEveryRequest(seed);
        const TestCompany c = signUpCompany(d, QStringLiteral("pipe"));
        QVERIFY(!c.slug.isEmpty());
        auto a = device(c, QStringLiteral("pipe-a-%1").arg(seed), true);
        auto b = device(c, QStringLiteral("pipe-b-%1").arg(seed), false);
        QVERIFY(a && b);
        a->engine->setBatchSize(5);
        b->engine->setPageSize(13);

        core::Supplier supplier;
        supplier.name = QStringLiteral("Offline supplier");
        supplier = a->store->addSupplier(supplier).value();
        QList<core::Location> locations;
        for (int i = 0; i < 3; ++i) {
            core::Location l;
            l.code = QStringLiteral("P%1").arg(i);
            l.name = QStringLiteral("Pipeline location %1").arg(i);
            locations << a->store->addLocation(l).value();
        }
        QList<core::Product> products;
        for (int i = 0; i < 12; ++i) {
            core::Product p;
            p.sku = QStringLiteral("PIPE-%1-%2").arg(seed).arg(i);
            p.name = QStringLiteral("Pipeline product %1").arg(i);
            if (i % 3 == 0)
                p.preferredSupplierId = supplier.id;
            products << a->store->addProduct(p).value();
        }
        QRandomGenerator rng{quint32(seed)};
        QList<QUuid> toReverse;
        for (int i = 0; i < 150; ++i) {
            const core::Product &p = products.at(int(rng.bounded(products.size())));
            const core::Location &l = locations.at(int(rng.bounded(locations.size())));
            const bool receipt = rng.bounded(3) != 0;
            auto m = a->store->recordMovement(
                draft(p.id, l.id, receipt ? MovementKind::Receipt : MovementKind::Issue, receipt ? 5 : 1));
            QVERIFY(m.ok());
            if (i % 10 == 3)
                toReverse << m->id;
            if (i % 10 == 9) {
                // Reverse one recorded a few batches earlier: it may still be in flight.
                QVERIFY(a->store->reverseMovement(toReverse.takeFirst(), QStringLiteral("mistake")).ok());
            }
        }
        const int pending = int(a->store->pendingOutboxCount());
        QCOMPARE(pending, 1 + 3 + 12 + 150 + 15);

        QSignalSpy progress(a->engine.get(), &sync::SyncEngine::progress);
        m_proxy->setFaultsEnabled(true);
        const int delaysBefore = m_proxy->injected(FaultProxy::Fault::Delay);
        const bool synced = a->sync();
        m_proxy->setFaultsEnabled(false);
        QVERIFY2(synced, qPrintable(a->errors.join(u'\n')));
        QVERIFY(m_proxy->injected(FaultProxy::Fault::Delay) - delaysBefore >= pending / 5);
        const QStringList rejected = rejectionLines(*a->store);
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.join(u'\n')));
        QCOMPARE(a->engine->stats().rejected, 0);
        QCOMPARE(a->engine->stats().accepted, pending);
        QCOMPARE(a->store->pendingOutboxCount(), 0);
        QVERIFY(a->engine->stats().maxPushesInFlight >= 2); // the movements did overlap
        QVERIFY(a->engine->stats().maxPushesInFlight <= 4); // the default pipeline
        int done = -1;
        for (const auto &args : std::as_const(progress)) {
            if (args.at(2).toString() != u"push")
                continue;
            QVERIFY(args.at(0).toInt() >= done);
            done = args.at(0).toInt();
        }
        QCOMPARE(done, pending);

        // Another device pulls it all in server order: every product before its movements, every
        // movement before its reversal (else its page is refused and its sync stops).
        QVERIFY2(b->sync(), qPrintable(b->errors.join(u'\n')));
        QCOMPARE(b->store->movementCount(), 165);
        QCOMPARE(checkStore(*b->store, true), QString());
        QCOMPARE(stockOf(b->store->balances()), stockOf(a->store->balances()));
        QCOMPARE(catalogLines(*b->store), catalogLines(*a->store));
        const ServerView server = readServer(*d.http, a->engine->account().accessToken);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        QCOMPARE(server.movementIds.size(), 165);
        QCOMPARE(server.stock, stockOf(a->store->balances()));
    }

    void pullPagesAskedForAheadAreAppliedInOrder()
    {
        // A pull asks for pages ahead at the cursors they would start at if the sequence had no
        // gap. Catalog edits leave gaps (an edited record moves to a new sequence), so some of those
        // guesses are wrong and dropped; through the proxy's random delays pages also arrive out of
        // order. Whatever the depth, the device ends with exactly the server's log and catalog.
        delayEveryRequest(7);
        const TestCompany c = signUpCompany(d, QStringLiteral("ahead"));
        QVERIFY(!c.slug.isEmpty());
        auto a = device(c, QStringLiteral("ahead-a"), false);
        QVERIFY(a);
        core::Location l;
        l.code = QStringLiteral("A");
        l.name = QStringLiteral("Ahead");
        l = a->store->addLocation(l).value();
        QList<core::Product> products;
        for (int i = 0; i < 3; ++i) {
            core::Product p;
            p.sku = QStringLiteral("AHEAD-%1").arg(i);
            p.name = QStringLiteral("Ahead %1").arg(i);
            products << a->store->addProduct(p).value();
        }
        const auto recordAndSync = [&](int movements) {
            for (int i = 0; i < movements; ++i)
                QVERIFY(a->store->recordMovement(draft(products.at(i % 3).id, l.id, MovementKind::Receipt, 1)).ok());
            QVERIFY2(a->sync(), qPrintable(a->errors.join(u'\n')));
        };
        recordAndSync(300); // sequences 1 to 304, no gap

        const auto pullAll = [&](const QString &id, int ahead, bool viaProxy) -> std::unique_ptr<TestDevice> {
            auto b = device(c, id, viaProxy);
            if (!b)
                return nullptr;
            b->engine->setPageSize(20);
            b->engine->setPullPagesAhead(ahead);
            m_proxy->setFaultsEnabled(viaProxy);
            const bool synced = b->sync();
            m_proxy->setFaultsEnabled(false);
            if (!synced) {
                qWarning().noquote() << b->errors.join(u'\n');
                return nullptr;
            }
            return b;
        };
        // No gap: every guess is right, nothing is dropped, and pages were in flight together.
        auto dense = pullAll(QStringLiteral("ahead-dense"), 3, false);
        QVERIFY(dense);
        QCOMPARE(dense->store->movementCount(), 300);
        QCOMPARE(dense->engine->stats().pagesDiscarded, 0);
        QCOMPARE(dense->engine->stats().maxPagesInFlight, 4);
        {
            const ServerView before = readServer(*d.http, a->engine->account().accessToken);
            QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
            // One page per 20 sequences (and an empty one after a full last page), none twice.
            QCOMPARE(dense->engine->stats().pages, int(before.sequences.last() / 20 + 1));
        }

        // Gaps: each round edits a product, whose earlier sequence (amid the log) goes empty.
        for (int round = 0; round < 6; ++round) {
            core::Product edited = *a->store->productById(products.at(round % 3).id);
            edited.name = QStringLiteral("Ahead %1, edit %2").arg(round % 3).arg(round);
            QVERIFY(a->store->updateProduct(edited).ok());
            recordAndSync(40);
        }
        const ServerView server = readServer(*d.http, a->engine->account().accessToken);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        QCOMPARE(server.movementIds.size(), 540);

        for (const int ahead : {0, 1, 4}) {
            auto b = pullAll(QStringLiteral("ahead-gaps-%1").arg(ahead), ahead, true);
            QVERIFY(b);
            const sync::SyncEngine::Stats stats = b->engine->stats();
            QCOMPARE(b->store->movementCount(), 540);
            QCOMPARE(checkStore(*b->store, true), QString());
            QCOMPARE(stockOf(b->store->balances()), server.stock);
            QCOMPARE(stockOf(b->store->balances()), stockOf(a->store->balances()));
            QCOMPARE(catalogLines(*b->store), catalogLines(*a->store));
            QCOMPARE(stats.maxPagesInFlight, ahead + 1);
            if (ahead == 0)
                QCOMPARE(stats.pagesDiscarded, 0);
            else
                QVERIFY2(stats.pagesDiscarded > 0, "the gaps should have made some guesses wrong");
            // Nothing to pull the second time, and nothing asked for ahead of nothing.
            QVERIFY2(b->sync(), qPrintable(b->errors.join(u'\n')));
            QCOMPARE(b->engine->stats().pulledMovements, 0);
            QCOMPARE(b->engine->stats().pagesDiscarded, 0);
        }
    }

    void batchesAreInFlightTogetherOnALargePush()
    {
        // A push of many movement batches keeps four in flight (the default), or fewer when asked;
        // the outcome is the same either way.
        const TestCompany c = signUpCompany(d, QStringLiteral("pipe"));
        QVERIFY(!c.slug.isEmpty());
        auto a = device(c, QStringLiteral("pipe-large-a"), false);
        QVERIFY(a);
        core::Location l;
        l.code = QStringLiteral("L");
        l.name = QStringLiteral("Large");
        l = a->store->addLocation(l).value();
        core::Product p;
        p.sku = QStringLiteral("LARGE");
        p.name = QStringLiteral("Large");
        p = a->store->addProduct(p).value();
        QVERIFY(a->sync());
        QCOMPARE(a->engine->stats().maxPushesInFlight, 1); // a catalog batch goes alone

        for (const int concurrency : {4, 3, 1}) {
            for (int i = 0; i < 2000; ++i)
                QVERIFY(a->store->recordMovement(draft(p.id, l.id, MovementKind::Receipt, 1)).ok());
            a->engine->setBatchSize(100);
            a->engine->setPushConcurrency(concurrency);
            QSignalSpy progress(a->engine.get(), &sync::SyncEngine::progress);
            QVERIFY2(a->sync(), qPrintable(a->errors.join(u'\n')));
            QCOMPARE(a->engine->stats().maxPushesInFlight, concurrency);
            QCOMPARE(a->engine->stats().accepted, 2000);
            QCOMPARE(a->store->pendingOutboxCount(), 0);
            int done = -1;
            for (const auto &args : std::as_const(progress)) {
                if (args.at(2).toString() == u"push") {
                    QVERIFY(args.at(0).toInt() >= done);
                    done = args.at(0).toInt();
                }
            }
            QCOMPARE(done, 2000);
        }
        QCOMPARE(a->store->balance(p.id, l.id), Quantity::fromMilli(6000 * 1000));
        const ServerView server = readServer(*d.http, a->engine->account().accessToken);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        QCOMPARE(server.movementIds.size(), 6000);
    }
};

QTEST_GUILESS_MAIN(TestSyncPipeline)
#include "tst_sync_pipeline.moc"
