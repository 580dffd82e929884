#include "tenantstore.h"

#include "sqlitestatement.h"
#include "storeschema.h"
#include "uuid.h"
#include "walcheckpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <unordered_map>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "depot.core.store")

namespace depot::core {

namespace {

// A movement's quantity is bounded so that sums over millions of movements cannot overflow int64.
constexpr qint64 kMaxQuantityMilli = TenantStore::kMaxQuantityMilli;
constexpr int kMaxJournalPage = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("depot::core::TenantStore", text);
}

[[noreturn]] void fail(const QString &code, const QString &message)
{
    throw RuntimeError(code, message);
}

QVariant textOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuidToText(id));
}

/// Text for NOT NULL columns: a null QString would bind as SQL NULL.
QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant intOrNull(const std::optional<Quantity> &q)
{
    return q ? QVariant(q->milli()) : QVariant(QMetaType(QMetaType::LongLong));
}

QUuid uuidColumn(const QVariant &value)
{
    return value.isNull() ? QUuid() : uuidFromText(value.toString());
}

std::optional<Quantity> quantityColumn(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Quantity::fromMilli(value.toLongLong());
}

Money moneyColumns(const QVariant &minor, const QVariant &currency)
{
    if (minor.isNull() || currency.isNull())
        return {};
    return Money(minor.toLongLong(), currency.toString());
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString checkedText(const QString &value, const char *field, int maxLength, bool required)
{
    // A null QString binds as SQL NULL: optional text is stored as '' instead.
    const QString text = value.isNull() ? QStringLiteral("") : value.trimmed();
    if (required && text.isEmpty())
        fail(QStringLiteral("missing_field"), tr("The %1 is required.").arg(QLatin1String(field)));
    if (text.size() > maxLength)
        fail(QStringLiteral("field_too_long"),
             tr("The %1 is longer than %2 characters.").arg(QLatin1String(field)).arg(maxLength));
    if (hasControlCharacters(text))
        fail(QStringLiteral("invalid_field"), tr("The %1 contains control characters.").arg(QLatin1String(field)));
    return text;
}

QString checkedCode(const QString &value, const char *field, int maxLength)
{
    const QString code = checkedText(value, field, maxLength, true);
    for (QChar c : code) {
        if (c.isSpace())
            fail(QStringLiteral("invalid_field"),
                 tr("The %1 \"%2\" must not contain spaces.").arg(QLatin1String(field), code));
    }
    return code;
}

void checkQuantityBounds(Quantity q)
{
    if (q.milli() > kMaxQuantityMilli || q.milli() < -kMaxQuantityMilli)
        fail(QStringLiteral("invalid_quantity"), tr("The quantity %1 is too large.").arg(q.toString()));
}

/// Builds an FTS5 query where every word of the user's text is a quoted prefix term.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(u'"', QStringLiteral("\"\""));
        terms << u'"' + word + QStringLiteral("\"*");
    }
    return terms.join(u' ');
}

// Up to this many matches, a search ranks them (bm25); beyond, it shows the first in catalog order.
constexpr int kSearchRankedMatches = 500;

const char *const kMovementColumns =
    "m.id, m.product_id, m.location_id, m.kind, m.quantity, m.unit_cost_minor, m.unit_cost_currency, m.reason,"
    " m.reference, m.note, m.user_id, m.device_id, m.hlc, m.transfer_id, m.reverses_id, m.recorded_at,"
    " COALESCE(a.server_seq, m.server_seq)";

const char *const kProductColumns =
    "p.id, p.sku, p.name, p.category, p.unit, p.cost_minor, p.cost_currency, p.sale_minor, p.sale_currency,"
    " p.reorder_point, p.reorder_quantity, p.preferred_supplier_id, p.archived, p.merged_into, p.stamps";

std::atomic<int> g_connectionCounter{0};

constexpr const char *kPullCursorKey = "pull_cursor";
constexpr const char *kLastSyncKey = "last_sync_at";
/// Present in meta while balances wait for a rebuild after pulled pages applied without them.
constexpr const char *kBalancesStaleKey = "balances_stale";
/// Present in meta while a pull that fills the store goes on without the log's secondary
/// indexes: their definitions (a JSON array of CREATE INDEX statements), built again at its end.
constexpr const char *kDeferredIndexesKey = "deferred_indexes";

} // namespace

