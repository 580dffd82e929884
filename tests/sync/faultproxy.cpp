#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace depot::sync::test {

namespace {

constexpr quint8 kTlsApplicationData = 23;
/// A TLS 1.3 client Finished is one ~53-byte application-data record; an HTTP request is longer.
constexpr int kRequestRecordMin = 100;
constexpr int kFirstRequestHoldMs = 25;
constexpr int kCutQuietMs = 30;

} // namespace

struct FaultProxy::Link
{
    enum class State {
        Handshake,
        InRequest,
        Responding
    };

    int number = 0;
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;
    QRandomGenerator rng;
    Fault fault = Fault::None; ///< the fault of the current request, when faultActive
    int delayMs = 0;
    bool faultActive = false; ///< the current request is the faulty one
    bool connected = false;
    bool closed = false;
    State state = State::Handshake;
    int requests = 0;
    QByteArray beforeConnect; ///< client bytes that arrived before the server connection was up
    QByteArray partialRecord; ///< client bytes of an incomplete TLS record
    bool holding = false;
    QByteArray held; ///< whole client records held back
    QTimer holdTimer;
    QByteArray cut; ///< the answer collected before it is cut
    QTimer quietTimer;
};

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent) : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    closeAll();
}

bool FaultProxy::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = QStringLiteral("fault proxy cannot listen: ") + m_server.errorString();
    return false;
}

void FaultProxy::setOptions(const Options &options)
{
    m_options = options;
    m_connectionCount = 0;
    m_injectedTotal = 0;
    m_injected.clear();
    m_outageLeft = 0;
    m_enabled = true;
}

QString FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::DropBeforeForward:
        return QStringLiteral("drop-before-forward");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::CutResponse:
        return QStringLiteral("cut-response");
    case Fault::DropResponse:
        return QStringLiteral("drop-response-after-commit");
    }
    return {};
}

void FaultProxy::closeAll()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        close(link);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        link->number = ++m_connectionCount;
        // The plan of a connection depends on the seed and its number only.
        link->rng.seed(quint32(m_options.seed * 2654435761u) ^ quint32(link->number * 40503u)
                       ^ quint32(m_options.seed >> 32));
        link->client = client;
        client->setParent(nullptr);
        link->server = new QTcpSocket;
        link->holdTimer.setSingleShot(true);
        link->quietTimer.setSingleShot(true);
        m_links << link;
        connect(&link->holdTimer, &QTimer::timeout, this, [this, link] {
            link->holding = false;
            const QByteArray bytes = std::exchange(link->held, {});
            forwardToServer(link, bytes);
            emit requestForwarded(link->number, link->requests);
        });
        connect(&link->quietTimer, &QTimer::timeout, this, [this, link] { finishCut(link); });
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->server, &QTcpSocket::connected, this, [this, link] {
            link->connected = true;
            link->server->write(std::exchange(link->beforeConnect, {}));
        });
        connect(link->server, &QTcpSocket::readyRead, this, [this, link] { fromServer(link); });
        connect(link->server, &QTcpSocket::disconnected, this, [this, link] {
            fromServer(link);
            close(link);
        });
        connect(link->server, &QTcpSocket::errorOccurred, this, [this, link] {
            if (!link->connected)
                close(link); // the server is down: the client sees the connection closed
        });
        link->server->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        if (client->bytesAvailable() > 0)
            fromClient(link);
    }
}

void FaultProxy::inject(Link *link)
{
    ++m_injectedTotal;
    ++m_injected[link->fault];
    emit faultInjected(link->number, link->fault);
}

