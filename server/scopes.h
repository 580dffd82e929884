#pragma once

#include "store.h"

#include "core/domain.h"
#include "sync/protocol/protocol.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace depot::server {

class MovementBatch;

/// Tenant lifecycle of DESIGN §2.
enum class TenantStatus {
    Pending,
    Trial,
    Active,
    Suspended,
    Cancelled
};
QString tenantStatusToString(TenantStatus status);
std::optional<TenantStatus> tenantStatusFromString(QStringView text);

struct TenantRecord
{
    QUuid id;
    QString slug;
    QString name;
    QString email;
    TenantStatus status = TenantStatus::Trial;
    QString plan;
    qint64 trialEndsAt = 0; ///< ms, 0 when not in trial
    qint64 createdAt = 0;
};

struct UserRecord
{
    QUuid id;
    QString email;
    QString phone;
    QString passwordHash;
    QString firstName;
    QString lastName;
    bool mustChangePassword = false;
    bool platformAdmin = false;
    int tenantCount = 0;
};

struct MembershipRecord
{
    QUuid tenantId;
    QUuid userId;
    QString role;
    bool active = true;
    qint64 seq = 0;
    qint64 createdAt = 0;
    // joined from users
    QString email;
    QString phone;
    QString firstName;
    QString lastName;
};

struct DeviceRecord
{
    QString id;
    QUuid userId;
    QString name;
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
    QString lastIp;
    qint64 clockSkewMs = 0;
    qint64 revokedAt = 0;
};

struct RefreshTokenRecord
{
    QUuid id;
    QUuid familyId;
    QUuid userId;
    QString deviceId;
    qint64 expiresAt = 0;
    qint64 usedAt = 0;
    qint64 revokedAt = 0;
};

struct AuditRecord
{
    QUuid id;
    qint64 at = 0;
    QString actor;
    QString actorIp;
    QString action;
    QString target;
    QJsonObject details;
};

/// A movement as the server stores it.
struct StoredMovement
{
    core::Movement movement;
    QUuid pushedBy;
};

struct BalanceRow
{
    QUuid productId;
    QUuid locationId;
    qint64 quantityMilli = 0;
};

struct Usage
{
    qint64 users = 0;
    qint64 locations = 0;
    qint64 products = 0;
    qint64 devices = 0;
    qint64 movements = 0;
};

/// The platform registry: tenants and global user identities. Reaches no tenant table.
class PlatformScope : public Scope
{
public:
    std::optional<TenantRecord> tenantBySlug(const QString &slug);
    std::optional<TenantRecord> tenantById(const QUuid &id);
    bool slugTaken(const QString &slug);
    void insertTenant(const TenantRecord &tenant);
    void updateTenant(const TenantRecord &tenant);
    QList<TenantRecord> tenants(int offset, int limit);

    std::optional<UserRecord> userById(const QUuid &id);
    std::optional<UserRecord> userByEmail(const QString &email);
    std::optional<UserRecord> userByPhone(const QString &phone);
    void insertUser(const UserRecord &user);
    void setPassword(const QUuid &userId, const QString &hash, bool mustChange);
    void setPlatformAdmin(const QUuid &userId, bool admin);
    void addTenantCount(const QUuid &userId, int delta);
    /// Serialises tenant creation (slug allocation) until commit.
    void lockRegistry();
    /// A tenant scope inside this transaction (tenant creation is one transaction); committing
    /// this platform scope commits both.
    std::unique_ptr<TenantScope> tenantInThisTransaction(const QUuid &tenantId);

private:
    friend class Store;
    PlatformScope(Store &store, bool write, const QUuid &presetTenant = {})
        : Scope(store, write, false, presetTenant),
          m_presetTenant(presetTenant)
    { }
    QUuid m_presetTenant; ///< app.tenant_id already set by BEGIN
};

/// Reads one user's memberships across tenants (GET /me/tenants), nothing else.
class UserScope : public Scope
{
public:
    struct Entry
    {
        QUuid tenantId;
        QString role;
        bool active = true;
    };
    QList<Entry> memberships();

private:
    friend class Store;
    UserScope(Store &store, const QUuid &userId);
    QUuid m_userId;
};

/// A transaction bound to one tenant: the only access to tenant data. Every statement carries
/// `tenant_id = :tenant`, and on PostgreSQL RLS enforces the same with `SET LOCAL app.tenant_id`.
class TenantScope : public Scope
{
public:
    const QUuid &tenantId() const { return m_tenantId; }

    /// This tenant's registry row (read-only here).
    std::optional<TenantRecord> tenant();
    /// What a request needs to authorise in one round trip: the tenant, the caller's membership
    /// (empty role when none) and whether the caller's device is revoked.
    struct Access
    {
        std::optional<TenantRecord> tenant;
        QString role;
        bool active = false;
        bool deviceRevoked = false;
    };
    Access access(const QUuid &userId, const QString &deviceId);

