#include "httpserver.h"

#include "log.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QHttpServerRouterRule>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace depot::server {

namespace {

/// Watches the decrypted byte stream of one connection ahead of QHttpServer and refuses a request
/// as soon as its headers show a body over the limit (Content-Length), a header block over 64 KiB
/// or a body without a length (Transfer-Encoding): QHttpServer 6.4 reads and keeps a whole body
/// before a handler runs, so the router's own 413 came only after the memory was spent.
/// It is connected to readyRead before QHttpServer (at the start of the TLS handshake, QHttpServer
/// only sees the socket once it is encrypted), so it peeks at each new chunk exactly once, before
/// QHttpServer reads it. A refused connection is taken away from QHttpServer: the answer is written
/// directly, what the client still sends is read and dropped for a short linger (so the client can
/// read the answer rather than a reset), then the connection is closed.
class RequestGuard : public QObject
{
public:
    RequestGuard(QSslSocket *socket, qint64 maxBody) : QObject(socket), m_socket(socket), m_maxBody(maxBody)
    {
        connect(socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    }

private:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr int kLingerMs = 2000;

    void onReadyRead()
    {
        if (m_refused) {
            drain();
            return;
        }
        const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < chunk.size()) {
            if (m_bodyLeft > 0) {
                const qint64 n = std::min<qint64>(m_bodyLeft, chunk.size() - pos);
                m_bodyLeft -= n;
                pos += qsizetype(n);
                continue;
            }
            const qsizetype before = m_head.size();
            m_head += QByteArrayView(chunk).sliced(pos);
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_head.size() > kMaxHeaderBytes)
                    return refuse(431, "Request Header Fields Too Large", "headers_too_large",
                                  QStringLiteral("The request headers are too large."));
                return;
            }
            pos += end + 4 - before;
            const QByteArray head = m_head.left(end);
            m_head.clear();
            if (!checkHeaders(head))
                return;
        }
    }

    /// Reads the body length of one request's headers; refuses what cannot be accepted.
    bool checkHeaders(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding") {
                refuse(411, "Length Required", "length_required",
                       QStringLiteral("A request body must come with a Content-Length."));
                return false;
            }
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    refuse(400, "Bad Request", "invalid_request", QStringLiteral("The Content-Length is not valid."));
                    return false;
                }
                if (length > m_maxBody) {
                    refuse(413, "Payload Too Large", "payload_too_large",
                           QStringLiteral("The request body is larger than %1 bytes.").arg(m_maxBody));
                    return false;
                }
                m_bodyLeft = length;
            }
        }
        return true;
    }

    void refuse(int status, const char *reason, const char *code, const QString &message)
    {
        m_refused = true;
        qCInfo(lcHttp).noquote() << "refused a request before reading its body:" << status << code << "from"
                                 << m_socket->peerAddress().toString();
        // From now on this connection is ours: QHttpServer must not parse (or keep) what follows.
        disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
        m_socket->setReadBufferSize(64 * 1024); // what is still sent waits in the kernel, not here
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction(); // a read transaction would keep what drain() drops
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("success"), false},
                                                          {QStringLiteral("error"),
                                                           QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                                                       {QStringLiteral("message"), message}}}})
                                    .toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                        + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
        drain();
        QTimer::singleShot(kLingerMs, this, [this]() { m_socket->disconnectFromHost(); });
    }

    void drain()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
    }

    QSslSocket *m_socket;
    qint64 m_maxBody;
    QByteArray m_head;     ///< header bytes of the current request so far
    qint64 m_bodyLeft = 0; ///< body bytes of the current request still to come
    bool m_refused = false;
};

/// QSslServer with TCP_NODELAY on every accepted socket: QHttpServer writes a response's headers and
/// body separately, and Nagle's algorithm would hold the body until the client's delayed ACK (~40 ms).
class NoDelaySslServer : public QSslServer
{
public:
    using QSslServer::QSslServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        int one = 1;
        ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        QSslServer::incomingConnection(descriptor);
    }
};

