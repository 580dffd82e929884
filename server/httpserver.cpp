#include "httpserver.h"

#include "log.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QHttpServerRouterRule>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace depot::server {

namespace {

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

    m_http->route<CatchAllRule>(QStringLiteral("/"), QHttpServerRequest::Method::AnyKnown,
                                [this](const QHttpServerRequest &request) -> QFuture<QHttpServerResponse> {
                                    HttpRequest copy;
                                    copy.method = methodName(request.method());
                                    copy.path = request.url().path();
                                    copy.query = request.query();
                                    for (const auto &[name, value] : request.headers())
                                        copy.headers.insert(name.toLower(), value);
                                    copy.body = request.body();
                                    copy.ip = request.remoteAddress().toString();
                                    ++m_inFlight;
                                    return QtConcurrent::run(&m_pool, [this, copy = std::move(copy)]() {
                                        HttpResponse r = m_router.dispatch(copy);
                                        QHttpServerResponse response(
                                            r.contentType, r.body,
                                            static_cast<QHttpServerResponse::StatusCode>(r.status));
                                        for (const auto &[name, value] : r.headers)
                                            response.addHeader(name, value);
                                        response.addHeader("Cache-Control", "no-store");
                                        response.addHeader("X-Content-Type-Options", "nosniff");
                                        --m_inFlight;
                                        return response;
                                    });
                                });
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
