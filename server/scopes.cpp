#include "scopes.h"

#include "log.h"
#include "movementbatch.h"

#include "core/sqlitestatement.h"
#include "core/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtEndian>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace depot::server {

using sync::protocol::CatalogItem;
using sync::protocol::CatalogType;

QVariant idValue(const QUuid &id)
{
    if (id.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return core::uuidToText(id);
}

QUuid idFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QUuid>())
        return value.toUuid();
    return core::uuidFromText(value.toString());
}

namespace {

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const char *tableOf(CatalogType type)
{
    switch (type) {
    case CatalogType::Product:
        return "products";
    case CatalogType::Location:
        return "locations";
    case CatalogType::Supplier:
        return "suppliers";
    }
    return "products";
}

} // namespace

QString tenantStatusToString(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Pending:
        return QStringLiteral("PENDING");
    case TenantStatus::Trial:
        return QStringLiteral("TRIAL");
    case TenantStatus::Active:
        return QStringLiteral("ACTIVE");
    case TenantStatus::Suspended:
        return QStringLiteral("SUSPENDED");
    case TenantStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

std::optional<TenantStatus> tenantStatusFromString(QStringView text)
{
    for (auto s : {TenantStatus::Pending, TenantStatus::Trial, TenantStatus::Active, TenantStatus::Suspended,
                   TenantStatus::Cancelled}) {
        if (text == tenantStatusToString(s))
            return s;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- PlatformScope

namespace {

constexpr auto kTenantColumns = "id, slug, name, email, status, plan, trial_ends_at, created_at";

TenantRecord readTenant(const QSqlQuery &q)
{
    TenantRecord t;
    t.id = idFrom(q.value(0));
    t.slug = q.value(1).toString();
    t.name = q.value(2).toString();
    t.email = q.value(3).toString();
    t.status = tenantStatusFromString(q.value(4).toString()).value_or(TenantStatus::Suspended);
    t.plan = q.value(5).toString();
    t.trialEndsAt = q.value(6).toLongLong();
    t.createdAt = q.value(7).toLongLong();
    return t;
}

constexpr auto kUserColumns =
    "id, email, phone, password_hash, first_name, last_name, must_change_password, platform_admin, tenant_count";

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = idFrom(q.value(0));
    u.email = q.value(1).toString();
    u.phone = q.value(2).toString();
    u.passwordHash = q.value(3).toString();
    u.firstName = q.value(4).toString();
    u.lastName = q.value(5).toString();
    u.mustChangePassword = q.value(6).toInt() != 0;
    u.platformAdmin = q.value(7).toInt() != 0;
    u.tenantCount = q.value(8).toInt();
    return u;
}

} // namespace

std::optional<TenantRecord> PlatformScope::tenantBySlug(const QString &slug)
{
    QSqlQuery &q = run(QStringLiteral("SELECT %1 FROM tenants WHERE slug = :slug").arg(QLatin1String(kTenantColumns)),
                       {{":slug", slug}});
    if (!q.next())
        return std::nullopt;
    return readTenant(q);
}

std::optional<TenantRecord> PlatformScope::tenantById(const QUuid &id)
{
    QSqlQuery &q = run(QStringLiteral("SELECT %1 FROM tenants WHERE id = :id").arg(QLatin1String(kTenantColumns)),
                       {{":id", idValue(id)}});
    if (!q.next())
        return std::nullopt;
    return readTenant(q);
}

bool PlatformScope::slugTaken(const QString &slug)
{
    QSqlQuery &q = run(QStringLiteral("SELECT 1 FROM tenants WHERE slug = :slug"), {{":slug", slug}});
    return q.next();
}

void PlatformScope::insertTenant(const TenantRecord &t)
{
    run(QStringLiteral("INSERT INTO tenants (id, slug, name, email, status, plan, trial_ends_at, created_at, "
                       "updated_at) VALUES (:id, :slug, :name, :email, :status, :plan, :trial, :created, :created)"),
        {{":id", idValue(t.id)},
         {":slug", t.slug},
         {":name", t.name},
         {":email", t.email},
         {":status", tenantStatusToString(t.status)},
         {":plan", t.plan},
         {":trial", t.trialEndsAt},
         {":created", t.createdAt}});
}

void PlatformScope::updateTenant(const TenantRecord &t)
{
    run(QStringLiteral("UPDATE tenants SET status = :status, plan = :plan, trial_ends_at = :trial, "
                       "updated_at = :now WHERE id = :id"),
        {{":status", tenantStatusToString(t.status)},
         {":plan", t.plan},
         {":trial", t.trialEndsAt},
         {":now", QDateTime::currentMSecsSinceEpoch()},
         {":id", idValue(t.id)}});
}

QList<TenantRecord> PlatformScope::tenants(int offset, int limit)
{
    QSqlQuery &q = run(QStringLiteral("SELECT %1 FROM tenants ORDER BY slug LIMIT :limit OFFSET :offset")
                           .arg(QLatin1String(kTenantColumns)),
                       {{":limit", limit}, {":offset", offset}});
    QList<TenantRecord> out;
    while (q.next())
        out << readTenant(q);
    return out;
}

std::optional<UserRecord> PlatformScope::userById(const QUuid &id)
{
    QSqlQuery &q = run(QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(QLatin1String(kUserColumns)),
                       {{":id", idValue(id)}});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> PlatformScope::userByEmail(const QString &email)
{
    QSqlQuery &q =
        run(QStringLiteral("SELECT %1 FROM users WHERE email = :e").arg(QLatin1String(kUserColumns)), {{":e", email}});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> PlatformScope::userByPhone(const QString &phone)
{
    QSqlQuery &q =
        run(QStringLiteral("SELECT %1 FROM users WHERE phone = :p").arg(QLatin1String(kUserColumns)), {{":p", phone}});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

void PlatformScope::insertUser(const UserRecord &u)
{
    run(QStringLiteral("INSERT INTO users (id, email, phone, password_hash, first_name, last_name, "
                       "must_change_password, platform_admin, tenant_count, created_at) VALUES (:id, :email, "
                       ":phone, :hash, :first, :last, :mcp, :pa, 0, :now)"),
        {{":id", idValue(u.id)},
         {":email", nullableText(u.email)},
         {":phone", nullableText(u.phone)},
         {":hash", u.passwordHash},
         {":first", u.firstName},
         {":last", u.lastName},
         {":mcp", u.mustChangePassword ? 1 : 0},
         {":pa", u.platformAdmin ? 1 : 0},
         {":now", QDateTime::currentMSecsSinceEpoch()}});
}

void PlatformScope::setPassword(const QUuid &userId, const QString &hash, bool mustChange)
{
    run(QStringLiteral("UPDATE users SET password_hash = :h, must_change_password = :m WHERE id = :id"),
        {{":h", hash}, {":m", mustChange ? 1 : 0}, {":id", idValue(userId)}});
}

void PlatformScope::setPlatformAdmin(const QUuid &userId, bool admin)
{
    run(QStringLiteral("UPDATE users SET platform_admin = :a WHERE id = :id"),
        {{":a", admin ? 1 : 0}, {":id", idValue(userId)}});
}

void PlatformScope::addTenantCount(const QUuid &userId, int delta)
{
    run(QStringLiteral("UPDATE users SET tenant_count = tenant_count + :d WHERE id = :id"),
        {{":d", delta}, {":id", idValue(userId)}});
}

void PlatformScope::lockRegistry()
{
    if (m_backend == Backend::Postgres)
        run(QStringLiteral("SELECT pg_advisory_xact_lock(7243002)"), {});
    // SQLite: the write transaction (BEGIN IMMEDIATE) already serialises writers.
}

std::unique_ptr<TenantScope> PlatformScope::tenantInThisTransaction(const QUuid &tenantId)
{
    const bool alreadySet = !m_presetTenant.isNull() && m_presetTenant == tenantId;
    return std::unique_ptr<TenantScope>(new TenantScope(m_store, tenantId, true, true, alreadySet));
}

// ---------------------------------------------------------------- UserScope

UserScope::UserScope(Store &store, const QUuid &userId) : Scope(store, false), m_userId(userId)
{
    if (m_backend == Backend::Postgres)
        execDirect(QStringLiteral("SET LOCAL app.user_id = '%1'").arg(core::uuidToText(userId)));
}

QList<UserScope::Entry> UserScope::memberships()
{
    QSqlQuery &q = run(QStringLiteral("SELECT tenant_id, role, active FROM memberships WHERE user_id = :u"),
                       {{":u", idValue(m_userId)}});
    QList<Entry> out;
    while (q.next())
        out << Entry{idFrom(q.value(0)), q.value(1).toString(), q.value(2).toInt() != 0};
    return out;
}

// ---------------------------------------------------------------- TenantScope

TenantScope::TenantScope(Store &store, const QUuid &tenantId, bool write, bool nested, bool tenantAlreadySet)
    : Scope(store, write, nested),
      m_tenantId(tenantId)
{
    if (m_backend == Backend::Postgres && !tenantAlreadySet) {
        // The text of a QUuid is hex digits and dashes only: safe to inline.
        execDirect(QStringLiteral("SET LOCAL app.tenant_id = '%1'").arg(core::uuidToText(tenantId)));
    }
}

QSqlQuery &TenantScope::q(const QString &sql, std::initializer_list<std::pair<const char *, QVariant>> binds)
{
    QSqlQuery &query = prepare(sql);
    query.bindValue(QStringLiteral(":tenant"), idValue(m_tenantId));
    for (const auto &[name, value] : binds)
        query.bindValue(QLatin1String(name), bindable(value));
    exec(query);
    return query;
}

TenantScope::Access TenantScope::access(const QUuid &userId, const QString &deviceId)
{
    QSqlQuery &query = q(QStringLiteral("SELECT t.id, t.slug, t.name, t.email, t.status, t.plan, t.trial_ends_at, "
                                        "t.created_at, m.role, m.active, d.revoked_at FROM tenants t "
                                        "LEFT JOIN memberships m ON m.tenant_id = t.id AND m.user_id = :u "
                                        "LEFT JOIN devices d ON d.tenant_id = t.id AND d.id = :d WHERE t.id = :tenant"),
                         {{":u", idValue(userId)}, {":d", deviceId}});
    Access a;
    if (!query.next())
        return a;
    a.tenant = readTenant(query);
    if (!query.value(8).isNull()) {
        a.role = query.value(8).toString();
        a.active = query.value(9).toInt() != 0;
    }
    a.deviceRevoked = !query.value(10).isNull();
    return a;
}

std::optional<TenantRecord> TenantScope::tenant()
{
    QSqlQuery &query =
        q(QStringLiteral("SELECT %1 FROM tenants WHERE id = :tenant").arg(QLatin1String(kTenantColumns)), {});
    if (!query.next())
        return std::nullopt;
    return readTenant(query);
}

qint64 TenantScope::lock()
{
    const QString sql =
        m_backend == Backend::Postgres
            ? QStringLiteral("SELECT last_seq FROM tenant_counters WHERE tenant_id = :tenant FOR UPDATE")
            : QStringLiteral("SELECT last_seq FROM tenant_counters WHERE tenant_id = :tenant");
    QSqlQuery &query = q(sql, {});
    if (!query.next())
        throw core::RuntimeError(QStringLiteral("database_error"), QStringLiteral("tenant counter missing"));
    return query.value(0).toLongLong();
}

qint64 TenantScope::allocate(qint64 count)
{
    const qint64 last = lock();
    q(QStringLiteral("UPDATE tenant_counters SET last_seq = :s WHERE tenant_id = :tenant"), {{":s", last + count}});
    return last + 1;
}

void TenantScope::setLastSeq(qint64 seq)
{
    q(QStringLiteral("UPDATE tenant_counters SET last_seq = :s WHERE tenant_id = :tenant"), {{":s", seq}});
}

void TenantScope::initCounter()
{
    q(QStringLiteral("INSERT INTO tenant_counters (tenant_id, last_seq) VALUES (:tenant, 0)"), {});
}

// Memberships

namespace {

constexpr auto kMembershipSelect =
    "SELECT m.tenant_id, m.user_id, m.role, m.active, m.seq, m.created_at, u.email, u.phone, u.first_name, "
    "u.last_name FROM memberships m JOIN users u ON u.id = m.user_id ";

MembershipRecord readMembership(const QSqlQuery &q)
{
    MembershipRecord m;
    m.tenantId = idFrom(q.value(0));
    m.userId = idFrom(q.value(1));
    m.role = q.value(2).toString();
    m.active = q.value(3).toInt() != 0;
    m.seq = q.value(4).toLongLong();
    m.createdAt = q.value(5).toLongLong();
    m.email = q.value(6).toString();
    m.phone = q.value(7).toString();
    m.firstName = q.value(8).toString();
    m.lastName = q.value(9).toString();
    return m;
}

} // namespace

std::optional<MembershipRecord> TenantScope::membership(const QUuid &userId)
{
    QSqlQuery &query =
        q(QLatin1String(kMembershipSelect) + QLatin1String("WHERE m.tenant_id = :tenant AND m.user_id = :u"),
          {{":u", idValue(userId)}});
    if (!query.next())
        return std::nullopt;
    return readMembership(query);
}

namespace {

/// " LIMIT :l OFFSET :o" for a page, nothing for all rows (limit < 0). Bound, not inlined: statements
/// are prepared once per text and kept.
QString pageClause(int limit)
{
    return limit < 0 ? QString() : QStringLiteral(" LIMIT :l OFFSET :o");
}

} // namespace

QList<MembershipRecord> TenantScope::memberships(int offset, int limit)
{
    const QString sql = QLatin1String(kMembershipSelect)
                        + QLatin1String("WHERE m.tenant_id = :tenant ORDER BY m.created_at, m.user_id")
                        + pageClause(limit);
    QSqlQuery &query = limit < 0 ? q(sql, {}) : q(sql, {{":l", limit}, {":o", std::max(0, offset)}});
    QList<MembershipRecord> out;
    while (query.next())
        out << readMembership(query);
    return out;
}

QList<MembershipRecord> TenantScope::membershipsSince(qint64 since, int limit)
{
    QSqlQuery &query = q(QLatin1String(kMembershipSelect)
                             + QLatin1String("WHERE m.tenant_id = :tenant AND m.seq > :s ORDER BY m.seq LIMIT :l"),
                         {{":s", since}, {":l", limit}});
    QList<MembershipRecord> out;
    while (query.next())
        out << readMembership(query);
    return out;
}

void TenantScope::insertMembership(const MembershipRecord &m)
{
    q(QStringLiteral("INSERT INTO memberships (tenant_id, user_id, role, active, seq, created_at) VALUES "
                     "(:tenant, :u, :r, :a, :s, :c)"),
      {{":u", idValue(m.userId)}, {":r", m.role}, {":a", m.active ? 1 : 0}, {":s", m.seq}, {":c", m.createdAt}});
}

void TenantScope::updateMembership(const QUuid &userId, const QString &role, bool active, qint64 seq)
{
    q(QStringLiteral(
          "UPDATE memberships SET role = :r, active = :a, seq = :s WHERE tenant_id = :tenant AND user_id = :u"),
      {{":r", role}, {":a", active ? 1 : 0}, {":s", seq}, {":u", idValue(userId)}});
}

// Devices

namespace {

constexpr auto kDeviceSelect = "SELECT id, user_id, name, created_at, last_seen_at, last_ip, clock_skew_ms, "
                               "revoked_at FROM devices ";

DeviceRecord readDevice(const QSqlQuery &q)
{
    DeviceRecord d;
    d.id = q.value(0).toString();
    d.userId = idFrom(q.value(1));
    d.name = q.value(2).toString();
    d.createdAt = q.value(3).toLongLong();
    d.lastSeenAt = q.value(4).toLongLong();
    d.lastIp = q.value(5).toString();
    d.clockSkewMs = q.value(6).toLongLong();
    d.revokedAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    return d;
}

} // namespace

std::optional<DeviceRecord> TenantScope::device(const QString &id)
{
    QSqlQuery &query =
        q(QLatin1String(kDeviceSelect) + QLatin1String("WHERE tenant_id = :tenant AND id = :id"), {{":id", id}});
    if (!query.next())
        return std::nullopt;
    return readDevice(query);
}

QList<DeviceRecord> TenantScope::devices(int offset, int limit)
{
    const QString sql = QLatin1String(kDeviceSelect)
                        + QLatin1String("WHERE tenant_id = :tenant ORDER BY created_at, id") + pageClause(limit);
    QSqlQuery &query = limit < 0 ? q(sql, {}) : q(sql, {{":l", limit}, {":o", std::max(0, offset)}});
    QList<DeviceRecord> out;
    while (query.next())
        out << readDevice(query);
    return out;
}

void TenantScope::insertDevice(const DeviceRecord &d)
{
    q(QStringLiteral("INSERT INTO devices (tenant_id, id, user_id, name, created_at, last_seen_at, last_ip) "
                     "VALUES (:tenant, :id, :u, :n, :c, :seen, :ip)"),
      {{":id", d.id},
       {":u", idValue(d.userId)},
       {":n", d.name},
       {":c", d.createdAt},
       {":seen", d.createdAt},
       {":ip", d.lastIp}});
}

void TenantScope::touchDevice(const QString &id, qint64 at, const QString &ip, std::optional<qint64> skewMs)
{
    if (skewMs) {
        q(QStringLiteral("UPDATE devices SET last_seen_at = :at, last_ip = :ip, clock_skew_ms = :skew "
                         "WHERE tenant_id = :tenant AND id = :id"),
          {{":at", at}, {":ip", ip}, {":skew", *skewMs}, {":id", id}});
    } else {
        q(QStringLiteral("UPDATE devices SET last_seen_at = :at, last_ip = :ip WHERE tenant_id = :tenant AND id = :id"),
          {{":at", at}, {":ip", ip}, {":id", id}});
    }
}

void TenantScope::revokeDevice(const QString &id, qint64 at)
{
    q(QStringLiteral(
          "UPDATE devices SET revoked_at = :at WHERE tenant_id = :tenant AND id = :id AND revoked_at IS NULL"),
      {{":at", at}, {":id", id}});
}

// Refresh tokens

void TenantScope::insertRefreshToken(const RefreshTokenRecord &t, const QString &hash)
{
    q(QStringLiteral("INSERT INTO refresh_tokens (tenant_id, id, family_id, user_id, device_id, token_hash, "
                     "created_at, expires_at) VALUES (:tenant, :id, :f, :u, :d, :h, :c, :e)"),
      {{":id", idValue(t.id)},
       {":f", idValue(t.familyId)},
       {":u", idValue(t.userId)},
       {":d", t.deviceId},
       {":h", hash},
       {":c", QDateTime::currentMSecsSinceEpoch()},
       {":e", t.expiresAt}});
}

namespace {

constexpr auto kRefreshSelect = "SELECT id, family_id, user_id, device_id, expires_at, used_at, revoked_at "
                                "FROM refresh_tokens ";

RefreshTokenRecord readRefreshToken(const QSqlQuery &query)
{
    RefreshTokenRecord t;
    t.id = idFrom(query.value(0));
    t.familyId = idFrom(query.value(1));
    t.userId = idFrom(query.value(2));
    t.deviceId = query.value(3).toString();
    t.expiresAt = query.value(4).toLongLong();
    t.usedAt = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
    t.revokedAt = query.value(6).isNull() ? 0 : query.value(6).toLongLong();
    return t;
}

} // namespace

std::optional<RefreshTokenRecord> TenantScope::refreshTokenByHash(const QString &hash)
{
    QSqlQuery &query = q(QLatin1String(kRefreshSelect) + QLatin1String("WHERE tenant_id = :tenant AND token_hash = :h"),
                         {{":h", hash}});
    if (!query.next())
        return std::nullopt;
    return readRefreshToken(query);
}

QList<RefreshTokenRecord> TenantScope::refreshFamily(const QUuid &familyId)
{
    QSqlQuery &query = q(QLatin1String(kRefreshSelect)
                             + QLatin1String("WHERE tenant_id = :tenant AND family_id = :f ORDER BY created_at, id"),
                         {{":f", idValue(familyId)}});
    QList<RefreshTokenRecord> out;
    while (query.next())
        out << readRefreshToken(query);
    return out;
}

void TenantScope::revokeRefreshToken(const QUuid &id, qint64 at)
{
    q(QStringLiteral("UPDATE refresh_tokens SET revoked_at = :at WHERE tenant_id = :tenant AND id = :id "
                     "AND revoked_at IS NULL"),
      {{":at", at}, {":id", idValue(id)}});
}

bool TenantScope::consumeRefreshToken(const QUuid &id, qint64 at)
{
    QSqlQuery &query =
        q(QStringLiteral("UPDATE refresh_tokens SET used_at = :at WHERE tenant_id = :tenant AND id = :id "
                         "AND used_at IS NULL AND revoked_at IS NULL"),
          {{":at", at}, {":id", idValue(id)}});
    return query.numRowsAffected() == 1;
}

void TenantScope::revokeFamily(const QUuid &familyId, qint64 at)
{
    q(QStringLiteral("UPDATE refresh_tokens SET revoked_at = :at WHERE tenant_id = :tenant AND family_id = :f "
                     "AND revoked_at IS NULL"),
      {{":at", at}, {":f", idValue(familyId)}});
}

void TenantScope::revokeUserTokens(const QUuid &userId, qint64 at)
{
    q(QStringLiteral("UPDATE refresh_tokens SET revoked_at = :at WHERE tenant_id = :tenant AND user_id = :u "
                     "AND revoked_at IS NULL"),
      {{":at", at}, {":u", idValue(userId)}});
}

void TenantScope::revokeDeviceTokens(const QString &deviceId, qint64 at)
{
    q(QStringLiteral("UPDATE refresh_tokens SET revoked_at = :at WHERE tenant_id = :tenant AND device_id = :d "
                     "AND revoked_at IS NULL"),
      {{":at", at}, {":d", deviceId}});
}

// Catalog

namespace {

QString catalogColumns(CatalogType type)
{
    QString cols = QStringLiteral("id, data, stamps, created_hlc, seq");
    if (type == CatalogType::Product)
        cols += QStringLiteral(", merged_into");
    return cols;
}

CatalogItem readCatalog(CatalogType type, const QSqlQuery &q)
{
    CatalogItem item;
    item.type = type;
    item.id = idFrom(q.value(0));
    item.fields = jsonObject(q.value(1));
    item.stamps = core::fieldStampsFromJson(q.value(2).toString());
    item.createdHlc = core::Hlc(quint64(q.value(3).toLongLong()));
    item.seq = q.value(4).toLongLong();
    if (type == CatalogType::Product)
        item.mergedInto = idFrom(q.value(5));
    return item;
}

} // namespace

std::optional<CatalogItem> TenantScope::catalogItem(CatalogType type, const QUuid &id)
{
    QSqlQuery &query = q(QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = :tenant AND id = :id")
                             .arg(catalogColumns(type), QLatin1String(tableOf(type))),
                         {{":id", idValue(id)}});
    if (!query.next())
        return std::nullopt;
    return readCatalog(type, query);
}

std::optional<CatalogItem> TenantScope::productBySku(const QString &sku)
{
    QSqlQuery &query = q(QStringLiteral("SELECT %1 FROM products WHERE tenant_id = :tenant AND sku = :sku "
                                        "AND merged_into IS NULL")
                             .arg(catalogColumns(CatalogType::Product)),
                         {{":sku", sku}});
    if (!query.next())
        return std::nullopt;
    return readCatalog(CatalogType::Product, query);
}

std::optional<CatalogItem> TenantScope::locationByCode(const QString &code)
{
    QSqlQuery &query = q(QStringLiteral("SELECT %1 FROM locations WHERE tenant_id = :tenant AND code = :code")
                             .arg(catalogColumns(CatalogType::Location)),
                         {{":code", code}});
    if (!query.next())
        return std::nullopt;
    return readCatalog(CatalogType::Location, query);
}

void TenantScope::insertCatalogItem(const CatalogItem &item)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString data = jsonText(item.fields);
    const QString stamps = core::fieldStampsToJson(item.stamps);
    const int archived = item.fields.value(QLatin1String("archived")).toBool() ? 1 : 0;
    const QString name = item.fields.value(QLatin1String("name")).toString();
    switch (item.type) {
    case CatalogType::Product:
        q(QStringLiteral("INSERT INTO products (tenant_id, id, sku, merged_into, name, data, stamps, created_hlc, "
                         "archived, seq, updated_at) VALUES (:tenant, :id, :sku, :m, :name, :data, :stamps, :c, :a, "
                         ":seq, :now)"),
          {{":id", idValue(item.id)},
           {":sku", item.fields.value(QLatin1String("sku")).toString()},
           {":m", idValue(item.mergedInto)},
           {":name", name},
           {":data", data},
           {":stamps", stamps},
           {":c", qint64(item.createdHlc.raw())},
           {":a", archived},
           {":seq", item.seq},
           {":now", now}});
        break;
    case CatalogType::Location:
        q(QStringLiteral("INSERT INTO locations (tenant_id, id, code, name, data, stamps, created_hlc, archived, seq, "
                         "updated_at) VALUES (:tenant, :id, :code, :name, :data, :stamps, :c, :a, :seq, :now)"),
          {{":id", idValue(item.id)},
           {":code", item.fields.value(QLatin1String("code")).toString()},
           {":name", name},
           {":data", data},
           {":stamps", stamps},
           {":c", qint64(item.createdHlc.raw())},
           {":a", archived},
           {":seq", item.seq},
           {":now", now}});
        break;
    case CatalogType::Supplier:
        q(QStringLiteral("INSERT INTO suppliers (tenant_id, id, name, data, stamps, created_hlc, archived, seq, "
                         "updated_at) VALUES (:tenant, :id, :name, :data, :stamps, :c, :a, :seq, :now)"),
          {{":id", idValue(item.id)},
           {":name", name},
           {":data", data},
           {":stamps", stamps},
           {":c", qint64(item.createdHlc.raw())},
           {":a", archived},
           {":seq", item.seq},
           {":now", now}});
        break;
    }
}

void TenantScope::updateCatalogItem(const CatalogItem &item)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString data = jsonText(item.fields);
    const QString stamps = core::fieldStampsToJson(item.stamps);
    const int archived = item.fields.value(QLatin1String("archived")).toBool() ? 1 : 0;
    const QString name = item.fields.value(QLatin1String("name")).toString();
    switch (item.type) {
    case CatalogType::Product:
        q(QStringLiteral(
              "UPDATE products SET sku = :sku, merged_into = :m, name = :name, data = :data, stamps = "
              ":stamps, archived = :a, seq = :seq, updated_at = :now WHERE tenant_id = :tenant AND id = :id"),
          {{":sku", item.fields.value(QLatin1String("sku")).toString()},
           {":m", idValue(item.mergedInto)},
           {":name", name},
           {":data", data},
           {":stamps", stamps},
           {":a", archived},
           {":seq", item.seq},
           {":now", now},
           {":id", idValue(item.id)}});
        break;
    case CatalogType::Location:
        q(QStringLiteral(
              "UPDATE locations SET code = :code, name = :name, data = :data, stamps = :stamps, archived = :a, "
              "seq = :seq, updated_at = :now WHERE tenant_id = :tenant AND id = :id"),
          {{":code", item.fields.value(QLatin1String("code")).toString()},
           {":name", name},
           {":data", data},
           {":stamps", stamps},
           {":a", archived},
           {":seq", item.seq},
           {":now", now},
           {":id", idValue(item.id)}});
        break;
    case CatalogType::Supplier:
        q(QStringLiteral(
              "UPDATE suppliers SET name = :name, data = :data, stamps = :stamps, archived = :a, seq = :seq, "
              "updated_at = :now WHERE tenant_id = :tenant AND id = :id"),
          {{":name", name},
           {":data", data},
           {":stamps", stamps},
           {":a", archived},
           {":seq", item.seq},
           {":now", now},
           {":id", idValue(item.id)}});
        break;
    }
}

QList<CatalogItem> TenantScope::catalog(CatalogType type, bool includeArchived, int offset, int limit)
{
    const QString order = type == CatalogType::Product    ? QStringLiteral("sku, id")
                          : type == CatalogType::Location ? QStringLiteral("code, id")
                                                          : QStringLiteral("name, id");
    QSqlQuery &query = q(QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = :tenant %3 ORDER BY %4 LIMIT :l OFFSET :o")
                             .arg(catalogColumns(type), QLatin1String(tableOf(type)),
                                  includeArchived ? QString() : QStringLiteral("AND archived = 0"), order),
                         {{":l", limit}, {":o", offset}});
    QList<CatalogItem> out;
    while (query.next())
        out << readCatalog(type, query);
    return out;
}

QList<CatalogItem> TenantScope::catalogSince(CatalogType type, qint64 since, int limit)
{
    QSqlQuery &query =
        q(QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = :tenant AND seq > :s ORDER BY seq LIMIT :l")
              .arg(catalogColumns(type), QLatin1String(tableOf(type))),
          {{":s", since}, {":l", limit}});
    QList<CatalogItem> out;
    while (query.next())
        out << readCatalog(type, query);
    return out;
}

// Movements

namespace {

constexpr auto kMovementSelect = "SELECT id, seq, product_id, location_id, kind, quantity, unit_cost, reason, "
                                 "reference, note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, "
                                 "recorded_at FROM movements ";

/// Column access of a QtSql result and of a C API statement, for one movement reader.
struct QtRow
{
    const QSqlQuery &q;
    QString text(int i) const { return q.value(i).toString(); }
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    QUuid id(int i) const { return idFrom(q.value(i)); }
};

struct SqliteRow
{
    const core::SqliteStatement &s;
    QString text(int i) const { return s.columnText(i); }
    qint64 integer(int i) const { return s.columnInt64(i); }
    QUuid id(int i) const { return s.columnIsNull(i) ? QUuid() : core::uuidFromText(s.columnText(i)); }
};

template<typename Row>
StoredMovement readMovement(const Row &row)
{
    StoredMovement s;
    core::Movement &m = s.movement;
    m.id = row.id(0);
    m.serverSeq = row.integer(1);
    m.productId = row.id(2);
    m.locationId = row.id(3);
    m.kind = core::movementKindFromString(row.text(4)).value_or(core::MovementKind::Adjustment);
    m.quantity = core::Quantity::fromMilli(row.integer(5));
    const QString cost = row.text(6);
    if (!cost.isEmpty()) {
        const auto money = core::Money::parse(cost);
        if (money.ok())
            m.unitCost = *money;
    }
    m.reason = row.text(7);
    m.reference = row.text(8);
    m.note = row.text(9);
    m.userId = row.text(10);
    m.deviceId = row.text(11);
    m.hlc = core::Hlc(quint64(row.integer(12)));
    m.transferId = row.id(13);
    m.reversesId = row.id(14);
    s.pushedBy = row.id(15);
    m.recordedAt = QDateTime::fromMSecsSinceEpoch(row.integer(16), Qt::UTC);
    return s;
}

StoredMovement readMovement(const QSqlQuery &q)
{
    return readMovement(QtRow{q});
}

} // namespace

namespace {

[[noreturn]] void failPg(const char *what, PGresult *result)
{
    const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    qCWarning(lcDb).noquote() << what << message;
    throw core::RuntimeError(QStringLiteral("database_error"), QLatin1String(what) + QLatin1String(": ") + message);
}

QByteArray bigEndian64(qint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray uuidBinary(const QUuid &id)
{
    QByteArray out(16, Qt::Uninitialized);
    qToBigEndian(id.data1, out.data());
    qToBigEndian(id.data2, out.data() + 4);
    qToBigEndian(id.data3, out.data() + 6);
    memcpy(out.data() + 8, id.data4, 8);
    return out;
}

/// A binary parameter of a libpq statement.
struct PgParameter
{
    Oid type;
    QByteArray value;
};

using PgResult = std::unique_ptr<PGresult, void (*)(PGresult *)>;

/// Runs `sql`, prepared once per connection under `name`, with binary parameters; text results.
/// A unique violation of `toleratedUnique` (an index name) gives a null result instead of throwing.
PgResult pgRun(PGconn *pg, QSet<QByteArray> &prepared, const char *name, const char *sql,
               const std::vector<PgParameter> &parameters, ExecStatusType expected, const char *what,
               const char *toleratedUnique = nullptr)
{
    const int n = int(parameters.size());
    if (!prepared.contains(name)) {
        std::vector<Oid> types;
        for (const PgParameter &p : parameters)
            types.push_back(p.type);
        PGresult *r = PQprepare(pg, name, sql, n, types.data());
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            failPg(what, r);
        PQclear(r);
        prepared.insert(name);
    }
    std::vector<const char *> values;
    std::vector<int> lengths;
    const std::vector<int> formats(parameters.size(), 1);
    for (const PgParameter &p : parameters) {
        values.push_back(p.value.constData());
        lengths.push_back(int(p.value.size()));
    }
    PGresult *r = PQexecPrepared(pg, name, n, values.data(), lengths.data(), formats.data(), 0);
    if (PQresultStatus(r) != expected) {
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        const char *constraint = PQresultErrorField(r, PG_DIAG_CONSTRAINT_NAME);
        if (toleratedUnique && state && constraint && qstrcmp(state, "23505") == 0
            && qstrcmp(constraint, toleratedUnique) == 0) {
            PQclear(r);
            return PgResult(nullptr, PQclear);
        }
        failPg(what, r);
    }
    return PgResult(r, PQclear);
}

constexpr Oid kUuidOid = 2950;
constexpr Oid kInt8Oid = 20;
constexpr Oid kUuidArrayOid = 2951;
constexpr Oid kInt8ArrayOid = 1016;
constexpr Oid kTextArrayOid = 1009;

/// Column access of a libpq text result, for the movement reader.
struct PgRow
{
    PGresult *r;
    int row;
    QString text(int i) const { return QString::fromUtf8(PQgetvalue(r, row, i), PQgetlength(r, row, i)); }
    qint64 integer(int i) const { return QByteArray(PQgetvalue(r, row, i)).toLongLong(); }
    QUuid id(int i) const { return PQgetisnull(r, row, i) ? QUuid() : core::uuidFromText(text(i)); }
};

} // namespace

QHash<QUuid, StoredMovement> TenantScope::movementsByIds(const MovementBatch &batch)
{
    QHash<QUuid, StoredMovement> out;
    if (batch.isEmpty())
        return out;
    if (m_backend == Backend::Postgres) {
        QSet<QByteArray> *prepared = nullptr;
        PGconn *pg = pgConnection(&prepared);
        const PgResult r =
            pgRun(pg, *prepared, "depot_movements_by_ids",
                  "SELECT id, seq, product_id, location_id, kind, quantity, unit_cost, reason, reference, "
                  "note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, recorded_at "
                  "FROM movements WHERE tenant_id = $1 AND id = ANY($2)",
                  {{kUuidOid, uuidBinary(m_tenantId)}, {kUuidArrayOid, batch.pgArray(0)}}, PGRES_TUPLES_OK,
                  "cannot look up movements");
        for (int row = 0; row < PQntuples(r.get()); ++row) {
            StoredMovement s = readMovement(PgRow{r.get(), row});
            out.insert(s.movement.id, s);
        }
        return out;
    }
    core::SqliteStatement &select = sqliteStatement(
        "SELECT id, seq, product_id, location_id, kind, quantity, unit_cost, reason, reference, note, user_ref, "
        "device_ref, hlc, transfer_id, reverses_id, pushed_by, recorded_at FROM movements "
        "WHERE tenant_id = ?1 AND id IN (SELECT value FROM json_each(?2))");
    QByteArray tenant;
    appendUuidText(tenant, m_tenantId);
    select.bind(1, tenant).bind(2, batch.idList());
    try {
        while (select.step()) {
            StoredMovement s = readMovement(SqliteRow{select});
            out.insert(s.movement.id, s);
        }
    } catch (const core::RuntimeError &e) {
        throw core::RuntimeError(QStringLiteral("database_error"), e.error().message);
    }
    select.reset();
    return out;
}

QPair<QSet<QUuid>, QSet<QUuid>> TenantScope::existingProductsAndLocations(const MovementBatch &batch)
{
    QPair<QSet<QUuid>, QSet<QUuid>> found;
    if (batch.isEmpty())
        return found;
    if (m_backend == Backend::Postgres) {
        QSet<QByteArray> *prepared = nullptr;
        PGconn *pg = pgConnection(&prepared);
        const PgResult r = pgRun(pg, *prepared, "depot_existing_references",
                                 "SELECT 0, id FROM products WHERE tenant_id = $1 AND id = ANY($2) "
                                 "UNION ALL SELECT 1, id FROM locations WHERE tenant_id = $1 AND id = ANY($3)",
                                 {{kUuidOid, uuidBinary(m_tenantId)},
                                  {kUuidArrayOid, MovementBatch::pgUuidArray(batch.productIds())},
                                  {kUuidArrayOid, MovementBatch::pgUuidArray(batch.locationIds())}},
                                 PGRES_TUPLES_OK, "cannot look up products and locations");
        for (int row = 0; row < PQntuples(r.get()); ++row) {
            const PgRow pgRow{r.get(), row};
            (pgRow.integer(0) == 0 ? found.first : found.second).insert(pgRow.id(1));
        }
        return found;
    }
    core::SqliteStatement &select =
        sqliteStatement("SELECT 0, id FROM products WHERE tenant_id = ?1 AND id IN (SELECT value FROM json_each(?2)) "
                        "UNION ALL SELECT 1, id FROM locations WHERE tenant_id = ?1 "
                        "AND id IN (SELECT value FROM json_each(?3))");
    QByteArray tenant;
    appendUuidText(tenant, m_tenantId);
    select.bind(1, tenant).bind(2, batch.productList()).bind(3, batch.locationList());
    try {
        while (select.step())
            (select.columnInt64(0) == 0 ? found.first : found.second).insert(core::uuidFromText(select.columnText(1)));
    } catch (const core::RuntimeError &e) {
        throw core::RuntimeError(QStringLiteral("database_error"), e.error().message);
    }
    select.reset();
    return found;
}

namespace {

constexpr auto kPgInsertName = "depot_insert_movements";
// The batch travels as one binary array per column (MovementBatch), $4 holds the sequence numbers
// (NULL: not inserted). RLS WITH CHECK, foreign keys and the unique indexes apply to every row.
constexpr auto kPgInsert =
    "INSERT INTO movements (tenant_id, id, seq, product_id, location_id, kind, quantity, unit_cost, reason, "
    "reference, note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, recorded_at) "
    "SELECT $1, u.id, u.seq, u.product_id, u.location_id, u.kind, u.quantity, u.unit_cost, u.reason, u.reference, "
    "u.note, u.user_ref, u.device_ref, u.hlc, u.transfer_id, u.reverses_id, u.pushed_by, $2 "
    "FROM unnest($3::uuid[], $4::int8[], $5::uuid[], $6::uuid[], $7::text[], $8::int8[], $9::text[], $10::text[], "
    "$11::text[], $12::text[], $13::text[], $14::text[], $15::int8[], $16::uuid[], $17::uuid[], $18::uuid[]) "
    "AS u(id, seq, product_id, location_id, kind, quantity, unit_cost, reason, reference, note, user_ref, "
    "device_ref, hlc, transfer_id, reverses_id, pushed_by) WHERE u.seq IS NOT NULL";

constexpr auto kSqliteInsert =
    "INSERT INTO movements (tenant_id, id, seq, product_id, location_id, kind, quantity, unit_cost, reason, "
    "reference, note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, recorded_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";

} // namespace

bool TenantScope::insertMovements(const MovementBatch &batch, const QList<qint64> &seqs, qint64 recordedAt)
{
    Q_ASSERT(seqs.size() == batch.size());
    qsizetype rows = 0;
    for (const qint64 seq : seqs)
        rows += seq != 0;
    if (rows == 0)
        return true;
    if (m_backend == Backend::Postgres) {
        QSet<QByteArray> *prepared = nullptr;
        PGconn *pg = pgConnection(&prepared);
        std::vector<PgParameter> parameters{{kUuidOid, uuidBinary(m_tenantId)},
                                            {kInt8Oid, bigEndian64(recordedAt)},
                                            {kUuidArrayOid, batch.pgArray(0)},
                                            {kInt8ArrayOid, MovementBatch::pgSeqArray(seqs)}};
        for (int c = 1; c < MovementBatch::kPgArrays; ++c) {
            const quint32 element = MovementBatch::pgArrayType(c);
            parameters.push_back({element == kUuidOid   ? kUuidArrayOid
                                  : element == kInt8Oid ? kInt8ArrayOid
                                                        : kTextArrayOid,
                                  batch.pgArray(c)});
        }
        const PgResult r = pgRun(pg, *prepared, kPgInsertName, kPgInsert, parameters, PGRES_COMMAND_OK,
                                 "cannot insert movements", "movements_pkey");
        if (!r)
            return false;
        const qsizetype inserted = QByteArray(PQcmdTuples(r.get())).toLongLong();
        if (inserted != rows)
            throw core::RuntimeError(QStringLiteral("database_error"),
                                     QStringLiteral("inserted %1 movements of %2").arg(inserted).arg(rows));
        return true;
    }
    core::SqliteStatement &insert = sqliteStatement(kSqliteInsert);
    QByteArray tenant;
    appendUuidText(tenant, m_tenantId);
    using C = MovementBatch;
    const auto text = [&](int index, const C::SqliteRow &row, C::TextColumn column) {
        if (row.length[column] < 0)
            insert.bindNull(index);
        else
            insert.bind(index, QByteArray::fromRawData(batch.text(row, column), row.length[column]));
    };
    // Parameter numbers of kSqliteInsert for the text columns; the rest are integers.
    static constexpr std::pair<int, C::TextColumn> kTextParameters[] = {
        {2, C::Id},        {4, C::Product},    {5, C::Location}, {6, C::Kind},  {8, C::UnitCost},
        {9, C::Reason},    {10, C::Reference}, {11, C::Note},    {12, C::User}, {13, C::Device},
        {15, C::Transfer}, {16, C::Reverses},  {17, C::PushedBy}};
    const QList<C::SqliteRow> &sqliteRows = batch.sqliteRows();
    for (qsizetype i = 0; i < sqliteRows.size(); ++i) {
        if (seqs.at(i) == 0)
            continue;
        const C::SqliteRow &row = sqliteRows.at(i);
        for (const auto &[index, column] : kTextParameters)
            text(index, row, column);
        insert.bind(1, tenant).bind(3, seqs.at(i)).bind(7, row.quantity).bind(14, row.hlc).bind(18, recordedAt);
        try {
            insert.run();
        } catch (const core::RuntimeError &e) {
            qCWarning(lcDb).noquote() << "cannot insert a movement" << e.error().message;
            throw core::RuntimeError(QStringLiteral("database_error"), e.error().message);
        }
    }
    return true;
}

void TenantScope::savepoint(const char *name)
{
    execDirect(QStringLiteral("SAVEPOINT ") + QLatin1String(name));
}

void TenantScope::rollbackToSavepoint(const char *name)
{
    execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT ") + QLatin1String(name));
}

void TenantScope::insertMovements(const QList<StoredMovement> &movements, qint64 recordedAt)
{
    MovementBatch batch(m_backend);
    QList<qint64> seqs;
    seqs.reserve(movements.size());
    for (const StoredMovement &s : movements) {
        batch.add(s.movement, s.pushedBy);
        seqs << s.movement.serverSeq;
    }
    if (!insertMovements(batch, seqs, recordedAt))
        throw core::RuntimeError(QStringLiteral("database_error"), QStringLiteral("a movement id is already stored"));
}

QList<StoredMovement> TenantScope::movementsAfter(qint64 afterSeq, int limit, const QUuid &productId,
                                                  const QUuid &locationId)
{
    QString sql = QLatin1String(kMovementSelect) + QLatin1String("WHERE tenant_id = :tenant AND seq > :s");
    if (!productId.isNull())
        sql += QLatin1String(" AND product_id = :p");
    if (!locationId.isNull())
        sql += QLatin1String(" AND location_id = :loc");
    sql += QLatin1String(" ORDER BY seq LIMIT :l");
    QSqlQuery &query = prepare(sql);
    query.bindValue(QStringLiteral(":tenant"), idValue(m_tenantId));
    query.bindValue(QStringLiteral(":s"), afterSeq);
    query.bindValue(QStringLiteral(":l"), limit);
    if (!productId.isNull())
        query.bindValue(QStringLiteral(":p"), idValue(productId));
    if (!locationId.isNull())
        query.bindValue(QStringLiteral(":loc"), idValue(locationId));
    exec(query);
    QList<StoredMovement> out;
    while (query.next())
        out << readMovement(query);
    return out;
}

QList<BalanceRow> TenantScope::balances(const QUuid &productId, const QUuid &locationId, int offset, int limit)
{
    // DESIGN §3: last non-voided COUNT by (HLC, id), plus the non-COUNT quantities after it. The
    // reversal that voids a COUNT is itself a COUNT row (quantity 0): it is never a candidate.
    // Movements of a product merged into another count for the surviving product. Filters go into
    // the first CTE so the (tenant, product, location, hlc) index serves them.
    QString filter;
    if (!productId.isNull())
        filter += QLatin1String(" AND m.product_id IN (SELECT id FROM products WHERE tenant_id = :tenant"
                                " AND (id = :product OR merged_into = :product))");
    if (!locationId.isNull())
        filter += QLatin1String(" AND m.location_id = :location");
    QSqlQuery &query = prepare(
        QStringLiteral(
            "WITH eff AS ("
            " SELECT COALESCE(p.merged_into, m.product_id) AS pid, m.location_id AS lid, m.id, m.kind, m.quantity, m.hlc,"
            " m.reverses_id"
            " FROM movements m JOIN products p ON p.tenant_id = m.tenant_id AND p.id = m.product_id"
            " WHERE m.tenant_id = :tenant%1),"
            " counts AS ("
            " SELECT pid, lid, id, quantity, hlc, ROW_NUMBER() OVER (PARTITION BY pid, lid ORDER BY hlc DESC, id DESC) AS rn"
            " FROM eff e WHERE kind = 'COUNT' AND e.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM movements r"
            " WHERE r.tenant_id = :tenant AND r.reverses_id = e.id)),"
            " lastc AS (SELECT pid, lid, id, quantity, hlc FROM counts WHERE rn = 1)"
            " SELECT e.pid, e.lid, COALESCE(MAX(l.quantity), 0) + COALESCE(SUM(CASE WHEN e.kind <> 'COUNT' AND"
            " (l.hlc IS NULL OR e.hlc > l.hlc OR (e.hlc = l.hlc AND e.id > l.id)) THEN e.quantity ELSE 0 END), 0)"
            " FROM eff e LEFT JOIN lastc l ON l.pid = e.pid AND l.lid = e.lid"
            " GROUP BY e.pid, e.lid ORDER BY e.pid, e.lid%2")
            .arg(filter, pageClause(limit)));
    query.bindValue(QStringLiteral(":tenant"), idValue(m_tenantId));
    if (!productId.isNull())
        query.bindValue(QStringLiteral(":product"), idValue(productId));
    if (!locationId.isNull())
        query.bindValue(QStringLiteral(":location"), idValue(locationId));
    if (limit >= 0) {
        query.bindValue(QStringLiteral(":l"), limit);
        query.bindValue(QStringLiteral(":o"), std::max(0, offset));
    }
    exec(query);
    QList<BalanceRow> out;
    while (query.next())
        out << BalanceRow{idFrom(query.value(0)), idFrom(query.value(1)), query.value(2).toLongLong()};
    return out;
}

// Audit

void TenantScope::audit(const QString &actor, const QString &ip, const QString &action, const QString &target,
                        const QJsonObject &details)
{
    q(QStringLiteral("INSERT INTO audit_log (tenant_id, id, at, actor, actor_ip, action, target, details) VALUES "
                     "(:tenant, :id, :at, :actor, :ip, :action, :target, :details)"),
      {{":id", idValue(core::UuidV7::generate())},
       {":at", QDateTime::currentMSecsSinceEpoch()},
       {":actor", actor},
       {":ip", ip},
       {":action", action},
       {":target", target},
       {":details", jsonText(details)}});
}

QList<AuditRecord> TenantScope::auditLog(int offset, int limit)
{
    QSqlQuery &query = q(QStringLiteral("SELECT id, at, actor, actor_ip, action, target, details FROM audit_log "
                                        "WHERE tenant_id = :tenant ORDER BY id DESC LIMIT :l OFFSET :o"),
                         {{":l", limit}, {":o", offset}});
    QList<AuditRecord> out;
    while (query.next()) {
        out << AuditRecord{idFrom(query.value(0)),    query.value(1).toLongLong(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(),   query.value(5).toString(),
                           jsonObject(query.value(6))};
    }
    return out;
}

Usage TenantScope::usage()
{
    Usage u = limitUsage();
    QSqlQuery &query = q(QStringLiteral("SELECT COUNT(*) FROM movements WHERE tenant_id = :tenant"), {});
    u.movements = query.next() ? query.value(0).toLongLong() : 0;
    return u;
}

Usage TenantScope::limitUsage()
{
    Usage u;
    auto count = [&](const QString &sql) {
        QSqlQuery &query = q(sql, {});
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    u.users = count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE tenant_id = :tenant AND active = 1"));
    u.locations = count(QStringLiteral("SELECT COUNT(*) FROM locations WHERE tenant_id = :tenant AND archived = 0"));
    u.products = count(QStringLiteral("SELECT COUNT(*) FROM products WHERE tenant_id = :tenant AND archived = 0 "
                                      "AND merged_into IS NULL"));
    u.devices = count(QStringLiteral("SELECT COUNT(*) FROM devices WHERE tenant_id = :tenant AND revoked_at IS NULL"));
    return u;
}

} // namespace depot::server
