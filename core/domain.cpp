#include "domain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace depot::core {

namespace {

constexpr std::array<std::pair<MovementKind, const char *>, 8> kKindNames{{
    {MovementKind::Receipt, "RECEIPT"},
    {MovementKind::Issue, "ISSUE"},
    {MovementKind::Adjustment, "ADJUSTMENT"},
    {MovementKind::Loss, "LOSS"},
    {MovementKind::Return, "RETURN"},
    {MovementKind::TransferOut, "TRANSFER_OUT"},
    {MovementKind::TransferIn, "TRANSFER_IN"},
    {MovementKind::Count, "COUNT"},
}};

} // namespace

const char *movementKindText(MovementKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return name;
    }
    return "";
}

QString movementKindToString(MovementKind kind)
{
    const char *text = movementKindText(kind);
    return *text ? QString::fromLatin1(text) : QString();
}

std::optional<MovementKind> movementKindFromString(QStringView text)
{
    for (const auto &[k, name] : kKindNames) {
        if (text == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

bool movementKindDecreases(MovementKind kind)
{
    return kind == MovementKind::Issue || kind == MovementKind::Loss || kind == MovementKind::TransferOut;
}

QString fieldStampsToJson(const FieldStamps &stamps)
{
    QJsonObject object;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
        object.insert(it.key(), it.value().toString());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FieldStamps fieldStampsFromJson(const QString &json)
{
    FieldStamps stamps;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const Hlc hlc = Hlc::fromString(it.value().toString(), &ok);
        if (ok)
            stamps.insert(it.key(), hlc);
    }
    return stamps;
}

QString locationTypeToString(LocationType type)
{
    switch (type) {
    case LocationType::Warehouse:
        return QStringLiteral("WAREHOUSE");
    case LocationType::Shop:
        return QStringLiteral("SHOP");
    case LocationType::Zone:
        return QStringLiteral("ZONE");
    }
    return {};
}

std::optional<LocationType> locationTypeFromString(QStringView text)
{
    if (text.compare(u"WAREHOUSE", Qt::CaseInsensitive) == 0)
        return LocationType::Warehouse;
    if (text.compare(u"SHOP", Qt::CaseInsensitive) == 0)
        return LocationType::Shop;
    if (text.compare(u"ZONE", Qt::CaseInsensitive) == 0)
        return LocationType::Zone;
    return std::nullopt;
}

bool catalogWriteWins(Hlc incoming, const QJsonValue &incomingValue, Hlc stored, const QJsonValue &storedValue)
{
    if (incoming != stored)
        return incoming > stored;
    const auto text = [](const QJsonValue &v) { return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact); };
    return text(incomingValue) > text(storedValue);
}

QString alertKindToString(AlertKind kind)
{
    return kind == AlertKind::LowStock ? QStringLiteral("LOW_STOCK") : QStringLiteral("NEGATIVE_STOCK");
}

} // namespace depot::core
