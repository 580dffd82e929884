#pragma once

#include "profile.h"

#include "sync/account.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QThread>

#include <memory>

class QNetworkAccessManager;

namespace depot::app {

class SyncWorker;

/// The signed-in session of the company open in the window: its profile (server, company, user,
/// pinned certificate), and a SyncEngine running on a worker thread of its own with its own
/// connection to the company's store, so that signing in and syncing never freeze the GUI.
///
/// Everything is asynchronous: call a slot, get the answer as a signal (on the GUI thread).
///
/// For other clients of the server (REST screens): use apiClient(), a GUI-thread sync::ApiClient
/// that takes the session's current access token and renews it through the engine (refreshAccessToken()).
/// Never exchange the refresh token yourself: it rotates on every use, and two exchanges racing end
/// the session on the server.
class SessionContext : public QObject
{
    Q_OBJECT
public:
    SessionContext(CompanyProfile profile, CredentialStoreKind credentials, QObject *parent = nullptr);
    ~SessionContext() override;

    const CompanyProfile &profile() const { return m_profile; }
    /// Replaces the profile and writes it (profile.json); the engine is not affected.
    core::Result<void> saveProfile(const CompanyProfile &profile);
    CredentialStoreKind credentialStoreKind() const { return m_credentialKind; }
    /// Server, company, user, trust settings and the current access token (a copy).
    sync::Account account() const { return m_account; }
    /// The server answered the last request (sign-in, sync).
    bool isOnline() const { return m_online; }
    /// The server ended the session (or there never was one on this computer): sign in again.
    bool needsSignIn() const { return m_needsSignIn; }
    bool isSyncing() const { return m_syncing; }
    /// The message of the last failed sync, empty after a good one.
    QString lastError() const { return m_lastError; }
    /// The category of lastError() (sync::ErrorCategory), -1 when none.
    int lastErrorCategory() const { return m_lastCategory; }
    /// The device clock's offset reported by the server at the last sync, 0 when not flagged.
    qint64 clockSkewMs() const { return m_clockSkewMs; }
    /// A REST client of this session on the GUI thread (created on first use, owned by the session).
    sync::ApiClient *apiClient();
    /// The GUI thread's network access of this session (for ApiClient::signInPlatformAdmin...).
    QNetworkAccessManager *networkAccessManager();

public slots:
    void login(const QString &password);
    void syncNow();
    void cancelSync();
    /// Changes the password on the server (required when the sign-in said must_change_password).
    void changePassword(const QString &current, const QString &next);
    /// GET /me/tenants: the companies of the signed-in user, answered by companiesListed().
    void listCompanies();
    /// Ends the session on the server and forgets the refresh token on this computer.
    void logout();
    void refreshAccessToken();
    /// Syncs by itself every `ms` (0: only on demand); paused after failures only the user can fix.
    void setAutoSyncInterval(int ms);
    void setRetryPolicy(int baseMs, int maxMs, int maxAttempts);
    /// Marks the session as unlocked offline (no server); the next good sync sets it online.
    void setOffline(const QString &reason);

signals:
    /// Signed in, signed out, or the profile changed.
    void sessionChanged();
    /// account() changed (a new access token after a sign-in, a refresh or a password change).
    void accountChanged();
    void loginFinished(bool ok, const QString &message, int category, const QString &code, bool mustChangePassword);
    void syncStarted();
    void syncProgress(int done, int total, const QString &phase);
    void syncFinished(bool ok, const QString &message);
    void itemRejected(const QString &entity, const QUuid &id, const QString &code, const QString &message);
    void clockSkewDetected(qint64 skewMs);
    void authenticationRequired();
    void passwordChangeFinished(bool ok, const QString &message);
    /// Each company: {"tenant": slug, "name", "status", "role", "active"}.
    void companiesListed(bool ok, const QJsonArray &companies, const QString &message);
    void accessTokenRefreshed(bool ok);
    void loggedOut(bool serverConfirmed);
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    template<typename Slot, typename... Args>
    void post(Slot slot, Args... args);

    CompanyProfile m_profile;
    CredentialStoreKind m_credentialKind;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    sync::Account m_account;
    bool m_online = false;
    bool m_needsSignIn = false;
    bool m_syncing = false;
    QString m_lastError;
    int m_lastCategory = -1;
    qint64 m_clockSkewMs = 0;
    bool m_skewSeen = false;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<sync::ApiClient> m_api;
};

} // namespace depot::app
