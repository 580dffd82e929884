// SyncEngine against a real depot-server over HTTPS on loopback: two devices converge, re-sync is a
// no-op, certificate pinning, bad credentials, token refresh, refused refresh, suspended company,
// retries with backoff. Runs on the backend chosen by DEPOT_TEST_BACKEND (CTest runs both).
#include "deployment.h"
#include "forge.h"

#include "sync/credentialstore.h"
#include "sync/protocol/pullpage.h"
#include "sync/syncengine.h"

#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <numeric>

using namespace depot;
using namespace depot::server::test;
using core::Quantity;
using sync::ErrorCategory;
using sync::SyncEngine;
namespace proto = depot::sync::protocol;

namespace {

Quantity qty(const char *text)
{
    return Quantity::parse(QString::fromLatin1(text)).value();
}

core::MovementDraft draft(const QUuid &product, const QUuid &location, core::MovementKind kind, Quantity quantity)
{
    core::MovementDraft d;
    d.productId = product;
    d.locationId = location;
    d.kind = kind;
    d.quantity = quantity;
    return d;
}

/// A reply made up by the test: an HTTP status and a JSON body, delivered asynchronously.
class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, int status, const QByteArray &body,
              QObject *parent)
        : QNetworkReply(parent),
          m_body(body)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        // A negative status: that status line, then the connection closed in the middle of the body.
        const bool cut = status < 0;
        status = std::abs(status);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setRawHeader("Content-Type", "application/json");
        if (status == 429)
            setRawHeader("Retry-After", "0");
        if (cut)
            setError(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
        else if (status >= 400)
            setError(status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::UnknownContentError,
                     QStringLiteral("HTTP %1").arg(status));
        open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this] {
            emit metaDataChanged();
            emit readyRead();
            emit finished();
        });
    }
    void abort() override { }
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_body.size() - m_pos);
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};

/// The real network, except for the faults queued by the test: each queued (status, body) answers
/// one request instead of the server.
class FaultyNetwork : public QNetworkAccessManager
{
public:
    QList<QPair<int, QByteArray>> faults;
    int faked = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (faults.isEmpty())
            return QNetworkAccessManager::createRequest(op, request, data);
        const auto [status, body] = faults.takeFirst();
        ++faked;
        return new FakeReply(request, op, status, body, this);
    }
};

QByteArray errorBody(const char *code, const char *message)
{
    return QJsonDocument(QJsonObject{{"success", false}, {"error", QJsonObject{{"code", code}, {"message", message}}}})
        .toJson(QJsonDocument::Compact);
}

/// One client device: its own store, credential file, network access and engine.
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<core::TenantStore> store;
    std::unique_ptr<sync::FileCredentialStore> credentials;
    FaultyNetwork network;
    std::unique_ptr<SyncEngine> engine;
    QStringList errors;
    QList<ErrorCategory> categories;

    bool open(const QString &deviceId)
    {
        core::TenantStore::Options options;
        options.deviceId = deviceId;
        auto opened = core::TenantStore::open(dir.filePath(QStringLiteral("store.sqlite")), options);
        if (!opened)
            return false;
        store = std::move(opened).value();
        credentials = std::make_unique<sync::FileCredentialStore>(dir.filePath(QStringLiteral("credentials.json")));
        return true;
    }

    void attach(const sync::Account &account)
    {
        engine = std::make_unique<SyncEngine>(*store, account, &network, credentials.get());
        engine->setRetryPolicy({10, 100, 0});
        QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                         [this](const QString &message, ErrorCategory category) {
                             errors << message;
                             categories << category;
                         });
    }

    bool login(const QString &password)
    {
        QSignalSpy done(engine.get(), &SyncEngine::loginFinished);
        engine->login(password);
        if (!done.wait(60000))
            return false;
        return done.first().first().toBool();
    }

    bool sync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        engine->sync();
        if (!done.wait(120000))
            return false;
        return done.first().first().toBool();
    }
};

