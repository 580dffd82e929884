#include "api.h"

#include "log.h"

#include "core/uuid.h"
#include "sync/protocol/protocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace depot::server {

using core::RuntimeError;

QString roleToString(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::None:
        break;
    }
    return QString();
}

Role roleFromString(QStringView text)
{
    for (Role r : {Role::Viewer, Role::Clerk, Role::Manager, Role::Admin, Role::Owner}) {
        if (text == roleToString(r))
            return r;
    }
    return Role::None;
}

std::optional<PlanLimits> planLimits(const QString &plan)
{
    if (plan == u"starter")
        return PlanLimits{plan, 3, 2, 500, 3};
    if (plan == u"professional")
        return PlanLimits{plan, 15, 10, 10000, 15};
    if (plan == u"enterprise")
        return PlanLimits{plan, -1, -1, -1, -1};
    return std::nullopt;
}

QStringList planNames()
{
    return {QStringLiteral("starter"), QStringLiteral("professional"), QStringLiteral("enterprise")};
}

// ---------------------------------------------------------------- limiters

int WindowLimiter::retryAfter(const QString &key, int max, int windowS)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto it = m_windows.find(key);
    if (it == m_windows.end())
        return 0;
    if (now - it->start >= windowS) {
        m_windows.erase(it);
        return 0;
    }
    return it->count >= max ? int(std::max<qint64>(1, it->start + windowS - now)) : 0;
}

void WindowLimiter::hit(const QString &key, int windowS)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Window &w = m_windows[key];
    if (w.count == 0 || now - w.start >= windowS) {
        w.start = now;
        w.count = 0;
    }
    ++w.count;
    if (m_windows.size() > 100000) {
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = now - it->start >= windowS ? m_windows.erase(it) : std::next(it);
    }
}

void WindowLimiter::clear(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_windows.remove(key);
}

int TokenBuckets::take(const QString &key, double ratePerS, int burst)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(burst), now});
    it->tokens = std::min(double(burst), it->tokens + (now - it->at) * ratePerS / 1000.0);
    it->at = now;
    if (it->tokens >= 1) {
        it->tokens -= 1;
        return 0;
    }
    return int(std::ceil((1 - it->tokens) / ratePerS));
}

// ---------------------------------------------------------------- metrics

void Metrics::observe(const QString &method, const QString &route, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    m_requests[QStringLiteral("method=\"%1\",route=\"%2\",status=\"%3\"").arg(method, route).arg(status)] += 1;
    int i = 0;
    while (i < m_bounds.size() && seconds > m_bounds.at(i))
        ++i;
    m_buckets[i] += 1;
    m_sum += seconds;
    ++m_count;
}

void Metrics::addMovements(const QString &tenant, qint64 count)
{
    QMutexLocker lock(&m_mutex);
    m_movements[tenant] += count;
}

QByteArray Metrics::render()
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP depot_http_requests_total HTTP requests by method, route and status.\n"
           "# TYPE depot_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "depot_http_requests_total{" + it.key().toUtf8() + "} " + QByteArray::number(it.value()) + '\n';
    out += "# HELP depot_http_request_duration_seconds Request latency.\n"
           "# TYPE depot_http_request_duration_seconds histogram\n";
    qint64 cumulative = 0;
    for (int i = 0; i < m_bounds.size(); ++i) {
        cumulative += m_buckets.at(i);
        out += "depot_http_request_duration_seconds_bucket{le=\"" + QByteArray::number(m_bounds.at(i)) + "\"} "
               + QByteArray::number(cumulative) + '\n';
    }
    out += "depot_http_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_count) + '\n';
    out += "depot_http_request_duration_seconds_sum " + QByteArray::number(m_sum, 'f', 6) + '\n';
    out += "depot_http_request_duration_seconds_count " + QByteArray::number(m_count) + '\n';
    out += "# HELP depot_movements_ingested_total Movements accepted by push, per tenant.\n"
           "# TYPE depot_movements_ingested_total counter\n";
    for (auto it = m_movements.cbegin(); it != m_movements.cend(); ++it)
        out += "depot_movements_ingested_total{tenant=\"" + it.key().toUtf8() + "\"} " + QByteArray::number(it.value())
               + '\n';
    return out;
}