    /// Takes the per-tenant row lock (serialises this tenant's writers until commit) and returns
    /// the last allocated sequence. Everything that counts against a limit or takes a seq calls it first.
    qint64 lock();
    /// Allocates `count` consecutive sequence numbers under the lock; returns the first.
    qint64 allocate(qint64 count);
    /// Stores the last allocated sequence (after lock()).
    void setLastSeq(qint64 seq);
    void initCounter();

    // Memberships
    std::optional<MembershipRecord> membership(const QUuid &userId);
    /// Members in creation order; `limit` < 0: all of them.
    QList<MembershipRecord> memberships(int offset = 0, int limit = -1);
    void insertMembership(const MembershipRecord &m);
    void updateMembership(const QUuid &userId, const QString &role, bool active, qint64 seq);
    QList<MembershipRecord> membershipsSince(qint64 since, int limit);

    // Devices
    std::optional<DeviceRecord> device(const QString &id);
    QList<DeviceRecord> devices(int offset = 0, int limit = -1);
    void insertDevice(const DeviceRecord &device);
    void touchDevice(const QString &id, qint64 at, const QString &ip, std::optional<qint64> skewMs);
    void revokeDevice(const QString &id, qint64 at);

    // Refresh tokens
    void insertRefreshToken(const RefreshTokenRecord &token, const QString &hash);
    std::optional<RefreshTokenRecord> refreshTokenByHash(const QString &hash);
    /// Marks a token used if it was not; false when it already was (reuse).
    bool consumeRefreshToken(const QUuid &id, qint64 at);
    /// The tokens of a family, oldest first (creation time, then id).
    QList<RefreshTokenRecord> refreshFamily(const QUuid &familyId);
    void revokeRefreshToken(const QUuid &id, qint64 at);
    void revokeFamily(const QUuid &familyId, qint64 at);
    void revokeUserTokens(const QUuid &userId, qint64 at);
    void revokeDeviceTokens(const QString &deviceId, qint64 at);

    // Catalog (products, locations, suppliers)
    std::optional<sync::protocol::CatalogItem> catalogItem(sync::protocol::CatalogType type, const QUuid &id);
    std::optional<sync::protocol::CatalogItem> productBySku(const QString &sku);
    std::optional<sync::protocol::CatalogItem> locationByCode(const QString &code);
    void insertCatalogItem(const sync::protocol::CatalogItem &item);
    void updateCatalogItem(const sync::protocol::CatalogItem &item);
    QList<sync::protocol::CatalogItem> catalog(sync::protocol::CatalogType type, bool includeArchived, int offset,
                                               int limit);
    QList<sync::protocol::CatalogItem> catalogSince(sync::protocol::CatalogType type, qint64 since, int limit);

    // Movements
    /// The stored movements with the ids of `batch`: one statement.
    QHash<QUuid, StoredMovement> movementsByIds(const MovementBatch &batch);
    /// The products and locations of `batch` that exist: one statement.
    QPair<QSet<QUuid>, QSet<QUuid>> existingProductsAndLocations(const MovementBatch &batch);
    /// Inserts the movements of `batch` whose entry in `seqs` (one per movement, in order) is not 0,
    /// with that server sequence. One statement on PostgreSQL; prepared C API inserts on SQLite.
    /// False, with the transaction to be rolled back to a savepoint, when one of the ids was
    /// stored already (PostgreSQL; on SQLite the write lock keeps that from happening and any
    /// constraint violation throws).
    [[nodiscard]] bool insertMovements(const MovementBatch &batch, const QList<qint64> &seqs, qint64 recordedAt);
    /// SAVEPOINT `name`, and back to it (the transaction goes on).
    void savepoint(const char *name);
    void rollbackToSavepoint(const char *name);
    /// The same for movements whose serverSeq is set.
    void insertMovements(const QList<StoredMovement> &movements, qint64 recordedAt);
    QList<StoredMovement> movementsAfter(qint64 afterSeq, int limit, const QUuid &productId, const QUuid &locationId);
    /// Stock per (product, location); null ids do not filter. A product filter includes the
    /// products merged into it.
    QList<BalanceRow> balances(const QUuid &productId = {}, const QUuid &locationId = {}, int offset = 0,
                               int limit = -1);

    // Audit
    void audit(const QString &actor, const QString &ip, const QString &action, const QString &target,
               const QJsonObject &details = {});
    QList<AuditRecord> auditLog(int offset, int limit);

    /// Counts for /plan (movements included: a scan, not for hot paths).
    Usage usage();
    /// Counts what plan limits look at (users, locations, products, devices) without the movement scan.
    Usage limitUsage();

private:
    friend class Store;
    friend class PlatformScope;
    TenantScope(Store &store, const QUuid &tenantId, bool write, bool nested = false, bool tenantAlreadySet = false);
    QSqlQuery &q(const QString &sql, std::initializer_list<std::pair<const char *, QVariant>> binds);
    QUuid m_tenantId;
};

/// Text of an id for binding (PostgreSQL uuid and SQLite TEXT both accept it).
QVariant idValue(const QUuid &id);
QUuid idFrom(const QVariant &value);

} // namespace depot::server