QList<QStringList> balanceRows(const core::TenantStore &store)
{
    QList<QStringList> rows;
    for (const core::Balance &b : store.balances())
        rows << QStringList{b.productId.toString(), b.locationId.toString(), b.sku, b.locationCode,
                            b.quantity.toString()};
    return rows;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    int m_counter = 0;
    QString m_adminToken;

    struct Company
    {
        QString slug;
        QString email;
    };

    Company newCompany()
    {
        const int n = ++m_counter;
        Company c;
        c.email = QStringLiteral("sync%1-%2@example.com").arg(n).arg(QDateTime::currentMSecsSinceEpoch());
        c.slug = d.signup(QStringLiteral("Sync Co %1 %2").arg(n).arg(QDateTime::currentMSecsSinceEpoch()), c.email,
                          QLatin1String(Deployment::kPassword), QStringLiteral("professional"));
        return c;
    }

    sync::Account accountFor(const Company &c, const QString &deviceId)
    {
        sync::Account a;
        a.serverUrl = QUrl(d.server.baseUrl());
        a.tenant = c.slug;
        a.user = c.email;
        a.deviceId = deviceId;
        a.pinnedSha256 = d.server.fingerprint();
        return a;
    }

    /// A device of `c`, signed in.
    std::unique_ptr<Device> signedIn(const Company &c, const QString &deviceId)
    {
        auto device = std::make_unique<Device>();
        if (!device->open(deviceId))
            return {};
        device->attach(accountFor(c, deviceId));
        if (!device->login(QLatin1String(Deployment::kPassword))) {
            qWarning() << device->errors;
            return {};
        }
        return device;
    }

    /// An access token like `real` (same claims), signed with the server's key, expired 100 s ago.
    QString expiredLike(const QString &real)
    {
        QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(real.section(u'.', 1, 1).toLatin1(),
                                                                            QByteArray::Base64UrlEncoding))
                                 .object();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        claims.insert(QStringLiteral("iat"), now - 1000);
        claims.insert(QStringLiteral("exp"), now - 100);
        QFile key(d.dataDir.filePath(QStringLiteral("jwt.key")));
        if (!key.open(QIODevice::ReadOnly))
            return {};
        return forgeJwt(QStringLiteral("HS256"), QJsonDocument(claims).toJson(QJsonDocument::Compact),
                        QByteArray::fromBase64(key.readAll().trimmed()));
    }

    bool setTenantStatus(const Company &c, const char *status)
    {
        return d.http
                   ->patch(QStringLiteral("/api/v1/admin/tenants/") + c.slug, {{"status", status}},
                           platformAdminToken())
                   .status
               == 200;
    }

    QString platformAdminToken()
    {
        if (!m_adminToken.isEmpty())
            return m_adminToken;
        QByteArray out, err;
        const int rc = runCommand({QStringLiteral("create-platform-admin"), QStringLiteral("--db"), d.dbUrl,
                                   QStringLiteral("--data-dir"), d.dataDir.path(), QStringLiteral("--email"),
                                   QStringLiteral("root@platform.test"), QStringLiteral("--password-stdin"),
                                   QStringLiteral("--password-profile"), QStringLiteral("min")},
                                  "platform-password-1\n", &out, &err);
        if (rc != 0)
            qWarning() << err;
        const Response r = d.http->post(QStringLiteral("/api/v1/auth/login"),
                                        {{QStringLiteral("identifier"), QStringLiteral("root@platform.test")},
                                         {QStringLiteral("password"), QStringLiteral("platform-password-1")}});
        m_adminToken = r.data().toObject().value(QStringLiteral("access_token")).toString();
        return m_adminToken;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-rate-per-s"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-burst"), QStringLiteral("100000")},
                         &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        d.server.stop();
        d.stop();
    }

    void twoDevicesConverge_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("A pushes first") << true;
        QTest::newRow("B pushes first") << false;
    }

    void twoDevicesConverge()
    {
        QFETCH(bool, aFirst);
        const Company c = newCompany();
        QVERIFY(!c.slug.isEmpty());
        auto a = signedIn(c, QStringLiteral("device-a"));
        auto b = signedIn(c, QStringLiteral("device-b"));
        QVERIFY(a && b);
        // One of the two pulls its pages in JSON, the other in CBOR (the default), in each order.
        (aFirst ? b : a)->engine->setPullEncoding(SyncEngine::PullEncoding::Json);
        // The refresh token is kept in the credential store, the password nowhere.
        QFile creds(a->credentials->path());
        QVERIFY(creds.open(QIODevice::ReadOnly));
        QVERIFY(creds.readAll().contains("rt1."));
        QCOMPARE(creds.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // A sets up the catalog and shares it; B gets it by pulling.
        core::Location w1;
        w1.code = QStringLiteral("W1");
        w1.name = QStringLiteral("Main warehouse");
        core::Location w2;
        w2.code = QStringLiteral("S1");
        w2.name = QStringLiteral("Shop");
        w2.type = core::LocationType::Shop;
        w1 = a->store->addLocation(w1).value();
        w2 = a->store->addLocation(w2).value();
        core::Product p;
        p.sku = QStringLiteral("RICE-5");
        p.name = QStringLiteral("Rice 5 kg");
        p = a->store->addProduct(p).value();
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        QVERIFY(b->store->productBySku(QStringLiteral("RICE-5")).has_value());
        QVERIFY(b->store->locationByCode(QStringLiteral("S1")).has_value());

        // Offline on both devices.
        QVERIFY(a->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Receipt, qty("10"))).ok());
        QVERIFY(a->store->recordTransfer(p.id, w1.id, w2.id, qty("3")).ok());
        core::Product renamed = *a->store->productById(p.id);
        renamed.name = QStringLiteral("Rice 5 kg bag");
        QVERIFY(a->store->updateProduct(renamed).ok());

        QVERIFY(b->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Issue, qty("2"))).ok());
        QVERIFY(b->store->recordMovement(draft(p.id, w2.id, core::MovementKind::Count, qty("5"))).ok());
        core::Product reorder = *b->store->productById(p.id);
        reorder.reorderPoint = qty("4");
        QVERIFY(b->store->updateProduct(reorder).ok());
        core::Product oil;
        oil.sku = QStringLiteral("OIL-1");
        oil.name = QStringLiteral("Oil 1 l");
        oil = b->store->addProduct(oil).value();
        QVERIFY(b->store->recordMovement(draft(oil.id, w1.id, core::MovementKind::Receipt, qty("4"))).ok());

        Device *first = aFirst ? a.get() : b.get();
        Device *second = aFirst ? b.get() : a.get();
        QVERIFY2(first->sync(), qPrintable(first->errors.join(u'\n')));
        QVERIFY2(second->sync(), qPrintable(second->errors.join(u'\n')));
        QVERIFY2(first->sync(), qPrintable(first->errors.join(u'\n')));

        QCOMPARE(a->store->pendingOutboxCount(), 0);
        QCOMPARE(b->store->pendingOutboxCount(), 0);
        QVERIFY(a->store->rejections().isEmpty());
        QVERIFY(b->store->rejections().isEmpty());
        QCOMPARE(a->store->movementCount(), 6);
        QCOMPARE(b->store->movementCount(), 6);
        core::JournalFilter all;
        all.limit = 10000;
        for (Device *device : {a.get(), b.get()}) {
            QSet<QUuid> ids;
            for (const core::Movement &m : device->store->journal(all))
                ids.insert(m.id);
            QCOMPARE(ids.size(), 6);
        }
        // Every movement carries its server sequence on both devices.
        const auto seqs = [&](Device *device) {
            QList<QPair<QString, qint64>> out;
            for (const core::Movement &m : device->store->journal(all)) {
                if (m.serverSeq <= 0)
                    qWarning() << "no server seq" << m.id;
                out << qMakePair(m.id.toString(), m.serverSeq);
            }
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(seqs(a.get()), seqs(b.get()));
        for (const auto &[id, seq] : seqs(a.get()))
            QVERIFY2(seq > 0, qPrintable(id));
        QCOMPARE(balanceRows(*a->store), balanceRows(*b->store));
        QVERIFY(!a->store->balances().isEmpty());
        QCOMPARE(a->store->balance(p.id, w1.id), qty("5"));
        QCOMPARE(a->store->balance(oil.id, w1.id), qty("4"));
        // Both catalog edits survive, on both devices (per-field last writer wins).
        for (Device *device : {a.get(), b.get()}) {
            const core::Product merged = *device->store->productById(p.id);
            QCOMPARE(merged.name, QStringLiteral("Rice 5 kg bag"));
            QCOMPARE(merged.reorderPoint, std::optional<Quantity>(qty("4")));
            QVERIFY(device->store->lastSyncAt().isValid());
        }
        // The server holds each movement exactly once.
        const Response server =
            d.http->get(QStringLiteral("/api/v1/sync/pull?since=0&limit=500"), a->engine->account().accessToken);
        QCOMPARE(server.status, 200);
        QCOMPARE(server.data().toObject().value(QStringLiteral("movements")).toArray().size(), 6);

        // Syncing again changes nothing and sends nothing.
        const qint64 cursorA = a->store->pullCursor();
        QVERIFY(a->sync());
        QCOMPARE(a->engine->stats().pushed, 0);
        QCOMPARE(a->engine->stats().pulledMovements, 0);
        QCOMPARE(a->engine->stats().pulledCatalog, 0);
        QCOMPARE(a->store->pullCursor(), cursorA);
        QCOMPARE(a->store->movementCount(), 6);
        QVERIFY(b->sync());
        QCOMPARE(b->engine->stats().pushed, 0);
        QCOMPARE(balanceRows(*a->store), balanceRows(*b->store));
    }

    void batchesAndPages()
    {
        // More items than one push batch and one pull page: everything still arrives once.
        const Company c = newCompany();
        auto a = signedIn(c, QStringLiteral("batch-a"));
        auto b = signedIn(c, QStringLiteral("batch-b"));
        QVERIFY(a && b);
        a->engine->setBatchSize(7);
        b->engine->setPageSize(5);
        core::Location w;
        w.code = QStringLiteral("W");
        w.name = QStringLiteral("W");
        w = a->store->addLocation(w).value();
        core::Product p;
        p.sku = QStringLiteral("B-1");
        p.name = QStringLiteral("B");
        p = a->store->addProduct(p).value();
        for (int i = 0; i < 40; ++i)
            QVERIFY(a->store->recordMovement(draft(p.id, w.id, core::MovementKind::Receipt, qty("1"))).ok());
        QSignalSpy progress(a->engine.get(), &SyncEngine::progress);
        QVERIFY(a->sync());
        QCOMPARE(a->engine->stats().accepted, 42);
        QVERIFY(a->engine->stats().requests >= 7); // 6 pushes of at most 7 items, then a pull
        QVERIFY(b->sync());
        QVERIFY(b->engine->stats().pages >= 9);
        QCOMPARE(b->store->balance(p.id, w.id), qty("40"));
        QCOMPARE(balanceRows(*a->store), balanceRows(*b->store));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(2).toString(), QStringLiteral("pull"));
    }

    void outboxLargerThanOnePlanIsDrained()
    {
        // The engine reads the outbox in windows (100,000 entries by default; 10 here): one sync
        // goes on window after window until nothing waits, instead of reporting success with
        // items left behind.
        const Company c = newCompany();
        auto a = signedIn(c, QStringLiteral("window-a"));
        QVERIFY(a);
        a->engine->setOutboxWindow(10);
        a->engine->setBatchSize(4);
        core::Location w;
        w.code = QStringLiteral("WIN");
        w.name = QStringLiteral("Win");
        w = a->store->addLocation(w).value();
        core::Product p;
        p.sku = QStringLiteral("WIN-1");
        p.name = QStringLiteral("Win");
        p = a->store->addProduct(p).value();
        for (int i = 0; i < 33; ++i) {
            QVERIFY(a->store->recordMovement(draft(p.id, w.id, core::MovementKind::Receipt, qty("1"))).ok());
            if (i == 15) { // an edit in the middle: the product is in two windows
                core::Product renamed = *a->store->productById(p.id);
                renamed.name = QStringLiteral("Win renamed");
                QVERIFY(a->store->updateProduct(renamed).ok());
            }
        }
        QCOMPARE(a->store->pendingOutboxCount(), 36);
        QSignalSpy progress(a->engine.get(), &SyncEngine::progress);
        QVERIFY2(a->sync(), qPrintable(a->errors.join(u'\n')));
        QCOMPARE(a->store->pendingOutboxCount(), 0);
        QCOMPARE(a->engine->stats().accepted + a->engine->stats().duplicates, a->engine->stats().pushed);
        QVERIFY(a->engine->stats().accepted >= 35);
        QCOMPARE(a->engine->stats().rejected, 0);
        int pushDone = -1;
        for (const auto &args : std::as_const(progress)) {
            if (args.at(2).toString() != u"push")
                continue;
            QVERIFY(args.at(0).toInt() >= pushDone); // never goes back between windows
            QVERIFY(args.at(0).toInt() <= args.at(1).toInt());
            pushDone = args.at(0).toInt();
        }
        QCOMPARE(pushDone, a->engine->stats().pushed);
        auto b = signedIn(c, QStringLiteral("window-b"));
        QVERIFY(b);
        QVERIFY(b->sync());
        QCOMPARE(b->store->balance(p.id, w.id), qty("33"));
        QCOMPARE(b->store->productById(p.id)->name, QStringLiteral("Win renamed"));
    }

    void pushAnswerForAnotherItemIsAProtocolError()
    {
        // Push answers are matched to the items sent by position; an answer whose id is not the
        // item's at that position (a server bug, a proxy mixing answers) must not be recorded.
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("mismatch-device"));
        QVERIFY(device);
        core::Location first;
        first.code = QStringLiteral("MM1");
        first.name = QStringLiteral("First");
        first = device->store->addLocation(first).value();
        core::Location second;
        second.code = QStringLiteral("MM2");
        second.name = QStringLiteral("Second");
        second = device->store->addLocation(second).value();
        const QJsonObject answer{
            {"success", true},
            {"data", QJsonObject{{"movements", QJsonArray{}},
                                 {"catalog", QJsonArray{QJsonObject{{"id", core::uuidToText(second.id)},
                                                                    {"status", "accepted"},
                                                                    {"seq", "1"}},
                                                        QJsonObject{{"id", core::uuidToText(first.id)},
                                                                    {"status", "rejected"},
                                                                    {"code", "invalid_field"},
                                                                    {"message", "Bad."}}}},
                                 {"last_seq", "1"}}}};
        device->network.faults << qMakePair(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        device->engine->setRetryPolicy({10, 100, 5});
        QSignalSpy retries(device->engine.get(), &SyncEngine::retryScheduled);
        QSignalSpy rejected(device->engine.get(), &SyncEngine::itemRejected);
        QVERIFY(!device->sync());
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Protocol});
        QCOMPARE(device->engine->lastErrorCode(), QStringLiteral("invalid_response"));
        QCOMPARE(retries.count(), 0);
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(device->store->pendingOutboxCount(), 2);
        QVERIFY(device->store->rejections().isEmpty());
        // The next sync, with the server's real answer, sends both.
        device->errors.clear();
        device->categories.clear();
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->store->pendingOutboxCount(), 0);
        QCOMPARE(device->engine->stats().accepted, 2);
    }

    void pullProgressHasATotal()
    {
        // A new device's initial sync reports how far it is of everything the company has, so the
        // desktop can show a percentage: the server says its last sequence with every page.
        const Company c = newCompany();
        auto source = signedIn(c, QStringLiteral("total-source"));
        QVERIFY(source);
        core::Location w;
        w.code = QStringLiteral("TOT");
        w.name = QStringLiteral("Total");
        w = source->store->addLocation(w).value();
        core::Product p;
        p.sku = QStringLiteral("TOT-1");
        p.name = QStringLiteral("Total");
        p = source->store->addProduct(p).value();
        for (int i = 0; i < 30; ++i)
            QVERIFY(source->store->recordMovement(draft(p.id, w.id, core::MovementKind::Receipt, qty("1"))).ok());
        QVERIFY(source->sync());
        const qint64 last = source->store->pullCursor();
        QVERIFY(last >= 32);

        auto device = signedIn(c, QStringLiteral("total-device"));
        QVERIFY(device);
        device->engine->setPageSize(5);
        QList<QPair<int, int>> pulls;
        connect(device->engine.get(), &SyncEngine::progress, device->engine.get(),
                [&pulls](int done, int total, const QString &phase) {
                    if (phase == u"pull")
                        pulls << qMakePair(done, total);
                });
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->store->pullCursor(), last);
        QCOMPARE(pulls.size(), device->engine->stats().pages);
        QVERIFY(pulls.size() >= 7);
        int previous = 0;
        for (const auto &[done, total] : std::as_const(pulls)) {
            QCOMPARE(total, int(last)); // nobody writes meanwhile: the total stays put
            QVERIFY(done > previous);
            previous = done;
        }
        QCOMPARE(pulls.last().first, int(last));
        QVERIFY(pulls.first().first < pulls.first().second); // a real fraction along the way

        // From a cursor: counted from where this sync started.
        QVERIFY(source->store->recordMovement(draft(p.id, w.id, core::MovementKind::Issue, qty("2"))).ok());
        QVERIFY(source->sync());
        pulls.clear();
        QVERIFY(device->sync());
        QCOMPARE(pulls, (QList<QPair<int, int>>{qMakePair(1, 1)}));
    }

    void pullEncodingsCarryTheSamePage_data()
    {
        QTest::addColumn<int>("since");
        QTest::addColumn<int>("limit");
        QTest::newRow("everything") << 0 << 1000;
        QTest::newRow("small pages from a cursor") << 4 << 3;
    }

    void pullEncodingsCarryTheSamePage()
    {
        // GET /sync/pull answers CBOR when asked (Accept: application/cbor), JSON otherwise; both
        // decode to the same page: every movement field, the catalog records, the cursor.
        QFETCH(int, since);
        QFETCH(int, limit);
        const Company c = newCompany();
        auto a = signedIn(c, QStringLiteral("encoding-a"));
        QVERIFY(a);
        core::Supplier s;
        s.name = QStringLiteral("Fournisseur «Sud»");
        s = a->store->addSupplier(s).value();
        core::Location w1;
        w1.code = QStringLiteral("E1");
        w1.name = QStringLiteral("Entrepôt");
        w1 = a->store->addLocation(w1).value();
        core::Location w2;
        w2.code = QStringLiteral("E2");
        w2.name = QStringLiteral("Shop");
        w2 = a->store->addLocation(w2).value();
        core::Product p;
        p.sku = QStringLiteral("ENC-1");
        p.name = QStringLiteral("Thé vert 東京");
        p.barcodes = {QStringLiteral("4006381333931")};
        p.preferredSupplierId = s.id;
        p = a->store->addProduct(p).value();
        core::MovementDraft receipt = draft(p.id, w1.id, core::MovementKind::Receipt, qty("12.5"));
        receipt.unitCost = core::Money::parse(QStringLiteral("3.25 EUR")).value();
        receipt.note = QStringLiteral("a \"quoted\" back\\slash, Ünïcødé 東京");
        receipt.reference = QStringLiteral("PO-7");
        const core::Movement received = a->store->recordMovement(receipt).value();
        QVERIFY(a->store->recordTransfer(p.id, w1.id, w2.id, qty("2")).ok());
        QVERIFY(a->store->reverseMovement(received.id, QStringLiteral("wrong supplier")).ok());
        QVERIFY(a->store->recordMovement(draft(p.id, w2.id, core::MovementKind::Count, qty("7"))).ok());
        QVERIFY(a->sync());
        // Another client may send what this one's store refuses to record (control characters):
        // the JSON page escapes them, the CBOR page carries them as they are.
        QJsonObject raw = Deployment::movement(core::uuidToText(p.id), core::uuidToText(w2.id), QStringLiteral("ISSUE"),
                                               QStringLiteral("-1"), Deployment::hlcNow());
        raw.insert(QStringLiteral("note"), QStringLiteral("tab\tnew line\nbell\u0007"));
        const Response pushed =
            d.http->post(QStringLiteral("/api/v1/sync/push"), Deployment::push(a->engine->account().deviceId, {raw}),
                         a->engine->account().accessToken);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.data()[QLatin1String("movements")][0][QLatin1String("status")].toString(),
                 QStringLiteral("accepted"));

        const QString path = QStringLiteral("/api/v1/sync/pull?since=%1&limit=%2").arg(since).arg(limit);
        Request asJson{"GET", path, {}, a->engine->account().accessToken, {{"Accept", "application/json"}}};
        Request asCbor{"GET", path, {}, a->engine->account().accessToken, {{"Accept", "application/cbor"}}};
        const Response json = d.http->call(asJson);
        const Response cbor = d.http->call(asCbor);
        QCOMPARE(json.status, 200);
        QCOMPARE(cbor.status, 200);
        QVERIFY(json.header("content-type").startsWith("application/json"));
        QCOMPARE(cbor.header("content-type"), QByteArray("application/cbor"));
        QVERIFY(cbor.body.size() < json.body.size());
        proto::PullPage fromJson;
        proto::PullPage fromCbor;
        const auto jsonProblem = proto::pullPageFromJson(json.data().toObject(), &fromJson);
        QVERIFY2(!jsonProblem, jsonProblem ? qPrintable(jsonProblem->error.message) : "");
        const auto cborProblem = proto::pullPageFromCbor(cbor.body, &fromCbor);
        QVERIFY2(!cborProblem, cborProblem ? qPrintable(cborProblem->error.message) : "");
        QVERIFY(!fromJson.movements.isEmpty() || !fromJson.catalog.isEmpty());
        QCOMPARE(fromCbor.movements.size(), fromJson.movements.size());
        for (qsizetype i = 0; i < fromJson.movements.size(); ++i) {
            QVERIFY(proto::samePayload(fromCbor.movements.at(i), fromJson.movements.at(i)));
            QCOMPARE(fromCbor.movements.at(i).serverSeq, fromJson.movements.at(i).serverSeq);
            QVERIFY(fromJson.movements.at(i).serverSeq > since);
        }
        QCOMPARE(fromCbor.catalog.size(), fromJson.catalog.size());
        for (qsizetype i = 0; i < fromJson.catalog.size(); ++i) {
            QCOMPARE(proto::catalogItemToJson(fromCbor.catalog.at(i)),
                     proto::catalogItemToJson(fromJson.catalog.at(i)));
            QCOMPARE(fromCbor.catalog.at(i).mergedInto, fromJson.catalog.at(i).mergedInto);
        }
        QCOMPARE(fromCbor.next, fromJson.next);
        QVERIFY(fromJson.next > since);
        QCOMPARE(fromCbor.hasMore, fromJson.hasMore);
        QCOMPARE(fromJson.hasMore, limit < 100);
        QCOMPARE(fromCbor.lastSeq, fromJson.lastSeq);
        QCOMPARE(fromCbor.clockSkew, fromJson.clockSkew);
        if (since == 0) {
            QCOMPARE(fromJson.movements.size(), 6); // receipt, two transfer legs, reversal, count, raw issue
            QCOMPARE(fromJson.movements.first().note, receipt.note);
            QCOMPARE(fromJson.movements.first().unitCost, receipt.unitCost);
            QCOMPARE(fromJson.movements.last().note, QStringLiteral("tab\tnew line\nbell\u0007"));
        }
        // An error stays JSON whatever was asked for.
        Request badCursor = asCbor;
        badCursor.path = QStringLiteral("/api/v1/sync/pull?since=-4");
        const Response refused = d.http->call(badCursor);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.isEnvelope());
    }

    void reversalsSyncToOtherDevices()
    {
        // A reversal keeps the kind of what it cancels with the opposite sign (a voided COUNT: 0);
        // the server used to refuse them as "wrong sign", and they never left the device.
        const Company c = newCompany();
        auto a = signedIn(c, QStringLiteral("rev-a"));
        auto b = signedIn(c, QStringLiteral("rev-b"));
        QVERIFY(a && b);
        core::Location w1;
        w1.code = QStringLiteral("RW1");
        w1.name = QStringLiteral("W1");
        w1 = a->store->addLocation(w1).value();
        core::Location w2;
        w2.code = QStringLiteral("RW2");
        w2.name = QStringLiteral("W2");
        w2 = a->store->addLocation(w2).value();
        core::Product p;
        p.sku = QStringLiteral("REV-P");
        p.name = QStringLiteral("Reversed");
        p = a->store->addProduct(p).value();
        QList<QUuid> reverse;
        reverse << a->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Receipt, qty("10"))).value().id;
        QVERIFY(a->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Receipt, qty("20"))).ok());
        reverse << a->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Issue, qty("4"))).value().id;
        reverse << a->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Loss, qty("1"))).value().id;
        reverse << a->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Return, qty("2"))).value().id;
        reverse << a->store->recordMovement(draft(p.id, w1.id, core::MovementKind::Adjustment, qty("-3"))).value().id;
        reverse << a->store->recordTransfer(p.id, w1.id, w2.id, qty("5")).value().first().id;
        reverse << a->store->recordMovement(draft(p.id, w2.id, core::MovementKind::Count, qty("50"))).value().id;
        for (const QUuid &id : std::as_const(reverse))
            QVERIFY(a->store->reverseMovement(id, QStringLiteral("mistake")).ok());
        QCOMPARE(a->store->balance(p.id, w1.id), qty("20"));
        QCOMPARE(a->store->balance(p.id, w2.id), qty("0"));
        QVERIFY2(a->sync(), qPrintable(a->errors.join(u'\n')));
        QCOMPARE(a->engine->stats().rejected, 0);
        QVERIFY(a->store->rejections().isEmpty());
        QVERIFY2(b->sync(), qPrintable(b->errors.join(u'\n')));
        QCOMPARE(b->store->movementCount(), a->store->movementCount());
        QCOMPARE(balanceRows(*b->store), balanceRows(*a->store));
        // The server's stock agrees: reversed receipts, issues and a voided count.
        const Response stock = d.http->get(QStringLiteral("/api/v1/stock?product_id=") + core::uuidToText(p.id),
                                           a->engine->account().accessToken);
        QCOMPARE(stock.status, 200);
        for (const QJsonValue &item : stock.data().toObject().value(QStringLiteral("items")).toArray()) {
            const QString location = item.toObject().value(QStringLiteral("location_id")).toString();
            QCOMPARE(item.toObject().value(QStringLiteral("quantity")).toString(),
                     location == core::uuidToText(w1.id) ? QStringLiteral("20") : QStringLiteral("0"));
        }
    }

    void reversalOfAMergedProductCountsForTheSurvivor()
    {
        // The same SKU created on two devices is merged; reversing a movement of the merged-away
        // product must change the survivor's stock (it used to land on the merged-away product).
        const Company c = newCompany();
        auto a = signedIn(c, QStringLiteral("merge-rev-a"));
        auto b = signedIn(c, QStringLiteral("merge-rev-b"));
        QVERIFY(a && b);
        core::Location w;
        w.code = QStringLiteral("MW");
        w.name = QStringLiteral("MW");
        w = a->store->addLocation(w).value();
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        for (Device *device : {a.get(), b.get()}) {
            core::Product p;
            p.sku = QStringLiteral("DUP");
            p.name = QStringLiteral("Dup");
            p = device->store->addProduct(p).value();
            QVERIFY(device->store
                        ->recordMovement(
                            draft(p.id, w.id, core::MovementKind::Receipt, device == a.get() ? qty("5") : qty("7")))
                        .ok());
        }
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        QVERIFY(a->sync());
        QUuid loserMovement;
        QUuid survivor;
        core::JournalFilter all;
        all.limit = 100;
        for (const core::Movement &m : a->store->journal(all)) {
            const core::Product p = *a->store->productById(m.productId);
            if (!p.mergedInto.isNull()) {
                loserMovement = m.id;
                survivor = p.mergedInto;
            }
        }
        QVERIFY(!loserMovement.isNull());
        const Quantity reversed = -a->store->movementById(loserMovement)->quantity;
        QVERIFY(a->store->reverseMovement(loserMovement).ok());
        QCOMPARE(a->store->balance(survivor, w.id), qty("12") + reversed);
        QCOMPARE(balanceRows(*a->store).size(), a->store->recomputeBalancesFromLog().size());
        for (const core::Balance &balance : a->store->recomputeBalancesFromLog())
            QCOMPARE(a->store->balance(balance.productId, balance.locationId), balance.quantity);
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        QCOMPARE(b->store->balance(survivor, w.id), qty("12") + reversed);
        QCOMPARE(balanceRows(*b->store), balanceRows(*a->store));
    }

    void wrongPinIsRefused()
    {
        const Company c = newCompany();
        Device device;
        QVERIFY(device.open(QStringLiteral("pin-device")));
        sync::Account account = accountFor(c, QStringLiteral("pin-device"));
        account.pinnedSha256 = QString(64, u'a');
        device.attach(account);
        QVERIFY(!device.login(QLatin1String(Deployment::kPassword)));
        QCOMPARE(device.categories, QList<ErrorCategory>{ErrorCategory::Tls});
        QCOMPARE(device.engine->lastErrorCode(), QStringLiteral("tls_refused"));
        QVERIFY(device.credentials->read(account.credentialKey())->isEmpty());

        // No pin and no CA for a self-signed server: refused too.
        Device unpinned;
        QVERIFY(unpinned.open(QStringLiteral("pin-device-2")));
        account.pinnedSha256.clear();
        unpinned.attach(account);
        QVERIFY(!unpinned.login(QLatin1String(Deployment::kPassword)));
        QCOMPARE(unpinned.categories, QList<ErrorCategory>{ErrorCategory::Tls});
        // What the server presented, for the user to check and pin (trust on first use).
        QCOMPARE(unpinned.engine->refusedCertificateSha256(), d.server.fingerprint());
        QVERIFY2(unpinned.errors.first().contains(d.server.fingerprint()), qPrintable(unpinned.errors.first()));
        QVERIFY2(unpinned.errors.first().contains(QStringLiteral("self-signed")), qPrintable(unpinned.errors.first()));
        QCOMPARE(device.engine->refusedCertificateSha256(), d.server.fingerprint());

        // The right pin, in the colon form the server prints, works.
        Device pinned;
        QVERIFY(pinned.open(QStringLiteral("pin-device-3")));
        account.pinnedSha256 = d.server.fingerprint();
        QVERIFY(account.pinnedSha256.contains(u':'));
        pinned.attach(account);
        QVERIFY(pinned.login(QLatin1String(Deployment::kPassword)));
    }

    void plainHttpServerIsRefused()
    {
        // An http:// server address: nothing is sent, even with a pin (a clear-text answer has no
        // certificate to compare) and even when something answers like the server would.
        Device device;
        QVERIFY(device.open(QStringLiteral("http-device")));
        const Company c = newCompany();
        sync::Account account = accountFor(c, QStringLiteral("http-device"));
        account.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d.server.port()));
        device.attach(account);
        const QJsonObject tokens{{"success", true},
                                 {"data", QJsonObject{{"access_token", "a.b.c"}, {"refresh_token", "rt1.x.y"}}}};
        device.network.faults << qMakePair(200, QJsonDocument(tokens).toJson(QJsonDocument::Compact));
        QVERIFY(!device.login(QLatin1String(Deployment::kPassword)));
        QCOMPARE(device.network.faked, 0);
        QCOMPARE(device.categories, QList<ErrorCategory>{ErrorCategory::Tls});
        QCOMPARE(device.engine->lastErrorCode(), QStringLiteral("insecure_url"));
        QVERIFY2(device.errors.first().contains(QStringLiteral("https://")), qPrintable(device.errors.first()));
        QVERIFY(device.credentials->read(account.credentialKey())->isEmpty());
        // A sync with a stored session is refused the same way, before the refresh goes out.
        account.refreshToken = QStringLiteral("rt1.00000000-0000-0000-0000-000000000000.whatever");
        device.attach(account);
        QVERIFY(device.store
                    ->addLocation([] {
                        core::Location l;
                        l.code = QStringLiteral("HTTP");
                        l.name = QStringLiteral("Http");
                        return l;
                    }())
                    .ok());
        device.errors.clear();
        device.categories.clear();
        QVERIFY(!device.sync());
        QCOMPARE(device.network.faked, 0);
        QCOMPARE(device.categories, QList<ErrorCategory>{ErrorCategory::Tls});
        QCOMPARE(device.engine->stats().requests, 0);
        QCOMPARE(device.store->pendingOutboxCount(), 1);
    }

    void wrongPasswordIsAClearError()
    {
        const Company c = newCompany();
        Device device;
        QVERIFY(device.open(QStringLiteral("pw-device")));
        device.attach(accountFor(c, QStringLiteral("pw-device")));
        QVERIFY(!device.login(QStringLiteral("not-the-password")));
        QCOMPARE(device.categories, QList<ErrorCategory>{ErrorCategory::Authentication});
        QCOMPARE(device.engine->lastErrorCode(), QStringLiteral("invalid_credentials"));
        QVERIFY(device.errors.first().contains(QStringLiteral("password is wrong")));
        QVERIFY(device.credentials->read(device.engine->account().credentialKey())->isEmpty());
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("exp-device"));
        QVERIFY(device);
        // The server's access tokens live 15 minutes and that is not configurable: sign an already
        // expired one with the server's own key, claims copied from the real token.
        const QString real = device->engine->account().accessToken;
        QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(real.section(u'.', 1, 1).toLatin1(),
                                                                            QByteArray::Base64UrlEncoding))
                                 .object();
        QVERIFY(claims.contains(QStringLiteral("exp")));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        claims.insert(QStringLiteral("iat"), now - 1000);
        claims.insert(QStringLiteral("exp"), now - 100);
        QFile key(d.dataDir.filePath(QStringLiteral("jwt.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QString expired = forgeJwt(QStringLiteral("HS256"), QJsonDocument(claims).toJson(QJsonDocument::Compact),
                                         QByteArray::fromBase64(key.readAll().trimmed()));
        QVERIFY(!expired.isEmpty());
        QCOMPARE(d.http->get(QStringLiteral("/api/v1/sync/pull?since=0"), expired).status, 401);

        sync::Account account = device->engine->account();
        account.accessToken = expired;
        account.refreshToken.clear(); // read from the credential store
        const QString storedBefore = *device->credentials->read(account.credentialKey());
        device->attach(account);
        core::Location w;
        w.code = QStringLiteral("EXP");
        w.name = QStringLiteral("Exp");
        QVERIFY(device->store->addLocation(w).ok());
        QSignalSpy authRequired(device->engine.get(), &SyncEngine::authenticationRequired);
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->engine->stats().refreshes, 1);
        QCOMPARE(authRequired.count(), 0);
        QCOMPARE(device->store->pendingOutboxCount(), 0);
        // The refresh token rotated and the new one is what the credential store holds.
        const QString storedAfter = *device->credentials->read(account.credentialKey());
        QVERIFY(!storedAfter.isEmpty());
        QVERIFY(storedAfter != storedBefore);
        QCOMPARE(storedAfter, device->engine->account().refreshToken);
    }

    void refusedRefreshAsksToSignInAndKeepsWork()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("ref-device"));
        QVERIFY(device);
        sync::Account account = device->engine->account();
        account.accessToken = QStringLiteral("garbage");
        account.refreshToken = QStringLiteral("rt1.00000000-0000-0000-0000-000000000000.nonsense-nonsense-nonsense");
        device->attach(account);
        core::Location w;
        w.code = QStringLiteral("REF");
        w.name = QStringLiteral("Ref");
        QVERIFY(device->store->addLocation(w).ok());
        QSignalSpy authRequired(device->engine.get(), &SyncEngine::authenticationRequired);
        QVERIFY(!device->sync());
        QCOMPARE(authRequired.count(), 1);
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Authentication});
        QCOMPARE(device->engine->stats().refreshes, 1);
        // Local work goes on and nothing queued was lost.
        QCOMPARE(device->store->pendingOutboxCount(), 1);
        core::Location more;
        more.code = QStringLiteral("REF2");
        more.name = QStringLiteral("Ref 2");
        QVERIFY(device->store->addLocation(more).ok());
        QCOMPARE(device->store->pendingOutboxCount(), 2);
        // Signing in again lets the outbox go.
        QVERIFY(device->login(QLatin1String(Deployment::kPassword)));
        QVERIFY(device->sync());
        QCOMPARE(device->store->pendingOutboxCount(), 0);
    }

    void suspendedCompanyKeepsOutbox()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("susp-device"));
        QVERIFY(device);
        core::Location w;
        w.code = QStringLiteral("SUS");
        w.name = QStringLiteral("Sus");
        QVERIFY(device->store->addLocation(w).ok());
        const QString admin = platformAdminToken();
        QVERIFY(!admin.isEmpty());
        QCOMPARE(
            d.http->patch(QStringLiteral("/api/v1/admin/tenants/") + c.slug, {{"status", "SUSPENDED"}}, admin).status,
            200);
        QVERIFY(!device->sync());
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Tenant});
        QCOMPARE(device->engine->lastErrorCode(), QStringLiteral("tenant_suspended"));
        QVERIFY(device->errors.first().contains(QStringLiteral("suspended")));
        QCOMPARE(device->store->pendingOutboxCount(), 1);
        QCOMPARE(d.http->patch(QStringLiteral("/api/v1/admin/tenants/") + c.slug, {{"status", "ACTIVE"}}, admin).status,
                 200);
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->store->pendingOutboxCount(), 0);
        // What waited in the outbox went through once the company was active again.
        QCOMPARE(device->engine->stats().accepted, 1);
        QVERIFY(d.http->get(QStringLiteral("/api/v1/locations"), device->engine->account().accessToken)
                    .body.contains("SUS"));
    }

    void suspensionKeepsTheSession()
    {
        // The access token expires while the company is suspended: the refresh is refused with
        // tenant_suspended (403). That says nothing about the session, which must survive it, so
        // that the device syncs again after reactivation without anybody signing in.
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("susp-expired"));
        QVERIFY(device);
        core::Location w;
        w.code = QStringLiteral("SUSX");
        w.name = QStringLiteral("Sus X");
        QVERIFY(device->store->addLocation(w).ok());
        QVERIFY(setTenantStatus(c, "SUSPENDED"));
        sync::Account account = device->engine->account();
        const QString refreshBefore = account.refreshToken;
        account.accessToken = expiredLike(account.accessToken);
        QVERIFY(!account.accessToken.isEmpty());
        account.refreshToken.clear(); // read from the credential store, as a new run does
        device->attach(account);
        QSignalSpy authRequired(device->engine.get(), &SyncEngine::authenticationRequired);
        QVERIFY(!device->sync());
        QCOMPARE(device->engine->stats().refreshes, 1);
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Tenant});
        QCOMPARE(device->engine->lastErrorCode(), QStringLiteral("tenant_suspended"));
        QVERIFY2(device->errors.first().contains(QStringLiteral("suspended")), qPrintable(device->errors.first()));
        QVERIFY(device->errors.first().contains(QStringLiteral("1 change(s) wait in the outbox")));
        QCOMPARE(authRequired.count(), 0);
        QCOMPARE(*device->credentials->read(account.credentialKey()), refreshBefore);
        QCOMPARE(device->store->pendingOutboxCount(), 1);

        // Reactivated: the same engine, then a new one (the next depotctl run), sync with what is stored.
        QVERIFY(setTenantStatus(c, "ACTIVE"));
        device->errors.clear();
        device->categories.clear();
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->store->pendingOutboxCount(), 0);
        QCOMPARE(device->engine->stats().accepted, 1);
        account.accessToken.clear();
        device->attach(account);
        QSignalSpy authRequiredAgain(device->engine.get(), &SyncEngine::authenticationRequired);
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->engine->stats().refreshes, 1);
        QCOMPARE(authRequiredAgain.count(), 0);
    }

    void accessTokenExpiresDuringLongInitialSync()
    {
        // A second server on the same database whose access tokens live 3 seconds.
        const Company c = newCompany();
        auto source = signedIn(c, QStringLiteral("long-source"));
        QVERIFY(source);
        core::Location w;
        w.code = QStringLiteral("LW");
        w.name = QStringLiteral("Long");
        w = source->store->addLocation(w).value();
        core::Product p;
        p.sku = QStringLiteral("LONG-1");
        p.name = QStringLiteral("Long");
        p = source->store->addProduct(p).value();
        for (int i = 0; i < 200; ++i)
            QVERIFY(source->store->recordMovement(draft(p.id, w.id, core::MovementKind::Receipt, qty("1"))).ok());
        QVERIFY(source->sync());

        QTemporaryDir shortDir;
        ServerProcess shortLived;
        QString error;
        QVERIFY2(d.startAnother(shortLived, shortDir.path(),
                                {QStringLiteral("--access-token-lifetime-s"), QStringLiteral("3"),
                                 QStringLiteral("--tenant-rate-per-s"), QStringLiteral("100000"),
                                 QStringLiteral("--tenant-burst"), QStringLiteral("100000")},
                                &error),
                 qPrintable(error));
        HttpClient shortHttp(shortLived.baseUrl(), shortLived.fingerprint());
        const Response login = shortHttp.post(QStringLiteral("/api/v1/auth/login"),
                                              {{QStringLiteral("tenant"), c.slug},
                                               {QStringLiteral("identifier"), c.email},
                                               {QStringLiteral("password"), QLatin1String(Deployment::kPassword)},
                                               {QStringLiteral("device"), QStringLiteral("long-probe")}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.data().toObject().value(QStringLiteral("expires_in")).toInt(), 3);

        Device device;
        QVERIFY(device.open(QStringLiteral("long-device")));
        sync::Account account = accountFor(c, QStringLiteral("long-device"));
        account.serverUrl = QUrl(shortLived.baseUrl());
        account.pinnedSha256 = shortLived.fingerprint();
        device.attach(account);
        QVERIFY(device.login(QLatin1String(Deployment::kPassword)));
        const QString refreshBefore = device.engine->account().refreshToken;
        device.engine->setPageSize(5); // 40 pages
        // The initial sync pauses after its 10th page until the access token has expired, so the
        // 11th page is sent with an expired token, in the middle of the sync.
        int pages = 0;
        connect(device.engine.get(), &SyncEngine::progress, device.engine.get(), [&](int, int, const QString &phase) {
            if (phase == u"pull" && ++pages == 10)
                QThread::msleep(3600);
        });
        QSignalSpy authRequired(device.engine.get(), &SyncEngine::authenticationRequired);
        QVERIFY2(device.sync(), qPrintable(device.errors.join(u'\n')));
        QCOMPARE(device.engine->stats().refreshes, 1); // refreshed once, then it went on
        QCOMPARE(device.engine->stats().retries, 0);   // not restarted from the beginning
        QVERIFY(device.engine->stats().pages >= 40);
        QCOMPARE(authRequired.count(), 0);
        QVERIFY(device.errors.isEmpty());
        QCOMPARE(device.store->movementCount(), 200);
        QCOMPARE(device.store->balance(p.id, w.id), qty("200"));
        QCOMPARE(balanceRows(*device.store), balanceRows(*source->store));
        // The rotated refresh token is the one kept.
        QVERIFY(device.engine->account().refreshToken != refreshBefore);
        QCOMPARE(*device.credentials->read(account.credentialKey()), device.engine->account().refreshToken);
        shortLived.stop();
    }

    void revokedDeviceIsAClearErrorAndKeepsWork()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("revoked-device"));
        QVERIFY(device);
        core::Location w;
        w.code = QStringLiteral("REV");
        w.name = QStringLiteral("Rev");
        w = device->store->addLocation(w).value();
        core::Product p;
        p.sku = QStringLiteral("REV-1");
        p.name = QStringLiteral("Rev");
        p = device->store->addProduct(p).value();
        QVERIFY(device->sync());
        QVERIFY(device->store->recordMovement(draft(p.id, w.id, core::MovementKind::Receipt, qty("7"))).ok());
        QCOMPARE(device->store->pendingOutboxCount(), 1);

        // The owner, from another device, revokes this one.
        const Session admin =
            d.login(c.slug, c.email, QLatin1String(Deployment::kPassword), QStringLiteral("revoking-admin"));
        QVERIFY(!admin.access.isEmpty());
        QCOMPARE(d.http->del(QStringLiteral("/api/v1/devices/revoked-device"), admin.access).status, 200);

        QSignalSpy authRequired(device->engine.get(), &SyncEngine::authenticationRequired);
        QVERIFY(!device->sync());
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Authentication});
        QCOMPARE(device->engine->lastErrorCode(), QStringLiteral("device_revoked"));
        QVERIFY2(device->errors.first().contains(QStringLiteral("revoked")), qPrintable(device->errors.first()));
        QVERIFY(device->errors.first().contains(QStringLiteral("keep working offline")));
        QCOMPARE(authRequired.count(), 1);
        // The session is forgotten, the work is not.
        QVERIFY(device->credentials->read(device->engine->account().credentialKey())->isEmpty());
        QCOMPARE(device->store->pendingOutboxCount(), 1);
        QCOMPARE(device->store->balance(p.id, w.id), qty("7"));
        QVERIFY(device->store->recordMovement(draft(p.id, w.id, core::MovementKind::Issue, qty("2"))).ok());
        QCOMPARE(device->store->pendingOutboxCount(), 2);
        // The server refuses this device id from now on, with its own clear message.
        device->errors.clear();
        device->categories.clear();
        QVERIFY(!device->login(QLatin1String(Deployment::kPassword)));
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Authentication});
        QCOMPARE(device->engine->lastErrorCode(), QStringLiteral("device_revoked"));
        QCOMPARE(device->store->pendingOutboxCount(), 2);
        // Nothing of it reached the server.
        QCOMPARE(d.http->get(QStringLiteral("/api/v1/movements"), admin.access)
                     .data()
                     .toObject()
                     .value("items")
                     .toArray()
                     .size(),
                 0);
    }

    void newerServerProtocolIsAClearError()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("426-device"));
        QVERIFY(device);
        core::Location w;
        w.code = QStringLiteral("P426");
        w.name = QStringLiteral("P");
        QVERIFY(device->store->addLocation(w).ok());
        device->engine->setRetryPolicy({10, 100, 5});
        device->network.faults << qMakePair(
            426,
            errorBody("unsupported_protocol", "This server speaks sync protocol 2. Update the Depot application."));
        QSignalSpy retries(device->engine.get(), &SyncEngine::retryScheduled);
        QVERIFY(!device->sync());
        QCOMPARE(retries.count(), 0); // retrying cannot help
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Protocol});
        QVERIFY(device->errors.first().contains(QStringLiteral("newer sync protocol")));
        QCOMPARE(device->store->pendingOutboxCount(), 1);
    }

    void transientServerErrorsAreRetriedThenSucceed()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("503-device"));
        QVERIFY(device);
        core::Location w;
        w.code = QStringLiteral("P503");
        w.name = QStringLiteral("P");
        QVERIFY(device->store->addLocation(w).ok());
        device->engine->setRetryPolicy({10, 100, 5});
        device->network.faults << qMakePair(503, errorBody("unavailable", "Down for a moment."))
                               << qMakePair(429, errorBody("rate_limited", "Slow down."));
        QSignalSpy retries(device->engine.get(), &SyncEngine::retryScheduled);
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->network.faked, 2);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(device->categories, (QList<ErrorCategory>{ErrorCategory::Network, ErrorCategory::Network}));
        QCOMPARE(device->store->pendingOutboxCount(), 0);
        QCOMPARE(device->engine->stats().accepted, 1);
    }

    void answerCutMidBodyIsRetried()
    {
        // The server's 200 arrives but the connection drops in the middle of its body: a network
        // failure, retried, never taken for a malformed answer from the server.
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("cut-device"));
        QVERIFY(device);
        core::Location w;
        w.code = QStringLiteral("CUT");
        w.name = QStringLiteral("Cut");
        QVERIFY(device->store->addLocation(w).ok());
        device->engine->setRetryPolicy({10, 100, 5});
        device->network.faults << qMakePair(-200, QByteArray("{\"success\":true,\"data\":{\"catalog\":[{\"id\":\""));
        QSignalSpy retries(device->engine.get(), &SyncEngine::retryScheduled);
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->network.faked, 1);
        QCOMPARE(retries.count(), 1);
        QCOMPARE(device->categories, QList<ErrorCategory>{ErrorCategory::Network});
        QCOMPARE(device->store->pendingOutboxCount(), 0);
        QCOMPARE(device->engine->stats().accepted, 1);
        QVERIFY(device->store->rejections().isEmpty());
    }

    void rejectedItemsAreReportedAndKept()
    {
        // A clerk may record movements but not change the catalog: the product it created offline
        // is refused, and so is the movement that points at it.
        const Session owner = d.newTenant(QStringLiteral("professional"));
        QVERIFY(!owner.access.isEmpty());
        const Session clerk = d.addMember(owner, QStringLiteral("clerk"), QStringLiteral("clerk-device"));
        QVERIFY(!clerk.refresh.isEmpty());
        Device device;
        QVERIFY(device.open(clerk.device));
        sync::Account account;
        account.serverUrl = QUrl(d.server.baseUrl());
        account.tenant = owner.tenant;
        account.user = QStringLiteral("clerk");
        account.deviceId = clerk.device;
        account.refreshToken = clerk.refresh;
        account.pinnedSha256 = d.server.fingerprint();
        device.attach(account);
        core::Location w;
        w.code = QStringLiteral("CW");
        w.name = QStringLiteral("Clerk W");
        w = device.store->addLocation(w).value();
        core::Product p;
        p.sku = QStringLiteral("CLERK-1");
        p.name = QStringLiteral("Clerk product");
        p = device.store->addProduct(p).value();
        QVERIFY(device.store->recordMovement(draft(p.id, w.id, core::MovementKind::Receipt, qty("3"))).ok());
        QSignalSpy rejected(device.engine.get(), &SyncEngine::itemRejected);
        QVERIFY2(device.sync(), qPrintable(device.errors.join(u'\n')));
        QCOMPARE(rejected.count(), 3);
        QSet<QString> codes;
        for (const auto &args : rejected)
            codes.insert(args.at(2).toString());
        QCOMPARE(codes, (QSet<QString>{QStringLiteral("forbidden"), QStringLiteral("unknown_product")}));
        QCOMPARE(device.store->pendingOutboxCount(), 0);
        QCOMPARE(device.store->rejections().size(), 3);
        QCOMPARE(device.engine->stats().rejected, 3);
        // Rejected, not lost: still in the log, out of the balances until retried or discarded.
        QCOMPARE(device.store->movementCount(), 1);
        QCOMPARE(device.store->balance(p.id, w.id), qty("0"));
    }

    void clockSkewIsReported()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("skew-device"));
        QVERIFY(device);
        core::Location w;
        w.code = QStringLiteral("SKEW");
        w.name = QStringLiteral("Skew");
        w = device->store->addLocation(w).value();
        // The push answer of a server that found this device 10 minutes ahead; the pull is real.
        const QJsonObject answer{
            {"success", true},
            {"data",
             QJsonObject{{"movements", QJsonArray{}},
                         {"catalog", QJsonArray{QJsonObject{
                                         {"id", core::uuidToText(w.id)}, {"status", "accepted"}, {"seq", "1"}}}},
                         {"last_seq", "1"},
                         {"clock_skew", QJsonObject{{"flagged", true}, {"skew_ms", 600000}}}}}};
        device->network.faults << qMakePair(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        QSignalSpy skew(device->engine.get(), &SyncEngine::clockSkewDetected);
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(skew.count(), 1);
        QCOMPARE(skew.first().first().toLongLong(), 600000);
        QCOMPARE(device->engine->stats().clockSkewMs, 600000);
        // A real server with a sane clock flags nothing.
        QVERIFY(device->store
                    ->addLocation([] {
                        core::Location l;
                        l.code = QStringLiteral("SKEW2");
                        l.name = QStringLiteral("Skew 2");
                        return l;
                    }())
                    .ok());
        QVERIFY(device->sync());
        QCOMPARE(skew.count(), 1);
        QCOMPARE(device->engine->stats().clockSkewMs, 0);
    }

    void clockSkewIsReportedByPulls()
    {
        // A device that only reads (or has nothing to send) is told about its clock too: the real
        // server flags the pull of a device whose wall clock is 10 minutes ahead.
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("skew-reader"));
        QVERIFY(device);
        qint64 offsetMs = 10 * 60000;
        device->engine->setWallClock([&offsetMs] { return QDateTime::currentMSecsSinceEpoch() + offsetMs; });
        QSignalSpy skew(device->engine.get(), &SyncEngine::clockSkewDetected);
        QVERIFY2(device->sync(), qPrintable(device->errors.join(u'\n')));
        QCOMPARE(device->engine->stats().pushed, 0);
        QCOMPARE(skew.count(), 1);
        QVERIFY2(qAbs(skew.first().first().toLongLong() - offsetMs) < 30000,
                 qPrintable(QString::number(skew.first().first().toLongLong())));
        QCOMPARE(device->engine->stats().clockSkewMs, skew.first().first().toLongLong());
        // Behind works the same way; a clock within 5 minutes is not flagged.
        offsetMs = -20 * 60000;
        QVERIFY(device->sync());
        QCOMPARE(skew.count(), 2);
        QVERIFY(skew.last().first().toLongLong() < -19 * 60000);
        offsetMs = 60000;
        QVERIFY(device->sync());
        QCOMPARE(skew.count(), 2);
        QCOMPARE(device->engine->stats().clockSkewMs, 0);
    }

    void autoSyncRunsByItself()
    {
        const Company c = newCompany();
        auto device = signedIn(c, QStringLiteral("auto-device"));
        QVERIFY(device);
        QSignalSpy finished(device->engine.get(), &SyncEngine::finished);
        device->engine->setAutoSyncInterval(50);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 20000);
        QVERIFY(finished.first().first().toBool());
        // Work recorded meanwhile goes out without anybody calling sync().
        core::Location w;
        w.code = QStringLiteral("AUTO");
        w.name = QStringLiteral("Auto");
        QVERIFY(device->store->addLocation(w).ok());
        QTRY_COMPARE_WITH_TIMEOUT(device->store->pendingOutboxCount(), 0, 20000);
        // A refused session stops the timer: no hammering until the user signs in again.
        device->engine->setAutoSyncInterval(0);
        QTRY_VERIFY_WITH_TIMEOUT(!device->engine->isBusy(), 20000);
        sync::Account account = device->engine->account();
        account.accessToken = QStringLiteral("garbage");
        account.refreshToken = QStringLiteral("rt1.00000000-0000-0000-0000-000000000000.nonsense-nonsense-nonsense");
        device->attach(account);
        QSignalSpy authRequired(device->engine.get(), &SyncEngine::authenticationRequired);
        device->engine->setAutoSyncInterval(50);
        QTRY_COMPARE_WITH_TIMEOUT(authRequired.count(), 1, 20000);
        QTest::qWait(300);
        QCOMPARE(authRequired.count(), 1);
    }

    void unreachableServerIsRetriedWithBackoff()
    {
        Device device;
        QVERIFY(device.open(QStringLiteral("retry-device")));
        sync::Account account;
        account.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        account.tenant = QStringLiteral("nobody");
        account.user = QStringLiteral("nobody@example.com");
        account.accessToken = QStringLiteral("token");
        account.refreshToken = QStringLiteral("refresh");
        device.attach(account);
        constexpr int kBase = 20;
        constexpr int kAttempts = 4;
        device.engine->setRetryPolicy({kBase, 100000, kAttempts});
        core::Location w;
        w.code = QStringLiteral("R");
        w.name = QStringLiteral("R");
        QVERIFY(device.store->addLocation(w).ok());
        // Several syncs of the same engine give several delays for each attempt.
        constexpr int kRuns = 6;
        QList<QList<int>> delays(kAttempts);
        for (int run = 0; run < kRuns; ++run) {
            device.categories.clear();
            QSignalSpy retries(device.engine.get(), &SyncEngine::retryScheduled);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!device.sync());
            QCOMPARE(retries.count(), kAttempts);
            int total = 0;
            for (int i = 0; i < kAttempts; ++i) {
                QCOMPARE(retries.at(i).at(0).toInt(), i + 1);
                const int delay = retries.at(i).at(1).toInt();
                // Equal jitter: between half and all of base * 2^(attempt - 1).
                const int nominal = kBase << i;
                QVERIFY2(delay >= nominal / 2 && delay <= nominal,
                         qPrintable(QStringLiteral("attempt %1: %2 ms").arg(i + 1).arg(delay)));
                delays[i] << delay;
                total += delay;
            }
            // The timer really waited (coarse timers may fire up to 5% early).
            QVERIFY2(timer.elapsed() >= total * 9 / 10,
                     qPrintable(QStringLiteral("%1 < %2").arg(timer.elapsed()).arg(total)));
            QCOMPARE(device.categories.size(), kAttempts + 1); // the retried failures, then the final one
            QVERIFY(std::all_of(device.categories.begin(), device.categories.end(),
                                [](ErrorCategory c) { return c == ErrorCategory::Network; }));
        }
        const auto mean = [](const QList<int> &values) {
            return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
        };
        for (int i = 0; i < kAttempts; ++i) {
            // Jitter: the same attempt does not always wait the same (all equal by chance:
            // about 1 in 10^5 for the first attempt, far less for the others).
            const QSet<int> distinct(delays[i].begin(), delays[i].end());
            QVERIFY2(distinct.size() > 1,
                     qPrintable(QStringLiteral("attempt %1 always waited %2 ms").arg(i + 1).arg(delays[i].first())));
            if (i == 0)
                continue;
            // Exponential: every delay of an attempt is at least every delay of the one before,
            // and the delays double on average (a constant or linear backoff fails this).
            QVERIFY(*std::min_element(delays[i].begin(), delays[i].end())
                    >= *std::max_element(delays[i - 1].begin(), delays[i - 1].end()));
        }
        const double growth = mean(delays[kAttempts - 1]) / mean(delays[0]);
        QVERIFY2(growth >= 4.5 && growth <= 14, qPrintable(QString::number(growth))); // 8 expected
        QCOMPARE(device.store->pendingOutboxCount(), 1);

        // The cap: delays stop growing at maxMs (still jittered below it).
        device.engine->setRetryPolicy({kBase, 50, 5});
        QSignalSpy capped(device.engine.get(), &SyncEngine::retryScheduled);
        QVERIFY(!device.sync());
        QCOMPARE(capped.count(), 5);
        for (int i = 2; i < 5; ++i) {
            const int delay = capped.at(i).at(1).toInt();
            QVERIFY2(delay >= 25 && delay <= 50, qPrintable(QString::number(delay)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
