#include "syncworker.h"

#include "sync/keychaincredentialstore.h"

#include <QDir>
#include <QNetworkAccessManager>

namespace depot::app {

SyncWorker::SyncWorker(CompanyProfile profile, CredentialStoreKind credentials, QObject *parent)
    : QObject(parent),
      m_profile(std::move(profile)),
      m_credentialKind(credentials)
{
    m_retry = {2000, 60000, 8};
    m_autoTimer.setParent(this);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (!m_syncing && !m_loggingIn)
            sync();
    });
}

SyncWorker::~SyncWorker()
{
    m_api.reset();
    m_engine.reset(); // aborts a request in flight before the network goes
}

void SyncWorker::open()
{
    core::TenantStore::Options options;
    options.userId = m_profile.user.isEmpty() ? QStringLiteral("local") : m_profile.user;
    if (!QDir().mkpath(m_profile.dir)) {
        m_openError = tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(m_profile.dir));
        emit this->opened(false, m_openError);
        return;
    }
    auto opened = core::TenantStore::open(m_profile.storePath(), options);
    if (!opened.ok()) {
        m_openError = opened.error().message;
        emit this->opened(false, m_openError);
        return;
    }
    m_store = std::move(opened).value();
    if (m_credentialKind == CredentialStoreKind::File)
        m_credentials = std::make_unique<sync::FileCredentialStore>(m_profile.credentialsPath());
    else
        m_credentials = std::make_unique<sync::KeychainCredentialStore>();
    m_network = new QNetworkAccessManager(this);
    buildEngine(m_profile.account(m_store->deviceId()));
    emit this->opened(true, {});
}

void SyncWorker::buildEngine(const sync::Account &account)
{
    // Replaced from inside a callback of the old client (password change): delete them later.
    if (m_api)
        m_api.release()->deleteLater();
    if (m_engine)
        m_engine.release()->deleteLater();
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, account, m_network, m_credentials.get());
    m_engine->setRetryPolicy(m_retry);
    m_api = std::make_unique<sync::ApiClient>(account, m_network);
    m_api->useSyncEngine(m_engine.get());
    auto *e = m_engine.get();
    connect(e, &sync::SyncEngine::accessTokenRefreshed, this, [this](bool ok) {
        emit accountChanged(m_engine->account());
        emit accessTokenRefreshed(ok);
    });
    connect(e, &sync::SyncEngine::progress, this, &SyncWorker::progress);
    connect(e, &sync::SyncEngine::itemRejected, this, &SyncWorker::itemRejected);
    connect(e, &sync::SyncEngine::clockSkewDetected, this, &SyncWorker::clockSkewDetected);
    connect(e, &sync::SyncEngine::authenticationRequired, this, &SyncWorker::authenticationRequired);
    connect(e, &sync::SyncEngine::syncError, this, [this](const QString &message, sync::ErrorCategory category) {
        m_lastError = message;
        m_lastCategory = int(category);
    });
    connect(e, &sync::SyncEngine::finished, this, &SyncWorker::onSyncFinished);
    connect(e, &sync::SyncEngine::loggedOut, this, [this](bool confirmed) {
        emit accountChanged(m_engine->account());
        emit loggedOut(confirmed);
        runQueued();
    });
    connect(e, &sync::SyncEngine::loginFinished, this, [this](bool ok) {
        const QString password = std::exchange(m_password, QString());
        if (!ok) {
            m_loggingIn = false;
            emit loginFinished(false, m_lastError, m_lastCategory, m_engine->lastErrorCode(), false, {}, {}, {});
            runQueued();
            return;
        }
        emit accountChanged(m_engine->account());
        // Who am I there: the company's name, my role, and whether the password must change first
        // (GET /me is allowed before the change; everything else is refused until then).
        m_api->get(QStringLiteral("/me"), this, [this, password](const sync::ApiResult &r) {
            m_loggingIn = false;
            const QJsonObject data = r.data.toObject();
            const bool mustChange =
                data.value(QStringLiteral("user")).toObject().value(QStringLiteral("must_change_password")).toBool();
            const QString name =
                data.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("name")).toString();
            const QString role = data.value(QStringLiteral("role")).toString();
            if (!r.ok())
                qCWarning(sync::lcSync) << "GET /me after sign-in failed:" << r.code << r.message;
            QString verifier;
            if (!mustChange) {
                auto made = profiles::makeOfflineVerifier(password);
                if (made.ok())
                    verifier = *made;
            }
            emit loginFinished(true, {}, -1, {}, mustChange, name, role, verifier);
            runQueued();
        });
    });
}

