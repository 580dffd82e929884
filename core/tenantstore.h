#pragma once

#include "domain.h"
#include "hlc.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace depot::core {

class StoreTransaction;

/// What a clerk enters to record one movement. `quantity` is as the clerk types it: positive for
/// RECEIPT, ISSUE, LOSS and RETURN (the store applies the sign), signed for ADJUSTMENT, and the
/// absolute counted quantity (>= 0) for COUNT. Transfers go through recordTransfer().
struct MovementDraft
{
    QUuid productId;
    QUuid locationId;
    MovementKind kind = MovementKind::Receipt;
    Quantity quantity;
    Money unitCost;
    QString reason;
    QString reference;
    QString note;
};

/// Where a movement stands in the journal's order: newest first, by HLC then id, both descending.
struct JournalKey
{
    Hlc hlc;
    QUuid id;

    static JournalKey of(const Movement &movement) { return {movement.hlc, movement.id}; }
    friend bool operator==(const JournalKey &, const JournalKey &) = default;
};

/// Filters of the movement journal. Null/empty members do not filter.
///
/// Paging: `after` and `before` page by key (keyset paging), which reads only the rows of the
/// page however deep it is; `offset` skips rows one by one and is meant for short skips (from a
/// key) and for callers that only know a page number. journalCount() ignores the paging members.
struct JournalFilter
{
    QDateTime from; ///< inclusive, on the movement's HLC time
    QDateTime to;   ///< exclusive
    QUuid productId;
    QUuid locationId;
    std::optional<MovementKind> kind;
    QString userId;
    /// Only the movements that come after this key in journal order (older ones): the next page.
    std::optional<JournalKey> after;
    /// Only the movements that come before this key (newer ones), the closest to it first taken:
    /// the previous page. The result is still listed newest first. Ignored when `after` is set.
    std::optional<JournalKey> before;
    int offset = 0;
    int limit = 100; ///< clamped to [1, 10000]

    /// The same filter without its paging members (what journalCount() counts).
    JournalFilter withoutPaging() const
    {
        JournalFilter f = *this;
        f.after.reset();
        f.before.reset();
        f.offset = 0;
        return f;
    }
    /// True when both select the same movements (paging members aside).
    bool sameSelection(const JournalFilter &other) const
    {
        return from == other.from && to == other.to && productId == other.productId && locationId == other.locationId
               && kind == other.kind && userId == other.userId;
    }
};

/// What the products screen filters on besides its search text. Empty members do not filter.
struct ProductFilter
{
    QString category;          ///< exactly this category
    bool stockAlertsOnly = false; ///< only products with a low- or negative-stock alert somewhere
    bool includeArchived = false;
};

/// A change waiting in the outbox to be pushed to the server.
struct OutboxEntry
{
    qint64 seq = 0;
    QString entity; ///< "movement", "product", "location", "supplier"
    QUuid entityId;
    QDateTime createdAt;
};

/// A pending outbox entry with, for a movement entry, the movement it queues (nullopt when the
/// movement is missing, or for a catalog entry).
struct OutboxItem
{
    OutboxEntry entry;
    std::optional<Movement> movement;
};

/// What the server answered for one pushed outbox item.
struct PushResult
{
    enum class Status { Accepted, Duplicate, Rejected };
    QString entity; ///< "movement", "product", "location", "supplier"
    QUuid entityId;
    qint64 outboxSeq = 0; ///< the highest outbox seq of this entity that the push carried
    Status status = Status::Accepted;
    qint64 serverSeq = 0; ///< for an accepted movement
    QString code;         ///< for a rejection
    QString message;      ///< for a rejection
    /// The lowest outbox seq of this entity that the push covered (its entries from there to
    /// outboxSeq leave the outbox); 0 for all of them up to outboxSeq.
    qint64 firstOutboxSeq = 0;
};

/// An item the server refused, kept locally with its reason until the user retries or discards it.
/// A rejected movement does not count in local balances meanwhile.
struct SyncRejection
{
    QString entity;
    QUuid entityId;
    QString code;
    QString message;
    QDateTime rejectedAt;
};

/// How applyPulledPage() treats balances.
enum class PulledBalances {
    Maintain, ///< each new movement updates its balance at once
    Defer     ///< no balance updates; the store is marked stale until rebuildStaleBalances()
};

/// The local store of one tenant on one device: a single SQLite file (WAL, synchronous=FULL,
/// foreign keys) holding the catalog, the append-only movement log, the outbox, and the balances
/// derived from the log.
///
/// Guarantees:
/// - a movement is recorded together with its outbox entry and its balance update, or not at all;
/// - movements are never updated or deleted (SQLite triggers refuse it);
/// - balances follow DESIGN §3 (last COUNT by (HLC, id) + later deltas) whatever the order in which
///   movements arrive, and equal recomputeBalancesFromLog() except while a pull that defers them
///   is under way (balancesStale()), which rebuildStaleBalances() ends; a store opens with them
///   correct, whatever stopped the pull;
/// - a store written by a newer version of Depot is refused, never damaged.
///
/// A TenantStore is used from the thread that opened it.
class TenantStore
{
public:
    static constexpr int kSchemaVersion = 6;
    static constexpr qint32 kApplicationId = 0x44505453; // "DPTS"
    /// The largest quantity a movement or a reorder setting may carry, either sign: one billion units.
    static constexpr qint64 kMaxQuantityMilli = 1'000'000'000'000LL;

