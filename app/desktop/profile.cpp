#include "profile.h"

#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslCertificate>

#include <sodium.h>

namespace depot::app {

namespace {

const QString kProfileFile = QStringLiteral("profile.json");

QString serverKey(const QUrl &url)
{
    return url.toString(QUrl::StripTrailingSlash);
}

} // namespace

QString CompanyProfile::storePath() const
{
    return QDir(dir).filePath(QStringLiteral("store.sqlite"));
}

QString CompanyProfile::credentialsPath() const
{
    return QDir(dir).filePath(QStringLiteral("credentials.json"));
}

sync::Account CompanyProfile::account(const QString &deviceId) const
{
    sync::Account a;
    a.serverUrl = server;
    a.tenant = tenant;
    a.user = user;
    a.deviceId = deviceId;
    a.pinnedSha256 = pin;
    if (!caFile.isEmpty())
        a.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    return a;
}

core::Result<CompanyProfile> CompanyProfile::load(const QString &dir)
{
    CompanyProfile p;
    p.dir = dir;
    QFile file(QDir(dir).filePath(kProfileFile));
    if (!file.exists())
        return p;
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{QStringLiteral("profile_unreadable"),
                           tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return core::Error{QStringLiteral("profile_damaged"),
                           tr("%1 is damaged. Move it away and sign in again; the store is not affected.")
                               .arg(QDir::toNativeSeparators(file.fileName()))};
    const QJsonObject o = doc.object();
    p.server = QUrl(o.value(QStringLiteral("server")).toString());
    p.tenant = o.value(QStringLiteral("tenant")).toString();
    p.tenantName = o.value(QStringLiteral("tenant_name")).toString();
    p.user = o.value(QStringLiteral("user")).toString();
    p.role = o.value(QStringLiteral("role")).toString();
    p.pin = sync::SyncEngine::normalizeFingerprint(o.value(QStringLiteral("pin")).toString());
    p.caFile = o.value(QStringLiteral("ca_file")).toString();
    p.offlineVerifier = o.value(QStringLiteral("offline_verifier")).toString();
    return p;
}

core::Result<void> CompanyProfile::save() const
{
    if (!QDir().mkpath(dir))
        return core::Error{QStringLiteral("data_dir"),
                           tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dir))};
    const QString path = QDir(dir).filePath(kProfileFile);
    QJsonObject o;
    {
        QFile old(path);
        if (old.open(QIODevice::ReadOnly))
            o = QJsonDocument::fromJson(old.readAll()).object();
    }
    o.insert(QStringLiteral("server"), serverKey(server));
    o.insert(QStringLiteral("tenant"), tenant);
    o.insert(QStringLiteral("tenant_name"), tenantName);
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("pin"), pin);
    o.insert(QStringLiteral("ca_file"), caFile);
    o.insert(QStringLiteral("offline_verifier"), offlineVerifier);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{QStringLiteral("profile_unwritable"),
                           tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return core::Error{QStringLiteral("profile_unwritable"),
                           tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

namespace profiles {

QString companyDir(const QString &root, const QUrl &server, const QString &tenant)
{
    const auto holds = [&](const QString &dir) {
        auto p = CompanyProfile::load(dir);
        return p.ok() && p->isSignedInProfile() && serverKey(p->server) == serverKey(server) && p->tenant == tenant;
    };
    const auto isFree = [](const QString &dir) {
        auto p = CompanyProfile::load(dir);
        return p.ok() && !p->isSignedInProfile();
    };
    if (holds(root) || isFree(root))
        return root;
    const QDir companies(QDir(root).filePath(QStringLiteral("companies")));
    const QString plain = companies.filePath(tenant);
    if (holds(plain) || isFree(plain))
        return plain;
    return companies.filePath(QStringLiteral("%1@%2-%3").arg(tenant, server.host()).arg(server.port(443)));
}

QList<CompanyProfile> known(const QString &root)
{
    QList<CompanyProfile> out;
    QStringList dirs{root};
    const QDir companies(QDir(root).filePath(QStringLiteral("companies")));
    for (const QString &name : companies.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        dirs << companies.filePath(name);
    for (const QString &dir : std::as_const(dirs)) {
        auto p = CompanyProfile::load(dir);
        if (p.ok() && p->isSignedInProfile())
            out << *p;
    }
    return out;
}

core::Result<QString> makeOfflineVerifier(const QString &password)
{
    if (sodium_init() < 0)
        return core::Error{QStringLiteral("sodium"), CompanyProfile::tr("The cryptography library failed to start.")};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return core::Error{QStringLiteral("out_of_memory"), CompanyProfile::tr("Not enough memory to protect the password.")};
    return QString::fromLatin1(out);
}

bool checkOfflineVerifier(const QString &verifier, const QString &password)
{
    if (verifier.isEmpty() || sodium_init() < 0)
        return false;
    const QByteArray h = verifier.toLatin1();
    if (h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace profiles

} // namespace depot::app
