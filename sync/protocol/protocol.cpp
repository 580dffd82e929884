#include "protocol.h"

#include "core/money.h"
#include "core/quantity.h"
#include "core/uuid.h"

namespace depot::sync::protocol {

using core::Error;
using core::Hlc;
using core::Movement;
using core::MovementKind;
using core::Result;

namespace {

Error invalid(const QString &message)
{
    return Error{QStringLiteral("invalid_movement"), message};
}

WireField wireField(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    if (v.isNull())
        return {WireField::Type::Null, {}};
    if (v.isString())
        return {WireField::Type::String, v.toString()};
    return {WireField::Type::Other, {}};
}

/// A required UUID field; `optional` accepts null/absent (returns a null QUuid).
std::optional<QUuid> uuidField(const WireField &v, const char *name, bool optional, QString *error)
{
    if (v.type == WireField::Type::Absent || v.type == WireField::Type::Null) {
        if (optional)
            return QUuid();
        *error = QStringLiteral("%1 is required").arg(QLatin1String(name));
        return std::nullopt;
    }
    if (v.type != WireField::Type::String) {
        *error = QStringLiteral("%1 must be a UUID string").arg(QLatin1String(name));
        return std::nullopt;
    }
    const QUuid id = core::uuidFromText(v.text);
    if (id.isNull()) {
        *error = QStringLiteral("%1 is not a valid UUID").arg(QLatin1String(name));
        return std::nullopt;
    }
    return id;
}

std::optional<QUuid> uuidField(const QJsonObject &o, const char *name, bool optional, QString *error)
{
    return uuidField(wireField(o.value(QLatin1String(name))), name, optional, error);
}

std::optional<QString> stringField(const WireField &v, const char *name, int maxLength, QString *error)
{
    if (v.type == WireField::Type::Absent || v.type == WireField::Type::Null)
        return QString();
    if (v.type != WireField::Type::String) {
        *error = QStringLiteral("%1 must be a string").arg(QLatin1String(name));
        return std::nullopt;
    }
    if (v.text.size() > maxLength) {
        *error = QStringLiteral("%1 is longer than %2 characters").arg(QLatin1String(name)).arg(maxLength);
        return std::nullopt;
    }
    return v.text;
}

std::optional<Hlc> hlcFromText(const QString &text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const Hlc hlc = Hlc::fromString(text, &ok);
    if (!ok || hlc.isNull() || hlc.raw() > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return hlc;
}

QJsonValue uuidJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(core::uuidToText(id));
}

} // namespace

std::optional<Hlc> hlcFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return hlcFromText(value.toString());
}

WireField *MovementFields::byName(QAnyStringView name)
{
    // By length first: one comparison for most names.
    switch (name.size()) {
    case 2:
        return name == QLatin1StringView("id") ? &id : nullptr;
    case 3:
        return name == QLatin1StringView("hlc") ? &hlc : nullptr;
    case 4:
        return name == QLatin1StringView("kind")   ? &kind
               : name == QLatin1StringView("note") ? &note
               : name == QLatin1StringView("user") ? &user
                                                   : nullptr;
    case 6:
        return name == QLatin1StringView("reason") ? &reason : name == QLatin1StringView("device") ? &device : nullptr;
    case 8:
        return name == QLatin1StringView("quantity") ? &quantity : nullptr;
    case 9:
        return name == QLatin1StringView("reference")   ? &reference
               : name == QLatin1StringView("unit_cost") ? &unitCost
                                                        : nullptr;
    case 10:
        return name == QLatin1StringView("product_id") ? &productId : nullptr;
    case 11:
        return name == QLatin1StringView("location_id")   ? &locationId
               : name == QLatin1StringView("transfer_id") ? &transferId
               : name == QLatin1StringView("reverses_id") ? &reversesId
                                                          : nullptr;
    default:
        return nullptr;
    }
}