    struct Options
    {
        QString deviceId;                    ///< defaults to a device id generated once and kept in the store
        QString userId = QStringLiteral("local"); ///< who records movements
        HybridLogicalClock *clock = nullptr; ///< defaults to a clock owned by the store
    };

    /// Opens (creating if needed) the store at `path`, migrating an older schema. Refuses with
    /// "sqlite_mismatch" when the Qt SQLite driver does not run the SQLite library depot_core calls
    /// (see checkSqliteLibrary()).
    static Result<std::unique_ptr<TenantStore>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<TenantStore>> open(const QString &path) { return open(path, Options{}); }
    /// The schema version of the store file at `path`, read without changing the file (SQLite may
    /// leave a store in WAL mode its -wal and -shm side files); nullopt when
    /// there is no such file or it cannot be read. A version below kSchemaVersion means open()
    /// will migrate it first, which for a large log may take a while (callers tell the user).
    static std::optional<int> fileSchemaVersion(const QString &path);
    ~TenantStore();

    TenantStore(const TenantStore &) = delete;
    TenantStore &operator=(const TenantStore &) = delete;

    QString path() const;
    QString deviceId() const;
    QString userId() const;
    void setUserId(const QString &userId);
    HybridLogicalClock &clock();
    /// The connection, for layers built on the store (sync). Same thread only.
    QSqlDatabase database() const;

    // Catalog. Ids are generated when null; HLC stamps are set for every written field.
    Result<Location> addLocation(Location location);
    Result<Location> updateLocation(const Location &location);
    std::optional<Location> locationById(const QUuid &id) const;
    std::optional<Location> locationByCode(const QString &code) const;
    QList<Location> locations(bool includeArchived = false) const;

    Result<Supplier> addSupplier(Supplier supplier);
    Result<Supplier> updateSupplier(const Supplier &supplier);
    std::optional<Supplier> supplierById(const QUuid &id) const;
    QList<Supplier> suppliers(bool includeArchived = false) const;

    Result<Product> addProduct(Product product);
    /// Writes the fields that differ from the stored product and stamps them.
    Result<Product> updateProduct(const Product &product);
    Result<void> setProductArchived(const QUuid &id, bool archived);
    std::optional<Product> productById(const QUuid &id) const;
    std::optional<Product> productBySku(const QString &sku) const;
    std::optional<Product> productByBarcode(const QString &barcode) const;
    QList<Product> products(bool includeArchived = false, int offset = 0, int limit = -1) const;
    qint64 productCount() const;
    /// Products matching `filter`, by SKU, at most `limit`.
    QList<Product> products(const ProductFilter &filter, int limit) const;
    /// The categories in use (non-archived products), sorted.
    QStringList productCategories() const;
    /// Products that have a low- or negative-stock alert (as alerts() computes them).
    QSet<QUuid> productIdsWithStockAlerts() const;
    /// Full-text search (FTS5) over sku, barcodes, name and category; every word is a prefix.
    QList<Product> searchProducts(const QString &text, int limit = 50) const;
    /// Every product matching `text` as searchProducts() matches it (all of them when `text` has no
    /// word), in SKU order, unranked and without searchProducts()' cap of 1000 rows: for listings and
    /// exports, not for search-as-you-type. A `limit` below 0 means no limit.
    QList<Product> matchingProducts(const QString &text, bool includeArchived, int offset = 0, int limit = -1) const;

    // Movements.
    Result<Movement> recordMovement(const MovementDraft &draft);
    /// Records TRANSFER_OUT at `from` and TRANSFER_IN at `to`, paired by a transfer id, in one transaction.
    Result<QList<Movement>> recordTransfer(const QUuid &productId, const QUuid &from, const QUuid &to,
                                           Quantity quantity, const QString &reason = {},
                                           const QString &note = {});
    /// Records the movement(s) that cancel `movementId` (both legs for a transfer), linked to it.
    Result<QList<Movement>> reverseMovement(const QUuid &movementId, const QString &reason = {});
    /// Inserts a movement created elsewhere (a pull, an import, a test replica) with its own id and
    /// HLC. Returns false when it is already present (idempotent). Queues it for push when `enqueue`.
    Result<bool> insertMovement(const Movement &movement, bool enqueue = false);
    std::optional<Movement> movementById(const QUuid &id) const;
    /// The movements `filter` selects, newest first, one page (see JournalFilter for paging).
    QList<Movement> journal(const JournalFilter &filter) const;
    /// How many movements `filter` selects, whatever its paging members.
    qint64 journalCount(const JournalFilter &filter) const;
    /// SQLite's plan (EXPLAIN QUERY PLAN, one line per step) of the page query of journal(filter)
    /// followed by the count query of journalCount(filter): for tests that check the indexes.
    QStringList journalQueryPlanForTesting(const JournalFilter &filter) const;
    qint64 movementCount() const;

