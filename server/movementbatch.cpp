#include "movementbatch.h"

#include <QtEndian>

namespace depot::server {

namespace {

// PostgreSQL type OIDs (pg_type.dat; stable across versions).
constexpr quint32 kInt8Oid = 20;
constexpr quint32 kTextOid = 25;
constexpr quint32 kUuidOid = 2950;

enum PgColumn {
    PgId,
    PgProduct,
    PgLocation,
    PgKind,
    PgQuantity,
    PgUnitCost,
    PgReason,
    PgReference,
    PgNote,
    PgUser,
    PgDevice,
    PgHlc,
    PgTransfer,
    PgReverses,
    PgPushedBy
};

constexpr char kHex[] = "0123456789abcdef";

/// The 16 bytes of `id` in RFC 4122 (network) order, as PostgreSQL's uuid_send writes them.
void uuidBytes(const QUuid &id, char *out)
{
    qToBigEndian(id.data1, out);
    qToBigEndian(id.data2, out + 4);
    qToBigEndian(id.data3, out + 6);
    memcpy(out + 8, id.data4, 8);
}

/// Appends UTF-8 without a temporary for the usual ASCII text.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *p = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            out.resize(start);
            out += text.toUtf8();
            return;
        }
        p[i] = char(c);
    }
}

void appendBigEndian32(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBigEndian64(QByteArray &out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}

QByteArray kindText(core::MovementKind kind)
{
    // Built once from the one spelling in core.
    static const QList<QByteArray> names = [] {
        QList<QByteArray> out;
        for (int k = 0; k <= int(core::MovementKind::Count); ++k)
            out << core::movementKindToString(core::MovementKind(k)).toLatin1();
        return out;
    }();
    return names.at(int(kind));
}

/// A binary one-dimensional array (array_recv's format) around `body` of `count` elements.
QByteArray pgArrayWithHeader(const QByteArray &body, qsizetype count, bool hasNull, quint32 elementType)
{
    QByteArray out;
    out.reserve(body.size() + 20);
    appendBigEndian32(out, count > 0 ? 1 : 0); // dimensions (an empty array has none)
    appendBigEndian32(out, hasNull ? 1 : 0);
    appendBigEndian32(out, qint32(elementType));
    if (count > 0) {
        appendBigEndian32(out, qint32(count)); // length of the dimension
        appendBigEndian32(out, 1);             // lower bound
    }
    out += body;
    return out;
}

void pgUuid(QByteArray &out, bool &hasNull, const QUuid &id)
{
    if (id.isNull()) {
        appendBigEndian32(out, -1);
        hasNull = true;
        return;
    }
    appendBigEndian32(out, 16);
    char bytes[16];
    uuidBytes(id, bytes);
    out.append(bytes, 16);
}

void pgText(QByteArray &out, QStringView text)
{
    const qsizetype lengthAt = out.size();
    appendBigEndian32(out, 0);
    appendUtf8(out, text);
    qToBigEndian(qint32(out.size() - lengthAt - 4), out.data() + lengthAt);
}

void pgInt8(QByteArray &out, qint64 value)
{
    appendBigEndian32(out, 8);
    appendBigEndian64(out, value);
}

} // namespace

void appendUuidText(QByteArray &out, const QUuid &id)
{
    char bytes[16];
    uuidBytes(id, bytes);
    const qsizetype start = out.size();
    out.resize(start + 36);
    char *p = out.data() + start;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = kHex[(uchar(bytes[i]) >> 4) & 0xf];
        *p++ = kHex[uchar(bytes[i]) & 0xf];
    }
}

MovementBatch::MovementBatch(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite)
        m_ids = QByteArrayLiteral("[");
}

void MovementBatch::appendSqliteText(int column, QStringView text)
{
    m_row->offset[column] = int(m_text.size());
    appendUtf8(m_text, text);
    m_row->length[column] = int(m_text.size()) - m_row->offset[column];
}

void MovementBatch::appendSqliteUuid(int column, const QUuid &id)
{
    if (id.isNull()) {
        m_row->offset[column] = 0;
        m_row->length[column] = -1;
        return;
    }
    m_row->offset[column] = int(m_text.size());
    appendUuidText(m_text, id);
    m_row->length[column] = 36;
}

