// Crashes during sync lose and double nothing. A device process (sync_crash_child) pushing, and
// separately pulling, is killed with SIGKILL at seeded random points, several times; the server is
// killed with SIGKILL in the middle of large push batches and restarted on the same database. After
// a restart and a final sync: every movement exactly once on the device and on the server, the same
// stock, balances equal their recompute, PRAGMA integrity_check ok. Runs on DEPOT_TEST_BACKEND.
#include "deployment.h"
#include "faultproxy.h"
#include "syncfixture.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <signal.h>

using namespace depot;
using namespace depot::server::test;
using namespace depot::sync::test;
using core::MovementKind;
using core::Quantity;

namespace {

constexpr quint32 kSeed = 20261122;

struct ChildRun
{
    bool killed = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
    qint64 firstRequestMs = -1; ///< when its first request reached the proxy
    QByteArray err;
};

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    QStringList m_serverArgs{QStringLiteral("--signups-per-ip"),        QStringLiteral("100000"),
                             QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000"),
                             QStringLiteral("--tenant-rate-per-s"),     QStringLiteral("100000"),
                             QStringLiteral("--tenant-burst"),          QStringLiteral("100000")};
    /// A clean pipe in front of the server: devices keep one address while the server restarts.
    std::unique_ptr<FaultProxy> m_proxy;
    QRandomGenerator m_rng{kSeed};

    TestCompany newCompany() { return signUpCompany(d, QStringLiteral("crash")); }

    sync::Account accountFor(const TestCompany &c, const QString &deviceId) const
    {
        return ownerAccount(d, c, deviceId, m_proxy->port());
    }

    std::unique_ptr<TestDevice> signedIn(const TestCompany &c, const QString &id)
    {
        return signedInDevice(accountFor(c, id));
    }

    /// Whether the store file (closed) holds the mark of a pull that deferred its balances.
    static bool staleMark(const QString &path)
    {
        bool stale = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                stale = q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'balances_stale'")) && q.next();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return stale;
    }

    /// Reopens a device's store after a crash, with a fresh engine that keeps its access token.
    static bool reopen(TestDevice &dev, const sync::Account &account)
    {
        dev.close();
        if (!dev.open(dev.deviceId))
            return false;
        dev.attach(account);
        return true;
    }

    /// Runs the child on the device's store (closed meanwhile); kills it with SIGKILL `killAfterMs`
    /// after its first request reached the proxy (so the kill lands in its sync, not in its
    /// start-up), unless it ended before (-1: never).
    ChildRun runChild(TestDevice &dev, const sync::Account account, int killAfterMs, int batch, int page,
                      qint64 bulkMinimum = 0)
    {
        dev.close();
        ChildRun run;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        child.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        const auto firstRequest = connect(m_proxy.get(), &FaultProxy::requestForwarded, this, [&] {
            if (run.firstRequestMs < 0)
                run.firstRequestMs = timer.elapsed();
        });
        QStringList args{dev.storePath(),     dev.deviceId,           account.serverUrl.toString(),
                         account.tenant,      account.user,           account.pinnedSha256,
                         account.accessToken, QString::number(batch), QString::number(page)};
        if (bulkMinimum > 0)
            args << QString::number(bulkMinimum);
        child.start(QStringLiteral(SYNC_CRASH_CHILD), args);
        if (!child.waitForStarted(10000)) {
            disconnect(firstRequest);
            return run;
        }
        // The child talks to the server through the proxy, which lives in this thread: keep the
        // event loop running while it works.
        QDeadlineTimer deadline(120000);
        const auto due = [&] {
            return killAfterMs >= 0 && run.firstRequestMs >= 0 && timer.elapsed() - run.firstRequestMs >= killAfterMs;
        };
        while (child.state() != QProcess::NotRunning && !deadline.hasExpired() && !due()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            child.waitForFinished(1);
        }
        disconnect(firstRequest);
        if (child.state() != QProcess::NotRunning && child.processId() > 0) {
            ::kill(pid_t(child.processId()), SIGKILL);
            run.killed = true;
            child.waitForFinished(10000);
        }
        run.elapsedMs = timer.elapsed();
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        run.err = child.readAllStandardError();
        return run;
    }

    /// How long a full run worked after its first request.
    static qint64 workMs(const ChildRun &full)
    {
        return qMax<qint64>(1, full.elapsedMs - qMax<qint64>(0, full.firstRequestMs));
    }

    static core::Location location(const QString &code)
    {
        core::Location l;
        l.code = code;
        l.name = QStringLiteral("Location ") + code;
        return l;
    }

