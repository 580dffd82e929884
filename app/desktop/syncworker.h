#pragma once

#include "profile.h"

#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace depot::app {

/// The sync side of a SessionContext, living on its worker thread: its own TenantStore connection to
/// the company's store file (SQLite WAL lets the GUI connection work meanwhile), its own network
/// access, credential store and SyncEngine. Driven only through queued slot calls; answers only
/// through signals, so nothing here ever blocks the GUI.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(CompanyProfile profile, CredentialStoreKind credentials, QObject *parent = nullptr);
    ~SyncWorker() override;

public slots:
    /// Opens the store and builds the engine (first call on the worker thread).
    void open();
    void login(const QString &password);
    void sync();
    void cancel();
    void logout();
    void changePassword(const QString &current, const QString &next);
    void listCompanies();
    void refreshAccessToken();
    void setAutoSyncInterval(int ms);
    void setRetryPolicy(int baseMs, int maxMs, int maxAttempts);

signals:
    void opened(bool ok, const QString &error);
    /// `offlineVerifier` is made from the password when the sign-in succeeded (and no change is due).
    void loginFinished(bool ok, const QString &message, int category, const QString &code, bool mustChangePassword,
                       const QString &tenantName, const QString &role, const QString &offlineVerifier);
    void syncStarted();
    void progress(int done, int total, const QString &phase);
    void syncFinished(bool ok, const QString &message, int category, const QString &code);
    void itemRejected(const QString &entity, const QUuid &id, const QString &code, const QString &message);
    void clockSkewDetected(qint64 skewMs);
    void authenticationRequired();
    void accountChanged(const depot::sync::Account &account);
    void passwordChanged(bool ok, const QString &message, const QString &offlineVerifier);
    void companiesListed(bool ok, const QJsonArray &companies, const QString &message);
    void accessTokenRefreshed(bool ok);
    void loggedOut(bool serverConfirmed);

private:
    void buildEngine(const sync::Account &account);
    /// Runs `job` once the engine is idle (one refresh-token exchange at a time).
    void whenIdle(std::function<void()> job);
    void runQueued();
    void onSyncFinished(bool ok);

    CompanyProfile m_profile;
    CredentialStoreKind m_credentialKind;
    std::unique_ptr<core::TenantStore> m_store;
    std::unique_ptr<sync::CredentialStore> m_credentials;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<sync::SyncEngine> m_engine;
    /// GET /me, /me/tenants, change-password: tokens from the engine, refreshed through it.
    std::unique_ptr<sync::ApiClient> m_api;
    sync::SyncEngine::RetryPolicy m_retry;
    QTimer m_autoTimer;
    QList<std::function<void()>> m_queue;
    bool m_syncing = false;
    bool m_loggingIn = false;
    QString m_password; ///< only while a sign-in is in flight
    QString m_lastError;
    QString m_openError; ///< why the store could not be opened (then every operation fails with it)
    int m_lastCategory = -1;
};

} // namespace depot::app
