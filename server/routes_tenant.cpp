#include "api.h"
#include "log.h"

#include "core/uuid.h"

#include <QDateTime>

namespace depot::server {

void enforcePlanLimitFor(TenantScope &scope, const QString &plan, const QString &resource, qint64 used);

using sync::protocol::CatalogItem;
using sync::protocol::CatalogType;

namespace {

const QString v1 = QStringLiteral("/api/v1");

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject catalogJson(const CatalogItem &item)
{
    QJsonObject o = item.fields;
    o.insert(QStringLiteral("id"), core::uuidToText(item.id));
    if (!o.contains(QStringLiteral("archived")))
        o.insert(QStringLiteral("archived"), false);
    if (item.type == CatalogType::Product)
        o.insert(QStringLiteral("merged_into"),
                 item.mergedInto.isNull() ? QJsonValue() : QJsonValue(core::uuidToText(item.mergedInto)));
    o.insert(QStringLiteral("version"), QString::number(item.seq));
    return o;
}

/// Validates the fields of a REST create/update body. Unknown keys (tenant_id, id, seq, ...) are refused.
QJsonObject catalogFields(CatalogType type, const QJsonObject &body, const QStringList &required)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString message = sync::protocol::validateCatalogField(type, it.key(), it.value());
        if (!message.isEmpty()) {
            const bool unknown = !sync::protocol::catalogFieldNames(type).contains(it.key());
            fail(400, unknown ? QStringLiteral("unknown_field") : QStringLiteral("invalid_field"),
                 unknown ? QStringLiteral("The field %1 cannot be set here.").arg(it.key()) : message,
                 {{QStringLiteral("field"), it.key()}});
        }
    }
    for (const QString &name : required) {
        if (!body.contains(name))
            fail(400, QStringLiteral("missing_field"), QStringLiteral("The field %1 is required.").arg(name),
                 {{QStringLiteral("field"), name}});
    }
    if (body.isEmpty())
        fail(400, QStringLiteral("missing_field"), QStringLiteral("Give at least one field to change."));
    return body;
}

void checkReference(TenantScope &scope, CatalogType type, const QJsonObject &fields, const QString &field)
{
    const QJsonValue v = fields.value(field);
    if (!v.isString())
        return;
    const QUuid id = core::uuidFromText(v.toString());
    if (!scope.catalogItem(type, id))
        fail(400, QStringLiteral("invalid_reference"),
             QStringLiteral("The %1 does not exist in this company.").arg(field), {{QStringLiteral("field"), field}});
}