std::optional<Error> checkMovementSign(const Movement &m)
{
    const qint64 q = m.quantity.milli();
    // A reversal keeps the kind of the movement it cancels with the opposite sign, and a reversed
    // COUNT is voided with 0 (TenantStore::reverseMovement).
    const bool reversal = !m.reversesId.isNull();
    bool signOk = true;
    switch (m.kind) {
    case MovementKind::Receipt:
    case MovementKind::Return:
    case MovementKind::TransferIn:
        signOk = reversal ? q < 0 : q > 0;
        break;
    case MovementKind::Issue:
    case MovementKind::Loss:
    case MovementKind::TransferOut:
        signOk = reversal ? q > 0 : q < 0;
        break;
    case MovementKind::Adjustment:
        signOk = q != 0;
        break;
    case MovementKind::Count:
        signOk = reversal ? q == 0 : q >= 0;
        break;
    }
    if (!signOk)
        return Error{QStringLiteral("invalid_quantity"),
                     QStringLiteral("quantity %1 has the wrong sign for a %2 movement")
                         .arg(m.quantity.toString(), core::movementKindToString(m.kind))};
    if ((m.kind == MovementKind::TransferIn || m.kind == MovementKind::TransferOut) && m.transferId.isNull())
        return invalid(QStringLiteral("a transfer movement needs a transfer_id"));
    return std::nullopt;
}

std::optional<Error> checkMovementText(const char *field, qsizetype length)
{
    const qsizetype max = movementTextMaximum(field);
    if (length <= max)
        return std::nullopt;
    return invalid(QStringLiteral("%1 is longer than %2 characters").arg(QLatin1String(field)).arg(max));
}

qsizetype movementTextMaximum(const char *field)
{
    return qstrcmp(field, "note") == 0                                    ? 2000
           : qstrcmp(field, "user") == 0 || qstrcmp(field, "device") == 0 ? 100
                                                                          : 200;
}

Result<Movement> movementFromJson(const QJsonObject &o)
{
    // One pass over the object (a parsed object has no duplicate keys) rather than a lookup per field.
    MovementFields fields;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (WireField *field = fields.byName(it.key()))
            *field = wireField(it.value());
    }
    return movementFromFields(fields);
}

Result<Movement> movementFromFields(const MovementFields &f)
{
    QString error;
    Movement m;
    const auto id = uuidField(f.id, "id", false, &error);
    if (!id)
        return invalid(error);
    m.id = *id;
    const auto product = uuidField(f.productId, "product_id", false, &error);
    if (!product)
        return invalid(error);
    m.productId = *product;
    const auto location = uuidField(f.locationId, "location_id", false, &error);
    if (!location)
        return invalid(error);
    m.locationId = *location;
    const auto transfer = uuidField(f.transferId, "transfer_id", true, &error);
    if (!transfer)
        return invalid(error);
    m.transferId = *transfer;
    const auto reverses = uuidField(f.reversesId, "reverses_id", true, &error);
    if (!reverses)
        return invalid(error);
    m.reversesId = *reverses;

    const auto kind = f.kind.type == WireField::Type::String ? core::movementKindFromString(f.kind.text) : std::nullopt;
    if (!kind)
        return invalid(QStringLiteral("kind must be one of RECEIPT, ISSUE, ADJUSTMENT, LOSS, RETURN, "
                                      "TRANSFER_OUT, TRANSFER_IN, COUNT"));
    m.kind = *kind;

    if (f.quantity.type != WireField::Type::String)
        return Error{QStringLiteral("invalid_quantity"), QStringLiteral("quantity must be a decimal string")};
    const auto quantity = core::Quantity::parse(f.quantity.text);
    if (!quantity.ok())
        return Error{QStringLiteral("invalid_quantity"),
                     QStringLiteral("quantity is not a valid decimal with at most 3 decimals")};
    m.quantity = *quantity;
    if (const auto signError = checkMovementSign(m))
        return *signError;

    const WireField &cost = f.unitCost;
    if (cost.type != WireField::Type::Absent && cost.type != WireField::Type::Null) {
        if (cost.type != WireField::Type::String)
            return invalid(QStringLiteral("unit_cost must be a string like \"12.50 EUR\""));
        if (!cost.text.isEmpty()) {
            const auto money = core::Money::parse(cost.text);
            if (!money.ok())
                return invalid(QStringLiteral("unit_cost must look like \"12.50 EUR\""));
            m.unitCost = *money;
        }
    }

    const auto reason = stringField(f.reason, "reason", movementTextMaximum("reason"), &error);
    const auto reference =
        reason ? stringField(f.reference, "reference", movementTextMaximum("reference"), &error) : std::nullopt;
    const auto note = reference ? stringField(f.note, "note", movementTextMaximum("note"), &error) : std::nullopt;
    const auto user = note ? stringField(f.user, "user", movementTextMaximum("user"), &error) : std::nullopt;
    const auto device = user ? stringField(f.device, "device", movementTextMaximum("device"), &error) : std::nullopt;
    if (!device)
        return invalid(error);
    m.reason = *reason;
    m.reference = *reference;
    m.note = *note;
    m.userId = *user;
    m.deviceId = *device;

    const auto hlc = f.hlc.type == WireField::Type::String ? hlcFromText(f.hlc.text) : std::nullopt;
    if (!hlc)
        return invalid(QStringLiteral("hlc must be the decimal string of a non-zero 64-bit HLC"));
    m.hlc = *hlc;
    return m;
}

