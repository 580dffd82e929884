#include "pullpage.h"

#include "core/uuid.h"
#include "sync/protocol/protocol.h"

#include <QJsonObject>
#include <QSet>

#include <functional>

namespace depot::server {

namespace proto = sync::protocol;
using proto::CatalogType;

void addReferencedCatalog(TenantScope &scope, const QJsonArray &movements, QJsonArray &catalog, qint64 since)
{
    QSet<QString> present;
    for (const QJsonValue &v : std::as_const(catalog))
        present.insert(v.toObject().value(QStringLiteral("id")).toString());
    QList<QJsonObject> extra[3]; // suppliers, locations, products
    std::function<void(CatalogType, const QJsonValue &)> need = [&](CatalogType type, const QJsonValue &value) {
        const QString id = value.toString();
        if (id.isEmpty() || present.contains(id))
            return;
        present.insert(id);
        const auto item = scope.catalogItem(type, core::uuidFromText(id));
        if (!item || item->seq <= since)
            return;
        // Depth first: what a record points at lands before it.
        if (type == CatalogType::Product) {
            if (!item->mergedInto.isNull())
                need(CatalogType::Product, core::uuidToText(item->mergedInto));
            need(CatalogType::Supplier, item->fields.value(QStringLiteral("preferred_supplier_id")));
        } else if (type == CatalogType::Location) {
            need(CatalogType::Location, item->fields.value(QStringLiteral("parent_id")));
        }
        const int bucket = type == CatalogType::Supplier ? 0 : type == CatalogType::Location ? 1 : 2;
        extra[bucket].append(proto::catalogItemToJson(*item));
    };
    for (const QJsonValue &v : std::as_const(catalog)) {
        const QJsonObject o = v.toObject();
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == u"product") {
            need(CatalogType::Product, o.value(QStringLiteral("merged_into")));
            need(CatalogType::Supplier, fields.value(QStringLiteral("preferred_supplier_id")));
        } else if (type == u"location") {
            need(CatalogType::Location, fields.value(QStringLiteral("parent_id")));
        }
    }
    for (const QJsonValue &v : movements) {
        const QJsonObject m = v.toObject();
        need(CatalogType::Product, m.value(QStringLiteral("product_id")));
        need(CatalogType::Location, m.value(QStringLiteral("location_id")));
    }
    // A product merged into another comes after the survivor: a merge gives the loser its new
    // sequence before the survivor is written.
    QJsonArray ordered;
    QJsonArray mergedLast;
    const auto place = [&](const QJsonObject &o) {
        (o.value(QStringLiteral("merged_into")).isString() ? mergedLast : ordered).append(o);
    };
    for (const auto &bucket : extra) {
        for (const QJsonObject &o : bucket)
            place(o);
    }
    for (const QJsonValue &v : std::as_const(catalog))
        place(v.toObject());
    for (const QJsonValue &v : std::as_const(mergedLast))
        ordered.append(v);
    catalog = ordered;
}

} // namespace depot::server
