#include "config.h"

#include "security.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <functional>

namespace depot::server {

using core::Error;
using core::Result;

QString Config::effectiveDb() const
{
    if (!db.isEmpty())
        return db;
    return QStringLiteral("sqlite:") + QDir(dataDir).absoluteFilePath(QStringLiteral("depot.sqlite"));
}

QString Config::effectiveJwtSecretFile() const
{
    if (!jwtSecretFile.isEmpty())
        return jwtSecretFile;
    return QDir(dataDir).absoluteFilePath(QStringLiteral("jwt.key"));
}

QString usage()
{
    return QStringLiteral(
        "usage: depot-server <command> [options]\n"
        "commands:\n"
        "  serve                   run the HTTPS API\n"
        "  migrate                 create or upgrade the database schema [--to-version N: stop at N]\n"
        "  create-platform-admin   --email E --password-stdin\n"
        "  create-tenant           --name NAME --plan starter|professional|enterprise --owner-email E "
        "--owner-password-stdin\n"
        "  seed-demo               [--slug demo] [--seed N] [--password-stdin]   a demo company with 6 months of data\n"
        "common options (also DEPOT_<NAME> environment variables or a JSON --config file):\n"
        "  --db sqlite:PATH|postgresql://user@host:port/db   --data-dir D   --listen HOST:PORT\n"
        "  --tls-cert F --tls-key F   --jwt-secret-file F   --app-role R   --workers N\n"
        "  --max-body-bytes N --max-batch N --max-page N --login-failures-per-ip N --login-window-s N\n"
        "  --signups-per-ip N --tenant-rate-per-s X --tenant-burst N --trial-days N\n"
        "  --password-profile interactive|moderate|min (min: tests only)\n"
        "  --access-token-lifetime-s S (900 by default)   --refresh-grace-s S (60 by default, 0: none)\n"
        "  --protocol-version N (tests only: speak sync protocol N instead of this build's)\n");
}

namespace {

struct Setter
{
    std::function<bool(Config &, const QString &)> set;
};

QHash<QString, Setter> setters()
{
    auto str = [](QString Config::*m) {
        return Setter{[m](Config &c, const QString &v) {
            c.*m = v;
            return true;
        }};
    };
    auto integer = [](int Config::*m) {
        return Setter{[m](Config &c, const QString &v) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (ok && n >= 0)
                c.*m = n;
            return ok && n >= 0;
        }};
    };
    QHash<QString, Setter> s;
    s.insert(QStringLiteral("db"), str(&Config::db));
    s.insert(QStringLiteral("data-dir"), str(&Config::dataDir));
    s.insert(QStringLiteral("listen"), str(&Config::listen));
    s.insert(QStringLiteral("tls-cert"), str(&Config::tlsCert));
    s.insert(QStringLiteral("tls-key"), str(&Config::tlsKey));
    s.insert(QStringLiteral("jwt-secret-file"), str(&Config::jwtSecretFile));
    s.insert(QStringLiteral("app-role"), str(&Config::appRole));
    s.insert(QStringLiteral("password-profile"), str(&Config::passwordProfile));
    s.insert(QStringLiteral("workers"), integer(&Config::workers));
    s.insert(QStringLiteral("to-version"), integer(&Config::toVersion));
    s.insert(QStringLiteral("max-batch"), integer(&Config::maxBatch));
    s.insert(QStringLiteral("max-page"), integer(&Config::maxPage));
    s.insert(QStringLiteral("login-failures-per-ip"), integer(&Config::loginFailuresPerIp));
    s.insert(QStringLiteral("login-window-s"), integer(&Config::loginWindowS));
    s.insert(QStringLiteral("signups-per-ip"), integer(&Config::signupsPerIp));
    s.insert(QStringLiteral("tenant-burst"), integer(&Config::tenantBurst));
    s.insert(QStringLiteral("trial-days"), integer(&Config::trialDays));
    s.insert(QStringLiteral("refresh-grace-s"), integer(&Config::refreshGraceS));
    s.insert(QStringLiteral("protocol-version"), integer(&Config::protocolVersion));
    s.insert(QStringLiteral("access-token-lifetime-s"), Setter{[](Config &c, const QString &v) {
                 bool ok = false;
                 const int n = v.toInt(&ok);
                 if (ok && n > 0)
                     c.accessTokenLifetimeS = n;
                 return ok && n > 0;
             }});
    s.insert(QStringLiteral("max-body-bytes"), Setter{[](Config &c, const QString &v) {
                 bool ok = false;
                 const qint64 n = v.toLongLong(&ok);
                 if (ok && n > 0)
                     c.maxBodyBytes = n;
                 return ok && n > 0;
             }});
    s.insert(QStringLiteral("tenant-rate-per-s"), Setter{[](Config &c, const QString &v) {
                 bool ok = false;
                 const double n = v.toDouble(&ok);
                 if (ok && n > 0)
                     c.tenantRatePerS = n;
                 return ok && n > 0;
             }});
    // Command arguments
    s.insert(QStringLiteral("email"), str(&Config::email));
    s.insert(QStringLiteral("name"), str(&Config::name));
    s.insert(QStringLiteral("plan"), str(&Config::plan));
    s.insert(QStringLiteral("owner-email"), str(&Config::ownerEmail));
    return s;
}

QString envName(const QString &flag)
{
    return QStringLiteral("DEPOT_") + QString(flag).replace(QLatin1Char('-'), QLatin1Char('_')).toUpper();
}

} // namespace

