#pragma once

#include "deployment.h"
#include "harness.h"

#include "sync/credentialstore.h"
#include "sync/syncengine.h"

#include "core/tenantstore.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace depot::sync::test {

/// One client device for the convergence and crash tests: its own store, credential file,
/// network access and engine. The store can be closed and opened again (a restarted device).
struct TestDevice
{
    QTemporaryDir dir;
    QString deviceId;
    std::unique_ptr<core::TenantStore> store;
    std::unique_ptr<FileCredentialStore> credentials;
    QNetworkAccessManager network;
    std::unique_ptr<SyncEngine> engine;
    QStringList errors;

    QString storePath() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    bool open(const QString &id);
    void close();
    void attach(const Account &account);
    bool login(const QString &password);
    /// Runs one sync() to its end; false on failure or when it does not end within `timeoutMs`.
    bool sync(int timeoutMs = 120000);
};

/// A company signed up for a test (professional plan) and its owner's email.
struct TestCompany
{
    QString slug;
    QString email;
};
/// Signs a new company up; its name and owner are made unique by `tag`, a counter and the time.
TestCompany signUpCompany(server::test::Deployment &d, const QString &tag);
/// The account of the company's owner on device `deviceId`, for a server (or a proxy in front of
/// it) on 127.0.0.1:`port`, pinned to the deployment's certificate.
Account ownerAccount(const server::test::Deployment &d, const TestCompany &company, const QString &deviceId,
                     quint16 port);
/// A device with its store open and the engine attached to `account`, signed in; null (with the
/// errors printed) when it could not sign in.
std::unique_ptr<TestDevice> signedInDevice(const Account &account);

/// (product, location) -> quantity in milli-units; zero balances left out.
using StockMap = QMap<QPair<QString, QString>, qint64>;

StockMap stockOf(const QList<core::Balance> &balances);
/// The whole journal of a store.
QList<core::Movement> allMovements(const core::TenantStore &store);
/// Empty when the store is sound: SQLite integrity check, unique movement ids, the maintained
/// balances equal a recompute from the log, nothing left in the outbox when `expectEmptyOutbox`.
QString checkStore(core::TenantStore &store, bool expectEmptyOutbox);
/// Every product, location and supplier of the store as "id {fields} merged_into=..." lines (no
/// merged_into for locations and suppliers), sorted: the catalog every replica must agree on.
QStringList catalogLines(const core::TenantStore &store);
/// The same lines for what the server holds (GET /products, /locations, /suppliers, archived
/// included), to compare with catalogLines(); `error` is set when a read failed.
QStringList serverCatalogLines(server::test::HttpClient &http, const QString &token, QString *error);

/// What the server holds for the tenant of `token`, read through its REST API.
struct ServerView
{
    QStringList movementIds; ///< in server order
    QList<qint64> sequences;
    StockMap stock;
    QString error; ///< empty when both reads succeeded
};
ServerView readServer(server::test::HttpClient &http, const QString &token);

/// Compares two stock maps; empty when equal, else a readable difference.
QString diffStock(const StockMap &left, const StockMap &right, const QString &leftName, const QString &rightName);

} // namespace depot::sync::test
