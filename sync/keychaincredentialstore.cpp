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

/// What a finished read job found: its secret, none, or the keychain's refusal.
Result<QString> readResult(const QKeychain::ReadPasswordJob &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return keychainError(job.errorString());
    return job.textData();
}

} // namespace

void KeychainCredentialStore::readAsync(const QString &key, QObject *context,
                                        std::function<void(core::Result<QString>)> done) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true); // deleted after finished() whoever listens
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        done(readResult(*static_cast<QKeychain::ReadPasswordJob *>(finished)));
    });
    job->start();
}

Result<QString> KeychainCredentialStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    QString message;
    runJob(job, &message);
    return readResult(job);
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
