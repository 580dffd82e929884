#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace depot::sync {

using core::Error;
using core::Result;

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service)) { }

namespace {

/// Runs a keychain job to completion; returns its error (NoError on success).
QKeychain::Error runJob(QKeychain::Job &job, QString *message)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *message = job.errorString();
    return job.error();
}

Error keychainError(const QString &message)
{
    return Error{QStringLiteral("keychain_error"), CredentialStore::tr("The system keychain refused: %1").arg(message)};
}

} // namespace

Result<QString> KeychainCredentialStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    QString message;
    const QKeychain::Error error = runJob(job, &message);
    if (error == QKeychain::EntryNotFound)
        return QString();
    if (error != QKeychain::NoError)
        return keychainError(message);
    return job.textData();
}

Result<void> KeychainCredentialStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    QString message;
    if (runJob(job, &message) != QKeychain::NoError)
        return keychainError(message);
    return {};
}

Result<void> KeychainCredentialStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    QString message;
    const QKeychain::Error error = runJob(job, &message);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return keychainError(message);
    return {};
}

} // namespace depot::sync