struct TenantStore::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    QString deviceId;
    QString userId;
    std::unique_ptr<HybridLogicalClock> ownClock;
    HybridLogicalClock *clock = nullptr;
    int transactionDepth = 0;
    QHash<const char *, QSqlQuery> statements;
    sqlite3 *handle = nullptr; ///< the same connection, for the hot path
    /// Checkpoints of the log on a thread of their own: a scan or a pulled page does not wait
    /// for the database file's writes and fsync (the hook's state lives as long as `handle`).
    std::unique_ptr<WalCheckpointer> checkpointer;
    std::shared_ptr<WalCheckpointer::State> checkpoints;
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> fastStatements;

    ~Private()
    {
        fastStatements.clear();
        statements.clear();
        if (db.isOpen())
            db.close();
        db = QSqlDatabase();
        if (!connectionName.isEmpty())
            QSqlDatabase::removeDatabase(connectionName);
    }

    /// A pull that fills the store (deferred balances, so at least as many movements come as the
    /// store holds) goes in without the secondary indexes of the log (journal order, stock, kind,
    /// user, reversals): a row then writes its table and its acknowledgement, not five more
    /// B-trees at five places, and each index is built once at the end by a sort, which costs a
    /// fraction of it. The definitions are kept in meta in the same transaction as the drop, so a
    /// crash leaves them there for restoreMovementIndexes() at the next open. The caller holds the
    /// page's transaction; nothing of the pull itself reads those indexes.
    void deferMovementIndexes()
    {
        SqliteStatement &marked = fast("SELECT 1 FROM meta WHERE key = 'deferred_indexes'");
        const bool already = marked.step();
        marked.reset();
        if (already)
            return;
        QJsonArray definitions;
        QStringList names;
        SqliteStatement &q = fast("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                  " AND tbl_name = 'movements' AND sql IS NOT NULL ORDER BY name");
        while (q.step()) {
            names << q.columnText(0);
            definitions << q.columnText(1);
        }
        q.reset();
        run("INSERT INTO meta (key, value) VALUES (?, ?)",
            {QString::fromLatin1(kDeferredIndexesKey),
             QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact))})
            .finish();
        for (const QString &name : std::as_const(names))
            execSql(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(u'"', QLatin1String("\"\""))));
    }

    /// Builds the indexes deferMovementIndexes() dropped again, if any; the caller holds the
    /// transaction.
    void restoreMovementIndexes()
    {
        QSqlQuery &q = run("SELECT value FROM meta WHERE key = ?", {QString::fromLatin1(kDeferredIndexesKey)});
        if (!q.next()) {
            q.finish();
            return;
        }
        const QJsonArray definitions = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        q.finish();
        for (const QJsonValue &definition : definitions) {
            QElapsedTimer timer;
            timer.start();
            execSql(definition.toString());
            qCDebug(lcStore).noquote() << definition.toString() << timer.elapsed() << "ms";
        }
        run("DELETE FROM meta WHERE key = ?", {QString::fromLatin1(kDeferredIndexesKey)}).finish();
    }

    /// A pull that fills the store (deferred balances) writes every index of the log at many
    /// places at once: with the usual page cache of 16 MB, most of its time went in reading back
    /// and writing out the same index pages. It gets a larger cache until its balances are
    /// rebuilt (SQLite frees the pages beyond the limit when the cache shrinks back).
    static constexpr int kCacheKiB = 16000;
    static constexpr int kBulkCacheKiB = 192000;
    bool bulkCache = false;
    void setBulkCache(bool on)
    {
        if (on == bulkCache)
            return;
        const QByteArray pragma = "PRAGMA cache_size = -" + QByteArray::number(on ? kBulkCacheKiB : kCacheKiB);
        if (sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            qCWarning(lcStore) << "cannot change the page cache:" << sqlite3_errmsg(handle);
        else
            bulkCache = on;
    }

    /// A prepared statement, built once per store and reused.
    QSqlQuery &prepared(const char *sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.prepare(QString::fromUtf8(sql)))
                fail(QStringLiteral("storage_error"), query.lastError().text());
            it = statements.insert(sql, std::move(query));
        }
        return it.value();
    }

    /// A statement on the raw connection, prepared once (hot path only).
    SqliteStatement &fast(const char *sql)
    {
        auto &slot = fastStatements[sql];
        if (!slot)
            slot = std::make_unique<SqliteStatement>(handle, sql);
        return *slot;
    }

    void exec(QSqlQuery &query) const
    {
        if (!query.exec()) {
            const QString error = query.lastError().text();
            qCWarning(lcStore) << "statement failed:" << query.lastQuery() << error;
            if (error.contains(QLatin1String("UNIQUE constraint failed")))
                fail(QStringLiteral("conflict"), error);
            fail(QStringLiteral("storage_error"), error);
        }
    }

    void execSql(const QString &sql) const
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            fail(QStringLiteral("storage_error"), query.lastError().text() + QStringLiteral(" in: ") + sql);
    }

    QSqlQuery &run(const char *sql, std::initializer_list<QVariant> values)
    {
        QSqlQuery &query = prepared(sql);
        int i = 0;
        for (const QVariant &value : values)
            query.bindValue(i++, value);
        exec(query);
        return query;
    }

    void enqueue(const char *entity, const QUuid &id)
    {
        fast("INSERT INTO outbox (entity, entity_id, created_at) VALUES (?, ?, ?)")
            .bind(1, QByteArray(entity))
            .bind(2, uuidToText(id))
            .bind(3, QDateTime::currentMSecsSinceEpoch())
            .run();
    }

    // --- reading rows ---

    static Movement movementFromRow(const QSqlQuery &q)
    {
        Movement m;
        m.id = uuidColumn(q.value(0));
        m.productId = uuidColumn(q.value(1));
        m.locationId = uuidColumn(q.value(2));
        m.kind = movementKindFromString(q.value(3).toString()).value_or(MovementKind::Adjustment);
        m.quantity = Quantity::fromMilli(q.value(4).toLongLong());
        m.unitCost = moneyColumns(q.value(5), q.value(6));
        m.reason = q.value(7).toString();
        m.reference = q.value(8).toString();
        m.note = q.value(9).toString();
        m.userId = q.value(10).toString();
        m.deviceId = q.value(11).toString();
        m.hlc = Hlc(static_cast<quint64>(q.value(12).toLongLong()));
        m.transferId = uuidColumn(q.value(13));
        m.reversesId = uuidColumn(q.value(14));
        m.recordedAt = QDateTime::fromMSecsSinceEpoch(q.value(15).toLongLong(), Qt::UTC);
        m.serverSeq = q.value(16).isNull() ? 0 : q.value(16).toLongLong();
        return m;
    }

    static Product productFromRow(const QSqlQuery &q)
    {
        Product p;
        p.id = uuidColumn(q.value(0));
        p.sku = q.value(1).toString();
        p.name = q.value(2).toString();
        p.category = q.value(3).toString();
        p.unit = q.value(4).toString();
        p.costPrice = moneyColumns(q.value(5), q.value(6));
        p.salePrice = moneyColumns(q.value(7), q.value(8));
        p.reorderPoint = quantityColumn(q.value(9));
        p.reorderQuantity = quantityColumn(q.value(10));
        p.preferredSupplierId = uuidColumn(q.value(11));
        p.archived = q.value(12).toBool();
        p.mergedInto = uuidColumn(q.value(13));
        p.stamps = fieldStampsFromJson(q.value(14).toString());
        return p;
    }

    /// The rows of a query of kProductColumns followed by the space-separated barcodes.
    static QList<Product> productRows(QSqlQuery &q)
    {
        QList<Product> result;
        while (q.next()) {
            Product p = productFromRow(q);
            p.barcodes = q.value(15).toString().split(u' ', Qt::SkipEmptyParts);
            p.barcodes.sort();
            result << p;
        }
        q.finish();
        return result;
    }

    void loadBarcodes(Product &product)
    {
        QSqlQuery &q =
            run("SELECT barcode FROM product_barcodes WHERE product_id = ? ORDER BY barcode", {uuidToText(product.id)});
        while (q.next())
            product.barcodes << q.value(0).toString();
        q.finish();
    }

    std::optional<Product> productWhere(const char *sql, const QVariant &key)
    {
        QSqlQuery &q = run(sql, {key});
        if (!q.next()) {
            q.finish();
            return std::nullopt;
        }
        Product p = productFromRow(q);
        q.finish();
        loadBarcodes(p);
        return p;
    }

    static Location locationFromRow(const QSqlQuery &q)
    {
        Location l;
        l.id = uuidColumn(q.value(0));
        l.code = q.value(1).toString();
        l.name = q.value(2).toString();
        l.type = locationTypeFromString(q.value(3).toString()).value_or(LocationType::Warehouse);
        l.parentId = uuidColumn(q.value(4));
        l.archived = q.value(5).toBool();
        l.stamps = fieldStampsFromJson(q.value(6).toString());
        return l;
    }

    std::optional<Location> locationWhere(const char *sql, const QVariant &key)
    {
        QSqlQuery &q = run(sql, {key});
        std::optional<Location> result;
        if (q.next())
            result = locationFromRow(q);
        q.finish();
        return result;
    }

    static Supplier supplierFromRow(const QSqlQuery &q)
    {
        Supplier s;
        s.id = uuidColumn(q.value(0));
        s.name = q.value(1).toString();
        s.email = q.value(2).toString();
        s.phone = q.value(3).toString();
        s.notes = q.value(4).toString();
        s.archived = q.value(5).toBool();
        s.stamps = fieldStampsFromJson(q.value(6).toString());
        return s;
    }

    /// The movement of a row whose columns from `first` on are kMovementColumns, read on the raw
    /// connection (ids parsed from their UTF-8 bytes).
    static Movement movementFromStatement(const SqliteStatement &q, int first)
    {
        const auto uuidAt = [&q, first](int column) {
            const QByteArrayView text = q.columnBytes(first + column);
            return text.size() == 36 ? QUuid::fromString(QLatin1StringView(text.data(), text.size())) : QUuid();
        };
        Movement m;
        m.id = uuidAt(0);
        m.productId = uuidAt(1);
        m.locationId = uuidAt(2);
        m.kind = movementKindFromString(q.columnText(first + 3)).value_or(MovementKind::Adjustment);
        m.quantity = Quantity::fromMilli(q.columnInt64(first + 4));
        if (!q.columnIsNull(first + 5) && !q.columnIsNull(first + 6))
            m.unitCost = Money(q.columnInt64(first + 5), q.columnText(first + 6));
        m.reason = q.columnText(first + 7);
        m.reference = q.columnText(first + 8);
        m.note = q.columnText(first + 9);
        m.userId = q.columnText(first + 10);
        m.deviceId = q.columnText(first + 11);
        m.hlc = Hlc(static_cast<quint64>(q.columnInt64(first + 12)));
        m.transferId = uuidAt(13);
        m.reversesId = uuidAt(14);
        m.recordedAt = QDateTime::fromMSecsSinceEpoch(q.columnInt64(first + 15), Qt::UTC);
        m.serverSeq = q.columnIsNull(first + 16) ? 0 : q.columnInt64(first + 16);
        return m;
    }

    std::optional<Movement> movementById(const QUuid &id)
    {
        static const QByteArray sql =
            QByteArray("SELECT ") + kMovementColumns
            + " FROM movements m LEFT JOIN movement_acks a ON a.movement_id = m.id WHERE m.id = ?";
        // On the raw connection: building a push reads every pending movement by id.
        SqliteStatement &q = fast(sql.constData());
        std::optional<Movement> result;
        if (q.bind(1, uuidToText(id)).step())
            result = movementFromStatement(q, 0);
        q.reset();
        return result;
    }

    bool movementExists(const QUuid &id)
    {
        SqliteStatement &q = fast("SELECT 1 FROM movements WHERE id = ?");
        const bool found = q.bind(1, uuidToText(id)).step();
        q.reset();
        return found;
    }

    // --- balances ---

    struct LastCount
    {
        Hlc hlc;
        QString id;
        qint64 quantity = 0;
    };

    std::optional<LastCount> lastValidCount(const QString &product, const QString &location)
    {
        SqliteStatement &q =
            fast("SELECT hlc, id, quantity FROM movements m"
                 " WHERE product_id IN (SELECT ?1 UNION ALL SELECT id FROM products WHERE merged_into = ?1)"
                 " AND location_id = ?2 AND kind = 'COUNT' AND reverses_id IS NULL"
                 " AND NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = m.id)"
                 " AND NOT EXISTS (SELECT 1 FROM movements r WHERE r.reverses_id = m.id"
                 " AND NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = r.id))"
                 " ORDER BY hlc DESC, id DESC LIMIT 1");
        q.bind(1, product).bind(2, location);
        std::optional<LastCount> result;
        if (q.step())
            result = LastCount{Hlc(static_cast<quint64>(q.columnInt64(0))), q.columnText(1), q.columnInt64(2)};
        q.reset();
        return result;
    }

    qint64 sumDeltasAfter(const QString &product, const QString &location, const std::optional<LastCount> &count)
    {
        // Two statements rather than one with "?3 IS NULL OR ...", which would keep SQLite from using
        // the (product, location, hlc) index range.
        SqliteStatement &q =
            count ? fast("SELECT COALESCE(SUM(quantity), 0) FROM movements m"
                         " WHERE product_id IN (SELECT ?1 UNION ALL SELECT id FROM products WHERE merged_into = ?1)"
                         " AND location_id = ?2 AND kind <> 'COUNT' AND hlc >= ?3 AND (hlc > ?3 OR id > ?4)"
                         " AND NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = m.id)")
                  : fast("SELECT COALESCE(SUM(quantity), 0) FROM movements m"
                         " WHERE product_id IN (SELECT ?1 UNION ALL SELECT id FROM products WHERE merged_into = ?1)"
                         " AND location_id = ?2 AND kind <> 'COUNT'"
                         " AND NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = m.id)");
        q.bind(1, product).bind(2, location);
        if (count)
            q.bind(3, qint64(count->hlc.raw())).bind(4, count->id);
        q.step();
        const qint64 sum = q.columnInt64(0);
        q.reset();
        return sum;
    }

    /// Recomputes one (product, location) from the log: used when a COUNT arrives or is voided.
    void recomputePair(const QString &product, const QString &location)
    {
        const auto count = lastValidCount(product, location);
        const qint64 quantity = (count ? count->quantity : 0) + sumDeltasAfter(product, location, count);
        run("INSERT INTO balances (product_id, location_id, quantity, last_count_hlc, last_count_id)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (product_id, location_id) DO UPDATE SET"
            " quantity = excluded.quantity, last_count_hlc = excluded.last_count_hlc,"
            " last_count_id = excluded.last_count_id",
            {product, location, quantity,
             count ? QVariant(qint64(count->hlc.raw())) : QVariant(QMetaType(QMetaType::LongLong)),
             count ? QVariant(count->id) : QVariant(QMetaType(QMetaType::QString))})
            .finish();
    }

    /// Recomputes the pair a logged movement counts for: a product merged into another counts for the
    /// survivor (COALESCE(merged_into, id)), whose balance spans both logs; the merged-away product
    /// must not get a balance row of its own.
    void recomputeMovementPair(const Movement &m)
    {
        SqliteStatement &q = fast("SELECT COALESCE(merged_into, id) FROM products WHERE id = ?");
        const bool known = q.bind(1, uuidToText(m.productId)).step();
        const QString product = known ? q.columnText(0) : uuidToText(m.productId);
        q.reset();
        recomputePair(product, uuidToText(m.locationId));
    }

    /// Applies one newly inserted movement to the maintained balances (DESIGN §3 COUNT rule).
    void applyToBalance(const Movement &m, const QUuid &balanceProduct)
    {
        const QString product = uuidToText(balanceProduct);
        const QString location = uuidToText(m.locationId);
        const QString id = uuidToText(m.id);
        const qint64 hlc = qint64(m.hlc.raw());
        if (m.kind != MovementKind::Count) {
            // O(1): a delta counts only when it is after the pair's last count.
            fast("INSERT INTO balances (product_id, location_id, quantity) VALUES (?1, ?2, ?3)"
                 " ON CONFLICT (product_id, location_id) DO UPDATE SET quantity = quantity + excluded.quantity"
                 " WHERE last_count_hlc IS NULL OR last_count_hlc < ?4 OR (last_count_hlc = ?4 AND last_count_id < ?5)")
                .bind(1, product)
                .bind(2, location)
                .bind(3, m.quantity.milli())
                .bind(4, hlc)
                .bind(5, id)
                .run();
            return;
        }
        if (!m.reversesId.isNull()) {
            // A voided count stops being a candidate: recompute if it was the one in use.
            QSqlQuery &q =
                run("SELECT last_count_id FROM balances WHERE product_id = ? AND location_id = ?", {product, location});
            const bool inUse = q.next() && q.value(0).toString() == uuidToText(m.reversesId);
            q.finish();
            if (inUse)
                recomputePair(product, location);
            else
                run("INSERT OR IGNORE INTO balances (product_id, location_id, quantity) VALUES (?, ?, 0)",
                    {product, location})
                    .finish();
            return;
        }
        QSqlQuery &q =
            run("SELECT last_count_hlc, last_count_id FROM balances WHERE product_id = ? AND location_id = ?",
                {product, location});
        bool newer = true;
        if (q.next() && !q.value(0).isNull()) {
            const qint64 lastHlc = q.value(0).toLongLong();
            newer = lastHlc < hlc || (lastHlc == hlc && q.value(1).toString() < id);
        }
        q.finish();
        if (!newer)
            return; // an older count: the later one already reflects reality
        const LastCount count{m.hlc, id, m.quantity.milli()};
        const qint64 quantity = count.quantity + sumDeltasAfter(product, location, count);
        run("INSERT INTO balances (product_id, location_id, quantity, last_count_hlc, last_count_id)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (product_id, location_id) DO UPDATE SET"
            " quantity = excluded.quantity, last_count_hlc = excluded.last_count_hlc,"
            " last_count_id = excluded.last_count_id",
            {product, location, quantity, hlc, id})
            .finish();
    }

    /// Inserts a movement row unless one with its id is there; true when inserted. (A pulled
    /// movement may be present already; the primary key's own lookup tells, with no probe first.)
    bool insertMovementRowIfNew(const Movement &m)
    {
        SqliteStatement &insert =
            fast("INSERT INTO movements (id, product_id, location_id, kind, quantity, unit_cost_minor,"
                 " unit_cost_currency, reason, reference, note, user_id, device_id, hlc, transfer_id, reverses_id,"
                 " recorded_at, server_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (id) DO NOTHING");
        insert.bind(1, m.id).bind(2, m.productId).bind(3, m.locationId).bindStatic(4, movementKindText(m.kind));
        insert.bind(5, m.quantity.milli());
        if (m.unitCost.isNull())
            insert.bindNull(6).bindNull(7);
        else
            insert.bind(6, m.unitCost.minorUnits()).bind(7, m.unitCost.currency());
        insert.bind(8, m.reason).bind(9, m.reference).bind(10, m.note).bind(11, m.userId).bind(12, m.deviceId);
        insert.bind(13, qint64(m.hlc.raw()));
        if (m.transferId.isNull())
            insert.bindNull(14);
        else
            insert.bind(14, m.transferId);
        if (m.reversesId.isNull())
            insert.bindNull(15);
        else
            insert.bind(15, m.reversesId);
        insert.bind(16, m.recordedAt.toMSecsSinceEpoch());
        if (m.serverSeq > 0)
            insert.bind(17, m.serverSeq);
        else
            insert.bindNull(17);
        insert.run();
        return sqlite3_changes(handle) > 0;
    }

    void insertMovementRow(const Movement &m)
    {
        if (!insertMovementRowIfNew(m))
            fail(QStringLiteral("conflict"), tr("A movement with this id is already recorded."));
    }

    /// Rebuilds every balance row from the log, as recomputeBalancesFromLog() defines them, with
    /// one pass over the movements (a few hundred nanoseconds a row) instead of a lookup per row:
    /// each (product, location) pair, a merged-away product's counting for its survivor, gets the
    /// sum of its deltas, or its last valid COUNT plus the deltas after it (read from the index,
    /// usually a few rows). Clears the mark of a deferred pull. The caller holds the transaction.
    void rebuildAllBalances()
    {
        struct Count
        {
            qint64 hlc;
            QByteArray id;
            qint64 quantity;
        };
        struct Pair
        {
            int product;
            int location;
            qint64 deltas = 0;
            QList<Count> counts;
        };
        QSet<QByteArray> rejected;
        {
            SqliteStatement &q = fast("SELECT entity_id FROM sync_rejections");
            while (q.step())
                rejected.insert(q.columnBytes(0).toByteArray());
            q.reset();
        }
        // Texts are interned: a pair is two small integers, and a row costs no allocation.
        QList<QByteArray> texts;
        QHash<QByteArray, int> textIndex;
        const auto intern = [&](QByteArrayView text) {
            auto it = textIndex.constFind(QByteArray::fromRawData(text.data(), text.size()));
            if (it != textIndex.cend())
                return it.value();
            texts << text.toByteArray();
            textIndex.insert(texts.last(), int(texts.size() - 1));
            return int(texts.size() - 1);
        };
        QHash<int, int> survivorOf;
        {
            SqliteStatement &q = fast("SELECT id, merged_into FROM products WHERE merged_into IS NOT NULL");
            while (q.step()) {
                const int loser = intern(q.columnBytes(0));
                survivorOf.insert(loser, intern(q.columnBytes(1)));
            }
            q.reset();
        }
        QHash<quint64, Pair> pairs;
        QSet<QByteArray> voided;
        SqliteStatement &scan =
            fast("SELECT product_id, location_id, kind, quantity, hlc, id, reverses_id FROM movements");
        while (scan.step()) {
            int product = intern(scan.columnBytes(0));
            product = survivorOf.value(product, product);
            const int location = intern(scan.columnBytes(1));
            const quint64 key = (quint64(quint32(product)) << 32) | quint32(location);
            auto it = pairs.find(key);
            if (it == pairs.end())
                it = pairs.insert(key, Pair{product, location, 0, {}});
            const QByteArrayView id = scan.columnBytes(5);
            if (!rejected.isEmpty() && rejected.contains(QByteArray::fromRawData(id.data(), id.size())))
                continue; // refused by the server: counts nowhere, voids nothing
            if (scan.columnBytes(2) != QByteArrayView("COUNT"))
                it->deltas += scan.columnInt64(3);
            else if (scan.columnIsNull(6))
                it->counts.append({scan.columnInt64(4), id.toByteArray(), scan.columnInt64(3)});
            else
                voided.insert(scan.columnBytes(6).toByteArray());
        }
        scan.reset();
        run("DELETE FROM balances", {}).finish();
        SqliteStatement &write =
            fast("INSERT INTO balances (product_id, location_id, quantity, last_count_hlc, last_count_id)"
                 " VALUES (?, ?, ?, ?, ?)");
        for (const Pair &pair : std::as_const(pairs)) {
            const Count *last = nullptr;
            for (const Count &count : pair.counts) {
                if (voided.contains(count.id))
                    continue;
                if (!last || count.hlc > last->hlc || (count.hlc == last->hlc && count.id > last->id))
                    last = &count;
            }
            const QString product = QString::fromLatin1(texts.at(pair.product));
            const QString location = QString::fromLatin1(texts.at(pair.location));
            write.bind(1, product).bind(2, location);
            if (!last) {
                write.bind(3, pair.deltas).bindNull(4).bindNull(5);
            } else {
                const LastCount count{Hlc(static_cast<quint64>(last->hlc)), QString::fromLatin1(last->id),
                                      last->quantity};
                write.bind(3, count.quantity + sumDeltasAfter(product, location, count))
                    .bind(4, last->hlc)
                    .bind(5, count.id);
            }
            write.run();
        }
        run("DELETE FROM meta WHERE key = ?", {QString::fromLatin1(kBalancesStaleKey)}).finish();
    }

    /// Inserts, queues and applies a movement; the caller holds a transaction.
    /// `balanceProduct` is the product the stock counts for: the movement's own, or the product it
    /// was merged into.
    void appendMovement(const Movement &m, bool enqueueForPush, const QUuid &balanceProduct)
    {
        insertMovementRow(m);
        if (enqueueForPush)
            enqueue("movement", m.id);
        applyToBalance(m, balanceProduct);
    }

    void appendMovement(const Movement &m, bool enqueueForPush) { appendMovement(m, enqueueForPush, m.productId); }

    Movement newMovement(const QUuid &product, const QUuid &location, MovementKind kind, Quantity signedQuantity)
    {
        Movement m;
        m.id = UuidV7::generate();
        m.productId = product;
        m.locationId = location;
        m.kind = kind;
        m.quantity = signedQuantity;
        m.userId = userId;
        m.deviceId = deviceId;
        m.hlc = clock->now();
        m.recordedAt = QDateTime::currentDateTimeUtc();
        return m;
    }

    /// Checks that movements may be recorded on the product (exists, not archived, not merged).
    /// Reads only the columns it needs: this is on the path of every scan.
    void requireMovableProduct(const QUuid &id)
    {
        SqliteStatement &q = fast("SELECT sku, archived, merged_into FROM products WHERE id = ?");
        if (!q.bind(1, uuidToText(id)).step()) {
            q.reset();
            fail(QStringLiteral("unknown_product"), tr("This product does not exist."));
        }
        const bool archived = q.columnInt64(1) != 0;
        const bool merged = !q.columnIsNull(2);
        const QString sku = (archived || merged) ? q.columnText(0) : QString();
        q.reset();
        if (merged)
            fail(QStringLiteral("product_merged"),
                 tr("Product %1 was merged into another product; record movements on that one.").arg(sku));
        if (archived)
            fail(QStringLiteral("product_archived"),
                 tr("Product %1 is archived; restore it before recording movements.").arg(sku));
    }

    void requireUsableLocation(const QUuid &id)
    {
        SqliteStatement &q = fast("SELECT code, archived FROM locations WHERE id = ?");
        if (!q.bind(1, uuidToText(id)).step()) {
            q.reset();
            fail(QStringLiteral("unknown_location"), tr("This location does not exist."));
        }
        const bool archived = q.columnInt64(1) != 0;
        const QString code = archived ? q.columnText(0) : QString();
        q.reset();
        if (archived)
            fail(QStringLiteral("location_archived"),
                 tr("Location %1 is archived; restore it before recording movements.").arg(code));
    }

    // --- catalog writes ---

    void markProductMerged(const QUuid &loser, QUuid winner);
    /// Applies pulled movements and stores the cursor; the caller holds the transaction.
    int applyPulled(TenantStore &store, const QList<Movement> &movements, qint64 nextCursor,
                    PulledBalances balances = PulledBalances::Maintain);

    /// `lenient` (pulled records): a barcode another product already holds stays with that product.
    void writeBarcodes(const Product &product, bool lenient = false)
    {
        run("DELETE FROM product_barcodes WHERE product_id = ?", {uuidToText(product.id)}).finish();
        for (const QString &barcode : product.barcodes) {
            QSqlQuery &q = run("SELECT p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                               " WHERE b.barcode = ?",
                               {barcode});
            if (q.next()) {
                const QString owner = q.value(0).toString();
                q.finish();
                if (lenient) {
                    qCWarning(lcStore) << "pulled barcode" << barcode << "kept by product" << owner;
                    continue;
                }
                fail(QStringLiteral("duplicate_barcode"),
                     tr("The barcode %1 already belongs to product %2.").arg(barcode, owner));
            }
            q.finish();
            run("INSERT INTO product_barcodes (barcode, product_id) VALUES (?, ?)", {barcode, uuidToText(product.id)})
                .finish();
        }
    }

    void writeSearchEntry(const Product &product)
    {
        QSqlQuery &q = run("SELECT num FROM products WHERE id = ?", {uuidToText(product.id)});
        q.next();
        const qint64 num = q.value(0).toLongLong();
        q.finish();
        run("DELETE FROM product_search WHERE rowid = ?", {num}).finish();
        run("INSERT INTO product_search (rowid, sku, barcodes, name, category) VALUES (?, ?, ?, ?, ?)",
            {num, product.sku, product.barcodes.join(u' '), product.name, product.category})
            .finish();
    }

    Product validatedProduct(Product product)
    {
        product.sku = checkedCode(product.sku, "SKU", 64);
        product.name = checkedText(product.name, "name", 200, true);
        product.category = checkedText(product.category, "category", 100, false);
        product.unit = checkedText(product.unit.isEmpty() ? QStringLiteral("pcs") : product.unit, "unit", 20, true);
        QStringList barcodes;
        for (const QString &barcode : std::as_const(product.barcodes)) {
            const QString code = checkedCode(barcode, "barcode", 64);
            if (!barcodes.contains(code))
                barcodes << code;
        }
        barcodes.sort();
        product.barcodes = barcodes;
        for (const auto &q : {product.reorderPoint, product.reorderQuantity}) {
            if (q && q->isNegative())
                fail(QStringLiteral("invalid_quantity"), tr("Reorder quantities cannot be negative."));
            if (q)
                checkQuantityBounds(*q);
        }
        for (const Money *money : {&product.costPrice, &product.salePrice}) {
            if (!money->isNull() && !Money::isValidCurrency(money->currency()))
                fail(QStringLiteral("invalid_currency"), tr("\"%1\" is not a currency code.").arg(money->currency()));
        }
        if (!product.preferredSupplierId.isNull()) {
            QSqlQuery &q = run("SELECT 1 FROM suppliers WHERE id = ?", {uuidToText(product.preferredSupplierId)});
            const bool exists = q.next();
            q.finish();
            if (!exists)
                fail(QStringLiteral("unknown_supplier"), tr("The preferred supplier does not exist."));
        }
        return product;
    }

    void ensureSkuFree(const QString &sku, const QUuid &self)
    {
        QSqlQuery &q = run("SELECT id FROM products WHERE sku = ? AND merged_into IS NULL", {sku});
        const bool taken = q.next() && uuidColumn(q.value(0)) != self;
        q.finish();
        if (taken)
            fail(QStringLiteral("duplicate_sku"), tr("A product with SKU %1 already exists.").arg(sku));
    }

    void writeProduct(const Product &p, bool insert)
    {
        const QVariantList values = {
            sqlText(p.sku),
            sqlText(p.name),
            sqlText(p.category),
            sqlText(p.unit),
            p.costPrice.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(p.costPrice.minorUnits()),
            p.costPrice.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.costPrice.currency()),
            p.salePrice.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(p.salePrice.minorUnits()),
            p.salePrice.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.salePrice.currency()),
            intOrNull(p.reorderPoint),
            intOrNull(p.reorderQuantity),
            textOrNull(p.preferredSupplierId),
            p.archived ? 1 : 0,
            textOrNull(p.mergedInto),
            fieldStampsToJson(p.stamps),
            uuidToText(p.id)};
        QSqlQuery &q = insert ? prepared("INSERT INTO products (sku, name, category, unit, cost_minor, cost_currency,"
                                         " sale_minor, sale_currency, reorder_point, reorder_quantity,"
                                         " preferred_supplier_id, archived, merged_into, stamps, id)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              : prepared("UPDATE products SET sku = ?, name = ?, category = ?, unit = ?,"
                                         " cost_minor = ?, cost_currency = ?, sale_minor = ?, sale_currency = ?,"
                                         " reorder_point = ?, reorder_quantity = ?, preferred_supplier_id = ?,"
                                         " archived = ?, merged_into = ?, stamps = ? WHERE id = ?");
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        exec(q);
        q.finish();
    }
};

