// Every route of depot-server over real HTTPS on loopback, success and failure, on the backend
// chosen by DEPOT_TEST_BACKEND (CTest runs this binary once per backend).
#include "deployment.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace depot::server::test;

namespace {

const QString v1 = QStringLiteral("/api/v1");

QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}

} // namespace

#define CHECK_STATUS(response, expected) \
    do { \
        const Response &r_ = (response); \
        if (r_.status != (expected)) \
            qWarning().noquote() << "body:" << r_.body; \
        QCOMPARE(r_.status, (expected)); \
        QVERIFY2(r_.isEnvelope(), r_.body.constData()); \
    } while (false)

#define CHECK_ERROR(response, expected, code) \
    do { \
        CHECK_STATUS(response, expected); \
        QCOMPARE((response).errorCode(), QStringLiteral(code)); \
    } while (false)

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    HttpClient &http() { return *d.http; }
    QString m_adminToken;

    QString platformAdminToken()
    {
        if (!m_adminToken.isEmpty())
            return m_adminToken;
        QByteArray out, err;
        const int rc = runCommand({QStringLiteral("create-platform-admin"), QStringLiteral("--db"), d.dbUrl,
                                   QStringLiteral("--data-dir"), d.dataDir.path(), QStringLiteral("--email"),
                                   QStringLiteral("root@platform.test"), QStringLiteral("--password-stdin"),
                                   QStringLiteral("--password-profile"), QStringLiteral("min")},
                                  "platform-password-1\n", &out, &err);
        if (rc != 0)
            qWarning() << err;
        const Response r = http().post(v1 + QStringLiteral("/auth/login"),
                                       {{QStringLiteral("identifier"), QStringLiteral("root@platform.test")},
                                        {QStringLiteral("password"), QStringLiteral("platform-password-1")}});
        m_adminToken = str(r.data(), "access_token");
        return m_adminToken;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-rate-per-s"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-burst"), QStringLiteral("100000"), QStringLiteral("--max-page"),
                          QStringLiteral("200"), QStringLiteral("--max-batch"), QStringLiteral("500"),
                          QStringLiteral("--max-body-bytes"), QStringLiteral("300000")},
                         &error),
                 qPrintable(error));
        qInfo() << "backend" << d.backend;
    }

    void cleanupTestCase()
    {
        QByteArray warnings;
        for (const QByteArray &line : d.server.stderrText().split('\n')) {
            // Internal errors (depot.server.http, depot.server.db) must never happen; auth warnings may.
            if ((line.contains("\"level\":\"warning\"") && !line.contains("depot.server.auth"))
                || line.contains("\"level\":\"error\""))
                warnings += line + '\n';
        }
        QVERIFY2(warnings.isEmpty(), warnings.left(4000).constData());
        QCOMPARE(d.server.stop(), 0);
        d.stop();
    }

    void systemRoutes()
    {
        CHECK_STATUS(http().get(QStringLiteral("/healthz")), 200);
        CHECK_STATUS(http().get(QStringLiteral("/readyz")), 200);
        const Response metrics = http().get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("depot_http_requests_total"));
        QVERIFY(metrics.body.contains("depot_http_request_duration_seconds_bucket"));
        const Response api = http().get(v1 + QStringLiteral("/openapi.json"));
        QCOMPARE(api.status, 200);
        QCOMPARE(api.json.value(QStringLiteral("openapi")).toString().left(2), QStringLiteral("3."));
        CHECK_ERROR(http().get(QStringLiteral("/nothing/here")), 404, "not_found");
        CHECK_ERROR(http().del(QStringLiteral("/healthz")), 405, "method_not_allowed");
        QCOMPARE(http().pinFailures(), 0);
    }

    void openApiListsExactlyTheRoutes()
    {
        const QSet<QString> expected{"GET /healthz",
                                     "GET /readyz",
                                     "GET /metrics",
                                     "GET /api/v1/openapi.json",
                                     "POST /api/v1/signup",
                                     "GET /api/v1/signup/check-company",
                                     "GET /api/v1/signup/check-email",
                                     "GET /api/v1/signup/plans",
                                     "POST /api/v1/auth/login",
                                     "POST /api/v1/auth/refresh",
                                     "POST /api/v1/auth/logout",
                                     "POST /api/v1/auth/change-password",
                                     "GET /api/v1/me",
                                     "GET /api/v1/me/tenants",
                                     "GET /api/v1/products",
                                     "POST /api/v1/products",
                                     "GET /api/v1/products/{id}",
                                     "PATCH /api/v1/products/{id}",
                                     "GET /api/v1/locations",
                                     "POST /api/v1/locations",
                                     "GET /api/v1/suppliers",
                                     "POST /api/v1/suppliers",
                                     "GET /api/v1/stock",
                                     "GET /api/v1/movements",
                                     "GET /api/v1/users",
                                     "POST /api/v1/users",
                                     "GET /api/v1/users/{id}",
                                     "PATCH /api/v1/users/{id}",
                                     "GET /api/v1/devices",
                                     "DELETE /api/v1/devices/{id}",
                                     "GET /api/v1/plan",
                                     "GET /api/v1/audit",
                                     "POST /api/v1/sync/push",
                                     "GET /api/v1/sync/pull",
                                     "GET /api/v1/admin/tenants",
                                     "GET /api/v1/admin/tenants/{slug}",
                                     "PATCH /api/v1/admin/tenants/{slug}"};
        const QJsonObject paths =
            http().get(v1 + QStringLiteral("/openapi.json")).json.value(QStringLiteral("paths")).toObject();
        QSet<QString> listed;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QJsonObject ops = it.value().toObject();
            for (auto op = ops.begin(); op != ops.end(); ++op)
                listed.insert(op.key().toUpper() + QLatin1Char(' ') + it.key());
        }
        QCOMPARE(listed, expected);
        // Paged lists document their limit and offset.
        for (const char *path : {"/users", "/devices", "/stock", "/products", "/audit"}) {
            QSet<QString> query;
            for (const QJsonValue &p : paths.value(v1 + QLatin1String(path))
                                           .toObject()
                                           .value("get")
                                           .toObject()
                                           .value("parameters")
                                           .toArray()) {
                if (str(p, "in") == u"query")
                    query.insert(str(p, "name"));
            }
            QVERIFY2(query.contains("limit") && query.contains("offset"), path);
        }
        // Every listed route exists (never 404/405 for its method), and a method it does not list is 405.
        for (const QString &entry : listed) {
            const QByteArray method = entry.section(QLatin1Char(' '), 0, 0).toLatin1();
            QString path = entry.section(QLatin1Char(' '), 1);
            path.replace(QStringLiteral("{id}"), QStringLiteral("00000000-0000-7000-8000-000000000000"));
            path.replace(QStringLiteral("{slug}"), QStringLiteral("no-such-slug"));
            const Response r = http().call({method, path, "{}", {}, {}});
            QVERIFY2(r.status != 405
                         && (r.status != 404 || r.errorCode() != u"not_found" || path.contains(u"0000")
                             || path.contains(u"no-such")),
                     qPrintable(entry + QStringLiteral(" -> ") + QString::number(r.status)));
            QVERIFY2(r.isEnvelope() || method == "GET", qPrintable(entry));
        }
        CHECK_ERROR(http().call({"PUT", v1 + QStringLiteral("/products"), "{}", {}, {}}), 405, "method_not_allowed");
    }

    void signupAndChecks()
    {
        const QString name = QStringLiteral("L'Épicerie du Coin");
        const Response check =
            http().get(v1 + QStringLiteral("/signup/check-company?name=") + QUrl::toPercentEncoding(name));
        CHECK_STATUS(check, 200);
        QCOMPARE(str(check.data(), "slug"), QStringLiteral("lepicerie-du-coin"));
        QVERIFY(check.data().toObject().value(QStringLiteral("available")).toBool());
        QCOMPARE(d.signup(name, QStringLiteral("epicerie@example.com"), QLatin1String(Deployment::kPassword)),
                 QStringLiteral("lepicerie-du-coin"));
        // Collision: numeric suffix.
        QCOMPARE(d.signup(name, QStringLiteral("epicerie2@example.com"), QLatin1String(Deployment::kPassword)),
                 QStringLiteral("lepicerie-du-coin-2"));
        const Response again =
            http().get(v1 + QStringLiteral("/signup/check-company?name=") + QUrl::toPercentEncoding(name));
        QVERIFY(!again.data().toObject().value(QStringLiteral("available")).toBool());
        QCOMPARE(str(again.data(), "slug"), QStringLiteral("lepicerie-du-coin-3"));

        const Session s = d.login(QStringLiteral("lepicerie-du-coin"), QStringLiteral("epicerie@example.com"),
                                  QLatin1String(Deployment::kPassword));
        const Response plan = http().get(v1 + QStringLiteral("/plan"), s.access);
        CHECK_STATUS(plan, 200);
        const QJsonObject tenant = plan.data().toObject().value(QStringLiteral("tenant")).toObject();
        QCOMPARE(tenant.value(QStringLiteral("status")).toString(), QStringLiteral("TRIAL"));
        const QDateTime ends =
            QDateTime::fromString(tenant.value(QStringLiteral("trial_ends_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(ends) - 14) <= 1);

        CHECK_STATUS(http().get(v1 + QStringLiteral("/signup/check-email?email=epicerie@example.com")), 200);
        QVERIFY(!http()
                     .get(v1 + QStringLiteral("/signup/check-email?email=epicerie@example.com"))
                     .data()
                     .toObject()
                     .value(QStringLiteral("available"))
                     .toBool());
        QVERIFY(http()
                    .get(v1 + QStringLiteral("/signup/check-email?email=fresh@example.com"))
                    .data()
                    .toObject()
                    .value(QStringLiteral("available"))
                    .toBool());
        CHECK_ERROR(http().get(v1 + QStringLiteral("/signup/check-email?email=not-an-email")), 400,
                    "invalid_parameter");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/signup/check-company")), 400, "invalid_parameter");
        const Response plans = http().get(v1 + QStringLiteral("/signup/plans"));
        CHECK_STATUS(plans, 200);
        QCOMPARE(plans.data().toArray().size(), 3);

        QJsonObject body{{QStringLiteral("company_name"), QStringLiteral("Valid Co")},
                         {QStringLiteral("company_email"), QStringLiteral("valid@example.com")},
                         {QStringLiteral("admin_email"), QStringLiteral("valid@example.com")},
                         {QStringLiteral("admin_password"), QLatin1String(Deployment::kPassword)},
                         {QStringLiteral("admin_first_name"), QStringLiteral("A")},
                         {QStringLiteral("admin_last_name"), QStringLiteral("B")},
                         {QStringLiteral("plan"), QStringLiteral("starter")},
                         {QStringLiteral("accept_terms"), true}};
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject b = body;
            if (value.isUndefined())
                b.remove(key);
            else
                b.insert(key, value);
            return http().post(v1 + QStringLiteral("/signup"), b);
        };
        CHECK_ERROR(with(QStringLiteral("accept_terms"), false), 400, "terms_not_accepted");
        CHECK_ERROR(with(QStringLiteral("plan"), QStringLiteral("gold")), 400, "invalid_plan");
        CHECK_ERROR(with(QStringLiteral("admin_password"), QStringLiteral("short")), 400, "weak_password");
        CHECK_ERROR(with(QStringLiteral("company_name"), QJsonValue::Undefined), 400, "missing_field");
        CHECK_ERROR(with(QStringLiteral("company_name"), 42), 400, "invalid_field");
        CHECK_ERROR(with(QStringLiteral("admin_email"), QStringLiteral("epicerie@example.com")), 409, "identity_taken");
        CHECK_ERROR(http().call({"POST", v1 + QStringLiteral("/signup"), "{not json", {}, {}}), 400, "invalid_json");
        // Phone-only admin works; mass-assigned status/plan fields are ignored.
        QJsonObject phone = body;
        phone.remove(QStringLiteral("admin_email"));
        phone.insert(QStringLiteral("admin_phone"), QStringLiteral("+221 77 123 45 67"));
        phone.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        const Response created = http().post(v1 + QStringLiteral("/signup"), phone);
        CHECK_STATUS(created, 201);
        QCOMPARE(created.data()
                     .toObject()
                     .value(QStringLiteral("tenant"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("TRIAL"));
        const Session byPhone =
            d.login(QStringLiteral("valid-co"), QStringLiteral("+221771234567"), QLatin1String(Deployment::kPassword));
        QVERIFY(!byPhone.access.isEmpty());
    }

    void slugRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("dupont") << "SAS DUPONT & Fils"
                                << "sas-dupont-fils";
        QTest::newRow("accents") << "Boulangerie Étoile d'Or"
                                 << "boulangerie-etoile-dor";
        QTest::newRow("spaces") << "  Many   Spaces  Ltd "
                                << "many-spaces-ltd";
        QTest::newRow("long") << "A very long company name that goes well beyond forty characters"
                              << "a-very-long-company-name-that-goes-well";
    }

    void slugRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        const Response r =
            http().get(v1 + QStringLiteral("/signup/check-company?name=") + QUrl::toPercentEncoding(name));
        CHECK_STATUS(r, 200);
        QCOMPARE(str(r.data(), "slug"), slug);
        QVERIFY(slug.size() <= 40);
    }

    void slugFallbackForNonLatinNames()
    {
        const Response r = http().get(v1 + QStringLiteral("/signup/check-company?name=")
                                      + QUrl::toPercentEncoding(QStringLiteral("株式会社")));
        CHECK_STATUS(r, 200);
        QVERIFY2(QRegularExpression(QStringLiteral("^tenant-[0-9a-f]{8}$")).match(str(r.data(), "slug")).hasMatch(),
                 qPrintable(str(r.data(), "slug")));
    }

    void loginRefreshLogout()
    {
        const Session s = d.newTenant();
        QVERIFY(!s.access.isEmpty());
        QVERIFY(s.refresh.startsWith(QStringLiteral("rt1.")));
        QCOMPARE(s.role, QStringLiteral("owner"));
        auto login = [&](const QJsonObject &body) { return http().post(v1 + QStringLiteral("/auth/login"), body); };
        const QString email = str(
            http().get(v1 + QStringLiteral("/me"), s.access).data().toObject().value(QStringLiteral("user")), "email");
        CHECK_ERROR(
            login({{"tenant", s.tenant}, {"identifier", email}, {"password", "wrong-password-x"}, {"device", "d"}}),
            401, "invalid_credentials");
        CHECK_ERROR(login({{"tenant", "no-such-company"},
                           {"identifier", email},
                           {"password", Deployment::kPassword},
                           {"device", "d"}}),
                    401, "invalid_credentials");
        CHECK_ERROR(login({{"tenant", s.tenant},
                           {"identifier", "nobody@example.com"},
                           {"password", Deployment::kPassword},
                           {"device", "d"}}),
                    401, "invalid_credentials");
        CHECK_ERROR(login({{"tenant", s.tenant}, {"identifier", email}, {"password", Deployment::kPassword}}), 400,
                    "missing_field");
        CHECK_ERROR(
            login({{"tenant", s.tenant}, {"identifier", 5}, {"password", Deployment::kPassword}, {"device", "d"}}), 400,
            "invalid_field");
        // Another tenant's owner cannot sign in to this tenant.
        const Session other = d.newTenant();
        const QString otherEmail =
            str(http().get(v1 + QStringLiteral("/me"), other.access).data().toObject().value(QStringLiteral("user")),
                "email");
        CHECK_ERROR(login({{"tenant", s.tenant},
                           {"identifier", otherEmail},
                           {"password", Deployment::kPassword},
                           {"device", "d"}}),
                    401, "invalid_credentials");

        // Rotation: each refresh gives a new token; the old one is dead, and reusing it kills the family.
        const Response r1 = http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", s.refresh}});
        CHECK_STATUS(r1, 200);
        const QString second = str(r1.data(), "refresh_token");
        QVERIFY(second != s.refresh);
        CHECK_STATUS(http().get(v1 + QStringLiteral("/products"), str(r1.data(), "access_token")), 200);
        const Response r2 = http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", second}});
        CHECK_STATUS(r2, 200);
        const QString third = str(r2.data(), "refresh_token");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", s.refresh}}), 401,
                    "refresh_token_reused");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", third}}), 401,
                    "refresh_token_reused");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", "garbage"}}), 401,
                    "invalid_refresh_token");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/refresh"), QJsonObject{}), 400, "missing_field");

        // Logout ends the family.
        const Session s2 = d.login(s.tenant, email, QLatin1String(Deployment::kPassword), QStringLiteral("laptop"));
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/logout"), {{"refresh_token", s2.refresh}}), 401,
                    "unauthorized");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/logout"), {{"refresh_token", other.refresh}}, s2.access),
                    400, "invalid_refresh_token");
        CHECK_STATUS(http().post(v1 + QStringLiteral("/auth/logout"), {{"refresh_token", s2.refresh}}, s2.access), 200);
        QCOMPARE(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", s2.refresh}}).status, 401);

        // Audit records the sign-ins and the reuse.
        const Response audit = http().get(v1 + QStringLiteral("/audit?limit=200"),
                                          str(r1.data(), "access_token").isEmpty() ? s.access : s2.access);
        CHECK_STATUS(audit, 200);
        QSet<QString> actions;
        for (const QJsonValue &v : audit.data().toObject().value(QStringLiteral("items")).toArray())
            actions.insert(str(v, "action"));
        QVERIFY(actions.contains(QStringLiteral("auth.login")));
        QVERIFY(actions.contains(QStringLiteral("auth.refresh_reuse")));
        QVERIFY(actions.contains(QStringLiteral("auth.logout")));
    }

    void meRoutes()
    {
        const Session s = d.newTenant();
        const Response me = http().get(v1 + QStringLiteral("/me"), s.access);
        CHECK_STATUS(me, 200);
        QCOMPARE(str(me.data(), "role"), QStringLiteral("owner"));
        QCOMPARE(str(me.data().toObject().value(QStringLiteral("tenant")), "slug"), s.tenant);
        const Response tenants = http().get(v1 + QStringLiteral("/me/tenants"), s.access);
        CHECK_STATUS(tenants, 200);
        QCOMPARE(tenants.data().toArray().size(), 1);
        QCOMPARE(str(tenants.data().toArray().at(0), "tenant"), s.tenant);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/me")), 401, "unauthorized");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/me/tenants"), QStringLiteral("x.y.z")), 401, "invalid_token");
    }

    void mustChangePassword()
    {
        const Session owner = d.newTenant();
        const Response added = http().post(v1 + QStringLiteral("/users"),
                                           {{"email", "temp-user@example.com"}, {"role", "clerk"}}, owner.access);
        CHECK_STATUS(added, 201);
        const QString temporary = str(added.data(), "temporary_password");
        QVERIFY(!temporary.isEmpty());
        const Response login = http().post(v1 + QStringLiteral("/auth/login"), {{"tenant", owner.tenant},
                                                                                {"identifier", "temp-user@example.com"},
                                                                                {"password", temporary},
                                                                                {"device", "clerk-tablet"}});
        CHECK_STATUS(login, 200);
        QVERIFY(login.data().toObject().value(QStringLiteral("must_change_password")).toBool());
        const QString token = str(login.data(), "access_token");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), token), 403, "password_change_required");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), Deployment::push("clerk-tablet", {}), token), 403,
                    "password_change_required");
        CHECK_STATUS(http().get(v1 + QStringLiteral("/me"), token), 200);
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/change-password"),
                                {{"current_password", "not-the-password"}, {"new_password", "a-new-password-1"}},
                                token),
                    403, "wrong_password");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/change-password"),
                                {{"current_password", temporary}, {"new_password", "short"}}, token),
                    400, "weak_password");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/change-password"), {{"current_password", temporary}}, token),
                    400, "missing_field");
        const Response changed =
            http().post(v1 + QStringLiteral("/auth/change-password"),
                        {{"current_password", temporary}, {"new_password", "a-new-password-1"}}, token);
        CHECK_STATUS(changed, 200);
        CHECK_STATUS(http().get(v1 + QStringLiteral("/products"), str(changed.data(), "access_token")), 200);
        // The old refresh token was revoked with the change.
        QCOMPARE(
            http()
                .post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", str(login.data(), "refresh_token")}})
                .status,
            401);
        QVERIFY(!d.login(owner.tenant, QStringLiteral("temp-user@example.com"), QStringLiteral("a-new-password-1"),
                         QStringLiteral("clerk-tablet"))
                     .access.isEmpty());
    }

    void catalogRoutes()
    {
        const Session s = d.newTenant();
        const Session clerk = d.addMember(s, QStringLiteral("clerk"));
        const Response created = http().post(v1 + QStringLiteral("/products"),
                                             {{"sku", "BAG-25"},
                                              {"name", "Cement 25kg"},
                                              {"barcodes", QJsonArray{"3760001"}},
                                              {"unit", "bag"},
                                              {"cost_price", "12.50 EUR"},
                                              {"reorder_point", "10"}},
                                             s.access);
        CHECK_STATUS(created, 201);
        const QString id = str(created.data(), "id");
        QCOMPARE(id.at(14), QLatin1Char('7')); // a UUIDv7 made by the server
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"sku", "BAG-25"}, {"name", "Again"}}, s.access),
                    409, "sku_taken");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"name", "No sku"}}, s.access), 400,
                    "missing_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"sku", 5}, {"name", "x"}}, s.access), 400,
                    "invalid_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"),
                                {{"sku", "Z"}, {"name", "x"}, {"reorder_point", "-1"}}, s.access),
                    400, "invalid_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"),
                                {{"sku", "Z"}, {"name", "x"}, {"cost_price", "12.505 EUR"}}, s.access),
                    400, "invalid_field");
        CHECK_ERROR(
            http().post(
                v1 + QStringLiteral("/products"),
                {{"sku", "Z"}, {"name", "x"}, {"preferred_supplier_id", "00000000-0000-7000-8000-000000000000"}},
                s.access),
            400, "invalid_reference");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"sku", "Z2"}, {"name", "x"}}, clerk.access), 403,
                    "forbidden");
        const Response got = http().get(v1 + QStringLiteral("/products/") + id, clerk.access);
        CHECK_STATUS(got, 200);
        QCOMPARE(str(got.data(), "unit"), QStringLiteral("bag"));
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products/not-a-uuid"), s.access), 404, "not_found");
        CHECK_ERROR(
            http().get(v1 + QStringLiteral("/products/") + depot::core::uuidToText(depot::core::UuidV7::generate()),
                       s.access),
            404, "not_found");
        const Response patched = http().patch(v1 + QStringLiteral("/products/") + id,
                                              {{"name", "Cement 25 kg"}, {"archived", true}}, s.access);
        CHECK_STATUS(patched, 200);
        QCOMPARE(str(patched.data(), "name"), QStringLiteral("Cement 25 kg"));
        QVERIFY(patched.data().toObject().value(QStringLiteral("archived")).toBool());
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/products/") + id, {{"name", "x"}}, clerk.access), 403,
                    "forbidden");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/products/") + id, QJsonObject{}, s.access), 400,
                    "missing_field");
        // Archived products are hidden unless asked for.
        QCOMPARE(
            http().get(v1 + QStringLiteral("/products"), s.access).data().toObject().value("items").toArray().size(),
            0);
        QCOMPARE(http()
                     .get(v1 + QStringLiteral("/products?include_archived=true"), s.access)
                     .data()
                     .toObject()
                     .value("items")
                     .toArray()
                     .size(),
                 1);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products?offset=-1"), s.access), 400, "invalid_parameter");

        const Response loc = http().post(v1 + QStringLiteral("/locations"),
                                         {{"code", "SHOP-1"}, {"name", "Shop"}, {"type", "SHOP"}}, s.access);
        CHECK_STATUS(loc, 201);
        QCOMPARE(str(loc.data(), "type"), QStringLiteral("SHOP"));
        CHECK_ERROR(http().post(v1 + QStringLiteral("/locations"), {{"code", "SHOP-1"}, {"name", "Dup"}}, s.access),
                    409, "code_taken");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/locations"), {{"code", "X"}, {"name", "x"}, {"type", "CASTLE"}},
                                s.access),
                    400, "invalid_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/locations"), {{"code", "X"}, {"name", "x"}}, clerk.access), 403,
                    "forbidden");
        QCOMPARE(http()
                     .get(v1 + QStringLiteral("/locations"), clerk.access)
                     .data()
                     .toObject()
                     .value("items")
                     .toArray()
                     .size(),
                 1);

        CHECK_STATUS(http().post(v1 + QStringLiteral("/suppliers"),
                                 {{"name", "Lafarge"}, {"email", "sales@lafarge.test"}}, s.access),
                     201);
        CHECK_ERROR(http().post(v1 + QStringLiteral("/suppliers"), {{"email", "x@y.z"}}, s.access), 400,
                    "missing_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/suppliers"), {{"name", "x"}}, clerk.access), 403, "forbidden");
        const Response suppliers = http().get(v1 + QStringLiteral("/suppliers"), clerk.access);
        CHECK_STATUS(suppliers, 200);
        QCOMPARE(suppliers.data().toObject().value("items").toArray().size(), 1);
    }

    void stockAndJournal()
    {
        const Session s = d.newTenant();
        const auto [product, location] = d.seedCatalog(s);
        const quint64 t = Deployment::hlcNow();
        QJsonArray batch{Deployment::movement(product, location, "RECEIPT", "10", t + 1),
                         Deployment::movement(product, location, "ISSUE", "-2.5", t + 2),
                         Deployment::movement(product, location, "COUNT", "100", t + 3),
                         Deployment::movement(product, location, "LOSS", "-1", t + 4),
                         // Stamped before the count: a physical count already reflects it.
                         Deployment::movement(product, location, "RECEIPT", "7", t)};
        const Response push =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, batch), s.access);
        CHECK_STATUS(push, 200);
        const Response stock = http().get(v1 + QStringLiteral("/stock"), s.access);
        CHECK_STATUS(stock, 200);
        const QJsonArray items = stock.data().toObject().value("items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(str(items.at(0), "quantity"), QStringLiteral("99"));
        QCOMPARE(str(items.at(0), "sku"), QStringLiteral("SKU-1"));
        QCOMPARE(http()
                     .get(v1 + QStringLiteral("/stock?product_id=")
                              + depot::core::uuidToText(depot::core::UuidV7::generate()),
                          s.access)
                     .data()
                     .toObject()
                     .value("items")
                     .toArray()
                     .size(),
                 0);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/stock?product_id=junk"), s.access), 400, "invalid_parameter");
        for (const QString &filter : {"product_id=" + product, "location_id=" + location,
                                      "product_id=" + product + "&location_id=" + location}) {
            const QJsonArray filtered = http()
                                            .get(v1 + QStringLiteral("/stock?") + filter, s.access)
                                            .data()
                                            .toObject()
                                            .value("items")
                                            .toArray();
            QCOMPARE(filtered.size(), 1);
            QCOMPARE(str(filtered.at(0), "quantity"), QStringLiteral("99"));
        }

        // Journal in server order, paged by after_seq.
        const Response page1 = http().get(v1 + QStringLiteral("/movements?limit=2"), s.access);
        CHECK_STATUS(page1, 200);
        QCOMPARE(page1.data().toObject().value("items").toArray().size(), 2);
        QVERIFY(page1.data().toObject().value("has_more").toBool());
        const QString next = str(page1.data(), "next_after_seq");
        const Response page2 = http().get(v1 + QStringLiteral("/movements?limit=10&after_seq=") + next, s.access);
        QCOMPARE(page2.data().toObject().value("items").toArray().size(), 3);
        QVERIFY(str(page2.data().toObject().value("items").toArray().at(0), "seq").toLongLong() > next.toLongLong());
        QCOMPARE(http()
                     .get(v1 + QStringLiteral("/movements?product_id=") + product, s.access)
                     .data()
                     .toObject()
                     .value("items")
                     .toArray()
                     .size(),
                 5);
        // Paging is clamped, garbage refused.
        const Response huge = http().get(v1 + QStringLiteral("/movements?limit=99999999999999999999999"), s.access);
        CHECK_STATUS(huge, 200);
        QCOMPARE(huge.data().toObject().value("items").toArray().size(), 5);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/movements?limit=-3"), s.access), 400, "invalid_parameter");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/movements?limit=abc"), s.access), 400, "invalid_parameter");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/movements?after_seq=x"), s.access), 400, "invalid_parameter");
    }

    void usersAndDevices()
    {
        const Session owner = d.newTenant();
        const Session admin = d.addMember(owner, QStringLiteral("admin"));
        const Session clerk = d.addMember(owner, QStringLiteral("clerk"), QStringLiteral("clerk-phone"));
        QVERIFY(!admin.access.isEmpty() && !clerk.access.isEmpty());
        const Response list = http().get(v1 + QStringLiteral("/users"), admin.access);
        CHECK_STATUS(list, 200);
        QCOMPARE(list.data().toObject().value("items").toArray().size(), 3);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/users"), clerk.access), 403, "forbidden");
        CHECK_STATUS(http().get(v1 + QStringLiteral("/users/") + clerk.userId, admin.access), 200);
        CHECK_ERROR(
            http().get(v1 + QStringLiteral("/users/") + depot::core::uuidToText(depot::core::UuidV7::generate()),
                       admin.access),
            404, "not_found");
        // Admins cannot create admins or owners; only the owner makes admins.
        CHECK_ERROR(
            http().post(v1 + QStringLiteral("/users"), {{"email", "a2@example.com"}, {"role", "admin"}}, admin.access),
            403, "forbidden");
        CHECK_ERROR(
            http().post(v1 + QStringLiteral("/users"), {{"email", "a3@example.com"}, {"role", "owner"}}, owner.access),
            403, "forbidden");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/users"), {{"email", "a4@example.com"}, {"role", "emperor"}},
                                owner.access),
                    400, "invalid_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/users"), {{"role", "clerk"}}, owner.access), 400,
                    "missing_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/users"), {{"email", "bad"}, {"role", "clerk"}}, owner.access),
                    400, "invalid_field");
        const QString clerkEmail =
            str(http().get(v1 + QStringLiteral("/users/") + clerk.userId, admin.access).data(), "email");
        CHECK_ERROR(
            http().post(v1 + QStringLiteral("/users"), {{"email", clerkEmail}, {"role", "clerk"}}, owner.access), 409,
            "already_member");
        // Role change, then deactivation.
        const Response promoted =
            http().patch(v1 + QStringLiteral("/users/") + clerk.userId, {{"role", "manager"}}, admin.access);
        CHECK_STATUS(promoted, 200);
        QCOMPARE(str(promoted.data(), "role"), QStringLiteral("manager"));
        CHECK_STATUS(http().post(v1 + QStringLiteral("/products"), {{"sku", "P"}, {"name", "P"}}, clerk.access), 201);
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + owner.userId, {{"active", false}}, admin.access), 403,
                    "forbidden");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + admin.userId, {{"role", "viewer"}}, admin.access),
                    403, "forbidden");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + clerk.userId, {{"active", "no"}}, admin.access), 400,
                    "invalid_field");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + clerk.userId, {{"email", "x@y.z"}}, admin.access),
                    400, "unknown_field");
        CHECK_STATUS(http().patch(v1 + QStringLiteral("/users/") + clerk.userId, {{"active", false}}, admin.access),
                     200);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), clerk.access), 403, "membership_inactive");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/login"), {{"tenant", owner.tenant},
                                                                     {"identifier", clerkEmail},
                                                                     {"password", Deployment::kPassword},
                                                                     {"device", "clerk-phone"}}),
                    403, "membership_inactive");
        QCOMPARE(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", clerk.refresh}}).status, 401);
        CHECK_STATUS(http().patch(v1 + QStringLiteral("/users/") + clerk.userId,
                                  {{"active", true}, {"temporary_password", "reset-password-1"}}, admin.access),
                     200);
        const Response relog = http().post(v1 + QStringLiteral("/auth/login"), {{"tenant", owner.tenant},
                                                                                {"identifier", clerkEmail},
                                                                                {"password", "reset-password-1"},
                                                                                {"device", "clerk-phone"}});
        CHECK_STATUS(relog, 200);
        QVERIFY(relog.data().toObject().value("must_change_password").toBool());

        // Devices: listed, revoked, and a revoked device's tokens stop working.
        const Response devices = http().get(v1 + QStringLiteral("/devices"), admin.access);
        CHECK_STATUS(devices, 200);
        QSet<QString> ids;
        for (const QJsonValue &v : devices.data().toObject().value("items").toArray())
            ids.insert(str(v, "id"));
        QVERIFY(ids.contains(QStringLiteral("clerk-phone")));
        CHECK_ERROR(http().get(v1 + QStringLiteral("/devices"), clerk.access), 403, "forbidden");
        CHECK_ERROR(http().del(v1 + QStringLiteral("/devices/") + owner.device, clerk.access), 403, "forbidden");
        CHECK_ERROR(http().del(v1 + QStringLiteral("/devices/no-such-device"), admin.access), 404, "not_found");
        const Response revoked = http().del(v1 + QStringLiteral("/devices/") + owner.device, admin.access);
        CHECK_STATUS(revoked, 200);
        QVERIFY(revoked.data().toObject().value("revoked").toBool());
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), owner.access), 401, "device_revoked");
        QCOMPARE(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", owner.refresh}}).status, 401);
    }

    void addingAnExistingIdentityRevealsNothingOfIt()
    {
        // Someone already has an account with company B, with a phone and a name.
        const QString email = QStringLiteral("shared-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        CHECK_STATUS(http().post(v1 + QStringLiteral("/signup"), {{"company_name", "Company B of the shared person"},
                                                                  {"company_email", "b@example.com"},
                                                                  {"admin_email", email},
                                                                  {"admin_phone", "+221 77 555 01 23"},
                                                                  {"admin_password", Deployment::kPassword},
                                                                  {"admin_first_name", "Secretfirst"},
                                                                  {"admin_last_name", "Secretlast"},
                                                                  {"plan", "starter"},
                                                                  {"accept_terms", true}}),
                     201);
        // The admin of company A adds them by email: the answer carries what A sent, not B's details.
        const Session a = d.newTenant();
        const Response added =
            http().post(v1 + QStringLiteral("/users"), {{"email", email.toUpper()}, {"role", "clerk"}}, a.access);
        CHECK_STATUS(added, 201);
        const QJsonObject data = added.data().toObject();
        QVERIFY(!str(data, "id").isEmpty());
        QCOMPARE(str(data, "email"), email);
        QCOMPARE(str(data, "role"), QStringLiteral("clerk"));
        for (const char *secret : {"Secretfirst", "Secretlast", "775550123"})
            QVERIFY2(!added.body.contains(secret), added.body.constData());
        QVERIFY(data.value("existing_account").toBool());
        QVERIFY(!data.contains("temporary_password"));
        // Added by phone, only the phone comes back.
        const Session a2 = d.newTenant();
        const Response byPhone =
            http().post(v1 + QStringLiteral("/users"), {{"phone", "+221775550123"}, {"role", "viewer"}}, a2.access);
        CHECK_STATUS(byPhone, 201);
        QCOMPARE(str(byPhone.data(), "phone"), QStringLiteral("+221775550123"));
        QVERIFY(byPhone.data().toObject().value("email").isNull());
        for (const char *secret : {"Secretfirst", "Secretlast", "shared-"})
            QVERIFY2(!byPhone.body.contains(secret), byPhone.body.constData());
        // A new identity is answered in full (A typed all of it).
        const Response fresh =
            http().post(v1 + QStringLiteral("/users"),
                        {{"email", "fresh-member@example.com"}, {"first_name", "Fresh"}, {"role", "clerk"}}, a.access);
        CHECK_STATUS(fresh, 201);
        QCOMPARE(str(fresh.data(), "first_name"), QStringLiteral("Fresh"));
        QVERIFY(!fresh.data().toObject().value("existing_account").toBool());
    }

    void pullSendsPersonalDetailsToAdminsOnly()
    {
        const Session owner = d.newTenant();
        const Session admin = d.addMember(owner, QStringLiteral("admin"));
        const Session clerk = d.addMember(owner, QStringLiteral("clerk"));
        const Session viewer = d.addMember(owner, QStringLiteral("viewer"));
        const QString ownerEmail =
            str(http().get(v1 + QStringLiteral("/me"), owner.access).data().toObject().value("user"), "email");
        for (const Session *s : {&clerk, &viewer, &admin, &owner}) {
            const Response pull = http().get(v1 + QStringLiteral("/sync/pull?since=0"), s->access);
            CHECK_STATUS(pull, 200);
            const QJsonArray members = pull.data().toObject().value("memberships").toArray();
            QCOMPARE(members.size(), 4);
            const bool personal = s->role == u"admin" || s->role == u"owner";
            for (const QJsonValue &m : members) {
                QVERIFY(!str(m, "user_id").isEmpty());
                QVERIFY(!str(m, "role").isEmpty());
                QVERIFY(m.toObject().contains("display_name"));
                for (const char *field : {"email", "phone", "first_name", "last_name"})
                    QCOMPARE(m.toObject().contains(QLatin1String(field)), personal);
            }
            QCOMPARE(pull.body.contains(ownerEmail.toUtf8()), personal);
            if (!personal) {
                QVERIFY(!pull.body.contains("@example.com"));
                bool found = false;
                for (const QJsonValue &m : members)
                    found |= str(m, "user_id") == owner.userId && str(m, "display_name") == u"Ada Owner";
                QVERIFY(found);
            }
        }
    }

    void pagingOfUsersDevicesAndStock()
    {
        const Session owner = d.newTenant();
        for (int i = 0; i < 2; ++i)
            QVERIFY(!d.addMember(owner, QStringLiteral("clerk")).access.isEmpty());
        const auto [product, location] = d.seedCatalog(owner);
        const QString second =
            str(http().post(v1 + QStringLiteral("/locations"), {{"code", "W2"}, {"name", "W2"}}, owner.access).data(),
                "id");
        const QString third =
            str(http().post(v1 + QStringLiteral("/locations"), {{"code", "W3"}, {"name", "W3"}}, owner.access).data(),
                "id");
        QJsonArray movements;
        for (const QString &l : {location, second, third})
            movements.append(Deployment::movement(product, l, "RECEIPT", "1", Deployment::hlcNow()));
        CHECK_STATUS(
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(owner.device, movements), owner.access),
            200);
        // Three of each (members, devices, balances): pages of two, then the rest; same envelope everywhere.
        for (const char *path : {"/users", "/devices", "/stock"}) {
            QSet<QString> seen;
            auto key = [&](const QJsonValue &v) {
                return str(v, "id").isEmpty() ? str(v, "product_id") + str(v, "location_id") : str(v, "id");
            };
            const Response first = http().get(v1 + QLatin1String(path) + QStringLiteral("?limit=2"), owner.access);
            CHECK_STATUS(first, 200);
            const QJsonObject a = first.data().toObject();
            QCOMPARE(a.value("items").toArray().size(), 2);
            QCOMPARE(a.value("limit").toInt(), 2);
            QCOMPARE(a.value("offset").toInt(), 0);
            QVERIFY2(a.value("has_more").toBool(), path);
            for (const QJsonValue &v : a.value("items").toArray())
                seen.insert(key(v));
            const QJsonObject b = http()
                                      .get(v1 + QLatin1String(path) + QStringLiteral("?limit=2&offset=2"), owner.access)
                                      .data()
                                      .toObject();
            QCOMPARE(b.value("items").toArray().size(), 1);
            QCOMPARE(b.value("offset").toInt(), 2);
            QVERIFY(!b.value("has_more").toBool());
            seen.insert(key(b.value("items").toArray().at(0)));
            QCOMPARE(seen.size(), 3);
            // Unpaged callers get a whole page (max-page), which here is everything.
            const QJsonObject all = http().get(v1 + QLatin1String(path), owner.access).data().toObject();
            QCOMPARE(all.value("items").toArray().size(), 3);
            QCOMPARE(all.value("limit").toInt(), 200); // --max-page 200
            QVERIFY(!all.value("has_more").toBool());
            // Absurd paging: clamped or refused, never a 500.
            QCOMPARE(http()
                         .get(v1 + QLatin1String(path) + QStringLiteral("?limit=99999999999999999999"), owner.access)
                         .data()
                         .toObject()
                         .value("limit")
                         .toInt(),
                     200);
            const Response far =
                http().get(v1 + QLatin1String(path) + QStringLiteral("?offset=9223372036854775807"), owner.access);
            CHECK_STATUS(far, 200);
            QCOMPARE(far.data().toObject().value("items").toArray().size(), 0);
            for (const char *bad : {"?limit=0", "?limit=-1", "?limit=1e9", "?offset=-1", "?offset=abc", "?offset=1.5"})
                CHECK_ERROR(http().get(v1 + QLatin1String(path) + QLatin1String(bad), owner.access), 400,
                            "invalid_parameter");
        }
        // Filters and paging together.
        const QJsonObject filtered =
            http().get(v1 + QStringLiteral("/stock?limit=1&product_id=") + product, owner.access).data().toObject();
        QCOMPARE(filtered.value("items").toArray().size(), 1);
        QVERIFY(filtered.value("has_more").toBool());
    }

    void planUsageAndLimits()
    {
        const Session s = d.newTenant(QStringLiteral("starter"));
        const Response plan = http().get(v1 + QStringLiteral("/plan"), s.access);
        CHECK_STATUS(plan, 200);
        const QJsonObject limits = plan.data().toObject().value("limits").toObject();
        QCOMPARE(limits.value("locations").toInt(), 2);
        QCOMPARE(plan.data().toObject().value("usage").toObject().value("users").toInt(), 1);
        CHECK_STATUS(http().post(v1 + QStringLiteral("/locations"), {{"code", "L1"}, {"name", "1"}}, s.access), 201);
        CHECK_STATUS(http().post(v1 + QStringLiteral("/locations"), {{"code", "L2"}, {"name", "2"}}, s.access), 201);
        const Response refused =
            http().post(v1 + QStringLiteral("/locations"), {{"code", "L3"}, {"name", "3"}}, s.access);
        CHECK_ERROR(refused, 403, "plan_limit_locations");
        QVERIFY(refused.json.value("error").toObject().value("message").toString().contains(QStringLiteral("starter")));
        // Users: starter allows 3.
        QVERIFY(!d.addMember(s, QStringLiteral("viewer")).access.isEmpty());
        QVERIFY(!d.addMember(s, QStringLiteral("viewer")).access.isEmpty());
        CHECK_ERROR(
            http().post(v1 + QStringLiteral("/users"), {{"email", "fourth@example.com"}, {"role", "viewer"}}, s.access),
            403, "plan_limit_users");
        // Devices: 3 already (owner + two members); a fourth device is refused at sign-in.
        const QString email =
            str(http().get(v1 + QStringLiteral("/me"), s.access).data().toObject().value("user"), "email");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/login"), {{"tenant", s.tenant},
                                                                     {"identifier", email},
                                                                     {"password", Deployment::kPassword},
                                                                     {"device", "fourth"}}),
                    403, "plan_limit_devices");
        // Products via push are refused per item once the limit is reached: checked in the security test on a race.
        const Response usage = http().get(v1 + QStringLiteral("/plan"), s.access);
        QCOMPARE(usage.data().toObject().value("usage").toObject().value("locations").toInt(), 2);
        QCOMPARE(usage.data().toObject().value("usage").toObject().value("devices").toInt(), 3);
    }

    void productLimit()
    {
        const Session s = d.newTenant(QStringLiteral("starter")); // 500 products
        QJsonArray catalog;
        const quint64 t = Deployment::hlcNow();
        for (int i = 0; i < 500; ++i) {
            const QString stamp = QString::number(t + quint64(i));
            catalog.append(QJsonObject{{"type", "product"},
                                       {"id", depot::core::uuidToText(depot::core::UuidV7::generate())},
                                       {"fields", QJsonObject{{"sku", QStringLiteral("LIM-%1").arg(i)}, {"name", "x"}}},
                                       {"stamps", QJsonObject{{"sku", stamp}, {"name", stamp}}}});
        }
        const Response full =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {}, catalog), s.access);
        CHECK_STATUS(full, 200);
        for (const QJsonValue &v : full.data().toObject().value("catalog").toArray())
            QCOMPARE(str(v, "status"), QStringLiteral("accepted"));
        const Response refused =
            http().post(v1 + QStringLiteral("/products"), {{"sku", "ONE-MORE"}, {"name", "x"}}, s.access);
        CHECK_ERROR(refused, 403, "plan_limit_products");
        QCOMPARE(refused.json.value("error").toObject().value("details").toObject().value("limit").toInt(), 500);
        const QString stamp = QString::number(t + 1000);
        const QJsonObject extra{{"type", "product"},
                                {"id", depot::core::uuidToText(depot::core::UuidV7::generate())},
                                {"fields", QJsonObject{{"sku", "ONE-MORE"}, {"name", "x"}}},
                                {"stamps", QJsonObject{{"sku", stamp}, {"name", stamp}}}};
        const QJsonArray r =
            http()
                .post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {}, {extra}), s.access)
                .data()
                .toObject()
                .value("catalog")
                .toArray();
        QCOMPARE(str(r.at(0), "code"), QStringLiteral("plan_limit_products"));
        // Archiving one frees a place.
        const QString first = str(http()
                                      .get(v1 + QStringLiteral("/products?limit=1"), s.access)
                                      .data()
                                      .toObject()
                                      .value("items")
                                      .toArray()
                                      .at(0),
                                  "id");
        CHECK_STATUS(http().patch(v1 + QStringLiteral("/products/") + first, {{"archived", true}}, s.access), 200);
        CHECK_STATUS(http().post(v1 + QStringLiteral("/products"), {{"sku", "ONE-MORE"}, {"name", "x"}}, s.access),
                     201);
    }

    void auditLog()
    {
        const Session s = d.newTenant();
        const Session viewer = d.addMember(s, QStringLiteral("viewer"));
        d.seedCatalog(s);
        const Response audit = http().get(v1 + QStringLiteral("/audit?limit=5"), s.access);
        CHECK_STATUS(audit, 200);
        const QJsonArray items = audit.data().toObject().value("items").toArray();
        QVERIFY(items.size() == 5);
        QCOMPARE(str(items.at(0), "action"), QStringLiteral("location.created"));
        QCOMPARE(str(items.at(1), "action"), QStringLiteral("product.created"));
        QCOMPARE(str(items.at(0), "actor"), s.userId);
        QCOMPARE(str(items.at(0), "ip"), QStringLiteral("127.0.0.1"));
        const Response page2 = http().get(v1 + QStringLiteral("/audit?limit=5&offset=5"), s.access);
        CHECK_STATUS(page2, 200);
        QVERIFY(page2.data().toObject().value("items").toArray().size() >= 1);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/audit"), viewer.access), 403, "forbidden");
    }

    void pushIdempotencyAndConflicts()
    {
        const Session s = d.newTenant();
        const auto [product, location] = d.seedCatalog(s);
        const quint64 t = Deployment::hlcNow();
        const QJsonObject a = Deployment::movement(product, location, "RECEIPT", "5", t + 1);
        const QJsonObject b = Deployment::movement(product, location, "ISSUE", "-2", t + 2);
        const QJsonObject body = Deployment::push(s.device, {a, b});
        const Response first = http().post(v1 + QStringLiteral("/sync/push"), body, s.access);
        CHECK_STATUS(first, 200);
        const QJsonArray r1 = first.data().toObject().value("movements").toArray();
        QCOMPARE(str(r1.at(0), "status"), QStringLiteral("accepted"));
        QCOMPARE(str(r1.at(1), "status"), QStringLiteral("accepted"));
        QVERIFY(str(r1.at(1), "seq").toLongLong() == str(r1.at(0), "seq").toLongLong() + 1);
        const QByteArray stockBefore = http().get(v1 + QStringLiteral("/stock"), s.access).body;
        const Response second = http().post(v1 + QStringLiteral("/sync/push"), body, s.access);
        CHECK_STATUS(second, 200);
        const QJsonArray r2 = second.data().toObject().value("movements").toArray();
        QCOMPARE(str(r2.at(0), "status"), QStringLiteral("duplicate"));
        QCOMPARE(str(r2.at(0), "seq"), str(r1.at(0), "seq"));
        QCOMPARE(str(r2.at(1), "status"), QStringLiteral("duplicate"));
        QCOMPARE(http().get(v1 + QStringLiteral("/stock"), s.access).body, stockBefore);
        QCOMPARE(http()
                     .get(v1 + QStringLiteral("/plan"), s.access)
                     .data()
                     .toObject()
                     .value("usage")
                     .toObject()
                     .value("movements")
                     .toInt(),
                 2);
        const QString tenantId =
            str(http().get(v1 + QStringLiteral("/me"), s.access).data().toObject().value("tenant"), "id");
        QVERIFY(http()
                    .get(QStringLiteral("/metrics"))
                    .body.contains("depot_movements_ingested_total{tenant=\"" + tenantId.toUtf8() + "\"} 2"));

        // Same id, different payload: a per-item conflict, the rest of the batch goes through.
        QJsonObject changed = a;
        changed.insert("quantity", "6");
        const QJsonObject c = Deployment::movement(product, location, "RECEIPT", "1", t + 3);
        QJsonObject badSign = Deployment::movement(product, location, "ISSUE", "3", t + 4);
        QJsonObject badQty = Deployment::movement(product, location, "RECEIPT", "1.2345", t + 5);
        QJsonObject unknown = Deployment::movement(depot::core::uuidToText(depot::core::UuidV7::generate()), location,
                                                   "RECEIPT", "1", t + 6);
        QJsonObject noHlc = Deployment::movement(product, location, "RECEIPT", "1", t + 7);
        noHlc.insert("hlc", 12345);
        QJsonObject transfer = Deployment::movement(product, location, "TRANSFER_OUT", "-1", t + 8);
        const Response third = http().post(
            v1 + QStringLiteral("/sync/push"),
            Deployment::push(s.device, {changed, c, badSign, badQty, unknown, noHlc, transfer, QJsonValue(7)}),
            s.access);
        CHECK_STATUS(third, 200);
        const QJsonArray r3 = third.data().toObject().value("movements").toArray();
        QCOMPARE(r3.size(), 8);
        QCOMPARE(str(r3.at(0), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(r3.at(0), "code"), QStringLiteral("conflict"));
        QCOMPARE(str(r3.at(1), "status"), QStringLiteral("accepted"));
        QCOMPARE(str(r3.at(2), "code"), QStringLiteral("invalid_quantity"));
        QCOMPARE(str(r3.at(3), "code"), QStringLiteral("invalid_quantity"));
        QCOMPARE(str(r3.at(4), "code"), QStringLiteral("unknown_product"));
        QCOMPARE(str(r3.at(5), "code"), QStringLiteral("invalid_movement"));
        QCOMPARE(str(r3.at(6), "code"), QStringLiteral("invalid_movement"));
        QCOMPARE(str(r3.at(7), "code"), QStringLiteral("invalid_movement"));
        for (const QJsonValue &v : r3)
            QVERIFY(str(v, "status") != u"rejected" || !str(v, "message").isEmpty());
        QCOMPARE(
            str(http().get(v1 + QStringLiteral("/stock"), s.access).data().toObject().value("items").toArray().at(0),
                "quantity"),
            QStringLiteral("4"));
        // The same id twice in one batch with different payloads: the second is a conflict.
        const QJsonObject d1 = Deployment::movement(product, location, "RECEIPT", "1", t + 9);
        QJsonObject d2 = d1;
        d2.insert("quantity", "2");
        const QJsonArray r4 =
            http()
                .post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {d1, d1, d2}), s.access)
                .data()
                .toObject()
                .value("movements")
                .toArray();
        QCOMPARE(str(r4.at(0), "status"), QStringLiteral("accepted"));
        QCOMPARE(str(r4.at(1), "status"), QStringLiteral("duplicate"));
        QCOMPARE(str(r4.at(2), "code"), QStringLiteral("conflict"));
    }

    void pushTextsThroughBothDecoders()
    {
        // A push of plain ASCII texts is read straight from the bytes (server/pushdecoder.h), any
        // other through QJsonDocument: both give the same movements, so a re-push through the other
        // path is a duplicate, and the texts come back as sent.
        const Session s = d.newTenant();
        const auto [product, location] = d.seedCatalog(s);
        const quint64 t = Deployment::hlcNow();
        QJsonObject plain = Deployment::movement(product, location, "RECEIPT", "5", t + 1);
        plain.insert("note", "plain note");
        QJsonObject fancy = Deployment::movement(product, location, "RECEIPT", "2", t + 2);
        fancy.insert("note", QStringLiteral("Caf\u00e9 \"Le Coin\" \\ tab\t"));
        const Response first =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {plain}), s.access);
        CHECK_STATUS(first, 200);
        const QString plainSeq = str(first.data().toObject().value("movements").toArray().at(0), "seq");
        const Response second =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {fancy}), s.access);
        CHECK_STATUS(second, 200);
        QCOMPARE(str(second.data().toObject().value("movements").toArray().at(0), "status"),
                 QStringLiteral("accepted"));
        // The plain one again, with a member that sends the body through the full parse.
        QJsonObject again = plain;
        again.insert("extra", 1);
        const Response third =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {again}), s.access);
        CHECK_STATUS(third, 200);
        const QJsonObject result = third.data().toObject().value("movements").toArray().at(0).toObject();
        QCOMPARE(str(result, "status"), QStringLiteral("duplicate"));
        QCOMPARE(str(result, "seq"), plainSeq);
        // And the fancy one again through the fast path cannot be: a changed note is a conflict.
        QJsonObject changed = fancy;
        changed.insert("note", "plain");
        const Response fourth =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {changed}), s.access);
        QCOMPARE(str(fourth.data().toObject().value("movements").toArray().at(0), "code"), QStringLiteral("conflict"));
        QHash<QString, QString> notes;
        for (const QJsonValue &v : http()
                                       .get(v1 + QStringLiteral("/sync/pull?since=0"), s.access)
                                       .data()
                                       .toObject()
                                       .value("movements")
                                       .toArray())
            notes.insert(str(v, "id"), str(v, "note"));
        QCOMPARE(notes.value(str(plain, "id")), QStringLiteral("plain note"));
        QCOMPARE(notes.value(str(fancy, "id")), str(fancy, "note"));
    }

    void aServerSpeakingANewerProtocol()
    {
        // --protocol-version (or DEPOT_PROTOCOL_VERSION), for tests: a real server that speaks
        // another sync protocol than this build, so clients can be tested against it.
        const Session s = d.newTenant();
        QTemporaryDir dir;
        ServerProcess newer;
        QString error;
        QVERIFY2(d.startAnother(newer, dir.path(), {"--protocol-version", "2"}, &error), qPrintable(error));
        HttpClient client(newer.baseUrl(), newer.fingerprint());
        auto supported = [](const Response &r) {
            return r.json.value("error").toObject().value("details").toObject().value("supported").toInt();
        };
        const Response old =
            client.call({"GET", v1 + QStringLiteral("/sync/pull?since=0"), {}, s.access, {{"X-Depot-Protocol", "1"}}});
        CHECK_ERROR(old, 426, "unsupported_protocol");
        QCOMPARE(supported(old), 2);
        QVERIFY(old.json.value("error").toObject().value("message").toString().contains(u"protocol 2"));
        const Response oldPush =
            client.post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {}), s.access);
        CHECK_ERROR(oldPush, 426, "unsupported_protocol");
        QCOMPARE(supported(oldPush), 2);
        QJsonObject body = Deployment::push(s.device, {});
        body.insert("protocol", 2);
        CHECK_STATUS(
            client.call({"POST", v1 + QStringLiteral("/sync/push"), json(body), s.access, {{"X-Depot-Protocol", "2"}}}),
            200);
        CHECK_STATUS(client.get(v1 + QStringLiteral("/products"), s.access), 200); // the header is optional
        QVERIFY(newer.stderrText().contains("listening"));
        QCOMPARE(newer.stop(), 0);
        // The same from the environment.
        QTemporaryDir envDir;
        ServerProcess fromEnv;
        fromEnv.environment << QStringLiteral("DEPOT_PROTOCOL_VERSION=3");
        QVERIFY2(d.startAnother(fromEnv, envDir.path(), {}, &error), qPrintable(error));
        HttpClient envClient(fromEnv.baseUrl(), fromEnv.fingerprint());
        CHECK_STATUS(
            envClient.call({"GET", v1 + QStringLiteral("/products"), {}, s.access, {{"X-Depot-Protocol", "3"}}}), 200);
        const Response refused =
            envClient.call({"GET", v1 + QStringLiteral("/products"), {}, s.access, {{"X-Depot-Protocol", "1"}}});
        CHECK_ERROR(refused, 426, "unsupported_protocol");
        QCOMPARE(supported(refused), 3);
        QCOMPARE(fromEnv.stop(), 0);
        // This build's own servers still speak protocol 1.
        CHECK_STATUS(http().call({"GET", v1 + QStringLiteral("/products"), {}, s.access, {{"X-Depot-Protocol", "1"}}}),
                     200);
    }

    void pushEnvelopeChecks()
    {
        const Session s = d.newTenant();
        const Session viewer = d.addMember(s, QStringLiteral("viewer"));
        QJsonObject body = Deployment::push(s.device, {});
        body.insert("protocol", 2);
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), body, s.access), 426, "unsupported_protocol");
        CHECK_ERROR(http().call({"GET", v1 + QStringLiteral("/products"), {}, s.access, {{"X-Depot-Protocol", "99"}}}),
                    426, "unsupported_protocol");
        CHECK_STATUS(http().call({"GET", v1 + QStringLiteral("/products"), {}, s.access, {{"X-Depot-Protocol", "1"}}}),
                     200);
        body = Deployment::push(s.device, {});
        body.remove("protocol");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), body, s.access), 400, "missing_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), Deployment::push("someone-else", {}), s.access), 400,
                    "device_mismatch");
        body = Deployment::push(s.device, {});
        body.insert("movements", "nope");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), body, s.access), 400, "invalid_field");
        body = Deployment::push(s.device, {});
        body.insert("hlc", "abc");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), body, s.access), 400, "invalid_field");
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(QJsonObject{{"id", i}});
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, many), s.access), 413,
                    "batch_too_large");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(viewer.device, {}), viewer.access),
                    403, "forbidden");
    }

    void clockSkewIsFlagged()
    {
        const Session s = d.newTenant();
        const QByteArray late = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
        const Response skewed = http().call({"POST",
                                             v1 + QStringLiteral("/sync/push"),
                                             json(Deployment::push(s.device, {})),
                                             s.access,
                                             {{"X-Depot-Device-Time", late}}});
        CHECK_STATUS(skewed, 200);
        const QJsonObject skew = skewed.data().toObject().value("clock_skew").toObject();
        QVERIFY(skew.value("flagged").toBool());
        QVERIFY(skew.value("skew_ms").toDouble() < -3500 * 1000.0);
        const Response devices = http().get(v1 + QStringLiteral("/devices"), s.access);
        bool flagged = false;
        for (const QJsonValue &v : devices.data().toObject().value("items").toArray())
            flagged |= str(v, "id") == s.device && v.toObject().value("clock_skew_flagged").toBool();
        QVERIFY(flagged);
        const Response fine =
            http().call({"POST",
                         v1 + QStringLiteral("/sync/push"),
                         json(Deployment::push(s.device, {})),
                         s.access,
                         {{"X-Depot-Device-Time", QByteArray::number(QDateTime::currentMSecsSinceEpoch())}}});
        QVERIFY(!fine.data().toObject().value("clock_skew").toObject().value("flagged").toBool());
        // A pull reports the skew of the clock it carries, too.
        const Response pull =
            http().call({"GET", v1 + QStringLiteral("/sync/pull"), {}, s.access, {{"X-Depot-Device-Time", late}}});
        QVERIFY(pull.data().toObject().value("clock_skew").toObject().value("flagged").toBool());
        QVERIFY(http().get(v1 + QStringLiteral("/sync/pull"), s.access).data().toObject().value("clock_skew").isNull());
    }

    void catalogMergeRules()
    {
        const Session s = d.newTenant();
        const QString id = depot::core::uuidToText(depot::core::UuidV7::generate());
        const quint64 t = Deployment::hlcNow();
        auto item = [&](const QString &itemId, const QJsonObject &fields, quint64 stamp) {
            QJsonObject stamps;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                stamps.insert(it.key(), QString::number(stamp));
            return QJsonObject{{"type", "product"},
                               {"id", itemId},
                               {"fields", fields},
                               {"stamps", stamps},
                               {"created_hlc", QString::number(stamp)}};
        };
        auto pushCatalog = [&](const QJsonArray &catalog) {
            return http()
                .post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {}, catalog), s.access)
                .data()
                .toObject()
                .value("catalog")
                .toArray();
        };
        QCOMPARE(str(pushCatalog({item(id, {{"sku", "MERGE-1"}, {"name", "First"}}, t + 10)}).at(0), "status"),
                 QStringLiteral("accepted"));
        // An older write of name loses; a newer write of category wins; the same write again is a duplicate.
        QCOMPARE(str(pushCatalog({item(id, {{"name", "Older"}}, t + 5)}).at(0), "status"), QStringLiteral("duplicate"));
        QCOMPARE(str(pushCatalog({item(id, {{"category", "Tools"}}, t + 20)}).at(0), "status"),
                 QStringLiteral("accepted"));
        QCOMPARE(str(pushCatalog({item(id, {{"category", "Tools"}}, t + 20)}).at(0), "status"),
                 QStringLiteral("duplicate"));
        QJsonObject mixed = item(id, {{"name", "Newer"}, {"unit", "kg"}}, t + 30);
        QJsonObject stamps = mixed.value("stamps").toObject();
        stamps.insert("unit", QString::number(t + 1));
        mixed.insert("stamps", stamps);
        pushCatalog({mixed});
        const Response product = http().get(v1 + QStringLiteral("/products/") + id, s.access);
        QCOMPARE(str(product.data(), "name"), QStringLiteral("Newer"));
        QCOMPARE(str(product.data(), "category"), QStringLiteral("Tools"));
        QCOMPARE(str(product.data(), "unit"), QStringLiteral("kg")); // first write of unit: no stored stamp yet

        // SKU collision created offline on two devices: the earliest-created survives.
        const QString early = depot::core::uuidToText(depot::core::UuidV7::generate());
        const QString late = depot::core::uuidToText(depot::core::UuidV7::generate());
        const QString loc =
            str(http().post(v1 + QStringLiteral("/locations"), {{"code", "M"}, {"name", "M"}}, s.access).data(), "id");
        QCOMPARE(str(pushCatalog({item(late, {{"sku", "DUP"}, {"name", "Late"}}, t + 200)}).at(0), "status"),
                 QStringLiteral("accepted"));
        http().post(v1 + QStringLiteral("/sync/push"),
                    Deployment::push(s.device, {Deployment::movement(late, loc, "RECEIPT", "2", t + 201)}), s.access);
        QCOMPARE(str(pushCatalog({item(early, {{"sku", "DUP"}, {"name", "Early"}}, t + 100)}).at(0), "status"),
                 QStringLiteral("accepted"));
        http().post(v1 + QStringLiteral("/sync/push"),
                    Deployment::push(s.device, {Deployment::movement(early, loc, "RECEIPT", "3", t + 202)}), s.access);
        QCOMPARE(str(http().get(v1 + QStringLiteral("/products/") + late, s.access).data(), "merged_into"), early);
        QVERIFY(http()
                    .get(v1 + QStringLiteral("/products/") + early, s.access)
                    .data()
                    .toObject()
                    .value("merged_into")
                    .isNull());
        // Stock of the merged product counts for the survivor.
        const QJsonArray stock = http()
                                     .get(v1 + QStringLiteral("/stock?product_id=") + early, s.access)
                                     .data()
                                     .toObject()
                                     .value("items")
                                     .toArray();
        QCOMPARE(stock.size(), 1);
        QCOMPARE(str(stock.at(0), "quantity"), QStringLiteral("5"));
        // A later duplicate SKU is merged into the survivor.
        const QString third = depot::core::uuidToText(depot::core::UuidV7::generate());
        pushCatalog({item(third, {{"sku", "DUP"}, {"name", "Third"}}, t + 300)});
        QCOMPARE(str(http().get(v1 + QStringLiteral("/products/") + third, s.access).data(), "merged_into"), early);
        // A clerk cannot change the catalog through a push.
        const Session clerk = d.addMember(s, QStringLiteral("clerk"));
        const QJsonArray r =
            http()
                .post(v1 + QStringLiteral("/sync/push"),
                      Deployment::push(clerk.device, {}, {item(id, {{"name", "Clerk"}}, t + 999)}), clerk.access)
                .data()
                .toObject()
                .value("catalog")
                .toArray();
        QCOMPARE(str(r.at(0), "code"), QStringLiteral("forbidden"));
        QCOMPARE(str(http().get(v1 + QStringLiteral("/products/") + id, s.access).data(), "name"),
                 QStringLiteral("Newer"));
        QJsonObject invalid = item(depot::core::uuidToText(depot::core::UuidV7::generate()),
                                   {{"sku", "X"}, {"name", "Y"}, {"tenant_id", "z"}}, t);
        QCOMPARE(str(pushCatalog({invalid}).at(0), "code"), QStringLiteral("invalid_catalog_item"));
    }

    void pullPagesEverythingOnce()
    {
        const Session s = d.newTenant();
        const auto [product, location] = d.seedCatalog(s);
        QJsonArray batch;
        const quint64 t = Deployment::hlcNow();
        for (int i = 0; i < 25; ++i)
            batch.append(Deployment::movement(product, location, "RECEIPT", "1", t + quint64(i)));
        CHECK_STATUS(http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, batch), s.access), 200);
        const Session viewer = d.addMember(s, QStringLiteral("viewer"));
        QString since = QStringLiteral("0");
        QSet<QString> movements;
        int catalog = 0;
        int memberships = 0;
        qint64 lastSeq = 0;
        for (int page = 0; page < 20; ++page) {
            const Response r = http().get(v1 + QStringLiteral("/sync/pull?limit=7&since=") + since, viewer.access);
            CHECK_STATUS(r, 200);
            const QJsonObject data = r.data().toObject();
            QCOMPARE(str(data.value("tenant"), "slug"), s.tenant);
            for (const QJsonValue &v : data.value("movements").toArray()) {
                QVERIFY(!movements.contains(str(v, "id")));
                movements.insert(str(v, "id"));
                QVERIFY(str(v, "seq").toLongLong() > lastSeq);
                lastSeq = str(v, "seq").toLongLong();
            }
            catalog += data.value("catalog").toArray().size();
            memberships += data.value("memberships").toArray().size();
            QVERIFY(str(data, "next").toLongLong() >= since.toLongLong());
            since = str(data, "next");
            if (!data.value("has_more").toBool())
                break;
        }
        QCOMPARE(movements.size(), 25);
        QCOMPARE(catalog, 2);
        QCOMPARE(memberships, 2);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/sync/pull?since=-1"), viewer.access), 400, "invalid_parameter");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/sync/pull?since=abc"), viewer.access), 400, "invalid_parameter");
        const Response empty = http().get(v1 + QStringLiteral("/sync/pull?since=") + since, viewer.access);
        QCOMPARE(empty.data().toObject().value("movements").toArray().size(), 0);
        QVERIFY(!empty.data().toObject().value("has_more").toBool());
    }

    void lifecycleAndPlatformAdmin()
    {
        const QString admin = platformAdminToken();
        QVERIFY(!admin.isEmpty());
        const Session s = d.newTenant(QStringLiteral("starter"));
        const Response list = http().get(v1 + QStringLiteral("/admin/tenants?limit=200"), admin);
        CHECK_STATUS(list, 200);
        bool found = false;
        for (const QJsonValue &v : list.data().toObject().value("items").toArray()) {
            if (str(v, "slug") == s.tenant) {
                found = true;
                QCOMPARE(str(v, "status"), QStringLiteral("TRIAL"));
                QCOMPARE(str(v, "plan"), QStringLiteral("starter"));
                QCOMPARE(v.toObject().value("stats").toObject().value("users").toInt(), 1);
            }
        }
        QVERIFY(found);
        CHECK_STATUS(http().get(v1 + QStringLiteral("/admin/tenants/") + s.tenant, admin), 200);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/admin/tenants/no-such"), admin), 404, "not_found");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/admin/tenants"), s.access), 403, "forbidden");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), admin), 403, "forbidden");
        auto patch = [&](const QJsonObject &body) {
            return http().patch(v1 + QStringLiteral("/admin/tenants/") + s.tenant, body, admin);
        };
        CHECK_ERROR(patch({{"plan", "gold"}}), 400, "invalid_plan");
        CHECK_ERROR(patch({{"status", "TRIAL"}}), 400, "invalid_field");
        CHECK_ERROR(patch({{"slug", "x"}}), 400, "unknown_field");
        CHECK_ERROR(
            http().patch(v1 + QStringLiteral("/admin/tenants/") + s.tenant, {{"status", "SUSPENDED"}}, s.access), 403,
            "forbidden");

        // Expired trial.
        CHECK_STATUS(
            patch({{"trial_ends_at", QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs)}}), 200);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), s.access), 402, "trial_expired");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", s.refresh}}), 402,
                    "trial_expired");
        // Upgrade: active, professional.
        const Response up = patch({{"status", "ACTIVE"}, {"plan", "professional"}});
        CHECK_STATUS(up, 200);
        QCOMPARE(str(up.data(), "plan"), QStringLiteral("professional"));
        CHECK_STATUS(http().get(v1 + QStringLiteral("/products"), s.access), 200);
        CHECK_ERROR(patch({{"trial_ends_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}), 409,
                    "invalid_transition");
        // Suspended, reactivated, cancelled.
        CHECK_STATUS(patch({{"status", "SUSPENDED"}}), 200);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), s.access), 403, "tenant_suspended");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, {}), s.access), 403,
                    "tenant_suspended");
        const QString email =
            str(http().get(v1 + QStringLiteral("/me"), s.access).data().toObject().value("user"), "email");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/login"), {{"tenant", s.tenant},
                                                                     {"identifier", email},
                                                                     {"password", Deployment::kPassword},
                                                                     {"device", s.device}}),
                    403, "tenant_suspended");
        CHECK_STATUS(patch({{"status", "ACTIVE"}}), 200);
        CHECK_STATUS(http().get(v1 + QStringLiteral("/products"), s.access), 200);
        // Every change is in the company's audit log, newest first, by the platform administrator; the
        // refused changes are not.
        const Response audit = http().get(v1 + QStringLiteral("/audit?limit=100"), s.access);
        CHECK_STATUS(audit, 200);
        QList<QJsonObject> updates;
        for (const QJsonValue &v : audit.data().toObject().value("items").toArray()) {
            if (str(v, "action") == u"tenant.updated")
                updates << v.toObject();
        }
        const QList<QStringList> expected{{"SUSPENDED", "ACTIVE", "professional", "professional"},
                                          {"ACTIVE", "SUSPENDED", "professional", "professional"},
                                          {"TRIAL", "ACTIVE", "starter", "professional"},
                                          {"TRIAL", "TRIAL", "starter", "starter"}};
        QCOMPARE(updates.size(), expected.size());
        for (qsizetype i = 0; i < updates.size(); ++i) {
            const QJsonObject details = updates.at(i).value("details").toObject();
            QCOMPARE(details.value("status_before").toString(), expected.at(i).at(0));
            QCOMPARE(details.value("status").toString(), expected.at(i).at(1));
            QCOMPARE(details.value("plan_before").toString(), expected.at(i).at(2));
            QCOMPARE(details.value("plan").toString(), expected.at(i).at(3));
            QVERIFY(updates.at(i).value("actor").toString().startsWith(u"platform:"));
            QCOMPARE(updates.at(i).value("target").toString(), s.tenant);
        }
        CHECK_STATUS(patch({{"status", "CANCELLED"}}), 200);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), s.access), 403, "tenant_cancelled");
        CHECK_ERROR(patch({{"status", "ACTIVE"}}), 409, "invalid_transition");
        CHECK_STATUS(http().get(v1 + QStringLiteral("/admin/tenants/") + s.tenant, admin), 200);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
