// depot-bench-server: push ingest over HTTPS against the raw database engine, push latency under
// 100 concurrent clients, login time and server memory. Starts its own servers (SQLite, and
// PostgreSQL 15 in a throwaway cluster) on 127.0.0.1. Prints figures; never passes or fails on time.
// The last line is one JSON object.
#include "benchutil.h"
#include "harness.h"

#include "core/uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace depot::server::test;
using namespace depot::bench;

namespace {

constexpr int kIngestClients = 4;
constexpr int kIngestBatch = 1000;
constexpr int kLatencyClients = 100;
constexpr int kLatencyBatch = 100;
constexpr int kLatencyRounds = 5;
constexpr int kLatencyTenants = 20;

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "depot-bench-server: %s\n", qPrintable(why));
    std::exit(1);
}

struct Tenant
{
    QString slug;
    QString email;
    QString product;
    QString location;
};

struct Client
{
    QString token;
    QString device;
};

QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}

Tenant makeTenant(HttpClient &http, const QString &name)
{
    Tenant t;
    t.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@bench.test");
    const Response r = http.post(QStringLiteral("/api/v1/signup"), {{"company_name", name},
                                                                    {"company_email", t.email},
                                                                    {"admin_email", t.email},
                                                                    {"admin_password", "bench-password-1"},
                                                                    {"admin_first_name", "B"},
                                                                    {"admin_last_name", "B"},
                                                                    {"plan", "enterprise"},
                                                                    {"accept_terms", true}});
    if (r.status != 201)
        die(QStringLiteral("signup failed: ") + QString::fromUtf8(r.body));
    t.slug = str(r.data().toObject().value("tenant"), "slug");
    return t;
}

Client login(HttpClient &http, const Tenant &t, const QString &device, qint64 *elapsedUs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const Response r =
        http.post(QStringLiteral("/api/v1/auth/login"),
                  {{"tenant", t.slug}, {"identifier", t.email}, {"password", "bench-password-1"}, {"device", device}});
    if (elapsedUs)
        *elapsedUs = timer.nsecsElapsed() / 1000;
    if (r.status != 200)
        die(QStringLiteral("login failed: ") + QString::fromUtf8(r.body));
    return {str(r.data(), "access_token"), device};
}

void seedCatalog(HttpClient &http, Tenant &t, const Client &c)
{
    t.product =
        str(http.post(QStringLiteral("/api/v1/products"), {{"sku", "BENCH"}, {"name", "Bench"}}, c.token).data(), "id");
    t.location =
        str(http.post(QStringLiteral("/api/v1/locations"), {{"code", "W"}, {"name", "W"}}, c.token).data(), "id");
    if (t.product.isEmpty() || t.location.isEmpty())
        die(QStringLiteral("cannot seed the catalog"));
}

QJsonObject movement(const Tenant &t, quint64 hlc)
{
    return QJsonObject{{"id", depot::core::uuidToText(depot::core::UuidV7::generate())},
                       {"product_id", t.product},
                       {"location_id", t.location},
                       {"kind", "RECEIPT"},
                       {"quantity", "1.5"},
                       {"unit_cost", "2.00 EUR"},
                       {"reason", "bench"},
                       {"reference", "PO-1"},
                       {"note", ""},
                       {"user", "bench"},
                       {"device", "bench"},
                       {"hlc", QString::number(hlc)},
                       {"transfer_id", QJsonValue()},
                       {"reverses_id", QJsonValue()}};
}

QByteArray pushBody(const Tenant &t, const QString &device, int count, quint64 *hlc)
{
    QJsonArray movements;
    for (int i = 0; i < count; ++i)
        movements.append(movement(t, ++*hlc));
    return QJsonDocument(
               QJsonObject{
                   {"protocol", 1}, {"device", device}, {"hlc", QString::number(*hlc)}, {"movements", movements}})
        .toJson(QJsonDocument::Compact);
}

