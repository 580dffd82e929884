#include "credentialstore.h"

#include <QFile>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace depot::sync {

using core::Error;
using core::Result;

FileCredentialStore::FileCredentialStore(QString path) : m_path(std::move(path)) { }

namespace {

Result<QJsonObject> load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("credentials_unreadable"),
                     CredentialStore::tr("Cannot read the credential file %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("credentials_corrupt"),
                     CredentialStore::tr("The credential file %1 is damaged; sign in again.").arg(path)};
    return doc.object();
}

} // namespace

Result<QString> FileCredentialStore::read(const QString &key)
{
    auto all = load(m_path);
    if (!all)
        return all.error();
    return all->value(key).toString();
}

Result<void> FileCredentialStore::save(const QJsonObject &all)
{
    QSaveFile file(m_path);
    // Owner read/write only, set before any secret is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{QStringLiteral("credentials_unwritable"),
                     CredentialStore::tr("Cannot write the credential file %1: %2").arg(m_path, file.errorString())};
    file.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{QStringLiteral("credentials_unwritable"),
                     CredentialStore::tr("Cannot write the credential file %1: %2").arg(m_path, file.errorString())};
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<void> FileCredentialStore::write(const QString &key, const QString &secret)
{
    auto all = load(m_path);
    if (!all)
        return all.error();
    all->insert(key, secret);
    return save(*all);
}

Result<void> FileCredentialStore::remove(const QString &key)
{
    auto all = load(m_path);
    if (!all)
        return all.error();
    if (!all->contains(key))
        return {};
    all->remove(key);
    return save(*all);
}

} // namespace depot::sync
