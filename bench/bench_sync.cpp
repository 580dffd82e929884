// depot-bench-sync: the real SyncEngine against its own depot-server (embedded SQLite, loopback,
// HTTPS with the server's generated certificate pinned), and PouchDB replicating the same number of
// equivalent documents with pouchdb-server in the same run as the peer.
//
// 1. a seeding device creates the catalog, records `--push` movements offline and syncs: the push
//    part of that sync is push_offline_per_s;
// 2. the rest of `--movements` is written through the server's own store layer (TenantScope, the
//    code a push goes through after parsing), untimed;
// 3. a new device signs in and syncs from nothing: initial_sync_s, wire bytes of every reply;
// 4. the same device syncs again with nothing to do: noop_sync_ms (median);
// 5. node bench/pouchdb/bench.js: pouchdb_initial_sync_per_s and pouchdb_push_per_s.
//
// Prints figures, never passes or fails on time. The last line is one JSON object.
#include "benchutil.h"
#include "harness.h"

#include "server/scopes.h"
#include "server/store.h"
#include "sync/syncengine.h"

#include "core/money.h"
#include "core/quantity.h"
#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <sys/resource.h>

using namespace depot;
using namespace depot::server::test;
using namespace depot::bench;

namespace {

constexpr const char *kPassword = "bench-password-1";

struct Config
{
    qint64 movements = 1'000'000; ///< in the store when the new device pulls (pushed ones included)
    qint64 push = 100'000;        ///< recorded offline by the seeding device, then pushed
    int products = 1'000;
    int locations = 4;
    int noopRuns = 7;
    qint64 pouchMovements = -1; ///< -1: same as movements
    qint64 pouchPush = -1;      ///< -1: same as push
    bool pouchdb = true;
    QString dir;
    QString pouchDir;
};

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "depot-bench-sync: %s\n", qPrintable(why));
    std::fflush(stdout);
    std::exit(1);
}

/// The real network, counting what goes over it: HTTP reply bytes (status line excluded, headers
/// and body included) and request body bytes. TLS framing is not counted.
class CountingNetwork : public QNetworkAccessManager
{
public:
    qint64 replyBytes = 0;
    qint64 requestBytes = 0;
    int replies = 0;
    void reset() { replyBytes = requestBytes = replies = 0; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (data)
            requestBytes += data->size();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        auto received = std::make_shared<qint64>(0);
        connect(reply, &QNetworkReply::downloadProgress, reply,
                [received](qint64 bytes, qint64) { *received = std::max(*received, bytes); });
        connect(reply, &QNetworkReply::finished, this, [this, reply, received] {
            qint64 headers = 0;
            for (const auto &[name, value] : reply->rawHeaderPairs())
                headers += name.size() + value.size() + 4; // "name: value\r\n"
            replyBytes += headers + *received;
            ++replies;
        });
        return reply;
    }
};

/// One device: a store, the network and the engine, run synchronously from the bench.
struct Device
{
    QString name;
    std::unique_ptr<core::TenantStore> store;
    CountingNetwork network;
    std::unique_ptr<sync::SyncEngine> engine;
    QString lastError;

    Device(const QString &path, const QString &deviceId, const sync::Account &account) : name(deviceId)
    {
        core::TenantStore::Options options;
        options.deviceId = deviceId;
        options.userId = QStringLiteral("bench-clerk");
        auto opened = core::TenantStore::open(path, options);
        if (!opened)
            die(QStringLiteral("cannot open the store of %1: %2").arg(deviceId, opened.error().message));
        store = std::move(opened).value();
        sync::Account a = account;
        a.deviceId = deviceId;
        engine = std::make_unique<sync::SyncEngine>(*store, a, &network, nullptr);
        engine->setRetryPolicy({100, 1000, 0});
        QObject::connect(engine.get(), &sync::SyncEngine::syncError, engine.get(),
                         [this](const QString &message, sync::ErrorCategory) { lastError = message; });
    }

