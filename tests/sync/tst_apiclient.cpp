// ApiClient against a real depot-server over HTTPS on loopback: the envelope becomes data or a
// clear error, paging, writes, refusals by role, 401 refreshed once through the SyncEngine (one
// exchange for calls that fail together, the session survives), refused refresh, TLS pin and an
// unreachable server. Runs on the backend chosen by DEPOT_TEST_BACKEND (CTest runs both).
#include "deployment.h"

#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include "core/tenantstore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace depot;
using namespace depot::server::test;
using sync::ApiClient;
using sync::ApiResult;

namespace {

/// Waits (bounded) for `count` answers collected by the callbacks made with collector().
struct Answers
{
    QList<ApiResult> results;
    ApiClient::Callback collector()
    {
        return [this](const ApiResult &r) { results << r; };
    }
    bool wait(int count, int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (results.size() < count && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return results.size() >= count;
    }
};

ApiResult call(ApiClient &client, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    Answers answers;
    client.request(method, path, body, nullptr, answers.collector());
    if (!answers.wait(1))
        return {};
    return answers.results.first();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    sync::Account account(const QString &token = {}) const
    {
        sync::Account a;
        a.serverUrl = QUrl(d.server.baseUrl());
        a.pinnedSha256 = d.server.fingerprint();
        a.accessToken = token;
        return a;
    }

    /// A SyncEngine holding `session`'s refresh token and `accessToken` (possibly stale or empty).
    std::unique_ptr<sync::SyncEngine> engineFor(core::TenantStore &store, const Session &session,
                                                const QString &accessToken)
    {
        sync::Account a = account(accessToken);
        a.tenant = session.tenant;
        a.refreshToken = session.refresh;
        a.deviceId = session.device;
        return std::make_unique<sync::SyncEngine>(store, a, &m_network, nullptr);
    }

    std::unique_ptr<core::TenantStore> newStore()
    {
        static int n = 0;
        auto opened = core::TenantStore::open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++n)));
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000")},
                         &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { d.stop(); }