Result<Config> parseConfig(const QStringList &arguments)
{
    Config config;
    const auto table = setters();
    if (arguments.size() < 2)
        return Error{QStringLiteral("usage"), usage()};
    config.command = arguments.at(1);
    static const QStringList commands{QStringLiteral("serve"), QStringLiteral("migrate"),
                                      QStringLiteral("create-platform-admin"), QStringLiteral("create-tenant")};
    if (!commands.contains(config.command))
        return Error{QStringLiteral("usage"), QStringLiteral("unknown command %1\n").arg(config.command) + usage()};

    QHash<QString, QString> flags;
    QString configFile;
    for (int i = 2; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")))
            return Error{QStringLiteral("usage"), QStringLiteral("unexpected argument %1\n").arg(arg) + usage()};
        arg = arg.mid(2);
        QString value;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        }
        if (arg == u"password-stdin" || arg == u"owner-password-stdin") {
            config.passwordStdin = true;
            continue;
        }
        if (arg != u"config" && !table.contains(arg))
            return Error{QStringLiteral("usage"), QStringLiteral("unknown option --%1\n").arg(arg) + usage()};
        if (eq <= 0) {
            if (i + 1 >= arguments.size())
                return Error{QStringLiteral("usage"), QStringLiteral("--%1 needs a value").arg(arg)};
            value = arguments.at(++i);
        }
        if (arg == u"config")
            configFile = value;
        else
            flags.insert(arg, value);
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (configFile.isEmpty())
        configFile = env.value(QStringLiteral("DEPOT_CONFIG"));
    QHash<QString, QString> merged;
    if (!configFile.isEmpty()) {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("invalid_config"),
                         QStringLiteral("cannot read config file %1").arg(configFile)};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return Error{QStringLiteral("invalid_config"),
                         QStringLiteral("config file %1 is not a JSON object").arg(configFile)};
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!table.contains(it.key()))
                return Error{QStringLiteral("invalid_config"),
                             QStringLiteral("unknown setting %1 in %2").arg(it.key(), configFile)};
            merged.insert(it.key(), it.value().isString() ? it.value().toString()
                                                          : QString::number(it.value().toDouble(), 'g', 15));
        }
    }
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QString name = envName(it.key());
        if (env.contains(name))
            merged.insert(it.key(), env.value(name));
    }
    for (auto it = flags.begin(); it != flags.end(); ++it)
        merged.insert(it.key(), it.value());
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        if (!table.value(it.key()).set(config, it.value()))
            return Error{QStringLiteral("invalid_config"),
                         QStringLiteral("invalid value for %1: %2").arg(it.key(), it.value())};
    }
    if (!PasswordHasher::profileFromString(config.passwordProfile))
        return Error{QStringLiteral("invalid_config"),
                     QStringLiteral("--password-profile must be interactive, moderate or min")};
    return config;
}

} // namespace depot::server