QJsonObject movementToJson(const Movement &m)
{
    QJsonObject o{
        {QStringLiteral("id"), core::uuidToText(m.id)},
        {QStringLiteral("product_id"), core::uuidToText(m.productId)},
        {QStringLiteral("location_id"), core::uuidToText(m.locationId)},
        {QStringLiteral("kind"), core::movementKindToString(m.kind)},
        {QStringLiteral("quantity"), m.quantity.toString()},
        {QStringLiteral("unit_cost"), m.unitCost.isNull() ? QString() : m.unitCost.toString()},
        {QStringLiteral("reason"), m.reason},
        {QStringLiteral("reference"), m.reference},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("user"), m.userId},
        {QStringLiteral("device"), m.deviceId},
        {QStringLiteral("hlc"), m.hlc.toString()},
        {QStringLiteral("transfer_id"), uuidJson(m.transferId)},
        {QStringLiteral("reverses_id"), uuidJson(m.reversesId)},
    };
    if (m.serverSeq > 0)
        o.insert(QStringLiteral("seq"), QString::number(m.serverSeq));
    return o;
}

bool samePayload(const Movement &a, const Movement &b)
{
    return a.id == b.id && a.productId == b.productId && a.locationId == b.locationId && a.kind == b.kind
           && a.quantity == b.quantity && a.unitCost == b.unitCost && a.reason == b.reason && a.reference == b.reference
           && a.note == b.note && a.userId == b.userId && a.deviceId == b.deviceId && a.hlc == b.hlc
           && a.transferId == b.transferId && a.reversesId == b.reversesId;
}

QString catalogTypeToString(CatalogType type)
{
    switch (type) {
    case CatalogType::Product:
        return QStringLiteral("product");
    case CatalogType::Location:
        return QStringLiteral("location");
    case CatalogType::Supplier:
        return QStringLiteral("supplier");
    }
    return {};
}

std::optional<CatalogType> catalogTypeFromString(QStringView text)
{
    if (text == u"product")
        return CatalogType::Product;
    if (text == u"location")
        return CatalogType::Location;
    if (text == u"supplier")
        return CatalogType::Supplier;
    return std::nullopt;
}