    void envelopeDataAndErrors()
    {
        const Session owner = d.newTenant();
        QVERIFY(!owner.access.isEmpty());
        ApiClient client(account(owner.access), &m_network);
        QSignalSpy busy(&client, &ApiClient::busyChanged);

        const ApiResult plan = call(client, "GET", QStringLiteral("/plan"));
        QVERIFY2(plan.ok(), qPrintable(plan.code + u' ' + plan.message));
        QCOMPARE(plan.status, 200);
        QCOMPARE(plan.data.toObject().value(QStringLiteral("plan")).toString(), QStringLiteral("professional"));
        QCOMPARE(plan.data.toObject().value(QStringLiteral("usage")).toObject().value(QStringLiteral("users")).toInt(),
                 1);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(client.pendingCount(), 0);

        const ApiResult missing =
            call(client, "GET", QStringLiteral("/users/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code, QStringLiteral("not_found"));
        QVERIFY(!missing.message.isEmpty());

        const ApiResult unknown =
            call(client, "PATCH", QStringLiteral("/users/%1").arg(owner.userId), {{QStringLiteral("is_admin"), true}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.code, QStringLiteral("unknown_field"));
        QCOMPARE(unknown.details.value(QStringLiteral("field")).toString(), QStringLiteral("is_admin"));
    }

    void writesAndPaging()
    {
        const Session owner = d.newTenant();
        ApiClient client(account(owner.access), &m_network);
        const ApiResult added = call(client, "POST", QStringLiteral("/users"),
                                     {{QStringLiteral("email"), QStringLiteral("new.clerk@example.com")},
                                      {QStringLiteral("role"), QStringLiteral("clerk")}});
        QVERIFY2(added.ok(), qPrintable(added.message));
        QCOMPARE(added.status, 201);
        const QString id = added.data.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(added.data.toObject().value(QStringLiteral("temporary_password")).toString().size() >= 10);

        const ApiResult changed = call(client, "PATCH", QStringLiteral("/users/") + id,
                                       {{QStringLiteral("role"), QStringLiteral("manager")}});
        QVERIFY2(changed.ok(), qPrintable(changed.message));
        QCOMPARE(changed.data.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        const ApiResult users = call(client, "GET", QStringLiteral("/users"));
        QCOMPARE(users.items().size(), 2);

        const ApiResult revoked = call(client, "DELETE", QStringLiteral("/devices/") + owner.device);
        QVERIFY2(revoked.ok(), qPrintable(revoked.message));
        QCOMPARE(revoked.data.toObject().value(QStringLiteral("revoked")).toBool(), true);
        // The owner's device is revoked: its token no longer works, and the server says why.
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        const ApiResult after = call(client, "GET", QStringLiteral("/plan"));
        QCOMPARE(after.status, 401);
        QCOMPARE(after.code, QStringLiteral("device_revoked"));
        QCOMPARE(expired.size(), 1);

        // The audit log, newest first, in pages: the three changes above, and no overlap.
        const Session fresh = d.newTenant();
        ApiClient second(account(fresh.access), &m_network);
        for (int i = 0; i < 3; ++i)
            QVERIFY(call(second, "POST", QStringLiteral("/users"),
                         {{QStringLiteral("email"), QStringLiteral("member%1@example.com").arg(i)},
                          {QStringLiteral("role"), QStringLiteral("viewer")}})
                        .ok());
        Answers pages;
        second.getPage(QStringLiteral("/audit"), 0, 2, nullptr, pages.collector());
        QVERIFY(pages.wait(1));
        second.getPage(QStringLiteral("/audit?limit=500"), 2, 2, nullptr, pages.collector());
        QVERIFY(pages.wait(2));
        const QJsonArray first = pages.results.at(0).items();
        const QJsonArray next = pages.results.at(1).items();
        QCOMPARE(first.size(), 2);
        QCOMPARE(pages.results.at(1).data.toObject().value(QStringLiteral("offset")).toInt(), 2);
        QCOMPARE(pages.results.at(1).data.toObject().value(QStringLiteral("limit")).toInt(), 2);
        QVERIFY(!next.isEmpty());
        QCOMPARE(first.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("user.added"));
        for (const QJsonValue &a : first)
            for (const QJsonValue &b : next)
                QVERIFY(a.toObject().value(QStringLiteral("id")) != b.toObject().value(QStringLiteral("id")));
    }

    void roleRefused()
    {
        const Session owner = d.newTenant();
        const Session clerk = d.addMember(owner, QStringLiteral("clerk"));
        QVERIFY(!clerk.access.isEmpty());
        ApiClient client(account(clerk.access), &m_network);
        const ApiResult users = call(client, "GET", QStringLiteral("/users"));
        QCOMPARE(users.status, 403);
        QCOMPARE(users.code, QStringLiteral("forbidden"));
        QVERIFY(call(client, "GET", QStringLiteral("/plan")).ok());
    }

    void unauthorizedRefreshesOnceThroughTheEngine()
    {
        const Session owner = d.newTenant();
        auto store = newStore();
        QVERIFY(store);
        // A stale access token: the server answers 401, the engine refreshes, the calls are retried.
        auto engine = engineFor(*store, owner, QStringLiteral("stale.token.value"));
        ApiClient client(account(), &m_network);
        client.useSyncEngine(engine.get());
        Answers answers;
        for (int i = 0; i < 3; ++i)
            client.get(QStringLiteral("/plan"), nullptr, answers.collector());
        QVERIFY(answers.wait(3));
        for (const ApiResult &r : answers.results)
            QVERIFY2(r.ok(), qPrintable(r.code + u' ' + r.message));
        QCOMPARE(client.refreshCount(), 1);
        QCOMPARE(engine->stats().refreshes, 1);
        QVERIFY(engine->account().accessToken != u"stale.token.value");
        QVERIFY(engine->account().refreshToken != owner.refresh);

        // The rotated refresh token is the engine's: the session is alive and the engine can use it.
        // Two requests at once share one exchange (a second one would reuse the rotated token).
        QSignalSpy refreshed(engine.get(), &sync::SyncEngine::accessTokenRefreshed);
        engine->refreshAccessToken();
        engine->refreshAccessToken();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 30000);
        QCOMPARE(refreshed.at(0).first().toBool(), true);
        QCOMPARE(refreshed.at(1).first().toBool(), true);
        QCOMPARE(engine->stats().refreshes, 2);
        // The old refresh token was never used twice: the family is not revoked.
        QVERIFY(call(client, "GET", QStringLiteral("/users")).ok());
    }

    void emptyTokenAsksTheEngineFirst()
    {
        const Session owner = d.newTenant();
        auto store = newStore();
        auto engine = engineFor(*store, owner, QString());
        ApiClient client(account(), &m_network);
        client.useSyncEngine(engine.get());
        QVERIFY(call(client, "GET", QStringLiteral("/devices")).ok());
        QCOMPARE(client.refreshCount(), 1);
        // A second call uses the engine's token as it is now: no exchange.
        QVERIFY(call(client, "GET", QStringLiteral("/devices")).ok());
        QCOMPARE(client.refreshCount(), 1);
        QCOMPARE(engine->stats().refreshes, 1);
    }

    void retriedOnlyOnce()
    {
        const Session owner = d.newTenant();
        ApiClient client(account(QStringLiteral("never.valid.token")), &m_network);
        int asked = 0;
        client.setRefresher([&asked](std::function<void(bool)> done) {
            ++asked;
            done(true); // claims success but the token stays bad
        });
        const ApiResult r = call(client, "GET", QStringLiteral("/plan"));
        QCOMPARE(asked, 1);
        QCOMPARE(r.status, 401);
        QVERIFY(!r.ok());
        QVERIFY(r.code != u"session_expired");
    }

    void refusedRefreshEndsTheSession()
    {
        const Session owner = d.newTenant();
        auto store = newStore();
        Session revoked = owner;
        revoked.refresh = QStringLiteral("rt1.%1.notarealtokenatallxxxxxxxxxx")
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto engine = engineFor(*store, revoked, QStringLiteral("stale.token.value"));
        ApiClient client(account(), &m_network);
        client.useSyncEngine(engine.get());
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        QSignalSpy authRequired(engine.get(), &sync::SyncEngine::authenticationRequired);
        const ApiResult r = call(client, "GET", QStringLiteral("/plan"));
        QCOMPARE(r.code, QStringLiteral("session_expired"));
        QCOMPARE(expired.size(), 1);
        QCOMPARE(authRequired.size(), 1);

        // A refresher that never answers does not leave the call hanging.
        ApiClient silent(account(QStringLiteral("stale.token.value")), &m_network);
        silent.setRefreshTimeout(200);
        silent.setRefresher([](std::function<void(bool)>) {});
        QCOMPARE(call(silent, "GET", QStringLiteral("/plan")).code, QStringLiteral("session_expired"));

        // No refresher and no token: a clear error, nothing sent.
        ApiClient none(account(), &m_network);
        const ApiResult n = call(none, "GET", QStringLiteral("/plan"));
        QCOMPARE(n.code, QStringLiteral("not_signed_in"));
    }

    void platformAdminSignIn()
    {
        QByteArray out, err;
        QCOMPARE(runCommand({QStringLiteral("create-platform-admin"), QStringLiteral("--db"), d.dbUrl,
                             QStringLiteral("--data-dir"), d.dataDir.path(), QStringLiteral("--email"),
                             QStringLiteral("root@apiclient.test"), QStringLiteral("--password-stdin"),
                             QStringLiteral("--password-profile"), QStringLiteral("min")},
                            "platform-password-1\n", &out, &err),
                 0);
        ApiClient client(account(), &m_network);
        Answers answers;
        client.signInPlatformAdmin(QStringLiteral("root@apiclient.test"), QStringLiteral("wrong-password-1"), nullptr,
                                   answers.collector());
        QVERIFY(answers.wait(1));
        QCOMPARE(answers.results.at(0).code, QStringLiteral("invalid_credentials"));
        QVERIFY(client.accessToken().isEmpty());
        client.signInPlatformAdmin(QStringLiteral("root@apiclient.test"), QStringLiteral("platform-password-1"),
                                   nullptr, answers.collector());
        QVERIFY(answers.wait(2));
        QVERIFY2(answers.results.at(1).ok(), qPrintable(answers.results.at(1).message));
        const ApiResult tenants = call(client, "GET", QStringLiteral("/admin/tenants?limit=500"));
        QVERIFY2(tenants.ok(), qPrintable(tenants.message));
        QVERIFY(tenants.items().size() >= 1);
        QVERIFY(tenants.items().at(0).toObject().value(QStringLiteral("stats")).isObject());
    }

    void contextDestroyedDropsTheAnswer()
    {
        const Session owner = d.newTenant();
        ApiClient client(account(owner.access), &m_network);
        bool called = false;
        auto *context = new QObject;
        client.get(QStringLiteral("/plan"), context, [&called](const ApiResult &) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 30000);
        QVERIFY(!called);
    }

    void plainHttpIsRefused()
    {
        // A server at an http:// address answers a perfect envelope in clear text: refused before
        // anything is sent, whatever the pin says (a clear-text reply has no certificate to check).
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&plain, &QTcpServer::newConnection, &plain, [&] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray body = R"({"success":true,"data":{"plan":"professional"}})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        sync::Account insecure = account(QStringLiteral("token"));
        insecure.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(plain.serverPort()));
        ApiClient client(insecure, &m_network);
        const ApiResult r = call(client, "GET", QStringLiteral("/plan"));
        QCOMPARE(r.code, QStringLiteral("insecure_url"));
        QVERIFY2(r.message.contains(QStringLiteral("https://")), qPrintable(r.message));
        QCOMPARE(r.status, 0);
        QCOMPARE(connections, 0);
    }

    void tlsPinAndUnreachable()
    {
        sync::Account wrongPin = account(QStringLiteral("x"));
        wrongPin.pinnedSha256 = QString(64, u'a');
        ApiClient pinned(wrongPin, &m_network);
        const ApiResult refused = call(pinned, "GET", QStringLiteral("/plan"));
        QCOMPARE(refused.code, QStringLiteral("tls_refused"));
        QVERIFY(refused.unreachable());

        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        sync::Account closed = account(QStringLiteral("x"));
        closed.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        ApiClient offline(closed, &m_network);
        const ApiResult down = call(offline, "GET", QStringLiteral("/plan"));
        QCOMPARE(down.code, QStringLiteral("network_error"));
        QCOMPARE(down.status, 0);
        QVERIFY(down.unreachable());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
