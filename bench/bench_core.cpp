// depot-bench-core: throughput and latency of the local store (TenantStore) against plain SQLite.
//
// Prints human-readable progress and figures, then, as its last line, one compact JSON object with
// every figure of the run (see docs/benchmarks.md for what each key means and how it is measured).
// Figures are reported, never asserted: a slow run still prints its numbers and exits 0.

#include "core/domain.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace depot::bench {

using core::Location;
using core::Money;
using core::Movement;
using core::MovementDraft;
using core::MovementKind;
using core::Product;
using core::Quantity;
using core::StoreTransaction;
using core::TenantStore;

namespace {

struct Config
{
    qint64 movements = 1'000'000;
    int products = 100'000;
    int locations = 10;
    int batch = 10'000;
    int interactive = 2'000;
    double reorderShare = 0.3;
    quint64 seed = 20240601;
    QString dir;
    bool keep = false;
    bool traceStatements = false;
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "depot-bench-core: %s\n", qPrintable(what));
    std::fflush(stdout);
    std::exit(1);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

/// CPU time of the process (all threads), to tell computing from waiting for the disk.
qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

/// Nearest-rank percentile of sorted samples.
double percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<size_t>(std::ceil(p * double(sorted.size())));
    return double(sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1]);
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown");
}

/// Drops the file's clean pages from the OS page cache, so that the next open reads from disk.
/// Unprivileged and best effort (a virtual machine's host may still cache the image).
void dropFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

/// Latencies (ns, sorted) of small synchronous writes: 4 KiB written then fdatasync'ed, the floor
/// of a durable commit on this disk, which varies a lot on shared virtual disks.
std::vector<qint64> fsyncLatencies(const QString &path, int count)
{
    std::vector<qint64> latencies;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return latencies;
    const QByteArray page(4096, 'x');
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        if (::pwrite(fd, page.constData(), page.size(), 0) != page.size() || ::fdatasync(fd) != 0)
            break;
        latencies.push_back(timer.nsecsElapsed());
    }
    ::close(fd);
    QFile::remove(path);
    std::sort(latencies.begin(), latencies.end());
    return latencies;
}

/// Reads the whole file once, as a store in daily use would have it in the page cache.
void readIntoPageCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.read(1 << 20).isEmpty()) { }
}

