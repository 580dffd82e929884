#pragma once

#include "core/domain.h"
#include "core/hlc.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace depot::sync::protocol {

/// The protocol version this build speaks; sent in every request (`protocol` field of a push,
/// `X-Depot-Protocol` header of every request). The server refuses others with 426.
constexpr int kProtocolVersion = 1;
constexpr const char *kProtocolHeader = "X-Depot-Protocol";
/// The device wall clock in Unix milliseconds, sent with every request for clock-skew detection.
constexpr const char *kDeviceTimeHeader = "X-Depot-Device-Time";
/// A device whose clock is further than this from the server's is flagged (DESIGN §5).
constexpr qint64 kMaxClockSkewMs = 5 * 60 * 1000;

/// Decodes one movement from its wire form. Strict: every required field present with the right
/// JSON type, ids are UUIDs, quantity a decimal string with at most 3 decimals whose sign matches
/// the kind (ISSUE/LOSS/TRANSFER_OUT negative, RECEIPT/RETURN/TRANSFER_IN positive, ADJUSTMENT
/// non-zero, COUNT >= 0), hlc a decimal string of a non-zero 64-bit value, transfers carry a
/// transfer_id. On failure the error code is `invalid_movement` or `invalid_quantity`.
core::Result<core::Movement> movementFromJson(const QJsonObject &object);

/// One field of a movement as it was on the wire, before validation: absent, null, a string (its
/// text) or another JSON value.
struct WireField
{
    enum class Type {
        Absent,
        Null,
        String,
        Other
    };
    Type type = Type::Absent;
    QString text; ///< the string, when type is String
};

/// The wire fields of one movement, taken out of its JSON object (movementFromJson) or straight out
/// of the request bytes (the server's push decoder); names it does not know are ignored.
struct MovementFields
{
    WireField id, productId, locationId, kind, quantity, unitCost, reason, reference, note, user, device, hlc,
        transferId, reversesId;
    /// The field for a wire name ("product_id"), or nullptr for a name a movement does not have.
    WireField *byName(QAnyStringView name);
};

/// The validation and decoding of movementFromJson, on fields already taken out of the JSON.
core::Result<core::Movement> movementFromFields(const MovementFields &fields);
/// The checks of movementFromJson() that hold whatever the encoding: the sign of the quantity for
/// the kind (and for a reversal), the transfer_id of a transfer.
std::optional<core::Error> checkMovementSign(const core::Movement &movement);
/// The longest reason, reference (200), note (2000), user and device (100) a movement may carry.
qsizetype movementTextMaximum(const char *field);
/// An `invalid_movement` error when `length` is beyond movementTextMaximum(field).
std::optional<core::Error> checkMovementText(const char *field, qsizetype length);
/// The wire form: id, product_id, location_id, kind, quantity, unit_cost ("12.50 EUR" or ""),
/// reason, reference, note, user, device, hlc, transfer_id, reverses_id (null when absent),
/// plus seq when the server has accepted it.
QJsonObject movementToJson(const core::Movement &movement);

/// True when two movements with the same id carry the same payload (what decides between
/// "duplicate" and "conflict" on a re-push). Server-side fields (seq, recorded_at) are ignored.
bool samePayload(const core::Movement &a, const core::Movement &b);

/// The catalog entity kinds that sync field by field.
enum class CatalogType {
    Product,
    Location,
    Supplier
};
QString catalogTypeToString(CatalogType type);
std::optional<CatalogType> catalogTypeFromString(QStringView text);

/// One catalog record on the wire: `{"type","id","fields":{...},"stamps":{"field":"<hlc>"},
/// "created_hlc"}` plus, from the server, `seq` and `merged_into`. Each field present in `fields`
/// must have a stamp; merge is last-writer-wins per field by stamp (DESIGN §3).
struct CatalogItem
{
    CatalogType type = CatalogType::Product;
    QUuid id;
    QJsonObject fields;
    core::FieldStamps stamps;
    core::Hlc createdHlc;
    QUuid mergedInto;
    qint64 seq = 0;
};

/// The fields each catalog type accepts, and their validation. Unknown fields are refused.
QStringList catalogFieldNames(CatalogType type);
/// Validates one field value for a type; returns an error message or an empty string.
QString validateCatalogField(CatalogType type, const QString &field, const QJsonValue &value);

core::Result<CatalogItem> catalogItemFromJson(const QJsonObject &object);
QJsonObject catalogItemToJson(const CatalogItem &item);

/// Per-item outcome of a push.
struct ItemResult
{
    enum class Status {
        Accepted,
        Duplicate,
        Rejected
    };
    QString id;
    Status status = Status::Accepted;
    qint64 seq = 0;
    QString code;    ///< for Rejected
    QString message; ///< for Rejected
};
QJsonObject itemResultToJson(const ItemResult &result);
core::Result<ItemResult> itemResultFromJson(const QJsonObject &object);

/// Parses a decimal 64-bit HLC given as a JSON string (never a JSON number: doubles lose bits).
std::optional<core::Hlc> hlcFromJson(const QJsonValue &value);

} // namespace depot::sync::protocol
