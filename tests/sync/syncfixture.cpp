#include "syncfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include "core/uuid.h"

namespace depot::sync::test {

bool TestDevice::open(const QString &id)
{
    deviceId = id;
    core::TenantStore::Options options;
    options.deviceId = id;
    auto opened = core::TenantStore::open(storePath(), options);
    if (!opened) {
        qWarning().noquote() << "cannot open the store:" << opened.error().message;
        return false;
    }
    store = std::move(opened).value();
    credentials = std::make_unique<FileCredentialStore>(dir.filePath(QStringLiteral("credentials.json")));
    return true;
}

void TestDevice::close()
{
    engine.reset();
    store.reset();
}

void TestDevice::attach(const Account &account)
{
    engine = std::make_unique<SyncEngine>(*store, account, &network, credentials.get());
    engine->setRetryPolicy({5, 40, 0});
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [this](const QString &message, ErrorCategory) { errors << message; });
}

bool TestDevice::login(const QString &password)
{
    QSignalSpy done(engine.get(), &SyncEngine::loginFinished);
    engine->login(password);
    return done.wait(60000) && done.first().first().toBool();
}

bool TestDevice::sync(int timeoutMs)
{
    QSignalSpy done(engine.get(), &SyncEngine::finished);
    engine->sync();
    if (!done.wait(timeoutMs)) {
        engine->cancel();
        return false;
    }
    return done.first().first().toBool();
}

TestCompany signUpCompany(server::test::Deployment &d, const QString &tag)
{
    static int counter = 0;
    TestCompany c;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    c.email = QStringLiteral("%1-%2-%3@example.com").arg(tag).arg(++counter).arg(now);
    c.slug = d.signup(QStringLiteral("Test %1 %2 %3").arg(tag).arg(counter).arg(now), c.email,
                      QLatin1String(server::test::Deployment::kPassword), QStringLiteral("professional"));
    return c;
}

Account ownerAccount(const server::test::Deployment &d, const TestCompany &company, const QString &deviceId,
                     quint16 port)
{
    Account account;
    account.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    account.tenant = company.slug;
    account.user = company.email;
    account.deviceId = deviceId;
    account.pinnedSha256 = d.server.fingerprint();
    return account;
}

std::unique_ptr<TestDevice> signedInDevice(const Account &account)
{
    auto dev = std::make_unique<TestDevice>();
    if (!dev->open(account.deviceId))
        return {};
    dev->attach(account);
    if (!dev->login(QLatin1String(server::test::Deployment::kPassword))) {
        qWarning() << dev->errors;
        return {};
    }
    return dev;
}

StockMap stockOf(const QList<core::Balance> &balances)
{
    StockMap out;
    for (const core::Balance &b : balances) {
        if (b.quantity.milli() != 0)
            out.insert({core::uuidToText(b.productId), core::uuidToText(b.locationId)}, b.quantity.milli());
    }
    return out;
}

QList<core::Movement> allMovements(const core::TenantStore &store)
{
    QList<core::Movement> out;
    core::JournalFilter filter;
    filter.limit = 10000;
    for (;;) {
        const QList<core::Movement> page = store.journal(filter);
        out += page;
        if (page.size() < filter.limit)
            break;
        filter.offset += filter.limit;
    }
    return out;
}

QString checkStore(core::TenantStore &store, bool expectEmptyOutbox)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check did not run");
    if (q.value(0).toString() != u"ok")
        return QStringLiteral("integrity_check: ") + q.value(0).toString();
    q.finish();
    const QList<core::Movement> movements = allMovements(store);
    QSet<QUuid> ids;
    for (const core::Movement &m : movements)
        ids.insert(m.id);
    if (ids.size() != movements.size() || movements.size() != store.movementCount())
        return QStringLiteral("%1 movements listed, %2 distinct ids, %3 counted")
            .arg(movements.size())
            .arg(ids.size())
            .arg(store.movementCount());
    const QString diff = diffStock(stockOf(store.balances()), stockOf(store.recomputeBalancesFromLog()),
                                   QStringLiteral("maintained"), QStringLiteral("recomputed"));
    if (!diff.isEmpty())
        return diff;
    if (expectEmptyOutbox && store.pendingOutboxCount() != 0)
        return QStringLiteral("%1 item(s) left in the outbox").arg(store.pendingOutboxCount());
    return {};
}