    // Balances and alerts.
    Quantity balance(const QUuid &productId, const QUuid &locationId) const;
    /// Every (product, location) balance, ordered by sku then location code.
    QList<Balance> balances() const;
    /// Balances computed from the movement log alone, without the maintained table.
    QList<Balance> recomputeBalancesFromLog() const;
    /// Rebuilds the maintained balances from the log (repair tool).
    Result<void> rebuildBalances();
    /// Every alert, each marked acknowledged while an acknowledgement still covers it.
    QList<Alert> alerts() const;
    /// Acknowledges `alert` as the user saw it (kind, product, location, quantity), by userId(),
    /// now: an event kept in the store (never updated nor deleted; not synced yet). alerts() marks
    /// the alert acknowledged until its situation changes: another quantity, or any movement of
    /// the product at that location after the acknowledgement (the stock dropping further, or
    /// recovering and falling again), brings it back.
    Result<void> acknowledgeAlert(const Alert &alert);

    // Outbox.
    QList<OutboxEntry> pendingOutbox(int limit = 1000) const;
    /// The first `limit` pending entries, in order, each with its movement (one read: a push plan).
    QList<OutboxItem> pendingOutboxItems(int limit) const;
    qint64 pendingOutboxCount() const;

    // Sync support (DESIGN §5). Everything here is transactional with the data it concerns.
    /// Records what the server said about pushed items: accepted and duplicate items leave the outbox
    /// (movements keep their server sequence); rejected items leave it too but are kept as
    /// rejections, and a rejected movement stops counting in balances.
    Result<void> recordPushResults(const QList<PushResult> &results);
    /// Rejections still waiting for the user (not discarded), oldest first.
    QList<SyncRejection> rejections() const;
    /// Queues a rejected item again (after the cause was fixed); a movement counts again.
    Result<void> retryRejected(const QUuid &entityId);
    /// Gives up on a rejected item: it stays in the log for the record but never counts.
    Result<void> discardRejected(const QUuid &entityId);
    /// The server sequence up to which this store has pulled (0 before the first pull).
    qint64 pullCursor() const;
    /// The wire form of a catalog record (for a push); nullopt when unknown.
    std::optional<CatalogRecord> catalogRecord(const QString &entity, const QUuid &id) const;
    /// Merges a catalog record from the server, field by field (catalogWriteWins). A product the
    /// server merged into another stops counting on its own: its stock joins the surviving product.
    /// Pulled records are not queued for push.
    Result<void> mergeCatalogRecord(const CatalogRecord &record);
    /// Applies one pulled page (catalog records first, then movements) and stores the next cursor,
    /// all in one transaction. Returns how many movements were new. With PulledBalances::Defer the
    /// movements go in without their balance updates (a device filling its store from nothing:
    /// most of the work per movement), and the store is marked stale in the same transaction
    /// until rebuildStaleBalances().
    Result<int> applyPulledPage(const QList<CatalogRecord> &catalog, const QList<Movement> &movements,
                                qint64 nextCursor, PulledBalances balances = PulledBalances::Maintain);
    /// True after a page applied with PulledBalances::Defer, until rebuildStaleBalances().
    bool balancesStale() const;
    /// When balancesStale(): rebuilds every balance from the log and clears the mark, in one
    /// transaction; else does nothing. open() calls it, so a store whose deferred pull was cut
    /// short (a crash) opens with correct balances.
    Result<void> rebuildStaleBalances();
    /// Applies one pulled page of movements and stores the next cursor, in one transaction.
    /// Idempotent: movements already present (such as this device's own) are skipped but get
    /// their server sequence. Returns how many movements were new.
    Result<int> applyPulledMovements(const QList<Movement> &movements, qint64 nextCursor);
    /// When the last sync finished (invalid before the first).
    QDateTime lastSyncAt() const;
    Result<void> setLastSyncAt(const QDateTime &when);

    /// depot_core calls the SQLite C API directly on the Qt SQLite driver's connection handle (the
    /// movement hot path), which is sound only when the driver runs the very SQLite library that
    /// depot_core links: a Qt built with its bundled SQLite would hand over a handle of another copy.
    /// Fails ("sqlite_mismatch") unless the driver's `sqlite_version()` and `sqlite_source_id()`
    /// are those of the linked library. (Two copies of one build cannot be told apart this way.)
    static Result<void> checkSqliteLibrary(const QString &driverVersion, const QString &driverSourceId);

    /// Creates the schema of an older version in an empty database: for migration tests only.
    static Result<void> createSchemaAtVersionForTesting(QSqlDatabase db, int version);

    struct Private; ///< opaque outside the store's own code

private:
    friend class StoreTransaction;
    explicit TenantStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// RAII transaction on a TenantStore: commits only when commit() is called, rolls back on scope
/// exit otherwise. Nests: an inner transaction is a SAVEPOINT of the outer one.
class StoreTransaction
{
public:
    explicit StoreTransaction(TenantStore &store);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool isActive() const { return m_active; }
    Result<void> commit();
    void rollback();

private:
    TenantStore &m_store;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace depot::core
