#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace depot::server {

/// Every setting of depot-server. Precedence: command-line flag > environment variable
/// (DEPOT_<NAME>, e.g. DEPOT_DB, DEPOT_LISTEN) > config file (--config F or DEPOT_CONFIG, a JSON
/// object with the flag names as keys) > default.
struct Config
{
    QString db; ///< default sqlite:<data-dir>/depot.sqlite
    QString dataDir = QStringLiteral("depot-data");
    QString listen = QStringLiteral("127.0.0.1:8443");
    QString tlsCert;
    QString tlsKey;
    QString jwtSecretFile; ///< default <data-dir>/jwt.key (generated on first start)
    QString appRole = QStringLiteral("depot_app");
    QString passwordProfile = QStringLiteral("interactive");
    int workers = 0;   ///< 0: 2 x cores, at least 4
    int toVersion = 0; ///< migrate: the schema version to stop at (0: this build's)
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxBatch = 1000;
    int maxPage = 500;
    int loginFailuresPerIp = 10; ///< failed logins allowed per IP per window
    int loginWindowS = 300;
    int signupsPerIp = 5;        ///< per hour
    double tenantRatePerS = 200; ///< per-tenant token bucket refill
    int tenantBurst = 400;
    int trialDays = 14;
    int accessTokenLifetimeS = 15 * 60; ///< tests shorten it to see tokens expire mid-sync
    /// The sync protocol the server speaks; 0: this build's (sync::protocol::kProtocolVersion).
    /// For tests only: it lets the client tests meet a server that speaks a newer protocol.
    int protocolVersion = 0;
    int refreshGraceS = 60; ///< a lost refresh answer may be retried with the previous token this long

    // Command arguments (not persisted settings)
    QString command;
    QString email;
    QString name;
    QString plan;
    QString ownerEmail;
    bool passwordStdin = false;

    QString effectiveDb() const;
    QString effectiveJwtSecretFile() const;
};

/// Parses argv into a Config (command first). Returns a usage error for unknown flags.
core::Result<Config> parseConfig(const QStringList &arguments);
QString usage();

} // namespace depot::server