// ---------------------------------------------------------------------------------------------
// Transactions

namespace {

/// Runs a transaction-control statement; false (with a warning) when SQLite refuses it.
bool control(sqlite3 *db, const QByteArray &sql)
{
    try {
        sqliteExec(db, sql.constData());
        return true;
    } catch (const RuntimeError &error) {
        qCWarning(lcStore) << sql << "failed:" << error.error().message;
        return false;
    }
}

/// Savepoints are taken on every write inside a bulk transaction: prepare them once per depth.
bool savepointControl(TenantStore::Private &d, const char *const (&statements)[8], int depth,
                      const QByteArray &fallback)
{
    if (depth >= 8)
        return control(d.handle, fallback);
    try {
        d.fast(statements[depth]).run();
        return true;
    } catch (const RuntimeError &error) {
        qCWarning(lcStore) << statements[depth] << "failed:" << error.error().message;
        return false;
    }
}

} // namespace

StoreTransaction::StoreTransaction(TenantStore &store) : m_store(store)
{
    auto &d = *store.d;
    static const char *const kSavepoints[8] = {"",
                                               "SAVEPOINT sp1",
                                               "SAVEPOINT sp2",
                                               "SAVEPOINT sp3",
                                               "SAVEPOINT sp4",
                                               "SAVEPOINT sp5",
                                               "SAVEPOINT sp6",
                                               "SAVEPOINT sp7"};
    const bool ok = d.transactionDepth == 0 ? control(d.handle, "BEGIN IMMEDIATE")
                                            : savepointControl(d, kSavepoints, d.transactionDepth,
                                                               "SAVEPOINT sp" + QByteArray::number(d.transactionDepth));
    if (!ok)
        return;
    m_depth = ++d.transactionDepth;
    m_active = true;
}

StoreTransaction::~StoreTransaction()
{
    if (m_active)
        rollback();
}

