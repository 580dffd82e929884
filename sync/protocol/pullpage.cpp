#include "pullpage.h"

#include "core/money.h"
#include "core/uuid.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QJsonArray>

#include <array>
#include <limits>

namespace depot::sync::protocol {

using core::Error;
using core::Movement;

namespace {

enum class Column {
    Id,
    Seq,
    Product,
    Location,
    Kind,
    QuantityMilli,
    UnitCost,
    Reason,
    Reference,
    Note,
    User,
    Device,
    Hlc,
    Transfer,
    Reverses,
    PushedBy,
    Unknown
};

constexpr std::array<const char *, 16> kColumnNames{
    "id",        "seq",  "product_id", "location_id", "kind", "quantity_milli", "unit_cost",   "reason",
    "reference", "note", "user",       "device",      "hlc",  "transfer_id",    "reverses_id", "pushed_by"};

Column columnOf(QByteArrayView name)
{
    for (size_t i = 0; i < kColumnNames.size(); ++i) {
        if (name == QByteArrayView(kColumnNames[i]))
            return Column(i);
    }
    return Column::Unknown;
}

PullPageError pageError(PullPageError::Part part, const QString &code, const QString &message)
{
    return PullPageError{part, Error{code, message}};
}

PullPageError badPage(const QString &message)
{
    return pageError(PullPageError::Part::Page, QStringLiteral("invalid_response"), message);
}

PullPageError badMovement(const QString &message)
{
    return pageError(PullPageError::Part::Movement, QStringLiteral("invalid_movement"), message);
}

/// Reads the text or byte string the reader is at into `out` (its buffer is reused) and moves on.
bool readString(QCborStreamReader &reader, QByteArray &out)
{
    out.resize(0);
    for (;;) {
        const qsizetype chunk = qMax<qsizetype>(reader.currentStringChunkSize(), 0);
        const qsizetype at = out.size();
        out.resize(at + chunk);
        const auto read = reader.readStringChunk(out.data() + at, chunk);
        if (read.status == QCborStreamReader::Error)
            return false;
        out.resize(at + (read.status == QCborStreamReader::Ok ? read.data : 0));
        if (read.status == QCborStreamReader::EndOfString)
            return true;
    }
}

/// A tagged (37) UUID or null; false on anything else.
bool readUuid(QCborStreamReader &reader, QByteArray &buffer, QUuid *id)
{
    if (reader.isNull()) {
        *id = QUuid();
        return reader.next();
    }
    if (!reader.isTag() || reader.toTag() != QCborKnownTags::Uuid || !reader.next() || !reader.isByteArray()
        || !readString(reader, buffer) || buffer.size() != 16)
        return false;
    *id = QUuid::fromRfc4122(buffer);
    return !id->isNull();
}

bool readInteger(QCborStreamReader &reader, qint64 *value)
{
    if (!reader.isInteger())
        return false;
    const QCborStreamReader::Type type = reader.type();
    if (type == QCborStreamReader::UnsignedInteger) {
        if (reader.toUnsignedInteger() > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *value = qint64(reader.toUnsignedInteger());
    } else {
        const quint64 magnitude = quint64(reader.toNegativeInteger());
        if (magnitude > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *value = -qint64(magnitude);
    }
    return reader.next();
}

/// Text columns repeat from row to row (the same user, device, cost): the last value of each is
/// kept, so that a repeated one shares its QString instead of converting the bytes again.
struct TextCache
{
    QByteArray bytes;
    QString text;

    const QString &take(const QByteArray &utf8)
    {
        if (utf8 != bytes || (text.isNull() && !utf8.isEmpty())) {
            bytes = utf8;
            text = utf8.isEmpty() ? QString() : QString::fromUtf8(utf8);
        }
        return text;
    }
};

class RowReader
{
public:
    explicit RowReader(const QList<Column> &columns) : m_columns(columns) { }

    std::optional<PullPageError> read(QCborStreamReader &reader, Movement *m)
    {
        if (!reader.isArray() || !reader.enterContainer())
            return badMovement(QStringLiteral("a movement row must be an array"));
        quint32 seen = 0;
        qsizetype index = 0;
        while (reader.hasNext()) {
            if (index >= m_columns.size())
                return badMovement(QStringLiteral("a movement row has more values than columns"));
            const Column column = m_columns.at(index++);
            if (column == Column::Unknown) {
                if (!reader.next())
                    return badMovement(QStringLiteral("unreadable value"));
                continue;
            }
            seen |= 1u << int(column);
            if (auto problem = readValue(reader, column, m))
                return problem;
        }
        if (!reader.leaveContainer())
            return badMovement(QStringLiteral("unreadable movement row"));
        for (const Column required : {Column::Id, Column::Seq, Column::Product, Column::Location, Column::Kind,
                                      Column::QuantityMilli, Column::Hlc}) {
            if (!(seen & (1u << int(required))))
                return badMovement(QStringLiteral("%1 is required").arg(QLatin1String(kColumnNames[size_t(required)])));
        }
        if (auto signError = checkMovementSign(*m))
            return PullPageError{PullPageError::Part::Movement, *signError};
        return std::nullopt;
    }

private:
    std::optional<PullPageError> readText(QCborStreamReader &reader, Column column, TextCache &cache, QString *out)
    {
        const char *name = kColumnNames[size_t(column)];
        if (reader.isNull()) {
            *out = QString();
            reader.next();
            return std::nullopt;
        }
        if (!reader.isString() || !readString(reader, m_buffer))
            return badMovement(QStringLiteral("%1 must be a string").arg(QLatin1String(name)));
        *out = cache.take(m_buffer);
        if (auto tooLong = checkMovementText(name, out->size()))
            return PullPageError{PullPageError::Part::Movement, *tooLong};
        return std::nullopt;
    }

    std::optional<PullPageError> readValue(QCborStreamReader &reader, Column column, Movement *m)
    {
        const auto uuid = [&](QUuid *id, bool optional) -> std::optional<PullPageError> {
            if (!readUuid(reader, m_buffer, id) || (!optional && id->isNull()))
                return badMovement(
                    QStringLiteral("%1 must be a UUID").arg(QLatin1String(kColumnNames[size_t(column)])));
            return std::nullopt;
        };
        switch (column) {
        case Column::Id:
            return uuid(&m->id, false);
        case Column::Product:
            return uuid(&m->productId, false);
        case Column::Location:
            return uuid(&m->locationId, false);
        case Column::Transfer:
            return uuid(&m->transferId, true);
        case Column::Reverses:
            return uuid(&m->reversesId, true);
        case Column::PushedBy: {
            QUuid ignored; // who sent it: not kept by the client
            return uuid(&ignored, true);
        }
        case Column::Seq: {
            qint64 seq = 0;
            if (!readInteger(reader, &seq) || seq <= 0)
                return badMovement(QStringLiteral("seq must be a positive integer"));
            m->serverSeq = seq;
            return std::nullopt;
        }
        case Column::Hlc: {
            qint64 hlc = 0;
            if (!readInteger(reader, &hlc) || hlc <= 0)
                return badMovement(QStringLiteral("hlc must be a non-zero 64-bit HLC"));
            m->hlc = core::Hlc(quint64(hlc));
            return std::nullopt;
        }
        case Column::QuantityMilli: {
            qint64 milli = 0;
            if (!readInteger(reader, &milli))
                return pageError(PullPageError::Part::Movement, QStringLiteral("invalid_quantity"),
                                 QStringLiteral("quantity_milli must be an integer"));
            m->quantity = core::Quantity::fromMilli(milli);
            return std::nullopt;
        }
        case Column::Kind: {
            const auto kind = reader.isString() && readString(reader, m_buffer)
                                  ? core::movementKindFromString(QString::fromLatin1(m_buffer))
                                  : std::nullopt;
            if (!kind)
                return badMovement(QStringLiteral("kind must be one of RECEIPT, ISSUE, ADJUSTMENT, LOSS, RETURN, "
                                                  "TRANSFER_OUT, TRANSFER_IN, COUNT"));
            m->kind = *kind;
            return std::nullopt;
        }
        case Column::UnitCost: {
            QString text;
            if (auto problem = readText(reader, column, m_cost, &text))
                return problem;
            m->unitCost = core::Money();
            if (!text.isEmpty()) {
                const auto money = core::Money::parse(text);
                if (!money.ok())
                    return badMovement(QStringLiteral("unit_cost must look like \"12.50 EUR\""));
                m->unitCost = *money;
            }
            return std::nullopt;
        }
        case Column::Reason:
            return readText(reader, column, m_reason, &m->reason);
        case Column::Reference:
            return readText(reader, column, m_reference, &m->reference);
        case Column::Note:
            return readText(reader, column, m_note, &m->note);
        case Column::User:
            return readText(reader, column, m_user, &m->userId);
        case Column::Device:
            return readText(reader, column, m_device, &m->deviceId);
        case Column::Unknown:
            break;
        }
        return std::nullopt;
    }

    const QList<Column> &m_columns;
    QByteArray m_buffer;
    TextCache m_cost, m_reason, m_reference, m_note, m_user, m_device;
};

/// A catalog record, from its JSON form (in CBOR too: its fields are open-ended).
std::optional<PullPageError> catalogRecord(const QJsonObject &o, QList<CatalogItem> *out)
{
    auto item = catalogItemFromJson(o);
    if (!item)
        return PullPageError{PullPageError::Part::Catalog, item.error()};
    const QJsonValue merged = o.value(QLatin1String("merged_into"));
    if (merged.isString())
        item->mergedInto = core::uuidFromText(merged.toString());
    item->seq = o.value(QLatin1String("seq")).toString().toLongLong();
    out->append(*item);
    return std::nullopt;
}

std::optional<PullPageError> readCborData(QCborStreamReader &reader, PullPage *page)
{
    QByteArray key;
    QList<Column> columns;
    bool haveColumns = false;
    while (reader.hasNext()) {
        if (!reader.isString() || !readString(reader, key))
            return badPage(QStringLiteral("the page's keys must be strings"));
        if (key == "movement_columns") {
            if (!reader.isArray() || !reader.enterContainer())
                return badPage(QStringLiteral("movement_columns must be an array"));
            QByteArray name;
            while (reader.hasNext()) {
                if (!reader.isString() || !readString(reader, name))
                    return badPage(QStringLiteral("movement_columns must hold strings"));
                columns << columnOf(name);
            }
            reader.leaveContainer();
            haveColumns = true;
        } else if (key == "movements") {
            if (!haveColumns)
                return badPage(QStringLiteral("movements come before their columns"));
            if (!reader.isArray())
                return badPage(QStringLiteral("movements must be an array"));
            if (reader.isLengthKnown())
                page->movements.reserve(qsizetype(qMin<quint64>(reader.length(), 100000)));
            if (!reader.enterContainer())
                return badPage(QStringLiteral("movements must be an array"));
            RowReader rows(columns);
            while (reader.hasNext()) {
                Movement m;
                if (auto problem = rows.read(reader, &m))
                    return problem;
                page->movements.append(std::move(m));
            }
            reader.leaveContainer();
        } else if (key == "catalog") {
            if (!reader.isArray() || !reader.enterContainer())
                return badPage(QStringLiteral("catalog must be an array"));
            while (reader.hasNext()) {
                const QCborValue value = QCborValue::fromCbor(reader);
                if (!value.isMap())
                    return pageError(PullPageError::Part::Catalog, QStringLiteral("invalid_catalog_item"),
                                     QStringLiteral("a catalog record must be a map"));
                if (auto problem = catalogRecord(value.toJsonValue().toObject(), &page->catalog))
                    return problem;
            }
            reader.leaveContainer();
        } else if (key == "next" || key == "last_seq" || key == "server_hlc") {
            qint64 value = 0;
            if (!readInteger(reader, &value) || value < 0)
                return badPage(QStringLiteral("%1 must be a non-negative integer").arg(QString::fromLatin1(key)));
            if (key == "next")
                page->next = value;
            else if (key == "last_seq")
                page->lastSeq = value;
            else if (value > 0)
                page->serverHlc = core::Hlc(quint64(value));
        } else if (key == "has_more") {
            if (!reader.isBool())
                return badPage(QStringLiteral("has_more must be true or false"));
            page->hasMore = reader.toBool();
            reader.next();
        } else if (key == "clock_skew") {
            page->clockSkew = QCborValue::fromCbor(reader).toJsonValue().toObject();
        } else if (!reader.next()) { // memberships, tenant, and what a newer server may add
            return badPage(QStringLiteral("unreadable value of %1").arg(QString::fromUtf8(key)));
        }
    }
    return std::nullopt;
}

} // namespace

const QList<QByteArray> &cborMovementColumns()
{
    static const QList<QByteArray> columns = [] {
        QList<QByteArray> names;
        for (const char *name : kColumnNames)
            names << QByteArray(name);
        return names;
    }();
    return columns;
}

void writeCborUuid(QCborStreamWriter &writer, const QUuid &id)
{
    if (id.isNull()) {
        writer.append(nullptr);
        return;
    }
    const char bytes[16] = {char(id.data1 >> 24), char(id.data1 >> 16), char(id.data1 >> 8), char(id.data1),
                            char(id.data2 >> 8),  char(id.data2),       char(id.data3 >> 8), char(id.data3),
                            char(id.data4[0]),    char(id.data4[1]),    char(id.data4[2]),   char(id.data4[3]),
                            char(id.data4[4]),    char(id.data4[5]),    char(id.data4[6]),   char(id.data4[7])};
    writer.append(QCborKnownTags::Uuid);
    writer.appendByteString(bytes, 16);
}

void writeCborMovementRow(QCborStreamWriter &writer, const core::Movement &m, const QUuid &pushedBy)
{
    // The order of kColumnNames.
    const auto text = [&writer](const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        writer.appendTextString(utf8.constData(), utf8.size());
    };
    writer.startArray(kColumnNames.size());
    writeCborUuid(writer, m.id);
    writer.append(qint64(m.serverSeq));
    writeCborUuid(writer, m.productId);
    writeCborUuid(writer, m.locationId);
    const char *kind = core::movementKindText(m.kind);
    writer.appendTextString(kind, qsizetype(qstrlen(kind)));
    writer.append(qint64(m.quantity.milli()));
    text(m.unitCost.isNull() ? QString() : m.unitCost.toString());
    text(m.reason);
    text(m.reference);
    text(m.note);
    text(m.userId);
    text(m.deviceId);
    writer.append(quint64(m.hlc.raw()));
    writeCborUuid(writer, m.transferId);
    writeCborUuid(writer, m.reversesId);
    writeCborUuid(writer, pushedBy);
    writer.endArray();
}

std::optional<PullPageError> pullPageFromJson(const QJsonObject &data, PullPage *page)
{
    for (const QJsonValue &value : data.value(QLatin1String("catalog")).toArray()) {
        if (auto problem = catalogRecord(value.toObject(), &page->catalog))
            return problem;
    }
    const QJsonArray movements = data.value(QLatin1String("movements")).toArray();
    page->movements.reserve(movements.size());
    for (const QJsonValue &value : movements) {
        auto movement = movementFromJson(value.toObject());
        if (!movement)
            return PullPageError{PullPageError::Part::Movement, movement.error()};
        // movementFromJson() reads the client-side payload only; the server's sequence is ours to take.
        movement->serverSeq = value.toObject().value(QLatin1String("seq")).toString().toLongLong();
        page->movements.append(*movement);
    }
    bool ok = false;
    page->next = data.value(QLatin1String("next")).toString().toLongLong(&ok);
    if (!ok)
        page->next = -1;
    page->hasMore = data.value(QLatin1String("has_more")).toBool();
    const qint64 last = data.value(QLatin1String("last_seq")).toString().toLongLong(&ok);
    if (ok)
        page->lastSeq = last;
    page->serverHlc = hlcFromJson(data.value(QLatin1String("server_hlc")));
    page->clockSkew = data.value(QLatin1String("clock_skew")).toObject();
    return std::nullopt;
}

std::optional<PullPageError> pullPageFromCbor(const QByteArray &body, PullPage *page)
{
    QCborStreamReader reader(body);
    if (!reader.isMap() || !reader.enterContainer())
        return badPage(QStringLiteral("the answer is not a CBOR map"));
    QByteArray key;
    bool success = false;
    bool haveData = false;
    while (reader.hasNext()) {
        if (!reader.isString() || !readString(reader, key))
            return badPage(QStringLiteral("the answer's keys must be strings"));
        if (key == "success" && reader.isBool()) {
            success = reader.toBool();
            reader.next();
        } else if (key == "data" && reader.isMap() && reader.enterContainer()) {
            if (auto problem = readCborData(reader, page))
                return problem;
            if (!reader.leaveContainer())
                return badPage(QStringLiteral("unreadable data"));
            haveData = true;
        } else if (!reader.next()) {
            break;
        }
    }
    if (reader.lastError() != QCborError::NoError)
        return badPage(QStringLiteral("unreadable CBOR: %1").arg(reader.lastError().toString()));
    if (!success || !haveData)
        return badPage(QStringLiteral("the answer has no data"));
    return std::nullopt;
}

} // namespace depot::sync::protocol
