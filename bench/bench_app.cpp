// depot-bench-app: how the desktop app (the real depot_gui widgets, offscreen) feels on a big store:
// 100,000 products and 1,000,000 movements, as a device that pulled a large company's history.
//
// Figures (see docs/benchmarks.md):
//   cold_start_s   a fresh process until its main window is shown and the event loop is idle;
//   search_p95_ms  one keystroke in the products search until the result table is updated and painted;
//   scan_p95_ms    a scanned barcode + Enter in quick entry until the movement is recorded and shown;
//   peak_rss_mb    peak resident memory of the app process (the largest of the measured processes).
// Each is printed next to a baseline measured in the same run (an empty Qt window; the store call
// alone). Figures are reported, never asserted. The last line is one JSON object.
//
// The fixture store is built once (a child process, through TenantStore's pull path) and cached
// in a scratch folder (--cache, default ~/.cache/depot-bench); each run works on a copy.

#include "languagemanager.h"
#include "mainwindow.h"
#include "productspage.h"
#include "quickentrypage.h"
#include "storecontext.h"

#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace depot::bench {

using core::CatalogRecord;
using core::Hlc;
using core::Movement;
using core::MovementKind;
using core::Quantity;
using core::TenantStore;

namespace {

constexpr int kFixtureVersion = 3; // 3: schema 4 (search index without barcodes, products_sku_lookup)
constexpr int kLocations = 10;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "depot-bench-app: %s\n", qPrintable(what));
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
    return usage.ru_maxrss / 1024.0;
}

/// Peak RSS of a running process (VmHWM), in MB; 0 when unknown.
double peakRssMbOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

/// What a clerk types for `text`: lower case, no accents (the search ignores them).
QString typed(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower().normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128)
            out += c;
    return out;
}

