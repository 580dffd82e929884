#include "deployment.h"

#include "core/uuid.h"

#include <QDateTime>
#include <QTest>

namespace depot::server::test {

bool Deployment::start(const QStringList &serverArgs, QString *error)
{
    backend = backendFromEnvironment();
    if (!dataDir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    if (backend == u"postgres") {
        if (!postgres.start(error))
            return false;
        dbUrl = postgres.url();
        QByteArray out;
        QByteArray err;
        if (runCommand({QStringLiteral("migrate"), QStringLiteral("--db"), dbUrl, QStringLiteral("--data-dir"),
                        dataDir.path()},
                       {}, &out, &err)
            != 0) {
            *error = QStringLiteral("migrate failed: ") + QString::fromUtf8(err);
            return false;
        }
    } else {
        dbUrl = QStringLiteral("sqlite:") + dataDir.filePath(QStringLiteral("depot.sqlite"));
    }
    if (!server.start(dbUrl, dataDir.path(), serverArgs, error))
        return false;
    http = std::make_unique<HttpClient>(server.baseUrl(), server.fingerprint());
    return true;
}

bool Deployment::startAnother(ServerProcess &other, const QString &dir, const QStringList &serverArgs, QString *error)
{
    // Same JWT secret so tokens are valid on every instance.
    return other.start(dbUrl, dir,
                       QStringList{QStringLiteral("--jwt-secret-file"), dataDir.filePath(QStringLiteral("jwt.key"))}
                           + serverArgs,
                       error);
}

void Deployment::stop()
{
    http.reset();
    server.stop();
    postgres.stop();
}

QString Deployment::signup(const QString &name, const QString &email, const QString &password, const QString &plan)
{
    const Response r =
        http->post(QStringLiteral("/api/v1/signup"), {{QStringLiteral("company_name"), name},
                                                      {QStringLiteral("company_email"), email},
                                                      {QStringLiteral("admin_email"), email},
                                                      {QStringLiteral("admin_password"), password},
                                                      {QStringLiteral("admin_first_name"), QStringLiteral("Ada")},
                                                      {QStringLiteral("admin_last_name"), QStringLiteral("Owner")},
                                                      {QStringLiteral("plan"), plan},
                                                      {QStringLiteral("accept_terms"), true}});
    if (r.status != 201) {
        qWarning() << "signup failed" << r.status << r.body;
        return {};
    }
    return r.data().toObject().value(QStringLiteral("tenant")).toObject().value(QStringLiteral("slug")).toString();
}

Session Deployment::login(const QString &tenant, const QString &identifier, const QString &password,
                          const QString &device)
{
    const Response r = http->post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("tenant"), tenant},
                                                                         {QStringLiteral("identifier"), identifier},
                                                                         {QStringLiteral("password"), password},
                                                                         {QStringLiteral("device"), device}});
    Session s;
    if (r.status != 200) {
        qWarning() << "login failed" << r.status << r.body;
        return s;
    }
    const QJsonObject d = r.data().toObject();
    s.access = d.value(QStringLiteral("access_token")).toString();
    s.refresh = d.value(QStringLiteral("refresh_token")).toString();
    s.userId = d.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    s.tenant = tenant;
    s.device = device;
    s.role = d.value(QStringLiteral("role")).toString();
    return s;
}

QString Deployment::platformAdminToken()
{
    if (!adminToken.isEmpty())
        return adminToken;
    QByteArray out;
    QByteArray err;
    if (runCommand({QStringLiteral("create-platform-admin"), QStringLiteral("--db"), dbUrl,
                    QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--email"),
                    QStringLiteral("root@platform.test"), QStringLiteral("--password-stdin"),
                    QStringLiteral("--password-profile"), QStringLiteral("min")},
                   QByteArray(kPlatformPassword) + '\n', &out, &err)
        != 0)
        qWarning() << "create-platform-admin failed" << err;
    const Response r = http->post(QStringLiteral("/api/v1/auth/login"),
                                  {{QStringLiteral("identifier"), QStringLiteral("root@platform.test")},
                                   {QStringLiteral("password"), QLatin1String(kPlatformPassword)}});
    adminToken = r.data().toObject().value(QStringLiteral("access_token")).toString();
    return adminToken;
}