    static core::Product product(const QString &sku)
    {
        core::Product p;
        p.sku = sku;
        p.name = QStringLiteral("Product ") + sku;
        return p;
    }

    /// `n` random movements of several kinds on the store's catalog.
    QString recordMovements(core::TenantStore &store, int n)
    {
        const QList<core::Product> products = store.products();
        const QList<core::Location> locations = store.locations();
        for (int i = 0; i < n; ++i) {
            const QUuid p = products.at(int(m_rng.bounded(qsizetype(products.size())))).id;
            const int from = int(m_rng.bounded(qsizetype(locations.size())));
            const QUuid l = locations.at(from).id;
            const int pick = int(m_rng.bounded(10));
            if (pick == 0) {
                auto moved = store.recordTransfer(p, l, locations.at((from + 1) % locations.size()).id,
                                                  Quantity::fromMilli(1000 + m_rng.bounded(3000)));
                if (!moved)
                    return moved.error().message;
                continue;
            }
            core::MovementDraft draft;
            draft.productId = p;
            draft.locationId = l;
            draft.kind = pick < 5 ? MovementKind::Receipt : pick < 8 ? MovementKind::Issue : MovementKind::Count;
            draft.quantity = Quantity::fromMilli(qint64(1 + m_rng.bounded(20)) * 1000);
            auto recorded = store.recordMovement(draft);
            if (!recorded)
                return recorded.error().message;
        }
        return {};
    }

