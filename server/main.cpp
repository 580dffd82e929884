#include "api.h"
#include "config.h"
#include "demo.h"
#include "httpserver.h"
#include "log.h"
#include "store.h"
#include "tls.h"

#include "core/uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace depot::server;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

void printLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int failWith(const depot::core::Error &error)
{
    const QByteArray text = (error.code + QLatin1String(": ") + error.message + QLatin1Char('\n')).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return error.code == u"usage" ? 2 : 1;
}

QString readPasswordLine()
{
    QTextStream in(stdin);
    QString line = in.readLine();
    while (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

/// The HS256 key: from the configured file, or 64 random bytes generated at first start.
depot::core::Result<QByteArray> jwtSecret(const Config &config)
{
    const QString path = config.effectiveJwtSecretFile();
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return depot::core::Error{QStringLiteral("invalid_config"), QStringLiteral("cannot read %1").arg(path)};
        const QByteArray secret = QByteArray::fromBase64(file.readAll().trimmed());
        if (secret.size() < 32)
            return depot::core::Error{QStringLiteral("invalid_config"),
                                      QStringLiteral("%1 must hold at least 32 bytes (base64)").arg(path)};
        return secret;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray secret = QByteArray::fromBase64(randomToken(64).toLatin1(), QByteArray::Base64UrlEncoding);
    if (!file.open(QIODevice::WriteOnly))
        return depot::core::Error{QStringLiteral("invalid_config"), QStringLiteral("cannot write %1").arg(path)};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(secret.toBase64() + '\n');
    return secret;
}

depot::core::Result<void> prepareStore(Services &services, bool autoMigrate)
{
    auto store = Store::open(StoreConfig{services.config.effectiveDb(), services.config.appRole});
    if (!store.ok())
        return store.error();
    services.store = *store;
    if (autoMigrate && services.store->backend() == Backend::Sqlite) {
        auto migrated = services.store->migrate();
        if (!migrated.ok())
            return migrated.error();
    }
    return services.store->ready();
}

int serve(Services &services)
{
    const QString listen = services.config.listen;
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return failWith(
            {QStringLiteral("invalid_config"), QStringLiteral("--listen must be HOST:PORT (an IP address)")});

    auto ready = prepareStore(services, true);
    if (!ready.ok())
        return failWith(ready.error());
    auto role = services.store->checkAppRole();
    if (!role.ok())
        return failWith(role.error());
    auto secret = jwtSecret(services.config);
    if (!secret.ok())
        return failWith(secret.error());
    services.tokens = std::make_unique<TokenService>(*secret, services.config.accessTokenLifetimeS);
    auto tls = loadOrCreateTls(services.config.tlsCert, services.config.tlsKey, services.config.dataDir);
    if (!tls.ok())
        return failWith(tls.error());
    if (tls->generated)
        qCInfo(lcMain).noquote() << "generated a self-signed TLS certificate in" << services.config.dataDir;

    Router router(services);
    addSystemRoutes(router, services);
    addAuthRoutes(router, services);
    addTenantRoutes(router, services);
    addSyncRoutes(router, services);
    addAdminRoutes(router, services);

    HttpServer server(services, router);
    auto bound = server.listen(address, quint16(port), *tls);
    if (!bound.ok())
        return failWith(bound.error());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return failWith({QStringLiteral("internal_error"), QStringLiteral("socketpair failed")});
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&]() {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        server.stop();
    });
    QObject::connect(&server, &HttpServer::stopped, qApp, &QCoreApplication::quit);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    printLine({{QStringLiteral("event"), QStringLiteral("listening")},
               {QStringLiteral("host"), address.toString()},
               {QStringLiteral("port"), int(*bound)},
               {QStringLiteral("db"), services.store->describe()},
               {QStringLiteral("tls_sha256"), tls->fingerprint},
               {QStringLiteral("protocol"), services.protocolVersion()}});
    qCInfo(lcMain).noquote() << "listening on" << address.toString() << *bound << "TLS SHA-256" << tls->fingerprint;
    const int rc = QCoreApplication::exec();
    qCInfo(lcMain) << "stopped";
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("depot-server"));
    installJsonLogHandler();

    if (QCoreApplication::arguments().value(1) == u"seed-demo")
        return seedDemoMain(QCoreApplication::arguments());
    auto parsed = parseConfig(QCoreApplication::arguments());
    if (!parsed.ok())
        return failWith(parsed.error());
    Services services;
    services.config = *parsed;
    services.passwords = PasswordHasher(*PasswordHasher::profileFromString(services.config.passwordProfile));
    const QString command = services.config.command;

    if (command == u"serve")
        return serve(services);

    auto store = Store::open(StoreConfig{services.config.effectiveDb(), services.config.appRole});
    if (!store.ok())
        return failWith(store.error());
    services.store = *store;

    if (command == u"migrate") {
        auto migrated =
            services.store->migrate(services.config.toVersion > 0 ? services.config.toVersion : Store::kSchemaVersion);
        if (!migrated.ok())
            return failWith(migrated.error());
        printLine({{QStringLiteral("migrated"), true}, {QStringLiteral("schema_version"), *migrated}});
        return 0;
    }

    if (services.store->backend() == Backend::Sqlite) {
        auto migrated = services.store->migrate();
        if (!migrated.ok())
            return failWith(migrated.error());
    }
    auto ready = services.store->ready();
    if (!ready.ok())
        return failWith(ready.error());
    if (!services.config.passwordStdin)
        return failWith(
            {QStringLiteral("usage"), QStringLiteral("the password is read from stdin: pass --password-stdin "
                                                     "(or --owner-password-stdin)")});
    const QString password = readPasswordLine();

    try {
        if (command == u"create-platform-admin") {
            const QString email = normalizeEmail(services.config.email);
            if (email.isEmpty())
                return failWith({QStringLiteral("usage"), QStringLiteral("--email must be a valid email address")});
            const QString weak = PasswordHasher::weakness(password);
            if (!weak.isEmpty())
                return failWith({QStringLiteral("weak_password"), weak});
            auto hash = services.passwords.hash(password);
            if (!hash.ok())
                return failWith(hash.error());
            auto platform = services.store->platform(true);
            auto existing = platform->userByEmail(email);
            QUuid id;
            if (existing) {
                id = existing->id;
                platform->setPassword(id, *hash, false);
                platform->setPlatformAdmin(id, true);
            } else {
                UserRecord user;
                user.id = depot::core::UuidV7::generate();
                user.email = email;
                user.passwordHash = *hash;
                user.platformAdmin = true;
                platform->insertUser(user);
                id = user.id;
            }
            platform->commit();
            printLine({{QStringLiteral("user_id"), depot::core::uuidToText(id)},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("platform_admin"), true}});
            return 0;
        }
        if (command == u"create-tenant") {
            NewTenant input;
            input.name = services.config.name;
            input.email = services.config.ownerEmail;
            input.plan = services.config.plan;
            input.status = TenantStatus::Active;
            input.ownerEmail = services.config.ownerEmail;
            input.ownerPassword = password;
            input.ip = QStringLiteral("cli");
            const CreatedTenant created = createTenant(services, input);
            printLine({{QStringLiteral("tenant"), created.tenant.slug},
                       {QStringLiteral("tenant_id"), depot::core::uuidToText(created.tenant.id)},
                       {QStringLiteral("name"), created.tenant.name},
                       {QStringLiteral("plan"), created.tenant.plan},
                       {QStringLiteral("status"), tenantStatusToString(created.tenant.status)},
                       {QStringLiteral("owner_user_id"), depot::core::uuidToText(created.ownerId)}});
            return 0;
        }
    } catch (const ApiError &e) {
        return failWith({e.code, e.message});
    } catch (const depot::core::RuntimeError &e) {
        return failWith(e.error());
    }
    return failWith({QStringLiteral("usage"), usage()});
}