// ---------------------------------------------------------------- helpers

HttpResponse ok(const QJsonValue &data, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse errorResponse(const ApiError &e)
{
    HttpResponse r;
    r.status = e.status;
    QJsonObject error{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    if (!e.details.isEmpty())
        error.insert(QStringLiteral("details"), e.details);
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), error}})
                 .toJson(QJsonDocument::Compact);
    r.headers = e.headers;
    return r;
}

void fail(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    throw ApiError{status, code, message, details, {}};
}

QString stringField(const QJsonObject &body, const QString &name, bool required, int maxLength)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
        if (required)
            fail(400, QStringLiteral("missing_field"), QStringLiteral("The field %1 is required.").arg(name),
                 {{QStringLiteral("field"), name}});
        return QString();
    }
    if (!v.isString())
        fail(400, QStringLiteral("invalid_field"), QStringLiteral("The field %1 must be a string.").arg(name),
             {{QStringLiteral("field"), name}});
    const QString s = v.toString().trimmed();
    if (s.size() > maxLength)
        fail(400, QStringLiteral("invalid_field"),
             QStringLiteral("The field %1 is longer than %2 characters.").arg(name).arg(maxLength),
             {{QStringLiteral("field"), name}});
    return s;
}

std::optional<bool> boolField(const QJsonObject &body, const QString &name)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        fail(400, QStringLiteral("invalid_field"), QStringLiteral("The field %1 must be true or false.").arg(name),
             {{QStringLiteral("field"), name}});
    return v.toBool();
}

QJsonObject Context::body() const
{
    if (m_bodyInvalid)
        fail(400, QStringLiteral("invalid_json"), QStringLiteral("The request body must be a JSON object."));
    if (m_body)
        return *m_body;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        fail(400, QStringLiteral("invalid_json"), QStringLiteral("The request body must be a JSON object."));
    m_body = doc.object();
    return *m_body;
}

void Context::preparseBody()
{
    if (request.body.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        m_bodyInvalid = true;
    else
        m_body = doc.object();
}

void Context::commit()
{
    if (platform)
        platform->commit();
}

qint64 Context::integerParam(const QString &name, qint64 defaultValue, qint64 min) const
{
    if (!request.query.hasQueryItem(name))
        return defaultValue;
    bool ok = false;
    const qint64 v = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || v < min)
        fail(400, QStringLiteral("invalid_parameter"),
             QStringLiteral("The parameter %1 must be an integer of at least %2.").arg(name).arg(min),
             {{QStringLiteral("parameter"), name}});
    return v;
}

int Context::limit(int defaultLimit, int cap) const
{
    if (cap <= 0)
        cap = services.config.maxPage;
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return std::min(defaultLimit, cap);
    bool ok = false;
    const QString text = request.query.queryItemValue(QStringLiteral("limit"));
    const qint64 v = text.toLongLong(&ok);
    if (!ok) {
        // Absurdly large numbers are clamped, not refused; garbage is refused.
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (digits.match(text).hasMatch())
            return cap;
        fail(400, QStringLiteral("invalid_parameter"), QStringLiteral("The parameter limit must be an integer."),
             {{QStringLiteral("parameter"), QStringLiteral("limit")}});
    }
    if (v < 1)
        fail(400, QStringLiteral("invalid_parameter"), QStringLiteral("The parameter limit must be at least 1."),
             {{QStringLiteral("parameter"), QStringLiteral("limit")}});
    return int(std::min<qint64>(v, cap));
}

QUuid Context::uuidParam(const QString &name) const
{
    if (!request.query.hasQueryItem(name))
        return {};
    const QUuid id = core::uuidFromText(request.query.queryItemValue(name));
    if (id.isNull())
        fail(400, QStringLiteral("invalid_parameter"), QStringLiteral("The parameter %1 must be a UUID.").arg(name),
             {{QStringLiteral("parameter"), name}});
    return id;
}

QUuid Context::pathUuid(int index) const
{
    const QUuid id = core::uuidFromText(params.value(index));
    if (id.isNull())
        fail(404, QStringLiteral("not_found"), QStringLiteral("No such record."));
    return id;
}

QString Context::actor() const
{
    return claims ? core::uuidToText(claims->userId) : QStringLiteral("anonymous");
}

