#pragma once

#include "config.h"
#include "scopes.h"
#include "security.h"
#include "store.h"

#include "core/hlc.h"
#include "sync/protocol/protocol.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrlQuery>

#include <any>
#include <functional>
#include <memory>
#include <optional>

namespace depot::server {

/// A request as the workers see it: copied off the event-loop thread.
struct HttpRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QString ip;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// A refusal: becomes the error envelope {"success":false,"error":{code,message,details}}.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QJsonObject details;
    QList<QPair<QByteArray, QByteArray>> headers;
};

enum class Role {
    None = 0,
    Viewer = 1,
    Clerk = 2,
    Manager = 3,
    Admin = 4,
    Owner = 5
};
QString roleToString(Role role);
Role roleFromString(QStringView text);

enum class Access {
    Public,        ///< no token
    Authenticated, ///< any valid access token, even one that must change its password
    Tenant,        ///< a tenant token, an active membership with at least the route's role
    Platform,      ///< a platform-admin token
};

/// Plan limits (-1: unlimited).
struct PlanLimits
{
    QString plan;
    int users = 0;
    int locations = 0;
    int products = 0;
    int devices = 0;
};
std::optional<PlanLimits> planLimits(const QString &plan);
QStringList planNames();

/// A fixed-window counter per key (login failures per IP, signups per IP).
class WindowLimiter
{
public:
    /// Seconds to wait when `key` already has `max` hits in the window, else 0.
    int retryAfter(const QString &key, int max, int windowS);
    void hit(const QString &key, int windowS);
    void clear(const QString &key);

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

/// A token bucket per tenant.
class TokenBuckets
{
public:
    /// 0 when allowed, else seconds to wait.
    int take(const QString &key, double ratePerS, int burst);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

/// Prometheus counters and histograms.
class Metrics
{
public:
    void observe(const QString &method, const QString &route, int status, double seconds);
    void addMovements(const QString &tenant, qint64 count);
    QByteArray render();

private:
    QMutex m_mutex;
    QHash<QString, qint64> m_requests; ///< label set -> count
    QList<double> m_bounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
    QList<qint64> m_buckets = QList<qint64>(11, 0);
    double m_sum = 0;
    qint64 m_count = 0;
    QHash<QString, qint64> m_movements;
};

/// What every handler can reach.
struct Services
{
    Config config;
    std::shared_ptr<Store> store;
    std::unique_ptr<TokenService> tokens;
    PasswordHasher passwords;
    core::HybridLogicalClock clock;
    WindowLimiter loginFailures;
    WindowLimiter signups;
    TokenBuckets tenantBuckets;
    Metrics metrics;
    /// The sync protocol this server speaks (--protocol-version, for tests, else this build's).
    int protocolVersion() const
    {
        return config.protocolVersion > 0 ? config.protocolVersion : sync::protocol::kProtocolVersion;
    }
};

/// One request being handled: parsed input, the caller, and the transaction of tenant routes.
class Context
{
public:
    Context(Services &services, const HttpRequest &request) : services(services), request(request) { }