    /// Waits for `signal` after `start()`; dies after `timeoutMs`.
    template<typename Signal>
    bool run(Signal signal, const std::function<void()> &start, int timeoutMs)
    {
        QEventLoop loop;
        bool ok = false;
        bool done = false;
        const auto connection = QObject::connect(engine.get(), signal, &loop, [&](bool result) {
            ok = result;
            done = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        start();
        if (!done)
            loop.exec();
        QObject::disconnect(connection);
        if (!done)
            die(QStringLiteral("%1: no answer within %2 s").arg(name).arg(timeoutMs / 1000));
        return ok;
    }

    void login()
    {
        if (!run(
                &sync::SyncEngine::loginFinished, [this] { engine->login(QLatin1String(kPassword)); }, 120000))
            die(QStringLiteral("%1: login failed: %2").arg(name, lastError));
    }

    void sync(int timeoutMs = 3600000)
    {
        if (!run(
                &sync::SyncEngine::finished, [this] { engine->sync(); }, timeoutMs))
            die(QStringLiteral("%1: sync failed: %2").arg(name, lastError));
    }
};

struct Catalog
{
    QList<QUuid> products;
    QList<QUuid> locations;
};

Catalog createCatalog(core::TenantStore &store, const Config &config)
{
    Catalog catalog;
    core::StoreTransaction transaction(store);
    for (int i = 0; i < config.locations; ++i) {
        core::Location l;
        l.code = QStringLiteral("W%1").arg(i + 1);
        l.name = QStringLiteral("Warehouse %1").arg(i + 1);
        auto added = store.addLocation(l);
        if (!added)
            die(added.error().message);
        catalog.locations << added->id;
    }
    for (int i = 0; i < config.products; ++i) {
        core::Product p;
        p.sku = QStringLiteral("SKU-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        p.name = QStringLiteral("Product %1").arg(i + 1);
        p.category = QStringLiteral("Category %1").arg(i % 20);
        p.barcodes << QStringLiteral("2%1").arg(i + 1, 11, 10, QLatin1Char('0'));
        p.costPrice = core::Money(150 + i % 1000, QStringLiteral("EUR"));
        auto added = store.addProduct(p);
        if (!added)
            die(added.error().message);
        catalog.products << added->id;
    }
    if (auto committed = transaction.commit(); !committed)
        die(committed.error().message);
    return catalog;
}

/// The workload of depot-bench-core, shortened: mostly receipts and issues, a few counts and
/// adjustments, 20% of the products get 80% of the movements.
struct Workload
{
    std::mt19937_64 random{20261122};
    const Catalog &catalog;

    explicit Workload(const Catalog &c) : catalog(c) { }

    QUuid product()
    {
        const qsizetype n = catalog.products.size();
        const qsizetype hot = std::max<qsizetype>(1, n / 5);
        if (random() % 100 < 80)
            return catalog.products.at(qsizetype(random() % quint64(hot)));
        return catalog.products.at(qsizetype(random() % quint64(n)));
    }
    QUuid location() { return catalog.locations.at(qsizetype(random() % quint64(catalog.locations.size()))); }
    core::MovementKind kind()
    {
        const int r = int(random() % 100);
        if (r < 40)
            return core::MovementKind::Receipt;
        if (r < 90)
            return core::MovementKind::Issue;
        if (r < 92)
            return core::MovementKind::Count;
        if (r < 96)
            return core::MovementKind::Adjustment;
        if (r < 98)
            return core::MovementKind::Loss;
        return core::MovementKind::Return;
    }
    /// A positive quantity of 1 to 50 units, sometimes with decimals.
    core::Quantity quantity()
    {
        return core::Quantity::fromMilli(qint64(1 + random() % 50) * 1000 + (random() % 4) * 250);
    }
};

void recordOffline(core::TenantStore &store, const Catalog &catalog, qint64 count)
{
    Workload w(catalog);
    constexpr qint64 kBatch = 10000;
    for (qint64 done = 0; done < count;) {
        core::StoreTransaction transaction(store);
        for (qint64 i = 0; i < kBatch && done < count; ++i, ++done) {
            core::MovementDraft d;
            d.productId = w.product();
            d.locationId = w.location();
            d.kind = w.kind();
            d.quantity = w.quantity();
            if (d.kind == core::MovementKind::Receipt) {
                d.unitCost = core::Money(200 + qint64(done % 300), QStringLiteral("EUR"));
                d.reference = QStringLiteral("PO-%1").arg(done / 50);
            } else if (d.kind == core::MovementKind::Issue) {
                d.reference = QStringLiteral("SALE-%1").arg(done);
            }
            auto recorded = store.recordMovement(d);
            if (!recorded)
                die(QStringLiteral("recordMovement: ") + recorded.error().message);
        }
        if (auto committed = transaction.commit(); !committed)
            die(committed.error().message);
    }
}

/// Writes `count` movements of another device through the server's store layer, as accepted pushes
/// would be (sequence under the tenant lock, one transaction per 10,000).
void seedThroughServerStore(const QString &dbUrl, const QString &slug, const QString &email, const Catalog &catalog,
                            qint64 count)
{
    auto opened = server::Store::open(server::StoreConfig{dbUrl});
    if (!opened)
        die(QStringLiteral("cannot open the server store: ") + opened.error().message);
    std::shared_ptr<server::Store> store = *opened;
    QUuid tenantId;
    QUuid userId;
    {
        auto platform = store->platform(false);
        const auto tenant = platform->tenantBySlug(slug);
        const auto user = platform->userByEmail(email);
        if (!tenant || !user)
            die(QStringLiteral("the seeded tenant or user is missing"));
        tenantId = tenant->id;
        userId = user->id;
    }
    Workload w(catalog);
    w.random.seed(7);
    const QString device = QStringLiteral("seed-device");
    quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch() - 86400000) << 16;
    constexpr qint64 kBatch = 10000;
    for (qint64 done = 0; done < count;) {
        auto scope = store->tenant(tenantId, true);
        qint64 last = scope->lock();
        QList<server::StoredMovement> rows;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qint64 i = 0; i < kBatch && done < count; ++i, ++done) {
            core::Movement m;
            m.id = core::UuidV7::generate();
            m.productId = w.product();
            m.locationId = w.location();
            m.kind = w.kind();
            const core::Quantity q = w.quantity();
            m.quantity = core::movementKindDecreases(m.kind) ? core::Quantity::fromMilli(-q.milli()) : q;
            if (m.kind == core::MovementKind::Receipt) {
                m.unitCost = core::Money(200 + done % 300, QStringLiteral("EUR"));
                m.reference = QStringLiteral("PO-%1").arg(done / 50);
            } else if (m.kind == core::MovementKind::Issue) {
                m.reference = QStringLiteral("SALE-%1").arg(done);
            }
            m.userId = QStringLiteral("seed-clerk");
            m.deviceId = device;
            m.hlc = core::Hlc(hlc += 3);
            m.serverSeq = ++last;
            rows << server::StoredMovement{m, userId};
        }
        scope->insertMovements(rows, now);
        scope->setLastSeq(last);
        scope->commit();
    }
    store->releaseThreadConnection();
}

/// Installs pouchdb and pouchdb-server into `dir` (npm, once) and runs bench/pouchdb/bench.js.
/// Returns the script's JSON, or an object with `reason` when it cannot run.
QJsonObject runPouchdb(const Config &config, qint64 movements, qint64 push)
{
    const auto unavailable = [](const QString &reason) {
        say(QStringLiteral("PouchDB peer not measured: ") + reason);
        return QJsonObject{{QStringLiteral("reason"), reason}};
    };
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty())
        return unavailable(QStringLiteral("node or npm is not installed (apt install nodejs npm)"));
    const QString script = QStringLiteral(DEPOT_SOURCE_DIR "/bench/pouchdb/bench.js");
    if (!QFileInfo::exists(script))
        return unavailable(QStringLiteral("%1 is missing").arg(script));
    QDir dir(config.pouchDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return unavailable(QStringLiteral("cannot create %1").arg(config.pouchDir));
    const QString packageFile = QStringLiteral(DEPOT_SOURCE_DIR "/bench/pouchdb/package.json");
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/pouchdb-server/package.json")))
        || !QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/pouchdb/package.json")))) {
        QFile::remove(dir.filePath(QStringLiteral("package.json")));
        if (!QFile::copy(packageFile, dir.filePath(QStringLiteral("package.json"))))
            return unavailable(QStringLiteral("cannot copy %1").arg(packageFile));
        say(QStringLiteral("installing pouchdb and pouchdb-server with npm into %1 ...").arg(dir.path()));
        QProcess install;
        install.setWorkingDirectory(dir.path());
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                            QStringLiteral("--loglevel=error")});
        if (!install.waitForFinished(20 * 60 * 1000) || install.exitStatus() != QProcess::NormalExit
            || install.exitCode() != 0) {
            install.kill();
            install.waitForFinished(5000);
            return unavailable(QStringLiteral("npm install failed: ")
                               + QString::fromLocal8Bit(install.readAll().right(400)).simplified());
        }
    }
    QProcess run;
    run.setWorkingDirectory(dir.path());
    run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    run.start(node, {script, QStringLiteral("--modules"), dir.filePath(QStringLiteral("node_modules")),
                     QStringLiteral("--dir"), dir.filePath(QStringLiteral("run")), QStringLiteral("--docs"),
                     QString::number(movements), QStringLiteral("--push"), QString::number(push)});
    QByteArray output;
    QElapsedTimer limit;
    limit.start();
    while (run.state() != QProcess::NotRunning && limit.elapsed() < 3 * 3600 * 1000) {
        run.waitForReadyRead(1000);
        while (run.canReadLine()) {
            const QByteArray line = run.readLine();
            output += line;
            std::fprintf(stdout, "  pouchdb: %s", line.constData());
            std::fflush(stdout);
        }
    }
    if (run.state() != QProcess::NotRunning) {
        run.kill();
        run.waitForFinished(5000);
        return unavailable(QStringLiteral("the PouchDB run took more than 3 hours"));
    }
    output += run.readAll();
    if (run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0)
        return unavailable(QStringLiteral("bench/pouchdb/bench.js failed (exit %1)").arg(run.exitCode()));
    const QList<QByteArray> lines = output.trimmed().split('\n');
    const QJsonObject result = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
    if (!result.contains(QStringLiteral("pouchdb_initial_sync_per_s")))
        return unavailable(QStringLiteral("bench/pouchdb/bench.js printed no figures"));
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("depot.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sync throughput of SyncEngine + depot-server, with PouchDB as the peer."));
    parser.addHelpOption();
    const QCommandLineOption movementsOption(
        QStringLiteral("movements"), QStringLiteral("Movements in the store when the new device pulls [1000000]."),
        QStringLiteral("N"));
    const QCommandLineOption pushOption(QStringLiteral("push"),
                                        QStringLiteral("Movements recorded offline, then pushed [100000]."),
                                        QStringLiteral("N"));
    const QCommandLineOption productsOption(QStringLiteral("products"), QStringLiteral("Products [1000]."),
                                            QStringLiteral("N"));
    const QCommandLineOption locationsOption(QStringLiteral("locations"), QStringLiteral("Locations [4]."),
                                             QStringLiteral("N"));
    const QCommandLineOption noopOption(QStringLiteral("noop-runs"), QStringLiteral("No-op syncs timed [7]."),
                                        QStringLiteral("N"));
    const QCommandLineOption pouchMovementsOption(QStringLiteral("pouchdb-movements"),
                                                  QStringLiteral("Documents PouchDB pulls [same as --movements]."),
                                                  QStringLiteral("N"));
    const QCommandLineOption pouchPushOption(QStringLiteral("pouchdb-push"),
                                             QStringLiteral("Documents PouchDB pushes [same as --push]."),
                                             QStringLiteral("N"));
    const QCommandLineOption noPouchOption(QStringLiteral("no-pouchdb"),
                                           QStringLiteral("Skip the PouchDB peer (its keys are null)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Parent of the temporary directory [system temp]."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption pouchDirOption(
        QStringLiteral("pouchdb-dir"),
        QStringLiteral("Scratch folder for the npm packages [$TMPDIR/depot-bench-pouchdb]."), QStringLiteral("PATH"));
    parser.addOptions({movementsOption, pushOption, productsOption, locationsOption, noopOption, pouchMovementsOption,
                       pouchPushOption, noPouchOption, dirOption, pouchDirOption});
    parser.process(app);

    Config config;
    const auto number = [&](const QCommandLineOption &option, qint64 fallback, qint64 minimum) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const qint64 v = parser.value(option).toLongLong(&ok);
        if (!ok || v < minimum)
            die(QStringLiteral("--%1 needs an integer >= %2").arg(option.names().first()).arg(minimum));
        return v;
    };
    config.movements = number(movementsOption, config.movements, 1);
    config.push = number(pushOption, std::min(config.push, config.movements), 0);
    if (config.push > config.movements)
        die(QStringLiteral("--push cannot exceed --movements (the pushed movements are part of them)"));
    config.products = int(number(productsOption, config.products, 1));
    config.locations = int(number(locationsOption, config.locations, 1));
    config.noopRuns = int(number(noopOption, config.noopRuns, 1));
    config.pouchMovements = number(pouchMovementsOption, config.movements, 1);
    config.pouchPush = number(pouchPushOption, std::max<qint64>(1, config.push), 1);
    config.pouchdb = !parser.isSet(noPouchOption);
    config.dir = parser.value(dirOption);
    config.pouchDir = parser.isSet(pouchDirOption) ? parser.value(pouchDirOption)
                                                   : QDir::temp().filePath(QStringLiteral("depot-bench-pouchdb"));

    say(QStringLiteral("depot-bench-sync: %1 movements (%2 pushed by a device), %3 products, %4 locations")
            .arg(config.movements)
            .arg(config.push)
            .arg(config.products)
            .arg(config.locations));
    say(QStringLiteral("machine: %1 cores, %2, Qt %3")
            .arg(QThread::idealThreadCount())
            .arg(QSysInfo::prettyProductName(), QLatin1String(qVersion())));

    // Other work on the machine shows in the wall times (not in the CPU seconds): say how much.
    const double loadStart = loadAverage();
    say(QStringLiteral("load average (1 min) at start: %1").arg(loadStart));
    QTemporaryDir work(config.dir.isEmpty() ? QDir::temp().filePath(QStringLiteral("depot-bench-sync-XXXXXX"))
                                            : QDir(config.dir).filePath(QStringLiteral("depot-bench-sync-XXXXXX")));
    if (!work.isValid())
        die(QStringLiteral("cannot create a temporary directory"));
    const QString dbUrl = QStringLiteral("sqlite:") + work.filePath(QStringLiteral("server.sqlite"));
    ServerProcess server;
    QString error;
    if (!server.start(dbUrl, work.path(),
                      {QStringLiteral("--tenant-rate-per-s"), QStringLiteral("1000000"),
                       QStringLiteral("--tenant-burst"), QStringLiteral("1000000"),
                       QStringLiteral("--password-profile"), QStringLiteral("interactive")},
                      &error))
        die(error);
    say(QStringLiteral("depot-server on %1 (SQLite), certificate %2 pinned")
            .arg(server.baseUrl(), server.fingerprint()));

    HttpClient http(server.baseUrl(), server.fingerprint());
    const QString email = QStringLiteral("owner@bench-sync.test");
    const Response signup = http.post(QStringLiteral("/api/v1/signup"), {{"company_name", "Bench Sync"},
                                                                         {"company_email", email},
                                                                         {"admin_email", email},
                                                                         {"admin_password", kPassword},
                                                                         {"admin_first_name", "B"},
                                                                         {"admin_last_name", "S"},
                                                                         {"plan", "enterprise"},
                                                                         {"accept_terms", true}});
    if (signup.status != 201)
        die(QStringLiteral("signup failed: ") + QString::fromUtf8(signup.body));
    sync::Account account;
    account.serverUrl = QUrl(server.baseUrl());
    account.tenant =
        signup.data().toObject().value(QStringLiteral("tenant")).toObject().value(QStringLiteral("slug")).toString();
    account.user = email;
    account.pinnedSha256 = server.fingerprint();

    QJsonObject result;
    QElapsedTimer timer;

    // ---- 1. Seeding device: catalog, offline movements, push.
    Device seeder(work.filePath(QStringLiteral("seeder.sqlite")), QStringLiteral("bench-seeder"), account);
    seeder.login();
    const Catalog catalog = createCatalog(*seeder.store, config);
    seeder.sync();
    say(QStringLiteral("catalog: %1 products and %2 locations pushed").arg(config.products).arg(config.locations));
    if (config.push > 0) {
        timer.start();
        recordOffline(*seeder.store, catalog, config.push);
        say(QStringLiteral("recorded offline: %1 movements in %2 s")
                .arg(config.push)
                .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2));
        qint64 pushedNs = 0;
        double pushCpuClient = 0;
        double pushCpuServer = 0;
        QElapsedTimer pushTimer;
        seeder.network.reset();
        const double serverCpu = processCpuSeconds(server.pid());
        const double cpu = cpuSeconds();
        QObject::connect(seeder.engine.get(), &sync::SyncEngine::progress, seeder.engine.get(),
                         [&](int done, int total, const QString &phase) {
                             if (phase == u"push" && total > 0 && done == total) {
                                 pushedNs = pushTimer.nsecsElapsed();
                                 pushCpuClient = cpuSeconds() - cpu;
                                 pushCpuServer = processCpuSeconds(server.pid()) - serverCpu;
                             }
                         });
        pushTimer.start();
        seeder.sync();
        const double syncS = pushTimer.nsecsElapsed() / 1e9;
        const auto stats = seeder.engine->stats();
        if (stats.accepted != config.push || seeder.store->pendingOutboxCount() != 0)
            die(QStringLiteral("push: %1 of %2 accepted, %3 left in the outbox")
                    .arg(stats.accepted)
                    .arg(config.push)
                    .arg(seeder.store->pendingOutboxCount()));
        const double pushS = pushedNs / 1e9;
        say(QStringLiteral("push of %1 offline movements: %2 s = %3 /s (%4 requests, %5 bytes sent per movement; "
                           "CPU client %6 s, server %7 s); whole sync with the pull of its own movements back: %8 s")
                .arg(config.push)
                .arg(pushS, 0, 'f', 2)
                .arg(config.push / pushS, 0, 'f', 0)
                .arg(stats.requests)
                .arg(double(seeder.network.requestBytes) / double(config.push), 0, 'f', 0)
                .arg(pushCpuClient, 0, 'f', 2)
                .arg(pushCpuServer, 0, 'f', 2)
                .arg(syncS, 0, 'f', 2));
        result.insert(QStringLiteral("push_cpu_client_s"), std::round(pushCpuClient * 100) / 100);
        result.insert(QStringLiteral("push_cpu_server_s"), std::round(pushCpuServer * 100) / 100);
        result.insert(QStringLiteral("push_offline_per_s"), qRound64(config.push / pushS));
        result.insert(QStringLiteral("push_offline_s"), std::round(pushS * 1000) / 1000);
        result.insert(QStringLiteral("push_sync_s"), std::round(syncS * 1000) / 1000);
    } else {
        result.insert(QStringLiteral("push_offline_per_s"), QJsonValue());
    }

    // ---- 2. The rest through the server's store layer.
    const qint64 seeded = config.movements - config.push;
    if (seeded > 0) {
        timer.start();
        seedThroughServerStore(dbUrl, account.tenant, email, catalog, seeded);
        say(QStringLiteral("seeded through the server store layer: %1 movements in %2 s")
                .arg(seeded)
                .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2));
    }

    // ---- 3. A new device pulls everything.
    Device fresh(work.filePath(QStringLiteral("new-device.sqlite")), QStringLiteral("bench-new-device"), account);
    fresh.login();
    fresh.network.reset();
    {
        const double serverCpu = processCpuSeconds(server.pid());
        const double cpu = cpuSeconds();
        timer.start();
        fresh.sync();
        const double seconds = timer.nsecsElapsed() / 1e9;
        const auto stats = fresh.engine->stats();
        const qint64 count = fresh.store->movementCount();
        if (count != config.movements || stats.pulledMovements != config.movements)
            die(QStringLiteral("initial sync: %1 movements in the new store, %2 pulled, %3 expected")
                    .arg(count)
                    .arg(stats.pulledMovements)
                    .arg(config.movements));
        const double bytesPerMovement = double(fresh.network.replyBytes) / double(config.movements);
        const double clientCpu = cpuSeconds() - cpu;
        const double serverCpuUsed = processCpuSeconds(server.pid()) - serverCpu;
        say(QStringLiteral("initial sync of a new device: %1 movements in %2 s = %3 /s (%4 pages, %8 asked for "
                           "ahead and dropped, %5 reply bytes per movement); CPU client %6 s, server %7 s")
                .arg(config.movements)
                .arg(seconds, 0, 'f', 2)
                .arg(config.movements / seconds, 0, 'f', 0)
                .arg(stats.pages)
                .arg(bytesPerMovement, 0, 'f', 1)
                .arg(clientCpu, 0, 'f', 2)
                .arg(serverCpuUsed, 0, 'f', 2)
                .arg(stats.pagesDiscarded));
        result.insert(QStringLiteral("initial_sync_cpu_client_s"), std::round(clientCpu * 100) / 100);
        result.insert(QStringLiteral("initial_sync_cpu_server_s"), std::round(serverCpuUsed * 100) / 100);
        result.insert(QStringLiteral("initial_sync_s"), std::round(seconds * 1000) / 1000);
        result.insert(QStringLiteral("initial_sync_per_s"), qRound64(config.movements / seconds));
        result.insert(QStringLiteral("wire_bytes_per_movement"), round1(bytesPerMovement));
        result.insert(QStringLiteral("pull_pages"), stats.pages);
        result.insert(QStringLiteral("pull_pages_discarded"), stats.pagesDiscarded);
        // The maintained balances equal a recompute from the pulled log (a sanity check, not timed).
        const QList<core::Balance> local = fresh.store->balances();
        const QList<core::Balance> recomputed = fresh.store->recomputeBalancesFromLog();
        if (local.size() != recomputed.size())
            die(QStringLiteral("the new device's balances differ from a recompute from its log"));
        for (qsizetype i = 0; i < local.size(); ++i) {
            if (local.at(i).quantity != recomputed.at(i).quantity)
                die(QStringLiteral("the new device's balances differ from a recompute from its log"));
        }
    }

    // ---- 4. No-op syncs.
    {
        QList<double> runs;
        for (int i = 0; i < config.noopRuns; ++i) {
            timer.start();
            fresh.sync(60000);
            runs << timer.nsecsElapsed() / 1e6;
            if (fresh.engine->stats().pulledMovements != 0 || fresh.engine->stats().pushed != 0)
                die(QStringLiteral("the no-op sync moved data"));
        }
        const double noop = median(runs);
        say(QStringLiteral("no-op sync with %1 movements in the store: median %2 ms (min %3, max %4, %5 runs)")
                .arg(config.movements)
                .arg(noop, 0, 'f', 2)
                .arg(*std::min_element(runs.begin(), runs.end()), 0, 'f', 2)
                .arg(*std::max_element(runs.begin(), runs.end()), 0, 'f', 2)
                .arg(runs.size()));
        result.insert(QStringLiteral("noop_sync_ms"), std::round(noop * 100) / 100);
    }
    server.stop();

    // ---- 5. The peer: PouchDB and pouchdb-server.
    result.insert(QStringLiteral("pouchdb_initial_sync_per_s"), QJsonValue());
    result.insert(QStringLiteral("pouchdb_push_per_s"), QJsonValue());
    if (config.pouchdb) {
        const QJsonObject pouch = runPouchdb(config, config.pouchMovements, config.pouchPush);
        for (auto it = pouch.begin(); it != pouch.end(); ++it)
            result.insert(it.key() == u"reason" ? QStringLiteral("pouchdb_unavailable") : it.key(), it.value());
    } else {
        result.insert(QStringLiteral("pouchdb_unavailable"), QStringLiteral("--no-pouchdb"));
    }
    const double pouchInitial = result.value(QStringLiteral("pouchdb_initial_sync_per_s")).toDouble();
    if (pouchInitial > 0)
        result.insert(QStringLiteral("initial_vs_pouchdb"),
                      std::round(result.value(QStringLiteral("initial_sync_per_s")).toDouble() / pouchInitial * 10)
                          / 10);
    result.insert(QStringLiteral("movements"), config.movements);
    result.insert(QStringLiteral("pushed"), config.push);
    result.insert(QStringLiteral("loadavg_start"), loadStart);
    result.insert(QStringLiteral("loadavg_end"), loadAverage());
    say(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}