Result<void> StoreTransaction::commit()
{
    if (!m_active)
        return Result<void>::failure(
            QStringLiteral("storage_error"),
            QCoreApplication::translate("depot::core::TenantStore", "The database is busy or read-only."));
    auto &d = *m_store.d;
    Q_ASSERT(d.transactionDepth == m_depth);
    static const char *const kReleases[8] = {
        "", "RELEASE sp1", "RELEASE sp2", "RELEASE sp3", "RELEASE sp4", "RELEASE sp5", "RELEASE sp6", "RELEASE sp7"};
    const bool ok = m_depth == 1
                        ? control(d.handle, "COMMIT")
                        : savepointControl(d, kReleases, m_depth - 1, "RELEASE sp" + QByteArray::number(m_depth - 1));
    if (!ok) {
        rollback();
        return Result<void>::failure(
            QStringLiteral("storage_error"),
            QCoreApplication::translate("depot::core::TenantStore", "The changes could not be saved: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(d.handle))));
    }
    m_active = false;
    --d.transactionDepth;
    return {};
}

void StoreTransaction::rollback()
{
    if (!m_active)
        return;
    auto &d = *m_store.d;
    // Statements still stepping would keep the rollback from completing.
    for (auto &statement : d.statements)
        statement.finish();
    if (m_depth == 1) {
        control(d.handle, "ROLLBACK");
    } else {
        const QByteArray name = "sp" + QByteArray::number(m_depth - 1);
        control(d.handle, "ROLLBACK TO " + name);
        control(d.handle, "RELEASE " + name);
    }
    m_active = false;
    --d.transactionDepth;
}

namespace {

/// Runs `work` in a transaction and turns RuntimeError into a failed Result.
template<typename T, typename Work>
Result<T> transactional(TenantStore &store, Work &&work)
{
    try {
        StoreTransaction transaction(store);
        if (!transaction.isActive())
            return Result<T>::failure(QStringLiteral("storage_error"), tr("The database is busy or read-only."));
        if constexpr (std::is_void_v<T>) {
            work();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
            return {};
        } else {
            T value = work();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
            return value;
        }
    } catch (const RuntimeError &error) {
        return error.error();
    }
}

template<typename T, typename Work>
T readOr(T fallback, Work &&work)
{
    try {
        return work();
    } catch (const RuntimeError &error) {
        qCWarning(lcStore) << "read failed:" << error.error().message;
        return fallback;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Opening and migrations

TenantStore::TenantStore(std::unique_ptr<Private> p) : d(std::move(p)) { }

TenantStore::~TenantStore() = default;

namespace {

Result<void> applySteps(QSqlDatabase db, int fromVersion, int toVersion)
{
    const auto &steps = schema::migrationSteps();
    QSqlQuery query(db);
    // Steps may rebuild a table (create, copy, drop, rename), which foreign keys would block: they are
    // off for the migration (the pragma is a no-op inside a transaction) and checked before the commit.
    bool foreignKeys = false;
    if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
        foreignKeys = query.value(0).toBool();
    query.finish();
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (foreignKeys)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    if (foreignKeys && !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return Result<void>::failure(QStringLiteral("storage_error"), query.lastError().text());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result<void>::failure(QStringLiteral("storage_error"), query.lastError().text());
    // Another connection (a second window, depotctl) may have created or upgraded the store between
    // our read of the version and this write lock: start from what the store holds now.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const QString error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return Result<void>::failure(QStringLiteral("storage_error"), error);
    }
    fromVersion = qMax(fromVersion, query.value(0).toInt());
    query.finish();
    if (fromVersion >= toVersion) {
        query.exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    for (int version = fromVersion; version < toVersion; ++version) {
        for (const QString &sql : steps.at(version)) {
            if (!query.exec(sql)) {
                const QString error = query.lastError().text();
                query.exec(QStringLiteral("ROLLBACK"));
                return Result<void>::failure(
                    QStringLiteral("migration_failed"),
                    tr("Upgrading the store to version %1 failed: %2").arg(version + 1).arg(error));
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
        const QString table = query.isActive() ? query.value(0).toString() : query.lastError().text();
        query.finish();
        query.exec(QStringLiteral("ROLLBACK"));
        return Result<void>::failure(
            QStringLiteral("migration_failed"),
            tr("Upgrading the store to version %1 failed: broken references in %2").arg(toVersion).arg(table));
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion))
        || !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(TenantStore::kApplicationId))
        || !query.exec(QStringLiteral("COMMIT"))) {
        const QString error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return Result<void>::failure(QStringLiteral("storage_error"), error);
    }
    return {};
}

} // namespace

Result<void> TenantStore::checkSqliteLibrary(const QString &driverVersion, const QString &driverSourceId)
{
    const QString linkedVersion = QString::fromLatin1(sqlite3_libversion());
    const QString linkedSourceId = QString::fromLatin1(sqlite3_sourceid());
    if (driverVersion == linkedVersion && driverSourceId == linkedSourceId)
        return {};
    return Result<void>::failure(
        QStringLiteral("sqlite_mismatch"),
        tr("The Qt SQLite driver runs SQLite %1 but Depot is linked with SQLite %2: they must be the same "
           "library (build Qt's SQLite driver against the system SQLite). The store was not opened.")
            .arg(driverVersion.isEmpty() ? tr("(unknown)") : driverVersion, linkedVersion));
}

Result<void> TenantStore::createSchemaAtVersionForTesting(QSqlDatabase db, int version)
{
    if (version < 1 || version > kSchemaVersion)
        return Result<void>::failure(QStringLiteral("invalid_version"), QStringLiteral("no such schema version"));
    return applySteps(db, 0, version);
}

std::optional<int> TenantStore::fileSchemaVersion(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    sqlite3 *db = nullptr;
    const auto closeDb = qScopeGuard([&] { sqlite3_close(db); });
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<int> version;
    if (sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

Result<std::unique_ptr<TenantStore>> TenantStore::open(const QString &path, const Options &options)
{
    using R = Result<std::unique_ptr<TenantStore>>;
    auto d = std::make_unique<Private>();
    d->path = path;
    d->connectionName = QStringLiteral("depot-store-%1").arg(++g_connectionCounter);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d->db.open())
        return R::failure(QStringLiteral("cannot_open_store"),
                          tr("Cannot open the store %1: %2").arg(path, d->db.lastError().text()));
    const QVariant handle = d->db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return R::failure(QStringLiteral("cannot_open_store"), tr("The SQLite driver gives no connection handle."));
    d->handle = *static_cast<sqlite3 *const *>(handle.constData());

    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !query.next())
        return R::failure(QStringLiteral("cannot_open_store"),
                          tr("Cannot open the store %1: %2").arg(path, query.lastError().text()));
    const QString driverVersion = query.value(0).toString();
    const QString driverSourceId = query.value(1).toString();
    query.finish();
    if (auto same = checkSqliteLibrary(driverVersion, driverSourceId); !same)
        return same.error();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return R::failure(QStringLiteral("not_a_store"),
                          tr("%1 is not a Depot store (or it is damaged): %2").arg(path, query.lastError().text()));
    const int version = query.value(0).toInt();
    query.finish();
    query.exec(QStringLiteral("PRAGMA application_id"));
    query.next();
    const qint32 applicationId = query.value(0).toInt();
    query.finish();
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    query.next();
    const bool empty = query.value(0).toInt() == 0;
    query.finish();

    if (applicationId != kApplicationId && !(applicationId == 0 && empty))
        return R::failure(QStringLiteral("not_a_store"), tr("%1 is not a Depot store.").arg(path));
    if (version > kSchemaVersion)
        return R::failure(QStringLiteral("store_too_new"),
                          tr("The store %1 was written by a newer version of Depot (schema %2, this version "
                             "understands up to %3). Update Depot to open it; the store was not changed.")
                              .arg(path)
                              .arg(version)
                              .arg(kSchemaVersion));

    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -16000" /* Private::kCacheKiB */, "PRAGMA temp_store = MEMORY"}) {
        // Switching a new file to WAL needs it unlocked: while another connection creates the
        // schema in it, SQLite answers "database is locked" at once (no busy wait for a change of
        // journal mode). Tried again for up to 10 s.
        bool done = query.exec(QString::fromLatin1(pragma));
        for (int attempt = 0; !done && attempt < 500 && query.lastError().nativeErrorCode() == u"5"; ++attempt) {
            QThread::msleep(20);
            done = query.exec(QString::fromLatin1(pragma));
        }
        if (!done)
            return R::failure(QStringLiteral("cannot_open_store"),
                              tr("Cannot configure the store %1: %2").arg(path, query.lastError().text()));
        query.finish();
    }
    d->checkpointer = std::make_unique<WalCheckpointer>(path);
    d->checkpoints = d->checkpointer->attach(d->handle);
    if (version < kSchemaVersion) {
        if (version > 0)
            qCInfo(lcStore) << "migrating store" << path << "from schema" << version << "to" << kSchemaVersion;
        if (auto migrated = applySteps(d->db, version, kSchemaVersion); !migrated)
            return migrated.error();
    }

    // The device id is generated once per store and kept.
    QString deviceId = options.deviceId;
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    const QString storedDevice = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (deviceId.isEmpty())
        deviceId = storedDevice;
    if (deviceId.isEmpty())
        deviceId = uuidToText(UuidV7::generate());
    if (storedDevice != deviceId) {
        // A generated id only fills an empty slot: a connection opening the same new store at the
        // same moment may have stored its own first, and then that one is the device's id.
        query.prepare(options.deviceId.isEmpty()
                          ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_id', ?)"
                                           " ON CONFLICT (key) DO NOTHING")
                          : QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_id', ?)"
                                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(deviceId);
        if (!query.exec())
            return R::failure(QStringLiteral("storage_error"), query.lastError().text());
        query.finish();
        query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
        if (query.next())
            deviceId = query.value(0).toString();
        query.finish();
    }
    d->deviceId = deviceId;
    d->userId = options.userId.isEmpty() ? QStringLiteral("local") : options.userId;
    if (options.clock) {
        d->clock = options.clock;
    } else {
        d->ownClock = std::make_unique<HybridLogicalClock>();
        d->clock = d->ownClock.get();
    }
    // Never issue a timestamp below one already in the log (the wall clock may have gone back).
    query.exec(QStringLiteral("SELECT max(hlc) FROM movements"));
    if (query.next() && !query.value(0).isNull())
        d->clock->observe(Hlc(static_cast<quint64>(query.value(0).toLongLong())));
    query.finish();
    auto store = std::unique_ptr<TenantStore>(new TenantStore(std::move(d)));
    // A pull that deferred its balance updates was cut short (crash, quit): the log is whole, the
    // balances are not; nobody sees them before they are rebuilt.
    if (auto rebuilt = store->rebuildStaleBalances(); !rebuilt)
        return rebuilt.error();
    return store;
}

QString TenantStore::path() const
{
    return d->path;
}

QString TenantStore::deviceId() const
{
    return d->deviceId;
}

QString TenantStore::userId() const
{
    return d->userId;
}

void TenantStore::setUserId(const QString &userId)
{
    d->userId = userId;
}

HybridLogicalClock &TenantStore::clock()
{
    return *d->clock;
}

QSqlDatabase TenantStore::database() const
{
    return d->db;
}

// ---------------------------------------------------------------------------------------------
// Locations

Result<Location> TenantStore::addLocation(Location location)
{
    return transactional<Location>(*this, [&] {
        if (location.id.isNull())
            location.id = UuidV7::generate();
        location.code = checkedCode(location.code, "location code", 32);
        location.name = checkedText(location.name, "location name", 200, true);
        if (d->locationWhere("SELECT id, code, name, type, parent_id, archived, stamps FROM locations WHERE code = ?",
                             location.code))
            fail(QStringLiteral("duplicate_location_code"),
                 tr("A location with code %1 already exists.").arg(location.code));
        if (!location.parentId.isNull() && !locationById(location.parentId))
            fail(QStringLiteral("unknown_location"), tr("The parent location does not exist."));
        const Hlc hlc = d->clock->now();
        for (const char *field : {"code", "name", "type", "parent_id", "archived"})
            location.stamps.insert(QLatin1String(field), hlc);
        d->run("INSERT INTO locations (id, code, name, type, parent_id, archived, stamps) VALUES (?, ?, ?, ?, ?, ?, ?)",
               {uuidToText(location.id), location.code, location.name, locationTypeToString(location.type),
                textOrNull(location.parentId), location.archived ? 1 : 0, fieldStampsToJson(location.stamps)})
            .finish();
        d->enqueue("location", location.id);
        return location;
    });
}

Result<Location> TenantStore::updateLocation(const Location &changed)
{
    return transactional<Location>(*this, [&] {
        auto current = locationById(changed.id);
        if (!current)
            fail(QStringLiteral("unknown_location"), tr("This location does not exist."));
        Location next = *current;
        const Hlc hlc = d->clock->now();
        const QString code = checkedCode(changed.code, "location code", 32);
        const QString name = checkedText(changed.name, "location name", 200, true);
        if (code != next.code) {
            if (auto other = locationByCode(code); other && other->id != next.id)
                fail(QStringLiteral("duplicate_location_code"),
                     tr("A location with code %1 already exists.").arg(code));
            next.code = code;
            next.stamps.insert(QStringLiteral("code"), hlc);
        }
        if (name != next.name) {
            next.name = name;
            next.stamps.insert(QStringLiteral("name"), hlc);
        }
        if (changed.type != next.type) {
            next.type = changed.type;
            next.stamps.insert(QStringLiteral("type"), hlc);
        }
        if (changed.parentId != next.parentId) {
            // Refuse cycles: walk up from the new parent.
            for (QUuid cursor = changed.parentId; !cursor.isNull();) {
                if (cursor == next.id)
                    fail(QStringLiteral("invalid_parent"), tr("A location cannot be inside itself."));
                auto parent = locationById(cursor);
                if (!parent)
                    fail(QStringLiteral("unknown_location"), tr("The parent location does not exist."));
                cursor = parent->parentId;
            }
            next.parentId = changed.parentId;
            next.stamps.insert(QStringLiteral("parent_id"), hlc);
        }
        if (changed.archived != next.archived) {
            next.archived = changed.archived;
            next.stamps.insert(QStringLiteral("archived"), hlc);
        }
        d->run(
             "UPDATE locations SET code = ?, name = ?, type = ?, parent_id = ?, archived = ?, stamps = ? WHERE id = ?",
             {next.code, next.name, locationTypeToString(next.type), textOrNull(next.parentId), next.archived ? 1 : 0,
              fieldStampsToJson(next.stamps), uuidToText(next.id)})
            .finish();
        d->enqueue("location", next.id);
        return next;
    });
}

std::optional<Location> TenantStore::locationById(const QUuid &id) const
{
    return readOr<std::optional<Location>>(std::nullopt, [&] {
        return d->locationWhere("SELECT id, code, name, type, parent_id, archived, stamps FROM locations WHERE id = ?",
                                uuidToText(id));
    });
}

std::optional<Location> TenantStore::locationByCode(const QString &code) const
{
    return readOr<std::optional<Location>>(std::nullopt, [&] {
        return d->locationWhere(
            "SELECT id, code, name, type, parent_id, archived, stamps FROM locations WHERE code = ?", code.trimmed());
    });
}

QList<Location> TenantStore::locations(bool includeArchived) const
{
    return readOr<QList<Location>>({}, [&] {
        QSqlQuery &q = d->run("SELECT id, code, name, type, parent_id, archived, stamps FROM locations"
                              " WHERE archived = 0 OR ? ORDER BY code",
                              {includeArchived ? 1 : 0});
        QList<Location> result;
        while (q.next())
            result << Private::locationFromRow(q);
        q.finish();
        return result;
    });
}

// ---------------------------------------------------------------------------------------------
// Suppliers

Result<Supplier> TenantStore::addSupplier(Supplier supplier)
{
    return transactional<Supplier>(*this, [&] {
        if (supplier.id.isNull())
            supplier.id = UuidV7::generate();
        supplier.name = checkedText(supplier.name, "supplier name", 200, true);
        supplier.email = checkedText(supplier.email, "email", 254, false);
        supplier.phone = checkedText(supplier.phone, "phone", 40, false);
        supplier.notes = checkedText(supplier.notes, "notes", 2000, false);
        const Hlc hlc = d->clock->now();
        for (const char *field : {"name", "email", "phone", "notes", "archived"})
            supplier.stamps.insert(QLatin1String(field), hlc);
        d->run("INSERT INTO suppliers (id, name, email, phone, notes, archived, stamps) VALUES (?, ?, ?, ?, ?, ?, ?)",
               {uuidToText(supplier.id), supplier.name, supplier.email, supplier.phone, supplier.notes,
                supplier.archived ? 1 : 0, fieldStampsToJson(supplier.stamps)})
            .finish();
        d->enqueue("supplier", supplier.id);
        return supplier;
    });
}

Result<Supplier> TenantStore::updateSupplier(const Supplier &changed)
{
    return transactional<Supplier>(*this, [&] {
        auto current = supplierById(changed.id);
        if (!current)
            fail(QStringLiteral("unknown_supplier"), tr("This supplier does not exist."));
        Supplier next = *current;
        const Hlc hlc = d->clock->now();
        const auto setText = [&](QString &field, const QString &value, const char *name, int max, bool required) {
            const QString checked = checkedText(value, name, max, required);
            if (checked != field) {
                field = checked;
                next.stamps.insert(QLatin1String(name), hlc);
            }
        };
        setText(next.name, changed.name, "name", 200, true);
        setText(next.email, changed.email, "email", 254, false);
        setText(next.phone, changed.phone, "phone", 40, false);
        setText(next.notes, changed.notes, "notes", 2000, false);
        if (changed.archived != next.archived) {
            next.archived = changed.archived;
            next.stamps.insert(QStringLiteral("archived"), hlc);
        }
        d->run("UPDATE suppliers SET name = ?, email = ?, phone = ?, notes = ?, archived = ?, stamps = ? WHERE id = ?",
               {next.name, next.email, next.phone, next.notes, next.archived ? 1 : 0, fieldStampsToJson(next.stamps),
                uuidToText(next.id)})
            .finish();
        d->enqueue("supplier", next.id);
        return next;
    });
}

std::optional<Supplier> TenantStore::supplierById(const QUuid &id) const
{
    return readOr<std::optional<Supplier>>(std::nullopt, [&] {
        QSqlQuery &q = d->run("SELECT id, name, email, phone, notes, archived, stamps FROM suppliers WHERE id = ?",
                              {uuidToText(id)});
        std::optional<Supplier> result;
        if (q.next())
            result = Private::supplierFromRow(q);
        q.finish();
        return result;
    });
}

QList<Supplier> TenantStore::suppliers(bool includeArchived) const
{
    return readOr<QList<Supplier>>({}, [&] {
        QSqlQuery &q = d->run("SELECT id, name, email, phone, notes, archived, stamps FROM suppliers"
                              " WHERE archived = 0 OR ? ORDER BY name",
                              {includeArchived ? 1 : 0});
        QList<Supplier> result;
        while (q.next())
            result << Private::supplierFromRow(q);
        q.finish();
        return result;
    });
}

// ---------------------------------------------------------------------------------------------
// Products

Result<Product> TenantStore::addProduct(Product product)
{
    return transactional<Product>(*this, [&] {
        if (product.id.isNull())
            product.id = UuidV7::generate();
        product = d->validatedProduct(std::move(product));
        d->ensureSkuFree(product.sku, product.id);
        const Hlc hlc = d->clock->now();
        for (const char *field : {"sku", "barcodes", "name", "category", "unit", "cost_price", "sale_price",
                                  "reorder_point", "reorder_quantity", "preferred_supplier_id", "archived"})
            product.stamps.insert(QLatin1String(field), hlc);
        d->writeProduct(product, true);
        d->writeBarcodes(product);
        d->writeSearchEntry(product);
        d->enqueue("product", product.id);
        return product;
    });
}

Result<Product> TenantStore::updateProduct(const Product &changed)
{
    return transactional<Product>(*this, [&] {
        auto current = productById(changed.id);
        if (!current)
            fail(QStringLiteral("unknown_product"), tr("This product does not exist."));
        const Product wanted = d->validatedProduct(changed);
        Product next = *current;
        const Hlc hlc = d->clock->now();
        const auto stamp = [&](const char *field) { next.stamps.insert(QLatin1String(field), hlc); };
        if (wanted.sku != next.sku) {
            d->ensureSkuFree(wanted.sku, next.id);
            next.sku = wanted.sku;
            stamp("sku");
        }
        if (wanted.barcodes != next.barcodes) {
            next.barcodes = wanted.barcodes;
            stamp("barcodes");
        }
        if (wanted.name != next.name) {
            next.name = wanted.name;
            stamp("name");
        }
        if (wanted.category != next.category) {
            next.category = wanted.category;
            stamp("category");
        }
        if (wanted.unit != next.unit) {
            next.unit = wanted.unit;
            stamp("unit");
        }
        if (!(wanted.costPrice == next.costPrice)) {
            next.costPrice = wanted.costPrice;
            stamp("cost_price");
        }
        if (!(wanted.salePrice == next.salePrice)) {
            next.salePrice = wanted.salePrice;
            stamp("sale_price");
        }
        if (wanted.reorderPoint != next.reorderPoint) {
            next.reorderPoint = wanted.reorderPoint;
            stamp("reorder_point");
        }
        if (wanted.reorderQuantity != next.reorderQuantity) {
            next.reorderQuantity = wanted.reorderQuantity;
            stamp("reorder_quantity");
        }
        if (wanted.preferredSupplierId != next.preferredSupplierId) {
            next.preferredSupplierId = wanted.preferredSupplierId;
            stamp("preferred_supplier_id");
        }
        if (wanted.archived != next.archived) {
            next.archived = wanted.archived;
            stamp("archived");
        }
        d->writeProduct(next, false);
        d->writeBarcodes(next);
        d->writeSearchEntry(next);
        d->enqueue("product", next.id);
        return next;
    });
}

Result<void> TenantStore::setProductArchived(const QUuid &id, bool archived)
{
    auto current = productById(id);
    if (!current)
        return Result<void>::failure(QStringLiteral("unknown_product"), tr("This product does not exist."));
    current->archived = archived;
    auto updated = updateProduct(*current);
    if (!updated)
        return updated.error();
    return {};
}

std::optional<Product> TenantStore::productById(const QUuid &id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kProductColumns + " FROM products p WHERE p.id = ?";
    return readOr<std::optional<Product>>(std::nullopt,
                                          [&] { return d->productWhere(sql.constData(), uuidToText(id)); });
}

std::optional<Product> TenantStore::productBySku(const QString &sku) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kProductColumns
                                  + " FROM products p WHERE p.sku = ? ORDER BY p.merged_into IS NOT NULL LIMIT 1";
    return readOr<std::optional<Product>>(std::nullopt,
                                          [&] { return d->productWhere(sql.constData(), sku.trimmed()); });
}

std::optional<Product> TenantStore::productByBarcode(const QString &barcode) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kProductColumns
        + " FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.barcode = ?";
    return readOr<std::optional<Product>>(std::nullopt,
                                          [&] { return d->productWhere(sql.constData(), barcode.trimmed()); });
}

QList<Product> TenantStore::products(bool includeArchived, int offset, int limit) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kProductColumns
        + ", (SELECT group_concat(barcode, ' ') FROM product_barcodes b WHERE b.product_id = p.id)"
          " FROM products p WHERE (p.archived = 0 OR ?) AND p.merged_into IS NULL ORDER BY p.sku LIMIT ? OFFSET ?";
    return readOr<QList<Product>>({}, [&] {
        QSqlQuery &q = d->run(sql.constData(), {includeArchived ? 1 : 0, limit < 0 ? -1 : limit, qMax(0, offset)});
        return Private::productRows(q);
    });
}

// The products with an alert, as alerts() finds them: negative anywhere, at or under the reorder
// point at a location in use, or with a reorder point and stocked nowhere.
#define DEPOT_ALERTING_PRODUCT_IDS \
    "SELECT b.product_id FROM balances b WHERE b.quantity < 0" \
    " UNION SELECT b.product_id FROM balances b JOIN products rp ON rp.id = b.product_id" \
    " JOIN locations l ON l.id = b.location_id WHERE rp.reorder_point IS NOT NULL" \
    " AND b.quantity <= rp.reorder_point AND l.archived = 0" \
    " UNION SELECT rp.id FROM products rp WHERE rp.reorder_point IS NOT NULL" \
    " AND NOT EXISTS (SELECT 1 FROM balances b WHERE b.product_id = rp.id)"

QList<Product> TenantStore::products(const ProductFilter &filter, int limit) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kProductColumns
        + ", (SELECT group_concat(barcode, ' ') FROM product_barcodes b WHERE b.product_id = p.id)"
          " FROM products p WHERE (p.archived = 0 OR ?) AND p.merged_into IS NULL AND (? = '' OR p.category = ?)"
          " AND (? = 0 OR p.id IN (" DEPOT_ALERTING_PRODUCT_IDS ")) ORDER BY p.sku LIMIT ?";
    return readOr<QList<Product>>({}, [&] {
        const QString category = filter.category.isNull() ? QStringLiteral("") : filter.category;
        QSqlQuery &q = d->run(sql.constData(), {filter.includeArchived ? 1 : 0, category, category,
                                                filter.stockAlertsOnly ? 1 : 0, limit < 0 ? -1 : limit});
        return Private::productRows(q);
    });
}

