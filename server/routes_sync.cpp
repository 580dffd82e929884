#include "api.h"
#include "log.h"
#include "movementbatch.h"
#include "pullpage.h"
#include "pushdecoder.h"

#include "sync/protocol/jsonwriter.h"
#include "sync/protocol/pullpage.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

namespace depot::server {

void enforcePlanLimitFor(TenantScope &scope, const QString &plan, const QString &resource, qint64 used);

namespace proto = sync::protocol;
using proto::appendJsonString;
using proto::CatalogItem;
using proto::CatalogType;
using proto::ItemResult;

namespace {

ItemResult rejected(const QString &id, const QString &code, const QString &message)
{
    ItemResult r;
    r.id = id;
    r.status = ItemResult::Status::Rejected;
    r.code = code;
    r.message = message;
    return r;
}

/// The deterministic total order of two writes of one field: HLC, then the value's JSON text.
bool wins(core::Hlc incoming, const QJsonValue &incomingValue, core::Hlc stored, const QJsonValue &storedValue)
{
    if (incoming != stored)
        return incoming > stored;
    const auto text = [](const QJsonValue &v) { return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact); };
    return text(incomingValue) > text(storedValue);
}

/// Applies one pushed catalog item under the tenant lock. `last` is the tenant sequence.
ItemResult applyCatalog(Context &ctx, TenantScope &scope, const CatalogItem &incoming, qint64 &last, Usage &usage,
                        const QSet<QPair<int, QUuid>> &inBatch)
{
    const QString id = core::uuidToText(incoming.id);
    // A reference names a record of this company, existing or pushed in the same batch (offline, a
    // product may point at a supplier created after it): never a record of another company.
    const auto reference = [&](CatalogType owner, const QString &field, CatalogType target) -> QString {
        const QJsonValue v = incoming.fields.value(field);
        if (incoming.type != owner || !v.isString())
            return QString();
        const QUuid ref = core::uuidFromText(v.toString());
        if (inBatch.contains({int(target), ref}) || (!ref.isNull() && scope.catalogItem(target, ref)))
            return QString();
        return field;
    };
    for (const QString &bad :
         {reference(CatalogType::Product, QStringLiteral("preferred_supplier_id"), CatalogType::Supplier),
          reference(CatalogType::Location, QStringLiteral("parent_id"), CatalogType::Location)}) {
        if (!bad.isEmpty())
            return rejected(id, QStringLiteral("invalid_reference"),
                            QStringLiteral("The %1 does not exist in this company.").arg(bad));
    }
    auto existing = scope.catalogItem(incoming.type, incoming.id);
    const QString plan = ctx.tenantRecord->plan;
    const auto limits = planLimits(plan).value_or(PlanLimits{});
    if (!existing) {
        CatalogItem item = incoming;
        if (item.type == CatalogType::Product) {
            if (!item.fields.contains(QStringLiteral("sku")) || !item.fields.contains(QStringLiteral("name")))
                return rejected(id, QStringLiteral("invalid_catalog_item"),
                                QStringLiteral("A new product needs sku and name."));
            const auto other = scope.productBySku(item.fields.value(QStringLiteral("sku")).toString());
            if (other) {
                // Two devices created the same SKU: the earliest-created (HLC, then id) survives.
                const bool incomingFirst =
                    std::pair(item.createdHlc, item.id.toString()) < std::pair(other->createdHlc, other->id.toString());
                if (incomingFirst) {
                    CatalogItem loser = *other;
                    loser.mergedInto = item.id;
                    loser.seq = ++last;
                    scope.updateCatalogItem(loser);
                } else {
                    item.mergedInto = other->id;
                }
            } else {
                if (limits.products >= 0 && usage.products >= limits.products)
                    return rejected(id, QStringLiteral("plan_limit_products"),
                                    QStringLiteral("Your %1 plan allows %2 products.").arg(plan).arg(limits.products));
                ++usage.products;
            }
        } else if (item.type == CatalogType::Location) {
            if (!item.fields.contains(QStringLiteral("code")) || !item.fields.contains(QStringLiteral("name")))
                return rejected(id, QStringLiteral("invalid_catalog_item"),
                                QStringLiteral("A new location needs code and name."));
            if (scope.locationByCode(item.fields.value(QStringLiteral("code")).toString()))
                return rejected(id, QStringLiteral("code_taken"),
                                QStringLiteral("Another location already has this code."));
            if (limits.locations >= 0 && usage.locations >= limits.locations)
                return rejected(id, QStringLiteral("plan_limit_locations"),
                                QStringLiteral("Your %1 plan allows %2 locations.").arg(plan).arg(limits.locations));
            ++usage.locations;
        } else if (!item.fields.contains(QStringLiteral("name"))) {
            return rejected(id, QStringLiteral("invalid_catalog_item"), QStringLiteral("A new supplier needs a name."));
        }
        item.seq = ++last;
        scope.insertCatalogItem(item);
        ItemResult r;
        r.id = id;
        r.seq = item.seq;
        return r;
    }
    // Last writer wins, field by field.
    CatalogItem merged = *existing;
    bool changed = false;
    for (auto it = incoming.fields.begin(); it != incoming.fields.end(); ++it) {
        const core::Hlc stamp = incoming.stamps.value(it.key());
        const bool hasStored = merged.stamps.contains(it.key());
        if (!hasStored || wins(stamp, it.value(), merged.stamps.value(it.key()), merged.fields.value(it.key()))) {
            if (merged.fields.value(it.key()) != it.value() || merged.stamps.value(it.key()) != stamp) {
                merged.fields.insert(it.key(), it.value());
                merged.stamps.insert(it.key(), stamp);
                changed = true;
            }
        }
    }
    if (!changed) {
        ItemResult r;
        r.id = id;
        r.status = ItemResult::Status::Duplicate;
        r.seq = existing->seq;
        return r;
    }
    if (merged.type == CatalogType::Product && merged.mergedInto.isNull()
        && merged.fields.value(QStringLiteral("sku")) != existing->fields.value(QStringLiteral("sku"))) {
        const auto other = scope.productBySku(merged.fields.value(QStringLiteral("sku")).toString());
        if (other && other->id != merged.id)
            return rejected(id, QStringLiteral("sku_taken"), QStringLiteral("Another product already has this SKU."));
    }
    if (merged.type == CatalogType::Location
        && merged.fields.value(QStringLiteral("code")) != existing->fields.value(QStringLiteral("code"))) {
        const auto other = scope.locationByCode(merged.fields.value(QStringLiteral("code")).toString());
        if (other && other->id != merged.id)
            return rejected(id, QStringLiteral("code_taken"),
                            QStringLiteral("Another location already has this code."));
    }
    merged.seq = ++last;
    scope.updateCatalogItem(merged);
    ItemResult r;
    r.id = id;
    r.seq = merged.seq;
    return r;
}

/// The most a pull page carries, when --max-page is lower. Each page costs the client one local
/// transaction (a durable commit, every touched index page written once) and the server one round
/// of queries, so an initial sync of a million movements wants few large pages (depot-bench-sync:
/// pages of 20,000 cost the client 13% less CPU than pages of 5,000); 20,000 movements are about
/// 7.5 MB of JSON.
constexpr int kMaxPullPage = 20000;

/// The device clock (X-Depot-Device-Time) against ours, for requests that do not store it.
QJsonValue clockSkewJson(const Context &ctx)
{
    bool ok = false;
    const qint64 deviceMs = ctx.request.headers.value("x-depot-device-time").toLongLong(&ok);
    if (!ok)
        return QJsonValue();
    const qint64 skew = deviceMs - QDateTime::currentMSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("flagged"), std::abs(skew) > proto::kMaxClockSkewMs},
                       {QStringLiteral("skew_ms"), skew}};
}

