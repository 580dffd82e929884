#include "api.h"
#include "log.h"

#include "core/uuid.h"

#include <QDateTime>

namespace depot::server {

namespace {

constexpr qint64 kRefreshLifetimeMs = 30LL * 24 * 3600 * 1000;

QJsonObject userJson(const UserRecord &u)
{
    return QJsonObject{{QStringLiteral("id"), core::uuidToText(u.id)},
                       {QStringLiteral("email"), u.email.isEmpty() ? QJsonValue() : QJsonValue(u.email)},
                       {QStringLiteral("phone"), u.phone.isEmpty() ? QJsonValue() : QJsonValue(u.phone)},
                       {QStringLiteral("first_name"), u.firstName},
                       {QStringLiteral("last_name"), u.lastName},
                       {QStringLiteral("must_change_password"), u.mustChangePassword},
                       {QStringLiteral("platform_admin"), u.platformAdmin}};
}

std::optional<UserRecord> findUser(PlatformScope &platform, const QString &identifier)
{
    if (identifier.contains(QLatin1Char('@'))) {
        const QString email = normalizeEmail(identifier);
        return email.isEmpty() ? std::nullopt : platform.userByEmail(email);
    }
    const QString phone = normalizePhone(identifier);
    return phone.isEmpty() ? std::nullopt : platform.userByPhone(phone);
}

/// Issues an access token and a new refresh token (in `family`, or a new family) inside `scope`.
QJsonObject issueTokens(Services &services, TenantScope &scope, const UserRecord &user, const QString &deviceId,
                        const QUuid &family)
{
    AccessClaims claims;
    claims.userId = user.id;
    claims.tenantId = scope.tenantId();
    claims.deviceId = deviceId;
    claims.mustChangePassword = user.mustChangePassword;
    auto access = services.tokens->issue(claims);
    if (!access.ok())
        throw core::RuntimeError(access.error().code, access.error().message);
    const QString refresh = QStringLiteral("rt1.%1.%2").arg(core::uuidToText(scope.tenantId()), randomToken(32));
    RefreshTokenRecord record;
    record.id = core::UuidV7::generate();
    record.familyId = family.isNull() ? core::UuidV7::generate() : family;
    record.userId = user.id;
    record.deviceId = deviceId;
    record.expiresAt = QDateTime::currentMSecsSinceEpoch() + kRefreshLifetimeMs;
    scope.insertRefreshToken(record, tokenHash(refresh));
    return QJsonObject{{QStringLiteral("access_token"), *access},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), int(services.tokens->accessLifetimeS())},
                       {QStringLiteral("refresh_token"), refresh},
                       {QStringLiteral("must_change_password"), user.mustChangePassword}};
}

QUuid tenantOfRefreshToken(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0) != u"rt1" || parts.at(2).size() < 20 || token.size() > 200)
        return {};
    return core::uuidFromText(parts.at(1));
}

/// True when `record`, already rotated, is being retried because the answer to its rotation was
/// lost (a network drop after the commit): it is the family's latest used token, it was used less
/// than the grace window ago, nothing after it has been used, and the request (if it names a
/// device) comes from its device. Anything else is the reuse of a stolen or stale token.
bool isRetryWithinGrace(TenantScope &scope, const RefreshTokenRecord &record, const QString &claimedDevice, qint64 now,
                        qint64 graceMs)
{
    if (record.revokedAt > 0 || record.usedAt <= 0 || now - record.usedAt > graceMs)
        return false;
    if (!claimedDevice.isEmpty() && claimedDevice != record.deviceId)
        return false;
    bool after = false;
    bool found = false;
    for (const RefreshTokenRecord &t : scope.refreshFamily(record.familyId)) {
        if (t.id == record.id) {
            after = found = true;
            continue;
        }
        if (after && t.usedAt > 0)
            return false; // a successor was used: its holder is somebody else, or the retry is stale
    }
    return found;
}

[[noreturn]] void badCredentials()
{
    fail(401, QStringLiteral("invalid_credentials"), QStringLiteral("The company, identifier or password is wrong."));
}