QStringList TenantStore::productCategories() const
{
    return readOr<QStringList>({}, [&] {
        QSqlQuery &q = d->run("SELECT DISTINCT category FROM products WHERE archived = 0 AND merged_into IS NULL"
                              " AND category <> '' ORDER BY category",
                              {});
        QStringList result;
        while (q.next())
            result << q.value(0).toString();
        q.finish();
        return result;
    });
}

QSet<QUuid> TenantStore::productIdsWithStockAlerts() const
{
    return readOr<QSet<QUuid>>({}, [&] {
        QSqlQuery &q = d->run(DEPOT_ALERTING_PRODUCT_IDS, {});
        QSet<QUuid> result;
        while (q.next())
            result.insert(uuidColumn(q.value(0)));
        q.finish();
        return result;
    });
}

#undef DEPOT_ALERTING_PRODUCT_IDS

qint64 TenantStore::productCount() const
{
    return readOr<qint64>(0, [&] {
        QSqlQuery &q = d->run("SELECT count(*) FROM products WHERE archived = 0 AND merged_into IS NULL", {});
        q.next();
        const qint64 count = q.value(0).toLongLong();
        q.finish();
        return count;
    });
}

QList<Product> TenantStore::searchProducts(const QString &text, int limit) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return products(false, 0, limit);
    limit = qBound(1, limit, 1000);
    // Matches are read in index order, which costs what the first rows cost; they are ranked only
    // when there are few of them. A short prefix ("s", "37") matches most of a large catalog, and
    // ranking every match before the LIMIT took hundreds of milliseconds a keystroke: for those,
    // the first matches in catalog order are shown while the clerk goes on typing.
    static const char *const countSql =
        "SELECT count(*) FROM (SELECT s.rowid FROM product_search s JOIN products p ON p.num = s.rowid"
        " WHERE product_search MATCH ? AND p.archived = 0 AND p.merged_into IS NULL LIMIT ?)";
    static const QByteArray sql =
        QByteArray("SELECT ") + kProductColumns
        + ", s.barcodes FROM product_search s JOIN products p ON p.num = s.rowid"
          " WHERE product_search MATCH ? AND p.archived = 0 AND p.merged_into IS NULL LIMIT ?";
    static const QByteArray rankedSql =
        QByteArray("SELECT ") + kProductColumns
        + ", s.barcodes FROM product_search s JOIN products p ON p.num = s.rowid"
          " WHERE product_search MATCH ? AND p.archived = 0 AND p.merged_into IS NULL ORDER BY s.rank LIMIT ?";
    const int rankedAtMost = qMax(limit, kSearchRankedMatches);
    return readOr<QList<Product>>({}, [&] {
        // How many match, up to one more than are ranked: the index alone, no row is built.
        QSqlQuery &count = d->run(countSql, {match, rankedAtMost + 1});
        const int matches = count.next() ? count.value(0).toInt() : 0;
        count.finish();
        QSqlQuery &q = d->run(matches <= rankedAtMost ? rankedSql.constData() : sql.constData(), {match, limit});
        QList<Product> result = Private::productRows(q);
        // Barcodes beginning with a one-word text, through the primary key's order (they are not in
        // the full-text index), first: a clerk typing digits is typing a barcode.
        const QString word = text.trimmed();
        if (!word.isEmpty() && !word.contains(u' ') && word.back().unicode() < 0xFFFF) {
            static const QByteArray byBarcodeSql =
                QByteArray("SELECT ") + kProductColumns
                + ", (SELECT group_concat(x.barcode, ' ') FROM product_barcodes x WHERE x.product_id = p.id)"
                  " FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                  " WHERE b.barcode >= ? AND b.barcode < ? AND p.archived = 0 AND p.merged_into IS NULL"
                  " ORDER BY b.barcode LIMIT ?";
            QString after = word;
            after.back() = QChar(after.back().unicode() + 1); // the first text that no longer starts so
            QSqlQuery &codes = d->run(byBarcodeSql.constData(), {word, after, limit});
            QList<Product> byBarcode; // one row per barcode: a product with two matching ones comes once
            for (const Product &p : Private::productRows(codes))
                if (std::none_of(byBarcode.cbegin(), byBarcode.cend(), [&](const Product &o) { return o.id == p.id; }))
                    byBarcode << p;
            if (!byBarcode.isEmpty()) {
                for (const Product &p : std::as_const(result))
                    if (byBarcode.size() < limit
                        && std::none_of(byBarcode.cbegin(), byBarcode.cend(),
                                        [&](const Product &o) { return o.id == p.id; }))
                        byBarcode << p;
                result = std::move(byBarcode);
            }
        }
        // A SKU or barcode typed in full comes first, whatever the ranking (indexed lookups).
        const QString exactText = text.trimmed();
        for (auto exact : {productBySku(exactText), productByBarcode(exactText)}) {
            if (!exact || exact->archived || !exact->mergedInto.isNull())
                continue;
            const auto found =
                std::find_if(result.begin(), result.end(), [&](const Product &p) { return p.id == exact->id; });
            if (found == result.begin())
                continue;
            if (found != result.end())
                result.erase(found);
            else if (result.size() >= limit)
                result.removeLast();
            result.prepend(*exact);
        }
        return result;
    });
}

QList<Product> TenantStore::matchingProducts(const QString &text, bool includeArchived, int offset, int limit) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return products(includeArchived, offset, limit);
    static const QByteArray sql = QByteArray("SELECT ") + kProductColumns
                                  + ", s.barcodes FROM product_search s JOIN products p ON p.num = s.rowid"
                                    " WHERE product_search MATCH ? AND (p.archived = 0 OR ?) AND p.merged_into IS NULL"
                                    " ORDER BY p.sku LIMIT ? OFFSET ?";
    return readOr<QList<Product>>({}, [&] {
        QSqlQuery &q =
            d->run(sql.constData(), {match, includeArchived ? 1 : 0, limit < 0 ? -1 : limit, qMax(0, offset)});
        return Private::productRows(q);
    });
}

// ---------------------------------------------------------------------------------------------
// Movements

Result<Movement> TenantStore::recordMovement(const MovementDraft &draft)
{
    return transactional<Movement>(*this, [&] {
        if (draft.kind == MovementKind::TransferOut || draft.kind == MovementKind::TransferIn)
            fail(QStringLiteral("invalid_kind"), tr("Record transfers with both locations, as a transfer."));
        checkQuantityBounds(draft.quantity);
        Quantity signedQuantity = draft.quantity;
        switch (draft.kind) {
        case MovementKind::Count:
            if (draft.quantity.isNegative())
                fail(QStringLiteral("invalid_quantity"), tr("A counted quantity cannot be negative."));
            break;
        case MovementKind::Adjustment:
            if (draft.quantity.isZero())
                fail(QStringLiteral("invalid_quantity"), tr("An adjustment of zero changes nothing."));
            break;
        default:
            if (draft.quantity.isNegative() || draft.quantity.isZero())
                fail(QStringLiteral("invalid_quantity"),
                     tr("The quantity must be greater than zero (the kind of movement gives the direction)."));
            if (movementKindDecreases(draft.kind))
                signedQuantity = -draft.quantity;
            break;
        }
        if (!draft.unitCost.isNull() && !Money::isValidCurrency(draft.unitCost.currency()))
            fail(QStringLiteral("invalid_currency"),
                 tr("\"%1\" is not a currency code.").arg(draft.unitCost.currency()));
        d->requireMovableProduct(draft.productId);
        d->requireUsableLocation(draft.locationId);
        Movement m = d->newMovement(draft.productId, draft.locationId, draft.kind, signedQuantity);
        m.unitCost = draft.unitCost;
        m.reason = checkedText(draft.reason, "reason", 200, false);
        m.reference = checkedText(draft.reference, "reference", 200, false);
        m.note = checkedText(draft.note, "note", 2000, false);
        d->appendMovement(m, true);
        return m;
    });
}

Result<QList<Movement>> TenantStore::recordTransfer(const QUuid &productId, const QUuid &from, const QUuid &to,
                                                    Quantity quantity, const QString &reason, const QString &note)
{
    return transactional<QList<Movement>>(*this, [&] {
        checkQuantityBounds(quantity);
        if (quantity.isNegative() || quantity.isZero())
            fail(QStringLiteral("invalid_quantity"), tr("The quantity to transfer must be greater than zero."));
        if (from == to)
            fail(QStringLiteral("same_location"), tr("A transfer needs two different locations."));
        d->requireMovableProduct(productId);
        d->requireUsableLocation(from);
        d->requireUsableLocation(to);
        const QUuid transferId = UuidV7::generate();
        Movement out = d->newMovement(productId, from, MovementKind::TransferOut, -quantity);
        Movement in = d->newMovement(productId, to, MovementKind::TransferIn, quantity);
        for (Movement *m : {&out, &in}) {
            m->transferId = transferId;
            m->reason = checkedText(reason, "reason", 200, false);
            m->note = checkedText(note, "note", 2000, false);
            d->appendMovement(*m, true);
        }
        return QList<Movement>{out, in};
    });
}