/// The movements of a push, parsed, validated and encoded for the store: done by the route's
/// prepare step before the transaction (so neither the tenant lock nor SQLite's write lock is held
/// meanwhile), or by the handler when that step could not run.
struct PushMovements
{
    QString device;                   ///< the device the movements are attributed to
    QList<ItemResult> results;        ///< one per pushed movement; set now for the invalid ones
    QList<core::Movement> candidates; ///< the valid ones, in push order
    QList<qsizetype> positions;       ///< each candidate's index in the pushed array
    MovementBatch batch;              ///< the candidates, encoded
    bool outsideBody = false;         ///< decoded from the bytes: the body object has no movements
};

/// Validates and encodes `count` movements; `decode(i, &rawId)` gives the i-th one (or its error)
/// and the id to report if it is refused.
template<typename Decode>
std::shared_ptr<PushMovements> encodeMovements(qsizetype count, Decode &&decode, const QString &attributedDevice,
                                               const QUuid &pushedBy, Backend backend)
{
    auto out = std::shared_ptr<PushMovements>(new PushMovements{attributedDevice, {}, {}, {}, MovementBatch(backend)});
    out->results.resize(count);
    out->candidates.reserve(count);
    out->positions.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        QString rawId;
        auto m = decode(i, &rawId);
        if (!m.ok()) {
            out->results[i] = rejected(rawId.left(64), m.error().code, m.error().message);
            continue;
        }
        // The device comes from the access token, never from the body (clients record their own
        // device id, so replicas still converge). `user` stays the author the device recorded: on
        // a shared device one person may send another's offline work, which the server cannot
        // verify; who sent it is pushed_by, from the token.
        m->deviceId = attributedDevice;
        out->batch.add(*m, pushedBy);
        out->candidates << std::move(*m);
        out->positions << i;
    }
    return out;
}