Session Deployment::newTenant(const QString &plan)
{
    const int n = ++counter;
    const QString email = QStringLiteral("owner%1-%2@example.com").arg(n).arg(QDateTime::currentMSecsSinceEpoch());
    const QString slug = signup(QStringLiteral("Company %1 %2").arg(n).arg(QDateTime::currentMSecsSinceEpoch()), email,
                                QLatin1String(kPassword), plan);
    if (slug.isEmpty())
        return {};
    return login(slug, email, QLatin1String(kPassword), QStringLiteral("owner-device-%1").arg(n));
}

Session Deployment::addMember(const Session &admin, const QString &role, const QString &device)
{
    const int n = ++counter;
    const QString email = QStringLiteral("member%1-%2@example.com").arg(n).arg(QDateTime::currentMSecsSinceEpoch());
    const QString temporary = QStringLiteral("temporary-pass-%1").arg(n);
    const Response r = http->post(QStringLiteral("/api/v1/users"),
                                  {{QStringLiteral("email"), email},
                                   {QStringLiteral("role"), role},
                                   {QStringLiteral("first_name"), QStringLiteral("M")},
                                   {QStringLiteral("temporary_password"), temporary}},
                                  admin.access);
    if (r.status != 201) {
        qWarning() << "addMember failed" << r.status << r.body;
        return {};
    }
    const QString dev = device.isEmpty() ? QStringLiteral("member-device-%1").arg(n) : device;
    Session s = login(admin.tenant, email, temporary, dev);
    const Response c = http->post(
        QStringLiteral("/api/v1/auth/change-password"),
        {{QStringLiteral("current_password"), temporary}, {QStringLiteral("new_password"), QLatin1String(kPassword)}},
        s.access);
    if (c.status != 200) {
        qWarning() << "change-password failed" << c.status << c.body;
        return {};
    }
    s.access = c.data().toObject().value(QStringLiteral("access_token")).toString();
    s.refresh = c.data().toObject().value(QStringLiteral("refresh_token")).toString();
    s.role = role;
    return s;
}

QPair<QString, QString> Deployment::seedCatalog(const Session &s, const QString &sku, const QString &code)
{
    const Response p = http->post(
        QStringLiteral("/api/v1/products"),
        {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), QStringLiteral("Product ") + sku}}, s.access);
    const Response l = http->post(
        QStringLiteral("/api/v1/locations"),
        {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Location ") + code}}, s.access);
    if (p.status != 201 || l.status != 201)
        qWarning() << "seedCatalog failed" << p.body << l.body;
    return {p.data().toObject().value(QStringLiteral("id")).toString(),
            l.data().toObject().value(QStringLiteral("id")).toString()};
}

QJsonObject Deployment::movement(const QString &product, const QString &location, const QString &kind,
                                 const QString &quantity, quint64 hlc, const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id.isEmpty() ? core::uuidToText(core::UuidV7::generate()) : id},
                       {QStringLiteral("product_id"), product},
                       {QStringLiteral("location_id"), location},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("unit_cost"), QString()},
                       {QStringLiteral("reason"), QString()},
                       {QStringLiteral("reference"), QString()},
                       {QStringLiteral("note"), QString()},
                       {QStringLiteral("user"), QStringLiteral("clerk")},
                       {QStringLiteral("device"), QStringLiteral("device-x")},
                       {QStringLiteral("hlc"), QString::number(hlc)},
                       {QStringLiteral("transfer_id"), QJsonValue()},
                       {QStringLiteral("reverses_id"), QJsonValue()}};
}

QJsonObject Deployment::push(const QString &device, const QJsonArray &movements, const QJsonArray &catalog)
{
    return QJsonObject{{QStringLiteral("protocol"), 1},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("hlc"), QString::number(hlcNow())},
                       {QStringLiteral("movements"), movements},
                       {QStringLiteral("catalog"), catalog}};
}

quint64 Deployment::hlcNow(int offset)
{
    return (quint64(QDateTime::currentMSecsSinceEpoch()) << 16) + quint64(offset);
}

} // namespace depot::server::test