void SyncWorker::setRetryPolicy(int baseMs, int maxMs, int maxAttempts)
{
    m_retry = {baseMs, maxMs, maxAttempts};
    if (m_engine)
        m_engine->setRetryPolicy(m_retry);
}

void SyncWorker::setAutoSyncInterval(int ms)
{
    if (ms <= 0)
        m_autoTimer.stop();
    else
        m_autoTimer.start(ms);
}

void SyncWorker::whenIdle(std::function<void()> job)
{
    if (!m_engine)
        return;
    if (m_engine->isBusy() || m_syncing || m_loggingIn)
        m_queue << std::move(job);
    else
        job();
}

void SyncWorker::runQueued()
{
    while (!m_queue.isEmpty() && m_engine && !m_engine->isBusy() && !m_syncing && !m_loggingIn)
        m_queue.takeFirst()();
}

void SyncWorker::login(const QString &password)
{
    if (!m_engine) {
        emit loginFinished(false, m_openError, int(sync::ErrorCategory::Local), QStringLiteral("store_unavailable"),
                           false, {}, {}, {});
        return;
    }
    whenIdle([this, password] {
        m_loggingIn = true;
        m_password = password;
        m_lastError.clear();
        m_lastCategory = -1;
        m_engine->login(password);
    });
}

void SyncWorker::sync()
{
    if (!m_engine) {
        emit syncFinished(false, m_openError, int(sync::ErrorCategory::Local), QStringLiteral("store_unavailable"));
        return;
    }
    whenIdle([this] {
        m_syncing = true;
        m_lastError.clear();
        m_lastCategory = -1;
        emit syncStarted();
        m_engine->sync();
    });
}

void SyncWorker::onSyncFinished(bool ok)
{
    m_syncing = false;
    const int category = m_lastCategory;
    // Failures only the user can fix stop the automatic sync until the next good one.
    if (!ok && category >= 0 && category != int(sync::ErrorCategory::Network)
        && category != int(sync::ErrorCategory::Rejected) && category != int(sync::ErrorCategory::Local))
        m_autoTimer.stop();
    else if (ok && m_autoTimer.interval() > 0 && !m_autoTimer.isActive())
        m_autoTimer.start();
    emit accountChanged(m_engine->account());
    emit syncFinished(ok, ok ? QString() : m_lastError, ok ? -1 : category, m_engine->lastErrorCode());
    runQueued();
}

void SyncWorker::cancel()
{
    m_queue.clear();
    if (m_engine && m_engine->isBusy())
        m_engine->cancel();
}

void SyncWorker::logout()
{
    whenIdle([this] { m_engine->logout(); });
}

void SyncWorker::refreshAccessToken()
{
    // The engine owns the refresh token (it rotates): one exchange at a time, through it.
    if (m_engine)
        m_engine->refreshAccessToken();
}

void SyncWorker::changePassword(const QString &current, const QString &next)
{
    whenIdle([this, current, next] {
        const QJsonObject body{{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}};
        m_api->post(QStringLiteral("/auth/change-password"), body, this, [this, next](const sync::ApiResult &r) {
            if (!r.ok()) {
                emit passwordChanged(false,
                                     r.message.isEmpty() ? tr("The server refused the new password.") : r.message, {});
                return;
            }
            // The server ends the old sessions and issues new tokens with the change.
            const QJsonObject data = r.data.toObject();
            sync::Account account = m_engine->account();
            account.accessToken = data.value(QStringLiteral("access_token")).toString();
            account.refreshToken = data.value(QStringLiteral("refresh_token")).toString();
            if (!account.refreshToken.isEmpty()) {
                auto written = m_credentials->write(account.credentialKey(), account.refreshToken);
                if (!written.ok()) {
                    emit passwordChanged(false, written.error().message, {});
                    return;
                }
            }
            buildEngine(account);
            emit accountChanged(account);
            auto made = profiles::makeOfflineVerifier(next);
            emit passwordChanged(true, {}, made.ok() ? *made : QString());
        });
    });
}

void SyncWorker::listCompanies()
{
    if (!m_api)
        return;
    m_api->get(QStringLiteral("/me/tenants"), this, [this](const sync::ApiResult &r) {
        if (r.ok())
            emit companiesListed(true, r.data.toArray(), {});
        else
            emit companiesListed(false, {}, r.message);
    });
}

} // namespace depot::app