/// A pool of clients, each with its own connection, pushing prepared bodies one after the other.
/// Runs in its own thread with its own event loop; records the latency of every push.
class PushWorker : public QThread
{
public:
    struct Job
    {
        QString token;
        QList<QByteArray> bodies;
        int warmup = 0; ///< the first `warmup` pushes (connection and TLS set-up) are not timed
    };
    PushWorker(QString base, QString fingerprint, QList<Job> jobs)
        : m_base(std::move(base)),
          m_fingerprint(std::move(fingerprint)),
          m_jobs(std::move(jobs))
    { }
    QList<double> latenciesMs;
    int failures = 0;

protected:
    void run() override
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // pinned below by fingerprint
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        int pending = 0;
        QEventLoop loop;
        std::function<void(int, int)> next = [&](int job, int index) {
            if (index >= m_jobs.at(job).bodies.size()) {
                if (--pending == 0)
                    loop.quit();
                return;
            }
            QNetworkRequest request(QUrl(m_base + QStringLiteral("/api/v1/sync/push")));
            request.setSslConfiguration(ssl);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_jobs.at(job).token.toUtf8());
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            QNetworkReply *reply = managers.at(size_t(job))->post(request, m_jobs.at(job).bodies.at(index));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, timer, job, index]() {
                const QByteArray digest =
                    reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex().toUpper();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200
                    || QString::fromLatin1(digest) != QString(m_fingerprint).remove(QLatin1Char(':')))
                    ++failures;
                if (index >= m_jobs.at(job).warmup)
                    latenciesMs << timer->nsecsElapsed() / 1e6;
                reply->deleteLater();
                next(job, index + 1);
            });
        };
        for (int i = 0; i < m_jobs.size(); ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        pending = int(m_jobs.size());
        for (int i = 0; i < m_jobs.size(); ++i)
            next(i, 0);
        if (pending > 0)
            loop.exec();
    }

private:
    QString m_base;
    QString m_fingerprint;
    QList<Job> m_jobs;
};