/// The EAN-13 check digit of 12 digits.
QString ean13(qint64 twelveDigits)
{
    QString digits = QStringLiteral("%1").arg(twelveDigits, 12, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits[i].unicode() - u'0') * (i % 2 ? 3 : 1);
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

/// Random clerk input over the catalog: a skewed product popularity (20% of the products get 80% of
/// the movements), each product stocked at two locations, a mix of kinds close to a shop's.
class Workload
{
public:
    Workload(quint64 seed, const QList<QUuid> &products, const QList<QUuid> &locations)
        : m_rng(seed),
          m_products(products),
          m_locations(locations)
    { }

    MovementDraft next()
    {
        const int productCount = int(m_products.size());
        const int hot = std::max(1, productCount / 5);
        const int p = chance(0.8) ? uniform(0, hot - 1) : uniform(0, productCount - 1);
        const int l = homeLocation(p, chance(0.7) ? 0 : 1);
        MovementDraft draft;
        draft.productId = m_products[p];
        draft.locationId = m_locations[l];
        const int roll = uniform(0, 99);
        if (roll < 35) {
            draft.kind = MovementKind::Receipt;
            draft.quantity = Quantity::fromUnits(uniform(1, 24));
            draft.unitCost = Money(uniform(50, 5000), QStringLiteral("EUR"));
            draft.reference = QStringLiteral("PO-%1").arg(uniform(1, 99999));
        } else if (roll < 85) {
            draft.kind = MovementKind::Issue;
            draft.quantity = Quantity::fromMilli(chance(0.9) ? uniform(1, 6) * 1000 : uniform(1, 5000));
        } else if (roll < 90) {
            draft.kind = MovementKind::Count;
            draft.quantity = Quantity::fromUnits(uniform(0, 40));
        } else if (roll < 94) {
            draft.kind = MovementKind::Adjustment;
            draft.quantity = Quantity::fromUnits(chance(0.5) ? uniform(1, 5) : -uniform(1, 5));
            draft.reason = QStringLiteral("correction");
        } else if (roll < 97) {
            draft.kind = MovementKind::Loss;
            draft.quantity = Quantity::fromUnits(uniform(1, 3));
            draft.reason = QStringLiteral("breakage");
        } else {
            draft.kind = MovementKind::Return;
            draft.quantity = Quantity::fromUnits(uniform(1, 2));
            draft.note = QStringLiteral("customer return");
        }
        return draft;
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

private:
    int homeLocation(int product, int which) const
    {
        const int n = int(m_locations.size());
        const int first = product % n;
        if (which == 0 || n == 1)
            return first;
        return (first + 1 + (product / n) % (n - 1)) % n;
    }

    std::mt19937_64 m_rng;
    const QList<QUuid> &m_products;
    const QList<QUuid> &m_locations;
};

/// One movement row as plain bytes, ready to bind: the raw baseline's timed loop does nothing but
/// bind, step and reset.
struct RawRow
{
    QByteArray id, product, location, kind, currency, reason, reference, note, user, device;
    qint64 quantity = 0;
    qint64 costMinor = 0;
    qint64 hlc = 0;
    qint64 recordedAt = 0;
    bool hasCost = false;
};

RawRow rawRow(const Movement &m)
{
    RawRow r;
    r.id = core::uuidToText(m.id).toUtf8();
    r.product = core::uuidToText(m.productId).toUtf8();
    r.location = core::uuidToText(m.locationId).toUtf8();
    r.kind = core::movementKindToString(m.kind).toUtf8();
    r.quantity = m.quantity.milli();
    r.hasCost = !m.unitCost.isNull();
    r.costMinor = m.unitCost.minorUnits();
    r.currency = m.unitCost.currency().toUtf8();
    r.reason = m.reason.toUtf8();
    r.reference = m.reference.toUtf8();
    r.note = m.note.toUtf8();
    r.user = m.userId.toUtf8();
    r.device = m.deviceId.toUtf8();
    r.hlc = qint64(m.hlc.raw());
    r.recordedAt = m.recordedAt.toMSecsSinceEpoch();
    return r;
}

/// The baseline: the `movements` table alone (same DDL and indexes as the store, read from the
/// store's sqlite_master), same PRAGMAs, one prepared INSERT, no outbox, no balances, no checks.
class RawSqlite
{
public:
    RawSqlite(const QString &path, const QStringList &ddl)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK)
            die(QStringLiteral("cannot open %1").arg(path));
        // The store's PRAGMAs, except foreign_keys: the parent tables (products, locations) are not
        // here, so the baseline has no foreign-key checks.
        for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -16000",
                                "PRAGMA temp_store = MEMORY"})
            exec(sql);
        for (const QString &statement : ddl)
            exec(statement.toUtf8().constData());
        const char *insert = "INSERT INTO movements (id, product_id, location_id, kind, quantity, unit_cost_minor,"
                             " unit_cost_currency, reason, reference, note, user_id, device_id, hlc, transfer_id,"
                             " reverses_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v3(m_db, insert, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
            die(QStringLiteral("prepare failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    ~RawSqlite()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const QString message = QString::fromUtf8(error);
            sqlite3_free(error);
            die(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), message));
        }
    }

    /// Inserts the rows in one transaction.
    void insertBatch(const std::vector<RawRow> &rows)
    {
        exec("BEGIN IMMEDIATE");
        sqlite3_stmt *s = m_insert;
        const auto text = [s](int i, const QByteArray &value) {
            sqlite3_bind_text(s, i, value.constData(), int(value.size()), SQLITE_STATIC);
        };
        for (const RawRow &r : rows) {
            text(1, r.id);
            text(2, r.product);
            text(3, r.location);
            text(4, r.kind);
            sqlite3_bind_int64(s, 5, r.quantity);
            if (r.hasCost) {
                sqlite3_bind_int64(s, 6, r.costMinor);
                text(7, r.currency);
            } else {
                sqlite3_bind_null(s, 6);
                sqlite3_bind_null(s, 7);
            }
            text(8, r.reason);
            text(9, r.reference);
            text(10, r.note);
            text(11, r.user);
            text(12, r.device);
            sqlite3_bind_int64(s, 13, r.hlc);
            sqlite3_bind_null(s, 14);
            sqlite3_bind_null(s, 15);
            sqlite3_bind_int64(s, 16, r.recordedAt);
            if (sqlite3_step(s) != SQLITE_DONE)
                die(QStringLiteral("raw insert failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
            sqlite3_reset(s);
        }
        exec("COMMIT");
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

/// Diagnosis only (--trace-statements): SQLite's own timing of every statement the store runs,
/// grouped by SQL text. The tracing slows the run down; its figures are not the benchmark's.
/// SQLite 3.40 times statements with a millisecond clock, from the first step to the reset: per-run
/// figures are statistical averages, and include what the caller does while the statement is open
/// (QtSql reading the row, TenantStore converting it).
class StatementProfile
{
public:
    void attach(TenantStore &store)
    {
        const QVariant handle = store.database().driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            die(QStringLiteral("the QSQLITE driver handle is not a sqlite3*"));
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, &StatementProfile::callback, this);
    }

    void detach(TenantStore &store)
    {
        const QVariant handle = store.database().driver()->handle();
        sqlite3_trace_v2(*static_cast<sqlite3 *const *>(handle.constData()), 0, nullptr, nullptr);
    }

    void print(const QString &title, qint64 units) const
    {
        struct Line
        {
            QByteArray sql;
            Stat stat;
        };
        std::vector<Line> lines;
        qint64 totalNs = 0;
        for (auto it = m_stats.begin(); it != m_stats.end(); ++it) {
            lines.push_back({it.key(), it.value()});
            totalNs += it.value().ns;
        }
        std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.stat.ns > b.stat.ns; });
        say(QStringLiteral("statements (%1): %2 s in SQLite over %3 units, %4 us per unit")
                .arg(title)
                .arg(totalNs / 1e9, 0, 'f', 3)
                .arg(units)
                .arg(totalNs / 1e3 / double(units), 0, 'f', 1));
        for (const Line &line : lines) {
            QByteArray sql = line.sql.simplified();
            if (sql.size() > 150)
                sql = sql.left(147) + "...";
            say(QStringLiteral("  %1%  %2 us/unit  %3 runs  %4")
                    .arg(100.0 * line.stat.ns / double(totalNs), 5, 'f', 1)
                    .arg(line.stat.ns / 1e3 / double(units), 6, 'f', 1)
                    .arg(line.stat.runs, 8)
                    .arg(QString::fromUtf8(sql)));
        }
    }

    void clear() { m_stats.clear(); }

private:
    struct Stat
    {
        qint64 ns = 0;
        qint64 runs = 0;
    };

    static int callback(unsigned type, void *context, void *statement, void *nanoseconds)
    {
        if (type == SQLITE_TRACE_PROFILE) {
            Stat &stat = static_cast<StatementProfile *>(context)
                             ->m_stats[QByteArray(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))];
            stat.ns += *static_cast<const sqlite3_int64 *>(nanoseconds);
            ++stat.runs;
        }
        return 0;
    }

    QHash<QByteArray, Stat> m_stats;
};

