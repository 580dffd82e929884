#include "scopes.h"

#include "core/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

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

QSet<QUuid> TenantScope::existingIds(CatalogType type, const QSet<QUuid> &ids)
{
    QSet<QUuid> found;
    for (const QUuid &id : ids) {
        QSqlQuery &query = q(
            QStringLiteral("SELECT 1 FROM %1 WHERE tenant_id = :tenant AND id = :id").arg(QLatin1String(tableOf(type))),
            {{":id", idValue(id)}});
        if (query.next())
            found.insert(id);
    }
    return found;
}

namespace {

QString uuidArrayLiteral(const QSet<QUuid> &ids)
{
    QString array = QStringLiteral("{");
    bool first = true;
    for (const QUuid &id : ids) {
        if (!first)
            array += QLatin1Char(',');
        first = false;
        array += core::uuidToText(id);
    }
    return array + QLatin1Char('}');
}

} // namespace

QPair<QSet<QUuid>, QSet<QUuid>> TenantScope::existingProductsAndLocations(const QSet<QUuid> &products,
                                                                          const QSet<QUuid> &locations)
{
    if (m_backend != Backend::Postgres)
        return {existingIds(CatalogType::Product, products), existingIds(CatalogType::Location, locations)};
    QPair<QSet<QUuid>, QSet<QUuid>> found;
    if (products.isEmpty() && locations.isEmpty())
        return found;
    QSqlQuery &query =
        q(QStringLiteral("SELECT 0, id FROM products WHERE tenant_id = :tenant AND id = ANY(CAST(:p AS uuid[])) "
                         "UNION ALL SELECT 1, id FROM locations WHERE tenant_id = :tenant "
                         "AND id = ANY(CAST(:l AS uuid[]))"),
          {{":p", uuidArrayLiteral(products)}, {":l", uuidArrayLiteral(locations)}});
    while (query.next())
        (query.value(0).toInt() == 0 ? found.first : found.second).insert(idFrom(query.value(1)));
    return found;
}

// Movements

namespace {

constexpr int kMovementColumns = 18;
constexpr auto kMovementSelect = "SELECT id, seq, product_id, location_id, kind, quantity, unit_cost, reason, "
                                 "reference, note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, "
                                 "recorded_at FROM movements ";

StoredMovement readMovement(const QSqlQuery &q)
{
    StoredMovement s;
    core::Movement &m = s.movement;
    m.id = idFrom(q.value(0));
    m.serverSeq = q.value(1).toLongLong();
    m.productId = idFrom(q.value(2));
    m.locationId = idFrom(q.value(3));
    m.kind = core::movementKindFromString(q.value(4).toString()).value_or(core::MovementKind::Adjustment);
    m.quantity = core::Quantity::fromMilli(q.value(5).toLongLong());
    const QString cost = q.value(6).toString();
    if (!cost.isEmpty()) {
        const auto money = core::Money::parse(cost);
        if (money.ok())
            m.unitCost = *money;
    }
    m.reason = q.value(7).toString();
    m.reference = q.value(8).toString();
    m.note = q.value(9).toString();
    m.userId = q.value(10).toString();
    m.deviceId = q.value(11).toString();
    m.hlc = core::Hlc(quint64(q.value(12).toLongLong()));
    m.transferId = idFrom(q.value(13));
    m.reversesId = idFrom(q.value(14));
    s.pushedBy = idFrom(q.value(15));
    m.recordedAt = QDateTime::fromMSecsSinceEpoch(q.value(16).toLongLong(), Qt::UTC);
    return s;
}

} // namespace