Result<QList<Movement>> TenantStore::reverseMovement(const QUuid &movementId, const QString &reason)
{
    return transactional<QList<Movement>>(*this, [&] {
        auto original = d->movementById(movementId);
        if (!original)
            fail(QStringLiteral("unknown_movement"), tr("This movement does not exist."));
        if (!original->reversesId.isNull())
            fail(QStringLiteral("cannot_reverse_reversal"),
                 tr("This movement is itself a reversal; record a new movement instead."));
        QList<Movement> targets{*original};
        if (!original->transferId.isNull()) {
            QSqlQuery &q = d->run("SELECT id FROM movements WHERE transfer_id = ? AND id <> ? AND reverses_id IS NULL",
                                  {uuidToText(original->transferId), uuidToText(original->id)});
            QList<QUuid> others;
            while (q.next())
                others << uuidColumn(q.value(0));
            q.finish();
            for (const QUuid &other : others)
                targets << *d->movementById(other);
        }
        const QUuid newTransferId = original->transferId.isNull() ? QUuid() : UuidV7::generate();
        QList<Movement> reversals;
        for (const Movement &target : std::as_const(targets)) {
            QSqlQuery &q = d->run("SELECT 1 FROM movements WHERE reverses_id = ?", {uuidToText(target.id)});
            const bool alreadyReversed = q.next();
            q.finish();
            if (alreadyReversed)
                fail(QStringLiteral("already_reversed"), tr("This movement has already been reversed."));
            // A reversed COUNT is voided (quantity 0, no longer a candidate); any other kind is negated.
            const Quantity quantity = target.kind == MovementKind::Count ? Quantity() : -target.quantity;
            Movement m = d->newMovement(target.productId, target.locationId, target.kind, quantity);
            m.reversesId = target.id;
            m.transferId = newTransferId;
            m.unitCost = target.unitCost;
            m.reason = checkedText(reason, "reason", 200, false);
            m.reference = target.reference;
            // The reversal keeps the original's product; if a SKU merge folded that product into
            // another, its stock counts there, like the original's.
            QSqlQuery &merged =
                d->run("SELECT COALESCE(merged_into, id) FROM products WHERE id = ?", {uuidToText(target.productId)});
            const QUuid balanceProduct = merged.next() ? uuidColumn(merged.value(0)) : target.productId;
            merged.finish();
            d->appendMovement(m, true, balanceProduct);
            reversals << m;
        }
        return reversals;
    });
}

Result<bool> TenantStore::insertMovement(const Movement &movement, bool enqueue)
{
    return transactional<bool>(*this, [&] {
        if (movement.id.isNull() || movement.productId.isNull() || movement.locationId.isNull()
            || movement.hlc.isNull())
            fail(QStringLiteral("invalid_movement"), tr("A movement needs an id, a product, a location and an HLC."));
        if (d->movementById(movement.id))
            return false;
        checkQuantityBounds(movement.quantity);
        if (movement.kind == MovementKind::Count && movement.quantity.isNegative())
            fail(QStringLiteral("invalid_quantity"), tr("A counted quantity cannot be negative."));
        QUuid balanceProduct;
        {
            QSqlQuery &q = d->run("SELECT (SELECT COALESCE(merged_into, id) FROM products WHERE id = ?),"
                                  " (SELECT count(*) FROM locations WHERE id = ?)",
                                  {uuidToText(movement.productId), uuidToText(movement.locationId)});
            q.next();
            const bool productKnown = !q.value(0).isNull();
            balanceProduct = uuidColumn(q.value(0));
            const bool locationKnown = q.value(1).toInt() > 0;
            q.finish();
            if (!productKnown)
                fail(QStringLiteral("unknown_product"), tr("The movement refers to an unknown product."));
            if (!locationKnown)
                fail(QStringLiteral("unknown_location"), tr("The movement refers to an unknown location."));
        }
        if (!movement.reversesId.isNull() && !d->movementById(movement.reversesId))
            fail(QStringLiteral("unknown_movement"), tr("The movement reverses an unknown movement."));
        Movement m = movement;
        if (!m.recordedAt.isValid())
            m.recordedAt = QDateTime::currentDateTimeUtc();
        d->clock->observe(m.hlc);
        d->appendMovement(m, enqueue, balanceProduct);
        if (m.serverSeq > 0)
            d->run("INSERT OR REPLACE INTO movement_acks (movement_id, server_seq) VALUES (?, ?)",
                   {uuidToText(m.id), m.serverSeq})
                .finish();
        return true;
    });
}

std::optional<Movement> TenantStore::movementById(const QUuid &id) const
{
    return readOr<std::optional<Movement>>(std::nullopt, [&] { return d->movementById(id); });
}

namespace {

/// The WHERE clause and its values for a journal filter, paging keys included.
QPair<QString, QVariantList> journalWhere(const JournalFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("m.hlc >= ?");
        values << qint64(Hlc::fromParts(filter.from.toMSecsSinceEpoch(), 0).raw());
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("m.hlc < ?");
        values << qint64(Hlc::fromParts(filter.to.toMSecsSinceEpoch(), 0).raw());
    }
    if (!filter.productId.isNull()) {
        conditions << QStringLiteral("m.product_id = ?");
        values << uuidToText(filter.productId);
    }
    if (!filter.locationId.isNull()) {
        conditions << QStringLiteral("m.location_id = ?");
        values << uuidToText(filter.locationId);
    }
    if (filter.kind) {
        conditions << QStringLiteral("m.kind = ?");
        values << movementKindToString(*filter.kind);
    }
    if (!filter.userId.isEmpty()) {
        conditions << QStringLiteral("m.user_id = ?");
        values << filter.userId;
    }
    // A row value compares (hlc, id) as the ORDER BY does; SQLite answers it as a range on the
    // HLC of the (…, hlc) indexes and orders the rows of one HLC by id (a streamed partial sort).
    if (const auto key = filter.after ? filter.after : filter.before) {
        conditions << (filter.after ? QStringLiteral("(m.hlc, m.id) < (?, ?)")
                                    : QStringLiteral("(m.hlc, m.id) > (?, ?)"));
        values << qint64(key->hlc.raw()) << uuidToText(key->id);
    }
    return {conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values};
}

/// The page query of journal(): its SQL and values. A `before` page is read oldest first from
/// its key (the rows closest to it), so the caller reverses it.
struct JournalPageQuery
{
    QString sql;
    QVariantList values;
    bool reversed = false;
};

JournalPageQuery journalPageQuery(const JournalFilter &filter)
{
    auto [where, values] = journalWhere(filter);
    JournalPageQuery query;
    query.reversed = !filter.after && filter.before;
    query.sql =
        QStringLiteral("SELECT ") + QLatin1String(kMovementColumns)
        + QStringLiteral(" FROM movements m LEFT JOIN movement_acks a ON a.movement_id = m.id") + where
        + (query.reversed ? QStringLiteral(" ORDER BY m.hlc, m.id") : QStringLiteral(" ORDER BY m.hlc DESC, m.id DESC"))
        + QStringLiteral(" LIMIT ? OFFSET ?");
    values << qBound(1, filter.limit, kMaxJournalPage) << qMax(0, filter.offset);
    query.values = values;
    return query;
}

QPair<QString, QVariantList> journalCountQuery(const JournalFilter &filter)
{
    const auto [where, values] = journalWhere(filter.withoutPaging());
    return {QStringLiteral("SELECT count(*) FROM movements m") + where, values};
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    int i = 0;
    for (const QVariant &value : values)
        q.bindValue(i++, value);
}

} // namespace

QList<Movement> TenantStore::journal(const JournalFilter &filter) const
{
    return readOr<QList<Movement>>({}, [&] {
        const JournalPageQuery page = journalPageQuery(filter);
        QSqlQuery q(d->db);
        q.prepare(page.sql);
        bindAll(q, page.values);
        d->exec(q);
        QList<Movement> result;
        while (q.next())
            result << Private::movementFromRow(q);
        if (page.reversed)
            std::reverse(result.begin(), result.end());
        return result;
    });
}

qint64 TenantStore::journalCount(const JournalFilter &filter) const
{
    return readOr<qint64>(0, [&] {
        const auto [sql, values] = journalCountQuery(filter);
        QSqlQuery q(d->db);
        q.prepare(sql);
        bindAll(q, values);
        d->exec(q);
        q.next();
        return q.value(0).toLongLong();
    });
}

QStringList TenantStore::journalQueryPlanForTesting(const JournalFilter &filter) const
{
    return readOr<QStringList>({}, [&] {
        const JournalPageQuery page = journalPageQuery(filter);
        const auto count = journalCountQuery(filter);
        QStringList plan;
        for (const auto &[sql, values] : {qMakePair(page.sql, page.values), count}) {
            QSqlQuery q(d->db);
            q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            bindAll(q, values);
            d->exec(q);
            while (q.next())
                plan << q.value(3).toString();
        }
        return plan;
    });
}

qint64 TenantStore::movementCount() const
{
    return journalCount({});
}

// ---------------------------------------------------------------------------------------------
// Balances and alerts

Quantity TenantStore::balance(const QUuid &productId, const QUuid &locationId) const
{
    return readOr<Quantity>({}, [&] {
        QSqlQuery &q = d->run("SELECT quantity FROM balances WHERE product_id = ? AND location_id = ?",
                              {uuidToText(productId), uuidToText(locationId)});
        const Quantity quantity = q.next() ? Quantity::fromMilli(q.value(0).toLongLong()) : Quantity();
        q.finish();
        return quantity;
    });
}

namespace {

QList<Balance> readBalances(QSqlQuery &q)
{
    QList<Balance> result;
    while (q.next()) {
        Balance b;
        b.productId = uuidColumn(q.value(0));
        b.locationId = uuidColumn(q.value(1));
        b.sku = q.value(2).toString();
        b.productName = q.value(3).toString();
        b.locationCode = q.value(4).toString();
        b.quantity = Quantity::fromMilli(q.value(5).toLongLong());
        b.reorderPoint = quantityColumn(q.value(6));
        result << b;
    }
    q.finish();
    return result;
}

} // namespace

QList<Balance> TenantStore::balances() const
{
    return readOr<QList<Balance>>({}, [&] {
        QSqlQuery &q = d->run("SELECT b.product_id, b.location_id, p.sku, p.name, l.code, b.quantity, p.reorder_point"
                              " FROM balances b JOIN products p ON p.id = b.product_id"
                              " JOIN locations l ON l.id = b.location_id ORDER BY p.sku, l.code",
                              {});
        return readBalances(q);
    });
}

QList<Balance> TenantStore::recomputeBalancesFromLog() const
{
    return readOr<QList<Balance>>({}, [&] {
        QSqlQuery &q =
            d->run("WITH mv AS ("
                   "  SELECT m.*, COALESCE(p.merged_into, m.product_id) AS pid FROM movements m"
                   "  JOIN products p ON p.id = m.product_id),"
                   " valid_counts AS ("
                   "  SELECT pid AS product_id, location_id, hlc, id, quantity, ROW_NUMBER() OVER ("
                   "    PARTITION BY pid, location_id ORDER BY hlc DESC, id DESC) AS rn"
                   "  FROM mv m WHERE kind = 'COUNT' AND reverses_id IS NULL"
                   "  AND NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = m.id)"
                   "  AND NOT EXISTS (SELECT 1 FROM movements r WHERE r.reverses_id = m.id"
                   "  AND NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = r.id))),"
                   " last_counts AS (SELECT * FROM valid_counts WHERE rn = 1),"
                   " pairs AS (SELECT DISTINCT pid AS product_id, location_id FROM mv),"
                   " computed AS ("
                   "  SELECT pr.product_id, pr.location_id, COALESCE(lc.quantity, 0) + COALESCE(("
                   "    SELECT SUM(m.quantity) FROM mv m WHERE m.pid = pr.product_id"
                   "    AND m.location_id = pr.location_id AND m.kind <> 'COUNT'"
                   "    AND NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = m.id)"
                   "    AND (lc.hlc IS NULL OR m.hlc > lc.hlc OR (m.hlc = lc.hlc AND m.id > lc.id))), 0) AS quantity"
                   "  FROM pairs pr LEFT JOIN last_counts lc"
                   "  ON lc.product_id = pr.product_id AND lc.location_id = pr.location_id)"
                   " SELECT c.product_id, c.location_id, p.sku, p.name, l.code, c.quantity, p.reorder_point"
                   " FROM computed c JOIN products p ON p.id = c.product_id JOIN locations l ON l.id = c.location_id"
                   " ORDER BY p.sku, l.code",
                   {});
        return readBalances(q);
    });
}

Result<void> TenantStore::rebuildBalances()
{
    return transactional<void>(*this, [&] { d->rebuildAllBalances(); });
}

namespace {

/// Marks the alerts that the latest acknowledgement of each (kind, product, location) still covers:
/// same quantity, and no movement of the product there since (by HLC: a movement that arrives late
/// with an older clock changes the quantity instead).
void markAcknowledged(TenantStore::Private &d, QList<Alert> &alerts)
{
    struct Ack
    {
        qint64 quantity;
        qint64 hlc;
        QString user;
        qint64 at;
    };
    QHash<QString, Ack> acks;
    QSqlQuery &q = d.run("SELECT a.kind, a.product_id, a.location_id, a.quantity, a.hlc, a.user_id, a.acked_at"
                         " FROM alert_acks a WHERE NOT EXISTS (SELECT 1 FROM alert_acks b"
                         " WHERE b.product_id = a.product_id AND b.location_id = a.location_id AND b.kind = a.kind"
                         " AND (b.hlc > a.hlc OR (b.hlc = a.hlc AND b.id > a.id)))",
                         {});
    while (q.next())
        acks.insert(
            q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString(),
            Ack{q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toLongLong()});
    q.finish();
    if (acks.isEmpty())
        return;
    for (Alert &a : alerts) {
        const QString location = a.locationId.isNull() ? QString() : uuidToText(a.locationId);
        const auto it = acks.constFind(alertKindToString(a.kind) + u'|' + uuidToText(a.productId) + u'|' + location);
        if (it == acks.cend() || it->quantity != a.quantity.milli())
            continue;
        if (!location.isEmpty()) {
            QSqlQuery &later = d.run("SELECT EXISTS (SELECT 1 FROM movements"
                                     " WHERE product_id = ? AND location_id = ? AND hlc > ?)",
                                     {uuidToText(a.productId), location, it->hlc});
            const bool moved = later.next() && later.value(0).toBool();
            later.finish();
            if (moved)
                continue;
        }
        a.acknowledged = true;
        a.acknowledgedBy = it->user;
        a.acknowledgedAt = QDateTime::fromMSecsSinceEpoch(it->at, Qt::UTC);
    }
}

} // namespace

