#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

#include <memory>

class QTcpSocket;
class QTimer;

namespace depot::sync::test {

/// A TCP proxy on 127.0.0.1 in front of depot-server that forwards raw bytes (TLS passes through
/// untouched) and, from a seeded RNG, breaks some requests the way real networks do:
///
/// - DropBeforeForward: the connection is closed before the request reaches the server, sometimes
///   for the next few requests too (a short outage, longer than Qt's own resend covers);
/// - Delay: the request and its answer are held back for a few tens of milliseconds;
/// - CutResponse: the server's answer is cut after a random part of it (mid-record, mid-body);
/// - DropResponse: the request is forwarded fully and the server answers (it has committed), but
///   the client side is closed before any byte of the answer is relayed.
///
/// Requests are found in the encrypted stream by their TLS record headers (which are clear text):
/// an application-data record from the client longer than a TLS Finished starts a request, the
/// server's bytes after it are its answer. The first request of a connection is held 25 ms so that
/// the post-handshake session tickets of TLS 1.3 are not mistaken for the answer.
///
/// Guarantees: the fault plan is a function of the seed and of the connection's number only; at
/// most maxFaults faults are injected, then the proxy is a clean pipe (faults can also be switched
/// off); every connection is closed when the proxy is destroyed.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        DropBeforeForward,
        Delay,
        CutResponse,
        DropResponse
    };
    Q_ENUM(Fault)

    struct Options
    {
        quint64 seed = 1;
        int faultPercent = 10; ///< chance that a request gets a fault
        int maxFaults = 40;    ///< faults injected in total before the proxy becomes a clean pipe
        int maxDelayMs = 60;   ///< upper bound of a Delay fault
        /// The kinds a fault is drawn from (all four by default, with the same draws as before).
        QList<Fault> kinds{Fault::DropBeforeForward, Fault::Delay, Fault::CutResponse, Fault::DropResponse};
    };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    /// The server moved (it was restarted on another port): new connections go there.
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    /// Resets the plan: faults follow `options` from the next connection on.
    void setOptions(const Options &options);
    void setFaultsEnabled(bool enabled) { m_enabled = enabled; }
    /// Closes every open connection at once (both sides).
    void closeAll();

    int connections() const { return m_connectionCount; }
    int faultsInjected() const { return m_injectedTotal; }
    int injected(Fault fault) const { return m_injected.value(fault); }
    static QString faultName(Fault fault);

Q_SIGNALS:
    /// The first record of a request was forwarded to the server.
    void requestForwarded(int connection, int request);
    void faultInjected(int connection, depot::sync::test::FaultProxy::Fault fault);

private:
    struct Link;
    void accept();
    void fromClient(Link *link);
    void fromServer(Link *link);
    void forwardToServer(Link *link, const QByteArray &bytes);
    void sendToClient(Link *link, const QByteArray &bytes);
    void finishCut(Link *link);
    void close(Link *link);
    void inject(Link *link);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    Options m_options;
    bool m_enabled = true;
    int m_connectionCount = 0;
    int m_injectedTotal = 0;
    int m_outageLeft = 0; ///< requests still to drop in the current outage
    QHash<Fault, int> m_injected;
    QList<Link *> m_links;
};

} // namespace depot::sync::test