/// The movements of a parsed body (the `movements` array of its JSON object).
std::shared_ptr<PushMovements> parseMovements(const QJsonArray &movements, const QString &attributedDevice,
                                              const QUuid &pushedBy, Backend backend)
{
    const auto decode = [&](qsizetype i, QString *rawId) {
        const QJsonValue value = movements.at(i);
        *rawId = value.toObject().value(QStringLiteral("id")).toString();
        return value.isObject()
                   ? proto::movementFromJson(value.toObject())
                   : core::Result<core::Movement>(core::Error{QStringLiteral("invalid_movement"),
                                                              QStringLiteral("A movement must be an object.")});
    };
    return encodeMovements(movements.size(), decode, attributedDevice, pushedBy, backend);
}

/// The movements the push decoder took straight from the request bytes.
std::shared_ptr<PushMovements> parseMovements(const QList<proto::MovementFields> &movements,
                                              const QString &attributedDevice, const QUuid &pushedBy, Backend backend)
{
    const auto decode = [&](qsizetype i, QString *rawId) {
        const proto::WireField &id = movements.at(i).id;
        if (id.type == proto::WireField::Type::String)
            *rawId = id.text;
        return proto::movementFromFields(movements.at(i));
    };
    return encodeMovements(movements.size(), decode, attributedDevice, pushedBy, backend);
}

/// The push's prepare step (before the transaction): the body, then its movements parsed,
/// validated and encoded. The usual body is taken apart by decodePushBody; any other goes through
/// QJsonDocument. Refuses nothing: the handler does, in its order.
void preparePush(Context &ctx, Services &services)
{
    const auto attributed = [&](const QJsonObject &body) {
        const QString device = stringField(body, QStringLiteral("device"), true, 100);
        return ctx.claims->deviceId.isEmpty() ? device : ctx.claims->deviceId;
    };
    const auto fitsBatch = [&](qsizetype movements, const QJsonObject &body) {
        return movements + body.value(QStringLiteral("catalog")).toArray().size() <= services.config.maxBatch;
    };
    const Backend backend = services.store->backend();
    if (auto decoded = decodePushBody(ctx.request.body)) {
        if (fitsBatch(decoded->movements.size(), decoded->rest)) {
            auto pushed = parseMovements(decoded->movements, attributed(decoded->rest), ctx.claims->userId, backend);
            // The body the handler reads has no movements member: they are only in PushMovements.
            pushed->outsideBody = true;
            ctx.prepared = pushed; // first: should this throw, the handler parses the whole body itself
            ctx.setBody(std::move(decoded->rest));
        }
        return; // too large: the handler refuses it (413) from the body alone
    }
    ctx.preparseBody();
    const QJsonObject body = ctx.body();
    const QJsonValue movements = body.value(QStringLiteral("movements"));
    if (movements.isArray() && fitsBatch(movements.toArray().size(), body))
        ctx.prepared = parseMovements(movements.toArray(), attributed(body), ctx.claims->userId, backend);
}

/// One movement result in the wire form of proto::itemResultToJson, written directly: a push of
/// 1,000 movements answers 1,000 of them, and a QJsonObject each cost more than the insert.
void appendItemResult(QByteArray &out, const ItemResult &r)
{
    out += "{\"id\":";
    appendJsonString(out, r.id);
    switch (r.status) {
    case ItemResult::Status::Accepted:
        out += ",\"status\":\"accepted\",\"seq\":\"";
        out += QByteArray::number(r.seq);
        out += '"';
        break;
    case ItemResult::Status::Duplicate:
        out += ",\"status\":\"duplicate\"";
        if (r.seq > 0) {
            out += ",\"seq\":\"";
            out += QByteArray::number(r.seq);
            out += '"';
        }
        break;
    case ItemResult::Status::Rejected:
        out += ",\"status\":\"rejected\",\"code\":";
        appendJsonString(out, r.code);
        out += ",\"message\":";
        appendJsonString(out, r.message);
        break;
    }
    out += '}';
}

} // namespace