QList<Alert> TenantStore::alerts() const
{
    return readOr<QList<Alert>>({}, [&] {
        // Negative stock first (most urgent), then low stock at or below the reorder point,
        // then products with a reorder point that are stocked nowhere. An archived location raises
        // no alert of either kind, and stock there does not count as stocked somewhere.
        QSqlQuery &q =
            d->run("SELECT 1 AS kind, b.product_id, b.location_id, p.sku, p.name, l.code, b.quantity, p.reorder_point"
                   " FROM balances b JOIN products p ON p.id = b.product_id JOIN locations l ON l.id = b.location_id"
                   " WHERE b.quantity < 0 AND p.archived = 0 AND p.merged_into IS NULL AND l.archived = 0"
                   " UNION ALL"
                   " SELECT 0, b.product_id, b.location_id, p.sku, p.name, l.code, b.quantity, p.reorder_point"
                   " FROM products p JOIN balances b ON b.product_id = p.id JOIN locations l ON l.id = b.location_id"
                   " WHERE p.reorder_point IS NOT NULL AND b.quantity >= 0 AND b.quantity <= p.reorder_point"
                   " AND p.archived = 0 AND p.merged_into IS NULL AND l.archived = 0"
                   " UNION ALL"
                   " SELECT 0, p.id, NULL, p.sku, p.name, '', 0, p.reorder_point FROM products p"
                   " WHERE p.reorder_point IS NOT NULL AND p.archived = 0 AND p.merged_into IS NULL"
                   " AND NOT EXISTS (SELECT 1 FROM balances b JOIN locations l ON l.id = b.location_id"
                   " WHERE b.product_id = p.id AND l.archived = 0)"
                   " ORDER BY 1 DESC, 4, 6",
                   {});
        QList<Alert> result;
        while (q.next()) {
            Alert a;
            a.kind = q.value(0).toInt() == 1 ? AlertKind::NegativeStock : AlertKind::LowStock;
            a.productId = uuidColumn(q.value(1));
            a.locationId = uuidColumn(q.value(2));
            a.sku = q.value(3).toString();
            a.productName = q.value(4).toString();
            a.locationCode = q.value(5).toString();
            a.quantity = Quantity::fromMilli(q.value(6).toLongLong());
            a.reorderPoint = quantityColumn(q.value(7));
            result << a;
        }
        q.finish();
        markAcknowledged(*d, result);
        return result;
    });
}

Result<void> TenantStore::acknowledgeAlert(const Alert &alert)
{
    return transactional<void>(*this, [&] {
        if (!productById(alert.productId))
            fail(QStringLiteral("unknown_product"), tr("This product does not exist."));
        if (!alert.locationId.isNull() && !locationById(alert.locationId))
            fail(QStringLiteral("unknown_location"), tr("This location does not exist."));
        d->run("INSERT INTO alert_acks (id, kind, product_id, location_id, quantity, user_id, device_id, hlc, acked_at)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {uuidToText(UuidV7::generate()), alertKindToString(alert.kind), uuidToText(alert.productId),
                alert.locationId.isNull() ? QStringLiteral("") : uuidToText(alert.locationId), alert.quantity.milli(),
                d->userId, d->deviceId, qint64(d->clock->now().raw()), QDateTime::currentMSecsSinceEpoch()})
            .finish();
    });
}

// ---------------------------------------------------------------------------------------------
// Outbox

QList<OutboxEntry> TenantStore::pendingOutbox(int limit) const
{
    return readOr<QList<OutboxEntry>>({}, [&] {
        QSqlQuery &q = d->run("SELECT seq, entity, entity_id, created_at FROM outbox ORDER BY seq LIMIT ?",
                              {qBound(1, limit, 100000)});
        QList<OutboxEntry> result;
        while (q.next())
            result << OutboxEntry{q.value(0).toLongLong(), q.value(1).toString(), uuidColumn(q.value(2)),
                                  QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)};
        q.finish();
        return result;
    });
}

QList<OutboxItem> TenantStore::pendingOutboxItems(int limit) const
{
    return readOr<QList<OutboxItem>>({}, [&] {
        static const QByteArray sql =
            QByteArray("SELECT o.seq, o.entity, o.entity_id, o.created_at, ") + kMovementColumns
            + " FROM outbox o LEFT JOIN movements m ON o.entity = 'movement' AND m.id = o.entity_id"
              " LEFT JOIN movement_acks a ON a.movement_id = m.id ORDER BY o.seq LIMIT ?";
        // On the raw connection, in one pass: a push of 100,000 offline movements starts here.
        SqliteStatement &q = d->fast(sql.constData());
        q.bind(1, qint64(qBound(1, limit, 100000)));
        QList<OutboxItem> result;
        const QString movementEntity = QStringLiteral("movement");
        while (q.step()) {
            OutboxItem item;
            item.entry.seq = q.columnInt64(0);
            const QByteArrayView entity = q.columnBytes(1);
            item.entry.entity = entity == "movement" ? movementEntity : QString::fromUtf8(entity);
            const QByteArrayView id = q.columnBytes(2);
            item.entry.entityId = uuidFromText(QString::fromLatin1(id));
            item.entry.createdAt = QDateTime::fromMSecsSinceEpoch(q.columnInt64(3), Qt::UTC);
            if (!q.columnIsNull(4))
                item.movement = Private::movementFromStatement(q, 4);
            result << std::move(item);
        }
        q.reset();
        return result;
    });
}

qint64 TenantStore::pendingOutboxCount() const
{
    return readOr<qint64>(0, [&] {
        QSqlQuery &q = d->run("SELECT count(*) FROM outbox", {});
        q.next();
        const qint64 count = q.value(0).toLongLong();
        q.finish();
        return count;
    });
}

// ---------------------------------------------------------------------------------------------
// Sync support

Result<void> TenantStore::recordPushResults(const QList<PushResult> &results)
{
    return transactional<void>(*this, [&] {
        for (const PushResult &result : results) {
            const QString id = uuidToText(result.entityId);
            // Entries queued after this push was built (a later edit) stay for the next push.
            if (result.firstOutboxSeq > 0) {
                // A range of the primary key: the usual movement has a single entry, found at once
                // (the outbox has no index on entity_id, which every other statement would pay for).
                d->fast("DELETE FROM outbox WHERE seq BETWEEN ? AND ? AND entity_id = ?")
                    .bind(1, result.firstOutboxSeq)
                    .bind(2, result.outboxSeq)
                    .bind(3, id)
                    .run();
            } else {
                d->fast("DELETE FROM outbox WHERE entity_id = ? AND seq <= ?")
                    .bind(1, id)
                    .bind(2, result.outboxSeq)
                    .run();
            }
            if (result.status == PushResult::Status::Rejected) {
                d->run("INSERT INTO sync_rejections (entity_id, entity, code, message, rejected_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id) DO UPDATE SET code = excluded.code,"
                       " message = excluded.message, rejected_at = excluded.rejected_at, discarded = 0",
                       {id, result.entity, checkedText(result.code, "code", 100, true),
                        checkedText(result.message, "message", 2000, false), QDateTime::currentMSecsSinceEpoch()})
                    .finish();
                if (auto m = d->movementById(result.entityId))
                    d->recomputeMovementPair(*m);
            } else if (result.entity == u"movement" && result.serverSeq > 0) {
                d->fast("INSERT OR REPLACE INTO movement_acks (movement_id, server_seq) VALUES (?, ?)")
                    .bind(1, id)
                    .bind(2, result.serverSeq)
                    .run();
            }
        }
    });
}

QList<SyncRejection> TenantStore::rejections() const
{
    return readOr<QList<SyncRejection>>({}, [&] {
        QSqlQuery &q = d->run("SELECT entity, entity_id, code, message, rejected_at FROM sync_rejections"
                              " WHERE discarded = 0 ORDER BY rejected_at, entity_id",
                              {});
        QList<SyncRejection> result;
        while (q.next())
            result << SyncRejection{q.value(0).toString(), uuidColumn(q.value(1)), q.value(2).toString(),
                                    q.value(3).toString(),
                                    QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC)};
        q.finish();
        return result;
    });
}

Result<void> TenantStore::retryRejected(const QUuid &entityId)
{
    return transactional<void>(*this, [&] {
        const QString id = uuidToText(entityId);
        QSqlQuery &q = d->run("SELECT entity FROM sync_rejections WHERE entity_id = ?", {id});
        if (!q.next()) {
            q.finish();
            fail(QStringLiteral("unknown_rejection"), tr("This item was not rejected."));
        }
        const QByteArray entity = q.value(0).toString().toLatin1();
        q.finish();
        d->run("DELETE FROM sync_rejections WHERE entity_id = ?", {id}).finish();
        d->enqueue(entity.constData(), entityId);
        if (auto m = d->movementById(entityId))
            d->recomputeMovementPair(*m);
    });
}

Result<void> TenantStore::discardRejected(const QUuid &entityId)
{
    return transactional<void>(*this, [&] {
        QSqlQuery &q = d->run("UPDATE sync_rejections SET discarded = 1 WHERE entity_id = ?", {uuidToText(entityId)});
        const bool found = q.numRowsAffected() > 0;
        q.finish();
        if (!found)
            fail(QStringLiteral("unknown_rejection"), tr("This item was not rejected."));
    });
}

qint64 TenantStore::pullCursor() const
{
    return readOr<qint64>(0, [&] {
        QSqlQuery &q = d->run("SELECT value FROM meta WHERE key = ?", {QString::fromLatin1(kPullCursorKey)});
        const qint64 cursor = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return cursor;
    });
}

Result<int> TenantStore::applyPulledMovements(const QList<Movement> &movements, qint64 nextCursor)
{
    return transactional<int>(*this, [&] { return d->applyPulled(*this, movements, nextCursor); });
}

int TenantStore::Private::applyPulled(TenantStore &store, const QList<Movement> &movements, qint64 nextCursor,
                                      PulledBalances balances)
{
    // The caller holds the transaction that stores the page and its cursor. The checks are
    // insertMovement()'s, made without a savepoint per movement (any failure rolls the whole page
    // back anyway; a savepoint open across a page would also make every statement's own journal
    // release walk the page's journal) and with the product and location lookups done once per
    // page: pulling a new device's million movements is this loop.
    if (nextCursor < store.pullCursor())
        fail(QStringLiteral("cursor_backwards"), tr("The server sent a page older than the one already applied."));
    const bool deferred = balances == PulledBalances::Defer;
    if (deferred) {
        // In the page's own transaction: a crash after it leaves the mark with the movements.
        run("INSERT OR IGNORE INTO meta (key, value) VALUES (?, '1')", {QString::fromLatin1(kBalancesStaleKey)})
            .finish();
        deferMovementIndexes();
    }
    // The movements table's CHECK (kind IN (...)) builds a temporary index of the eight kinds for
    // every row inserted: about a third of a pulled row's cost. The kind of a Movement is an enum,
    // written as one of those eight by construction, so pulled rows go in without CHECK
    // constraints (a flag of this connection, turned back on whatever happens).
    if (!movements.isEmpty())
        sqliteExec(handle, "PRAGMA ignore_check_constraints = ON");
    const auto checksBack = qScopeGuard([&] {
        if (!movements.isEmpty()
            && sqlite3_exec(handle, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr) != SQLITE_OK)
            qCWarning(lcStore) << "cannot turn CHECK constraints back on:" << sqlite3_errmsg(handle);
    });
    QHash<QUuid, QUuid> balanceProducts; // product -> the product its stock counts for
    QSet<QUuid> knownLocations;
    const auto ack = [this](const Movement &m) {
        fast("INSERT OR REPLACE INTO movement_acks (movement_id, server_seq) VALUES (?, ?)")
            .bind(1, m.id)
            .bind(2, m.serverSeq)
            .run();
    };
    int added = 0;
    for (const Movement &movement : movements) {
        if (movement.id.isNull() || movement.productId.isNull() || movement.locationId.isNull()
            || movement.hlc.isNull())
            fail(QStringLiteral("invalid_movement"), tr("A movement needs an id, a product, a location and an HLC."));
        checkQuantityBounds(movement.quantity);
        if (movement.kind == MovementKind::Count && movement.quantity.isNegative())
            fail(QStringLiteral("invalid_quantity"), tr("A counted quantity cannot be negative."));
        auto product = balanceProducts.find(movement.productId);
        if (product == balanceProducts.end()) {
            SqliteStatement &q = fast("SELECT COALESCE(merged_into, id) FROM products WHERE id = ?");
            const bool known = q.bind(1, uuidToText(movement.productId)).step();
            const QUuid target = known ? uuidFromText(q.columnText(0)) : QUuid();
            q.reset();
            if (!known)
                fail(QStringLiteral("unknown_product"), tr("The movement refers to an unknown product."));
            product = balanceProducts.insert(movement.productId, target);
        }
        if (!knownLocations.contains(movement.locationId)) {
            SqliteStatement &q = fast("SELECT 1 FROM locations WHERE id = ?");
            const bool known = q.bind(1, uuidToText(movement.locationId)).step();
            q.reset();
            if (!known)
                fail(QStringLiteral("unknown_location"), tr("The movement refers to an unknown location."));
            knownLocations.insert(movement.locationId);
        }
        if (!movement.reversesId.isNull() && !movementExists(movement.reversesId))
            fail(QStringLiteral("unknown_movement"), tr("The movement reverses an unknown movement."));
        Movement m = movement;
        if (!m.recordedAt.isValid())
            m.recordedAt = QDateTime::currentDateTimeUtc();
        if (!insertMovementRowIfNew(m)) {
            // Already here (this device's own, or a page applied twice): only its sequence is new.
            if (m.serverSeq > 0)
                ack(m);
            continue;
        }
        clock->observe(m.hlc);
        if (!deferred)
            applyToBalance(m, product.value());
        ++added; // its server sequence is in its row (schema 5)
    }
    run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        {QString::fromLatin1(kPullCursorKey), QString::number(nextCursor)})
        .finish();
    return added;
}

bool TenantStore::balancesStale() const
{
    return readOr<bool>(false, [&] {
        QSqlQuery &q = d->run("SELECT 1 FROM meta WHERE key = ?", {QString::fromLatin1(kBalancesStaleKey)});
        const bool stale = q.next();
        q.finish();
        return stale;
    });
}

Result<void> TenantStore::rebuildStaleBalances()
{
    // The large cache of the pull goes first: SQLite sizes the sort of CREATE INDEX by the page
    // cache, and one sort of 192 MB ran at half the speed of several of 16 MB merged (1,000,000
    // movements: 5.5 s against 2.8 s for the stock and user indexes, docs/benchmarks.md).
    d->setBulkCache(false);
    if (!balancesStale())
        return {};
    QElapsedTimer timer;
    timer.start();
    qint64 indexesMs = 0;
    qint64 balancesMs = 0;
    auto rebuilt = transactional<void>(*this, [&] {
        d->restoreMovementIndexes(); // first: the rebuild reads the stock index
        indexesMs = timer.restart();
        d->rebuildAllBalances();
        balancesMs = timer.restart();
    });
    qCDebug(lcStore) << "stale balances rebuilt:" << indexesMs << "ms for the deferred indexes," << balancesMs
                     << "ms for the balances," << timer.elapsed() << "ms to commit";
    return rebuilt;
}

QDateTime TenantStore::lastSyncAt() const
{
    return readOr<QDateTime>({}, [&] {
        QSqlQuery &q = d->run("SELECT value FROM meta WHERE key = ?", {QString::fromLatin1(kLastSyncKey)});
        const QDateTime when =
            q.next() ? QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC) : QDateTime();
        q.finish();
        return when;
    });
}