QStringList catalogFieldNames(CatalogType type)
{
    switch (type) {
    case CatalogType::Product:
        return {QStringLiteral("sku"),
                QStringLiteral("barcodes"),
                QStringLiteral("name"),
                QStringLiteral("category"),
                QStringLiteral("unit"),
                QStringLiteral("cost_price"),
                QStringLiteral("sale_price"),
                QStringLiteral("reorder_point"),
                QStringLiteral("reorder_quantity"),
                QStringLiteral("preferred_supplier_id"),
                QStringLiteral("archived")};
    case CatalogType::Location:
        return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("parent_id"),
                QStringLiteral("archived")};
    case CatalogType::Supplier:
        return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes"),
                QStringLiteral("archived")};
    }
    return {};
}

QString validateCatalogField(CatalogType type, const QString &field, const QJsonValue &value)
{
    if (!catalogFieldNames(type).contains(field))
        return QStringLiteral("unknown field %1").arg(field);
    auto text = [&](int minLength, int maxLength) -> QString {
        if (!value.isString())
            return QStringLiteral("%1 must be a string").arg(field);
        const QString s = value.toString();
        if (s.trimmed().size() < minLength)
            return QStringLiteral("%1 must not be empty").arg(field);
        if (s.size() > maxLength)
            return QStringLiteral("%1 is longer than %2 characters").arg(field).arg(maxLength);
        return {};
    };
    if (field == u"archived")
        return value.isBool() ? QString() : QStringLiteral("archived must be true or false");
    if (field == u"sku" || field == u"code")
        return text(1, 64);
    if (field == u"name")
        return text(1, 200);
    if (field == u"category" || field == u"email" || field == u"phone")
        return text(0, 200);
    if (field == u"unit")
        return text(1, 20);
    if (field == u"notes")
        return text(0, 2000);
    if (field == u"type") {
        if (!value.isString() || !core::locationTypeFromString(value.toString()))
            return QStringLiteral("type must be WAREHOUSE, SHOP or ZONE");
        return {};
    }
    if (field == u"parent_id" || field == u"preferred_supplier_id") {
        if (value.isNull())
            return {};
        if (!value.isString() || core::uuidFromText(value.toString()).isNull())
            return QStringLiteral("%1 must be a UUID or null").arg(field);
        return {};
    }
    if (field == u"cost_price" || field == u"sale_price") {
        if (value.isNull() || (value.isString() && value.toString().isEmpty()))
            return {};
        if (!value.isString() || !core::Money::parse(value.toString()).ok())
            return QStringLiteral("%1 must look like \"12.50 EUR\"").arg(field);
        return {};
    }
    if (field == u"reorder_point" || field == u"reorder_quantity") {
        if (value.isNull())
            return {};
        if (!value.isString())
            return QStringLiteral("%1 must be a decimal string or null").arg(field);
        const auto q = core::Quantity::parse(value.toString());
        if (!q.ok() || q->isNegative())
            return QStringLiteral("%1 must be a non-negative decimal with at most 3 decimals").arg(field);
        return {};
    }
    if (field == u"barcodes") {
        if (!value.isArray())
            return QStringLiteral("barcodes must be an array of strings");
        const QJsonArray array = value.toArray();
        if (array.size() > 20)
            return QStringLiteral("at most 20 barcodes");
        for (const QJsonValue &b : array) {
            if (!b.isString() || b.toString().isEmpty() || b.toString().size() > 64)
                return QStringLiteral("barcodes must be non-empty strings of at most 64 characters");
        }
        return {};
    }
    return QStringLiteral("unknown field %1").arg(field);
}

