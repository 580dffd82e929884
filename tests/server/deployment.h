#pragma once

#include "harness.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace depot::server::test {

struct Session
{
    QString access;
    QString refresh;
    QString userId;
    QString tenant; ///< slug
    QString device;
    QString role;
};

/// A server on the backend chosen by DEPOT_TEST_BACKEND, with its own database (a fresh SQLite file
/// or a throwaway PostgreSQL cluster), plus helpers to create tenants and sign in.
class Deployment
{
public:
    bool start(const QStringList &serverArgs, QString *error);
    /// Starts another server on the same database (stateless servers), with other settings.
    bool startAnother(ServerProcess &server, const QString &dataDir, const QStringList &serverArgs, QString *error);
    void stop();

    QString backend;
    QString dbUrl;
    QTemporaryDir dataDir;
    PostgresInstance postgres;
    ServerProcess server;
    std::unique_ptr<HttpClient> http;

    /// Signs a company up (TRIAL) through the API; returns the slug (empty on failure).
    QString signup(const QString &name, const QString &email, const QString &password,
                   const QString &plan = QStringLiteral("starter"));
    Session login(const QString &tenant, const QString &identifier, const QString &password,
                  const QString &device = QStringLiteral("device-1"));
    /// An access token of a platform administrator (created on first use).
    QString platformAdminToken();
    /// A new tenant with its owner signed in. Names are made unique by a counter.
    Session newTenant(const QString &plan = QStringLiteral("professional"));
    /// Adds a member with `role` and signs them in (password changed, so the session is usable).
    Session addMember(const Session &admin, const QString &role, const QString &device = QString());
    /// Creates a product and a location; returns their ids.
    QPair<QString, QString> seedCatalog(const Session &s, const QString &sku = QStringLiteral("SKU-1"),
                                        const QString &code = QStringLiteral("W1"));
    /// A movement in wire form.
    static QJsonObject movement(const QString &product, const QString &location, const QString &kind,
                                const QString &quantity, quint64 hlc, const QString &id = QString());
    static QJsonObject push(const QString &device, const QJsonArray &movements, const QJsonArray &catalog = {});
    static quint64 hlcNow(int offset = 0);

    int counter = 0;
    QString adminToken;
    static constexpr const char *kPlatformPassword = "platform-password-1";
    static constexpr const char *kPassword = "correct-horse-battery";
};

} // namespace depot::server::test