QString normalizeEmail(const QString &email)
{
    const QString e = email.trimmed().toLower();
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (e.size() > 200 || !re.match(e).hasMatch())
        return QString();
    return e;
}

QString normalizePhone(const QString &phone)
{
    QString p;
    for (QChar c : phone.trimmed()) {
        if (c.isDigit() || (c == u'+' && p.isEmpty()))
            p += c;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return QString();
    }
    const int digitsCount = int(p.count(QRegularExpression(QStringLiteral("[0-9]"))));
    return digitsCount >= 6 && digitsCount <= 15 ? p : QString();
}

QJsonObject tenantJson(const TenantRecord &t)
{
    QJsonObject o{{QStringLiteral("id"), core::uuidToText(t.id)},
                  {QStringLiteral("slug"), t.slug},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("status"), tenantStatusToString(t.status)},
                  {QStringLiteral("plan"), t.plan}};
    o.insert(QStringLiteral("trial_ends_at"),
             t.trialEndsAt > 0
                 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(t.trialEndsAt, Qt::UTC).toString(Qt::ISODateWithMs))
                 : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject storedMovementJson(const StoredMovement &s)
{
    QJsonObject o = sync::protocol::movementToJson(s.movement);
    o.insert(QStringLiteral("pushed_by"),
             s.pushedBy.isNull() ? QJsonValue() : QJsonValue(core::uuidToText(s.pushedBy)));
    return o;
}

void checkLifecycle(const TenantRecord &t)
{
    switch (t.status) {
    case TenantStatus::Trial:
        if (t.trialEndsAt > 0 && t.trialEndsAt < QDateTime::currentMSecsSinceEpoch())
            fail(402, QStringLiteral("trial_expired"),
                 QStringLiteral("The free trial of this company has ended. Choose a plan to keep using Depot; "
                                "your data is kept."));
        return;
    case TenantStatus::Active:
        return;
    case TenantStatus::Pending:
        fail(403, QStringLiteral("tenant_pending"), QStringLiteral("This company account is not activated yet."));
    case TenantStatus::Suspended:
        fail(403, QStringLiteral("tenant_suspended"),
             QStringLiteral("This company account is suspended. Contact support; your data is kept."));
    case TenantStatus::Cancelled:
        fail(403, QStringLiteral("tenant_cancelled"), QStringLiteral("This company account has been cancelled."));
    }
}

// ---------------------------------------------------------------- tenant creation