Result<CatalogItem> catalogItemFromJson(const QJsonObject &o)
{
    auto bad = [](const QString &message) { return Error{QStringLiteral("invalid_catalog_item"), message}; };
    CatalogItem item;
    const auto type = o.value(QLatin1String("type")).isString()
                          ? catalogTypeFromString(o.value(QLatin1String("type")).toString())
                          : std::nullopt;
    if (!type)
        return bad(QStringLiteral("type must be product, location or supplier"));
    item.type = *type;
    QString error;
    const auto id = uuidField(o, "id", false, &error);
    if (!id)
        return bad(error);
    item.id = *id;
    if (!o.value(QLatin1String("fields")).isObject() || !o.value(QLatin1String("stamps")).isObject())
        return bad(QStringLiteral("fields and stamps must be objects"));
    item.fields = o.value(QLatin1String("fields")).toObject();
    const QJsonObject stamps = o.value(QLatin1String("stamps")).toObject();
    if (item.fields.isEmpty())
        return bad(QStringLiteral("fields must not be empty"));
    for (auto it = item.fields.begin(); it != item.fields.end(); ++it) {
        const QString message = validateCatalogField(item.type, it.key(), it.value());
        if (!message.isEmpty())
            return bad(message);
        const auto stamp = hlcFromJson(stamps.value(it.key()));
        if (!stamp)
            return bad(QStringLiteral("field %1 has no valid HLC stamp").arg(it.key()));
        item.stamps.insert(it.key(), *stamp);
    }
    const QJsonValue created = o.value(QLatin1String("created_hlc"));
    if (created.isUndefined() || created.isNull()) {
        for (const Hlc &h : std::as_const(item.stamps)) {
            if (item.createdHlc.isNull() || h < item.createdHlc)
                item.createdHlc = h;
        }
    } else {
        const auto hlc = hlcFromJson(created);
        if (!hlc)
            return bad(QStringLiteral("created_hlc must be the decimal string of an HLC"));
        item.createdHlc = *hlc;
    }
    return item;
}

QJsonObject catalogItemToJson(const CatalogItem &item)
{
    QJsonObject stamps;
    for (auto it = item.stamps.cbegin(); it != item.stamps.cend(); ++it)
        stamps.insert(it.key(), it.value().toString());
    QJsonObject o{
        {QStringLiteral("type"), catalogTypeToString(item.type)},
        {QStringLiteral("id"), core::uuidToText(item.id)},
        {QStringLiteral("fields"), item.fields},
        {QStringLiteral("stamps"), stamps},
        {QStringLiteral("created_hlc"), item.createdHlc.toString()},
    };
    if (item.type == CatalogType::Product)
        o.insert(QStringLiteral("merged_into"), uuidJson(item.mergedInto));
    if (item.seq > 0)
        o.insert(QStringLiteral("seq"), QString::number(item.seq));
    return o;
}

QJsonObject itemResultToJson(const ItemResult &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id}};
    switch (r.status) {
    case ItemResult::Status::Accepted:
        o.insert(QStringLiteral("status"), QStringLiteral("accepted"));
        o.insert(QStringLiteral("seq"), QString::number(r.seq));
        break;
    case ItemResult::Status::Duplicate:
        o.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        if (r.seq > 0)
            o.insert(QStringLiteral("seq"), QString::number(r.seq));
        break;
    case ItemResult::Status::Rejected:
        o.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        o.insert(QStringLiteral("code"), r.code);
        o.insert(QStringLiteral("message"), r.message);
        break;
    }
    return o;
}

Result<ItemResult> itemResultFromJson(const QJsonObject &o)
{
    ItemResult r;
    r.id = o.value(QLatin1String("id")).toString();
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == u"accepted")
        r.status = ItemResult::Status::Accepted;
    else if (status == u"duplicate")
        r.status = ItemResult::Status::Duplicate;
    else if (status == u"rejected")
        r.status = ItemResult::Status::Rejected;
    else
        return Error{QStringLiteral("invalid_item_result"), QStringLiteral("unknown status %1").arg(status)};
    r.seq = o.value(QLatin1String("seq")).toString().toLongLong();
    r.code = o.value(QLatin1String("code")).toString();
    r.message = o.value(QLatin1String("message")).toString();
    if (r.id.isEmpty())
        return Error{QStringLiteral("invalid_item_result"), QStringLiteral("item result without id")};
    return r;
}

} // namespace depot::sync::protocol
