#pragma once

#include "api.h"
#include "tls.h"

#include <QHostAddress>
#include <QObject>
#include <QHash>
#include <QThreadPool>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

namespace depot::server {

/// The HTTPS front: QHttpServer with TLS on the event-loop thread; every request is copied and
/// handled on a worker pool (per-thread database connections); the response goes back to the
/// event loop through a QFuture. stop() refuses new connections and finishes in-flight requests.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(Services &services, Router &router, QObject *parent = nullptr);
    ~HttpServer() override;

    core::Result<quint16> listen(const QHostAddress &address, quint16 port, const TlsMaterial &tls);
    /// Stops accepting; emits stopped() once in-flight requests have been answered.
    void stop();
    int inFlight() const { return m_inFlight.load(); }

Q_SIGNALS:
    void stopped();

private:
    /// Writes the answer of request `number` if its connection is still open.
    void answer(quint64 number, const HttpResponse &response);
    Services &m_services;
    Router &m_router;
    QThreadPool m_pool;
    std::unique_ptr<QHttpServer> m_http;
    std::atomic<int> m_inFlight{0};
    /// Requests being handled on a worker, by number: their responder and their connection.
    /// Touched on the event loop's thread only.
    struct Pending;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    quint64 m_nextRequest = 0;
    bool m_stopping = false;
};

} // namespace depot::server
