#include "store.h"

#include "log.h"
#include "schema.h"
#include "scopes.h"

#include "core/sqlitestatement.h"
#include "core/tenantstore.h"
#include "core/uuid.h"
#include "core/walcheckpointer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <map>
#include <string>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace depot::server {

using core::Error;
using core::Result;
using core::RuntimeError;

namespace {

std::atomic<quint64> g_storeCounter{0};

/// One connection of one thread, with its prepared statements.
struct ThreadConnection
{
    QString name;
    QHash<QString, QSqlQuery> statements;
    sqlite3 *sqlite = nullptr; ///< the QSQLITE driver's handle
    PGconn *pg = nullptr;      ///< the QPSQL driver's handle
    std::map<std::string, std::unique_ptr<core::SqliteStatement>> sqliteStatements;
    QSet<QByteArray> pgPrepared; ///< names of the statements prepared through libpq
    /// Keeps the WAL hook's state alive as long as the connection (SQLite).
    std::shared_ptr<core::WalCheckpointer::State> checkpoints;
    ~ThreadConnection()
    {
        statements.clear();
        sqliteStatements.clear(); // finalized before the driver closes the handle
        if (!name.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

/// Per thread: one connection per Store instance.
QThreadStorage<QHash<quint64, std::shared_ptr<ThreadConnection>> *> g_connections;

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    qCWarning(lcDb).noquote() << what << error.text();
    throw RuntimeError(QStringLiteral("database_error"), what + QLatin1String(": ") + error.text());
}

} // namespace

struct Store::Private
{
    /// SQLite has one writer at a time; writers of this process queue here instead of sleeping in
    /// SQLite's busy handler (which polls with growing sleeps and wrecks throughput under contention).
    QMutex sqliteWriters;
    StoreConfig config;
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString dbName;
    QString user;
    QString password;
    quint64 id = 0;
    /// SQLite: checkpoints on a thread of their own, not in the request that commits.
    std::unique_ptr<core::WalCheckpointer> checkpointer;

    QSqlDatabase openConnection(const QString &name, bool asApp)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (backend == Backend::Sqlite) {
            db.setDatabaseName(sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        } else {
            db.setHostName(host);
            db.setPort(port);
            db.setDatabaseName(dbName);
            db.setUserName(user);
            db.setPassword(password);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open())
            fail(QStringLiteral("cannot open the database"), db.lastError());
        QSqlQuery q(db);
        auto exec = [&](const QString &sql) {
            if (!q.exec(sql))
                fail(QStringLiteral("cannot configure the connection"), q.lastError());
        };
        if (backend == Backend::Sqlite) {
            exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            exec(QStringLiteral("PRAGMA synchronous=FULL"));
            exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            // 32 MB, not 2, per connection (one per worker thread): the index leaves a push touches
            // stay in it (about 8% of push throughput).
            exec(QStringLiteral("PRAGMA cache_size=-32000"));
        } else {
            exec(QStringLiteral("SET client_min_messages TO warning"));
            if (asApp)
                switchToAppRole(q);
        }
        return db;
    }

    /// Runs the application as a role that owns no table and cannot bypass RLS.
    void switchToAppRole(QSqlQuery &q)
    {
        auto privileged = [&]() {
            if (!q.exec(QStringLiteral("SELECT r.rolsuper OR r.rolbypassrls OR EXISTS (SELECT 1 FROM pg_tables t "
                                       "WHERE t.tableowner = current_user AND t.schemaname = 'public') "
                                       "FROM pg_roles r WHERE r.rolname = current_user"))
                || !q.next())
                fail(QStringLiteral("cannot inspect the database role"), q.lastError());
            return q.value(0).toBool();
        };
        if (!privileged())
            return;
        QString role = config.appRole;
        role.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!q.exec(QStringLiteral("SET ROLE \"%1\"").arg(role)))
            fail(QStringLiteral("the login role is privileged and cannot SET ROLE to the app role "
                                "(run `depot-server migrate` first)"),
                 q.lastError());
        if (privileged())
            throw RuntimeError(QStringLiteral("database_error"),
                               QStringLiteral("the application role owns tables or bypasses RLS"));
    }

    ThreadConnection &connection()
    {
        if (!g_connections.hasLocalData())
            g_connections.setLocalData(new QHash<quint64, std::shared_ptr<ThreadConnection>>());
        auto *map = g_connections.localData();
        auto it = map->find(id);
        if (it != map->end())
            return **it;
        auto conn = std::make_shared<ThreadConnection>();
        const QString name = QStringLiteral("depot-%1-%2").arg(id).arg(quintptr(QThread::currentThreadId()));
        conn->name = name;
        QSqlDatabase db = openConnection(name, true);
        attachHandle(*conn, db);
        map->insert(id, conn);
        return *conn;
    }