QHash<QUuid, StoredMovement> TenantScope::movementsByIds(const QList<QUuid> &ids)
{
    QHash<QUuid, StoredMovement> out;
    if (ids.isEmpty())
        return out;
    if (m_backend == Backend::Postgres) {
        // One round trip: the ids as a uuid[] literal (hex digits and dashes only).
        QString array = QStringLiteral("{");
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i)
                array += QLatin1Char(',');
            array += core::uuidToText(ids.at(i));
        }
        array += QLatin1Char('}');
        QSqlQuery &query = q(QLatin1String(kMovementSelect)
                                 + QLatin1String("WHERE tenant_id = :tenant AND id = ANY(CAST(:ids AS uuid[]))"),
                             {{":ids", array}});
        while (query.next()) {
            StoredMovement s = readMovement(query);
            out.insert(s.movement.id, s);
        }
        return out;
    }
    if (m_backend == Backend::Sqlite) {
        // One statement: the ids as a JSON array expanded by json_each (SQLite's JSON1, built in).
        QString array = QStringLiteral("[");
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i)
                array += QLatin1Char(',');
            array += QLatin1Char('"') + core::uuidToText(ids.at(i)) + QLatin1Char('"');
        }
        array += QLatin1Char(']');
        QSqlQuery &query =
            q(QLatin1String(kMovementSelect)
                  + QLatin1String("WHERE tenant_id = :tenant AND id IN (SELECT value FROM json_each(:ids))"),
              {{":ids", array}});
        while (query.next()) {
            StoredMovement s = readMovement(query);
            out.insert(s.movement.id, s);
        }
        return out;
    }
    constexpr int kChunk = 100;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, ids.size() - start);
        QString sql = QLatin1String(kMovementSelect) + QLatin1String("WHERE tenant_id = ? AND id IN (");
        for (qsizetype i = 0; i < n; ++i)
            sql += i ? QLatin1String(", ?") : QLatin1String("?");
        sql += QLatin1Char(')');
        QSqlQuery &query = prepare(sql);
        query.bindValue(0, idValue(m_tenantId));
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(int(i + 1), idValue(ids.at(start + i)));
        exec(query);
        while (query.next()) {
            StoredMovement s = readMovement(query);
            out.insert(s.movement.id, s);
        }
    }
    return out;
}

namespace {

/// Appends `text` as a JSON string (RFC 8259 escaping).
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJsonId(QString &out, const QUuid &id)
{
    if (id.isNull()) {
        out += QLatin1String("null");
    } else {
        out += QLatin1Char('"');
        out += core::uuidToText(id);
        out += QLatin1Char('"');
    }
}

} // namespace

