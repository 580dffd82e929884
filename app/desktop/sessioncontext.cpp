#include "sessioncontext.h"

#include "syncworker.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>

namespace depot::app {

SessionContext::SessionContext(CompanyProfile profile, CredentialStoreKind credentials, QObject *parent)
    : QObject(parent),
      m_profile(std::move(profile)),
      m_credentialKind(credentials)
{
    qRegisterMetaType<depot::sync::Account>("depot::sync::Account");
    m_account = m_profile.account({});
    m_thread.setObjectName(QStringLiteral("depot-sync"));
    m_worker = new SyncWorker(m_profile, credentials);
    m_worker->moveToThread(&m_thread);
    auto *w = m_worker;
    connect(w, &SyncWorker::loginFinished, this,
            [this](bool ok, const QString &message, int category, const QString &code, bool mustChange,
                   const QString &tenantName, const QString &role, const QString &verifier) {
                if (ok) {
                    CompanyProfile p = m_profile;
                    if (!tenantName.isEmpty())
                        p.tenantName = tenantName;
                    if (!role.isEmpty())
                        p.role = role;
                    if (!verifier.isEmpty())
                        p.offlineVerifier = verifier;
                    m_profile = p;
                    m_needsSignIn = false;
                    setOnline(true);
                } else if (category == int(sync::ErrorCategory::Network) || category == int(sync::ErrorCategory::Tls)) {
                    setOnline(false);
                }
                emit loginFinished(ok, message, category, code, mustChange);
                if (ok)
                    emit sessionChanged();
            });
    connect(w, &SyncWorker::syncStarted, this, [this] {
        m_syncing = true;
        m_skewSeen = false;
        emit syncStarted();
    });
    connect(w, &SyncWorker::progress, this, &SessionContext::syncProgress);
    connect(w, &SyncWorker::itemRejected, this, &SessionContext::itemRejected);
    connect(w, &SyncWorker::clockSkewDetected, this, [this](qint64 skew) {
        m_skewSeen = true;
        m_clockSkewMs = skew;
        emit clockSkewDetected(skew);
    });
    connect(w, &SyncWorker::authenticationRequired, this, [this] {
        m_needsSignIn = true;
        emit authenticationRequired();
        emit sessionChanged();
    });
    connect(w, &SyncWorker::syncFinished, this, [this](bool ok, const QString &message, int category, const QString &) {
        m_syncing = false;
        m_lastError = ok ? QString() : message;
        m_lastCategory = ok ? -1 : category;
        if (ok) {
            if (!m_skewSeen)
                m_clockSkewMs = 0;
            m_needsSignIn = false;
            setOnline(true);
        } else if (category == int(sync::ErrorCategory::Network) || category == int(sync::ErrorCategory::Tls)) {
            setOnline(false);
        }
        emit syncFinished(ok, m_lastError);
    });
    connect(w, &SyncWorker::accountChanged, this, [this](const sync::Account &account) {
        m_account = account;
        emit accountChanged();
    });
    connect(w, &SyncWorker::passwordChanged, this, [this](bool ok, const QString &message, const QString &verifier) {
        if (ok && !verifier.isEmpty()) {
            CompanyProfile p = m_profile;
            p.offlineVerifier = verifier;
            m_profile = p;
        }
        emit passwordChangeFinished(ok, message);
    });
    connect(w, &SyncWorker::companiesListed, this, &SessionContext::companiesListed);
    connect(w, &SyncWorker::accessTokenRefreshed, this, &SessionContext::accessTokenRefreshed);
    connect(w, &SyncWorker::loggedOut, this, [this](bool confirmed) {
        m_needsSignIn = true;
        emit loggedOut(confirmed);
        emit sessionChanged();
    });
    m_thread.start();
    QMetaObject::invokeMethod(w, &SyncWorker::open, Qt::QueuedConnection);

    // Sync as soon as the network comes back (where Qt can tell; otherwise the engine's retry timer
    // and the automatic sync interval do it).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online && !m_syncing)
                        syncNow();
                });
    }
}

SessionContext::~SessionContext()
{
    m_api.reset();
    // The engine and its store connection belong to the worker thread: delete them there.
    SyncWorker *w = std::exchange(m_worker, nullptr);
    QMetaObject::invokeMethod(
        w, [w] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename Slot, typename... Args>
void SessionContext::post(Slot slot, Args... args)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, slot, args...] { (w->*slot)(args...); }, Qt::QueuedConnection);
}

QNetworkAccessManager *SessionContext::networkAccessManager()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

sync::ApiClient *SessionContext::apiClient()
{
    if (m_api)
        return m_api.get();
    m_api = std::make_unique<sync::ApiClient>(m_profile.account({}), networkAccessManager());
    m_api->setTokenSource([this] { return m_account.accessToken; });
    m_api->setRefresher([this](std::function<void(bool)> done) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &SessionContext::accessTokenRefreshed, m_api.get(), [connection, done](bool ok) {
            QObject::disconnect(*connection);
            done(ok);
        });
        refreshAccessToken();
    });
    return m_api.get();
}

core::Result<void> SessionContext::saveProfile(const CompanyProfile &profile)
{
    m_profile = profile;
    auto saved = m_profile.save();
    emit sessionChanged();
    return saved;
}

void SessionContext::login(const QString &password)
{
    post(&SyncWorker::login, password);
}

void SessionContext::syncNow()
{
    post(&SyncWorker::sync);
}

void SessionContext::cancelSync()
{
    post(&SyncWorker::cancel);
}

void SessionContext::changePassword(const QString &current, const QString &next)
{
    post(&SyncWorker::changePassword, current, next);
}

void SessionContext::listCompanies()
{
    post(&SyncWorker::listCompanies);
}

void SessionContext::logout()
{
    post(&SyncWorker::logout);
}

void SessionContext::refreshAccessToken()
{
    post(&SyncWorker::refreshAccessToken);
}

void SessionContext::setAutoSyncInterval(int ms)
{
    post(&SyncWorker::setAutoSyncInterval, ms);
}

void SessionContext::setRetryPolicy(int baseMs, int maxMs, int maxAttempts)
{
    post(&SyncWorker::setRetryPolicy, baseMs, maxMs, maxAttempts);
}

void SessionContext::setOffline(const QString &reason)
{
    m_lastError = reason;
    m_lastCategory = int(sync::ErrorCategory::Network);
    setOnline(false);
    emit sessionChanged();
}

void SessionContext::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

} // namespace depot::app