CreatedTenant createTenant(Services &services, const NewTenant &in)
{
    const QString name = in.name.trimmed();
    if (name.isEmpty() || name.size() > 100)
        fail(400, QStringLiteral("invalid_field"), QStringLiteral("The company name must have 1 to 100 characters."),
             {{QStringLiteral("field"), QStringLiteral("company_name")}});
    if (!planLimits(in.plan))
        fail(400, QStringLiteral("invalid_plan"),
             QStringLiteral("The plan must be starter, professional or enterprise."),
             {{QStringLiteral("field"), QStringLiteral("plan")}});
    const QString companyEmail = normalizeEmail(in.email);
    if (companyEmail.isEmpty())
        fail(400, QStringLiteral("invalid_field"), QStringLiteral("The company email is not a valid address."),
             {{QStringLiteral("field"), QStringLiteral("company_email")}});
    const QString ownerEmail = in.ownerEmail.isEmpty() ? QString() : normalizeEmail(in.ownerEmail);
    const QString ownerPhone = in.ownerPhone.isEmpty() ? QString() : normalizePhone(in.ownerPhone);
    if (!in.ownerEmail.isEmpty() && ownerEmail.isEmpty())
        fail(400, QStringLiteral("invalid_field"), QStringLiteral("The admin email is not a valid address."),
             {{QStringLiteral("field"), QStringLiteral("admin_email")}});
    if (!in.ownerPhone.isEmpty() && ownerPhone.isEmpty())
        fail(400, QStringLiteral("invalid_field"), QStringLiteral("The admin phone number is not valid."),
             {{QStringLiteral("field"), QStringLiteral("admin_phone")}});
    if (ownerEmail.isEmpty() && ownerPhone.isEmpty())
        fail(400, QStringLiteral("missing_field"), QStringLiteral("Give the admin's email or phone number."),
             {{QStringLiteral("field"), QStringLiteral("admin_email")}});
    const QString weak = PasswordHasher::weakness(in.ownerPassword);
    if (!weak.isEmpty())
        fail(400, QStringLiteral("weak_password"), weak, {{QStringLiteral("field"), QStringLiteral("admin_password")}});
    const auto hash = services.passwords.hash(in.ownerPassword);
    if (!hash.ok())
        throw RuntimeError(hash.error().code, hash.error().message);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto platform = services.store->platform(true);
    platform->lockRegistry();
    if ((!ownerEmail.isEmpty() && platform->userByEmail(ownerEmail))
        || (!ownerPhone.isEmpty() && platform->userByPhone(ownerPhone)))
        fail(409, QStringLiteral("identity_taken"),
             QStringLiteral("An account already uses this email or phone number. Sign in instead, or use another."));
    const QString base = slugify(name);
    QString slug = base;
    for (int n = 2; platform->slugTaken(slug); ++n)
        slug = base.left(40 - 1 - int(QString::number(n).size())) + QLatin1Char('-') + QString::number(n);

    CreatedTenant created;
    TenantRecord &t = created.tenant;
    t.id = core::UuidV7::generate();
    t.slug = slug;
    t.name = name;
    t.email = companyEmail;
    t.status = in.status;
    t.plan = in.plan;
    t.trialEndsAt = in.status == TenantStatus::Trial ? now + qint64(in.trialDays) * 24 * 3600 * 1000 : 0;
    t.createdAt = now;
    platform->insertTenant(t);

    UserRecord owner;
    owner.id = core::UuidV7::generate();
    owner.email = ownerEmail;
    owner.phone = ownerPhone;
    owner.passwordHash = *hash;
    owner.firstName = in.ownerFirstName;
    owner.lastName = in.ownerLastName;
    platform->insertUser(owner);
    platform->addTenantCount(owner.id, 1);
    created.ownerId = owner.id;

    auto tenant = platform->tenantInThisTransaction(t.id);
    tenant->initCounter();
    MembershipRecord m;
    m.userId = owner.id;
    m.role = QStringLiteral("owner");
    m.seq = tenant->allocate(1);
    m.createdAt = now;
    tenant->insertMembership(m);
    tenant->audit(core::uuidToText(owner.id), in.ip, QStringLiteral("tenant.created"), slug,
                  {{QStringLiteral("plan"), t.plan}, {QStringLiteral("status"), tenantStatusToString(t.status)}});
    platform->commit();
    qCInfo(lcMain).noquote() << "created tenant" << slug << "plan" << t.plan;
    return created;
}

// ---------------------------------------------------------------- router

Router::Router(Services &services) : m_services(services) { }

void Router::add(Route route)
{
    m_segments << route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes << std::move(route);
}

namespace {

bool matchSegments(const QStringList &pattern, const QStringList &path, QStringList *params)
{
    if (pattern.size() != path.size())
        return false;
    QStringList captured;
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i).startsWith(QLatin1Char('{')))
            captured << path.at(i);
        else if (pattern.at(i) != path.at(i))
            return false;
    }
    *params = captured;
    return true;
}

} // namespace

HttpResponse Router::dispatch(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route *found = nullptr;
    bool pathExists = false;
    QStringList params;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const Route &route = m_routes.at(i);
        QStringList p;
        if (!matchSegments(m_segments.at(i), segments, &p))
            continue;
        pathExists = true;
        if (route.method == request.method) {
            found = &route;
            params = p;
            break;
        }
    }
    HttpResponse response;
    QString routeLabel = QStringLiteral("unmatched");
    if (!found) {
        response =
            pathExists
                ? errorResponse({405,
                                 QStringLiteral("method_not_allowed"),
                                 QStringLiteral("This method is not allowed on this path."),
                                 {},
                                 {}})
                : errorResponse(
                    {404, QStringLiteral("not_found"), QStringLiteral("There is nothing at this address."), {}, {}});
    } else {
        routeLabel = found->pattern;
        Context ctx(m_services, request);
        ctx.params = params;
        response = handle(*found, ctx);
    }
    m_services.metrics.observe(request.method, routeLabel, response.status, timer.nsecsElapsed() / 1e9);
    return response;
}