void TenantScope::insertMovements(const QList<StoredMovement> &movements, qint64 recordedAt)
{
    if (movements.isEmpty())
        return;
    if (m_backend == Backend::Postgres) {
        // One statement per batch: the rows travel as one JSON parameter, expanded by
        // json_populate_recordset (numbers are read from their text, so 64-bit values stay exact).
        // RLS WITH CHECK, foreign keys and the unique indexes apply to every row as usual.
        QString rows;
        rows.reserve(movements.size() * 420);
        rows += QLatin1Char('[');
        const QString tenant = core::uuidToText(m_tenantId);
        for (qsizetype i = 0; i < movements.size(); ++i) {
            const core::Movement &m = movements.at(i).movement;
            if (i)
                rows += QLatin1Char(',');
            rows += QLatin1String("{\"tenant_id\":\"") + tenant + QLatin1String("\",\"id\":");
            appendJsonId(rows, m.id);
            rows += QLatin1String(",\"seq\":") + QString::number(m.serverSeq) + QLatin1String(",\"product_id\":");
            appendJsonId(rows, m.productId);
            rows += QLatin1String(",\"location_id\":");
            appendJsonId(rows, m.locationId);
            rows += QLatin1String(",\"kind\":\"") + core::movementKindToString(m.kind)
                    + QLatin1String("\",\"quantity\":") + QString::number(m.quantity.milli())
                    + QLatin1String(",\"unit_cost\":");
            appendJsonString(rows, m.unitCost.isNull() ? QString() : m.unitCost.toString());
            rows += QLatin1String(",\"reason\":");
            appendJsonString(rows, m.reason);
            rows += QLatin1String(",\"reference\":");
            appendJsonString(rows, m.reference);
            rows += QLatin1String(",\"note\":");
            appendJsonString(rows, m.note);
            rows += QLatin1String(",\"user_ref\":");
            appendJsonString(rows, m.userId);
            rows += QLatin1String(",\"device_ref\":");
            appendJsonString(rows, m.deviceId);
            rows +=
                QLatin1String(",\"hlc\":") + QString::number(qint64(m.hlc.raw())) + QLatin1String(",\"transfer_id\":");
            appendJsonId(rows, m.transferId);
            rows += QLatin1String(",\"reverses_id\":");
            appendJsonId(rows, m.reversesId);
            rows += QLatin1String(",\"pushed_by\":");
            appendJsonId(rows, movements.at(i).pushedBy);
            rows += QLatin1String(",\"recorded_at\":") + QString::number(recordedAt) + QLatin1Char('}');
        }
        rows += QLatin1Char(']');
        q(QStringLiteral(
              "INSERT INTO movements (tenant_id, id, seq, product_id, location_id, kind, quantity, unit_cost, "
              "reason, reference, note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, "
              "recorded_at) SELECT tenant_id, id, seq, product_id, location_id, kind, quantity, unit_cost, "
              "reason, reference, note, user_ref, device_ref, hlc, transfer_id, reverses_id, pushed_by, "
              "recorded_at FROM json_populate_recordset(NULL::movements, CAST(:rows AS json))"),
          {{":rows", rows}});
        return;
    }
    // SQLite: multi-row VALUES of up to 64 rows (1,152 parameters, under SQLite's 32,766), each
    // statement prepared once per size and reused.
    constexpr int chunk = 64;
    const QString rowPlaceholders =
        QStringLiteral("(?") + QStringLiteral(", ?").repeated(kMovementColumns - 1) + QLatin1Char(')');
    for (qsizetype start = 0; start < movements.size(); start += chunk) {
        const qsizetype n = std::min<qsizetype>(chunk, movements.size() - start);
        QString sql = QStringLiteral("INSERT INTO movements (tenant_id, id, seq, product_id, location_id, kind, "
                                     "quantity, unit_cost, reason, reference, note, user_ref, device_ref, hlc, "
                                     "transfer_id, reverses_id, pushed_by, recorded_at) VALUES ");
        for (qsizetype i = 0; i < n; ++i) {
            if (i)
                sql += QLatin1String(", ");
            sql += rowPlaceholders;
        }
        QSqlQuery &query = prepare(sql);
        int p = 0;
        const QVariant tenant = idValue(m_tenantId);
        for (qsizetype i = 0; i < n; ++i) {
            const StoredMovement &s = movements.at(start + i);
            const core::Movement &m = s.movement;
            query.bindValue(p++, tenant);
            query.bindValue(p++, idValue(m.id));
            query.bindValue(p++, m.serverSeq);
            query.bindValue(p++, idValue(m.productId));
            query.bindValue(p++, idValue(m.locationId));
            query.bindValue(p++, core::movementKindToString(m.kind));
            query.bindValue(p++, m.quantity.milli());
            query.bindValue(p++, m.unitCost.isNull() ? QString::fromLatin1("", 0) : m.unitCost.toString());
            query.bindValue(p++, bindable(m.reason));
            query.bindValue(p++, bindable(m.reference));
            query.bindValue(p++, bindable(m.note));
            query.bindValue(p++, bindable(m.userId));
            query.bindValue(p++, bindable(m.deviceId));
            query.bindValue(p++, qint64(m.hlc.raw()));
            query.bindValue(p++, idValue(m.transferId));
            query.bindValue(p++, idValue(m.reversesId));
            query.bindValue(p++, idValue(s.pushedBy));
            query.bindValue(p++, recordedAt);
        }
        exec(query);
    }
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