namespace {

/// `archived: false` and no `archived` mean the same (the server's REST answer adds it). A device
/// drops the barcodes of a product merged into another (TenantStore::markProductMerged: a scan must
/// find the survivor), the server keeps them: merged-away products are compared without them.
QString fieldsText(QJsonObject fields, bool mergedAway = false)
{
    if (!fields.value(QStringLiteral("archived")).toBool())
        fields.remove(QStringLiteral("archived"));
    if (mergedAway)
        fields.remove(QStringLiteral("barcodes"));
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList catalogLines(const core::TenantStore &store)
{
    QStringList lines;
    // products() lists live products only; the merged-away ones are part of the catalog too.
    QList<QUuid> productIds;
    for (const core::Product &p : store.products(true))
        productIds << p.id;
    QSqlQuery merged(store.database());
    if (merged.exec(QStringLiteral("SELECT id FROM products WHERE merged_into IS NOT NULL"))) {
        while (merged.next())
            productIds << core::uuidFromText(merged.value(0).toString());
    } else {
        lines << QStringLiteral("cannot list merged products: ") + merged.lastError().text();
    }
    merged.finish();
    for (const QUuid &id : std::as_const(productIds)) {
        const auto record = store.catalogRecord(QStringLiteral("product"), id);
        if (!record) {
            lines << core::uuidToText(id) + QStringLiteral(" without a catalog record");
            continue;
        }
        lines << core::uuidToText(id) + u' ' + fieldsText(record->fields, !record->mergedInto.isNull())
                     + QStringLiteral(" merged_into=") + core::uuidToText(record->mergedInto);
    }
    for (const core::Location &l : store.locations(true)) {
        const auto record = store.catalogRecord(QStringLiteral("location"), l.id);
        if (record)
            lines << core::uuidToText(l.id) + u' ' + fieldsText(record->fields);
    }
    for (const core::Supplier &supplier : store.suppliers(true)) {
        const auto record = store.catalogRecord(QStringLiteral("supplier"), supplier.id);
        if (record)
            lines << core::uuidToText(supplier.id) + u' ' + fieldsText(record->fields);
    }
    lines.sort();
    return lines;
}

QStringList serverCatalogLines(server::test::HttpClient &http, const QString &token, QString *error)
{
    QStringList lines;
    for (const QString &path :
         {QStringLiteral("/products"), QStringLiteral("/locations"), QStringLiteral("/suppliers")}) {
        constexpr int kLimit = 100;
        for (int offset = 0;; offset += kLimit) {
            const server::test::Response r = http.get(
                QStringLiteral("/api/v1%1?include_archived=true&limit=%2&offset=%3").arg(path).arg(kLimit).arg(offset),
                token);
            if (r.status != 200) {
                *error = QStringLiteral("GET %1: %2 %3").arg(path).arg(r.status).arg(QString::fromUtf8(r.body));
                return {};
            }
            const QJsonArray items = r.data().toObject().value(QStringLiteral("items")).toArray();
            for (const QJsonValue &v : items) {
                QJsonObject fields = v.toObject();
                const QString id = fields.take(QStringLiteral("id")).toString();
                fields.remove(QStringLiteral("version"));
                QString line = id + u' ';
                if (path == u"/products") {
                    const QJsonValue merged = fields.take(QStringLiteral("merged_into"));
                    line += fieldsText(fields, merged.isString()) + QStringLiteral(" merged_into=")
                            + core::uuidToText(merged.isString() ? core::uuidFromText(merged.toString()) : QUuid());
                } else {
                    line += fieldsText(fields);
                }
                lines << line;
            }
            if (items.size() < kLimit)
                break;
        }
    }
    lines.sort();
    return lines;
}

ServerView readServer(server::test::HttpClient &http, const QString &token)
{
    ServerView view;
    qint64 after = 0;
    for (int page = 0; page < 1000; ++page) {
        const server::test::Response r =
            http.get(QStringLiteral("/api/v1/movements?after_seq=%1&limit=500").arg(after), token);
        if (r.status != 200) {
            view.error = QStringLiteral("GET /movements: %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
            return view;
        }
        const QJsonObject data = r.data().toObject();
        for (const QJsonValue &v : data.value(QStringLiteral("items")).toArray()) {
            view.movementIds << v.toObject().value(QStringLiteral("id")).toString();
            view.sequences << v.toObject().value(QStringLiteral("seq")).toString().toLongLong();
        }
        after = data.value(QStringLiteral("next_after_seq")).toString().toLongLong();
        if (!data.value(QStringLiteral("has_more")).toBool())
            break;
    }
    const server::test::Response stock = http.get(QStringLiteral("/api/v1/stock"), token);
    if (stock.status != 200) {
        view.error = QStringLiteral("GET /stock: %1 %2").arg(stock.status).arg(QString::fromUtf8(stock.body));
        return view;
    }
    for (const QJsonValue &v : stock.data().toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto quantity = core::Quantity::parse(o.value(QStringLiteral("quantity")).toString());
        if (!quantity) {
            view.error = QStringLiteral("GET /stock: bad quantity ") + o.value(QStringLiteral("quantity")).toString();
            return view;
        }
        if (quantity->milli() != 0)
            view.stock.insert(
                {o.value(QStringLiteral("product_id")).toString(), o.value(QStringLiteral("location_id")).toString()},
                quantity->milli());
    }
    return view;
}

QString diffStock(const StockMap &left, const StockMap &right, const QString &leftName, const QString &rightName)
{
    QStringList lines;
    QSet<QPair<QString, QString>> keys;
    for (auto it = left.begin(); it != left.end(); ++it)
        keys.insert(it.key());
    for (auto it = right.begin(); it != right.end(); ++it)
        keys.insert(it.key());
    for (const auto &key : keys) {
        const auto l = left.value(key, 0);
        const auto r = right.value(key, 0);
        if (l != r)
            lines << QStringLiteral("  %1 @ %2: %3 %4, %5 %6")
                         .arg(key.first, key.second, leftName, core::Quantity::fromMilli(l).toString(), rightName,
                              core::Quantity::fromMilli(r).toString());
    }
    if (lines.isEmpty())
        return {};
    lines.sort();
    return QStringLiteral("stock differs (%1 vs %2):\n").arg(leftName, rightName) + lines.join(u'\n');
}

} // namespace depot::sync::test