Result<void> TenantStore::setLastSyncAt(const QDateTime &when)
{
    return transactional<void>(*this, [&] {
        d->run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               {QString::fromLatin1(kLastSyncKey), QString::number(when.toMSecsSinceEpoch())})
            .finish();
    });
}

// ---------------------------------------------------------------------------------------------
// Catalog records (sync)

namespace {

QJsonValue uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(uuidToText(id));
}

QJsonValue quantityOrNull(const std::optional<Quantity> &q)
{
    return q ? QJsonValue(q->toString()) : QJsonValue();
}

QJsonValue moneyOrNull(const Money &money)
{
    return money.isNull() ? QJsonValue() : QJsonValue(money.toString());
}

std::optional<Quantity> quantityFrom(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto q = Quantity::parse(value.toString());
    return q ? std::optional<Quantity>(q.value()) : std::nullopt;
}

Money moneyFrom(const QJsonValue &value)
{
    if (!value.isString() || value.toString().isEmpty())
        return {};
    auto money = Money::parse(value.toString());
    return money ? money.value() : Money();
}

QJsonObject productFields(const Product &p)
{
    return {{QStringLiteral("sku"), p.sku},
            {QStringLiteral("barcodes"), QJsonArray::fromStringList(p.barcodes)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("cost_price"), moneyOrNull(p.costPrice)},
            {QStringLiteral("sale_price"), moneyOrNull(p.salePrice)},
            {QStringLiteral("reorder_point"), quantityOrNull(p.reorderPoint)},
            {QStringLiteral("reorder_quantity"), quantityOrNull(p.reorderQuantity)},
            {QStringLiteral("preferred_supplier_id"), uuidOrNull(p.preferredSupplierId)},
            {QStringLiteral("archived"), p.archived}};
}

void setProductField(Product &p, const QString &field, const QJsonValue &v)
{
    if (field == u"sku")
        p.sku = v.toString();
    else if (field == u"barcodes") {
        p.barcodes.clear();
        for (const QJsonValue &b : v.toArray())
            p.barcodes << b.toString();
    } else if (field == u"name")
        p.name = v.toString();
    else if (field == u"category")
        p.category = v.toString();
    else if (field == u"unit")
        p.unit = v.toString();
    else if (field == u"cost_price")
        p.costPrice = moneyFrom(v);
    else if (field == u"sale_price")
        p.salePrice = moneyFrom(v);
    else if (field == u"reorder_point")
        p.reorderPoint = quantityFrom(v);
    else if (field == u"reorder_quantity")
        p.reorderQuantity = quantityFrom(v);
    else if (field == u"preferred_supplier_id")
        p.preferredSupplierId = uuidFromText(v.toString());
    else if (field == u"archived")
        p.archived = v.toBool();
}

QJsonObject locationFields(const Location &l)
{
    return {{QStringLiteral("code"), l.code},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("type"), locationTypeToString(l.type)},
            {QStringLiteral("parent_id"), uuidOrNull(l.parentId)},
            {QStringLiteral("archived"), l.archived}};
}

void setLocationField(Location &l, const QString &field, const QJsonValue &v)
{
    if (field == u"code")
        l.code = v.toString();
    else if (field == u"name")
        l.name = v.toString();
    else if (field == u"type")
        l.type = locationTypeFromString(v.toString()).value_or(l.type);
    else if (field == u"parent_id")
        l.parentId = uuidFromText(v.toString());
    else if (field == u"archived")
        l.archived = v.toBool();
}

QJsonObject supplierFields(const Supplier &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("email"), s.email},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("archived"), s.archived}};
}

void setSupplierField(Supplier &s, const QString &field, const QJsonValue &v)
{
    if (field == u"name")
        s.name = v.toString();
    else if (field == u"email")
        s.email = v.toString();
    else if (field == u"phone")
        s.phone = v.toString();
    else if (field == u"notes")
        s.notes = v.toString();
    else if (field == u"archived")
        s.archived = v.toBool();
}

/// Applies the incoming fields that win over the stored ones; returns whether anything changed.
template<typename Entity, typename Setter>
bool mergeFields(Entity &entity, const QJsonObject &storedFields, const CatalogRecord &incoming, Setter set)
{
    bool changed = false;
    for (auto it = incoming.fields.begin(); it != incoming.fields.end(); ++it) {
        if (!storedFields.contains(it.key()))
            continue; // not a field of this entity
        const Hlc incomingStamp = incoming.stamps.value(it.key());
        const auto stored = entity.stamps.constFind(it.key());
        if (stored != entity.stamps.cend()
            && !catalogWriteWins(incomingStamp, it.value(), stored.value(), storedFields.value(it.key())))
            continue;
        set(entity, it.key(), it.value());
        entity.stamps.insert(it.key(), incomingStamp);
        changed = true;
    }
    return changed;
}

Hlc createdHlcOf(const FieldStamps &stamps)
{
    Hlc created;
    for (const Hlc &stamp : stamps) {
        if (created.isNull() || stamp < created)
            created = stamp;
    }
    return created;
}

} // namespace

std::optional<CatalogRecord> TenantStore::catalogRecord(const QString &entity, const QUuid &id) const
{
    CatalogRecord record;
    record.entity = entity;
    record.id = id;
    if (entity == u"product") {
        const auto product = productById(id);
        if (!product)
            return std::nullopt;
        record.fields = productFields(*product);
        record.stamps = product->stamps;
        record.mergedInto = product->mergedInto;
    } else if (entity == u"location") {
        const auto location = locationById(id);
        if (!location)
            return std::nullopt;
        record.fields = locationFields(*location);
        record.stamps = location->stamps;
    } else if (entity == u"supplier") {
        const auto supplier = supplierById(id);
        if (!supplier)
            return std::nullopt;
        record.fields = supplierFields(*supplier);
        record.stamps = supplier->stamps;
    } else {
        return std::nullopt;
    }
    return record;
}

void TenantStore::Private::markProductMerged(const QUuid &loser, QUuid winner)
{
    // Re-point: the winner may itself have been merged; chains collapse to one hop.
    QSqlQuery &q = run("SELECT merged_into FROM products WHERE id = ?", {uuidToText(winner)});
    if (q.next() && !q.value(0).isNull())
        winner = uuidColumn(q.value(0));
    q.finish();
    if (winner == loser)
        return;
    const QString loserText = uuidToText(loser);
    const QString winnerText = uuidToText(winner);
    run("UPDATE products SET merged_into = ? WHERE id = ? OR merged_into = ?", {winnerText, loserText, loserText})
        .finish();
    run("DELETE FROM product_barcodes WHERE product_id = ?", {loserText}).finish();
    QSqlQuery &num = run("SELECT num FROM products WHERE id = ?", {loserText});
    if (num.next()) {
        const qint64 rowid = num.value(0).toLongLong();
        num.finish();
        run("DELETE FROM product_search WHERE rowid = ?", {rowid}).finish();
    } else {
        num.finish();
    }
    // The loser's stock joins the winner's, under the COUNT rule over both logs.
    run("DELETE FROM balances WHERE product_id = ?", {loserText}).finish();
    QSqlQuery &places = run("SELECT DISTINCT location_id FROM movements WHERE product_id IN"
                            " (SELECT id FROM products WHERE id = ? OR merged_into = ?)",
                            {winnerText, winnerText});
    QStringList locations;
    while (places.next())
        locations << places.value(0).toString();
    places.finish();
    for (const QString &location : std::as_const(locations))
        recomputePair(winnerText, location);
}

Result<void> TenantStore::mergeCatalogRecord(const CatalogRecord &record)
{
    return transactional<void>(*this, [&] {
        if (record.id.isNull())
            fail(QStringLiteral("invalid_catalog_item"), tr("A catalog record needs an id."));
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
            if (!record.stamps.contains(it.key()))
                fail(QStringLiteral("invalid_catalog_item"), tr("The field %1 has no HLC stamp.").arg(it.key()));
        }
        for (const Hlc &stamp : record.stamps)
            d->clock->observe(stamp);
        // A SKU merge may point a product at its survivor before the survivor's row is written;
        // references are still checked, at commit.
        d->execSql(QStringLiteral("PRAGMA defer_foreign_keys = ON"));

        if (record.entity == u"product") {
            auto existing = productById(record.id);
            Product product;
            QJsonObject storedFields;
            if (existing) {
                product = *existing;
                storedFields = productFields(product);
            } else {
                product.id = record.id;
                storedFields = productFields(product);
                product.stamps.clear();
            }
            const QString skuBefore = product.sku;
            const bool changed = mergeFields(product, storedFields, record, setProductField);
            if (product.sku.trimmed().isEmpty() || product.name.trimmed().isEmpty())
                fail(QStringLiteral("invalid_catalog_item"), tr("A product needs a SKU and a name."));
            QUuid mergeInto = record.mergedInto;
            QUuid otherLoser;
            if (product.mergedInto.isNull() && mergeInto.isNull() && product.sku != skuBefore) {
                // The same SKU created on two devices: the earliest-created product survives (DESIGN §5).
                QSqlQuery &q =
                    d->run("SELECT id, stamps FROM products WHERE sku = ? AND merged_into IS NULL AND id <> ?",
                           {product.sku, uuidToText(product.id)});
                if (q.next()) {
                    const QUuid otherId = uuidColumn(q.value(0));
                    const Hlc otherCreated = createdHlcOf(fieldStampsFromJson(q.value(1).toString()));
                    q.finish();
                    const Hlc created = createdHlcOf(product.stamps);
                    const bool incomingFirst =
                        std::pair(created, product.id.toString()) < std::pair(otherCreated, otherId.toString());
                    if (incomingFirst)
                        otherLoser = otherId;
                    else
                        mergeInto = otherId;
                } else {
                    q.finish();
                }
            }
            if (!otherLoser.isNull())
                d->markProductMerged(otherLoser, product.id);
            if (!existing || changed) {
                if (product.mergedInto.isNull() && !mergeInto.isNull())
                    product.mergedInto = mergeInto; // written merged: it must not claim the SKU
                if (!product.mergedInto.isNull())
                    product.barcodes.clear();
                d->writeProduct(product, !existing);
                if (product.mergedInto.isNull()) {
                    d->writeBarcodes(product, true);
                    d->writeSearchEntry(product);
                }
            }
            if (!product.mergedInto.isNull() || !mergeInto.isNull())
                d->markProductMerged(product.id, product.mergedInto.isNull() ? mergeInto : product.mergedInto);
        } else if (record.entity == u"location") {
            auto existing = locationById(record.id);
            Location location;
            if (existing)
                location = *existing;
            else
                location.id = record.id;
            const QJsonObject storedFields = locationFields(location);
            if (!existing)
                location.stamps.clear();
            const bool changed = mergeFields(location, storedFields, record, setLocationField);
            if (location.code.trimmed().isEmpty() || location.name.trimmed().isEmpty())
                fail(QStringLiteral("invalid_catalog_item"), tr("A location needs a code and a name."));
            if (!existing || changed) {
                // A local location holding the same code lost the race on the server, which will reject
                // it: it steps aside locally under a suffixed code so that the server's one can land.
                if (auto other = locationByCode(location.code); other && other->id != location.id)
                    d->run("UPDATE locations SET code = ? WHERE id = ?",
                           {other->code + u'~' + uuidToText(other->id).left(8), uuidToText(other->id)})
                        .finish();
                d->run("INSERT INTO locations (id, code, name, type, parent_id, archived, stamps)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = excluded.code,"
                       " name = excluded.name, type = excluded.type, parent_id = excluded.parent_id,"
                       " archived = excluded.archived, stamps = excluded.stamps",
                       {uuidToText(location.id), sqlText(location.code), sqlText(location.name),
                        locationTypeToString(location.type), textOrNull(location.parentId), location.archived ? 1 : 0,
                        fieldStampsToJson(location.stamps)})
                    .finish();
            }
        } else if (record.entity == u"supplier") {
            auto existing = supplierById(record.id);
            Supplier supplier;
            if (existing)
                supplier = *existing;
            else
                supplier.id = record.id;
            const QJsonObject storedFields = supplierFields(supplier);
            if (!existing)
                supplier.stamps.clear();
            const bool changed = mergeFields(supplier, storedFields, record, setSupplierField);
            if (supplier.name.trimmed().isEmpty())
                fail(QStringLiteral("invalid_catalog_item"), tr("A supplier needs a name."));
            if (!existing || changed)
                d->run("INSERT INTO suppliers (id, name, email, phone, notes, archived, stamps)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                       " email = excluded.email, phone = excluded.phone, notes = excluded.notes,"
                       " archived = excluded.archived, stamps = excluded.stamps",
                       {uuidToText(supplier.id), sqlText(supplier.name), sqlText(supplier.email),
                        sqlText(supplier.phone), sqlText(supplier.notes), supplier.archived ? 1 : 0,
                        fieldStampsToJson(supplier.stamps)})
                    .finish();
        } else {
            fail(QStringLiteral("invalid_catalog_item"), tr("Unknown catalog entity \"%1\".").arg(record.entity));
        }
    });
}

Result<int> TenantStore::applyPulledPage(const QList<CatalogRecord> &catalog, const QList<Movement> &movements,
                                         qint64 nextCursor, PulledBalances balances)
{
    // A page of movements only, filling the store: every reference its rows make is checked by
    // applyPulled() itself (product and location once per page, the reversed movement, the ack's
    // movement just inserted), so SQLite's own foreign-key lookups, three per row, are left out.
    // (The setting cannot change inside a transaction; pages with catalog records keep them, the
    // merge rules rely on them.)
    if (balances == PulledBalances::Defer)
        d->setBulkCache(true);
    const bool foreignKeysOff =
        balances == PulledBalances::Defer && catalog.isEmpty() && !movements.isEmpty() && d->transactionDepth == 0;
    if (foreignKeysOff && sqlite3_exec(d->handle, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Result<int>::failure(QStringLiteral("storage_error"), QString::fromUtf8(sqlite3_errmsg(d->handle)));
    const auto foreignKeysBack = qScopeGuard([&] {
        if (foreignKeysOff
            && sqlite3_exec(d->handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr) != SQLITE_OK)
            qCWarning(lcStore) << "cannot turn foreign keys back on:" << sqlite3_errmsg(d->handle);
    });
    return transactional<int>(*this, [&] {
        for (const CatalogRecord &record : catalog) {
            if (auto merged = mergeCatalogRecord(record); !merged)
                throw RuntimeError(merged.error().code, merged.error().message);
        }
        return d->applyPulled(*this, movements, nextCursor, balances);
    });
}

} // namespace depot::core
