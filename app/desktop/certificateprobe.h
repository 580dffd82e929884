#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QSslSocket;

namespace depot::app {

/// Looks at a server's TLS certificate before anything is sent, for trust on first use: reports
/// whether the system CAs trust it and its SHA-256 fingerprint, so the user can compare it with the
/// one the administrator gives (depot-server prints it when it starts) and pin it.
class CertificateProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool reached = false; ///< a TLS handshake got as far as the certificate
        bool trusted = false; ///< the system CAs trust it for this host
        QString sha256;       ///< lowercase hex
        QString error;        ///< why the server was not reached
    };

    explicit CertificateProbe(QObject *parent = nullptr);
    void start(const QUrl &server, int timeoutMs = 15000);
    /// "AB:CD:..." (the form depot-server prints).
    static QString formatFingerprint(const QString &hex);

signals:
    void finished(const depot::app::CertificateProbe::Result &result);

private:
    void finish();
    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
    Result m_result;
    bool m_done = false;
};

} // namespace depot::app
