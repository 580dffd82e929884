#include "api.h"
#include "log.h"

#include "core/uuid.h"

#include <QDateTime>

namespace depot::server {

namespace {

QJsonObject tenantWithStats(Services &services, const TenantRecord &t)
{
    QJsonObject o = tenantJson(t);
    o.insert(QStringLiteral("email"), t.email);
    o.insert(QStringLiteral("created_at"),
             QDateTime::fromMSecsSinceEpoch(t.createdAt, Qt::UTC).toString(Qt::ISODateWithMs));
    // Statistics come from each tenant through its own scope: the platform sees no tenant table.
    auto scope = services.store->tenant(t.id, false);
    const Usage u = scope->usage();
    o.insert(QStringLiteral("stats"), QJsonObject{{QStringLiteral("users"), u.users},
                                                  {QStringLiteral("locations"), u.locations},
                                                  {QStringLiteral("products"), u.products},
                                                  {QStringLiteral("devices"), u.devices},
                                                  {QStringLiteral("movements"), u.movements}});
    return o;
}

TenantRecord tenantOrFail(Services &services, const QString &slug)
{
    auto platform = services.store->platform(false);
    const auto t = slug.size() <= 60 ? platform->tenantBySlug(slug) : std::nullopt;
    if (!t)
        fail(404, QStringLiteral("not_found"), QStringLiteral("No such company."));
    return *t;
}

} // namespace

void addAdminRoutes(Router &router, Services &services)
{
    const QString v1 = QStringLiteral("/api/v1");
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/admin/tenants"), Access::Platform, Role::None, false,
                QStringLiteral("All companies with status, plan and statistics (limit, offset)."),
                [&services](Context &ctx) {
                    const int limit = ctx.limit(100);
                    const qint64 offset = ctx.integerParam(QStringLiteral("offset"), 0, 0);
                    QList<TenantRecord> tenants;
                    {
                        auto platform = services.store->platform(false);
                        tenants = platform->tenants(int(std::min<qint64>(offset, INT_MAX)), limit);
                    }
                    QJsonArray items;
                    for (const TenantRecord &t : tenants)
                        items.append(tenantWithStats(services, t));
                    return ok(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("limit"), limit},
                                          {QStringLiteral("offset"), offset}});
                }});
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/admin/tenants/{slug}"), Access::Platform, Role::None,
                false, QStringLiteral("One company with statistics."), [&services](Context &ctx) {
                    return ok(tenantWithStats(services, tenantOrFail(services, ctx.params.value(0))));
                }});
    router.add({QStringLiteral("PATCH"), v1 + QStringLiteral("/admin/tenants/{slug}"), Access::Platform, Role::None,
                true, QStringLiteral("Suspend, reactivate or cancel a company, change its plan or trial end."),
                [&services](Context &ctx) {
                    const QJsonObject body = ctx.body();
                    for (auto it = body.begin(); it != body.end(); ++it) {
                        if (it.key() != u"status" && it.key() != u"plan" && it.key() != u"trial_ends_at")
                            fail(400, QStringLiteral("unknown_field"),
                                 QStringLiteral("The field %1 cannot be set here.").arg(it.key()),
                                 {{QStringLiteral("field"), it.key()}});
                    }
                    if (body.isEmpty())
                        fail(400, QStringLiteral("missing_field"),
                             QStringLiteral("Give status, plan or trial_ends_at."));
                    auto platform = services.store->platform(true);
                    auto tenant = platform->tenantBySlug(ctx.params.value(0).left(60));
                    if (!tenant)
                        fail(404, QStringLiteral("not_found"), QStringLiteral("No such company."));
                    const TenantRecord before = *tenant;
                    if (body.contains(QStringLiteral("status"))) {
                        const QString text = stringField(body, QStringLiteral("status"), true, 20).toUpper();
                        const auto status = tenantStatusFromString(text);
                        if (!status || *status == TenantStatus::Pending || *status == TenantStatus::Trial)
                            fail(400, QStringLiteral("invalid_field"),
                                 QStringLiteral("status must be ACTIVE, SUSPENDED or CANCELLED."),
                                 {{QStringLiteral("field"), QStringLiteral("status")}});
                        if (tenant->status == TenantStatus::Cancelled && *status != TenantStatus::Cancelled)
                            fail(409, QStringLiteral("invalid_transition"),
                                 QStringLiteral("A cancelled company cannot be reactivated."));
                        tenant->status = *status;
                        if (*status == TenantStatus::Active)
                            tenant->trialEndsAt = 0;
                    }
                    if (body.contains(QStringLiteral("plan"))) {
                        const QString plan = stringField(body, QStringLiteral("plan"), true, 40);
                        if (!planLimits(plan))
                            fail(400, QStringLiteral("invalid_plan"),
                                 QStringLiteral("The plan must be starter, professional or enterprise."),
                                 {{QStringLiteral("field"), QStringLiteral("plan")}});
                        tenant->plan = plan;
                    }
                    if (body.contains(QStringLiteral("trial_ends_at"))) {
                        const QDateTime at = QDateTime::fromString(
                            stringField(body, QStringLiteral("trial_ends_at"), true, 40), Qt::ISODateWithMs);
                        if (!at.isValid())
                            fail(400, QStringLiteral("invalid_field"),
                                 QStringLiteral("trial_ends_at must be an ISO 8601 date-time."),
                                 {{QStringLiteral("field"), QStringLiteral("trial_ends_at")}});
                        if (tenant->status != TenantStatus::Trial)
                            fail(409, QStringLiteral("invalid_transition"),
                                 QStringLiteral("Only a company in trial has a trial end."));
                        tenant->trialEndsAt = at.toMSecsSinceEpoch();
                    }
                    platform->updateTenant(*tenant);
                    {
                        auto scope = platform->tenantInThisTransaction(tenant->id);
                        scope->audit(QStringLiteral("platform:") + ctx.actor(), ctx.request.ip,
                                     QStringLiteral("tenant.updated"), tenant->slug,
                                     {{QStringLiteral("status_before"), tenantStatusToString(before.status)},
                                      {QStringLiteral("status"), tenantStatusToString(tenant->status)},
                                      {QStringLiteral("plan_before"), before.plan},
                                      {QStringLiteral("plan"), tenant->plan}});
                    }
                    platform->commit();
                    return ok(tenantJson(*tenant));
                }});
}

} // namespace depot::server
