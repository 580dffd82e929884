#pragma once

#include "api.h"
#include "tls.h"

#include <QHostAddress>
#include <QObject>
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
    Services &m_services;
    Router &m_router;
    QThreadPool m_pool;
    std::unique_ptr<QHttpServer> m_http;
    std::atomic<int> m_inFlight{0};
    bool m_stopping = false;
};

} // namespace depot::server