/// Nearest-rank percentile of samples (sorted here).
double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<size_t>(std::ceil(p * double(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

/// Drops the file's clean pages from the OS page cache (best effort), for a start after a reboot.
void dropFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

QString ean13(qint64 twelveDigits)
{
    QString digits = QStringLiteral("%1").arg(twelveDigits, 12, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits[i].unicode() - u'0') * (i % 2 ? 3 : 1);
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

// Product names a shop would have: noun + brand + size, so that searches look like a clerk's.
const char *const kNouns[] = {
    "Riz parfumé", "Huile végétale", "Sucre en poudre",   "Farine de blé", "Spaghetti",    "Couscous",
    "Lentilles",   "Sel iodé",       "Tomate concentrée", "Bouillon",      "Mayonnaise",   "Sardines",
    "Corned beef", "Lait en poudre", "Lait UHT",          "Yaourt",        "Beurre",       "Fromage",
    "Café moulu",  "Thé vert",       "Jus de bissap",     "Eau minérale",  "Soda",         "Biscuits",
    "Savon",       "Dentifrice",     "Shampooing",        "Lessive",       "Eau de Javel", "Papier toilette",
    "Couches",     "Piles AA",       "Bougies",           "Allumettes",    "Ampoule LED",  "Insecticide",
    "Pain de mie", "Chocolat",       "Confiture",         "Vinaigre"};
const char *const kCategories[] = {"Épicerie", "Crèmerie", "Boissons", "Hygiène", "Entretien", "Maison"};
const char *const kBrands[] = {"Teranga", "Sahel",  "Baobab", "Niani", "Dakar Food", "Kirène", "Zena",
                               "Pressea", "Madar",  "Signal", "Lotus", "Softcare",   "Jumbo",  "Adja",
                               "Dolima",  "Candia", "Gloria", "Touba", "Wehbe",      "Rica"};
const char *const kSizes[] = {"100 g", "250 g", "500 g", "1 kg", "5 kg", "25 kg", "33 cl", "1 L", "1,5 L", "5 L"};

int categoryOf(int noun)
{
    return noun < 14 ? 0 : noun < 18 ? 1 : noun < 24 ? 2 : noun < 27 ? 3 : noun < 31 ? 4 : 5;
}

struct ProductName
{
    QString name;
    QString category;
};

ProductName productName(int i)
{
    const int noun = i % int(std::size(kNouns));
    const int brand = (i / int(std::size(kNouns))) % int(std::size(kBrands));
    const int size = (i / int(std::size(kNouns) * std::size(kBrands))) % int(std::size(kSizes));
    return {
        QStringLiteral("%1 %2 %3 #%4")
            .arg(QString::fromUtf8(kNouns[noun]), QString::fromUtf8(kBrands[brand]), QString::fromUtf8(kSizes[size]))
            .arg(i / int(std::size(kNouns) * std::size(kBrands) * std::size(kSizes)) + 1),
        QString::fromUtf8(kCategories[categoryOf(noun)])};
}

QString sku(int i)
{
    return QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0'));
}

QString barcode(int i)
{
    return ean13(370000000000LL + i);
}

QUuid productId(int i)
{
    // Stable ids, so that the measuring process can find products without a query.
    return QUuid(quint32(0x01900000 + i), 0x7000, 0x8000, 0x80, 0, 0, 0, 0, 0, 0, 1);
}

QUuid locationId(int i)
{
    return QUuid(quint32(0x01800000 + i), 0x7000, 0x8000, 0x80, 0, 0, 0, 0, 0, 0, 2);
}

QString locationCode(int i)
{
    return i < 2 ? QStringLiteral("WH%1").arg(i + 1, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("SHOP%1").arg(i - 1, 2, 10, QLatin1Char('0'));
}

/// Builds the fixture at `path` as a device that pulled everything: catalog records and movements
/// applied page by page with their server sequences, so the outbox is empty like a synced device's.
int makeFixture(const QString &path, int products, qint64 movements, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    QFile::remove(path);
    TenantStore::Options options;
    options.deviceId = QStringLiteral("bench-device");
    options.userId = QStringLiteral("bench");
    auto opened = TenantStore::open(path, options);
    if (!opened.ok())
        die(opened.error().message);
    TenantStore &store = *opened.value();

    const qint64 startMs = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const Hlc created = Hlc::fromParts(startMs, 0);
    qint64 seq = 0;
    auto record = [&](const QString &entity, const QUuid &id, const QJsonObject &fields) {
        CatalogRecord r;
        r.entity = entity;
        r.id = id;
        r.fields = fields;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            r.stamps.insert(it.key(), created);
        return r;
    };
    QList<CatalogRecord> page;
    for (int i = 0; i < kLocations; ++i)
        page << record(QStringLiteral("location"), locationId(i),
                       {{QStringLiteral("code"), locationCode(i)},
                        {QStringLiteral("name"),
                         i < 2 ? QStringLiteral("Entrepôt %1").arg(i + 1) : QStringLiteral("Boutique %1").arg(i - 1)},
                        {QStringLiteral("type"), i < 2 ? QStringLiteral("WAREHOUSE") : QStringLiteral("SHOP")},
                        {QStringLiteral("parent_id"), QJsonValue()}});
    std::mt19937_64 rng(seed);
    auto uniform = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    for (int i = 0; i < products; ++i) {
        const ProductName n = productName(i);
        const qint64 cost = uniform(50, 20000);
        QJsonObject fields{{QStringLiteral("sku"), sku(i)},
                           {QStringLiteral("barcodes"), QJsonArray{barcode(i)}},
                           {QStringLiteral("name"), n.name},
                           {QStringLiteral("category"), n.category},
                           {QStringLiteral("unit"), QStringLiteral("pcs")},
                           {QStringLiteral("cost_price"), QStringLiteral("%1 XOF").arg(cost)},
                           {QStringLiteral("sale_price"), QStringLiteral("%1 XOF").arg(cost * 13 / 10)}};
        if (uniform(0, 9) < 3) {
            fields.insert(QStringLiteral("reorder_point"), QString::number(uniform(5, 20)));
            fields.insert(QStringLiteral("reorder_quantity"), QString::number(uniform(20, 100)));
        }
        page << record(QStringLiteral("product"), productId(i), fields);
        if (page.size() >= 5000 || i + 1 == products) {
            seq += page.size();
            if (auto applied = store.applyPulledPage(page, {}, seq); !applied.ok())
                die(applied.error().message);
            page.clear();
        }
    }
    const double catalogS = timer.nsecsElapsed() / 1e9;

    // Movements over two years: 20% of the products get 80% of them, each product stocked at two
    // locations, a shop's mix of kinds (as depot-bench-core's workload).
    const qint64 spanMs = qint64(730) * 24 * 3600 * 1000;
    const int hot = std::max(1, products / 5);
    QList<Movement> batch;
    batch.reserve(10000);
    for (qint64 done = 0; done < movements; ++done) {
        const int p = int(uniform(0, 9) < 8 ? uniform(0, hot - 1) : uniform(0, products - 1));
        const int l = uniform(0, 9) < 7 ? p % kLocations : (p + 1 + (p / kLocations) % (kLocations - 1)) % kLocations;
        Movement m;
        const qint64 ms = startMs + spanMs * done / movements;
        m.hlc = Hlc::fromParts(ms, quint16(done % 1000));
        m.id = core::UuidV7::generateAt(ms);
        m.productId = productId(p);
        m.locationId = locationId(l);
        const qint64 roll = uniform(0, 99);
        if (roll < 35) {
            m.kind = MovementKind::Receipt;
            m.quantity = Quantity::fromUnits(uniform(1, 24));
            m.unitCost = core::Money(uniform(50, 5000), QStringLiteral("XOF"));
            m.reference = QStringLiteral("BL-%1").arg(uniform(1, 99999));
        } else if (roll < 88) {
            m.kind = MovementKind::Issue;
            m.quantity = Quantity::fromUnits(-uniform(1, 6));
            m.reason = QStringLiteral("Vente");
        } else if (roll < 93) {
            m.kind = MovementKind::Count;
            m.quantity = Quantity::fromUnits(uniform(0, 40));
        } else if (roll < 97) {
            m.kind = MovementKind::Loss;
            m.quantity = Quantity::fromUnits(-uniform(1, 3));
            m.reason = QStringLiteral("Casse");
        } else {
            m.kind = MovementKind::Return;
            m.quantity = Quantity::fromUnits(uniform(1, 2));
        }
        m.userId = QStringLiteral("clerk%1@bench.example").arg(l);
        m.deviceId = QStringLiteral("till-%1").arg(l);
        m.serverSeq = ++seq;
        batch << m;
        if (batch.size() == 10000 || done + 1 == movements) {
            if (auto applied = store.applyPulledMovements(batch, seq); !applied.ok())
                die(applied.error().message);
            batch.clear();
            if ((done + 1) % 100000 == 0)
                say(QStringLiteral("  fixture: %1 movements").arg(done + 1));
        }
    }
    if (store.pendingOutboxCount() != 0)
        die(QStringLiteral("the fixture has an outbox"));
    say(QStringLiteral("fixture: %1 products in %2 s, %3 movements, %4 s in all, %5 MB")
            .arg(products)
            .arg(catalogS, 0, 'f', 1)
            .arg(store.movementCount())
            .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1)
            .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));
    return 0;
}

/// Calls `ready` once, the first time the event loop has nothing left to do.
void whenIdle(QObject *context, std::function<void()> ready)
{
    auto *dispatcher = QAbstractEventDispatcher::instance();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, context,
                                   [connection, ready = std::move(ready)] {
                                       QObject::disconnect(*connection);
                                       ready();
                                   });
}

/// `--child-bare`: a process that shows an empty QMainWindow and says "benchmark-ready" when its
/// event loop is idle, as `depot --benchmark-ready` does: the baseline of what Qt itself costs.
int childBare(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    whenIdle(&window, [] {
        std::printf("benchmark-ready\n");
        std::fflush(stdout);
    });
    return app.exec();
}

struct StartFigures
{
    std::vector<double> seconds;
    double peakRssMb = 0;
};

/// Starts `program args` `runs` times; each time, the seconds from start to its "benchmark-ready"
/// line, and its peak RSS then. The child is killed after each measurement.
StartFigures measureStarts(const QString &program, const QStringList &args, int runs, const QString &dropFile,
                           const QString &configHome)
{
    StartFigures f;
    for (int i = 0; i < runs; ++i) {
        if (!dropFile.isEmpty()) {
            dropFromPageCache(dropFile);
            dropFromPageCache(dropFile + QStringLiteral("-wal"));
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        child.start(program, args);
        bool ready = false;
        while (!ready && timer.elapsed() < 120000) {
            if (!child.waitForReadyRead(120000 - int(timer.elapsed())))
                break;
            while (child.canReadLine()) {
                if (child.readLine().startsWith("benchmark-ready")) {
                    ready = true;
                    break;
                }
            }
        }
        const double s = timer.nsecsElapsed() / 1e9;
        if (!ready)
            die(QStringLiteral("%1 did not report ready: %2").arg(program, QString::fromUtf8(child.readAll())));
        f.seconds.push_back(s);
        f.peakRssMb = std::max(f.peakRssMb, peakRssMbOf(child.processId()));
        child.kill();
        child.waitForFinished(10000);
    }
    return f;
}

/// Runs the event loop until nothing is pending (posted events, paints).
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

struct Config
{
    int products = 100'000;
    qint64 movements = 1'000'000;
    quint64 seed = 20261122;
    QString cache;
    int runs = 5;
    int queries = 40;
    int scans = 300;
};

int run(QApplication &app, const Config &config)
{
    const QString cacheDir =
        config.cache.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache/depot-bench") : config.cache;
    QDir().mkpath(cacheDir);
    const QString fixture = QDir(cacheDir).filePath(QStringLiteral("app-fixture-v%1-p%2-m%3-s%4.sqlite")
                                                        .arg(kFixtureVersion)
                                                        .arg(config.products)
                                                        .arg(config.movements)
                                                        .arg(config.seed));
    double fixtureBuildS = 0;
    if (!QFileInfo::exists(fixture)) {
        say(QStringLiteral("building the fixture (once; cached as %1)").arg(fixture));
        QElapsedTimer timer;
        timer.start();
        const QString partial = fixture + QStringLiteral(".partial");
        const int rc = QProcess::execute(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("--make-fixture"), partial, QStringLiteral("--products"),
                                          QString::number(config.products), QStringLiteral("--movements"),
                                          QString::number(config.movements), QStringLiteral("--seed"),
                                          QString::number(config.seed)});
        if (rc != 0)
            die(QStringLiteral("building the fixture failed"));
        // A closed store has no -wal left behind; the fixture is one file.
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        if (!QFile::rename(partial, fixture))
            die(QStringLiteral("cannot move the fixture to %1").arg(fixture));
        fixtureBuildS = timer.nsecsElapsed() / 1e9;
    } else {
        say(QStringLiteral("fixture: %1 (cached)").arg(fixture));
    }

    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/depot-bench-app-XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));
    const QString dataDir = work.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    const QString storePath = QDir(dataDir).filePath(QStringLiteral("store.sqlite"));
    if (!QFile::copy(fixture, storePath))
        die(QStringLiteral("cannot copy the fixture"));
    QFile(storePath).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    {
        // A fixture cached by an older build is migrated here once, not in the first timed start.
        auto opened = core::TenantStore::open(storePath);
        if (!opened)
            die(QStringLiteral("cannot open the fixture: %1").arg(opened.error().message));
    }
    const QString configHome = work.filePath(QStringLiteral("config"));

    // --- cold start: fresh `depot` processes on the store, until the window is usable ---
    const QString depot = QStringLiteral(DEPOT_APP_BIN);
    const QStringList startArgs{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--language"),
                                QStringLiteral("en"), QStringLiteral("--benchmark-ready")};
    const StartFigures bare = measureStarts(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-bare")},
                                            config.runs, {}, configHome);
    const StartFigures warm = measureStarts(depot, startArgs, config.runs, {}, configHome);
    const StartFigures cold = measureStarts(depot, startArgs, config.runs, storePath, configHome);
    const double coldStartS = percentile(warm.seconds, 0.5);
    say(QStringLiteral("start (depot --benchmark-ready): median %1 s with the store in the page cache, %2 s after "
                       "dropping it (best effort); an empty Qt window: %3 s; peak RSS %4 MB")
            .arg(coldStartS, 0, 'f', 3)
            .arg(percentile(cold.seconds, 0.5), 0, 'f', 3)
            .arg(percentile(bare.seconds, 0.5), 0, 'f', 3)
            .arg(std::max(warm.peakRssMb, cold.peakRssMb), 0, 'f', 1));

    // --- in this process: the real widgets, offscreen ---
    auto opened = app::StoreContext::openDataDir(dataDir, QStringLiteral("bench"));
    if (!opened.ok())
        die(opened.error().message);
    app::StoreContext context(std::move(opened).value());
    app::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    app::MainWindow window(context, languages);
    window.resize(1280, 800);
    window.show();
    settle();

    std::mt19937_64 rng(config.seed ^ 0xa99);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    // Search: what a clerk types, keystroke by keystroke (a word of a name, a SKU, a barcode),
    // then clears the field.
    auto *products = window.findPage<app::ProductsPage>();
    if (!products)
        die(QStringLiteral("no products page"));
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i) == products)
            window.showPage(i);
    settle();
    QLineEdit *search = products->searchField();
    std::vector<double> searchMs;
    std::vector<double> searchStoreMs;
    qint64 rowsSeen = 0;
    for (int q = 0; q < config.queries; ++q) {
        const int p = uniform(0, config.products - 1);
        QString text;
        // A word, two words, a SKU, a barcode.
        switch (q % 4) {
        case 0:
            text = typed(productName(p).name.section(u' ', 0, 0));
            break;
        case 1:
            text = typed(productName(p).name.section(u' ', 0, 1)).left(12);
            break;
        case 2:
            text = sku(p);
            break;
        default:
            text = barcode(p);
            break;
        }
        for (const QChar c : text) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, c.toLatin1());
            settle();
            searchMs.push_back(msSince(timer));
            if (qEnvironmentVariableIsSet("DEPOT_BENCH_VERBOSE"))
                say(QStringLiteral("  '%1': %2 ms, %3 rows")
                        .arg(search->text())
                        .arg(searchMs.back(), 0, 'f', 1)
                        .arg(products->table()->rowCount()));
            rowsSeen += products->table()->rowCount();
        }
        // The same queries through the store alone: the baseline.
        for (int n = 1; n <= text.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            const auto found = context.store().searchProducts(text.left(n), 200); // as many as the screen asks
            searchStoreMs.push_back(msSince(timer));
            Q_UNUSED(found);
        }
        if (products->table()->rowCount() == 0)
            die(QStringLiteral("the search for '%1' found nothing").arg(text));
        QElapsedTimer timer;
        timer.start();
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        settle();
        searchMs.push_back(msSince(timer));
    }
    say(QStringLiteral("search: %1 keystrokes, p50 %2 ms, p95 %3 ms, max %4 ms (store alone: p50 %5 ms, p95 %6 ms)")
            .arg(searchMs.size())
            .arg(percentile(searchMs, 0.5), 0, 'f', 2)
            .arg(percentile(searchMs, 0.95), 0, 'f', 2)
            .arg(percentile(searchMs, 1.0), 0, 'f', 2)
            .arg(percentile(searchStoreMs, 0.5), 0, 'f', 2)
            .arg(percentile(searchStoreMs, 0.95), 0, 'f', 2));

    // Scan: quick entry at a shop, sales by barcode.
    auto *quick = window.findPage<app::QuickEntryPage>();
    if (!quick)
        die(QStringLiteral("no quick entry page"));
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i) == quick)
            window.showPage(i);
    settle();
    quick->setMode(app::QuickEntryPage::Mode::Issue);
    QLineEdit *scan = quick->scanField();
    scan->setText(locationCode(2));
    QTest::keyClick(scan, Qt::Key_Return);
    settle();
    if (quick->locationId() != locationId(2))
        die(QStringLiteral("scanning the location code did not select it"));
    const qint64 before = context.store().movementCount();
    std::vector<double> scanMs;
    for (int s = 0; s < config.scans; ++s) {
        const int p = uniform(0, 9) < 8 ? uniform(0, config.products / 5 - 1) : uniform(0, config.products - 1);
        scan->setText(barcode(p)); // the scanner's keystrokes, before its Enter
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(scan, Qt::Key_Return);
        settle();
        scanMs.push_back(msSince(timer));
        if (!quick->messageLabel()->text().contains(sku(p)))
            die(QStringLiteral("scan %1 was not shown: %2").arg(barcode(p), quick->messageLabel()->text()));
    }
    if (context.store().movementCount() != before + config.scans)
        die(QStringLiteral("the scans did not all record a movement"));
    // Baseline: the same write through the store alone.
    std::vector<double> scanStoreMs;
    for (int s = 0; s < config.scans; ++s) {
        const int p = uniform(0, config.products - 1);
        QElapsedTimer timer;
        timer.start();
        const auto product = context.store().productByBarcode(barcode(p));
        core::MovementDraft draft;
        draft.productId = product->id;
        draft.locationId = locationId(2);
        draft.kind = MovementKind::Issue;
        draft.quantity = Quantity::fromUnits(1);
        if (!context.store().recordMovement(draft).ok())
            die(QStringLiteral("recordMovement failed"));
        scanStoreMs.push_back(msSince(timer));
    }
    say(QStringLiteral("scan: %1 scans, p50 %2 ms, p95 %3 ms, max %4 ms (lookup + recordMovement alone: p50 %5 ms, "
                       "p95 %6 ms)")
            .arg(scanMs.size())
            .arg(percentile(scanMs, 0.5), 0, 'f', 2)
            .arg(percentile(scanMs, 0.95), 0, 'f', 2)
            .arg(percentile(scanMs, 1.0), 0, 'f', 2)
            .arg(percentile(scanStoreMs, 0.5), 0, 'f', 2)
            .arg(percentile(scanStoreMs, 0.95), 0, 'f', 2));

    const double inProcessRss = peakRssMb();
    const double appRss = std::max({warm.peakRssMb, cold.peakRssMb, inProcessRss});
    say(QStringLiteral("peak RSS: %1 MB (started app), %2 MB (this process: window, searches, scans)")
            .arg(std::max(warm.peakRssMb, cold.peakRssMb), 0, 'f', 1)
            .arg(inProcessRss, 0, 'f', 1));
    Q_UNUSED(app);

    QJsonObject figures{
        {QStringLiteral("cold_start_s"), round3(coldStartS)},
        {QStringLiteral("cold_start_uncached_s"), round3(percentile(cold.seconds, 0.5))},
        {QStringLiteral("bare_qt_window_start_s"), round3(percentile(bare.seconds, 0.5))},
        {QStringLiteral("search_p50_ms"), round2(percentile(searchMs, 0.5))},
        {QStringLiteral("search_p95_ms"), round2(percentile(searchMs, 0.95))},
        {QStringLiteral("search_store_p95_ms"), round2(percentile(searchStoreMs, 0.95))},
        {QStringLiteral("scan_p50_ms"), round2(percentile(scanMs, 0.5))},
        {QStringLiteral("scan_p95_ms"), round2(percentile(scanMs, 0.95))},
        {QStringLiteral("scan_store_p95_ms"), round2(percentile(scanStoreMs, 0.95))},
        {QStringLiteral("peak_rss_mb"), round2(appRss)},
        {QStringLiteral("products"), config.products},
        {QStringLiteral("movements"), config.movements},
        {QStringLiteral("fixture_build_s"), round2(fixtureBuildS)},
        {QStringLiteral("search_keystrokes"), qint64(searchMs.size())},
        {QStringLiteral("scans"), qint64(scanMs.size())},
    };
    Q_UNUSED(rowsSeen);
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