    /// The final guarantees: the device is sound with an empty outbox, and it and the server hold
    /// the same movements exactly once and the same stock.
    void verifyAgainstServer(TestDevice &dev, const QString &token)
    {
        const QString problem = checkStore(*dev.store, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(dev.store->rejections().isEmpty());
        const ServerView server = readServer(*d.http, token);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        const QSet<QString> serverIds(server.movementIds.begin(), server.movementIds.end());
        QCOMPARE(serverIds.size(), server.movementIds.size());
        QSet<QString> localIds;
        for (const core::Movement &m : allMovements(*dev.store)) {
            localIds.insert(core::uuidToText(m.id));
            QVERIFY(m.serverSeq > 0);
        }
        QCOMPARE(localIds.size(), serverIds.size());
        QCOMPARE(localIds, serverIds);
        const QString diff =
            diffStock(stockOf(dev.store->balances()), server.stock, dev.deviceId, QStringLiteral("server"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    /// SIGKILLs the server process (never pid 0: that would be this test's own process group).
    bool killServer()
    {
        const qint64 pid = d.server.pid();
        if (pid <= 0 || d.server.process().state() == QProcess::NotRunning)
            return false;
        return ::kill(pid_t(pid), SIGKILL) == 0;
    }

    /// SIGKILLs the server, and starts it again on the same database and data directory.
    bool restartServer(QString *error)
    {
        killServer();
        d.server.process().waitForFinished(10000);
        const QString fingerprint = d.server.fingerprint();
        if (!d.server.start(d.dbUrl, d.dataDir.path(), m_serverArgs, error))
            return false;
        if (d.server.fingerprint() != fingerprint) {
            *error = QStringLiteral("the restarted server has another certificate");
            return false;
        }
        m_proxy->setUpstreamPort(d.server.port());
        d.http = std::make_unique<HttpClient>(d.server.baseUrl(), d.server.fingerprint());
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Thousands of requests: the engine's per-request debug lines would hit QtTest's message
        // limit and hide the per-seed summaries.
        QLoggingCategory::setFilterRules(QStringLiteral("depot.sync.debug=false\ndepot.sync.info=false"));
        QString error;
        QVERIFY2(d.start(m_serverArgs, &error), qPrintable(error));
        m_proxy = std::make_unique<FaultProxy>(d.server.port());
        m_proxy->setFaultsEnabled(false);
        QVERIFY2(m_proxy->listen(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        d.server.stop();
        d.stop();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning() << "FAILED; the random points come from seed" << kSeed;
    }

    void killedDuringPush()
    {
        const TestCompany c = newCompany();
        QVERIFY(!c.slug.isEmpty());
        auto dev = signedIn(c, QStringLiteral("crash-push"));
        QVERIFY(dev);
        const sync::Account account = dev->engine->account();
        for (const char *code : {"W1", "W2", "S1"})
            QVERIFY(dev->store->addLocation(location(QString::fromLatin1(code))));
        for (const char *sku : {"A", "B", "C", "D"})
            QVERIFY(dev->store->addProduct(product(QString::fromLatin1(sku))));
        QCOMPARE(recordMovements(*dev->store, 300), QString());

        // One run to the end gives the time a push of this size takes.
        ChildRun full = runChild(*dev, account, -1, 20, 50);
        QVERIFY2(full.exitCode == 0, full.err.constData());
        QVERIFY(reopen(*dev, account));
        QCOMPARE(checkStore(*dev->store, true), QString());

        int killed = 0;
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(recordMovements(*dev->store, 300), QString());
            const int at = int(m_rng.bounded(workMs(full)));
            const ChildRun run = runChild(*dev, account, at, 20, 50);
            killed += run.killed ? 1 : 0;
            QVERIFY(reopen(*dev, account));
            // The store survives any kill: integrity, balances = recompute, ids unique.
            const QString problem = checkStore(*dev->store, false);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after a kill at %1 ms: ").arg(at) + problem));
            qInfo().noquote() << QStringLiteral("push run %1: %2 at %3 ms, %4 left in the outbox")
                                     .arg(i)
                                     .arg(run.killed ? QStringLiteral("killed") : QStringLiteral("finished"))
                                     .arg(at)
                                     .arg(dev->store->pendingOutboxCount());
        }
        QVERIFY2(killed >= 4, qPrintable(QStringLiteral("only %1 of 8 runs were killed").arg(killed)));

        QVERIFY2(dev->sync(), qPrintable(dev->errors.join(u'\n')));
        verifyAgainstServer(*dev, account.accessToken);
        if (QTest::currentTestFailed())
            return;
        // Another device pulls it all and agrees.
        auto other = signedIn(c, QStringLiteral("crash-push-other"));
        QVERIFY(other);
        QVERIFY(other->sync());
        QCOMPARE(checkStore(*other->store, true), QString());
        QCOMPARE(stockOf(other->store->balances()), stockOf(dev->store->balances()));
        QCOMPARE(other->store->movementCount(), dev->store->movementCount());
    }

    void killedDuringPull()
    {
        const TestCompany c = newCompany();
        QVERIFY(!c.slug.isEmpty());
        auto source = signedIn(c, QStringLiteral("crash-source"));
        QVERIFY(source);
        for (const char *code : {"W1", "W2"})
            QVERIFY(source->store->addLocation(location(QString::fromLatin1(code))));
        for (const char *sku : {"A", "B", "C"})
            QVERIFY(source->store->addProduct(product(QString::fromLatin1(sku))));
        QCOMPARE(recordMovements(*source->store, 1500), QString());
        QVERIFY2(source->sync(), qPrintable(source->errors.join(u'\n')));
        QCOMPARE(source->store->pendingOutboxCount(), 0);

        // A fresh device of the same company times a full initial pull in small pages.
        auto timing = signedIn(c, QStringLiteral("crash-pull-timing"));
        QVERIFY(timing);
        const ChildRun full = runChild(*timing, timing->engine->account(), -1, 20, 25);
        QVERIFY2(full.exitCode == 0, full.err.constData());

        // New devices, each killed twice during its initial pull, then synced to the end. Half of
        // them defer their balances to the end of the pull (what a large initial sync does): a
        // kill leaves the store marked stale, and opening it rebuilds them.
        int killed = 0;
        int leftStale = 0;
        for (int n = 0; n < 4; ++n) {
            const qint64 bulkMinimum = n % 2 == 0 ? 1 : 0;
            auto dev = signedIn(c, QStringLiteral("crash-pull-%1").arg(n));
            QVERIFY(dev);
            const sync::Account account = dev->engine->account();
            qint64 lastCursor = 0;
            qint64 lastCount = 0;
            for (int i = 0; i < 2; ++i) {
                // In the first half of a full pull: still going whatever the machine's load.
                const int at = int(m_rng.bounded(workMs(full) / 2 + 1));
                const ChildRun run = runChild(*dev, account, at, 20, 25, bulkMinimum);
                killed += run.killed ? 1 : 0;
                leftStale += staleMark(dev->storePath()) ? 1 : 0;
                QVERIFY(reopen(*dev, account));
                QVERIFY(!dev->store->balancesStale());
                const QString problem = checkStore(*dev->store, true);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after a kill at %1 ms: ").arg(at) + problem));
                // A page is applied with its cursor or not at all: the cursor and the log only
                // grow, and nothing beyond the cursor is there.
                QVERIFY(dev->store->pullCursor() >= lastCursor);
                QVERIFY(dev->store->movementCount() >= lastCount);
                lastCursor = dev->store->pullCursor();
                lastCount = dev->store->movementCount();
                for (const core::Movement &m : allMovements(*dev->store))
                    QVERIFY(m.serverSeq > 0 && m.serverSeq <= lastCursor);
                qInfo().noquote() << QStringLiteral("pull %1.%2: %3 at %4 ms, cursor %5, %6 movements")
                                         .arg(n)
                                         .arg(i)
                                         .arg(run.killed ? QStringLiteral("killed") : QStringLiteral("finished"))
                                         .arg(at)
                                         .arg(lastCursor)
                                         .arg(lastCount);
            }
            QVERIFY2(dev->sync(), qPrintable(dev->errors.join(u'\n')));
            verifyAgainstServer(*dev, account.accessToken);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(stockOf(dev->store->balances()), stockOf(source->store->balances()));
            QCOMPARE(dev->store->movementCount(), source->store->movementCount());
        }
        QVERIFY2(killed >= 4, qPrintable(QStringLiteral("only %1 of 8 runs were killed").arg(killed)));
        QVERIFY2(leftStale >= 1, "no kill hit a pull that deferred its balances");
    }

    void serverKilledDuringLargePush()
    {
        const TestCompany c = newCompany();
        QVERIFY(!c.slug.isEmpty());
        auto dev = signedIn(c, QStringLiteral("crash-server"));
        QVERIFY(dev);
        const sync::Account account = dev->engine->account();
        for (const char *code : {"W1", "W2"})
            QVERIFY(dev->store->addLocation(location(QString::fromLatin1(code))));
        for (const char *sku : {"A", "B", "C"})
            QVERIFY(dev->store->addProduct(product(QString::fromLatin1(sku))));
        QVERIFY(dev->sync());
        dev->engine->setBatchSize(1000);

        int committedBeforeKill = 0;
        for (int i = 0; i < 3; ++i) {
            // Kill the server a random moment after the k-th push request reached it. A fast server
            // may answer the whole push before the moment comes: then the sync simply succeeded, and
            // the round is tried again on new movements with half the delay (the last try kills at
            // once, which always lands in the push), so every round ends with a kill.
            int delay = int(m_rng.bounded(400));
            int request = 1 + int(m_rng.bounded(2));
            bool killedServer = false;
            bool synced = false;
            qint64 pending = 0;
            for (int attempt = 0; attempt < 5 && !killedServer; ++attempt) {
                if (attempt == 4) {
                    delay = 0;
                    request = 1;
                }
                QCOMPARE(recordMovements(*dev->store, 2000), QString());
                pending = dev->store->pendingOutboxCount();
                int seen = 0;
                QTimer killTimer;
                killTimer.setSingleShot(true);
                connect(&killTimer, &QTimer::timeout, this, [&] { killedServer = killServer(); });
                const auto connection = connect(m_proxy.get(), &FaultProxy::requestForwarded, this, [&] {
                    if (++seen == request)
                        killTimer.start(delay);
                });
                dev->errors.clear();
                synced = dev->sync();
                disconnect(connection);
                killTimer.stop();
                if (!killedServer) {
                    QVERIFY2(synced,
                             qPrintable(QStringLiteral("a sync with no kill failed: ") + dev->errors.join(u'\n')));
                    qInfo().noquote()
                        << QStringLiteral("round %1: the push ended before the kill at %2 ms; again").arg(i).arg(delay);
                    delay /= 2;
                }
            }
            QVERIFY2(killedServer, "the server was not killed during the push");
            qInfo().noquote() << QStringLiteral("server killed %1 ms after push request %2; the sync %3, %4 of %5 "
                                                "items were answered")
                                     .arg(delay)
                                     .arg(request)
                                     .arg(synced ? QStringLiteral("succeeded") : QStringLiteral("failed"))
                                     .arg(dev->engine->stats().pushed)
                                     .arg(pending);
            QString error;
            QVERIFY2(restartServer(&error), qPrintable(error));
            QCOMPARE(checkStore(*dev->store, false), QString());
            dev->errors.clear();
            QVERIFY2(dev->sync(), qPrintable(dev->errors.join(u'\n')));
            committedBeforeKill += dev->engine->stats().duplicates;
            QCOMPARE(dev->engine->stats().rejected, 0);
            verifyAgainstServer(*dev, account.accessToken);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo() << "items the server had committed before it was killed, answered as duplicates:"
                << committedBeforeKill;
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
