#include "certificateprobe.h"

#include <QSslSocket>

namespace depot::app {

CertificateProbe::CertificateProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_result.error = tr("no answer from the server");
        finish();
    });
}

void CertificateProbe::start(const QUrl &server, int timeoutMs)
{
    m_socket = new QSslSocket(this);
    m_socket->setProtocol(QSsl::TlsV1_2OrLater);
    const auto take = [this] {
        const QSslCertificate peer = m_socket->peerCertificate();
        if (!peer.isNull()) {
            m_result.reached = true;
            m_result.sha256 = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
        }
    };
    connect(m_socket, &QSslSocket::encrypted, this, [this, take] {
        take();
        m_result.trusted = m_result.reached;
        finish();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this, take](const QList<QSslError> &) {
        take();
        m_result.trusted = false;
        finish();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_result.error.isEmpty())
            m_result.error = m_socket->errorString();
        finish();
    });
    m_timeout.start(timeoutMs);
    m_socket->connectToHostEncrypted(server.host(), quint16(server.port(443)));
}

void CertificateProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    emit finished(m_result);
}

QString CertificateProbe::formatFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(u':');
}

} // namespace depot::app
