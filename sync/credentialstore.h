#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace depot::sync {

/// Where the refresh token of an account is kept between runs. Implementations are synchronous
/// and used from one thread. Their error messages reach the user, translated (context
/// depot::sync::CredentialStore).
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(depot::sync::CredentialStore)
public:
    virtual ~CredentialStore() = default;
    /// The secret stored under `key`, or an empty string when there is none.
    virtual core::Result<QString> read(const QString &key) = 0;
    virtual core::Result<void> write(const QString &key, const QString &secret) = 0;
    /// Removing a key that is not there succeeds.
    virtual core::Result<void> remove(const QString &key) = 0;
};

/// Secrets in a JSON file readable by its owner only (mode 0600, written atomically). For headless
/// use (depotctl, servers, CI) where no OS keychain is running. Less safe than the keychain: anyone
/// who can read the file as this user (or a backup of it) can sign in as this device until the
/// session is revoked (`depotctl logout`, or an administrator revoking the device).
class FileCredentialStore : public CredentialStore
{
public:
    explicit FileCredentialStore(QString path);
    QString path() const { return m_path; }

    core::Result<QString> read(const QString &key) override;
    core::Result<void> write(const QString &key, const QString &secret) override;
    core::Result<void> remove(const QString &key) override;

private:
    core::Result<void> save(const QJsonObject &all);
    QString m_path;
};

} // namespace depot::sync
