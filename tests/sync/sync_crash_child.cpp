// A device process for tst_sync_crash: opens one store, syncs it once with the given access token,
// and exits (0: synced, 1: failed, 2: usage or store error). The test kills it with SIGKILL at
// random points of its push or pull to prove that a crash loses and doubles nothing.
//
// usage: sync_crash_child STORE DEVICE_ID SERVER_URL TENANT USER PIN ACCESS_TOKEN BATCH PAGE [BULK_MINIMUM]
#include "sync/syncengine.h"

#include "core/tenantstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace depot;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 10 && args.size() != 11) {
        err << "usage: sync_crash_child STORE DEVICE_ID SERVER_URL TENANT USER PIN ACCESS_TOKEN BATCH PAGE "
               "[BULK_MINIMUM]\n";
        return 2;
    }
    core::TenantStore::Options options;
    options.deviceId = args.at(2);
    auto opened = core::TenantStore::open(args.at(1), options);
    if (!opened) {
        err << "cannot open the store: " << opened.error().message << '\n';
        return 2;
    }
    std::unique_ptr<core::TenantStore> store = std::move(opened).value();
    sync::Account account;
    account.serverUrl = QUrl(args.at(3));
    account.tenant = args.at(4);
    account.user = args.at(5);
    account.deviceId = args.at(2);
    account.pinnedSha256 = args.at(6);
    // The access token only: no refresh token, so a kill can never leave a rotated refresh token
    // unsaved (that case is the session's, not the data's, and ends in "sign in again").
    account.accessToken = args.at(7);
    QNetworkAccessManager network;
    sync::SyncEngine engine(*store, account, &network, nullptr);
    engine.setRetryPolicy({10, 50, 0});
    engine.setBatchSize(args.at(8).toInt());
    engine.setPageSize(args.at(9).toInt());
    if (args.size() == 11)
        engine.setBulkPullMinimum(args.at(10).toLongLong()); // balances rebuilt at the end of the pull
    int code = 1;
    QObject::connect(&engine, &sync::SyncEngine::syncError, &app,
                     [&err](const QString &message) { err << "sync error: " << message << '\n'; });
    QObject::connect(&engine, &sync::SyncEngine::finished, &app, [&](bool ok) {
        code = ok ? 0 : 1;
        app.quit();
    });
    QMetaObject::invokeMethod(&engine, &sync::SyncEngine::sync, Qt::QueuedConnection);
    app.exec();
    return code;
}