HttpResponse Router::handle(const Route &route, Context &ctx)
{
    try {
        if (ctx.request.body.size() > m_services.config.maxBodyBytes)
            fail(413, QStringLiteral("payload_too_large"),
                 QStringLiteral("The request body is larger than %1 bytes.").arg(m_services.config.maxBodyBytes));
        const QByteArray protocol = ctx.request.headers.value("x-depot-protocol");
        const int speaks = m_services.protocolVersion();
        if (!protocol.isEmpty() && protocol != QByteArray::number(speaks))
            fail(426, QStringLiteral("unsupported_protocol"),
                 QStringLiteral("This server speaks sync protocol %1. Update the Depot application.").arg(speaks),
                 {{QStringLiteral("supported"), speaks}});
        if (route.write && route.access == Access::Tenant && !route.prepare)
            ctx.preparseBody(); // a route with a prepare step parses its body there
        authenticate(route, ctx);
        HttpResponse response = route.handler(ctx);
        ctx.scope.reset();
        if (ctx.platform)
            ctx.platform->commit();
        return response;
    } catch (const ApiError &e) {
        if (e.status >= 500)
            qCWarning(lcHttp).noquote() << route.method << route.pattern << e.code;
        return errorResponse(e);
    } catch (const RuntimeError &e) {
        qCWarning(lcHttp).noquote() << route.method << route.pattern << "failed:" << e.error().code
                                    << e.error().message;
        return errorResponse({500,
                              QStringLiteral("internal_error"),
                              QStringLiteral("Something went wrong on the server. Try again later."),
                              {},
                              {}});
    } catch (const std::exception &e) {
        qCWarning(lcHttp).noquote() << route.method << route.pattern << "exception:" << e.what();
        return errorResponse({500,
                              QStringLiteral("internal_error"),
                              QStringLiteral("Something went wrong on the server. Try again later."),
                              {},
                              {}});
    }
}

void Router::authenticate(const Route &route, Context &ctx)
{
    if (route.access == Access::Public)
        return;
    const QByteArray header = ctx.request.headers.value("authorization");
    if (!header.startsWith("Bearer ") || header.size() <= 7)
        throw ApiError{401,
                       QStringLiteral("unauthorized"),
                       QStringLiteral("Sign in first: this needs an access token."),
                       {},
                       {{"WWW-Authenticate", "Bearer"}}};
    auto claims = m_services.tokens->verify(header.mid(7).trimmed());
    if (!claims.ok())
        throw ApiError{401, claims.error().code, claims.error().message, {}, {{"WWW-Authenticate", "Bearer"}}};
    ctx.claims = *claims;
    if (route.access == Access::Authenticated)
        return;
    if (claims->mustChangePassword)
        fail(403, QStringLiteral("password_change_required"),
             QStringLiteral("Change your password before doing anything else."));
    if (route.access == Access::Platform) {
        if (!claims->platformAdmin || !claims->tenantId.isNull())
            fail(403, QStringLiteral("forbidden"), QStringLiteral("This needs a platform administrator."));
        auto platform = m_services.store->platform(false);
        const auto user = platform->userById(claims->userId);
        if (!user || !user->platformAdmin)
            fail(403, QStringLiteral("forbidden"), QStringLiteral("This needs a platform administrator."));
        return;
    }
    // Tenant route: the tenant comes from the token only.
    if (claims->tenantId.isNull())
        fail(403, QStringLiteral("forbidden"), QStringLiteral("This token does not belong to a company."));
    const QString tenantKey = core::uuidToText(claims->tenantId);
    if (const int wait =
            m_services.tenantBuckets.take(tenantKey, m_services.config.tenantRatePerS, m_services.config.tenantBurst)) {
        throw ApiError{429,
                       QStringLiteral("rate_limited"),
                       QStringLiteral("Too many requests for this company. Retry in %1 s.").arg(wait),
                       {{QStringLiteral("retry_after"), wait}},
                       {{"Retry-After", QByteArray::number(wait)}}};
    }
    if (route.prepare) {
        try {
            route.prepare(ctx);
        } catch (...) {
            ctx.prepared.reset(); // the handler does the work (and the refusing) itself
        }
    }
    ctx.platform = m_services.store->platformFor(claims->tenantId, route.write);
    ctx.scope = ctx.platform->tenantInThisTransaction(claims->tenantId);
    const TenantScope::Access access = ctx.scope->access(claims->userId, claims->deviceId);
    ctx.tenantRecord = access.tenant;
    if (!ctx.tenantRecord)
        fail(401, QStringLiteral("invalid_token"), QStringLiteral("The access token is invalid. Sign in again."));
    checkLifecycle(*ctx.tenantRecord);
    if (access.role.isEmpty() || !access.active)
        fail(403, QStringLiteral("membership_inactive"),
             QStringLiteral("Your access to this company has been removed. Ask its administrator."));
    ctx.role = roleFromString(access.role);
    if (access.deviceRevoked)
        fail(401, QStringLiteral("device_revoked"),
             QStringLiteral("This device has been revoked by an administrator. Sign in again."));
    if (int(ctx.role) < int(route.minRole))
        fail(403, QStringLiteral("forbidden"),
             QStringLiteral("Your role (%1) cannot do this; it needs %2 or above.")
                 .arg(roleToString(ctx.role), roleToString(route.minRole)));
}

