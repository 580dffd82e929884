#pragma once

#include "store.h"

#include "core/domain.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QUuid>

namespace depot::server {

/// The movements of one push (or of a seed batch), encoded for the store's backend before the
/// tenant lock is taken, so that the lock is held only for the checks, the choice of the sequence
/// numbers and the insert itself. On SQLite it keeps the UTF-8 text of every column in one buffer
/// (bound to a prepared C API statement, no per-row allocation); on PostgreSQL one binary array
/// per column, for one `INSERT ... SELECT FROM unnest(...)` per batch. It also carries the id,
/// product and location lists of the duplicate and reference lookups, ready to bind.
class MovementBatch
{
public:
    explicit MovementBatch(Backend backend);

    /// Appends a movement; `pushedBy` is the user whose token sent it.
    void add(const core::Movement &movement, const QUuid &pushedBy);
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    Backend backend() const { return m_backend; }

    /// The distinct products and locations the movements name.
    const QSet<QUuid> &productIds() const { return m_products; }
    const QSet<QUuid> &locationIds() const { return m_locations; }

    /// SQLite: the ids, products and locations as one JSON array of strings each, for json_each()
    /// in the lookups (PostgreSQL binds binary uuid[] arrays instead).
    QByteArray idList() const;
    QByteArray productList() const;
    QByteArray locationList() const;

    // SQLite: the text columns of a row. -1 length: SQL NULL.
    enum TextColumn {
        Id,
        Product,
        Location,
        Kind,
        UnitCost,
        Reason,
        Reference,
        Note,
        User,
        Device,
        Transfer,
        Reverses,
        PushedBy,
        kTextColumns
    };
    struct SqliteRow
    {
        qint64 quantity = 0;
        qint64 hlc = 0;
        int offset[kTextColumns] = {};
        int length[kTextColumns] = {};
    };
    const QList<SqliteRow> &sqliteRows() const { return m_rows; }
    const char *text(const SqliteRow &row, TextColumn column) const { return m_text.constData() + row.offset[column]; }

    // PostgreSQL: the binary arrays, in the column order of the unnest() of the insert statement
    // (id, product, location, kind, quantity, unit_cost, reason, reference, note, user, device,
    // hlc, transfer, reverses, pushed_by).
    static constexpr int kPgArrays = 15;
    QByteArray pgArray(int column) const;
    /// The element type of each array (uuid, text or int8).
    static quint32 pgArrayType(int column);
    /// A binary int8[] of `values`, where 0 stands for NULL (the sequence numbers: 0 = not inserted).
    static QByteArray pgSeqArray(const QList<qint64> &values);
    /// A binary uuid[] of `ids`.
    static QByteArray pgUuidArray(const QSet<QUuid> &ids);

private:
    void appendSqliteText(int column, QStringView text);
    void appendSqliteUuid(int column, const QUuid &id);

    Backend m_backend;
    qsizetype m_size = 0;
    QSet<QUuid> m_products;
    QSet<QUuid> m_locations;
    QByteArray m_ids; ///< the id list without its closing bracket/brace
    // SQLite
    QByteArray m_text;
    QList<SqliteRow> m_rows;
    SqliteRow *m_row = nullptr;
    // PostgreSQL: array bodies without their headers, and whether each holds a NULL
    QByteArray m_pg[kPgArrays];
    bool m_pgNull[kPgArrays] = {};
};

/// Appends the canonical text form of `id` (core::uuidToText: 36 lowercase characters).
void appendUuidText(QByteArray &out, const QUuid &id);

} // namespace depot::server
