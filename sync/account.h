#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace depot::sync {

/// Who this device syncs as, and how it reaches and trusts the server. Tokens are filled in by
/// SyncEngine::login() or loaded from a CredentialStore; the access token is never persisted by the
/// engine (it lives 15 minutes), the refresh token is.
struct Account
{
    QUrl serverUrl;   ///< https://host:port (no path, or the path before /api/v1)
    QString tenant;   ///< company slug
    QString user;     ///< email or phone used to sign in
    QString deviceId; ///< the store's device id
    QString accessToken;
    QString refreshToken;
    /// SHA-256 of the server's certificate (hex, colons and case ignored). When set, exactly this
    /// certificate is accepted whatever the CAs say (trust on first use for self-signed servers).
    QString pinnedSha256;
    /// Extra CA certificates trusted on top of the system ones (a company CA).
    QList<QSslCertificate> caCertificates;

    /// The key of this account's secrets in a CredentialStore.
    QString credentialKey() const
    {
        return QStringLiteral("%1|%2|%3").arg(serverUrl.toString(QUrl::StripTrailingSlash), tenant, user);
    }
};

} // namespace depot::sync