QJsonObject Router::openApi() const
{
    QJsonObject paths;
    for (const Route &route : m_routes) {
        QJsonObject item = paths.value(route.pattern).toObject();
        QJsonObject op{{QStringLiteral("summary"), route.summary},
                       {QStringLiteral("operationId"), route.method.toLower()
                                                           + route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)
                                                                 .join(QLatin1Char('_'))
                                                                 .remove(QLatin1Char('{'))
                                                                 .remove(QLatin1Char('}'))}};
        QJsonArray parameters;
        for (const QString &seg : route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            if (seg.startsWith(QLatin1Char('{')))
                parameters.append(QJsonObject{
                    {QStringLiteral("name"), seg.mid(1, seg.size() - 2)},
                    {QStringLiteral("in"), QStringLiteral("path")},
                    {QStringLiteral("required"), true},
                    {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        }
        static const QStringList integers{QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("since"),
                                          QStringLiteral("after_seq")};
        for (const QString &name : route.query) {
            QJsonObject schema{{QStringLiteral("type"),
                                integers.contains(name) ? QStringLiteral("integer") : QStringLiteral("string")}};
            if (name == u"limit")
                schema.insert(QStringLiteral("maximum"), m_services.config.maxPage);
            if (name == u"limit" || name == u"offset")
                schema.insert(QStringLiteral("minimum"), name == u"limit" ? 1 : 0);
            parameters.append(QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("in"), QStringLiteral("query")},
                                          {QStringLiteral("required"), false},
                                          {QStringLiteral("schema"), schema}});
        }
        if (!parameters.isEmpty())
            op.insert(QStringLiteral("parameters"), parameters);
        if (route.access != Access::Public)
            op.insert(QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray{}}}});
        QString access;
        switch (route.access) {
        case Access::Public:
            access = QStringLiteral("public");
            break;
        case Access::Authenticated:
            access = QStringLiteral("any signed-in user");
            break;
        case Access::Tenant:
            access = QStringLiteral("role %1 or above").arg(roleToString(route.minRole));
            break;
        case Access::Platform:
            access = QStringLiteral("platform_admin");
            break;
        }
        op.insert(QStringLiteral("x-depot-access"), access);
        op.insert(QStringLiteral("responses"),
                  QJsonObject{{QStringLiteral("200"),
                               QJsonObject{{QStringLiteral("description"), QStringLiteral("the success envelope")}}},
                              {QStringLiteral("default"),
                               QJsonObject{{QStringLiteral("description"), QStringLiteral("the error envelope")}}}});
        item.insert(route.method.toLower(), op);
        paths.insert(route.pattern, item);
    }
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Depot server API")},
                                             {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("securitySchemes"),
                      QJsonObject{{QStringLiteral("bearer"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                               {QStringLiteral("scheme"), QStringLiteral("bearer")},
                                               {QStringLiteral("bearerFormat"), QStringLiteral("JWT")}}}}}}},
    };
}

} // namespace depot::server