    Services &services;
    const HttpRequest &request;
    QStringList params; ///< path parameters in order
    std::optional<AccessClaims> claims;
    Role role = Role::None;
    std::optional<TenantRecord> tenantRecord;
    std::unique_ptr<PlatformScope> platform; ///< the transaction of Access::Tenant routes
    std::unique_ptr<TenantScope> scope;      ///< the tenant, inside that transaction
    /// What the route's `prepare` step computed before the transaction began (see Route).
    std::any prepared;

private:
    mutable std::optional<QJsonObject> m_body;
    bool m_bodyInvalid = false;

public:
    /// The request body as a JSON object; 400 invalid_json otherwise.
    QJsonObject body() const;
    /// Parses the body ahead of the transaction (write routes), so a SQLite writer does not hold
    /// the write lock while parsing. A malformed body is remembered and refused by body().
    void preparseBody();
    /// Sets the body object a prepare step parsed itself (see Route::prepare).
    void setBody(QJsonObject body) { m_body = std::move(body); }
    /// Query parameter helpers: 400 invalid_parameter on garbage; limits clamp to [1, maxPage]
    /// (to [1, cap] when a cap is given).
    int limit(int defaultLimit, int cap = 0) const;
    qint64 integerParam(const QString &name, qint64 defaultValue, qint64 min) const;
    QUuid uuidParam(const QString &name) const;
    /// The path parameter `index` as a UUID; 404 not_found when it is not one.
    QUuid pathUuid(int index) const;
    QString actor() const; ///< user id for the audit log
    TenantScope &tenant() { return *scope; }
    /// Commits the request's transaction now (the handler then builds its answer without holding
    /// the tenant lock or SQLite's write lock); the router's own commit becomes a no-op.
    void commit();
};

HttpResponse ok(const QJsonValue &data, int status = 200);
HttpResponse errorResponse(const ApiError &error);
[[noreturn]] void fail(int status, const QString &code, const QString &message, const QJsonObject &details = {});

/// Text field helpers for request bodies: 400 invalid_field when present with the wrong type.
QString stringField(const QJsonObject &body, const QString &name, bool required, int maxLength = 200);
std::optional<bool> boolField(const QJsonObject &body, const QString &name);

using Handler = std::function<HttpResponse(Context &)>;

struct Route
{
    QString method;
    QString pattern; ///< "/api/v1/products/{id}"
    Access access = Access::Public;
    Role minRole = Role::None;
    bool write = false;
    QString summary;
    Handler handler;
    QStringList query = {}; ///< query parameters it reads, for the OpenAPI document
    /// Optional work on the request alone (parsing, validation, encoding), run once the access
    /// token is verified but before the transaction and its locks: its result goes to
    /// Context::prepared. It must not refuse anything (the handler does, in its usual order, so a
    /// caller without the role still gets 403 before a 400 about the body); exceptions are dropped.
    std::function<void(Context &)> prepare = {};
};

/// The route table: dispatch, authentication, roles, lifecycle, limits, and the OpenAPI document.
class Router
{
public:
    explicit Router(Services &services);
    void add(Route route);
    HttpResponse dispatch(const HttpRequest &request);
    const QList<Route> &routes() const { return m_routes; }
    QJsonObject openApi() const;

private:
    HttpResponse handle(const Route &route, Context &ctx);
    void authenticate(const Route &route, Context &ctx);
    Services &m_services;
    QList<Route> m_routes;
    QList<QStringList> m_segments; ///< per route, its pattern split on '/'
};

// Route registration, one function per area.
void addSystemRoutes(Router &router, Services &services);
void addAuthRoutes(Router &router, Services &services);
void addTenantRoutes(Router &router, Services &services);
void addSyncRoutes(Router &router, Services &services);
void addAdminRoutes(Router &router, Services &services);

/// Creates a tenant with its owner (signup and create-tenant): slug, registry row, counter,
/// membership, audit. Throws ApiError on a taken email or invalid input.
struct NewTenant
{
    QString name;
    QString email;
    QString plan;
    TenantStatus status = TenantStatus::Trial;
    int trialDays = 14;
    QString ownerEmail;
    QString ownerPhone;
    QString ownerPassword;
    QString ownerFirstName;
    QString ownerLastName;
    QString ip;
};
struct CreatedTenant
{
    TenantRecord tenant;
    QUuid ownerId;
};
CreatedTenant createTenant(Services &services, const NewTenant &input);

QJsonObject tenantJson(const TenantRecord &tenant);
/// A stored movement in wire form plus `pushed_by`: the user id of the access token that sent it
/// (the server's attribution; `user` is the author the device recorded).
QJsonObject storedMovementJson(const StoredMovement &movement);
/// Throws the lifecycle refusal of DESIGN §2 for a blocked tenant.
void checkLifecycle(const TenantRecord &tenant);
QString normalizeEmail(const QString &email);
QString normalizePhone(const QString &phone);

} // namespace depot::server