/// Runs jobs over `threads` threads; returns wall time in seconds, and latencies.
double runPushes(const ServerProcess &server, const QList<PushWorker::Job> &jobs, int threads, QList<double> *latencies,
                 int *failures)
{
    QList<QList<PushWorker::Job>> split(threads);
    for (int i = 0; i < jobs.size(); ++i)
        split[i % threads] << jobs.at(i);
    std::vector<std::unique_ptr<PushWorker>> workers;
    for (const auto &part : split)
        workers.push_back(std::make_unique<PushWorker>(server.baseUrl(), server.fingerprint(), part));
    QElapsedTimer wall;
    wall.start();
    for (auto &w : workers)
        w->start();
    for (auto &w : workers)
        w->wait();
    const double seconds = wall.nsecsElapsed() / 1e9;
    for (auto &w : workers) {
        *latencies << w->latenciesMs;
        *failures += w->failures;
    }
    return seconds;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

/// Diagnosis: DEPOT_BENCH_SERVER_LOG=FILE appends each server's log (JSON lines) to FILE; set
/// QT_LOGGING_RULES=depot.server.sync.debug=true as well to get the push timings.
void keepServerLog(ServerProcess &server)
{
    const QString path = qEnvironmentVariable("DEPOT_BENCH_SERVER_LOG");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write(server.stderrText());
}

double peakRssMb(const ServerProcess &server)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(server.pid()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// CPU microseconds per movement of a phase: the server process, this process (the clients, or
/// the raw engine's caller) and the PostgreSQL backends, so that figures taken on a loaded machine
/// can be read against what each side needs.
struct CpuUse
{
    double server = 0;
    double self = 0;
    double postgres = 0;
};

class CpuMeter
{
public:
    explicit CpuMeter(qint64 serverPid = 0) : m_serverPid(serverPid) { m_start = read(); }
    CpuUse perMovementUs(qint64 movements) const
    {
        const CpuUse now = read();
        const double scale = 1e6 / double(std::max<qint64>(1, movements));
        return {(now.server - m_start.server) * scale, (now.self - m_start.self) * scale,
                (now.postgres - m_start.postgres) * scale};
    }

private:
    CpuUse read() const
    {
        return {m_serverPid ? processCpuSeconds(m_serverPid) : 0, cpuSeconds(), processesCpuSeconds("postgres")};
    }
    qint64 m_serverPid;
    CpuUse m_start;
};

QString cpuLine(const CpuUse &cpu)
{
    return QStringLiteral("  CPU per movement: server %1 us, this process %2 us, postgres %3 us")
        .arg(cpu.server, 0, 'f', 1)
        .arg(cpu.self, 0, 'f', 1)
        .arg(cpu.postgres, 0, 'f', 1);
}

/// The ingest figure over HTTPS: kIngestClients clients, batches of kIngestBatch, `batches` in all.
double ingest(ServerProcess &server, HttpClient &http, const QString &label, int batches, CpuUse *cpu)
{
    Tenant t = makeTenant(http, QStringLiteral("Ingest %1 %2").arg(label).arg(QDateTime::currentMSecsSinceEpoch()));
    QList<Client> clients;
    for (int i = 0; i < kIngestClients; ++i)
        clients << login(http, t, QStringLiteral("ingest-%1").arg(i));
    seedCatalog(http, t, clients.first());
    QList<PushWorker::Job> jobs;
    quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    for (int i = 0; i < kIngestClients; ++i) {
        PushWorker::Job job{clients.at(i).token, {}, 0};
        for (int b = i; b < batches; b += kIngestClients)
            job.bodies << pushBody(t, clients.at(i).device, kIngestBatch, &hlc);
        jobs << job;
    }
    QList<double> latencies;
    int failures = 0;
    const CpuMeter meter(server.pid());
    const double seconds = runPushes(server, jobs, kIngestClients, &latencies, &failures);
    *cpu = meter.perMovementUs(qint64(batches) * kIngestBatch);
    if (failures)
        die(QStringLiteral("%1 ingest pushes failed").arg(failures));
    const double rate = batches * double(kIngestBatch) / seconds;
    say(QStringLiteral("%1 ingest over HTTPS: %2 movements in %3 s = %4 /s")
            .arg(label)
            .arg(batches * kIngestBatch)
            .arg(seconds, 0, 'f', 2)
            .arg(rate, 0, 'f', 0));
    say(cpuLine(*cpu));
    return rate;
}

QVariantList rawRow(const QString &tenant, const QString &product, const QString &location, qint64 seq, quint64 hlc)
{
    return {tenant,
            depot::core::uuidToText(depot::core::UuidV7::generate()),
            seq,
            product,
            location,
            QStringLiteral("RECEIPT"),
            qint64(1500),
            QStringLiteral("2.00 EUR"),
            QStringLiteral("bench"),
            QStringLiteral("PO-1"),
            QString(""),
            QStringLiteral("bench"),
            QStringLiteral("bench"),
            qint64(hlc),
            QVariant(),
            QVariant(),
            product,
            qint64(1)};
}

const char *kRawInsert =
    "INSERT INTO movements (tenant_id, id, seq, product_id, location_id, kind, quantity, unit_cost, reason, "
    "reference, note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, recorded_at) VALUES ";

/// Seeds a tenant, product and location directly in a migrated database; returns their ids.
QStringList seedRaw(QSqlDatabase &db)
{
    const QString tenant = depot::core::uuidToText(depot::core::UuidV7::generate());
    const QString product = depot::core::uuidToText(depot::core::UuidV7::generate());
    const QString location = depot::core::uuidToText(depot::core::UuidV7::generate());
    QSqlQuery q(db);
    const QStringList statements{
        QStringLiteral(
            "INSERT INTO tenants (id, slug, name, email, status, plan, trial_ends_at, created_at, updated_at) "
            "VALUES ('%1', 'raw', 'raw', 'raw@x', 'ACTIVE', 'enterprise', 0, 0, 0)")
            .arg(tenant),
        QStringLiteral("INSERT INTO products (tenant_id, id, sku, name, data, stamps, created_hlc, seq, updated_at) "
                       "VALUES ('%1', '%2', 'RAW', 'raw', '{}', '{}', 1, 1, 0)")
            .arg(tenant, product),
        QStringLiteral("INSERT INTO locations (tenant_id, id, code, name, data, stamps, created_hlc, seq, updated_at) "
                       "VALUES ('%1', '%2', 'RAW', 'raw', '{}', '{}', 1, 2, 0)")
            .arg(tenant, location)};
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            die(QStringLiteral("raw seed failed: ") + q.lastError().text());
    }
    return {tenant, product, location};
}

/// SQLite baseline: prepared single-row inserts, one transaction per 1,000 rows, same PRAGMAs.
double rawSqlite(const QString &path, int rows, CpuUse *cpu)
{
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-sqlite"));
        db.setDatabaseName(path);
        if (!db.open())
            die(QStringLiteral("cannot open the raw SQLite file"));
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        const QStringList ids = seedRaw(db);
        QSqlQuery insert(db);
        insert.prepare(QLatin1String(kRawInsert) + QStringLiteral("(?") + QStringLiteral(", ?").repeated(17)
                       + QLatin1Char(')'));
        quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
        const CpuMeter meter;
        QElapsedTimer timer;
        timer.start();
        for (int done = 0; done < rows;) {
            db.transaction();
            for (int i = 0; i < kIngestBatch && done < rows; ++i, ++done) {
                const QVariantList row = rawRow(ids.at(0), ids.at(1), ids.at(2), done + 10, ++hlc);
                for (int c = 0; c < row.size(); ++c)
                    insert.bindValue(c, row.at(c));
                if (!insert.exec())
                    die(QStringLiteral("raw SQLite insert failed: ") + insert.lastError().text());
            }
            db.commit();
        }
        rate = rows / (timer.nsecsElapsed() / 1e9);
        *cpu = meter.perMovementUs(rows);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-sqlite"));
    say(QStringLiteral("SQLite raw prepared inserts: %1 rows = %2 /s").arg(rows).arg(rate, 0, 'f', 0));
    say(cpuLine(*cpu));
    return rate;
}

QString sqlLiteral(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.metaType() == QMetaType::fromType<qint64>() || v.metaType() == QMetaType::fromType<int>())
        return QString::number(v.toLongLong());
    return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

/// PostgreSQL baseline: multi-row INSERT of 1,000 rows per statement from one connection.
double rawPostgres(PostgresInstance &pg, int rows, CpuUse *cpu)
{
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-pg"));
        db.setHostName(pg.socketDir());
        db.setDatabaseName(QStringLiteral("raw"));
        db.setUserName(QStringLiteral("postgres"));
        if (!db.open())
            die(QStringLiteral("cannot open the raw PostgreSQL database: ") + db.lastError().text());
        const QStringList ids = seedRaw(db);
        QSqlQuery q(db);
        quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
        const CpuMeter meter;
        QElapsedTimer timer;
        timer.start();
        for (int done = 0; done < rows;) {
            QString sql = QLatin1String(kRawInsert);
            for (int i = 0; i < kIngestBatch && done < rows; ++i, ++done) {
                const QVariantList row = rawRow(ids.at(0), ids.at(1), ids.at(2), done + 10, ++hlc);
                sql += i ? QLatin1String(", (") : QLatin1String("(");
                for (int c = 0; c < row.size(); ++c)
                    sql += (c ? QLatin1String(", ") : QLatin1String("")) + sqlLiteral(row.at(c));
                sql += QLatin1Char(')');
            }
            if (!q.exec(sql))
                die(QStringLiteral("raw PostgreSQL insert failed: ") + q.lastError().text());
        }
        rate = rows / (timer.nsecsElapsed() / 1e9);
        *cpu = meter.perMovementUs(rows);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-pg"));
    say(QStringLiteral("PostgreSQL raw multi-row INSERT: %1 rows = %2 /s").arg(rows).arg(rate, 0, 'f', 0));
    say(cpuLine(*cpu));
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int batches = args.size() > 1 ? std::max(4, args.at(1).toInt()) : 60; // x 1,000 movements per backend
    const int workers = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 16;
    // Diagnosis (profiling one phase): DEPOT_BENCH_PHASES=sqlite,postgres,latency,login (default all).
    const QStringList phases = qEnvironmentVariableIsSet("DEPOT_BENCH_PHASES")
                                   ? qEnvironmentVariable("DEPOT_BENCH_PHASES").split(QLatin1Char(','))
                                   : QStringList{QStringLiteral("sqlite"), QStringLiteral("postgres"),
                                                 QStringLiteral("latency"), QStringLiteral("login")};
    const QStringList serverArgs{QStringLiteral("--tenant-rate-per-s"), QStringLiteral("1000000"),
                                 QStringLiteral("--tenant-burst"),      QStringLiteral("1000000"),
                                 QStringLiteral("--signups-per-ip"),    QStringLiteral("100000"),
                                 QStringLiteral("--password-profile"),  QStringLiteral("interactive"),
                                 QStringLiteral("--workers"),           QString::number(workers)};
    QJsonObject result;
    QJsonObject cpuUs; // CPU microseconds per movement, per phase
    const auto cpuJson = [](const CpuUse &c, const char *self) {
        return QJsonObject{{"server", std::round(c.server * 10) / 10},
                           {QLatin1String(self), std::round(c.self * 10) / 10},
                           {"postgres", std::round(c.postgres * 10) / 10}};
    };
    result.insert("loadavg_start", loadAverage());
    double rssMb = 0;

    // ---- SQLite
    QTemporaryDir sqliteDir;
    if (phases.contains(QStringLiteral("sqlite"))) {
        ServerProcess server;
        QString error;
        if (!server.start(QStringLiteral("sqlite:") + sqliteDir.filePath(QStringLiteral("depot.sqlite")),
                          sqliteDir.path(), serverArgs, &error))
            die(error);
        HttpClient http(server.baseUrl(), server.fingerprint());
        CpuUse cpu;
        const double rate = ingest(server, http, QStringLiteral("SQLite"), batches, &cpu);
        result.insert("ingest_sqlite_per_s", qRound64(rate));
        cpuUs.insert("ingest_sqlite", cpuJson(cpu, "clients"));
        rssMb = std::max(rssMb, peakRssMb(server));
        server.stop();
        keepServerLog(server);
        QByteArray out;
        if (runCommand({QStringLiteral("migrate"), QStringLiteral("--db"),
                        QStringLiteral("sqlite:") + sqliteDir.filePath(QStringLiteral("raw.sqlite"))},
                       {}, &out)
            != 0)
            die(QStringLiteral("cannot migrate the raw SQLite database"));
        const double raw = rawSqlite(sqliteDir.filePath(QStringLiteral("raw.sqlite")), batches * kIngestBatch, &cpu);
        result.insert("raw_sqlite_per_s", qRound64(raw));
        cpuUs.insert("raw_sqlite", cpuJson(cpu, "raw"));
        result.insert("ingest_vs_raw_sqlite", std::round(rate / raw * 1000) / 1000);
        say(QStringLiteral("SQLite ingest / raw: %1").arg(rate / raw, 0, 'f', 3));
    }

    // ---- PostgreSQL
    PostgresInstance pg;
    QString error;
    if (!pg.start(&error) || !pg.createDatabase(QStringLiteral("raw"), &error))
        die(error);
    QByteArray out;
    for (const QString &db : {QStringLiteral("depot"), QStringLiteral("raw")}) {
        if (runCommand({QStringLiteral("migrate"), QStringLiteral("--db"), pg.url(db)}, {}, &out) != 0)
            die(QStringLiteral("cannot migrate PostgreSQL"));
    }
    QTemporaryDir pgDir;
    ServerProcess server;
    if (!server.start(pg.url(), pgDir.path(), serverArgs, &error))
        die(error);
    HttpClient http(server.baseUrl(), server.fingerprint());
    if (phases.contains(QStringLiteral("postgres"))) {
        CpuUse cpu;
        const double rate = ingest(server, http, QStringLiteral("PostgreSQL"), batches, &cpu);
        result.insert("ingest_postgres_per_s", qRound64(rate));
        cpuUs.insert("ingest_postgres", cpuJson(cpu, "clients"));
        const double raw = rawPostgres(pg, batches * kIngestBatch, &cpu);
        result.insert("raw_postgres_per_s", qRound64(raw));
        cpuUs.insert("raw_postgres", cpuJson(cpu, "raw"));
        result.insert("ingest_vs_raw_postgres", std::round(rate / raw * 1000) / 1000);
        say(QStringLiteral("PostgreSQL ingest / raw: %1").arg(rate / raw, 0, 'f', 3));
    }

    // Push latency: 100 clients (kLatencyTenants companies x 5 devices), batches of 100.
    QList<PushWorker::Job> jobs;
    if (phases.contains(QStringLiteral("latency"))) {
        for (int t = 0; t < kLatencyTenants; ++t) {
            Tenant tenant =
                makeTenant(http, QStringLiteral("Latency %1 %2").arg(t).arg(QDateTime::currentMSecsSinceEpoch()));
            Client first;
            for (int c = 0; c < kLatencyClients / kLatencyTenants; ++c) {
                const Client client = login(http, tenant, QStringLiteral("latency-%1").arg(c));
                if (c == 0) {
                    first = client;
                    seedCatalog(http, tenant, first);
                }
                quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
                PushWorker::Job job{client.token, {}, 1};
                for (int r = 0; r < kLatencyRounds + 1; ++r)
                    job.bodies << pushBody(tenant, client.device, kLatencyBatch, &hlc);
                jobs << job;
            }
        }
        QList<double> latencies;
        int failures = 0;
        runPushes(server, jobs, 4, &latencies, &failures);
        if (failures)
            die(QStringLiteral("%1 latency pushes failed").arg(failures));
        const double p50 = percentile(latencies, 0.50);
        const double p99 = percentile(latencies, 0.99);
        say(QStringLiteral(
                "PostgreSQL push latency, %1 clients x %2 pushes of %3 (after one warm-up push each): p50 %4 ms, p99 %5 ms")
                .arg(kLatencyClients)
                .arg(kLatencyRounds)
                .arg(kLatencyBatch)
                .arg(p50, 0, 'f', 1)
                .arg(p99, 0, 'f', 1));
        result.insert("push_p50_ms", std::round(p50 * 10) / 10);
        result.insert("push_p99_ms", std::round(p99 * 10) / 10);
    }

    // Login (argon2id, interactive profile).
    if (phases.contains(QStringLiteral("login"))) {
        Tenant loginTenant = makeTenant(http, QStringLiteral("Login %1").arg(QDateTime::currentMSecsSinceEpoch()));
        QList<double> logins;
        for (int i = 0; i < 10; ++i) {
            qint64 us = 0;
            login(http, loginTenant, QStringLiteral("login-device"), &us);
            logins << us / 1000.0;
        }
        const double loginMs = percentile(logins, 0.5);
        say(QStringLiteral("login (argon2id interactive), median of 10: %1 ms").arg(loginMs, 0, 'f', 1));
        result.insert("login_ms", std::round(loginMs * 10) / 10);
    }
    rssMb = std::max(rssMb, peakRssMb(server));
    say(QStringLiteral("server peak RSS: %1 MB").arg(rssMb, 0, 'f', 1));
    result.insert("server_rss_mb", std::round(rssMb * 10) / 10);
    server.stop();
    keepServerLog(server);
    pg.stop();

    result.insert("cpu_us_per_movement", cpuUs);
    result.insert("loadavg_end", loadAverage());
    say(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}