void addCatalogRoutes(Router &router, Services &services, CatalogType type, const QString &path, bool withItemRoutes)
{
    const QString plural = path.mid(1);
    const QString singular = sync::protocol::catalogTypeToString(type);
    router.add({QStringLiteral("GET"),
                v1 + path,
                Access::Tenant,
                Role::Viewer,
                false,
                QStringLiteral("List %1 (paged: limit, offset, include_archived).").arg(plural),
                [type](Context &ctx) {
                    const int limit = ctx.limit(100);
                    const qint64 offset = ctx.integerParam(QStringLiteral("offset"), 0, 0);
                    const bool archived =
                        ctx.request.query.queryItemValue(QStringLiteral("include_archived")) == u"true";
                    QJsonArray items;
                    for (const CatalogItem &item :
                         ctx.tenant().catalog(type, archived, int(std::min<qint64>(offset, INT_MAX)), limit))
                        items.append(catalogJson(item));
                    return ok(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("limit"), limit},
                                          {QStringLiteral("offset"), offset}});
                },
                {QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("include_archived")}});
    router.add(
        {QStringLiteral("POST"), v1 + path, Access::Tenant, Role::Manager, true,
         QStringLiteral("Create a %1.").arg(singular), [type, singular, &services](Context &ctx) {
             QStringList required;
             if (type == CatalogType::Product)
                 required = {QStringLiteral("sku"), QStringLiteral("name")};
             else if (type == CatalogType::Location)
                 required = {QStringLiteral("code"), QStringLiteral("name")};
             else
                 required = {QStringLiteral("name")};
             QJsonObject fields = catalogFields(type, ctx.body(), required);
             TenantScope &scope = ctx.tenant();
             scope.lock();
             const Usage usage = scope.limitUsage();
             if (type == CatalogType::Product) {
                 enforcePlanLimitFor(scope, ctx.tenantRecord->plan, QStringLiteral("products"), usage.products);
                 if (scope.productBySku(fields.value(QStringLiteral("sku")).toString()))
                     fail(409, QStringLiteral("sku_taken"), QStringLiteral("Another product already has this SKU."),
                          {{QStringLiteral("field"), QStringLiteral("sku")}});
                 checkReference(scope, CatalogType::Supplier, fields, QStringLiteral("preferred_supplier_id"));
             } else if (type == CatalogType::Location) {
                 enforcePlanLimitFor(scope, ctx.tenantRecord->plan, QStringLiteral("locations"), usage.locations);
                 if (scope.locationByCode(fields.value(QStringLiteral("code")).toString()))
                     fail(409, QStringLiteral("code_taken"), QStringLiteral("Another location already has this code."),
                          {{QStringLiteral("field"), QStringLiteral("code")}});
                 if (!fields.contains(QStringLiteral("type")))
                     fields.insert(QStringLiteral("type"), QStringLiteral("WAREHOUSE"));
                 checkReference(scope, CatalogType::Location, fields, QStringLiteral("parent_id"));
             }
             CatalogItem item;
             item.type = type;
             item.id = core::UuidV7::generate();
             item.fields = fields;
             const core::Hlc now = services.clock.now();
             for (auto it = fields.begin(); it != fields.end(); ++it)
                 item.stamps.insert(it.key(), now);
             item.createdHlc = now;
             item.seq = scope.allocate(1);
             scope.insertCatalogItem(item);
             scope.audit(ctx.actor(), ctx.request.ip, singular + QStringLiteral(".created"), core::uuidToText(item.id),
                         fields);
             return ok(catalogJson(item), 201);
         }});
    if (!withItemRoutes)
        return;
    router.add({QStringLiteral("GET"), v1 + path + QStringLiteral("/{id}"), Access::Tenant, Role::Viewer, false,
                QStringLiteral("One %1.").arg(singular), [type](Context &ctx) {
                    const auto item = ctx.tenant().catalogItem(type, ctx.pathUuid(0));
                    if (!item)
                        fail(404, QStringLiteral("not_found"), QStringLiteral("No such record."));
                    return ok(catalogJson(*item));
                }});
    router.add(
        {QStringLiteral("PATCH"), v1 + path + QStringLiteral("/{id}"), Access::Tenant, Role::Manager, true,
         QStringLiteral("Change fields of a %1 (archive with archived: true).").arg(singular),
         [type, singular, &services](Context &ctx) {
             const QUuid id = ctx.pathUuid(0);
             const QJsonObject fields = catalogFields(type, ctx.body(), {});
             TenantScope &scope = ctx.tenant();
             scope.lock();
             auto item = scope.catalogItem(type, id);
             if (!item)
                 fail(404, QStringLiteral("not_found"), QStringLiteral("No such record."));
             if (type == CatalogType::Product && fields.contains(QStringLiteral("sku"))) {
                 const auto other = scope.productBySku(fields.value(QStringLiteral("sku")).toString());
                 if (other && other->id != id)
                     fail(409, QStringLiteral("sku_taken"), QStringLiteral("Another product already has this SKU."),
                          {{QStringLiteral("field"), QStringLiteral("sku")}});
             }
             checkReference(scope, CatalogType::Supplier, fields, QStringLiteral("preferred_supplier_id"));
             checkReference(scope, CatalogType::Location, fields, QStringLiteral("parent_id"));
             if (type == CatalogType::Location && fields.contains(QStringLiteral("code"))) {
                 const auto other = scope.locationByCode(fields.value(QStringLiteral("code")).toString());
                 if (other && other->id != id)
                     fail(409, QStringLiteral("code_taken"), QStringLiteral("Another location already has this code."),
                          {{QStringLiteral("field"), QStringLiteral("code")}});
             }
             const core::Hlc now = services.clock.now();
             for (auto it = fields.begin(); it != fields.end(); ++it) {
                 item->fields.insert(it.key(), it.value());
                 item->stamps.insert(it.key(), now);
             }
             item->seq = scope.allocate(1);
             scope.updateCatalogItem(*item);
             scope.audit(ctx.actor(), ctx.request.ip, singular + QStringLiteral(".updated"), core::uuidToText(id),
                         fields);
             return ok(catalogJson(*item));
         }});
}

