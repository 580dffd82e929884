#pragma once

#include "credentialstore.h"

namespace depot::sync {

/// Secrets in the operating system's keychain through QtKeychain (Secret Service / KWallet on
/// Linux, Keychain on macOS, Credential Manager on Windows). The safe default for the desktop app.
/// Each call waits for the keychain (which may prompt the user) in a local event loop.
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Depot"));

    core::Result<QString> read(const QString &key) override;
    core::Result<void> write(const QString &key, const QString &secret) override;
    core::Result<void> remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace depot::sync
