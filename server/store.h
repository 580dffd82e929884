#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <memory>

struct pg_conn;

namespace depot::core {
class SqliteStatement;
}

namespace depot::server {

enum class Backend {
    Sqlite,
    Postgres
};

/// Where the server keeps its data: `sqlite:PATH` or `postgresql://user[:pw]@host[:port]/db`
/// (host may be a unix socket directory given as `?host=/dir`).
struct StoreConfig
{
    QString url;
    /// PostgreSQL: the role the application runs as (owns no table, no BYPASSRLS). When the URL's
    /// user is privileged (owner, superuser or BYPASSRLS), every connection does `SET ROLE appRole`.
    QString appRole = QStringLiteral("depot_app");
};

/// A value ready to bind: null QStrings become '' (SQL NULL only from a null QVariant).
QVariant bindable(const QVariant &value);

class Scope;
class PlatformScope;
class TenantScope;
class UserScope;

/// The server's storage: one schema on SQLite or PostgreSQL 15, per-thread connections, and the
/// only ways to reach data: scopes. A TenantScope is a transaction bound to one tenant (on
/// PostgreSQL it runs `SET LOCAL app.tenant_id`, so Row-Level Security filters every statement);
/// a PlatformScope reaches the platform registry (tenants, users) and no tenant table; a UserScope
/// reads one user's own memberships. No function queries tenant data without a TenantScope.
///
/// Every operation may throw core::RuntimeError("database_error") inside the server; the HTTP
/// layer turns it into a 500 envelope without details.
class Store
{
public:
    static constexpr int kSchemaVersion = 2;

    static core::Result<std::shared_ptr<Store>> open(const StoreConfig &config);
    ~Store();

    Backend backend() const;
    QString describe() const; ///< URL without password, for logs

    /// Creates or upgrades the schema (owner privileges on PostgreSQL; creates the app role and
    /// grants it DML). Refuses a database written by a newer version.
    /// Brings the schema to `target` (at most kSchemaVersion) and returns the version it is at;
    /// a schema already past `target` is left as it is.
    core::Result<int> migrate(int target = kSchemaVersion);
    /// 0 for an empty database.
    core::Result<int> schemaVersion();
    /// Checks the database answers and the schema is current.
    core::Result<void> ready();
    /// PostgreSQL: switches this thread's connection to the app role when the login role is
    /// privileged, and verifies the effective role owns no table and cannot bypass RLS.
    core::Result<void> checkAppRole();

    std::unique_ptr<PlatformScope> platform(bool write);
    /// A platform transaction that will hold `tenantId`'s scope: on PostgreSQL its BEGIN and the
    /// SET LOCAL app.tenant_id go in one round trip.
    std::unique_ptr<PlatformScope> platformFor(const QUuid &tenantId, bool write);
    std::unique_ptr<TenantScope> tenant(const QUuid &tenantId, bool write);
    std::unique_ptr<UserScope> user(const QUuid &userId);

    /// Closes this thread's connection (worker threads call it before they end).
    void releaseThreadConnection();

private:
    friend class Scope;
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// A transaction on this thread's connection. Rolls back on destruction unless commit() ran.
/// Queries are prepared once per connection and reused.
class Scope
{
public:
    virtual ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

    Backend backend() const { return m_backend; }
    /// Commits; throws RuntimeError on failure.
    void commit();

protected:
    Scope(Store &store, bool write, bool nested = false, const QUuid &presetTenant = {});
    /// A cached prepared statement for `sql`. `:tenant` (if present) is bound by TenantScope.
    QSqlQuery &prepare(const QString &sql);
    void exec(QSqlQuery &query);
    void execDirect(const QString &sql);
    QSqlQuery &run(const QString &sql, std::initializer_list<std::pair<const char *, QVariant>> binds);
    /// Executes a one-off statement (not cached), returning the query.
    QSqlQuery runOnce(const QString &sql, const QVariantList &positional);
    /// SQLite: a statement prepared once on this thread's connection through the SQLite C API (on
    /// the QSQLITE driver's own handle), for the push path where QtSql's per-bind cost shows.
    /// `sql` must be a string literal (it is the cache key).
    core::SqliteStatement &sqliteStatement(const char *sql);
    /// PostgreSQL: this thread's libpq connection (the QPSQL driver's handle), with every cached
    /// QtSql statement finished first so that libpq has no result pending. `prepared` is the set of
    /// statement names already prepared on that connection (it dies with the connection).
    pg_conn *pgConnection(QSet<QByteArray> **prepared = nullptr);

    Store &m_store;
    Backend m_backend;
    bool m_done = false;
    bool m_nested = false;
    bool m_holdsWriteLock = false;
    void releaseWriteLock();
    friend class Store;
};

} // namespace depot::server