/// limit and offset of a list that used to be unpaged: by default a whole page (max-page), so
/// callers that never paged see everything up to it; `has_more` says when there is more.
struct Page
{
    int limit = 0;
    int offset = 0;
    QJsonObject envelope(const QJsonArray &items, bool hasMore) const
    {
        return QJsonObject{{QStringLiteral("items"), items},
                           {QStringLiteral("limit"), limit},
                           {QStringLiteral("offset"), offset},
                           {QStringLiteral("has_more"), hasMore}};
    }
};

Page pageOf(const Context &ctx)
{
    const int limit = ctx.limit(ctx.services.config.maxPage);
    const qint64 offset = ctx.integerParam(QStringLiteral("offset"), 0, 0);
    return Page{limit, int(std::min<qint64>(offset, INT_MAX - limit - 1))};
}

QJsonObject membershipJson(const MembershipRecord &m)
{
    return QJsonObject{{QStringLiteral("id"), core::uuidToText(m.userId)},
                       {QStringLiteral("email"), m.email.isEmpty() ? QJsonValue() : QJsonValue(m.email)},
                       {QStringLiteral("phone"), m.phone.isEmpty() ? QJsonValue() : QJsonValue(m.phone)},
                       {QStringLiteral("first_name"), m.firstName},
                       {QStringLiteral("last_name"), m.lastName},
                       {QStringLiteral("role"), m.role},
                       {QStringLiteral("active"), m.active},
                       {QStringLiteral("created_at"), iso(m.createdAt)}};
}

QJsonObject deviceJson(const DeviceRecord &d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("user_id"), core::uuidToText(d.userId)},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("created_at"), iso(d.createdAt)},
        {QStringLiteral("last_seen_at"), iso(d.lastSeenAt)},
        {QStringLiteral("last_ip"), d.lastIp},
        {QStringLiteral("clock_skew_ms"), d.clockSkewMs},
        {QStringLiteral("clock_skew_flagged"), std::abs(d.clockSkewMs) > sync::protocol::kMaxClockSkewMs},
        {QStringLiteral("revoked"), d.revokedAt > 0}};
}

Role assignableRole(const QJsonObject &body, Role actor)
{
    const QString text = stringField(body, QStringLiteral("role"), true, 20);
    const Role role = roleFromString(text);
    if (role == Role::None)
        fail(400, QStringLiteral("invalid_field"), QStringLiteral("The role must be viewer, clerk, manager or admin."),
             {{QStringLiteral("field"), QStringLiteral("role")}});
    if (role == Role::Owner)
        fail(403, QStringLiteral("forbidden"),
             QStringLiteral("The owner role cannot be given; a company has one owner."));
    if (role == Role::Admin && actor != Role::Owner)
        fail(403, QStringLiteral("forbidden"), QStringLiteral("Only the owner can make someone an admin."));
    return role;
}

/// An admin manages clerks, managers and viewers; the owner also manages admins; nobody edits the owner.
void checkCanManage(const Context &ctx, const MembershipRecord &target)
{
    const Role role = roleFromString(target.role);
    if (role == Role::Owner || (role == Role::Admin && ctx.role != Role::Owner))
        fail(403, QStringLiteral("forbidden"), QStringLiteral("You cannot change this member's access."));
    if (target.userId == ctx.claims->userId)
        fail(403, QStringLiteral("forbidden"), QStringLiteral("You cannot change your own access."));
}

} // namespace