void FaultProxy::fromClient(Link *link)
{
    if (link->closed)
        return;
    link->partialRecord += link->client->readAll();
    // Forward whole TLS records only, so that a request can be held back or dropped as a unit.
    while (link->partialRecord.size() >= 5) {
        const auto *h = reinterpret_cast<const quint8 *>(link->partialRecord.constData());
        const int length = (h[3] << 8) | h[4];
        if (link->partialRecord.size() < 5 + length)
            break;
        const QByteArray record = link->partialRecord.left(5 + length);
        link->partialRecord.remove(0, 5 + length);
        if (link->holding) {
            // Everything after a held record waits with it: the stream must keep its order.
            link->held += record;
            continue;
        }
        const bool startsRequest =
            h[0] == kTlsApplicationData && length > kRequestRecordMin && link->state != Link::State::InRequest;
        if (startsRequest) {
            ++link->requests;
            link->state = Link::State::InRequest;
            // One draw per request, in the connection's own sequence: the plan depends on the
            // seed, the connection's number and the request's number only.
            const bool draw = int(link->rng.bounded(100)) < m_options.faultPercent;
            const QList<Fault> &kinds = m_options.kinds;
            link->fault = kinds.isEmpty() ? Fault::None : kinds.at(link->rng.bounded(quint32(kinds.size())));
            link->delayMs = 5 + int(link->rng.bounded(qMax(1, m_options.maxDelayMs)));
            const int outage = int(link->rng.bounded(4));
            link->faultActive = draw && m_enabled && m_injectedTotal < m_options.maxFaults;
            if (m_outageLeft > 0 && m_enabled && m_injectedTotal < m_options.maxFaults) {
                // A short outage: Qt resends a request whose connection dropped, so a single drop
                // never reaches the engine; a few in a row make it fail and back off.
                --m_outageLeft;
                link->faultActive = true;
                link->fault = Fault::DropBeforeForward;
            } else if (link->faultActive && link->fault == Fault::DropBeforeForward) {
                m_outageLeft = outage;
            }
            if (link->faultActive && link->fault == Fault::DropBeforeForward) {
                inject(link);
                close(link);
                return;
            }
            int hold = link->requests == 1 ? kFirstRequestHoldMs : 0;
            if (link->faultActive && link->fault == Fault::Delay) {
                inject(link);
                hold += link->delayMs;
            }
            if (hold > 0) {
                link->holding = true;
                link->held += record;
                link->holdTimer.start(hold);
                continue;
            }
            forwardToServer(link, record);
            emit requestForwarded(link->number, link->requests);
            continue;
        }
        forwardToServer(link, record);
    }
}

void FaultProxy::forwardToServer(Link *link, const QByteArray &bytes)
{
    if (link->closed || bytes.isEmpty())
        return;
    if (!link->connected)
        link->beforeConnect += bytes;
    else
        link->server->write(bytes);
}

void FaultProxy::fromServer(Link *link)
{
    if (link->closed)
        return;
    const QByteArray bytes = link->server->readAll();
    if (bytes.isEmpty())
        return;
    if (link->state == Link::State::Handshake || link->holding) {
        // Not an answer: the handshake, or TLS 1.3 session tickets sent while a request is held.
        sendToClient(link, bytes);
        return;
    }
    link->state = Link::State::Responding;
    if (link->faultActive && link->fault == Fault::DropResponse) {
        // The server has answered, so it has committed: the client never hears about it.
        inject(link);
        close(link);
        return;
    }
    if (link->faultActive && link->fault == Fault::CutResponse) {
        link->cut += bytes;
        link->quietTimer.start(kCutQuietMs);
        return;
    }
    sendToClient(link, bytes);
}

void FaultProxy::finishCut(Link *link)
{
    if (link->closed)
        return;
    inject(link);
    const qsizetype n = link->cut.size();
    const qsizetype keep = n >= 2 ? 1 + qsizetype(link->rng.bounded(quint32(n - 1))) : 0;
    sendToClient(link, link->cut.left(keep));
    close(link);
}

void FaultProxy::sendToClient(Link *link, const QByteArray &bytes)
{
    if (!link->closed && !bytes.isEmpty())
        link->client->write(bytes);
}

void FaultProxy::close(Link *link)
{
    if (link->closed)
        return;
    link->closed = true;
    m_links.removeOne(link);
    link->holdTimer.stop();
    link->quietTimer.stop();
    for (QTcpSocket *socket : {link->client, link->server}) {
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() > 0) {
            socket->flush();
            socket->waitForBytesWritten(500);
        }
        socket->abort();
        socket->deleteLater();
    }
    // Deleted later: close() may run inside one of the link's own handlers.
    QTimer::singleShot(0, [link] { delete link; });
}

} // namespace depot::sync::test