void MovementBatch::add(const core::Movement &m, const QUuid &pushedBy)
{
    m_products.insert(m.productId);
    m_locations.insert(m.locationId);
    const bool sqlite = m_backend == Backend::Sqlite;
    if (sqlite) {
        if (m_size > 0)
            m_ids += ',';
        m_ids += '"';
        appendUuidText(m_ids, m.id);
        m_ids += '"';
    }
    ++m_size;
    const QString unitCost = m.unitCost.isNull() ? QString() : m.unitCost.toString();
    if (sqlite) {
        if (m_rows.isEmpty()) {
            m_rows.reserve(1000);
            m_text.reserve(256 * 1000);
        }
        m_rows.append(SqliteRow{});
        m_row = &m_rows.last();
        m_row->quantity = m.quantity.milli();
        m_row->hlc = qint64(m.hlc.raw());
        appendSqliteUuid(Id, m.id);
        appendSqliteUuid(Product, m.productId);
        appendSqliteUuid(Location, m.locationId);
        m_row->offset[Kind] = int(m_text.size());
        m_text += kindText(m.kind);
        m_row->length[Kind] = int(m_text.size()) - m_row->offset[Kind];
        appendSqliteText(UnitCost, unitCost);
        appendSqliteText(Reason, m.reason);
        appendSqliteText(Reference, m.reference);
        appendSqliteText(Note, m.note);
        appendSqliteText(User, m.userId);
        appendSqliteText(Device, m.deviceId);
        appendSqliteUuid(Transfer, m.transferId);
        appendSqliteUuid(Reverses, m.reversesId);
        appendSqliteUuid(PushedBy, pushedBy);
        return;
    }
    if (m_size == 1) {
        for (QByteArray &array : m_pg)
            array.reserve(64 * 1000);
    }
    pgUuid(m_pg[PgId], m_pgNull[PgId], m.id);
    pgUuid(m_pg[PgProduct], m_pgNull[PgProduct], m.productId);
    pgUuid(m_pg[PgLocation], m_pgNull[PgLocation], m.locationId);
    const QByteArray kind = kindText(m.kind);
    appendBigEndian32(m_pg[PgKind], qint32(kind.size()));
    m_pg[PgKind] += kind;
    pgInt8(m_pg[PgQuantity], m.quantity.milli());
    pgText(m_pg[PgUnitCost], unitCost);
    pgText(m_pg[PgReason], m.reason);
    pgText(m_pg[PgReference], m.reference);
    pgText(m_pg[PgNote], m.note);
    pgText(m_pg[PgUser], m.userId);
    pgText(m_pg[PgDevice], m.deviceId);
    pgInt8(m_pg[PgHlc], qint64(m.hlc.raw()));
    pgUuid(m_pg[PgTransfer], m_pgNull[PgTransfer], m.transferId);
    pgUuid(m_pg[PgReverses], m_pgNull[PgReverses], m.reversesId);
    pgUuid(m_pg[PgPushedBy], m_pgNull[PgPushedBy], pushedBy);
}

namespace {

QByteArray jsonIdList(const QSet<QUuid> &ids)
{
    QByteArray out = QByteArrayLiteral("[");
    for (const QUuid &id : ids) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        appendUuidText(out, id);
        out += '"';
    }
    return out + ']';
}

} // namespace

QByteArray MovementBatch::idList() const
{
    return m_ids + ']';
}

QByteArray MovementBatch::productList() const
{
    return jsonIdList(m_products);
}

QByteArray MovementBatch::locationList() const
{
    return jsonIdList(m_locations);
}

quint32 MovementBatch::pgArrayType(int column)
{
    switch (column) {
    case PgId:
    case PgProduct:
    case PgLocation:
    case PgTransfer:
    case PgReverses:
    case PgPushedBy:
        return kUuidOid;
    case PgQuantity:
    case PgHlc:
        return kInt8Oid;
    default:
        return kTextOid;
    }
}

QByteArray MovementBatch::pgArray(int column) const
{
    return pgArrayWithHeader(m_pg[column], m_size, m_pgNull[column], pgArrayType(column));
}

QByteArray MovementBatch::pgSeqArray(const QList<qint64> &values)
{
    QByteArray body;
    body.reserve(values.size() * 12);
    bool hasNull = false;
    for (const qint64 v : values) {
        if (v == 0) {
            appendBigEndian32(body, -1);
            hasNull = true;
        } else {
            pgInt8(body, v);
        }
    }
    return pgArrayWithHeader(body, values.size(), hasNull, kInt8Oid);
}

QByteArray MovementBatch::pgUuidArray(const QSet<QUuid> &ids)
{
    QByteArray body;
    body.reserve(ids.size() * 20);
    bool hasNull = false;
    for (const QUuid &id : ids)
        pgUuid(body, hasNull, id);
    return pgArrayWithHeader(body, ids.size(), hasNull, kUuidOid);
}

} // namespace depot::server
