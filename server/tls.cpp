#include "tls.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace depot::server {

using core::Error;
using core::Result;

namespace {

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

Result<void> generate(const QString &certPath, const QString &keyPath)
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return Error{QStringLiteral("tls_error"), QStringLiteral("cannot generate a TLS key")};
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    QByteArray random = QUuid::createUuid().toRfc4122();
    memcpy(serial, random.constData(), 16);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, 16, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("depot-server"), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (auto [nid, value] : {std::pair{NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"},
                              std::pair{NID_basic_constraints, "critical,CA:FALSE"}}) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        if (!ext)
            return Error{QStringLiteral("tls_error"), QStringLiteral("cannot build the certificate")};
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return Error{QStringLiteral("tls_error"), QStringLiteral("cannot sign the certificate")};

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_X509(certBio.get(), cert.get());
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("tls_error"), QStringLiteral("cannot write %1").arg(keyPath)};
    keyFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    keyFile.write(bioBytes(keyBio.get()));
    keyFile.close();
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("tls_error"), QStringLiteral("cannot write %1").arg(certPath)};
    certFile.write(bioBytes(certBio.get()));
    return {};
}

} // namespace

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (int i = 0; i < digest.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += QLatin1String(digest.mid(i, 2));
    }
    return out;
}

Result<TlsMaterial> loadOrCreateTls(const QString &certFile, const QString &keyFile, const QString &dataDir)
{
    TlsMaterial tls;
    QString certPath = certFile;
    QString keyPath = keyFile;
    if (certPath.isEmpty() != keyPath.isEmpty())
        return Error{QStringLiteral("invalid_config"), QStringLiteral("--tls-cert and --tls-key go together")};
    if (certPath.isEmpty()) {
        QDir().mkpath(dataDir);
        certPath = QDir(dataDir).absoluteFilePath(QStringLiteral("tls-cert.pem"));
        keyPath = QDir(dataDir).absoluteFilePath(QStringLiteral("tls-key.pem"));
        if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
            const auto made = generate(certPath, keyPath);
            if (!made.ok())
                return made.error();
            tls.generated = true;
        }
    }
    QFile cf(certPath);
    QFile kf(keyPath);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("tls_error"), QStringLiteral("cannot read the TLS certificate or key")};
    const auto certs = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyData = kf.readAll();
    if (certs.isEmpty())
        return Error{QStringLiteral("tls_error"), QStringLiteral("%1 holds no PEM certificate").arg(certPath)};
    tls.certificate = certs.first();
    for (auto algorithm : {QSsl::Ec, QSsl::Rsa}) {
        tls.key = QSslKey(keyData, algorithm, QSsl::Pem);
        if (!tls.key.isNull())
            break;
    }
    if (tls.key.isNull())
        return Error{QStringLiteral("tls_error"), QStringLiteral("%1 holds no usable PEM private key").arg(keyPath)};
    tls.fingerprint = sha256Fingerprint(tls.certificate);
    return tls;
}

} // namespace depot::server