    /// Takes the driver's native handle for the push path's C API statements, and refuses a
    /// driver that runs another copy of the library than the one this program links (the handle
    /// would then belong to a library whose structures we do not know). See docs/development.md.
    void attachHandle(ThreadConnection &conn, QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        QSqlQuery q(db);
        if (backend == Backend::Sqlite) {
            if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
                throw RuntimeError(QStringLiteral("database_error"),
                                   QStringLiteral("the SQLite driver gives no connection handle"));
            if (!q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !q.next())
                fail(QStringLiteral("cannot read the SQLite version"), q.lastError());
            if (auto same = core::TenantStore::checkSqliteLibrary(q.value(0).toString(), q.value(1).toString()); !same)
                throw RuntimeError(same.error().code, same.error().message);
            conn.sqlite = *static_cast<sqlite3 *const *>(handle.constData());
            if (checkpointer)
                conn.checkpoints = checkpointer->attach(conn.sqlite);
            return;
        }
        // Qt registers the type as "PGconn*"; its metatype system spells it with the struct name.
        if (!handle.isValid()
            || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
            throw RuntimeError(QStringLiteral("database_error"),
                               QStringLiteral("the PostgreSQL driver gives no connection handle (%1)")
                                   .arg(QLatin1String(handle.typeName())));
        PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
        // Through our libpq, the handle must show the very session QtSql talks to.
        if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
            fail(QStringLiteral("cannot read the PostgreSQL backend"), q.lastError());
        if (!pg || PQstatus(pg) != CONNECTION_OK || PQbackendPID(pg) != q.value(0).toInt())
            throw RuntimeError(QStringLiteral("libpq_mismatch"),
                               QStringLiteral("the Qt PostgreSQL driver does not run the libpq this server "
                                              "is linked with (libpq %1): build the QPSQL driver against the "
                                              "system libpq")
                                   .arg(PQlibVersion()));
        conn.pg = pg;
    }
};

Result<std::shared_ptr<Store>> Store::open(const StoreConfig &config)
{
    auto d = std::make_unique<Private>();
    d->config = config;
    d->id = ++g_storeCounter;
    const QString url = config.url;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        d->backend = Backend::Sqlite;
        d->sqlitePath = url.mid(7);
        if (d->sqlitePath.startsWith(QLatin1String("//")))
            d->sqlitePath = d->sqlitePath.mid(2);
        if (d->sqlitePath.isEmpty())
            return Error{QStringLiteral("invalid_config"), QStringLiteral("sqlite: needs a file path")};
        QDir().mkpath(QFileInfo(d->sqlitePath).absolutePath());
        if (d->sqlitePath != u":memory:")
            // 8,000 pages (32 MB) of log between checkpoints rather than SQLite's 1,000: the index
            // leaves a push writes are written back once for many commits (the checkpoint thread
            // took 30% of the server's CPU during a push of 100,000 movements with 1,000).
            d->checkpointer = std::make_unique<core::WalCheckpointer>(d->sqlitePath, 8000);
    } else if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        d->backend = Backend::Postgres;
        const QUrl u(url);
        if (!u.isValid())
            return Error{QStringLiteral("invalid_config"), QStringLiteral("invalid PostgreSQL URL")};
        d->host = u.host();
        d->port = u.port(5432);
        d->dbName = u.path().mid(1);
        d->user = u.userName();
        d->password = u.password();
        const QUrlQuery query(u);
        if (query.hasQueryItem(QStringLiteral("host")))
            d->host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (d->dbName.isEmpty())
            return Error{QStringLiteral("invalid_config"), QStringLiteral("the PostgreSQL URL needs a database name")};
    } else {
        return Error{QStringLiteral("invalid_config"),
                     QStringLiteral("--db must be sqlite:PATH or postgresql://user@host/db")};
    }
    return std::shared_ptr<Store>(new Store(std::move(d)));
}

Store::Store(std::unique_ptr<Private> d) : d(std::move(d)) { }
Store::~Store() = default;

Backend Store::backend() const
{
    return d->backend;
}