std::unique_ptr<TenantStore> openStore(const QString &path)
{
    auto opened = TenantStore::open(path);
    if (!opened)
        die(QStringLiteral("cannot open the store: %1").arg(opened.error().message));
    return std::move(opened).value();
}

/// The CREATE TABLE and CREATE INDEX statements of `movements`, as the store created them.
QStringList movementsDdl(TenantStore &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'movements'"
                               " AND type IN ('table', 'index') AND sql IS NOT NULL"
                               " ORDER BY type = 'index', name")))
        die(QStringLiteral("cannot read the schema"));
    QStringList ddl;
    while (q.next())
        ddl << q.value(0).toString();
    if (ddl.isEmpty() || !ddl.first().startsWith(QLatin1String("CREATE TABLE")))
        die(QStringLiteral("no movements table in the store"));
    return ddl;
}

void printContext(const Config &config, const QString &dir)
{
    QString qsqliteVersion = QStringLiteral("?");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                qsqliteVersion = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    say(QStringLiteral("depot-bench-core %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    say(QStringLiteral("machine: %1 logical cores (%2), %3, %4")
            .arg(std::thread::hardware_concurrency())
            .arg(cpuModel(), QSysInfo::prettyProductName(), QSysInfo::kernelVersion()));
    say(QStringLiteral("sqlite: %1 (bench, C API), %2 (QSQLITE driver); Qt %3")
            .arg(QString::fromLatin1(sqlite3_libversion()), qsqliteVersion, QString::fromLatin1(qVersion())));
    say(QStringLiteral("run: %1 movements, %2 products, %3 locations, batches of %4, %5 interactive, seed %6")
            .arg(config.movements)
            .arg(config.products)
            .arg(config.locations)
            .arg(config.batch)
            .arg(config.interactive)
            .arg(config.seed));
    say(QStringLiteral("files in %1").arg(dir));
}

Config parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the local store; the last line is JSON."));
    parser.addHelpOption();
    const QCommandLineOption movements(QStringLiteral("movements"), QStringLiteral("Movements to record in bulk."),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption products(QStringLiteral("products"), QStringLiteral("Products in the catalog."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption locations(QStringLiteral("locations"), QStringLiteral("Locations."), QStringLiteral("n"),
                                       QStringLiteral("10"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Movements per bulk transaction."),
                                   QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption interactive(QStringLiteral("interactive"),
                                         QStringLiteral("Movements recorded one per transaction."), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
                                  QStringLiteral("20240601"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Parent directory of the temporary files (default: system temp)."),
                                 QStringLiteral("path"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the database files."));
    const QCommandLineOption trace(QStringLiteral("trace-statements"),
                                   QStringLiteral("Diagnosis: time every SQL statement of the store (slows the run)."));
    parser.addOptions({movements, products, locations, batch, interactive, seed, dir, keep, trace});
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option, qint64 min) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min)
            die(QStringLiteral("--%1 must be an integer >= %2").arg(option.names().first()).arg(min));
        return value;
    };
    Config config;
    config.movements = number(movements, 1);
    config.products = int(number(products, 1));
    config.locations = int(number(locations, 1));
    config.batch = int(number(batch, 1));
    config.interactive = int(number(interactive, 1));
    config.seed = quint64(number(seed, 0));
    config.dir = parser.value(dir);
    config.keep = parser.isSet(keep);
    config.traceStatements = parser.isSet(trace);
    return config;
}

int run(const Config &config)
{
    QTemporaryDir tempDir((config.dir.isEmpty() ? QDir::tempPath() : config.dir)
                          + QStringLiteral("/depot-bench-XXXXXX"));
    if (!tempDir.isValid())
        die(QStringLiteral("cannot create a temporary directory: %1").arg(tempDir.errorString()));
    tempDir.setAutoRemove(!config.keep);
    const QString storePath = tempDir.filePath(QStringLiteral("store.db"));
    const QString rawPath = tempDir.filePath(QStringLiteral("raw.db"));
    printContext(config, tempDir.path());

    auto store = openStore(storePath);

    // --- catalog ---
    QList<QUuid> locationIds;
    {
        StoreTransaction transaction(*store);
        for (int i = 0; i < config.locations; ++i) {
            Location location;
            const bool warehouse = i < std::max(1, config.locations / 5);
            location.type = warehouse ? core::LocationType::Warehouse : core::LocationType::Shop;
            location.code = QStringLiteral("%1%2")
                                .arg(warehouse ? QStringLiteral("WH") : QStringLiteral("SHOP"))
                                .arg(i + 1, 2, 10, QLatin1Char('0'));
            location.name = QStringLiteral("Location %1").arg(i + 1);
            auto added = store->addLocation(location);
            if (!added)
                die(added.error().message);
            locationIds << added->id;
        }
        if (!transaction.commit())
            die(QStringLiteral("cannot commit the locations"));
    }

    static const char *const kCategories[] = {"Hardware", "Garden", "Kitchen", "Paint",    "Tools",   "Electrical",
                                              "Plumbing", "Office", "Toys",    "Clothing", "Grocery", "Cleaning"};
    std::mt19937_64 catalogRng(config.seed ^ 0x5eed);
    const auto catalogUniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(catalogRng); };
    QList<QUuid> productIds;
    productIds.reserve(config.products);
    int withReorderPoint = 0;
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < config.products; first += config.batch) {
        StoreTransaction transaction(*store);
        for (int i = first; i < std::min(config.products, first + config.batch); ++i) {
            Product product;
            product.sku = QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0'));
            product.barcodes = {ean13(200000000000LL + i)};
            product.name = QStringLiteral("%1 item %2").arg(QLatin1String(kCategories[i % 12])).arg(i);
            product.category = QLatin1String(kCategories[i % 12]);
            product.costPrice = Money(catalogUniform(50, 5000), QStringLiteral("EUR"));
            product.salePrice = Money(product.costPrice.minorUnits() * 2, QStringLiteral("EUR"));
            if (std::bernoulli_distribution(config.reorderShare)(catalogRng)) {
                product.reorderPoint = Quantity::fromUnits(catalogUniform(5, 20));
                product.reorderQuantity = Quantity::fromUnits(catalogUniform(20, 100));
                ++withReorderPoint;
            }
            auto added = store->addProduct(product);
            if (!added)
                die(added.error().message);
            productIds << added->id;
        }
        if (!transaction.commit())
            die(QStringLiteral("cannot commit the products"));
    }
    const double catalogS = timer.nsecsElapsed() / 1e9;
    say(QStringLiteral("catalog: %1 products (%2 with a reorder point), %3 locations in %4 s (%5 products/s)")
            .arg(config.products)
            .arg(withReorderPoint)
            .arg(config.locations)
            .arg(catalogS, 0, 'f', 2)
            .arg(config.products / catalogS, 0, 'f', 0));

    // --- bulk: TenantStore vs raw SQLite, batch by batch on the same rows ---
    RawSqlite raw(rawPath, movementsDdl(*store));
    Workload bulkLoad(config.seed, productIds, locationIds);
    StatementProfile profile;
    if (config.traceStatements)
        profile.attach(*store);
    qint64 storeNs = 0;
    qint64 rawNs = 0;
    qint64 storeCpuNs = 0;
    qint64 rawCpuNs = 0;
    qint64 done = 0;
    qint64 nextReport = 100'000;
    std::vector<MovementDraft> drafts;
    std::vector<Movement> recorded;
    std::vector<RawRow> rows;
    while (done < config.movements) {
        const qint64 size = std::min<qint64>(config.batch, config.movements - done);
        drafts.clear();
        recorded.clear();
        rows.clear();
        for (qint64 i = 0; i < size; ++i)
            drafts.push_back(bulkLoad.next());

        qint64 cpu = cpuNs();
        timer.restart();
        {
            StoreTransaction transaction(*store);
            if (!transaction.isActive())
                die(QStringLiteral("cannot begin a transaction"));
            for (const MovementDraft &draft : drafts) {
                auto movement = store->recordMovement(draft);
                if (!movement)
                    die(QStringLiteral("recordMovement failed: %1").arg(movement.error().message));
                recorded.push_back(std::move(movement).value());
            }
            if (auto committed = transaction.commit(); !committed)
                die(QStringLiteral("commit failed: %1").arg(committed.error().message));
        }
        storeNs += timer.nsecsElapsed();
        storeCpuNs += cpuNs() - cpu;

        for (const Movement &m : recorded)
            rows.push_back(rawRow(m));
        cpu = cpuNs();
        timer.restart();
        raw.insertBatch(rows);
        rawNs += timer.nsecsElapsed();
        rawCpuNs += cpuNs() - cpu;

        done += size;
        if (done >= nextReport || done == config.movements) {
            say(QStringLiteral("  bulk %1/%2: store %3/s, raw %4/s")
                    .arg(done)
                    .arg(config.movements)
                    .arg(done / (storeNs / 1e9), 0, 'f', 0)
                    .arg(done / (rawNs / 1e9), 0, 'f', 0));
            nextReport += 100'000;
        }
    }
    const double bulkPerS = config.movements / (storeNs / 1e9);
    const double rawPerS = config.movements / (rawNs / 1e9);
    say(QStringLiteral("bulk: %1 movements/s through TenantStore (%2 s, %3 s CPU),"
                       " %4 rows/s raw SQLite (%5 s, %6 s CPU), ratio %7")
            .arg(bulkPerS, 0, 'f', 0)
            .arg(storeNs / 1e9, 0, 'f', 2)
            .arg(storeCpuNs / 1e9, 0, 'f', 2)
            .arg(rawPerS, 0, 'f', 0)
            .arg(rawNs / 1e9, 0, 'f', 2)
            .arg(rawCpuNs / 1e9, 0, 'f', 2)
            .arg(bulkPerS / rawPerS, 0, 'f', 3));
    {
        const qint64 count = store->movementCount();
        const qint64 outbox = store->pendingOutboxCount();
        // Counted in SQL: TenantStore::balances() would load every row and inflate the peak RSS.
        QSqlQuery q(store->database());
        const qint64 balanceCount =
            q.exec(QStringLiteral("SELECT count(*) FROM balances")) && q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        if (count != config.movements)
            die(QStringLiteral("the store holds %1 movements, expected %2").arg(count).arg(config.movements));
        say(QStringLiteral("store: %1 movements, %2 balances, %3 outbox entries, %4 MB on disk")
                .arg(count)
                .arg(balanceCount)
                .arg(outbox)
                .arg(QFileInfo(storePath).size() / 1e6, 0, 'f', 1));
    }
    if (config.traceStatements) {
        profile.print(QStringLiteral("bulk, per movement"), config.movements);
        profile.detach(*store);
        profile.clear();
    }
    drafts = {};
    recorded = {};
    rows = {};
    store.reset();

    // --- open and list alerts: as left by the bulk phase (the file in the OS page cache), then
    // again after dropping the file from the page cache (an open after a reboot) ---
    const auto openAndAlerts = [&](qsizetype *alertCount, qsizetype *negativeCount) {
        QElapsedTimer clock;
        clock.start();
        store = openStore(storePath);
        const QList<core::Alert> alerts = store->alerts();
        const double seconds = clock.nsecsElapsed() / 1e9;
        *alertCount = alerts.size();
        *negativeCount = std::count_if(alerts.begin(), alerts.end(),
                                       [](const core::Alert &a) { return a.kind == core::AlertKind::NegativeStock; });
        return seconds;
    };
    qsizetype alertCount = 0;
    qsizetype negativeCount = 0;
    const double openWarmS = openAndAlerts(&alertCount, &negativeCount);
    store.reset();
    dropFromPageCache(storePath);
    qsizetype coldCount = 0;
    qsizetype coldNegative = 0;
    const double openColdS = openAndAlerts(&coldCount, &coldNegative);
    if (coldCount != alertCount || coldNegative != negativeCount)
        die(QStringLiteral("alerts differ between two opens"));
    say(QStringLiteral("open + alerts: %1 s (file in the page cache), %2 s after dropping the file from the page"
                       " cache; %3 alerts (%4 negative stock, %5 low stock)")
            .arg(openWarmS, 0, 'f', 3)
            .arg(openColdS, 0, 'f', 3)
            .arg(alertCount)
            .arg(negativeCount)
            .arg(alertCount - negativeCount));
    // The clerk works on a store in daily use: its file is back in the page cache.
    readIntoPageCache(storePath);

    // --- interactive: one movement per transaction, on the store holding the bulk history ---
    const std::vector<qint64> fsyncs = fsyncLatencies(tempDir.filePath(QStringLiteral("fsync-probe")), 200);
    const double fsyncP50Ms = percentile(fsyncs, 0.50) / 1e6;
    say(QStringLiteral("disk: 4 KiB write + fdatasync p50 %1 ms, p99 %2 ms (the floor of a durable commit now)")
            .arg(fsyncP50Ms, 0, 'f', 3)
            .arg(percentile(fsyncs, 0.99) / 1e6, 0, 'f', 3));
    Workload clerk(config.seed + 1, productIds, locationIds);
    std::vector<MovementDraft> clerkDrafts;
    for (int i = 0; i < config.interactive; ++i)
        clerkDrafts.push_back(clerk.next());
    // Each store call is followed by the same row inserted into the raw table in its own
    // transaction: the floor a durable (synchronous=FULL) commit costs on this disk.
    std::vector<qint64> latencies;
    std::vector<qint64> rawLatencies;
    latencies.reserve(clerkDrafts.size());
    rawLatencies.reserve(clerkDrafts.size());
    qint64 interactiveCpuNs = 0;
    qint64 rawInteractiveCpuNs = 0;
    std::vector<RawRow> single(1);
    if (config.traceStatements)
        profile.attach(*store);
    for (const MovementDraft &draft : clerkDrafts) {
        const qint64 cpu = cpuNs();
        timer.restart();
        auto movement = store->recordMovement(draft);
        latencies.push_back(timer.nsecsElapsed());
        interactiveCpuNs += cpuNs() - cpu;
        if (!movement)
            die(QStringLiteral("recordMovement failed: %1").arg(movement.error().message));
        single[0] = rawRow(*movement);
        const qint64 rawCpu = cpuNs();
        timer.restart();
        raw.insertBatch(single);
        rawLatencies.push_back(timer.nsecsElapsed());
        rawInteractiveCpuNs += cpuNs() - rawCpu;
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(rawLatencies.begin(), rawLatencies.end());
    const double p50Ms = percentile(latencies, 0.50) / 1e6;
    const double p99Ms = percentile(latencies, 0.99) / 1e6;
    const double rawP50Ms = percentile(rawLatencies, 0.50) / 1e6;
    const double rawP99Ms = percentile(rawLatencies, 0.99) / 1e6;
    double meanNs = 0;
    for (qint64 ns : latencies)
        meanNs += double(ns) / double(latencies.size());
    say(QStringLiteral("interactive: %1 movements, p50 %2 ms, p90 %3 ms, p99 %4 ms, max %5 ms, mean %6 ms,"
                       " CPU %7 ms per movement")
            .arg(latencies.size())
            .arg(p50Ms, 0, 'f', 3)
            .arg(percentile(latencies, 0.90) / 1e6, 0, 'f', 3)
            .arg(p99Ms, 0, 'f', 3)
            .arg(latencies.back() / 1e6, 0, 'f', 3)
            .arg(meanNs / 1e6, 0, 'f', 3)
            .arg(interactiveCpuNs / 1e6 / double(latencies.size()), 0, 'f', 3));
    say(QStringLiteral("interactive raw SQLite (same rows, one INSERT per transaction): p50 %1 ms, p90 %2 ms,"
                       " p99 %3 ms, max %4 ms, CPU %5 ms per row")
            .arg(rawP50Ms, 0, 'f', 3)
            .arg(percentile(rawLatencies, 0.90) / 1e6, 0, 'f', 3)
            .arg(rawP99Ms, 0, 'f', 3)
            .arg(rawLatencies.back() / 1e6, 0, 'f', 3)
            .arg(rawInteractiveCpuNs / 1e6 / double(rawLatencies.size()), 0, 'f', 3));
    if (config.traceStatements)
        profile.print(QStringLiteral("interactive, per movement"), config.interactive);
    store.reset();

    const double rssMb = peakRssMb();
    say(QStringLiteral("peak RSS: %1 MB (whole process: Qt, both SQLite page caches, the bench's own buffers)")
            .arg(rssMb, 0, 'f', 1));

    QJsonObject result;
    result[QStringLiteral("bulk_movements_per_s")] = std::round(bulkPerS);
    result[QStringLiteral("raw_sqlite_inserts_per_s")] = std::round(rawPerS);
    result[QStringLiteral("bulk_vs_raw")] = round3(bulkPerS / rawPerS);
    result[QStringLiteral("interactive_p50_ms")] = round3(p50Ms);
    result[QStringLiteral("interactive_p99_ms")] = round3(p99Ms);
    result[QStringLiteral("raw_interactive_p50_ms")] = round3(rawP50Ms);
    result[QStringLiteral("raw_interactive_p99_ms")] = round3(rawP99Ms);
    result[QStringLiteral("fsync_p50_ms")] = round3(fsyncP50Ms);
    result[QStringLiteral("open_and_alerts_s")] = round3(openWarmS);
    result[QStringLiteral("open_and_alerts_cold_s")] = round3(openColdS);
    result[QStringLiteral("alerts")] = qint64(alertCount);
    result[QStringLiteral("movements")] = config.movements;
    result[QStringLiteral("products")] = config.products;
    result[QStringLiteral("peak_rss_mb")] = std::round(rssMb * 10) / 10;
    say(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}

} // namespace

} // namespace depot::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("depot-bench-core"));
    return depot::bench::run(depot::bench::parseArguments(app));
}