Config parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop app benchmark on a large store (figures only)."));
    parser.addHelpOption();
    const QCommandLineOption products(QStringLiteral("products"), QStringLiteral("Products (100000)."),
                                      QStringLiteral("N"));
    const QCommandLineOption movements(QStringLiteral("movements"), QStringLiteral("Movements (1000000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QStringLiteral("Folder that keeps the fixture between runs (~/.cache/depot-bench)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Process starts per figure (5)."),
                                  QStringLiteral("N"));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("Searches typed (40)."),
                                     QStringLiteral("N"));
    const QCommandLineOption scans(QStringLiteral("scans"), QStringLiteral("Barcodes scanned (300)."),
                                   QStringLiteral("N"));
    const QCommandLineOption makeFixture(QStringLiteral("make-fixture"), QStringLiteral("(internal)"),
                                         QStringLiteral("PATH"));
    parser.addOptions({products, movements, seed, cache, runs, queries, scans, makeFixture});
    parser.process(arguments);
    Config c;
    auto number = [&](const QCommandLineOption &o, qint64 fallback, qint64 min) {
        if (!parser.isSet(o))
            return fallback;
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < min)
            die(QStringLiteral("--%1 must be an integer >= %2").arg(o.names().first()).arg(min));
        return v;
    };
    c.products = int(number(products, c.products, 100));
    c.movements = number(movements, c.movements, 1);
    c.seed = quint64(number(seed, qint64(c.seed), 0));
    c.cache = parser.value(cache);
    c.runs = int(number(runs, c.runs, 1));
    c.queries = int(number(queries, c.queries, 1));
    c.scans = int(number(scans, c.scans, 1));
    return c;
}

} // namespace

} // namespace depot::bench

int main(int argc, char *argv[])
{
    using namespace depot::bench;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.value(1) == u"--child-bare")
        return childBare(argc, argv);
    if (arguments.contains(QStringLiteral("--make-fixture"))) {
        QCoreApplication app(argc, argv);
        const Config c = parse(QCoreApplication::arguments());
        return makeFixture(arguments.value(arguments.indexOf(QStringLiteral("--make-fixture")) + 1), c.products,
                           c.movements, c.seed);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DepotBench"));
    QApplication::setApplicationName(QStringLiteral("depot-bench-app"));
    QStandardPaths::setTestModeEnabled(true); // settings of our own, not the user's
    QSettings().clear();
    const Config config = parse(QCoreApplication::arguments());
    return run(app, config);
}
