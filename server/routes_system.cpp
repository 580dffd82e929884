#include "api.h"

#include <QJsonDocument>

namespace depot::server {

void addSystemRoutes(Router &router, Services &services)
{
    router.add({QStringLiteral("GET"), QStringLiteral("/healthz"), Access::Public, Role::None, false,
                QStringLiteral("Liveness: the process answers."), [](Context &) {
                    return ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                }});
    router.add({QStringLiteral("GET"), QStringLiteral("/readyz"), Access::Public, Role::None, false,
                QStringLiteral("Readiness: the database answers and its schema is current."), [&services](Context &) {
                    auto ready = services.store->ready();
                    if (!ready.ok())
                        fail(503, QStringLiteral("not_ready"), QStringLiteral("The database is not ready."));
                    return ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});
                }});
    router.add({QStringLiteral("GET"), QStringLiteral("/metrics"), Access::Public, Role::None, false,
                QStringLiteral("Prometheus metrics (text exposition format)."), [&services](Context &) {
                    HttpResponse r;
                    r.contentType = "text/plain; version=0.0.4";
                    r.body = services.metrics.render();
                    return r;
                }});
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/openapi.json"), Access::Public, Role::None, false,
                QStringLiteral("This OpenAPI 3 document."), [&router](Context &) {
                    HttpResponse r;
                    r.body = QJsonDocument(router.openApi()).toJson(QJsonDocument::Compact);
                    return r;
                }});
}

} // namespace depot::server