QString Store::describe() const
{
    if (d->backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + d->sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(d->user, d->host).arg(d->port).arg(d->dbName);
}

void Store::releaseThreadConnection()
{
    if (g_connections.hasLocalData())
        g_connections.localData()->remove(d->id);
}

Result<int> Store::schemaVersion()
{
    try {
        for (int attempt = 0; attempt < 2; ++attempt) {
            {
                QSqlDatabase db = QSqlDatabase::database(d->connection().name, false);
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT version FROM schema_version")))
                    return q.next() ? q.value(0).toInt() : 0;
                // No table yet, or a dead connection: tell them apart.
                QSqlQuery ping(db);
                if (ping.exec(QStringLiteral("SELECT 1")))
                    return 0;
            }
            releaseThreadConnection();
        }
        return Error{QStringLiteral("database_error"), QStringLiteral("the database does not answer")};
    } catch (const RuntimeError &e) {
        releaseThreadConnection();
        return e.error();
    }
}

Result<int> Store::migrate(int target)
{
    const QString name = QStringLiteral("depot-migrate-%1").arg(d->id);
    Result<int> result = 0;
    target = std::clamp(target, 1, int(kSchemaVersion));
    try {
        QSqlDatabase db = d->openConnection(name, false);
        QSqlQuery q(db);
        auto exec = [&](const QString &sql) {
            if (!q.exec(sql))
                fail(QStringLiteral("migration failed"), q.lastError());
        };
        const bool pg = d->backend == Backend::Postgres;
        if (pg)
            exec(QStringLiteral("SELECT pg_advisory_lock(7243001)"));
        exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        exec(QStringLiteral("SELECT version FROM schema_version"));
        int version = 0;
        if (q.next())
            version = q.value(0).toInt();
        else
            exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
        if (version > kSchemaVersion) {
            exec(QStringLiteral("ROLLBACK"));
            result = Error{QStringLiteral("schema_too_new"),
                           QStringLiteral("the database was written by a newer depot-server (schema %1, this build "
                                          "knows %2)")
                               .arg(version)
                               .arg(kSchemaVersion)};
        } else {
            for (int v = version + 1; v <= target; ++v) {
                for (const QString &sql : schema::migrationSteps(d->backend, v))
                    exec(sql);
                exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(v));
                qCInfo(lcDb) << "migrated schema to version" << v;
            }
            result = std::max(version, target);
            if (pg) {
                exec(QStringLiteral(
                    "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"));
                q.next();
                const QString login = q.value(0).toString();
                const bool super = q.value(1).toBool();
                for (const QString &sql : schema::postgresSecurity(d->config.appRole, login, super))
                    exec(sql);
            }
            exec(QStringLiteral("COMMIT"));
        }
        if (pg)
            exec(QStringLiteral("SELECT pg_advisory_unlock(7243001)"));
    } catch (const RuntimeError &e) {
        result = e.error();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<void> Store::ready()
{
    auto version = schemaVersion();
    if (!version.ok())
        return version.error();
    if (*version != kSchemaVersion)
        return Error{QStringLiteral("schema_mismatch"),
                     QStringLiteral("the database schema is version %1, this server needs %2: run "
                                    "`depot-server migrate`")
                         .arg(*version)
                         .arg(kSchemaVersion)};
    return {};
}

Result<void> Store::checkAppRole()
{
    try {
        d->connection();
        return {};
    } catch (const RuntimeError &e) {
        return e.error();
    }
}

std::unique_ptr<PlatformScope> Store::platform(bool write)
{
    return std::unique_ptr<PlatformScope>(new PlatformScope(*this, write));
}

std::unique_ptr<PlatformScope> Store::platformFor(const QUuid &tenantId, bool write)
{
    return std::unique_ptr<PlatformScope>(new PlatformScope(*this, write, tenantId));
}

std::unique_ptr<TenantScope> Store::tenant(const QUuid &tenantId, bool write)
{
    return std::unique_ptr<TenantScope>(new TenantScope(*this, tenantId, write));
}

std::unique_ptr<UserScope> Store::user(const QUuid &userId)
{
    return std::unique_ptr<UserScope>(new UserScope(*this, userId));
}

QVariant bindable(const QVariant &v)
{
    // A null QString binds as SQL NULL, but text columns are NOT NULL DEFAULT '': send ''.
    // A real NULL is a null QVariant (see idValue()).
    if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
        return QString::fromLatin1("", 0);
    return v;
}

// --- Scope ---

Scope::Scope(Store &store, bool write, bool nested, const QUuid &presetTenant)
    : m_store(store),
      m_backend(store.backend())
{
    if (nested) {
        m_nested = true;
        m_done = true; // the enclosing scope owns the transaction
        return;
    }
    if (m_backend == Backend::Sqlite) {
        if (write) {
            m_store.d->sqliteWriters.lock();
            m_holdsWriteLock = true;
        }
        try {
            execDirect(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        } catch (...) {
            releaseWriteLock();
            throw;
        }
    } else {
        // With a tenant known up front, SET LOCAL rides with BEGIN (one round trip). The text of
        // a QUuid is hex digits and dashes only: safe to inline.
        const QString begin =
            presetTenant.isNull()
                ? QStringLiteral("BEGIN")
                : QStringLiteral("BEGIN; SET LOCAL app.tenant_id = '%1'").arg(core::uuidToText(presetTenant));
        try {
            execDirect(begin);
        } catch (const RuntimeError &) {
            // A connection broken since its last use (database restarted, network cut): reconnect once.
            m_store.releaseThreadConnection();
            execDirect(begin);
        }
    }
}

void Scope::releaseWriteLock()
{
    if (m_holdsWriteLock) {
        m_holdsWriteLock = false;
        m_store.d->sqliteWriters.unlock();
    }
}

namespace {

/// Resets every cached statement of this thread's connection: an un-reset SELECT keeps its read
/// snapshot open after COMMIT, and SQLite then refuses this connection's next write.
void finishStatements(ThreadConnection &conn)
{
    for (auto it = conn.statements.begin(); it != conn.statements.end(); ++it) {
        if (it->isActive())
            it->finish();
    }
}

} // namespace

Scope::~Scope()
{
    if (!m_done) {
        finishStatements(m_store.d->connection());
        try {
            execDirect(QStringLiteral("ROLLBACK"));
        } catch (const RuntimeError &) {
            // The connection is broken: drop it so the next request reconnects.
            m_store.releaseThreadConnection();
        }
    }
    releaseWriteLock();
}

void Scope::commit()
{
    if (m_nested || m_done)
        return;
    m_done = true;
    finishStatements(m_store.d->connection());
    try {
        execDirect(QStringLiteral("COMMIT"));
    } catch (const RuntimeError &) {
        try {
            execDirect(QStringLiteral("ROLLBACK"));
        } catch (const RuntimeError &) {
            m_store.releaseThreadConnection();
        }
        releaseWriteLock();
        throw;
    }
    releaseWriteLock();
}

QSqlQuery &Scope::prepare(const QString &sql)
{
    ThreadConnection &conn = m_store.d->connection();
    auto it = conn.statements.find(sql);
    if (it == conn.statements.end()) {
        QSqlQuery q(QSqlDatabase::database(conn.name, false));
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(QStringLiteral("cannot prepare a statement"), q.lastError());
        it = conn.statements.insert(sql, q);
    }
    it->finish();
    return *it;
}

void Scope::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(QStringLiteral("statement failed"), query.lastError());
}

void Scope::execDirect(const QString &sql)
{
    ThreadConnection &conn = m_store.d->connection();
    QSqlQuery q(QSqlDatabase::database(conn.name, false));
    if (!q.exec(sql))
        fail(QStringLiteral("statement failed"), q.lastError());
}

QSqlQuery &Scope::run(const QString &sql, std::initializer_list<std::pair<const char *, QVariant>> binds)
{
    QSqlQuery &q = prepare(sql);
    for (const auto &[name, value] : binds)
        q.bindValue(QLatin1String(name), bindable(value));
    exec(q);
    return q;
}

core::SqliteStatement &Scope::sqliteStatement(const char *sql)
{
    ThreadConnection &conn = m_store.d->connection();
    auto &slot = conn.sqliteStatements[sql];
    if (!slot) {
        try {
            slot = std::make_unique<core::SqliteStatement>(conn.sqlite, sql);
        } catch (const RuntimeError &e) {
            conn.sqliteStatements.erase(sql);
            qCWarning(lcDb).noquote() << "cannot prepare a statement" << e.error().message;
            throw RuntimeError(QStringLiteral("database_error"), e.error().message);
        }
    }
    return *slot;
}

pg_conn *Scope::pgConnection(QSet<QByteArray> **prepared)
{
    ThreadConnection &conn = m_store.d->connection();
    finishStatements(conn);
    if (prepared)
        *prepared = &conn.pgPrepared;
    return conn.pg;
}

QSqlQuery Scope::runOnce(const QString &sql, const QVariantList &positional)
{
    ThreadConnection &conn = m_store.d->connection();
    QSqlQuery q(QSqlDatabase::database(conn.name, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(QStringLiteral("cannot prepare a statement"), q.lastError());
    for (int i = 0; i < positional.size(); ++i)
        q.bindValue(i, positional.at(i));
    exec(q);
    return q;
}

} // namespace depot::server
