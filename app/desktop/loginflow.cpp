#include "loginflow.h"

#include "sessioncontext.h"

#include <QDir>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace depot::app {

LoginFlow::LoginFlow(Request request, QObject *parent) : QObject(parent), m_request(std::move(request)) { }

LoginFlow::~LoginFlow() = default;

std::unique_ptr<SessionContext> LoginFlow::takeSession()
{
    return std::move(m_session);
}

void LoginFlow::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_session.reset();
    emit finished(false, message);
}

void LoginFlow::complete(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(true, message);
}

void LoginFlow::start()
{
    const QString serverText = m_request.server.trimmed();
    QUrl server = QUrl::fromUserInput(serverText);
    if (!serverText.contains(QStringLiteral("://")))
        server.setScheme(QStringLiteral("https"));
    if (serverText.isEmpty() || !server.isValid() || server.host().isEmpty())
        return fail(tr("Enter the server address, for example https://depot.example.com:8443."));
    if (server.scheme() != u"https")
        return fail(tr("The server address must start with https:// (Depot only talks to servers over HTTPS)."));
    server.setPath(server.path().endsWith(u'/') ? server.path().chopped(1) : server.path());
    const QString tenant = m_request.tenant.trimmed().toLower();
    if (tenant.isEmpty())
        return fail(tr("Enter the company identifier (for example acme-corp)."));
    const QString user = m_request.user.trimmed();
    if (user.isEmpty())
        return fail(tr("Enter your email address or phone number."));
    if (m_request.password.isEmpty())
        return fail(tr("Enter your password."));
    QString pin;
    if (!m_request.pin.isEmpty()) {
        pin = sync::SyncEngine::normalizeFingerprint(m_request.pin);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(pin).hasMatch())
            return fail(tr("The certificate fingerprint must be a SHA-256 (64 hexadecimal digits, colons allowed)."));
    }

    const QString dir = profiles::companyDir(m_request.root, server, tenant);
    auto existing = CompanyProfile::load(dir);
    if (!existing.ok())
        return fail(existing.error().message);
    m_profile = *existing;
    m_profile.dir = dir;
    if (!m_profile.isSignedInProfile() || m_profile.user != user) {
        // Another person on this computer: their offline verifier is not this user's.
        m_profile.offlineVerifier.clear();
        m_profile.role.clear();
    }
    m_profile.server = server;
    m_profile.tenant = tenant;
    m_profile.user = user;
    if (!pin.isEmpty())
        m_profile.pin = pin;

    if (!m_profile.pin.isEmpty() || !m_profile.caFile.isEmpty())
        return signIn();
    emit statusChanged(tr("Connecting to %1…").arg(server.host()));
    auto *probe = new CertificateProbe(this);
    connect(probe, &CertificateProbe::finished, this, [this, probe](const CertificateProbe::Result &r) {
        probe->deleteLater();
        if (!r.reached)
            return tryOffline(tr("Cannot reach the server: %1").arg(r.error));
        if (r.trusted)
            return signIn();
        m_probedFingerprint = r.sha256;
        const QString shown = CertificateProbe::formatFingerprint(r.sha256);
        if (!m_request.interactive)
            return fail(tr("The server's certificate is not trusted by this computer. Its SHA-256 fingerprint is "
                           "%1. Check it with the server's administrator, then give it with --pin.")
                            .arg(shown));
        emit fingerprintConfirmationNeeded(shown);
    });
    probe->start(server);
}

void LoginFlow::confirmFingerprint(bool trusted)
{
    if (!trusted)
        return fail(tr("The server's certificate was not trusted: nothing was sent to it."));
    m_profile.pin = m_probedFingerprint;
    signIn();
}

void LoginFlow::signIn()
{
    emit statusChanged(tr("Signing in…"));
    m_session = std::make_unique<SessionContext>(m_profile, m_request.credentials);
    m_session->setRetryPolicy(m_request.retryBaseMs, 60000, m_request.retryMaxAttempts);
    connect(m_session.get(), &SessionContext::loginFinished, this,
            [this](bool ok, const QString &message, int category, const QString &, bool mustChange) {
                if (!ok) {
                    if (category == int(sync::ErrorCategory::Network))
                        return tryOffline(message);
                    if (category == int(sync::ErrorCategory::Tls) && !m_profile.pin.isEmpty())
                        return fail(tr("Warning: the server's certificate is not the one this computer trusted "
                                       "(SHA-256 %1). The connection was refused and nothing was sent: someone may be "
                                       "impersonating the server. If its administrator really replaced the "
                                       "certificate, check the new fingerprint with them, then remove the \"pin\" "
                                       "line from %2 and sign in again.")
                                        .arg(CertificateProbe::formatFingerprint(m_profile.pin),
                                             QDir::toNativeSeparators(
                                                 QDir(m_profile.dir).filePath(QStringLiteral("profile.json")))));
                    if (category == int(sync::ErrorCategory::Local)
                        && m_request.credentials == CredentialStoreKind::Keychain)
                        return fail(tr("%1\nWhere no keychain runs (a server, a script), start Depot with "
                                       "--credential-store file (less safe: see the documentation).")
                                        .arg(message));
                    return fail(message);
                }
                if (mustChange) {
                    if (!m_request.interactive)
                        return fail(tr("The server asks this user to choose a new password first. Sign in once "
                                       "with the window (without --password-stdin) to change it."));
                    emit passwordChangeRequired();
                    return;
                }
                saveAndComplete();
            });
    connect(m_session.get(), &SessionContext::passwordChangeFinished, this, [this](bool ok, const QString &message) {
        if (!ok) {
            emit passwordChangeFailed(message);
            return;
        }
        saveAndComplete();
    });
    m_session->login(m_request.password);
}

void LoginFlow::saveAndComplete()
{
    // Only now is the profile written: server, pin, role and the offline verifier of the password.
    auto saved = m_session->saveProfile(m_session->profile());
    if (!saved.ok())
        return fail(saved.error().message);
    m_profile = m_session->profile();
    complete({});
}

void LoginFlow::changePassword(const QString &next)
{
    if (next.isEmpty())
        return fail(tr("The password was not changed, so the sign-in was abandoned."));
    emit statusChanged(tr("Changing the password…"));
    m_session->changePassword(m_request.password, next);
}

void LoginFlow::tryOffline(const QString &reason)
{
    m_session.reset();
    const CompanyProfile known = [this] {
        auto p = CompanyProfile::load(m_profile.dir);
        return p.ok() ? *p : CompanyProfile{};
    }();
    if (known.offlineVerifier.isEmpty() || known.user != m_profile.user || known.tenant != m_profile.tenant)
        return fail(tr("%1\nOffline unlock works only after this user has signed in online once on this computer.")
                        .arg(reason));
    emit statusChanged(tr("The server cannot be reached: checking the password on this computer…"));
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, known, reason] {
        watcher->deleteLater();
        if (!watcher->result())
            return fail(tr("The password is wrong (checked on this computer: the server cannot be reached)."));
        m_offline = true;
        m_profile = known;
        m_session = std::make_unique<SessionContext>(m_profile, m_request.credentials);
        m_session->setRetryPolicy(m_request.retryBaseMs, 60000, m_request.retryMaxAttempts);
        m_session->setOffline(reason);
        complete(tr("Unlocked offline. %1 Your work is kept and will be sent when the server is back.").arg(reason));
    });
    watcher->setFuture(QtConcurrent::run(profiles::checkOfflineVerifier, known.offlineVerifier, m_request.password));
}

} // namespace depot::app
