#pragma once

#include "hlc.h"
#include "money.h"
#include "quantity.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace depot::core {

/// The kinds of stock movement of DESIGN §3.
enum class MovementKind {
    Receipt,     ///< goods in from a supplier (+)
    Issue,       ///< sale or consumption (-)
    Adjustment,  ///< correction, signed
    Loss,        ///< breakage, theft, expiry (-)
    Return,      ///< customer return into stock (+)
    TransferOut, ///< leaves the source location of a transfer (-)
    TransferIn,  ///< arrives at the destination of a transfer (+)
    Count,       ///< absolute counted quantity
};

/// "RECEIPT", "TRANSFER_OUT", ... as stored and sent on the wire.
QString movementKindToString(MovementKind kind);
/// The same text as a literal (for binding without a copy).
const char *movementKindText(MovementKind kind);
std::optional<MovementKind> movementKindFromString(QStringView text);
/// Whether the user-entered (positive) quantity is stored as a decrease.
bool movementKindDecreases(MovementKind kind);

/// A per-field map of HLC stamps: the HLC of the last write of each field, for LWW merge.
using FieldStamps = QHash<QString, Hlc>;
QString fieldStampsToJson(const FieldStamps &stamps);
FieldStamps fieldStampsFromJson(const QString &json);

enum class LocationType { Warehouse, Shop, Zone };
QString locationTypeToString(LocationType type);
std::optional<LocationType> locationTypeFromString(QStringView text);

struct Location
{
    QUuid id;
    QString code; ///< unique, what clerks type or scan
    QString name;
    LocationType type = LocationType::Warehouse;
    QUuid parentId; ///< null for a top-level location
    bool archived = false;
    FieldStamps stamps;
};

struct Supplier
{
    QUuid id;
    QString name;
    QString email;
    QString phone;
    QString notes;
    bool archived = false;
    FieldStamps stamps;
};

struct Product
{
    QUuid id;
    QString sku;
    QStringList barcodes;
    QString name;
    QString category;
    QString unit = QStringLiteral("pcs");
    Money costPrice;
    Money salePrice;
    std::optional<Quantity> reorderPoint;
    std::optional<Quantity> reorderQuantity;
    QUuid preferredSupplierId;
    bool archived = false;
    QUuid mergedInto; ///< set when the server merged this product into another (SKU collision)
    FieldStamps stamps;
};

/// One line of the append-only movement log. `quantity` is signed as it affects stock
/// (an ISSUE of 3 is stored as -3), except for COUNT where it is the absolute counted quantity.
struct Movement
{
    QUuid id;
    QUuid productId;
    QUuid locationId;
    MovementKind kind = MovementKind::Receipt;
    Quantity quantity;
    Money unitCost;
    QString reason;
    QString reference;
    QString note;
    QString userId;
    QString deviceId;
    Hlc hlc;
    QUuid transferId; ///< pairs TRANSFER_OUT with TRANSFER_IN
    QUuid reversesId; ///< set on a reversing movement: the movement it cancels
    qint64 serverSeq = 0; ///< 0 until the server accepted it
    QDateTime recordedAt;
};

/// The stock of one product at one location.
struct Balance
{
    QUuid productId;
    QUuid locationId;
    QString sku;
    QString productName;
    QString locationCode;
    Quantity quantity;
    std::optional<Quantity> reorderPoint;
};

/// One catalog record as it syncs: field values in their wire form (DESIGN §5) with the HLC of
/// the last write of each field. `entity` is "product", "location" or "supplier".
struct CatalogRecord
{
    QString entity;
    QUuid id;
    QJsonObject fields;
    FieldStamps stamps;
    QUuid mergedInto; ///< products only: set by the server when a SKU collision merged it
};

/// Whether an incoming write of a field beats the stored one: later HLC, then (equal HLCs from two
/// devices) the greater JSON text of the value. The server applies the same rule, so every replica
/// converges on the same value.
bool catalogWriteWins(Hlc incoming, const QJsonValue &incomingValue, Hlc stored, const QJsonValue &storedValue);

enum class AlertKind { LowStock, NegativeStock };
QString alertKindToString(AlertKind kind);

/// A derived alert: computed from balances and the catalog, never stored as truth.
struct Alert
{
    AlertKind kind = AlertKind::LowStock;
    QUuid productId;
    QUuid locationId; ///< null for a low-stock alert on a product stocked nowhere
    QString sku;
    QString productName;
    QString locationCode;
    Quantity quantity;
    std::optional<Quantity> reorderPoint;
    /// An acknowledgement still covers the alert as it is (TenantStore::acknowledgeAlert).
    bool acknowledged = false;
    QString acknowledgedBy; ///< the user of the acknowledgement covering it
    QDateTime acknowledgedAt;
};

} // namespace depot::core

Q_DECLARE_METATYPE(depot::core::Movement)
Q_DECLARE_METATYPE(depot::core::Product)