void addSyncRoutes(Router &router, Services &services)
{
    const QString v1 = QStringLiteral("/api/v1");

    router.add(
        {QStringLiteral("POST"),
         v1 + QStringLiteral("/sync/push"),
         Access::Tenant,
         Role::Clerk,
         true,
         QStringLiteral("Push a batch of movements and catalog changes; one result per item."),
         [&services](Context &ctx) {
             QElapsedTimer timer;
             timer.start();
             const QJsonObject body = ctx.body();
             const qint64 parsedNs = timer.nsecsElapsed();
             const QJsonValue protocol = body.value(QStringLiteral("protocol"));
             if (!protocol.isDouble())
                 fail(400, QStringLiteral("missing_field"), QStringLiteral("The field protocol is required."),
                      {{QStringLiteral("field"), QStringLiteral("protocol")}});
             if (protocol.toDouble() != services.protocolVersion())
                 fail(426, QStringLiteral("unsupported_protocol"),
                      QStringLiteral("This server speaks sync protocol %1. Update the Depot application.")
                          .arg(services.protocolVersion()),
                      {{QStringLiteral("supported"), services.protocolVersion()}});
             const QString device = stringField(body, QStringLiteral("device"), true, 100);
             if (!ctx.claims->deviceId.isEmpty() && device != ctx.claims->deviceId)
                 fail(400, QStringLiteral("device_mismatch"),
                      QStringLiteral("The device does not match the signed-in device."));
             const auto deviceHlc = proto::hlcFromJson(body.value(QStringLiteral("hlc")));
             if (!deviceHlc)
                 fail(400, QStringLiteral("invalid_field"),
                      QStringLiteral("hlc must be the decimal string of the device HLC."),
                      {{QStringLiteral("field"), QStringLiteral("hlc")}});
             const QJsonValue movementsValue = body.value(QStringLiteral("movements"));
             const QJsonValue catalogValue = body.value(QStringLiteral("catalog"));
             if ((!movementsValue.isUndefined() && !movementsValue.isArray())
                 || (!catalogValue.isUndefined() && !catalogValue.isArray()))
                 fail(400, QStringLiteral("invalid_field"), QStringLiteral("movements and catalog must be arrays."));
             std::shared_ptr<PushMovements> pushed;
             if (const auto *prepared = std::any_cast<std::shared_ptr<PushMovements>>(&ctx.prepared))
                 pushed = *prepared;
             const QJsonArray movements = movementsValue.toArray();
             const QJsonArray catalog = catalogValue.toArray();
             const qsizetype movementCount = pushed && pushed->outsideBody ? pushed->results.size() : movements.size();
             if (movementCount + catalog.size() > services.config.maxBatch)
                 fail(413, QStringLiteral("batch_too_large"),
                      QStringLiteral("A push carries at most %1 items; split the batch.").arg(services.config.maxBatch),
                      {{QStringLiteral("max_batch"), services.config.maxBatch}});

             // Clock skew: the device wall clock (header, else the physical part of its HLC) against ours.
             const qint64 now = QDateTime::currentMSecsSinceEpoch();
             bool timeOk = false;
             qint64 deviceMs = ctx.request.headers.value("x-depot-device-time").toLongLong(&timeOk);
             if (!timeOk)
                 deviceMs = deviceHlc->physicalMs();
             const qint64 skew = deviceMs - now;
             const bool skewed = std::abs(skew) > proto::kMaxClockSkewMs;
             if (!skewed)
                 services.clock.observe(*deviceHlc);

             const QString actor = ctx.actor();
             const QString attributedDevice = ctx.claims->deviceId.isEmpty() ? device : ctx.claims->deviceId;
             // Movements: parsed, validated and encoded before the transaction by the prepare step
             // (preparePush), unless it could not run. It read the same claims and body: same device.
             if (pushed && pushed->device != attributedDevice)
                 throw core::RuntimeError(QStringLiteral("internal_error"),
                                          QStringLiteral("push prepared for another device"));
             if (!pushed)
                 pushed = parseMovements(movements, attributedDevice, ctx.claims->userId, services.store->backend());
             QList<ItemResult> &results = pushed->results;
             TenantScope &scope = ctx.tenant();
             const bool mayEditCatalog = int(ctx.role) >= int(Role::Manager);
             // The movements already stored are looked up before the lock (on PostgreSQL the lock
             // serialises the tenant's pushes, and this is the costliest of their checks). A push
             // of the same ids that commits in between is caught by the insert, which skips the
             // ids it finds stored: the checks are then made again under the lock.
             QHash<QUuid, StoredMovement> stored = scope.movementsByIds(pushed->batch);
             const qint64 beforeLockNs = timer.nsecsElapsed();
             qint64 last = scope.lock();
             const qint64 first = last;
             const qint64 lockedNs = timer.nsecsElapsed();
             Usage usage;
             if (!catalog.isEmpty() && mayEditCatalog)
                 usage = scope.limitUsage(); // only catalog items count against limits

             QSet<QPair<int, QUuid>> catalogInBatch;
             for (const QJsonValue &value : catalog) {
                 const auto type =
                     proto::catalogTypeFromString(value.toObject().value(QStringLiteral("type")).toString());
                 const QUuid itemId = core::uuidFromText(value.toObject().value(QStringLiteral("id")).toString());
                 if (type && !itemId.isNull())
                     catalogInBatch.insert({int(*type), itemId});
             }
             QJsonArray catalogResults;
             for (const QJsonValue &value : catalog) {
                 const QString rawId = value.toObject().value(QStringLiteral("id")).toString().left(64);
                 if (!value.isObject()) {
                     catalogResults.append(
                         proto::itemResultToJson(rejected(QString(), QStringLiteral("invalid_catalog_item"),
                                                          QStringLiteral("An item must be an object."))));
                     continue;
                 }
                 auto item = proto::catalogItemFromJson(value.toObject());
                 if (!item.ok()) {
                     catalogResults.append(
                         proto::itemResultToJson(rejected(rawId, item.error().code, item.error().message)));
                     continue;
                 }
                 if (!mayEditCatalog) {
                     catalogResults.append(proto::itemResultToJson(rejected(
                         rawId, QStringLiteral("forbidden"), QStringLiteral("Your role cannot change the catalog."))));
                     continue;
                 }
                 catalogResults.append(
                     proto::itemResultToJson(applyCatalog(ctx, scope, *item, last, usage, catalogInBatch)));
             }

             const auto [knownProducts, knownLocations] = scope.existingProductsAndLocations(pushed->batch);
             const QList<ItemResult> parsedResults = results;
             QList<qint64> seqs;
             // Decides each candidate's result and seq against `stored`, numbering from `last`.
             const auto decide = [&] {
                 results = parsedResults;
                 seqs.fill(0, pushed->candidates.size());
                 QHash<QUuid, qsizetype> inBatch; // id -> the candidate accepted earlier in this batch
                 for (qsizetype c = 0; c < pushed->candidates.size(); ++c) {
                     const core::Movement &m = pushed->candidates.at(c);
                     ItemResult &result = results[pushed->positions.at(c)];
                     const QString id = core::uuidToText(m.id);
                     const core::Movement *previous = nullptr;
                     qint64 previousSeq = 0;
                     if (auto it = stored.find(m.id); it != stored.end()) {
                         previous = &it->movement;
                         previousSeq = previous->serverSeq;
                     } else if (auto jt = inBatch.find(m.id); jt != inBatch.end()) {
                         previous = &pushed->candidates.at(*jt);
                         previousSeq = seqs.at(*jt);
                     }
                     if (previous) {
                         // The device is set by the server, so it is not part of the comparison.
                         core::Movement resent = m;
                         resent.deviceId = previous->deviceId;
                         if (proto::samePayload(*previous, resent)) {
                             result.id = id;
                             result.status = ItemResult::Status::Duplicate;
                             result.seq = previousSeq;
                         } else {
                             result =
                                 rejected(id, QStringLiteral("conflict"),
                                          QStringLiteral("A different movement with this id was already accepted."));
                         }
                         continue;
                     }
                     if (!knownProducts.contains(m.productId)) {
                         result = rejected(id, QStringLiteral("unknown_product"),
                                           QStringLiteral("The product does not exist."));
                         continue;
                     }
                     if (!knownLocations.contains(m.locationId)) {
                         result = rejected(id, QStringLiteral("unknown_location"),
                                           QStringLiteral("The location does not exist."));
                         continue;
                     }
                     seqs[c] = ++last;
                     result.id = id;
                     result.status = ItemResult::Status::Accepted;
                     result.seq = seqs.at(c);
                     inBatch.insert(m.id, c);
                 }
             };
             const qint64 catalogLast = last;
             decide();
             const qint64 checkedNs = timer.nsecsElapsed();
             // On SQLite the push holds the write lock from its first statement: no push can
             // commit in between, and a failed insert throws.
             constexpr auto kBeforeInsert = "before_movements";
             const bool postgres = services.store->backend() == Backend::Postgres;
             if (postgres)
                 scope.savepoint(kBeforeInsert);
             if (!scope.insertMovements(pushed->batch, seqs, now)) {
                 Q_ASSERT(postgres);
                 // Another push of some of these ids committed between the lookup and the lock.
                 qCInfo(lcSync) << "a concurrent push stored some of the same movements: checked again";
                 scope.rollbackToSavepoint(kBeforeInsert);
                 stored = scope.movementsByIds(pushed->batch);
                 last = catalogLast;
                 decide();
                 if (!scope.insertMovements(pushed->batch, seqs, now))
                     throw core::RuntimeError(QStringLiteral("database_error"),
                                              QStringLiteral("movements changed under the tenant lock"));
             }
             const qint64 insertedNs = timer.nsecsElapsed();
             if (last != first)
                 scope.setLastSeq(last);
             if (!ctx.claims->deviceId.isEmpty())
                 scope.touchDevice(ctx.claims->deviceId, now, ctx.request.ip, skew);
             int accepted = 0;
             int duplicates = 0;
             int rejectedCount = 0;
             for (const ItemResult &r : std::as_const(results)) {
                 accepted += r.status == ItemResult::Status::Accepted;
                 duplicates += r.status == ItemResult::Status::Duplicate;
                 rejectedCount += r.status == ItemResult::Status::Rejected;
             }
             if (last != first || rejectedCount > 0)
                 scope.audit(actor, ctx.request.ip, QStringLiteral("sync.push"), device,
                             {{QStringLiteral("movements_accepted"), accepted},
                              {QStringLiteral("movements_duplicate"), duplicates},
                              {QStringLiteral("movements_rejected"), rejectedCount},
                              {QStringLiteral("catalog_items"), catalog.size()},
                              {QStringLiteral("clock_skew_ms"), skew}});
             // The answer is built after the commit: the lock is not held for it.
             ctx.commit();
             const qint64 committedNs = timer.nsecsElapsed();
             if (accepted > 0)
                 services.metrics.addMovements(core::uuidToText(scope.tenantId()), accepted);
             HttpResponse response;
             QByteArray &out = response.body;
             out.reserve(64 + results.size() * 64);
             out += "{\"success\":true,\"data\":{\"movements\":[";
             for (qsizetype i = 0; i < results.size(); ++i) {
                 if (i)
                     out += ',';
                 appendItemResult(out, results.at(i));
             }
             out += "],\"catalog\":";
             out += QJsonDocument(catalogResults).toJson(QJsonDocument::Compact);
             out += ",\"last_seq\":\"" + QByteArray::number(last) + "\",\"server_hlc\":";
             appendJsonString(out, services.clock.now().toString());
             out += ",\"clock_skew\":{\"flagged\":";
             out += skewed ? "true" : "false";
             out += ",\"skew_ms\":" + QByteArray::number(skew) + "}}}";
             qCDebug(lcSync).noquote() << "push" << movements.size() << "movements: parse" << parsedNs / 1000000.0
                                       << "ms, validate and look up" << (beforeLockNs - parsedNs) / 1000000.0
                                       << "ms, lock wait" << (lockedNs - beforeLockNs) / 1000000.0 << "ms, checks"
                                       << (checkedNs - lockedNs) / 1000000.0 << "ms, insert"
                                       << (insertedNs - checkedNs) / 1000000.0 << "ms, commit"
                                       << (committedNs - insertedNs) / 1000000.0 << "ms";
             return response;
         },
         {},
         [&services](Context &ctx) { preparePush(ctx, services); }});

    router.add(
        {QStringLiteral("GET"),
         v1 + QStringLiteral("/sync/pull"),
         Access::Tenant,
         Role::Viewer,
         false,
         QStringLiteral("Everything after a cursor in sequence order (since, limit), and the next cursor."),
         [&services](Context &ctx) {
             const qint64 since = ctx.integerParam(QStringLiteral("since"), 0, 0);
             const int limit = ctx.limit(services.config.maxPage, std::max(services.config.maxPage, kMaxPullPage));
             TenantScope &scope = ctx.tenant();
             // Everything after the cursor in sequence order: movements, catalog records and
             // memberships each come sorted by sequence, so the page is a merge of the three
             // (no copy of a movement, no per-row object).
             QList<StoredMovement> movements = scope.movementsAfter(since, limit, {}, {});
             QList<CatalogItem> catalog;
             for (CatalogType type : {CatalogType::Product, CatalogType::Location, CatalogType::Supplier})
                 catalog += scope.catalogSince(type, since, limit);
             std::sort(catalog.begin(), catalog.end(),
                       [](const CatalogItem &a, const CatalogItem &b) { return a.seq < b.seq; });
             QList<MembershipRecord> memberships = scope.membershipsSince(since, limit);
             // The `limit` smallest sequences of the three lists.
             qsizetype takenMovements = 0;
             qsizetype takenCatalog = 0;
             qsizetype takenMemberships = 0;
             qint64 next = since;
             const auto seqAt = [](const auto &list, qsizetype i) {
                 return i < list.size() ? list.at(i).seq : std::numeric_limits<qint64>::max();
             };
             const auto movementSeqAt = [&movements](qsizetype i) {
                 return i < movements.size() ? movements.at(i).movement.serverSeq : std::numeric_limits<qint64>::max();
             };
             qsizetype taken = 0;
             for (; taken < limit; ++taken) {
                 const qint64 m = movementSeqAt(takenMovements);
                 const qint64 c = seqAt(catalog, takenCatalog);
                 const qint64 u = seqAt(memberships, takenMemberships);
                 const qint64 smallest = std::min({m, c, u});
                 if (smallest == std::numeric_limits<qint64>::max())
                     break;
                 next = smallest;
                 if (smallest == m)
                     ++takenMovements;
                 else if (smallest == c)
                     ++takenCatalog;
                 else
                     ++takenMemberships;
             }
             const bool hasMore = takenMovements < movements.size() || takenCatalog < catalog.size()
                                  || takenMemberships < memberships.size();
             movements.resize(takenMovements);
             catalog.resize(takenCatalog);
             memberships.resize(takenMemberships);

             PullPage page;
             page.movements = std::move(movements);
             page.catalog = std::move(catalog);
             // Personal details (email, phone, first and last name) only for those who may list the
             // members (GET /users: admin and owner); everybody else gets the display name and role.
             const bool personal = int(ctx.role) >= int(Role::Admin);
             for (const MembershipRecord &m : std::as_const(memberships)) {
                 QJsonObject o{{QStringLiteral("user_id"), core::uuidToText(m.userId)},
                               {QStringLiteral("display_name"),
                                QStringList{m.firstName, m.lastName}.join(QLatin1Char(' ')).trimmed()},
                               {QStringLiteral("role"), m.role},
                               {QStringLiteral("active"), m.active},
                               {QStringLiteral("seq"), QString::number(m.seq)}};
                 if (personal) {
                     o.insert(QStringLiteral("email"), m.email);
                     o.insert(QStringLiteral("phone"), m.phone);
                     o.insert(QStringLiteral("first_name"), m.firstName);
                     o.insert(QStringLiteral("last_name"), m.lastName);
                 }
                 page.memberships.append(o);
             }
             addReferencedCatalog(scope, page.movements, page.catalog, since);
             // A page of exactly `limit` may have more behind it: say so unless we know otherwise.
             page.hasMore = hasMore || taken == limit;
             page.next = next;
             page.lastSeq = page.hasMore ? scope.lock() : next;
             page.serverHlc = services.clock.now();
             page.tenant = tenantJson(*ctx.tenantRecord);
             page.clockSkew = clockSkewJson(ctx);
             HttpResponse response;
             if (ctx.request.headers.value("accept").contains(proto::kCborContentType)) {
                 response.contentType = proto::kCborContentType;
                 response.body = pullPageCbor(page);
             } else {
                 response.body = pullPageJson(page);
             }
             return response;
         },
         {QStringLiteral("since"), QStringLiteral("limit")}});
}

} // namespace depot::server