void enforcePlanLimit(TenantScope &scope, const QString &plan, const QString &resource, qint64 used)
{
    const auto limits = planLimits(plan);
    if (!limits)
        return;
    const int max = resource == u"users"       ? limits->users
                    : resource == u"locations" ? limits->locations
                    : resource == u"products"  ? limits->products
                                               : limits->devices;
    if (max >= 0 && used >= max)
        fail(403, QStringLiteral("plan_limit_") + resource,
             QStringLiteral("Your %1 plan allows %2 %3. Upgrade the plan or archive some first.")
                 .arg(plan)
                 .arg(max)
                 .arg(resource),
             {{QStringLiteral("resource"), resource}, {QStringLiteral("limit"), max}});
}

} // namespace

// Shared with the tenant routes.
void enforcePlanLimitFor(TenantScope &scope, const QString &plan, const QString &resource, qint64 used)
{
    enforcePlanLimit(scope, plan, resource, used);
}

void addAuthRoutes(Router &router, Services &services)
{
    const QString v1 = QStringLiteral("/api/v1");

    // ---- signup
    router.add({QStringLiteral("POST"), v1 + QStringLiteral("/signup"), Access::Public, Role::None, true,
                QStringLiteral("Create a company in TRIAL (14 days) with its owner."), [&services](Context &ctx) {
                    const QString key = QStringLiteral("signup:") + ctx.request.ip;
                    if (const int wait = services.signups.retryAfter(key, services.config.signupsPerIp, 3600))
                        throw ApiError{429,
                                       QStringLiteral("rate_limited"),
                                       QStringLiteral("Too many sign-ups from this address. Retry in %1 s.").arg(wait),
                                       {{QStringLiteral("retry_after"), wait}},
                                       {{"Retry-After", QByteArray::number(wait)}}};
                    const QJsonObject body = ctx.body();
                    const auto terms = boolField(body, QStringLiteral("accept_terms"));
                    NewTenant input;
                    input.name = stringField(body, QStringLiteral("company_name"), true, 100);
                    input.email = stringField(body, QStringLiteral("company_email"), true);
                    input.ownerEmail = stringField(body, QStringLiteral("admin_email"), false);
                    input.ownerPhone = stringField(body, QStringLiteral("admin_phone"), false, 30);
                    if (!body.value(QStringLiteral("admin_password")).isString())
                        fail(400, QStringLiteral("missing_field"),
                             QStringLiteral("The field admin_password is required."),
                             {{QStringLiteral("field"), QStringLiteral("admin_password")}});
                    input.ownerPassword = body.value(QStringLiteral("admin_password")).toString();
                    input.ownerFirstName = stringField(body, QStringLiteral("admin_first_name"), true, 100);
                    input.ownerLastName = stringField(body, QStringLiteral("admin_last_name"), true, 100);
                    input.plan = stringField(body, QStringLiteral("plan"), true, 40);
                    if (!terms.value_or(false))
                        fail(400, QStringLiteral("terms_not_accepted"),
                             QStringLiteral("Accept the terms of service to sign up."),
                             {{QStringLiteral("field"), QStringLiteral("accept_terms")}});
                    input.status = TenantStatus::Trial;
                    input.trialDays = services.config.trialDays;
                    input.ip = ctx.request.ip;
                    services.signups.hit(key, 3600);
                    const CreatedTenant created = createTenant(services, input);
                    return ok(QJsonObject{{QStringLiteral("tenant"), tenantJson(created.tenant)},
                                          {QStringLiteral("user_id"), core::uuidToText(created.ownerId)}},
                              201);
                }});
    router.add(
        {QStringLiteral("GET"), v1 + QStringLiteral("/signup/check-company"), Access::Public, Role::None, false,
         QStringLiteral("Whether a company name is free, and the slug it would get."), [&services](Context &ctx) {
             const QString name =
                 ctx.request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded).trimmed();
             if (name.isEmpty() || name.size() > 100)
                 fail(400, QStringLiteral("invalid_parameter"),
                      QStringLiteral("Give a company name of 1 to 100 characters."),
                      {{QStringLiteral("parameter"), QStringLiteral("name")}});
             auto platform = services.store->platform(false);
             const QString base = slugify(name);
             const bool taken = platform->slugTaken(base);
             QString slug = base;
             for (int n = 2; platform->slugTaken(slug) && n < 1000; ++n)
                 slug = base.left(40 - 1 - int(QString::number(n).size())) + QLatin1Char('-') + QString::number(n);
             return ok(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("available"), !taken},
                                   {QStringLiteral("slug"), slug}});
         }});
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/signup/check-email"), Access::Public, Role::None, false,
                QStringLiteral("Whether an email can still be used to sign up."), [&services](Context &ctx) {
                    const QString email =
                        normalizeEmail(ctx.request.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded));
                    if (email.isEmpty())
                        fail(400, QStringLiteral("invalid_parameter"), QStringLiteral("Give a valid email address."),
                             {{QStringLiteral("parameter"), QStringLiteral("email")}});
                    auto platform = services.store->platform(false);
                    return ok(QJsonObject{{QStringLiteral("email"), email},
                                          {QStringLiteral("available"), !platform->userByEmail(email).has_value()}});
                }});
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/signup/plans"), Access::Public, Role::None, false,
                QStringLiteral("The plans and their limits (-1: unlimited)."), [](Context &) {
                    QJsonArray plans;
                    for (const QString &name : planNames()) {
                        const auto l = *planLimits(name);
                        plans.append(QJsonObject{
                            {QStringLiteral("plan"), name},
                            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("users"), l.users},
                                                                   {QStringLiteral("locations"), l.locations},
                                                                   {QStringLiteral("products"), l.products},
                                                                   {QStringLiteral("devices"), l.devices}}}});
                    }
                    return ok(plans);
                }});

    // ---- login
    router.add(
        {QStringLiteral("POST"), v1 + QStringLiteral("/auth/login"), Access::Public, Role::None, true,
         QStringLiteral("Sign in to a company (or, without tenant, as platform admin)."), [&services](Context &ctx) {
             const QString throttleKey = QStringLiteral("login:") + ctx.request.ip;
             if (const int wait = services.loginFailures.retryAfter(throttleKey, services.config.loginFailuresPerIp,
                                                                    services.config.loginWindowS))
                 throw ApiError{429,
                                QStringLiteral("too_many_attempts"),
                                QStringLiteral("Too many failed sign-ins from this address. Retry in %1 s.").arg(wait),
                                {{QStringLiteral("retry_after"), wait}},
                                {{"Retry-After", QByteArray::number(wait)}}};
             const QJsonObject body = ctx.body();
             const QString slug = stringField(body, QStringLiteral("tenant"), false, 60);
             const QString identifier = stringField(body, QStringLiteral("identifier"), true);
             if (!body.value(QStringLiteral("password")).isString())
                 fail(400, QStringLiteral("missing_field"), QStringLiteral("The field password is required."),
                      {{QStringLiteral("field"), QStringLiteral("password")}});
             const QString password = body.value(QStringLiteral("password")).toString();
             if (password.size() > 1024) { // no password is this long: refuse without hashing it
                 services.loginFailures.hit(throttleKey, services.config.loginWindowS);
                 badCredentials();
             }
             const QString device = stringField(body, QStringLiteral("device"), !slug.isEmpty(), 100);
             const QString deviceName = stringField(body, QStringLiteral("device_name"), false, 100);

             std::optional<TenantRecord> tenant;
             std::optional<UserRecord> user;
             {
                 auto platform = services.store->platform(false);
                 if (!slug.isEmpty())
                     tenant = platform->tenantBySlug(slug);
                 user = findUser(*platform, identifier);
             }
             if (!user || (!slug.isEmpty() && !tenant)) {
                 services.passwords.dummyVerify(password);
                 services.loginFailures.hit(throttleKey, services.config.loginWindowS);
                 badCredentials();
             }
             if (!services.passwords.verify(user->passwordHash, password)) {
                 services.loginFailures.hit(throttleKey, services.config.loginWindowS);
                 qCInfo(lcAuth).noquote()
                     << "failed sign-in for user" << core::uuidToText(user->id) << "from" << ctx.request.ip;
                 badCredentials();
             }
             if (slug.isEmpty()) {
                 if (!user->platformAdmin) {
                     services.loginFailures.hit(throttleKey, services.config.loginWindowS);
                     badCredentials();
                 }
                 AccessClaims claims;
                 claims.userId = user->id;
                 claims.platformAdmin = true;
                 claims.mustChangePassword = user->mustChangePassword;
                 auto access = services.tokens->issue(claims);
                 if (!access.ok())
                     throw core::RuntimeError(access.error().code, access.error().message);
                 return ok(QJsonObject{{QStringLiteral("access_token"), *access},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("expires_in"), int(services.tokens->accessLifetimeS())},
                                       {QStringLiteral("must_change_password"), user->mustChangePassword},
                                       {QStringLiteral("user"), userJson(*user)}});
             }
             auto platform = services.store->platform(true);
             auto scope = platform->tenantInThisTransaction(tenant->id);
             const auto member = scope->membership(user->id);
             if (!member) {
                 services.loginFailures.hit(throttleKey, services.config.loginWindowS);
                 badCredentials();
             }
             if (!member->active)
                 fail(403, QStringLiteral("membership_inactive"),
                      QStringLiteral("Your access to this company has been removed. Ask its administrator."));
             checkLifecycle(*tenant);
             const qint64 now = QDateTime::currentMSecsSinceEpoch();
             const auto known = scope->device(device);
             if (known && known->revokedAt > 0)
                 fail(401, QStringLiteral("device_revoked"),
                      QStringLiteral("This device has been revoked by an administrator of the company."));
             if (!known) {
                 scope->lock();
                 enforcePlanLimit(*scope, tenant->plan, QStringLiteral("devices"), scope->limitUsage().devices);
                 DeviceRecord record;
                 record.id = device;
                 record.userId = user->id;
                 record.name = deviceName;
                 record.createdAt = now;
                 record.lastIp = ctx.request.ip;
                 scope->insertDevice(record);
                 scope->audit(core::uuidToText(user->id), ctx.request.ip, QStringLiteral("device.registered"), device);
             } else {
                 scope->touchDevice(device, now, ctx.request.ip, std::nullopt);
             }
             QJsonObject data = issueTokens(services, *scope, *user, device, {});
             scope->audit(core::uuidToText(user->id), ctx.request.ip, QStringLiteral("auth.login"), device);
             scope.reset();
             platform->commit();
             data.insert(QStringLiteral("user"), userJson(*user));
             data.insert(QStringLiteral("tenant"), tenantJson(*tenant));
             data.insert(QStringLiteral("role"), member->role);
             return ok(data);
         }});

    // ---- refresh
    router.add(
        {QStringLiteral("POST"), v1 + QStringLiteral("/auth/refresh"), Access::Public, Role::None, true,
         QStringLiteral("Exchange a refresh token for new tokens (rotation; reuse revokes the family)."),
         [&services](Context &ctx) {
             const QJsonObject body = ctx.body();
             const QString token = stringField(body, QStringLiteral("refresh_token"), true, 8192);
             const QString claimedDevice = stringField(body, QStringLiteral("device"), false, 100);
             const QUuid tenantId = tenantOfRefreshToken(token);
             auto invalid = []() {
                 fail(401, QStringLiteral("invalid_refresh_token"),
                      QStringLiteral("The session has ended. Sign in again."));
             };
             if (tenantId.isNull())
                 invalid();
             const QString hash = tokenHash(token);
             const qint64 now = QDateTime::currentMSecsSinceEpoch();
             auto platform = services.store->platform(true);
             const auto tenant = platform->tenantById(tenantId);
             if (!tenant)
                 invalid();
             auto scope = platform->tenantInThisTransaction(tenantId);
             auto record = scope->refreshTokenByHash(hash);
             if (!record)
                 invalid();
             // Revoking a device revokes its refresh tokens: say that, not that the session was stolen.
             if (const auto device = scope->device(record->deviceId); device && device->revokedAt > 0)
                 fail(401, QStringLiteral("device_revoked"),
                      QStringLiteral("This device has been revoked by an administrator of the company."));
             bool retried = false;
             if (record->usedAt > 0 || record->revokedAt > 0 || !scope->consumeRefreshToken(record->id, now)) {
                 if (record->usedAt == 0 && record->revokedAt == 0)
                     record = scope->refreshTokenByHash(hash); // consumed meanwhile by a concurrent request
                 retried = record
                           && isRetryWithinGrace(*scope, *record, claimedDevice, now,
                                                 qint64(services.config.refreshGraceS) * 1000);
             }
             if (retried) {
                 // The answer of the rotation was lost: the successors it issued never reached the
                 // client. Revoke them (a holder of one would now trip reuse detection) and issue a
                 // fresh pair in the same family.
                 bool after = false;
                 for (const RefreshTokenRecord &t : scope->refreshFamily(record->familyId)) {
                     if (after)
                         scope->revokeRefreshToken(t.id, now);
                     after = after || t.id == record->id;
                 }
                 scope->audit(core::uuidToText(record->userId), ctx.request.ip, QStringLiteral("auth.refresh_retry"),
                              record->deviceId);
                 qCInfo(lcAuth).noquote()
                     << "refresh retried within the grace window, user" << core::uuidToText(record->userId);
             } else if (!record || record->usedAt > 0 || record->revokedAt > 0) {
                 if (!record)
                     invalid();
                 // Reuse of a rotated (or revoked) token: someone else may hold the family. End it.
                 scope->revokeFamily(record->familyId, now);
                 scope->audit(core::uuidToText(record->userId), ctx.request.ip, QStringLiteral("auth.refresh_reuse"),
                              record->deviceId);
                 scope.reset();
                 platform->commit();
                 qCWarning(lcAuth).noquote()
                     << "refresh token reuse, family revoked, user" << core::uuidToText(record->userId);
                 fail(401, QStringLiteral("refresh_token_reused"),
                      QStringLiteral("This session was used twice and has been closed for safety. Sign in again."));
             }
             if (record->expiresAt < now)
                 invalid();
             checkLifecycle(*tenant);
             const auto member = scope->membership(record->userId);
             if (!member || !member->active)
                 fail(403, QStringLiteral("membership_inactive"),
                      QStringLiteral("Your access to this company has been removed. Ask its administrator."));
             const auto user = platform->userById(record->userId);
             if (!user)
                 invalid();
             QJsonObject data = issueTokens(services, *scope, *user, record->deviceId, record->familyId);
             scope->touchDevice(record->deviceId, now, ctx.request.ip, std::nullopt);
             scope.reset();
             platform->commit();
             return ok(data);
         }});

    // ---- logout
    router.add({QStringLiteral("POST"), v1 + QStringLiteral("/auth/logout"), Access::Authenticated, Role::None, true,
                QStringLiteral("End the session: revokes the refresh token family (or this device's tokens)."),
                [&services](Context &ctx) {
                    const QJsonObject body = ctx.request.body.isEmpty() ? QJsonObject() : ctx.body();
                    const QString token = stringField(body, QStringLiteral("refresh_token"), false, 8192);
                    if (ctx.claims->tenantId.isNull())
                        return ok(QJsonObject{{QStringLiteral("logged_out"), true}});
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    auto platform = services.store->platform(true);
                    auto scope = platform->tenantInThisTransaction(ctx.claims->tenantId);
                    if (!token.isEmpty()) {
                        if (tenantOfRefreshToken(token) != ctx.claims->tenantId)
                            fail(400, QStringLiteral("invalid_refresh_token"),
                                 QStringLiteral("This refresh token is not yours."));
                        const auto record = scope->refreshTokenByHash(tokenHash(token));
                        if (!record || record->userId != ctx.claims->userId)
                            fail(400, QStringLiteral("invalid_refresh_token"),
                                 QStringLiteral("This refresh token is not yours."));
                        scope->revokeFamily(record->familyId, now);
                    } else if (!ctx.claims->deviceId.isEmpty()) {
                        scope->revokeDeviceTokens(ctx.claims->deviceId, now);
                    }
                    scope->audit(ctx.actor(), ctx.request.ip, QStringLiteral("auth.logout"), ctx.claims->deviceId);
                    scope.reset();
                    platform->commit();
                    return ok(QJsonObject{{QStringLiteral("logged_out"), true}});
                }});

    // ---- change password
    router.add({QStringLiteral("POST"), v1 + QStringLiteral("/auth/change-password"), Access::Authenticated, Role::None,
                true, QStringLiteral("Change one's password (required when must_change_password is set)."),
                [&services](Context &ctx) {
                    const QJsonObject body = ctx.body();
                    if (!body.value(QStringLiteral("current_password")).isString()
                        || !body.value(QStringLiteral("new_password")).isString())
                        fail(400, QStringLiteral("missing_field"),
                             QStringLiteral("Give current_password and new_password."));
                    const QString current = body.value(QStringLiteral("current_password")).toString();
                    const QString next = body.value(QStringLiteral("new_password")).toString();
                    const QString weak = PasswordHasher::weakness(next);
                    if (!weak.isEmpty())
                        fail(400, QStringLiteral("weak_password"), weak,
                             {{QStringLiteral("field"), QStringLiteral("new_password")}});
                    if (next == current)
                        fail(400, QStringLiteral("weak_password"),
                             QStringLiteral("The new password must differ from the current one."));
                    std::optional<UserRecord> user;
                    {
                        auto platform = services.store->platform(false);
                        user = platform->userById(ctx.claims->userId);
                    }
                    if (!user)
                        fail(401, QStringLiteral("invalid_token"),
                             QStringLiteral("The access token is invalid. Sign in again."));
                    if (!services.passwords.verify(user->passwordHash, current))
                        fail(403, QStringLiteral("wrong_password"), QStringLiteral("The current password is wrong."));
                    const auto hash = services.passwords.hash(next);
                    if (!hash.ok())
                        throw core::RuntimeError(hash.error().code, hash.error().message);
                    auto platform = services.store->platform(true);
                    platform->setPassword(user->id, *hash, false);
                    user->mustChangePassword = false;
                    QJsonObject data{{QStringLiteral("changed"), true}};
                    if (!ctx.claims->tenantId.isNull()) {
                        auto scope = platform->tenantInThisTransaction(ctx.claims->tenantId);
                        const qint64 now = QDateTime::currentMSecsSinceEpoch();
                        scope->revokeUserTokens(user->id, now);
                        const QJsonObject tokens = issueTokens(services, *scope, *user, ctx.claims->deviceId, {});
                        for (auto it = tokens.begin(); it != tokens.end(); ++it)
                            data.insert(it.key(), it.value());
                        scope->audit(ctx.actor(), ctx.request.ip, QStringLiteral("auth.password_changed"), ctx.actor());
                    } else {
                        AccessClaims claims = *ctx.claims;
                        claims.mustChangePassword = false;
                        auto access = services.tokens->issue(claims);
                        if (!access.ok())
                            throw core::RuntimeError(access.error().code, access.error().message);
                        data.insert(QStringLiteral("access_token"), *access);
                    }
                    platform->commit();
                    return ok(data);
                }});

    // ---- me
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/me"), Access::Authenticated, Role::None, false,
                QStringLiteral("The signed-in user, company and role."), [&services](Context &ctx) {
                    auto platform = services.store->platform(false);
                    const auto user = platform->userById(ctx.claims->userId);
                    if (!user)
                        fail(401, QStringLiteral("invalid_token"),
                             QStringLiteral("The access token is invalid. Sign in again."));
                    QJsonObject data{{QStringLiteral("user"), userJson(*user)}};
                    if (!ctx.claims->tenantId.isNull()) {
                        const auto tenant = platform->tenantById(ctx.claims->tenantId);
                        auto scope = platform->tenantInThisTransaction(ctx.claims->tenantId);
                        const auto member = scope->membership(user->id);
                        if (tenant)
                            data.insert(QStringLiteral("tenant"), tenantJson(*tenant));
                        data.insert(QStringLiteral("role"), member ? QJsonValue(member->role) : QJsonValue());
                        data.insert(QStringLiteral("device"), ctx.claims->deviceId);
                    }
                    return ok(data);
                }});
    router.add({QStringLiteral("GET"), v1 + QStringLiteral("/me/tenants"), Access::Authenticated, Role::None, false,
                QStringLiteral("The companies the signed-in user belongs to."), [&services](Context &ctx) {
                    QList<UserScope::Entry> entries;
                    {
                        auto scope = services.store->user(ctx.claims->userId);
                        entries = scope->memberships();
                    }
                    auto platform = services.store->platform(false);
                    QJsonArray out;
                    for (const auto &e : entries) {
                        const auto tenant = platform->tenantById(e.tenantId);
                        if (!tenant)
                            continue;
                        out.append(QJsonObject{{QStringLiteral("tenant"), tenant->slug},
                                               {QStringLiteral("name"), tenant->name},
                                               {QStringLiteral("status"), tenantStatusToString(tenant->status)},
                                               {QStringLiteral("role"), e.role},
                                               {QStringLiteral("active"), e.active}});
                    }
                    return ok(out);
                }});
}

} // namespace depot::server