/// Matches every request: dispatch happens in our Router, on a worker thread.
class CatchAllRule : public QHttpServerRouterRule
{
public:
    using QHttpServerRouterRule::QHttpServerRouterRule;

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override
    {
        static const QRegularExpression any(QStringLiteral(".*"));
        *match = any.match(request.url().path());
        return true;
    }
};

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

struct HttpServer::Pending
{
    explicit Pending(QHttpServerResponder &&r) : responder(std::move(r)), socket(responder.socket()) { }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

HttpServer::HttpServer(Services &services, Router &router, QObject *parent)
    : QObject(parent),
      m_services(services),
      m_router(router),
      m_http(std::make_unique<QHttpServer>())
{
    const int workers =
        services.config.workers > 0 ? services.config.workers : std::max(4, 2 * QThread::idealThreadCount());
    m_pool.setMaxThreadCount(workers);
    m_pool.setExpiryTimeout(-1); // keep threads (and their database connections) alive

    // The handler takes the responder and answers later, from the event loop, once its worker is
    // done, and only if the connection is still there. (Returning a QFuture instead lets Qt 6.4
    // write the answer to the socket it had when the request came: a client that went away
    // meanwhile, its socket deleted, crashed the whole server.)
    m_http->route<CatchAllRule>(
        QStringLiteral("/"), QHttpServerRequest::Method::AnyKnown,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            HttpRequest copy;
            copy.method = methodName(request.method());
            copy.path = request.url().path();
            copy.query = request.query();
            for (const auto &[name, value] : request.headers())
                copy.headers.insert(name.toLower(), value);
            copy.body = request.body();
            copy.ip = request.remoteAddress().toString();
            const quint64 number = ++m_nextRequest;
            auto pending = std::make_shared<Pending>(std::move(responder));
            m_pending.insert(number, pending);
            ++m_inFlight;
            m_pool.start([this, number, copy = std::move(copy)]() {
                HttpResponse r = m_router.dispatch(copy);
                QMetaObject::invokeMethod(
                    this, [this, number, r = std::move(r)]() { answer(number, r); }, Qt::QueuedConnection);
            });
        });
}

void HttpServer::answer(quint64 number, const HttpResponse &r)
{
    const std::shared_ptr<Pending> pending = m_pending.take(number);
    --m_inFlight;
    if (!pending)
        return;
    // The request object and the socket live as long as the connection (Qt deletes both when it
    // closes): checked here, on their thread, right before the write.
    if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcMain) << "client gone before its answer" << r.status;
        return;
    }
    QHttpServerResponse response(r.contentType, r.body, static_cast<QHttpServerResponse::StatusCode>(r.status));
    for (const auto &[name, value] : r.headers)
        response.addHeader(name, value);
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Content-Type-Options", "nosniff");
    response.write(std::move(pending->responder));
}

HttpServer::~HttpServer()
{
    m_pool.waitForDone();
}

core::Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port, const TlsMaterial &tls)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(tls.certificate);
    ssl.setPrivateKey(tls.key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new NoDelaySslServer(m_http.get());
    server->setSslConfiguration(ssl);
    const qint64 maxBody = m_services.config.maxBodyBytes;
    connect(server, &QSslServer::startedEncryptionHandshake, server,
            [maxBody](QSslSocket *socket) { new RequestGuard(socket, maxBody); });
    if (!server->listen(address, port)) {
        delete server;
        return core::Error{QStringLiteral("listen_failed"),
                           QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port)};
    }
    m_http->bind(server);
    const quint16 bound = server->serverPort();
    return bound;
}

void HttpServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    for (QTcpServer *server : m_http->servers())
        server->close();
    qCInfo(lcMain) << "stopping: waiting for" << m_inFlight.load() << "in-flight requests";
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    int quietTicks = 0;
    connect(timer, &QTimer::timeout, this, [this, timer, quietTicks]() mutable {
        // In-flight responses are written by the event loop after the worker finishes: give them
        // a few ticks to reach the sockets.
        if (m_inFlight.load() == 0 && m_pool.activeThreadCount() == 0)
            ++quietTicks;
        else
            quietTicks = 0;
        if (quietTicks >= 5) {
            timer->stop();
            Q_EMIT stopped();
        }
    });
    timer->start();
}

} // namespace depot::server
