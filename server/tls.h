#pragma once

#include "core/result.h"

#include <QSslCertificate>
#include <QSslKey>

namespace depot::server {

struct TlsMaterial
{
    QSslCertificate certificate;
    QSslKey key;
    QString fingerprint; ///< SHA-256 of the DER certificate, "AB:CD:..."
    bool generated = false;
};

/// Loads the certificate and key, or, when none is configured, loads (or generates on first start)
/// a self-signed ECDSA P-256 certificate for localhost/127.0.0.1 in `dataDir` with OpenSSL.
core::Result<TlsMaterial> loadOrCreateTls(const QString &certFile, const QString &keyFile, const QString &dataDir);

QString sha256Fingerprint(const QSslCertificate &certificate);

} // namespace depot::server
