// Isolation and abuse: cross-tenant matrix, role x route matrix, token attacks, throttling, mass
// assignment, plan-limit race, bad input, RLS at the database level, graceful shutdown.
// Runs on the backend chosen by DEPOT_TEST_BACKEND (CTest runs it on both).
#include "deployment.h"
#include "forge.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTest>
#include <QDeadlineTimer>
#include <QThread>

#include <signal.h>

using namespace depot::server::test;

namespace {

const QString v1 = QStringLiteral("/api/v1");

QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}

QString b64url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

#define CHECK_ERROR(response, expected, code) \
    do { \
        const Response &r_ = (response); \
        if (r_.status != (expected) || r_.errorCode() != QStringLiteral(code)) \
            qWarning().noquote() << "body:" << r_.body; \
        QCOMPARE(r_.status, (expected)); \
        QVERIFY(r_.isEnvelope()); \
        QCOMPARE(r_.errorCode(), QStringLiteral(code)); \
    } while (false)

class TestServerSecurity : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    HttpClient &http() { return *d.http; }

    /// Signs a token with the server's own secret, with claims of our choosing.
    QString forge(const QString &alg, const QJsonObject &claims, const QByteArray &secretOverride = {})
    {
        QByteArray secret = secretOverride;
        if (secret.isEmpty()) {
            QFile f(d.dataDir.filePath(QStringLiteral("jwt.key")));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            secret = QByteArray::fromBase64(f.readAll().trimmed());
        }
        return forgeJwt(alg, QJsonDocument(claims).toJson(QJsonDocument::Compact), secret);
    }

    QJsonObject claimsFor(const Session &s, qint64 expOffset = 600)
    {
        const QJsonObject me = http().get(v1 + QStringLiteral("/me"), s.access).data().toObject();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return QJsonObject{{"typ", "access"},
                           {"iss", "depot-server"},
                           {"aud", "depot-api"},
                           {"sub", s.userId},
                           {"tid", str(me.value("tenant"), "id")},
                           {"dev", s.device},
                           {"iat", now},
                           {"exp", now + expOffset},
                           {"mcp", false},
                           {"pa", false}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        d.server.environment << QStringLiteral("QT_LOGGING_RULES=depot.*.debug=true"); // all of our log lines
        QVERIFY2(
            d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                     QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000"),
                     QStringLiteral("--tenant-rate-per-s"), QStringLiteral("100000"), QStringLiteral("--tenant-burst"),
                     QStringLiteral("100000"), QStringLiteral("--max-body-bytes"), QStringLiteral("100000")},
                    &error),
            qPrintable(error));
    }

    void cleanupTestCase()
    {
        QByteArray warnings;
        for (const QByteArray &line : d.server.stderrText().split('\n')) {
            if ((line.contains("\"level\":\"warning\"") && !line.contains("depot.server.auth"))
                || line.contains("\"level\":\"error\""))
                warnings += line + '\n';
        }
        QVERIFY2(warnings.isEmpty(), warnings.left(4000).constData());
        QCOMPARE(d.server.stop(), 0);
        d.stop();
    }

    void crossTenantMatrix()
    {
        const Session a = d.newTenant();
        const Session b = d.newTenant();
        const auto [pa, la] = d.seedCatalog(a, QStringLiteral("A-1"), QStringLiteral("A-W"));
        const auto [pb, lb] = d.seedCatalog(b, QStringLiteral("B-1"), QStringLiteral("B-W"));
        const Session bClerk = d.addMember(b, QStringLiteral("clerk"), QStringLiteral("b-clerk-device"));
        const Response bSupplier = http().post(v1 + QStringLiteral("/suppliers"), {{"name", "B's supplier"}}, b.access);
        QCOMPARE(bSupplier.status, 201);
        const QString sb = str(bSupplier.data(), "id");
        const QJsonObject mb = Deployment::movement(pb, lb, "RECEIPT", "9", Deployment::hlcNow());
        QCOMPARE(http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(b.device, {mb}), b.access).status,
                 200);
        const QString bTenantId =
            str(http().get(v1 + QStringLiteral("/me"), b.access).data().toObject().value("tenant"), "id");

        auto snapshot = [&]() {
            QByteArray s;
            for (const char *path :
                 {"/products?include_archived=true", "/locations", "/suppliers", "/stock", "/movements", "/users",
                  "/devices", "/plan", "/audit?limit=500", "/sync/pull?since=0"}) {
                QJsonObject data = http().get(v1 + QLatin1String(path), b.access).data().toObject();
                data.remove("server_hlc");
                s += path + QJsonDocument(data).toJson(QJsonDocument::Compact) + '\n';
            }
            return s;
        };
        const QByteArray before = snapshot();

        const QString id = QStringLiteral("{id}");
        struct Attempt
        {
            QByteArray method;
            QString path;
            QJsonObject body;
            QList<int> refused; ///< acceptable refusal statuses
        };
        const QList<Attempt> attempts{
            {"GET", v1 + "/products/" + pb, {}, {404}},
            {"PATCH", v1 + "/products/" + pb, {{"name", "pwned"}}, {404}},
            {"PATCH", v1 + "/products/" + pa, {{"preferred_supplier_id", pb}}, {400}},
            {"PATCH", v1 + "/products/" + pa, {{"preferred_supplier_id", sb}}, {400}},
            {"POST", v1 + "/products", {{"sku", "X-SB"}, {"name", "X"}, {"preferred_supplier_id", sb}}, {400}},
            {"GET", v1 + "/users/" + bClerk.userId, {}, {404}},
            {"PATCH", v1 + "/users/" + bClerk.userId, {{"active", false}}, {404}},
            {"PATCH", v1 + "/users/" + bClerk.userId, {{"temporary_password", "hijacked-password"}}, {404}},
            {"DELETE", v1 + "/devices/" + bClerk.device, {}, {404}},
            {"DELETE", v1 + "/devices/" + b.device, {}, {404}},
            {"POST", v1 + "/products", {{"sku", "X"}, {"name", "X"}, {"tenant_id", bTenantId}}, {400}},
            {"POST", v1 + "/locations", {{"code", "X"}, {"name", "X"}, {"parent_id", lb}}, {400}},
            {"GET", v1 + "/admin/tenants/" + b.tenant, {}, {403}},
            {"PATCH", v1 + "/admin/tenants/" + b.tenant, {{"status", "SUSPENDED"}}, {403}},
            {"POST", v1 + "/auth/logout", {{"refresh_token", b.refresh}}, {400}},
        };
        for (const Attempt &attempt : attempts) {
            const Response r = http().call({attempt.method, attempt.path, json(attempt.body), a.access, {}});
            QVERIFY2(
                attempt.refused.contains(r.status) && r.isEnvelope(),
                qPrintable(attempt.method + ' ' + attempt.path + " -> " + QString::number(r.status) + ' ' + r.body));
        }
        // Filters naming B's ids see nothing of B.
        for (const QString &query : {"/stock?product_id=" + pb, "/stock?location_id=" + lb,
                                     "/movements?product_id=" + pb, "/movements?location_id=" + lb}) {
            const Response r = http().get(v1 + query, a.access);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.data().toObject().value("items").toArray().size(), 0);
        }
        // A push naming B's product, location or movement id never touches B.
        const QJsonArray results =
            http()
                .post(v1 + QStringLiteral("/sync/push"),
                      Deployment::push(a.device, {Deployment::movement(pb, lb, "RECEIPT", "1", Deployment::hlcNow()),
                                                  Deployment::movement(pa, lb, "RECEIPT", "1", Deployment::hlcNow()),
                                                  Deployment::movement(pb, la, "RECEIPT", "1", Deployment::hlcNow())}),
                      a.access)
                .data()
                .toObject()
                .value("movements")
                .toArray();
        QCOMPARE(str(results.at(0), "code"), QStringLiteral("unknown_product"));
        QCOMPARE(str(results.at(1), "code"), QStringLiteral("unknown_location"));
        QCOMPARE(str(results.at(2), "code"), QStringLiteral("unknown_product"));
        QJsonObject sameId = mb;
        sameId.insert("product_id", pa);
        sameId.insert("location_id", la);
        QCOMPARE(str(http()
                         .post(v1 + QStringLiteral("/sync/push"), Deployment::push(a.device, {sameId}), a.access)
                         .data()
                         .toObject()
                         .value("movements")
                         .toArray()
                         .at(0),
                     "status"),
                 QStringLiteral("accepted")); // ids are per tenant: this is A's own movement
        const QJsonObject catalogItem{{"type", "product"},
                                      {"id", pb},
                                      {"fields", QJsonObject{{"sku", "B-1"}, {"name", "pwned"}}},
                                      {"stamps", QJsonObject{{"sku", QString::number(Deployment::hlcNow(9))},
                                                             {"name", QString::number(Deployment::hlcNow(9))}}}};
        const QString stamp = QString::number(Deployment::hlcNow(10));
        auto pushedProduct = [&](const QString &sku, const QJsonValue &supplier) {
            return QJsonObject{
                {"type", "product"},
                {"id", depot::core::uuidToText(depot::core::UuidV7::generate())},
                {"fields", QJsonObject{{"sku", sku}, {"name", sku}, {"preferred_supplier_id", supplier}}},
                {"stamps", QJsonObject{{"sku", stamp}, {"name", stamp}, {"preferred_supplier_id", stamp}}}};
        };
        const QString ownSupplier = depot::core::uuidToText(depot::core::UuidV7::generate());
        const QJsonObject supplierItem{{"type", "supplier"},
                                       {"id", ownSupplier},
                                       {"fields", QJsonObject{{"name", "A's own"}}},
                                       {"stamps", QJsonObject{{"name", stamp}}}};
        const QJsonObject childOfB{{"type", "location"},
                                   {"id", depot::core::uuidToText(depot::core::UuidV7::generate())},
                                   {"fields", QJsonObject{{"code", "A-CHILD"}, {"name", "x"}, {"parent_id", lb}}},
                                   {"stamps", QJsonObject{{"code", stamp}, {"name", stamp}, {"parent_id", stamp}}}};
        const QJsonArray catalogResults =
            http()
                .post(v1 + QStringLiteral("/sync/push"),
                      Deployment::push(a.device, {},
                                       {catalogItem, pushedProduct("A-SB", sb), childOfB,
                                        pushedProduct("A-OWN", ownSupplier), supplierItem}),
                      a.access)
                .data()
                .toObject()
                .value("catalog")
                .toArray();
        QCOMPARE(catalogResults.size(), 5);
        // B's product id, pushed by A, is A's own record (ids are per company): B's product is untouched.
        QCOMPARE(str(catalogResults.at(0), "status"), QStringLiteral("accepted"));
        // References to B's supplier or location are refused per item.
        QCOMPARE(str(catalogResults.at(1), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(catalogResults.at(1), "code"), QStringLiteral("invalid_reference"));
        QCOMPARE(str(catalogResults.at(2), "code"), QStringLiteral("invalid_reference"));
        // A reference to A's own supplier, pushed later in the same batch, is fine.
        QCOMPARE(str(catalogResults.at(3), "status"), QStringLiteral("accepted"));
        QCOMPARE(str(catalogResults.at(4), "status"), QStringLiteral("accepted"));
        // Tenant hints outside the token are ignored.
        const Response hinted = http().call({"GET",
                                             v1 + QStringLiteral("/products?tenant=") + b.tenant,
                                             {},
                                             a.access,
                                             {{"X-Tenant", b.tenant.toUtf8()}, {"X-Tenant-Id", bTenantId.toUtf8()}}});
        QCOMPARE(hinted.status, 200);
        for (const QJsonValue &v : hinted.data().toObject().value("items").toArray())
            QVERIFY(str(v, "sku") != u"B-1" || str(v, "name") == u"pwned"); // only A's copy, if any
        const Response pull = http().get(v1 + QStringLiteral("/sync/pull?since=0"), a.access);
        QVERIFY(!pull.body.contains(lb.toUtf8()) || pull.body.count(lb.toUtf8()) == 0);
        // A's credentials do not open B.
        const QString aEmail =
            str(http().get(v1 + QStringLiteral("/me"), a.access).data().toObject().value("user"), "email");
        QCOMPARE(http()
                     .post(v1 + QStringLiteral("/auth/login"), {{"tenant", b.tenant},
                                                                {"identifier", aEmail},
                                                                {"password", Deployment::kPassword},
                                                                {"device", "x"}})
                     .status,
                 401);
        QCOMPARE(snapshot(), before);
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("minRole");
        const QString none = QStringLiteral("00000000-0000-7000-8000-000000000000");
        QTest::newRow("list products") << QByteArray("GET") << "/products"
                                       << "viewer";
        QTest::newRow("create product") << QByteArray("POST") << "/products"
                                        << "manager";
        QTest::newRow("get product") << QByteArray("GET") << "/products/" + none << "viewer";
        QTest::newRow("patch product") << QByteArray("PATCH") << "/products/" + none << "manager";
        QTest::newRow("list locations") << QByteArray("GET") << "/locations"
                                        << "viewer";
        QTest::newRow("create location") << QByteArray("POST") << "/locations"
                                         << "manager";
        QTest::newRow("list suppliers") << QByteArray("GET") << "/suppliers"
                                        << "viewer";
        QTest::newRow("create supplier") << QByteArray("POST") << "/suppliers"
                                         << "manager";
        QTest::newRow("stock") << QByteArray("GET") << "/stock"
                               << "viewer";
        QTest::newRow("movements") << QByteArray("GET") << "/movements"
                                   << "viewer";
        QTest::newRow("list users") << QByteArray("GET") << "/users"
                                    << "admin";
        QTest::newRow("add user") << QByteArray("POST") << "/users"
                                  << "admin";
        QTest::newRow("get user") << QByteArray("GET") << "/users/" + none << "admin";
        QTest::newRow("patch user") << QByteArray("PATCH") << "/users/" + none << "admin";
        QTest::newRow("list devices") << QByteArray("GET") << "/devices"
                                      << "admin";
        QTest::newRow("revoke device") << QByteArray("DELETE") << "/devices/none"
                                       << "admin";
        QTest::newRow("plan") << QByteArray("GET") << "/plan"
                              << "viewer";
        QTest::newRow("audit") << QByteArray("GET") << "/audit"
                               << "admin";
        QTest::newRow("push") << QByteArray("POST") << "/sync/push"
                              << "clerk";
        QTest::newRow("pull") << QByteArray("GET") << "/sync/pull"
                              << "viewer";
        QTest::newRow("admin list") << QByteArray("GET") << "/admin/tenants"
                                    << "platform";
        QTest::newRow("admin get") << QByteArray("GET") << "/admin/tenants/x"
                                   << "platform";
        QTest::newRow("admin patch") << QByteArray("PATCH") << "/admin/tenants/x"
                                     << "platform";
    }

    void roleMatrix()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, minRole);
        static QMap<QString, Session> sessions;
        if (sessions.isEmpty()) {
            const Session owner = d.newTenant(QStringLiteral("enterprise"));
            sessions.insert(QStringLiteral("owner"), owner);
            for (const char *role : {"admin", "manager", "clerk", "viewer"})
                sessions.insert(QLatin1String(role), d.addMember(owner, QLatin1String(role)));
        }
        const QStringList order{"viewer", "clerk", "manager", "admin", "owner"};
        int n = 0;
        for (const QString &role : order) {
            const Session &s = sessions.value(role);
            QVERIFY(!s.access.isEmpty());
            QJsonObject body;
            if (path == u"/products")
                body = {{"sku", QStringLiteral("R-%1-%2").arg(role).arg(++n)}, {"name", "x"}};
            else if (path == u"/locations")
                body = {{"code", QStringLiteral("L-%1").arg(role)}, {"name", "x"}};
            else if (path == u"/suppliers" || path.startsWith(u"/products/"))
                body = {{"name", "x"}};
            else if (path == u"/sync/push")
                body = Deployment::push(s.device, {});
            else if (path == u"/users")
                body = {{"role", "clerk"}}; // invalid on purpose: allowed roles get 400, not a new member
            else if (path.startsWith(u"/users/"))
                body = {{"role", "viewer"}};
            else if (path.startsWith(u"/admin/"))
                body = {{"plan", "starter"}};
            const Response r = http().call(
                {method, v1 + path, method == "GET" || method == "DELETE" ? QByteArray() : json(body), s.access, {}});
            const bool allowed = minRole != u"platform" && order.indexOf(role) >= order.indexOf(minRole);
            QVERIFY2(r.isEnvelope(), r.body.constData());
            if (allowed)
                QVERIFY2(r.status != 403 && r.status != 401, qPrintable(role + QStringLiteral(": ") + r.body));
            else
                QVERIFY2(r.status == 403 && r.errorCode() == u"forbidden",
                         qPrintable(role + QStringLiteral(": ") + r.body));
        }
    }

    void tokenAttacks()
    {
        const Session s = d.newTenant();
        const QJsonObject claims = claimsFor(s);
        QCOMPARE(http().get(v1 + QStringLiteral("/products"), forge("HS256", claims)).status, 200); // the forge works
        const QString header = b64url(json({{"alg", "none"}, {"typ", "JWT"}}));
        const QString none = header + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), none), 401, "invalid_token");
        QString tampered = s.access;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), tampered), 401, "invalid_token");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), forge("HS256", claimsFor(s, -60))), 401,
                    "token_expired");
        QJsonObject c = claims;
        c.insert("aud", "other-api");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), forge("HS256", c)), 401, "invalid_token");
        c = claims;
        c.insert("iss", "evil");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), forge("HS256", c)), 401, "invalid_token");
        c = claims;
        c.insert("typ", "refresh");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), forge("HS256", c)), 401, "invalid_token");
        c = claims;
        c.remove("exp");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), forge("HS256", c)), 401, "invalid_token");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), forge("HS512", claims)), 401, "invalid_token");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), forge("HS256", claims, QByteArray(64, 'k'))), 401,
                    "invalid_token");
        CHECK_ERROR(http().get(v1 + QStringLiteral("/products"), s.refresh), 401, "invalid_token");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", s.access}}), 401,
                    "invalid_refresh_token");
        CHECK_ERROR(
            http().call({"GET", v1 + QStringLiteral("/products"), {}, {}, {{"Authorization", "Basic dXNlcjpwdw=="}}}),
            401, "unauthorized");
        // A platform-admin claim minted by a tenant user's token is not enough: the server checks the user.
        c = claims;
        c.remove("tid");
        c.insert("pa", true);
        CHECK_ERROR(http().get(v1 + QStringLiteral("/admin/tenants"), forge("HS256", c)), 403, "forbidden");
        // Refresh reuse revokes the family (reuse of a token whose successor was used: not a lost answer).
        const Response r1 = http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", s.refresh}});
        QCOMPARE(r1.status, 200);
        const Response r2 =
            http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", str(r1.data(), "refresh_token")}});
        QCOMPARE(r2.status, 200);
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", s.refresh}}), 401,
                    "refresh_token_reused");
        CHECK_ERROR(
            http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", str(r2.data(), "refresh_token")}}),
            401, "refresh_token_reused");
    }

    void refreshRetryAfterALostAnswer()
    {
        auto refresh = [this](const QString &token, HttpClient *client = nullptr, const QJsonObject &extra = {}) {
            QJsonObject body = extra;
            body.insert("refresh_token", token);
            return (client ? *client : http()).post(v1 + QStringLiteral("/auth/refresh"), body);
        };
        // The answer to a rotation is lost: the client retries with the token it still has and gets
        // a working pair of the same family, again if it is lost again; the lost successors are dead.
        const Session s = d.newTenant();
        const QString lost = str(refresh(s.refresh).data(), "refresh_token");
        QVERIFY(!lost.isEmpty());
        const Response retry = refresh(s.refresh);
        QCOMPARE(retry.status, 200);
        const Response again = refresh(s.refresh);
        QCOMPARE(again.status, 200);
        const QString kept = str(again.data(), "refresh_token");
        QVERIFY(kept != lost && kept != str(retry.data(), "refresh_token"));
        QCOMPARE(http().get(v1 + QStringLiteral("/products"), str(again.data(), "access_token")).status, 200);
        const Response next = refresh(kept);
        QCOMPARE(next.status, 200);
        QCOMPARE(refresh(str(next.data(), "refresh_token")).status, 200); // the family lives on
        // Once a successor has been used, the old token is a replay: the whole family is revoked.
        CHECK_ERROR(refresh(s.refresh), 401, "refresh_token_reused");
        CHECK_ERROR(refresh(str(next.data(), "refresh_token")), 401, "refresh_token_reused");
        // A successor revoked by a retry, used later (its answer was not lost after all: someone else
        // replayed the old token), revokes the family.
        const Session t = d.newTenant();
        const QString first = str(refresh(t.refresh).data(), "refresh_token");
        const QString replayed = str(refresh(t.refresh).data(), "refresh_token");
        CHECK_ERROR(refresh(first), 401, "refresh_token_reused");
        CHECK_ERROR(refresh(replayed), 401, "refresh_token_reused");
        // Another device named in the retry is not a retry.
        const Session u = d.newTenant();
        QCOMPARE(refresh(u.refresh).status, 200);
        CHECK_ERROR(refresh(u.refresh, nullptr, {{"device", "someone-else"}}), 401, "refresh_token_reused");
        // Outside the window (1 s on this server), the old token is a replay.
        QTemporaryDir dir;
        ServerProcess strict;
        QString error;
        QVERIFY2(d.startAnother(strict, dir.path(), {"--refresh-grace-s", "1"}, &error), qPrintable(error));
        HttpClient client(strict.baseUrl(), strict.fingerprint());
        const Session w = d.newTenant();
        const QString successor = str(refresh(w.refresh, &client).data(), "refresh_token");
        QVERIFY(!successor.isEmpty());
        QTest::qWait(1500);
        CHECK_ERROR(refresh(w.refresh, &client), 401, "refresh_token_reused");
        CHECK_ERROR(refresh(successor, &client), 401, "refresh_token_reused");
        QCOMPARE(strict.stop(), 0);
    }

    void loginThrottlingAndRateLimits()
    {
        const Session s = d.newTenant();
        const QString email =
            str(http().get(v1 + QStringLiteral("/me"), s.access).data().toObject().value("user"), "email");
        QTemporaryDir dir;
        ServerProcess strict;
        QString error;
        QVERIFY2(d.startAnother(strict, dir.path(),
                                {"--login-failures-per-ip", "5", "--login-window-s", "60", "--tenant-rate-per-s", "1",
                                 "--tenant-burst", "3", "--signups-per-ip", "2"},
                                &error),
                 qPrintable(error));
        HttpClient client(strict.baseUrl(), strict.fingerprint());
        const QJsonObject wrong{
            {"tenant", s.tenant}, {"identifier", email}, {"password", "wrong-password!"}, {"device", s.device}};
        QJsonObject right = wrong;
        right.insert("password", Deployment::kPassword);
        for (int i = 0; i < 4; ++i)
            CHECK_ERROR(client.post(v1 + QStringLiteral("/auth/login"), wrong), 401, "invalid_credentials");
        // A successful sign-in does not reset the failure window (no bypass by interleaving one's own login).
        QCOMPARE(client.post(v1 + QStringLiteral("/auth/login"), right).status, 200);
        CHECK_ERROR(client.post(v1 + QStringLiteral("/auth/login"), wrong), 401, "invalid_credentials");
        const Response blocked = client.post(v1 + QStringLiteral("/auth/login"), wrong);
        CHECK_ERROR(blocked, 429, "too_many_attempts");
        QVERIFY(blocked.header("Retry-After").toInt() > 0);
        CHECK_ERROR(client.post(v1 + QStringLiteral("/auth/login"), right), 429, "too_many_attempts");
        // An absurdly long password is refused without being hashed, and counts as a failure.
        QJsonObject huge = wrong;
        huge.insert("password", QString(5000, QLatin1Char('x')));
        CHECK_ERROR(http().post(v1 + QStringLiteral("/auth/login"), huge), 401, "invalid_credentials");
        // Per-tenant rate limit: a burst of 3, then 429 with Retry-After.
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 6; ++i) {
            const Response r = client.get(v1 + QStringLiteral("/products"), s.access);
            if (r.status == 429) {
                ++limited;
                retryAfter = r.header("Retry-After");
                QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
            }
        }
        QVERIFY(limited >= 2);
        QVERIFY(retryAfter.toInt() >= 1);
        // Another tenant is not limited by the first one's traffic.
        const Session other = d.newTenant();
        QCOMPARE(client.get(v1 + QStringLiteral("/products"), other.access).status, 200);
        // Sign-up is throttled per IP.
        auto signup = [&](int n) {
            return client.post(v1 + QStringLiteral("/signup"),
                               {{"company_name", QStringLiteral("Throttle %1").arg(n)},
                                {"company_email", "t@example.com"},
                                {"admin_email", QStringLiteral("throttle%1@example.com").arg(n)},
                                {"admin_password", Deployment::kPassword},
                                {"admin_first_name", "T"},
                                {"admin_last_name", "T"},
                                {"plan", "starter"},
                                {"accept_terms", true}});
        };
        QCOMPARE(signup(1).status, 201);
        QCOMPARE(signup(2).status, 201);
        const Response third = signup(3);
        CHECK_ERROR(third, 429, "rate_limited");
        QVERIFY(third.header("Retry-After").toInt() > 0);
        QCOMPARE(strict.stop(), 0);
    }

    void massAssignment()
    {
        const Session owner = d.newTenant(QStringLiteral("professional"));
        const Session clerk = d.addMember(owner, QStringLiteral("clerk"));
        const Session manager = d.addMember(owner, QStringLiteral("manager"));
        const QString tenantId =
            str(http().get(v1 + QStringLiteral("/me"), owner.access).data().toObject().value("tenant"), "id");
        const Session other = d.newTenant();
        const QString otherId =
            str(http().get(v1 + QStringLiteral("/me"), other.access).data().toObject().value("tenant"), "id");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + clerk.userId, {{"role", "owner"}}, clerk.access), 403,
                    "forbidden");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + clerk.userId,
                                 {{"role", "admin"}, {"tenant_id", otherId}}, clerk.access),
                    403, "forbidden");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"sku", "M"}, {"name", "M"}, {"tenant_id", otherId}},
                                clerk.access),
                    403, "forbidden");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"sku", "M"}, {"name", "M"}, {"tenant_id", otherId}},
                                manager.access),
                    400, "unknown_field");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"sku", "M"}, {"name", "M"}, {"plan", "enterprise"}},
                                manager.access),
                    400, "unknown_field");
        const Response p = http().post(v1 + QStringLiteral("/products"), {{"sku", "M"}, {"name", "M"}}, manager.access);
        QCOMPARE(p.status, 201);
        CHECK_ERROR(
            http().patch(v1 + QStringLiteral("/products/") + str(p.data(), "id"), {{"version", "1"}}, manager.access),
            400, "unknown_field");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/products/") + str(p.data(), "id"), {{"merged_into", tenantId}},
                                 manager.access),
                    400, "unknown_field");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + manager.userId,
                                 {{"role", "manager"}, {"plan", "enterprise"}}, owner.access),
                    400, "unknown_field");
        // Extra fields in a pushed movement change nothing: the server assigns seq and tenant.
        const QString loc =
            str(http().post(v1 + QStringLiteral("/locations"), {{"code", "MA"}, {"name", "MA"}}, manager.access).data(),
                "id");
        QJsonObject m = Deployment::movement(str(p.data(), "id"), loc, "RECEIPT", "1", Deployment::hlcNow());
        m.insert("tenant_id", otherId);
        m.insert("seq", "1");
        const QJsonArray r =
            http()
                .post(v1 + QStringLiteral("/sync/push"), Deployment::push(clerk.device, {m}), clerk.access)
                .data()
                .toObject()
                .value("movements")
                .toArray();
        QCOMPARE(str(r.at(0), "status"), QStringLiteral("accepted"));
        QVERIFY(str(r.at(0), "seq").toLongLong() > 1);
        QCOMPARE(http()
                     .get(v1 + QStringLiteral("/movements"), other.access)
                     .data()
                     .toObject()
                     .value("items")
                     .toArray()
                     .size(),
                 0);
        // Attribution comes from the access token: a clerk cannot push a movement as another device
        // (device overwritten) nor hide that they sent it (pushed_by); `user` stays the author the
        // device recorded (shared devices carry several people's offline work).
        QJsonObject forged = Deployment::movement(str(p.data(), "id"), loc, "RECEIPT", "2", Deployment::hlcNow(1));
        forged.insert("user", owner.userId);
        forged.insert("device", owner.device);
        const QJsonArray fr =
            http()
                .post(v1 + QStringLiteral("/sync/push"), Deployment::push(clerk.device, {forged}), clerk.access)
                .data()
                .toObject()
                .value("movements")
                .toArray();
        QCOMPARE(str(fr.at(0), "status"), QStringLiteral("accepted"));
        QHash<QString, QJsonObject> journal;
        for (const QJsonValue &v :
             http().get(v1 + QStringLiteral("/movements"), owner.access).data().toObject().value("items").toArray())
            journal.insert(str(v, "id"), v.toObject());
        for (const QJsonObject &sent : {m, forged}) {
            const QJsonObject stored = journal.value(sent.value("id").toString());
            QCOMPARE(stored.value("pushed_by").toString(), clerk.userId);
            QCOMPARE(stored.value("device").toString(), clerk.device);
            QCOMPARE(stored.value("user"), sent.value("user"));
        }
        bool pulled = false;
        for (const QJsonValue &v : http()
                                       .get(v1 + QStringLiteral("/sync/pull?since=0"), owner.access)
                                       .data()
                                       .toObject()
                                       .value("movements")
                                       .toArray()) {
            if (str(v, "id") == forged.value("id").toString()) {
                pulled = true;
                QCOMPARE(str(v, "pushed_by"), clerk.userId);
                QCOMPARE(str(v, "device"), clerk.device);
            }
        }
        QVERIFY(pulled);
        // Re-sent as is, the movement is a duplicate (the device is the server's, not a difference).
        QCOMPARE(
            str(http()
                    .post(v1 + QStringLiteral("/sync/push"), Deployment::push(clerk.device, {forged}), clerk.access)
                    .data()
                    .toObject()
                    .value("movements")
                    .toArray()
                    .at(0),
                "status"),
            QStringLiteral("duplicate"));
        // A clerk sending a plan change, wherever it is put, changes nothing.
        QJsonObject planPush = Deployment::push(clerk.device, {});
        planPush.insert("plan", "enterprise");
        QCOMPARE(http().post(v1 + QStringLiteral("/sync/push"), planPush, clerk.access).status, 200);
        CHECK_ERROR(
            http().patch(v1 + QStringLiteral("/admin/tenants/") + owner.tenant, {{"plan", "enterprise"}}, clerk.access),
            403, "forbidden");
        CHECK_ERROR(http().patch(v1 + QStringLiteral("/users/") + clerk.userId, {{"plan", "enterprise"}}, clerk.access),
                    403, "forbidden");
        CHECK_ERROR(http().post(v1 + QStringLiteral("/products"), {{"sku", "P"}, {"name", "P"}, {"plan", "enterprise"}},
                                clerk.access),
                    403, "forbidden");
        const QJsonObject me = http().get(v1 + QStringLiteral("/me"), clerk.access).data().toObject();
        QCOMPARE(str(me, "role"), QStringLiteral("clerk"));
        QCOMPARE(str(http().get(v1 + QStringLiteral("/plan"), owner.access).data(), "plan"),
                 QStringLiteral("professional"));
    }

    void planLimitRace()
    {
        const Session s = d.newTenant(QStringLiteral("starter")); // 2 locations
        QCOMPARE(
            http().post(v1 + QStringLiteral("/locations"), {{"code", "FIRST"}, {"name", "First"}}, s.access).status,
            201);
        QList<Request> requests;
        for (int i = 0; i < 10; ++i)
            requests << Request{"POST",
                                v1 + QStringLiteral("/locations"),
                                json({{"code", QStringLiteral("RACE-%1").arg(i)}, {"name", "Race"}}),
                                s.access,
                                {}};
        const QList<Response> responses = http().parallel(requests);
        int created = 0;
        int refused = 0;
        for (const Response &r : responses) {
            created += r.status == 201;
            refused += r.status == 403 && r.errorCode() == u"plan_limit_locations";
        }
        QCOMPARE(created, 1);
        QCOMPARE(refused, 9);
        QCOMPARE(http()
                     .get(v1 + QStringLiteral("/plan"), s.access)
                     .data()
                     .toObject()
                     .value("usage")
                     .toObject()
                     .value("locations")
                     .toInt(),
                 2);
    }

    void concurrentPushesKeepOneSequence()
    {
        // Many devices of one company push at once, some re-sending the same batch: every movement
        // is stored once, and the sequence has no gap and no duplicate.
        const Session owner = d.newTenant(QStringLiteral("enterprise"));
        const auto [product, location] = d.seedCatalog(owner);
        QList<Session> devices;
        for (int i = 0; i < 4; ++i)
            devices << d.login(
                owner.tenant,
                str(http().get(v1 + QStringLiteral("/me"), owner.access).data().toObject().value("user"), "email"),
                QLatin1String(Deployment::kPassword), QStringLiteral("concurrent-%1").arg(i));
        QList<QJsonArray> batches;
        for (int b = 0; b < 6; ++b) {
            QJsonArray batch;
            for (int j = 0; j < 50; ++j)
                batch.append(Deployment::movement(product, location, "RECEIPT", "1", Deployment::hlcNow(b * 100 + j)));
            batches << batch;
        }
        QList<Request> requests;
        for (int r = 0; r < 12; ++r) { // each batch sent twice, by different devices
            const Session &s = devices.at(r % devices.size());
            requests << Request{"POST",
                                v1 + QStringLiteral("/sync/push"),
                                json(Deployment::push(s.device, batches.at(r % batches.size()))),
                                s.access,
                                {}};
        }
        const QList<Response> responses = http().parallel(requests);
        QHash<QString, int> accepted;
        for (const Response &r : responses) {
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.data().toObject().value("movements").toArray()) {
                QVERIFY(str(v, "status") == u"accepted" || str(v, "status") == u"duplicate");
                accepted[str(v, "id")] += str(v, "status") == u"accepted";
            }
        }
        QCOMPARE(accepted.size(), 300);
        for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QList<qint64> seqs;
        QString since = QStringLiteral("0");
        for (int page = 0; page < 10; ++page) {
            const QJsonObject data =
                http().get(v1 + QStringLiteral("/sync/pull?limit=500&since=") + since, owner.access).data().toObject();
            for (const QJsonValue &v : data.value("movements").toArray())
                seqs << str(v, "seq").toLongLong();
            since = str(data, "next");
            if (!data.value("has_more").toBool())
                break;
        }
        QCOMPARE(seqs.size(), 300);
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1); // movements were pushed after the catalog: contiguous
    }

    void pushRaceBetweenLookupAndLockIsCheckedAgain()
    {
        // A push looks its movement ids up before it takes the tenant lock. Here the test holds
        // the lock itself, waits until the push queues behind it, then commits a movement with one
        // of the push's ids (another payload): the push must see it and answer "conflict" for that
        // item, numbering the others after it, instead of failing on the unique key.
        if (d.backend != u"postgres")
            QSKIP("On SQLite a push holds the write lock from its first statement.");
        const Session owner = d.newTenant();
        const auto [product, location] = d.seedCatalog(owner);
        const QString tenant =
            str(http().get(v1 + QStringLiteral("/me"), owner.access).data().toObject().value("tenant"), "id");
        QJsonArray batch;
        for (int j = 0; j < 3; ++j)
            batch.append(Deployment::movement(product, location, "RECEIPT", "1", Deployment::hlcNow(j)));
        const QString takenId = str(batch.at(0), "id");
        const auto open = [&](const QString &name) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(d.postgres.socketDir());
            db.setDatabaseName(QStringLiteral("depot"));
            db.setUserName(QStringLiteral("postgres"));
            return db;
        };
        qint64 lastSeq = 0;
        QList<Response> responses;
        {
            QSqlDatabase holder = open(QStringLiteral("lock-holder"));
            QSqlDatabase watcher = open(QStringLiteral("lock-watcher"));
            QVERIFY2(holder.open() && watcher.open(), qPrintable(holder.lastError().text()));
            QSqlQuery hold(holder);
            QVERIFY(hold.exec("BEGIN"));
            QVERIFY(hold.exec(QStringLiteral("SELECT last_seq FROM tenant_counters WHERE tenant_id = '%1' FOR UPDATE")
                                  .arg(tenant))
                    && hold.next());
            lastSeq = hold.value(0).toLongLong();
            bool queued = false;
            bool committed = false;
            QStringList sessions; // what the database sessions were doing, if the push never queued
            responses = http().parallel(
                {Request{"POST",
                         v1 + QStringLiteral("/sync/push"),
                         json(Deployment::push(owner.device, batch)),
                         owner.access,
                         {}},
                 Request{"GET", QStringLiteral("/healthz"), {}, {}, {}}},
                60000, [&] {
                    QSqlQuery watch(watcher);
                    // Up to 30 s: on a loaded 2-core CI machine 10 s was once not enough.
                    for (int i = 0; i < 1500 && !queued; ++i) {
                        queued = watch.exec("SELECT count(*) FROM pg_stat_activity WHERE datname = 'depot' "
                                            "AND wait_event_type = 'Lock'")
                                 && watch.next() && watch.value(0).toInt() >= 1;
                        // This runs inside parallel()'s event loop, when /healthz has answered: the
                        // push may still be in its TLS handshake or upload, so its events must go on
                        // (a plain sleep here once left it unsent for the whole wait).
                        for (QDeadlineTimer pause(20); !queued && !pause.hasExpired();)
                            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                    }
                    if (!queued && watch.exec("SELECT coalesce(state, ''), coalesce(wait_event_type, ''), "
                                              "coalesce(wait_event, ''), left(query, 120) FROM pg_stat_activity "
                                              "WHERE datname = 'depot'")) {
                        while (watch.next())
                            sessions << QStringLiteral("[%1 %2 %3: %4]")
                                            .arg(watch.value(0).toString(), watch.value(1).toString(),
                                                 watch.value(2).toString(), watch.value(3).toString());
                    }
                    committed =
                        hold.exec(
                            QStringLiteral("INSERT INTO movements (tenant_id, id, seq, product_id, location_id, kind, "
                                           "quantity, user_ref, device_ref, hlc, pushed_by, recorded_at) VALUES ('%1', "
                                           "'%2', %3, '%4', '%5', 'RECEIPT', 5000, 'other', 'other', 1, '%6', 0)")
                                .arg(tenant, takenId)
                                .arg(lastSeq + 1)
                                .arg(product, location, owner.userId))
                        && hold.exec(QStringLiteral("UPDATE tenant_counters SET last_seq = %1 WHERE tenant_id = '%2'")
                                         .arg(lastSeq + 1)
                                         .arg(tenant))
                        && hold.exec("COMMIT");
                });
            QVERIFY2(queued, qPrintable(QStringLiteral("the push never waited for the tenant lock; push answer %1 %2; "
                                                       "sessions %3")
                                            .arg(responses.isEmpty() ? 0 : responses.at(0).status)
                                            .arg(responses.isEmpty() ? QString()
                                                                     : QString::fromUtf8(responses.at(0).body.left(300)))
                                            .arg(sessions.join(u' '))));
            QVERIFY2(committed, qPrintable(hold.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
        QSqlDatabase::removeDatabase(QStringLiteral("lock-watcher"));
        QCOMPARE(responses.at(0).status, 200);
        const QJsonArray results = responses.at(0).data().toObject().value("movements").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(str(results.at(0), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(results.at(0), "code"), QStringLiteral("conflict"));
        for (int j = 1; j < 3; ++j) {
            QCOMPARE(str(results.at(j), "status"), QStringLiteral("accepted"));
            QCOMPARE(str(results.at(j), "seq").toLongLong(), lastSeq + 1 + j);
        }
    }

    void badInputNeverFails()
    {
        const Session s = d.newTenant();
        const auto [product, location] = d.seedCatalog(s);
        const QList<QPair<QByteArray, QString>> routes{{"POST", "/signup"},
                                                       {"POST", "/auth/login"},
                                                       {"POST", "/auth/refresh"},
                                                       {"POST", "/auth/logout"},
                                                       {"POST", "/auth/change-password"},
                                                       {"POST", "/products"},
                                                       {"PATCH", "/products/" + product},
                                                       {"POST", "/locations"},
                                                       {"POST", "/suppliers"},
                                                       {"POST", "/users"},
                                                       {"PATCH", "/users/" + s.userId},
                                                       {"POST", "/sync/push"},
                                                       {"PATCH", "/admin/tenants/" + s.tenant}};
        // (Built without raw string literals: moc miscounts braces inside them.)
        QList<QByteArray> bodies{"{",
                                 "[]",
                                 "null",
                                 "\"text\"",
                                 "42",
                                 "{\"a\":",
                                 QByteArray("\xff\xfe\x00garbage", 11),
                                 QByteArray(2000, '[') + QByteArray(2000, ']')};
        bodies << json({{"sku", QJsonArray{}},
                        {"name", QJsonObject{}},
                        {"role", 7},
                        {"active", "yes"},
                        {"protocol", "1"},
                        {"movements", QJsonObject{}},
                        {"email", QJsonValue()}});
        bodies << json({{"protocol", 1},
                        {"device", s.device},
                        {"hlc", "1"},
                        {"movements", QJsonArray{QJsonValue(), 1, "x", QJsonArray{}, QJsonObject{}}},
                        {"catalog", QJsonArray{QJsonValue(), QJsonObject{{"type", "product"}}}}});
        bodies << json({{"protocol", 1e308}, {"device", QJsonObject{}}, {"hlc", -1}});
        for (const auto &[method, path] : routes) {
            for (const QByteArray &body : bodies) {
                const Response r = http().call({method, v1 + path, body, s.access, {}});
                QVERIFY2(r.status >= 200 && r.status < 500 && r.isEnvelope(),
                         qPrintable(method + ' ' + path + " <- " + body.left(60) + " -> " + QString::number(r.status)
                                    + ' ' + r.body));
            }
        }
        // The platform administrator's PATCH reaches its body checks: bad bodies are 4xx, and change nothing.
        const QString admin = d.platformAdminToken();
        QVERIFY(!admin.isEmpty());
        const QString adminPath = v1 + QStringLiteral("/admin/tenants/") + s.tenant;
        const QByteArray tenantBefore = http().get(adminPath, admin).body;
        QList<QByteArray> adminBodies = bodies;
        for (const QJsonObject &o : QList<QJsonObject>{{},
                                                       {{"status", 5}},
                                                       {{"status", "NOPE"}},
                                                       {{"status", "PENDING"}},
                                                       {{"status", QJsonValue()}},
                                                       {{"status", QJsonArray{"ACTIVE"}}},
                                                       {{"plan", QJsonArray{}}},
                                                       {{"plan", "platinum"}},
                                                       {{"plan", QString(5000, u'p')}},
                                                       {{"trial_ends_at", "yesterday"}},
                                                       {{"trial_ends_at", 1}},
                                                       {{"trial_ends_at", "2026-13-45T99:00:00Z"}},
                                                       {{"status", "ACTIVE"}, {"plan", QJsonObject{}}},
                                                       {{"status", "SUSPENDED"}, {"tenant_id", "x"}},
                                                       {{"slug", "other"}}})
            adminBodies << json(o);
        adminBodies << QByteArray("{\"status\":\"SUSPENDED\",\"status\":") << QByteArray(300000, ' ');
        for (const QByteArray &body : adminBodies) {
            const Response r = http().call({"PATCH", adminPath, body, admin, {}});
            QVERIFY2(r.status >= 400 && r.status < 500 && r.isEnvelope(),
                     qPrintable("PATCH /admin/tenants <- " + body.left(60) + " -> " + QString::number(r.status) + ' '
                                + r.body));
        }
        QCOMPARE(http().get(adminPath, admin).body, tenantBefore);
        CHECK_ERROR(
            http().call(
                {"PATCH", v1 + QStringLiteral("/admin/tenants/") + QString(500, u'x'), "{\"plan\":1}", admin, {}}),
            404, "not_found");
        // Oversized body: 413 before anything is parsed.
        const QByteArray big = "{\"name\":\"" + QByteArray(150000, 'x') + "\"}";
        CHECK_ERROR(http().call({"POST", v1 + QStringLiteral("/products"), big, s.access, {}}), 413,
                    "payload_too_large");
        // Absurd paging and queries.
        for (const char *const q :
             {"/movements?limit=0", "/movements?limit=1e9", "/movements?after_seq=-5", "/products?offset=abc",
              "/audit?limit=%00", "/stock?product_id=%27%3B--", "/sync/pull?since=99999999999999999999999"}) {
            const Response r = http().get(v1 + q, s.access);
            QVERIFY2(r.status == 400 && r.isEnvelope(),
                     qPrintable(q + QStringLiteral(" -> ") + QString::number(r.status)));
        }
        const Response clamped = http().get(v1 + QStringLiteral("/products?limit=1000000"), s.access);
        QCOMPARE(clamped.status, 200);
        QCOMPARE(clamped.data().toObject().value("limit").toInt(), 500);
        // Invalid quantities are per-item rejections, never a 500.
        QJsonArray movements;
        for (const char *q : {"", "1e3", "1,2.3", "abc", "99999999999999999999", "0.0001", " 1", "--1", "NaN"})
            movements.append(
                Deployment::movement(product, location, "RECEIPT", QLatin1String(q), Deployment::hlcNow()));
        const Response r =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, movements), s.access);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.data().toObject().value("movements").toArray())
            QCOMPARE(str(v, "code"), QStringLiteral("invalid_quantity"));
    }

    void clientsGoneBeforeTheirAnswerLeaveTheServerRunning()
    {
        // A client that sends a push and drops the connection before the answer (a clerk's laptop
        // closed mid-sync, a process killed): the worker finishes, the answer has nowhere to go,
        // and the server goes on. (With Qt 6.4's QFuture responses it wrote to the deleted socket
        // and crashed, which sync_crash hit now and then.)
        const Session s = d.newTenant();
        const auto [product, location] = d.seedCatalog(s);
        QJsonArray movements;
        for (int i = 0; i < 150; ++i) // under this server's --max-body-bytes
            movements.append(
                Deployment::movement(product, location, "RECEIPT", QStringLiteral("1"), Deployment::hlcNow(i)));
        const QByteArray body = QJsonDocument(Deployment::push(s.device, movements)).toJson(QJsonDocument::Compact);
        for (int round = 0; round < 20; ++round) {
            QSslSocket socket;
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), d.server.port());
            QVERIFY(socket.waitForEncrypted(10000));
            socket.write("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                         + s.access.toUtf8() + "\r\nX-Depot-Protocol: 1\r\nContent-Type: application/json"
                         + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(socket.waitForBytesWritten(10000));
            // Gone at once (the first rounds), or after the server began (the later ones).
            if (round >= 10)
                QTest::qWait(round - 9);
            socket.abort();
        }
        QTest::qWait(300);
        QVERIFY(body.size() < 100000);
        QCOMPARE(d.server.process().state(), QProcess::Running);
        QCOMPARE(http().get(QStringLiteral("/healthz")).status, 200);
        // Every push that reached the server was applied once or not at all: the same push again
        // is all duplicates or accepted, never anything else.
        const Response again =
            http().post(v1 + QStringLiteral("/sync/push"), Deployment::push(s.device, movements), s.access);
        QCOMPARE(again.status, 200);
        for (const QJsonValue &v : again.data().toObject().value("movements").toArray()) {
            const QString status = str(v, "status");
            QVERIFY2(status == u"duplicate" || status == u"accepted", qPrintable(status));
        }
    }

    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        // With --max-body-bytes 100000, a request announcing 1 GiB gets its 413 as soon as its
        // headers arrive, and what the client sends after that is dropped, not kept. (A server of
        // its own, without AddressSanitizer's quarantine of freed memory, so that RSS means something.)
        const Session s = d.newTenant();
        QTemporaryDir dir;
        ServerProcess lean;
        lean.environment << QStringLiteral("ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=0");
        QString error;
        QVERIFY2(d.startAnother(lean, dir.path(), {"--max-body-bytes", "100000"}, &error), qPrintable(error));
        auto rssKb = [&lean]() {
            QFile status(QStringLiteral("/proc/%1/status").arg(lean.pid()));
            if (!status.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
            return qint64(-1);
        };
        auto open = [&lean](QSslSocket &socket) {
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), lean.port());
            return socket.waitForEncrypted(10000);
        };
        // True once `answer` holds a whole response (headers and Content-Length bytes of body).
        auto complete = [](const QByteArray &answer) {
            const qsizetype end = answer.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const qsizetype at = answer.left(end).toLower().indexOf("content-length:");
            const qint64 length =
                at < 0 ? 0 : answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            return answer.size() >= end + 4 + length;
        };
        auto answerOf = [&complete](QSslSocket &socket, int timeoutMs) {
            QByteArray answer;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < timeoutMs && !complete(answer)) {
                socket.waitForReadyRead(50);
                answer += socket.readAll();
                if (socket.state() != QAbstractSocket::ConnectedState)
                    break;
            }
            return answer;
        };
        const qint64 before = rssKb();
        QVERIFY(before > 0);
        QSslSocket socket;
        QVERIFY(open(socket));
        socket.write("POST /api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + s.access.toUtf8()
                     + "\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{\"sku\":\"");
        const QByteArray block(1 << 20, 'x');
        QByteArray answer;
        qint64 sent = 0;
        QElapsedTimer timer;
        timer.start();
        // Keep sending (64 MiB at most) until the answer comes: it must come long before the body ends.
        while (timer.elapsed() < 10000 && !complete(answer) && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.bytesToWrite() < 2 * block.size() && sent < 64 * block.size()) {
                socket.write(block);
                sent += block.size();
            }
            socket.waitForBytesWritten(20);
            socket.waitForReadyRead(20);
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("\"payload_too_large\""));
        QVERIFY(answer.contains("Connection: close"));
        // The connection is closed soon after, even though the client announced much more.
        for (int i = 0; i < 40 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            if (socket.bytesToWrite() < 2 * block.size())
                socket.write(block); // dropped by the server while it lingers
            socket.waitForBytesWritten(50);
            socket.waitForReadyRead(50);
            socket.readAll();
        }
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        const qint64 grownKb = rssKb() - before;
        QVERIFY2(grownKb < 16 * 1024, qPrintable(QStringLiteral("server RSS grew by %1 KiB").arg(grownKb)));

        // Headers that never end and bodies without a length are refused the same way.
        QSslSocket huge;
        QVERIFY(open(huge));
        huge.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + QByteArray(100 * 1024, 'a'));
        QVERIFY(answerOf(huge, 5000).startsWith("HTTP/1.1 431"));
        QSslSocket chunked;
        QVERIFY(open(chunked));
        chunked.write("POST /api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n");
        const QByteArray refusedChunked = answerOf(chunked, 5000);
        QVERIFY2(refusedChunked.startsWith("HTTP/1.1 411"), refusedChunked.constData());
        // Requests within the limit on one kept-alive connection still work, body after body.
        QSslSocket keepAlive;
        QVERIFY(open(keepAlive));
        const QByteArray product = json({{"sku", "KEEP-1"}, {"name", "Kept alive"}});
        keepAlive.write("POST /api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                        + s.access.toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(product.size()) + "\r\n\r\n" + product);
        QVERIFY(answerOf(keepAlive, 10000).startsWith("HTTP/1.1 201"));
        keepAlive.write("GET /api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + s.access.toUtf8()
                        + "\r\n\r\n");
        const QByteArray listed = answerOf(keepAlive, 10000);
        QVERIFY2(listed.startsWith("HTTP/1.1 200") && listed.contains("KEEP-1"), listed.constData());
        QCOMPARE(lean.stop(), 0);
    }

    void rowLevelSecurityInTheDatabase()
    {
        if (d.backend != u"postgres")
            QSKIP("Row-Level Security is a PostgreSQL feature; SQLite relies on the tenant-scoped handle.");
        const Session a = d.newTenant();
        d.seedCatalog(a);
        const QString tenantA =
            str(http().get(v1 + QStringLiteral("/me"), a.access).data().toObject().value("tenant"), "id");
        const Session b = d.newTenant();
        d.seedCatalog(b);
        const QString tenantB =
            str(http().get(v1 + QStringLiteral("/me"), b.access).data().toObject().value("tenant"), "id");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("rls"));
            db.setHostName(d.postgres.socketDir());
            db.setDatabaseName(QStringLiteral("depot"));
            db.setUserName(QStringLiteral("depot_app"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user") && q.next());
            QVERIFY(!q.value(0).toBool());
            QVERIFY(!q.value(1).toBool());
            QVERIFY(q.exec("SELECT count(*) FROM pg_tables WHERE tableowner = current_user") && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(
                q.exec(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname IN ('tenant_counters','memberships',"
                    "'devices','refresh_tokens','suppliers','locations','products','movements','audit_log') "
                    "AND c.relrowsecurity AND c.relforcerowsecurity")
                && q.next());
            QCOMPARE(q.value(0).toInt(), 9);
            // No tenant set: nothing visible, nothing insertable.
            for (const char *table :
                 {"products", "locations", "memberships", "audit_log", "movements", "devices", "tenant_counters"}) {
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
                QCOMPARE(q.value(0).toInt(), 0);
            }
            const QString insert = QStringLiteral(
                "INSERT INTO suppliers (tenant_id, id, name, data, stamps, created_hlc, seq, updated_at) "
                "VALUES ('%1', '%2', 'x', '{}', '{}', 1, 1, 1)");
            QVERIFY(!q.exec(insert.arg(tenantA, depot::core::uuidToText(depot::core::UuidV7::generate()))));
            // Tenant A set: sees A only, cannot write B's rows.
            QVERIFY(q.exec("BEGIN"));
            QVERIFY(q.exec(QStringLiteral("SET LOCAL app.tenant_id = '%1'").arg(tenantA)));
            QVERIFY(
                q.exec(
                    "SELECT count(*), count(*) FILTER (WHERE tenant_id <> current_setting('app.tenant_id')::uuid) FROM products")
                && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toInt(), 0);
            QVERIFY(!q.exec(insert.arg(tenantB, depot::core::uuidToText(depot::core::UuidV7::generate()))));
            QVERIFY(q.exec("ROLLBACK"));
            QVERIFY(q.exec("BEGIN"));
            QVERIFY(q.exec(QStringLiteral("SET LOCAL app.tenant_id = '%1'").arg(tenantA)));
            QVERIFY(q.exec(QStringLiteral("UPDATE products SET name = 'pwned' WHERE tenant_id = '%1'").arg(tenantB)));
            QCOMPARE(q.numRowsAffected(), 0);
            // Append-only: no UPDATE or DELETE on movements and the audit log, even of one's own tenant.
            QVERIFY(!q.exec("DELETE FROM audit_log"));
            QVERIFY(q.exec("ROLLBACK"));
            QVERIFY(!q.exec("DROP TABLE products"));
            QVERIFY(!q.exec("ALTER TABLE products DISABLE ROW LEVEL SECURITY"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rls"));
        QCOMPARE(
            str(http().get(v1 + QStringLiteral("/products"), b.access).data().toObject().value("items").toArray().at(0),
                "name"),
            QStringLiteral("Product SKU-1"));
    }

    void serveAsTheAppRole()
    {
        // docs/server.md recommends connecting `serve` as the application role itself (no SET ROLE
        // that a session could undo): a server logged in as depot_app does everything the API does.
        if (d.backend != u"postgres")
            QSKIP("The application role is a PostgreSQL deployment matter.");
        const QString appUrl =
            QStringLiteral("postgresql://depot_app@localhost/depot?host=%1").arg(d.postgres.socketDir());
        QTemporaryDir dir;
        ServerProcess app;
        QString error;
        QVERIFY2(app.start(appUrl, dir.path(),
                           {QStringLiteral("--jwt-secret-file"), d.dataDir.filePath(QStringLiteral("jwt.key"))},
                           &error),
                 qPrintable(error));
        HttpClient client(app.baseUrl(), app.fingerprint());
        QCOMPARE(client.get(QStringLiteral("/readyz")).status, 200);
        // Sign-up, sign-in, catalog, push, pull, stock, audit, refresh, logout: all as depot_app.
        const QString email = QStringLiteral("app-role-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        const Response signup = client.post(v1 + QStringLiteral("/signup"), {{"company_name", "App Role Company"},
                                                                             {"company_email", "c@example.com"},
                                                                             {"admin_email", email},
                                                                             {"admin_password", Deployment::kPassword},
                                                                             {"admin_first_name", "A"},
                                                                             {"admin_last_name", "R"},
                                                                             {"plan", "starter"},
                                                                             {"accept_terms", true}});
        QCOMPARE(signup.status, 201);
        const QString slug = str(signup.data().toObject().value("tenant"), "slug");
        const Response login = client.post(v1 + QStringLiteral("/auth/login"), {{"tenant", slug},
                                                                                {"identifier", email},
                                                                                {"password", Deployment::kPassword},
                                                                                {"device", "app-role-device"}});
        QCOMPARE(login.status, 200);
        const QString token = str(login.data(), "access_token");
        const QString product =
            str(client.post(v1 + QStringLiteral("/products"), {{"sku", "AR-1"}, {"name", "x"}}, token).data(), "id");
        const QString location =
            str(client.post(v1 + QStringLiteral("/locations"), {{"code", "AR"}, {"name", "x"}}, token).data(), "id");
        QVERIFY(!product.isEmpty() && !location.isEmpty());
        const Response push = client.post(
            v1 + QStringLiteral("/sync/push"),
            Deployment::push("app-role-device",
                             {Deployment::movement(product, location, "RECEIPT", "4", Deployment::hlcNow())}),
            token);
        QCOMPARE(str(push.data().toObject().value("movements").toArray().at(0), "status"), QStringLiteral("accepted"));
        const Response pull = client.get(v1 + QStringLiteral("/sync/pull?since=0"), token);
        QCOMPARE(pull.status, 200);
        QCOMPARE(pull.data().toObject().value("movements").toArray().size(), 1);
        QCOMPARE(str(client.get(v1 + QStringLiteral("/stock"), token).data().toObject().value("items").toArray().at(0),
                     "quantity"),
                 QStringLiteral("4"));
        QVERIFY(client.get(v1 + QStringLiteral("/audit"), token).data().toObject().value("items").toArray().size()
                >= 3);
        const Response refreshed =
            client.post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", str(login.data(), "refresh_token")}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(client
                     .post(v1 + QStringLiteral("/auth/logout"),
                           {{"refresh_token", str(refreshed.data(), "refresh_token")}},
                           str(refreshed.data(), "access_token"))
                     .status,
                 200);
        // The same data through the other server (a privileged login with SET ROLE): one database.
        const Session other = d.login(slug, email, QLatin1String(Deployment::kPassword), "app-role-device");
        QCOMPARE(http().get(v1 + QStringLiteral("/products/") + product, other.access).status, 200);
        // It really logged in as depot_app.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("activity"));
            db.setHostName(d.postgres.socketDir());
            db.setDatabaseName(QStringLiteral("depot"));
            db.setUserName(QStringLiteral("postgres"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT count(*) FROM pg_stat_activity WHERE usename = 'depot_app' AND datname = 'depot'")
                    && q.next());
            QVERIFY(q.value(0).toInt() >= 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("activity"));
        QCOMPARE(app.stop(), 0);
        QVERIFY2(!app.stderrText().contains("\"level\":\"warning\""), app.stderrText().left(2000).constData());
    }

    void gracefulShutdownFinishesInFlightRequests()
    {
        const Session s = d.newTenant(QStringLiteral("enterprise"));
        const auto [product, location] = d.seedCatalog(s);
        QTemporaryDir dir;
        ServerProcess other;
        QString error;
        QVERIFY2(
            d.startAnother(other, dir.path(), {"--tenant-rate-per-s", "100000", "--tenant-burst", "100000"}, &error),
            qPrintable(error));
        QList<Request> requests;
        for (int i = 0; i < 8; ++i) {
            QJsonArray batch;
            for (int j = 0; j < 200; ++j)
                batch.append(Deployment::movement(product, location, "RECEIPT", "1", Deployment::hlcNow(i * 1000 + j)));
            requests << Request{
                "POST", v1 + QStringLiteral("/sync/push"), json(Deployment::push(s.device, batch)), s.access, {}};
        }
        HttpClient client(other.baseUrl(), other.fingerprint());
        QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
        // Send everything; SIGTERM as soon as the first answer arrives, while the others are in flight.
        const QList<Response> responses =
            client.parallel(requests, 60000, [&other]() { ::kill(pid_t(other.process().processId()), SIGTERM); });
        int ok = 0;
        for (const Response &r : responses)
            ok += r.status == 200;
        QVERIFY2(other.process().waitForFinished(30000), "the server did not stop");
        QCOMPARE(other.process().exitCode(), 0);
        // Requests the server had accepted were answered; none was cut half-way: the log is complete.
        const int stored = http()
                               .get(v1 + QStringLiteral("/plan"), s.access)
                               .data()
                               .toObject()
                               .value("usage")
                               .toObject()
                               .value("movements")
                               .toInt();
        QVERIFY(ok >= 1);
        QCOMPARE(stored, ok * 200);
        QVERIFY(other.stderrText().contains("stopped"));
    }

    /// Runs last: the log of everything this binary did (sign-ins, failures, refreshes, reuse,
    /// password changes, temporary passwords) carries no password and no token.
    void logsCarryNoSecrets()
    {
        const Session owner = d.newTenant();
        const Session clerk = d.addMember(owner, QStringLiteral("clerk"));
        const QString email =
            str(http().get(v1 + QStringLiteral("/me"), owner.access).data().toObject().value("user"), "email");
        http().post(v1 + QStringLiteral("/auth/login"), {{"tenant", owner.tenant},
                                                         {"identifier", email},
                                                         {"password", "a-wrong-secret-password"},
                                                         {"device", owner.device}});
        const Response rotated = http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", owner.refresh}});
        QCOMPARE(rotated.status, 200);
        const QString successor = str(rotated.data(), "refresh_token");
        http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", clerk.refresh}});
        http().post(v1 + QStringLiteral("/auth/refresh"), {{"refresh_token", clerk.refresh}}); // reuse
        http().post(v1 + QStringLiteral("/auth/change-password"),
                    {{"current_password", Deployment::kPassword}, {"new_password", "another-secret-password"}},
                    str(rotated.data(), "access_token"));
        const QByteArray log = d.server.stderrText();
        QVERIFY(log.contains("refresh token reuse")); // the log is the one we think it is
        QStringList secrets{QLatin1String(Deployment::kPassword),
                            QLatin1String(Deployment::kPlatformPassword),
                            QStringLiteral("temporary-pass-"),
                            QStringLiteral("hijacked-password"),
                            QStringLiteral("wrong-password!"),
                            QStringLiteral("a-wrong-secret-password"),
                            QStringLiteral("another-secret-password"),
                            owner.access,
                            owner.refresh,
                            successor,
                            clerk.access,
                            clerk.refresh,
                            d.platformAdminToken()};
        for (const QString &secret : secrets)
            QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(QStringLiteral("the log contains ") + secret.left(12)));
        // No token of any kind: JWTs start with a base64 JSON header, refresh tokens with rt1.<tenant>.
        QVERIFY(!log.contains("eyJ"));
        QVERIFY(!QRegularExpression(QStringLiteral("rt1\\.[0-9a-f-]{36}\\.")).match(QString::fromUtf8(log)).hasMatch());
        QVERIFY(!log.contains("Bearer "));
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
