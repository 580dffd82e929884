#pragma once

#include "credentialstore.h"

#include <functional>

namespace depot::sync {

/// Secrets in the operating system's keychain through QtKeychain (Secret Service / KWallet on
/// Linux, Keychain on macOS, Credential Manager on Windows). The safe default for the desktop app.
/// Each synchronous call waits for the keychain (which may prompt the user) in a local event loop:
/// use them on a worker thread (the sync worker does). On the GUI thread, use readAsync().
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Depot"));

    /// Reads `key` without waiting: returns at once, and `done` is called later, on `context`'s
    /// thread, with the secret (empty when there is none) or the keychain's refusal. Never called
    /// once `context` is gone.
    void readAsync(const QString &key, QObject *context, std::function<void(core::Result<QString>)> done) const;

    core::Result<QString> read(const QString &key) override;
    core::Result<void> write(const QString &key, const QString &secret) override;
    core::Result<void> remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace depot::sync
