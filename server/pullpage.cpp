#include "pullpage.h"

#include "core/uuid.h"
#include "sync/protocol/protocol.h"
#include "sync/protocol/jsonwriter.h"
#include "sync/protocol/pullpage.h"

#include <QCborStreamWriter>
#include <QCborValue>
#include <QJsonDocument>
#include <QSet>

#include <functional>

namespace depot::server {

namespace proto = sync::protocol;
using proto::CatalogItem;
using proto::CatalogType;

namespace {

QUuid uuidField(const CatalogItem &item, const char *field)
{
    const QJsonValue v = item.fields.value(QLatin1String(field));
    return v.isString() ? core::uuidFromText(v.toString()) : QUuid();
}

/// One movement as GET /movements and storedMovementJson() write it.
void appendMovementJson(QByteArray &out, const StoredMovement &s)
{
    sync::protocol::appendMovementJson(out, s.movement, s.pushedBy);
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compactJson(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

void addReferencedCatalog(TenantScope &scope, const QList<StoredMovement> &movements, QList<CatalogItem> &catalog,
                          qint64 since)
{
    QSet<QUuid> present;
    for (const CatalogItem &item : std::as_const(catalog))
        present.insert(item.id);
    QList<CatalogItem> extra[3]; // suppliers, locations, products
    std::function<void(CatalogType, const QUuid &)> need = [&](CatalogType type, const QUuid &id) {
        if (id.isNull() || present.contains(id))
            return;
        present.insert(id);
        const auto item = scope.catalogItem(type, id);
        if (!item || item->seq <= since)
            return;
        // Depth first: what a record points at lands before it.
        if (type == CatalogType::Product) {
            need(CatalogType::Product, item->mergedInto);
            need(CatalogType::Supplier, uuidField(*item, "preferred_supplier_id"));
        } else if (type == CatalogType::Location) {
            need(CatalogType::Location, uuidField(*item, "parent_id"));
        }
        const int bucket = type == CatalogType::Supplier ? 0 : type == CatalogType::Location ? 1 : 2;
        extra[bucket].append(*item);
    };
    for (const CatalogItem &item : std::as_const(catalog)) {
        if (item.type == CatalogType::Product) {
            need(CatalogType::Product, item.mergedInto);
            need(CatalogType::Supplier, uuidField(item, "preferred_supplier_id"));
        } else if (item.type == CatalogType::Location) {
            need(CatalogType::Location, uuidField(item, "parent_id"));
        }
    }
    for (const StoredMovement &s : movements) {
        need(CatalogType::Product, s.movement.productId);
        need(CatalogType::Location, s.movement.locationId);
    }
    // A product merged into another comes after the survivor: a merge gives the loser its new
    // sequence before the survivor is written.
    QList<CatalogItem> ordered;
    QList<CatalogItem> mergedLast;
    const auto place = [&](const CatalogItem &item) {
        (item.type == CatalogType::Product && !item.mergedInto.isNull() ? mergedLast : ordered).append(item);
    };
    for (const auto &bucket : extra) {
        for (const CatalogItem &item : bucket)
            place(item);
    }
    for (const CatalogItem &item : std::as_const(catalog))
        place(item);
    catalog = ordered + mergedLast;
}

QByteArray pullPageJson(const PullPage &page)
{
    QByteArray out;
    out.reserve(page.movements.size() * 450 + 4096);
    out += "{\"success\":true,\"data\":{\"movements\":[";
    for (qsizetype i = 0; i < page.movements.size(); ++i) {
        if (i > 0)
            out += ',';
        appendMovementJson(out, page.movements.at(i));
    }
    out += "],\"catalog\":[";
    for (qsizetype i = 0; i < page.catalog.size(); ++i) {
        if (i > 0)
            out += ',';
        out += compactJson(proto::catalogItemToJson(page.catalog.at(i)));
    }
    out += "],\"memberships\":";
    out += compactJson(page.memberships);
    out += ",\"next\":\"";
    out += QByteArray::number(page.next);
    out += "\",\"has_more\":";
    out += page.hasMore ? "true" : "false";
    out += ",\"last_seq\":\"";
    out += QByteArray::number(page.lastSeq);
    out += "\",\"server_hlc\":\"";
    out += QByteArray::number(page.serverHlc.raw());
    out += "\",\"tenant\":";
    out += compactJson(page.tenant);
    out += ",\"clock_skew\":";
    out += page.clockSkew.isObject() ? compactJson(page.clockSkew.toObject()) : QByteArray("null");
    out += "}}";
    return out;
}

QByteArray pullPageCbor(const PullPage &page)
{
    QByteArray out;
    out.reserve(page.movements.size() * 260 + 4096);
    QCborStreamWriter writer(&out);
    writer.startMap(2);
    writer.append(QLatin1String("success"));
    writer.append(true);
    writer.append(QLatin1String("data"));
    writer.startMap(10);
    writer.append(QLatin1String("movement_columns"));
    const QList<QByteArray> &columns = proto::cborMovementColumns();
    writer.startArray(quint64(columns.size()));
    for (const QByteArray &name : columns)
        writer.appendTextString(name.constData(), name.size());
    writer.endArray();
    writer.append(QLatin1String("movements"));
    writer.startArray(quint64(page.movements.size()));
    for (const StoredMovement &s : page.movements)
        proto::writeCborMovementRow(writer, s.movement, s.pushedBy);
    writer.endArray();
    writer.append(QLatin1String("catalog"));
    writer.startArray(quint64(page.catalog.size()));
    for (const CatalogItem &item : page.catalog)
        QCborValue::fromJsonValue(proto::catalogItemToJson(item)).toCbor(writer);
    writer.endArray();
    writer.append(QLatin1String("memberships"));
    QCborValue::fromJsonValue(page.memberships).toCbor(writer);
    writer.append(QLatin1String("next"));
    writer.append(qint64(page.next));
    writer.append(QLatin1String("has_more"));
    writer.append(page.hasMore);
    writer.append(QLatin1String("last_seq"));
    writer.append(qint64(page.lastSeq));
    writer.append(QLatin1String("server_hlc"));
    writer.append(quint64(page.serverHlc.raw()));
    writer.append(QLatin1String("tenant"));
    QCborValue::fromJsonValue(page.tenant).toCbor(writer);
    writer.append(QLatin1String("clock_skew"));
    if (page.clockSkew.isObject())
        QCborValue::fromJsonValue(page.clockSkew).toCbor(writer);
    else
        writer.append(nullptr);
    writer.endMap();
    writer.endMap();
    return out;
}

} // namespace depot::server