void addTenantRoutes(Router &router, Services &services)
{
    addCatalogRoutes(router, services, CatalogType::Product, QStringLiteral("/products"), true);
    addCatalogRoutes(router, services, CatalogType::Location, QStringLiteral("/locations"), false);
    addCatalogRoutes(router, services, CatalogType::Supplier, QStringLiteral("/suppliers"), false);

    router.add(
        {QStringLiteral("GET"),
         v1 + QStringLiteral("/stock"),
         Access::Tenant,
         Role::Viewer,
         false,
         QStringLiteral("Stock balances per product and location (filters: product_id, location_id; paged: limit, "
                        "offset)."),
         [](Context &ctx) {
             const QUuid product = ctx.uuidParam(QStringLiteral("product_id"));
             const QUuid location = ctx.uuidParam(QStringLiteral("location_id"));
             const Page page = pageOf(ctx);
             TenantScope &scope = ctx.tenant();
             QJsonArray items;
             QHash<QUuid, std::optional<CatalogItem>> products;
             QHash<QUuid, std::optional<CatalogItem>> locations;
             QList<BalanceRow> rows = scope.balances(product, location, page.offset, page.limit + 1);
             const bool hasMore = rows.size() > page.limit;
             if (hasMore)
                 rows.removeLast();
             for (const BalanceRow &row : std::as_const(rows)) {
                 if ((!product.isNull() && row.productId != product)
                     || (!location.isNull() && row.locationId != location))
                     continue;
                 if (!products.contains(row.productId))
                     products.insert(row.productId, scope.catalogItem(CatalogType::Product, row.productId));
                 if (!locations.contains(row.locationId))
                     locations.insert(row.locationId, scope.catalogItem(CatalogType::Location, row.locationId));
                 const auto &p = products.value(row.productId);
                 const auto &l = locations.value(row.locationId);
                 items.append(QJsonObject{
                     {QStringLiteral("product_id"), core::uuidToText(row.productId)},
                     {QStringLiteral("location_id"), core::uuidToText(row.locationId)},
                     {QStringLiteral("sku"), p ? p->fields.value(QStringLiteral("sku")) : QJsonValue()},
                     {QStringLiteral("product_name"), p ? p->fields.value(QStringLiteral("name")) : QJsonValue()},
                     {QStringLiteral("location_code"), l ? l->fields.value(QStringLiteral("code")) : QJsonValue()},
                     {QStringLiteral("quantity"), core::Quantity::fromMilli(row.quantityMilli).toString()}});
             }
             return ok(page.envelope(items, hasMore));
         },
         {QStringLiteral("product_id"), QStringLiteral("location_id"), QStringLiteral("limit"),
          QStringLiteral("offset")}});

    router.add({QStringLiteral("GET"),
                v1 + QStringLiteral("/movements"),
                Access::Tenant,
                Role::Viewer,
                false,
                QStringLiteral("The movement journal in server order (after_seq, limit, product_id, location_id)."),
                [](Context &ctx) {
                    const qint64 after = ctx.integerParam(QStringLiteral("after_seq"), 0, 0);
                    const int limit = ctx.limit(100);
                    const QUuid product = ctx.uuidParam(QStringLiteral("product_id"));
                    const QUuid location = ctx.uuidParam(QStringLiteral("location_id"));
                    QJsonArray items;
                    qint64 next = after;
                    const auto rows = ctx.tenant().movementsAfter(after, limit, product, location);
                    for (const StoredMovement &s : rows) {
                        items.append(storedMovementJson(s));
                        next = s.movement.serverSeq;
                    }
                    return ok(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("limit"), limit},
                                          {QStringLiteral("next_after_seq"), QString::number(next)},
                                          {QStringLiteral("has_more"), rows.size() == limit}});
                },
                {QStringLiteral("after_seq"), QStringLiteral("limit"), QStringLiteral("product_id"),
                 QStringLiteral("location_id")}});

    // ---- users (memberships)
    router.add({QStringLiteral("GET"),
                v1 + QStringLiteral("/users"),
                Access::Tenant,
                Role::Admin,
                false,
                QStringLiteral("The members of the company (paged: limit, offset)."),
                [](Context &ctx) {
                    const Page page = pageOf(ctx);
                    QList<MembershipRecord> rows = ctx.tenant().memberships(page.offset, page.limit + 1);
                    const bool hasMore = rows.size() > page.limit;
                    if (hasMore)
                        rows.removeLast();
                    QJsonArray items;
                    for (const MembershipRecord &m : std::as_const(rows))
                        items.append(membershipJson(m));
                    return ok(page.envelope(items, hasMore));
                },
                {QStringLiteral("limit"), QStringLiteral("offset")}});
    router.add(
        {QStringLiteral("POST"), v1 + QStringLiteral("/users"), Access::Tenant, Role::Admin, true,
         QStringLiteral("Add a member (an existing identity, or a new one with a temporary password)."),
         [&services](Context &ctx) {
             const QJsonObject body = ctx.body();
             const QString emailText = stringField(body, QStringLiteral("email"), false);
             const QString phoneText = stringField(body, QStringLiteral("phone"), false, 30);
             const QString email = emailText.isEmpty() ? QString() : normalizeEmail(emailText);
             const QString phone = phoneText.isEmpty() ? QString() : normalizePhone(phoneText);
             if (!emailText.isEmpty() && email.isEmpty())
                 fail(400, QStringLiteral("invalid_field"), QStringLiteral("The email is not a valid address."),
                      {{QStringLiteral("field"), QStringLiteral("email")}});
             if (!phoneText.isEmpty() && phone.isEmpty())
                 fail(400, QStringLiteral("invalid_field"), QStringLiteral("The phone number is not valid."),
                      {{QStringLiteral("field"), QStringLiteral("phone")}});
             if (email.isEmpty() && phone.isEmpty())
                 fail(400, QStringLiteral("missing_field"), QStringLiteral("Give the member's email or phone number."),
                      {{QStringLiteral("field"), QStringLiteral("email")}});
             const Role role = assignableRole(body, ctx.role);
             const QString firstName = stringField(body, QStringLiteral("first_name"), false, 100);
             const QString lastName = stringField(body, QStringLiteral("last_name"), false, 100);
             QString temporary = stringField(body, QStringLiteral("temporary_password"), false);
             if (!temporary.isEmpty() && !PasswordHasher::weakness(temporary).isEmpty())
                 fail(400, QStringLiteral("weak_password"), PasswordHasher::weakness(temporary),
                      {{QStringLiteral("field"), QStringLiteral("temporary_password")}});
             TenantScope &scope = ctx.tenant();
             PlatformScope &platform = *ctx.platform;
             scope.lock();
             enforcePlanLimitFor(scope, ctx.tenantRecord->plan, QStringLiteral("users"), scope.limitUsage().users);
             std::optional<UserRecord> user = !email.isEmpty() ? platform.userByEmail(email) : std::nullopt;
             if (!user && !phone.isEmpty())
                 user = platform.userByPhone(phone);
             bool generated = false;
             const bool existed = user.has_value();
             // Which identifier found an existing identity: the only one of its details this company was given.
             const bool matchedByEmail = existed && !email.isEmpty() && user->email == email;
             if (user) {
                 if (scope.membership(user->id))
                     fail(409, QStringLiteral("already_member"), QStringLiteral("This person is already a member."));
                 temporary.clear(); // an existing identity keeps its own password
             } else {
                 if (temporary.isEmpty()) {
                     temporary = randomToken(12);
                     generated = true;
                 }
                 const auto hash = services.passwords.hash(temporary);
                 if (!hash.ok())
                     throw core::RuntimeError(hash.error().code, hash.error().message);
                 UserRecord created;
                 created.id = core::UuidV7::generate();
                 created.email = email;
                 created.phone = phone;
                 created.firstName = firstName;
                 created.lastName = lastName;
                 created.passwordHash = *hash;
                 created.mustChangePassword = true;
                 platform.insertUser(created);
                 user = created;
             }
             platform.addTenantCount(user->id, 1);
             MembershipRecord m;
             m.userId = user->id;
             m.role = roleToString(role);
             m.seq = scope.allocate(1);
             m.createdAt = QDateTime::currentMSecsSinceEpoch();
             scope.insertMembership(m);
             scope.audit(ctx.actor(), ctx.request.ip, QStringLiteral("user.added"), core::uuidToText(user->id),
                         {{QStringLiteral("role"), m.role}});
             QJsonObject data = membershipJson(*scope.membership(user->id));
             if (existed) {
                 // The person already had an account (with another company): answer with what this admin
                 // sent, not the phone, email or name that person gave elsewhere.
                 data.insert(QStringLiteral("email"), matchedByEmail ? QJsonValue(email) : QJsonValue());
                 data.insert(QStringLiteral("phone"), matchedByEmail ? QJsonValue() : QJsonValue(phone));
                 data.remove(QStringLiteral("first_name"));
                 data.remove(QStringLiteral("last_name"));
             }
             data.insert(QStringLiteral("existing_account"), existed);
             if (generated)
                 data.insert(QStringLiteral("temporary_password"), temporary);
             return ok(data, 201);
         }});
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/users/{id}"), Access::Tenant, Role::Admin, false,
                QStringLiteral("One member."), [](Context &ctx) {
                    const auto m = ctx.tenant().membership(ctx.pathUuid(0));
                    if (!m)
                        fail(404, QStringLiteral("not_found"), QStringLiteral("No such member."));
                    return ok(membershipJson(*m));
                }});
    router.add(
        {QStringLiteral("PATCH"), v1 + QStringLiteral("/users/{id}"), Access::Tenant, Role::Admin, true,
         QStringLiteral("Change a member's role, deactivate/reactivate, or set a temporary password."),
         [&services](Context &ctx) {
             const QUuid id = ctx.pathUuid(0);
             const QJsonObject body = ctx.body();
             for (auto it = body.begin(); it != body.end(); ++it) {
                 if (it.key() != u"role" && it.key() != u"active" && it.key() != u"temporary_password")
                     fail(400, QStringLiteral("unknown_field"),
                          QStringLiteral("The field %1 cannot be set here.").arg(it.key()),
                          {{QStringLiteral("field"), it.key()}});
             }
             if (body.isEmpty())
                 fail(400, QStringLiteral("missing_field"), QStringLiteral("Give role, active or temporary_password."));
             TenantScope &scope = ctx.tenant();
             scope.lock();
             auto m = scope.membership(id);
             if (!m)
                 fail(404, QStringLiteral("not_found"), QStringLiteral("No such member."));
             checkCanManage(ctx, *m);
             QString role = m->role;
             if (body.contains(QStringLiteral("role")))
                 role = roleToString(assignableRole(body, ctx.role));
             const auto active = boolField(body, QStringLiteral("active"));
             const QString temporary = stringField(body, QStringLiteral("temporary_password"), false);
             const qint64 now = QDateTime::currentMSecsSinceEpoch();
             if (active.value_or(m->active) && !m->active)
                 enforcePlanLimitFor(scope, ctx.tenantRecord->plan, QStringLiteral("users"), scope.limitUsage().users);
             if (!temporary.isEmpty()) {
                 const QString weak = PasswordHasher::weakness(temporary);
                 if (!weak.isEmpty())
                     fail(400, QStringLiteral("weak_password"), weak,
                          {{QStringLiteral("field"), QStringLiteral("temporary_password")}});
                 const auto user = ctx.platform->userById(id);
                 if (!user || user->tenantCount > 1)
                     fail(
                         409, QStringLiteral("user_shared"),
                         QStringLiteral("This person also belongs to another company: they reset their own password."));
                 const auto hash = services.passwords.hash(temporary);
                 if (!hash.ok())
                     throw core::RuntimeError(hash.error().code, hash.error().message);
                 ctx.platform->setPassword(id, *hash, true);
                 scope.revokeUserTokens(id, now);
             }
             const bool nowActive = active.value_or(m->active);
             if (!nowActive)
                 scope.revokeUserTokens(id, now);
             scope.updateMembership(id, role, nowActive, scope.allocate(1));
             scope.audit(ctx.actor(), ctx.request.ip, QStringLiteral("user.updated"), core::uuidToText(id),
                         {{QStringLiteral("role"), role},
                          {QStringLiteral("active"), nowActive},
                          {QStringLiteral("temporary_password_set"), !temporary.isEmpty()}});
             return ok(membershipJson(*scope.membership(id)));
         }});

    // ---- devices
    router.add({QStringLiteral("GET"),
                v1 + QStringLiteral("/devices"),
                Access::Tenant,
                Role::Admin,
                false,
                QStringLiteral("The company's devices, with clock-skew flags (paged: limit, offset)."),
                [](Context &ctx) {
                    const Page page = pageOf(ctx);
                    QList<DeviceRecord> rows = ctx.tenant().devices(page.offset, page.limit + 1);
                    const bool hasMore = rows.size() > page.limit;
                    if (hasMore)
                        rows.removeLast();
                    QJsonArray items;
                    for (const DeviceRecord &d : std::as_const(rows))
                        items.append(deviceJson(d));
                    return ok(page.envelope(items, hasMore));
                },
                {QStringLiteral("limit"), QStringLiteral("offset")}});
    router.add({QStringLiteral("DELETE"), v1 + QStringLiteral("/devices/{id}"), Access::Tenant, Role::Admin, true,
                QStringLiteral("Revoke a device: its tokens stop working."), [](Context &ctx) {
                    const QString id = ctx.params.value(0);
                    TenantScope &scope = ctx.tenant();
                    const auto device = id.size() <= 100 ? scope.device(id) : std::nullopt;
                    if (!device)
                        fail(404, QStringLiteral("not_found"), QStringLiteral("No such device."));
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    scope.revokeDevice(id, now);
                    scope.revokeDeviceTokens(id, now);
                    scope.audit(ctx.actor(), ctx.request.ip, QStringLiteral("device.revoked"), id);
                    return ok(deviceJson(*scope.device(id)));
                }});

    // ---- plan
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/plan"), Access::Tenant, Role::Viewer, false,
                QStringLiteral("The company's plan, limits and usage."), [](Context &ctx) {
                    const Usage u = ctx.tenant().usage();
                    const auto limits = planLimits(ctx.tenantRecord->plan).value_or(PlanLimits{});
                    return ok(QJsonObject{
                        {QStringLiteral("tenant"), tenantJson(*ctx.tenantRecord)},
                        {QStringLiteral("plan"), ctx.tenantRecord->plan},
                        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("users"), limits.users},
                                                               {QStringLiteral("locations"), limits.locations},
                                                               {QStringLiteral("products"), limits.products},
                                                               {QStringLiteral("devices"), limits.devices}}},
                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("users"), u.users},
                                                              {QStringLiteral("locations"), u.locations},
                                                              {QStringLiteral("products"), u.products},
                                                              {QStringLiteral("devices"), u.devices},
                                                              {QStringLiteral("movements"), u.movements}}}});
                }});

    // ---- audit
    router.add({QStringLiteral("GET"),
                v1 + QStringLiteral("/audit"),
                Access::Tenant,
                Role::Admin,
                false,
                QStringLiteral("The append-only audit log, newest first (limit, offset)."),
                [](Context &ctx) {
                    const int limit = ctx.limit(100);
                    const qint64 offset = ctx.integerParam(QStringLiteral("offset"), 0, 0);
                    QJsonArray items;
                    for (const AuditRecord &a : ctx.tenant().auditLog(int(std::min<qint64>(offset, INT_MAX)), limit)) {
                        items.append(QJsonObject{{QStringLiteral("id"), core::uuidToText(a.id)},
                                                 {QStringLiteral("at"), iso(a.at)},
                                                 {QStringLiteral("actor"), a.actor},
                                                 {QStringLiteral("ip"), a.actorIp},
                                                 {QStringLiteral("action"), a.action},
                                                 {QStringLiteral("target"), a.target},
                                                 {QStringLiteral("details"), a.details}});
                    }
                    return ok(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("limit"), limit},
                                          {QStringLiteral("offset"), offset}});
                },
                {QStringLiteral("limit"), QStringLiteral("offset")}});
}

} // namespace depot::server
