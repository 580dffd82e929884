#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace depot::core;

namespace {

Quantity qty(const char *text)
{
    return Quantity::parse(QString::fromLatin1(text)).value();
}

} // namespace

/// Behaviour of the local tenant store: catalog, movements, balances, alerts, search, journal.
class TestTenantStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TenantStore> m_store;
    Location m_main;
    Location m_shop;
    Product m_soap;

    Movement record(MovementKind kind, const char *quantity, const Location &at)
    {
        MovementDraft draft;
        draft.productId = m_soap.id;
        draft.locationId = at.id;
        draft.kind = kind;
        draft.quantity = qty(quantity);
        auto result = m_store->recordMovement(draft);
        if (!result)
            qWarning() << result.error().code << result.error().message;
        return result.value();
    }

    /// A movement of the soap recorded on another device (by bob), as a pull brings it.
    Movement fromElsewhere(MovementKind kind, const char *quantity, const Location &at, Hlc hlc)
    {
        Movement m;
        m.id = UuidV7::generate();
        m.productId = m_soap.id;
        m.locationId = at.id;
        m.kind = kind;
        m.quantity = qty(quantity);
        m.userId = QStringLiteral("bob");
        m.deviceId = QStringLiteral("device-2");
        m.hlc = hlc;
        return m;
    }

    void checkBalancesAgreeWithLog()
    {
        const QList<Balance> maintained = m_store->balances();
        const QList<Balance> recomputed = m_store->recomputeBalancesFromLog();
        QCOMPARE(maintained.size(), recomputed.size());
        for (int i = 0; i < maintained.size(); ++i) {
            QCOMPARE(maintained[i].productId, recomputed[i].productId);
            QCOMPARE(maintained[i].locationId, recomputed[i].locationId);
            QCOMPARE(maintained[i].quantity.milli(), recomputed[i].quantity.milli());
        }
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        auto opened = TenantStore::open(m_dir.filePath(QStringLiteral("store.sqlite")),
                                        {QStringLiteral("device-1"), QStringLiteral("alice"), nullptr});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_store = std::move(opened).value();
        Location main;
        main.code = QStringLiteral("MAIN");
        main.name = QStringLiteral("Main warehouse");
        m_main = m_store->addLocation(main).value();
        Location shop;
        shop.code = QStringLiteral("SHOP");
        shop.name = QStringLiteral("Boutique");
        shop.type = LocationType::Shop;
        m_shop = m_store->addLocation(shop).value();
        Product soap;
        soap.sku = QStringLiteral("SOAP-1");
        soap.name = QStringLiteral("Savon de Marseille");
        soap.category = QStringLiteral("Hygiène");
        soap.barcodes = {QStringLiteral("3760000000017")};
        soap.reorderPoint = qty("5");
        m_soap = m_store->addProduct(soap).value();
    }

    void cleanup() { m_store.reset(); }

    void lookupsOnTheScanPathUseAnIndex_data()
    {
        QTest::addColumn<QString>("sql");
        // What a scan and every keystroke of a search ask (productBySku, productByBarcode, ...):
        // a plan that scans a table grows with the catalog.
        QTest::newRow("sku, merged included")
            << "SELECT id FROM products p WHERE p.sku = 'X' ORDER BY p.merged_into IS NOT NULL LIMIT 1";
        QTest::newRow("sku, live") << "SELECT id FROM products WHERE sku = 'X' AND merged_into IS NULL";
        QTest::newRow("barcode") << "SELECT p.id FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                                    " WHERE b.barcode = 'X'";
        QTest::newRow("barcode prefix") << "SELECT p.id FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                                           " WHERE b.barcode >= '37' AND b.barcode < '38' ORDER BY b.barcode LIMIT 10";
        QTest::newRow("product by id") << "SELECT sku FROM products WHERE id = 'X'";
        QTest::newRow("balance") << "SELECT quantity FROM balances WHERE product_id = 'X' AND location_id = 'Y'";
    }

    void lookupsOnTheScanPathUseAnIndex()
    {
        QFETCH(QString, sql);
        QSqlQuery q(m_store->database());
        QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY(!plan.isEmpty());
        for (const QString &step : std::as_const(plan))
            QVERIFY2(!step.startsWith(QStringLiteral("SCAN")), qPrintable(plan.join(QStringLiteral(" | "))));
    }

    void opensTheSameNewStoreFromSeveralConnectionsAtOnce()
    {
        // Two windows, or the app and depotctl, opening a store that does not exist yet: both
        // connections see version 0, one creates the schema, the other must find it made.
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("new.sqlite"));
            constexpr int kConnections = 4;
            QList<QString> errors(kConnections);
            QList<QString> devices(kConnections);
            std::vector<std::thread> threads;
            for (int i = 0; i < kConnections; ++i) {
                threads.emplace_back([&, i] {
                    auto opened = TenantStore::open(path);
                    if (!opened) {
                        errors[i] = opened.error().message;
                        return;
                    }
                    devices[i] = opened.value()->deviceId();
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            for (int i = 0; i < kConnections; ++i) {
                QVERIFY2(errors.at(i).isEmpty(), qPrintable(errors.at(i)));
                QCOMPARE(devices.at(i), devices.first()); // one device id, whoever stored it first
            }
            auto reopened = TenantStore::open(path);
            QVERIFY(reopened.ok());
            QCOMPARE(reopened.value()->deviceId(), devices.first());
        }
    }

    void opensWithPragmas()
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), TenantStore::kSchemaVersion);
        QCOMPARE(m_store->deviceId(), QStringLiteral("device-1"));
    }

    void sqliteLibraryMustBeTheDrivers()
    {
        // The store opened (init), so the driver runs the linked library; anything else is refused.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && q.next());
        const QString version = q.value(0).toString();
        const QString sourceId = q.value(1).toString();
        q.finish();
        QVERIFY(TenantStore::checkSqliteLibrary(version, sourceId).ok());
        const auto olderDriver = TenantStore::checkSqliteLibrary(QStringLiteral("3.8.0"), sourceId);
        QVERIFY(!olderDriver.ok());
        QCOMPARE(olderDriver.error().code, QStringLiteral("sqlite_mismatch"));
        QVERIFY(olderDriver.error().message.contains(QStringLiteral("3.8.0")));
        QVERIFY(olderDriver.error().message.contains(version));
        const auto otherBuild = TenantStore::checkSqliteLibrary(version, sourceId + QStringLiteral("x"));
        QVERIFY(!otherBuild.ok());
        QCOMPARE(otherBuild.error().code, QStringLiteral("sqlite_mismatch"));
    }

    void deviceIdIsKeptAcrossOpens()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        QString first;
        {
            auto store = TenantStore::open(path);
            QVERIFY(store.ok());
            first = store.value()->deviceId();
            QVERIFY(!first.isEmpty());
        }
        auto again = TenantStore::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->deviceId(), first);
    }

    void refusesNonStoreFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto result = TenantStore::open(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("not_a_store"));
        // The file is left untouched.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
    }

    void productLookupsAndDuplicates()
    {
        QCOMPARE(m_store->productBySku(QStringLiteral("SOAP-1"))->id, m_soap.id);
        QCOMPARE(m_store->productByBarcode(QStringLiteral("3760000000017"))->id, m_soap.id);
        QVERIFY(!m_store->productByBarcode(QStringLiteral("000")));
        QCOMPARE(m_store->productById(m_soap.id)->barcodes, QStringList{QStringLiteral("3760000000017")});

        Product clash;
        clash.sku = QStringLiteral("SOAP-1");
        clash.name = QStringLiteral("Other");
        auto dup = m_store->addProduct(clash);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("duplicate_sku"));

        clash.sku = QStringLiteral("SOAP-2");
        clash.barcodes = {QStringLiteral("3760000000017")};
        dup = m_store->addProduct(clash);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("duplicate_barcode"));
        QVERIFY(!m_store->productBySku(QStringLiteral("SOAP-2"))); // nothing half-written
        QCOMPARE(m_store->productCount(), 1);
    }

    void productValidation_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty sku") << ""
                                   << "Name"
                                   << "missing_field";
        QTest::newRow("blank sku") << "   "
                                   << "Name"
                                   << "missing_field";
        QTest::newRow("space in sku") << "A B"
                                      << "Name"
                                      << "invalid_field";
        QTest::newRow("empty name") << "X1"
                                    << ""
                                    << "missing_field";
        QTest::newRow("control char") << "X1"
                                      << "Bad\x01name"
                                      << "invalid_field";
        QTest::newRow("long sku") << QString(65, u'A') << "Name"
                                  << "field_too_long";
    }

    void productValidation()
    {
        QFETCH(QString, sku);
        QFETCH(QString, name);
        QFETCH(QString, code);
        Product p;
        p.sku = sku;
        p.name = name;
        auto result = m_store->addProduct(p);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }

    void updateStampsOnlyChangedFields()
    {
        const Hlc before = m_soap.stamps.value(QStringLiteral("sku"));
        Product changed = m_soap;
        changed.name = QStringLiteral("Savon noir");
        auto updated = m_store->updateProduct(changed);
        QVERIFY(updated.ok());
        QVERIFY(updated->stamps.value(QStringLiteral("name")) > before);
        QCOMPARE(updated->stamps.value(QStringLiteral("sku")), before);
        const auto reloaded = m_store->productById(m_soap.id);
        QCOMPARE(reloaded->name, QStringLiteral("Savon noir"));
        QCOMPARE(reloaded->stamps, updated->stamps);
    }

    void searchIsPrefixAndAccentInsensitive_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("sku prefix") << "SOAP" << true;
        QTest::newRow("name word prefix") << "marse" << true;
        QTest::newRow("category without accent") << "hygiene" << true;
        QTest::newRow("barcode prefix") << "376000" << true;
        QTest::newRow("two words") << "savon marseille" << true;
        QTest::newRow("no match") << "chocolat" << false;
        QTest::newRow("quote is punctuation") << "\"savon" << true;
        QTest::newRow("fts syntax is literal") << "NEAR( OR" << false;
    }

    void searchIsPrefixAndAccentInsensitive()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        const QList<Product> hits = m_store->searchProducts(text);
        QCOMPARE(!hits.isEmpty(), found);
        if (found)
            QCOMPARE(hits.first().id, m_soap.id);
    }

    void searchFollowsUpdatesAndArchive()
    {
        Product changed = m_soap;
        changed.name = QStringLiteral("Chocolat noir");
        QVERIFY(m_store->updateProduct(changed).ok());
        QVERIFY(m_store->searchProducts(QStringLiteral("marseille")).isEmpty());
        QCOMPARE(m_store->searchProducts(QStringLiteral("chocolat")).size(), 1);
        QVERIFY(m_store->setProductArchived(m_soap.id, true).ok());
        QVERIFY(m_store->searchProducts(QStringLiteral("chocolat")).isEmpty());
        // Listings see archived matches when asked to.
        QVERIFY(m_store->matchingProducts(QStringLiteral("chocolat"), false).isEmpty());
        QCOMPARE(m_store->matchingProducts(QStringLiteral("chocolat"), true).size(), 1);
        QVERIFY(m_store->matchingProducts(QStringLiteral("chocolat"), true).first().archived);
    }

    void searchOfManyMatchesIsBoundedAndPutsExactFirst()
    {
        // More matches than the store ranks: the first ones come back, at most `limit`, all matching,
        // and a SKU or barcode typed in full comes first although it ranks like the others.
        StoreTransaction tx(*m_store);
        for (int i = 0; i < 700; ++i) {
            Product p;
            p.sku = QStringLiteral("RIZ-%1").arg(i, 4, 10, QLatin1Char('0'));
            p.name = QStringLiteral("Riz parfumé %1 kg").arg(i % 7 + 1);
            p.barcodes = {QStringLiteral("99%1").arg(i, 8, 10, QLatin1Char('0'))};
            QVERIFY(m_store->addProduct(p).ok());
        }
        QVERIFY(tx.commit().ok());
        const QList<Product> many = m_store->searchProducts(QStringLiteral("riz"), 50);
        QCOMPARE(many.size(), 50);
        for (const Product &p : many)
            QVERIFY(p.name.startsWith(QStringLiteral("Riz")));
        QCOMPARE(m_store->searchProducts(QStringLiteral("riz"), 1000).size(), 700);
        // A listing has every match, by SKU, and pages.
        const QList<Product> all = m_store->matchingProducts(QStringLiteral("riz"), false);
        QCOMPARE(all.size(), 700);
        QCOMPARE(all.first().sku, QStringLiteral("RIZ-0000"));
        QCOMPARE(all.last().sku, QStringLiteral("RIZ-0699"));
        QCOMPARE(all.at(5).barcodes, QStringList{QStringLiteral("9900000005")});
        const QList<Product> page = m_store->matchingProducts(QStringLiteral("riz"), false, 690, 50);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().sku, QStringLiteral("RIZ-0690"));
        QCOMPARE(m_store->matchingProducts(QString(), false).size(), 701); // no words: every product
        const QList<Product> bySku = m_store->searchProducts(QStringLiteral("RIZ-0642"), 50);
        QCOMPARE(bySku.first().sku, QStringLiteral("RIZ-0642"));
        const QList<Product> byBarcode = m_store->searchProducts(QStringLiteral("9900000613"), 5);
        QCOMPARE(byBarcode.size(), 1);
        QCOMPARE(byBarcode.first().sku, QStringLiteral("RIZ-0613"));
        // An exact SKU that is also a prefix of many: first, and the list keeps its limit.
        const QList<Product> prefixAndExact = m_store->searchProducts(QStringLiteral("RIZ-000"), 3);
        QCOMPARE(prefixAndExact.size(), 3);
        QVERIFY(m_store->setProductArchived(m_store->productBySku(QStringLiteral("RIZ-0642"))->id, true).ok());
        for (const Product &p : m_store->searchProducts(QStringLiteral("RIZ-0642"), 50))
            QVERIFY(p.sku != QStringLiteral("RIZ-0642")); // archived: not offered
    }

    void movementsSignedByKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("entered");
        QTest::addColumn<QString>("stored");
        QTest::newRow("receipt") << int(MovementKind::Receipt) << "10"
                                 << "10";
        QTest::newRow("issue") << int(MovementKind::Issue) << "2.5"
                               << "-2.5";
        QTest::newRow("loss") << int(MovementKind::Loss) << "1"
                              << "-1";
        QTest::newRow("return") << int(MovementKind::Return) << "3"
                                << "3";
        QTest::newRow("adjustment up") << int(MovementKind::Adjustment) << "4"
                                       << "4";
        QTest::newRow("adjustment down") << int(MovementKind::Adjustment) << "-4"
                                         << "-4";
        QTest::newRow("count") << int(MovementKind::Count) << "7"
                               << "7";
    }

    void movementsSignedByKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, entered);
        QFETCH(QString, stored);
        MovementDraft draft{m_soap.id, m_main.id, MovementKind(kind), Quantity::parse(entered).value(), {}, {}, {}, {}};
        auto m = m_store->recordMovement(draft);
        QVERIFY(m.ok());
        QCOMPARE(m->quantity.toString(), stored);
        QCOMPARE(m_store->movementById(m->id)->quantity.toString(), stored);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), stored);
        QCOMPARE(m_store->movementById(m->id)->userId, QStringLiteral("alice"));
        QCOMPARE(m_store->movementById(m->id)->deviceId, QStringLiteral("device-1"));
    }

    void invalidMovements_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<bool>("badProduct");
        QTest::addColumn<bool>("badLocation");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero receipt") << int(MovementKind::Receipt) << "0" << false << false << "invalid_quantity";
        QTest::newRow("negative issue") << int(MovementKind::Issue) << "-1" << false << false << "invalid_quantity";
        QTest::newRow("negative count") << int(MovementKind::Count) << "-1" << false << false << "invalid_quantity";
        QTest::newRow("zero adjustment") << int(MovementKind::Adjustment) << "0" << false << false
                                         << "invalid_quantity";
        QTest::newRow("huge") << int(MovementKind::Receipt) << "999999999999" << false << false << "invalid_quantity";
        QTest::newRow("transfer leg") << int(MovementKind::TransferIn) << "1" << false << false << "invalid_kind";
        QTest::newRow("unknown product") << int(MovementKind::Receipt) << "1" << true << false << "unknown_product";
        QTest::newRow("unknown location") << int(MovementKind::Receipt) << "1" << false << true << "unknown_location";
    }

    void invalidMovements()
    {
        QFETCH(int, kind);
        QFETCH(QString, quantity);
        QFETCH(bool, badProduct);
        QFETCH(bool, badLocation);
        QFETCH(QString, code);
        MovementDraft draft{badProduct ? UuidV7::generate() : m_soap.id,
                            badLocation ? UuidV7::generate() : m_main.id,
                            MovementKind(kind),
                            Quantity::parse(quantity).value(),
                            {},
                            {},
                            {},
                            {}};
        const qint64 outboxBefore = m_store->pendingOutboxCount();
        auto m = m_store->recordMovement(draft);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QCOMPARE(m_store->movementCount(), 0);
        QCOMPARE(m_store->pendingOutboxCount(), outboxBefore);
        QVERIFY(m_store->balances().isEmpty());
    }

    void archivedProductRefusesMovements()
    {
        QVERIFY(m_store->setProductArchived(m_soap.id, true).ok());
        MovementDraft draft{m_soap.id, m_main.id, MovementKind::Receipt, qty("1"), {}, {}, {}, {}};
        auto m = m_store->recordMovement(draft);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("product_archived"));
    }

    void movementsAreAppendOnly()
    {
        const Movement m = record(MovementKind::Receipt, "10", m_main);
        QSqlQuery q(m_store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE movements SET quantity = 1")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM movements")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QCOMPARE(m_store->movementById(m.id)->quantity.toString(), QStringLiteral("10"));
    }

    void everyMovementHasItsOutboxEntry()
    {
        const qint64 catalogEntries = m_store->pendingOutboxCount();
        QCOMPARE(catalogEntries, 3); // two locations and one product
        const Movement m = record(MovementKind::Receipt, "10", m_main);
        auto transfer = m_store->recordTransfer(m_soap.id, m_main.id, m_shop.id, qty("2"));
        QVERIFY(transfer.ok());
        const QList<OutboxEntry> outbox = m_store->pendingOutbox();
        QCOMPARE(outbox.size(), catalogEntries + 3);
        QCOMPARE(outbox.at(catalogEntries).entity, QStringLiteral("movement"));
        QCOMPARE(outbox.at(catalogEntries).entityId, m.id);
        QCOMPARE(outbox.at(catalogEntries + 1).entityId, transfer->at(0).id);
        QCOMPARE(outbox.at(catalogEntries + 2).entityId, transfer->at(1).id);
    }

    void transferIsPairedAndAtomic()
    {
        record(MovementKind::Receipt, "10", m_main);
        auto transfer = m_store->recordTransfer(m_soap.id, m_main.id, m_shop.id, qty("4"));
        QVERIFY(transfer.ok());
        QCOMPARE(transfer->size(), 2);
        QCOMPARE(transfer->at(0).kind, MovementKind::TransferOut);
        QCOMPARE(transfer->at(1).kind, MovementKind::TransferIn);
        QCOMPARE(transfer->at(0).transferId, transfer->at(1).transferId);
        QVERIFY(!transfer->at(0).transferId.isNull());
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("6"));
        QCOMPARE(m_store->balance(m_soap.id, m_shop.id).toString(), QStringLiteral("4"));

        // The destination is archived: nothing of the transfer is written.
        Location shop = m_shop;
        shop.archived = true;
        QVERIFY(m_store->updateLocation(shop).ok());
        const qint64 before = m_store->movementCount();
        auto refused = m_store->recordTransfer(m_soap.id, m_main.id, m_shop.id, qty("1"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("location_archived"));
        QCOMPARE(m_store->movementCount(), before);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("6"));

        auto same = m_store->recordTransfer(m_soap.id, m_main.id, m_main.id, qty("1"));
        QVERIFY(!same.ok());
        QCOMPARE(same.error().code, QStringLiteral("same_location"));
    }

    void countRule()
    {
        record(MovementKind::Receipt, "10", m_main);
        record(MovementKind::Issue, "3", m_main);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("7"));
        record(MovementKind::Count, "5", m_main);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("5"));
        record(MovementKind::Issue, "1", m_main);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("4"));
        checkBalancesAgreeWithLog();
    }

    void lateMovementBeforeCountIsAbsorbed()
    {
        // Another device issued 2 before our count, but its movement arrives after the count.
        const Hlc early = m_store->clock().now();
        record(MovementKind::Receipt, "10", m_main);
        record(MovementKind::Count, "8", m_main);
        Movement late;
        late.id = UuidV7::generate();
        late.productId = m_soap.id;
        late.locationId = m_main.id;
        late.kind = MovementKind::Issue;
        late.quantity = qty("-2");
        late.userId = QStringLiteral("bob");
        late.deviceId = QStringLiteral("device-2");
        late.hlc = early;
        QCOMPARE(m_store->insertMovement(late).value(), true);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("8"));
        // Idempotent: inserting it again changes nothing.
        QCOMPARE(m_store->insertMovement(late).value(), false);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("8"));
        checkBalancesAgreeWithLog();
    }

    void lateCountRecomputesItsPair()
    {
        const Hlc countTime = m_store->clock().now();
        record(MovementKind::Receipt, "10", m_main); // after the count
        Movement count;
        count.id = UuidV7::generate();
        count.productId = m_soap.id;
        count.locationId = m_main.id;
        count.kind = MovementKind::Count;
        count.quantity = qty("100");
        count.userId = QStringLiteral("bob");
        count.deviceId = QStringLiteral("device-2");
        count.hlc = countTime;
        QVERIFY(m_store->insertMovement(count).value());
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("110"));
        checkBalancesAgreeWithLog();
    }

    void reversals()
    {
        const Movement receipt = record(MovementKind::Receipt, "10", m_main);
        auto reversed = m_store->reverseMovement(receipt.id, QStringLiteral("typo"));
        QVERIFY(reversed.ok());
        QCOMPARE(reversed->size(), 1);
        QCOMPARE(reversed->first().reversesId, receipt.id);
        QCOMPARE(reversed->first().quantity.toString(), QStringLiteral("-10"));
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("0"));

        auto twice = m_store->reverseMovement(receipt.id);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("already_reversed"));
        auto ofReversal = m_store->reverseMovement(reversed->first().id);
        QVERIFY(!ofReversal.ok());
        QCOMPARE(ofReversal.error().code, QStringLiteral("cannot_reverse_reversal"));
        auto unknown = m_store->reverseMovement(UuidV7::generate());
        QCOMPARE(unknown.error().code, QStringLiteral("unknown_movement"));
        checkBalancesAgreeWithLog();
    }

    void reversingATransferReversesBothLegs()
    {
        record(MovementKind::Receipt, "10", m_main);
        auto transfer = m_store->recordTransfer(m_soap.id, m_main.id, m_shop.id, qty("4"));
        auto reversed = m_store->reverseMovement(transfer->at(1).id);
        QVERIFY(reversed.ok());
        QCOMPARE(reversed->size(), 2);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("10"));
        QCOMPARE(m_store->balance(m_soap.id, m_shop.id).toString(), QStringLiteral("0"));
        checkBalancesAgreeWithLog();
        // The other leg is found by an index, not a scan of the log.
        QSqlQuery plan(m_store->database());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM movements WHERE transfer_id = 'x'"
                                         " AND id <> 'y' AND reverses_id IS NULL")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(u' ').contains(QStringLiteral("movements_transfer")), qPrintable(steps.join(u'|')));
    }

    void reversingACountVoidsIt()
    {
        record(MovementKind::Receipt, "10", m_main);
        record(MovementKind::Count, "2", m_main);
        const Movement lastCount = record(MovementKind::Count, "3", m_main);
        record(MovementKind::Receipt, "1", m_main);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("4"));
        QVERIFY(m_store->reverseMovement(lastCount.id).ok());
        // The earlier count (2) applies again, plus every delta after it.
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("3"));
        checkBalancesAgreeWithLog();
    }

    void nestedTransactionsRollBackTogether()
    {
        {
            StoreTransaction outer(*m_store);
            QVERIFY(outer.isActive());
            record(MovementKind::Receipt, "10", m_main);
            {
                StoreTransaction inner(*m_store);
                record(MovementKind::Receipt, "5", m_main);
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("15"));
            // outer goes out of scope without commit
        }
        QCOMPARE(m_store->movementCount(), 0);
        QVERIFY(m_store->balances().isEmpty());
        {
            StoreTransaction outer(*m_store);
            {
                StoreTransaction inner(*m_store);
                record(MovementKind::Receipt, "5", m_main);
                // inner rolled back
            }
            record(MovementKind::Receipt, "1", m_main);
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(m_store->movementCount(), 1);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("1"));
    }

    void alerts()
    {
        // Reorder point 5, stocked nowhere: low stock without a location.
        QList<Alert> list = m_store->alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kind, AlertKind::LowStock);
        QVERIFY(list[0].locationId.isNull());

        record(MovementKind::Receipt, "10", m_main);
        QVERIFY(m_store->alerts().isEmpty());
        record(MovementKind::Issue, "5", m_main); // 5 <= 5
        list = m_store->alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kind, AlertKind::LowStock);
        QCOMPARE(list[0].locationCode, QStringLiteral("MAIN"));
        QCOMPARE(list[0].quantity.toString(), QStringLiteral("5"));

        record(MovementKind::Issue, "1", m_shop); // negative at the shop
        list = m_store->alerts();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].kind, AlertKind::NegativeStock);
        QCOMPARE(list[0].locationCode, QStringLiteral("SHOP"));
        QCOMPARE(list[0].quantity.toString(), QStringLiteral("-1"));

        // An archived location raises no alert, negative or low, like an archived product.
        Location shop = m_shop;
        shop.archived = true;
        QVERIFY(m_store->updateLocation(shop).ok());
        list = m_store->alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kind, AlertKind::LowStock);
        QCOMPARE(list[0].locationCode, QStringLiteral("MAIN"));
        shop.archived = false;
        QVERIFY(m_store->updateLocation(shop).ok());
        record(MovementKind::Receipt, "2", m_shop); // 1 <= 5
        QCOMPARE(m_store->alerts().size(), 2);
        shop.archived = true;
        QVERIFY(m_store->updateLocation(shop).ok());
        Location main = m_main;
        main.archived = true;
        QVERIFY(m_store->updateLocation(main).ok());
        // Stock only in archived locations is stock nowhere: the product is low, without a location.
        list = m_store->alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kind, AlertKind::LowStock);
        QVERIFY(list[0].locationId.isNull());
        shop.archived = false;
        QVERIFY(m_store->updateLocation(shop).ok());
        list = m_store->alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].locationCode, QStringLiteral("SHOP"));
        QCOMPARE(list[0].quantity.toString(), QStringLiteral("1"));
    }

    /// An acknowledgement hides an alert as it was; a change of its situation brings it back.
    void alertAcknowledgements()
    {
        const auto find = [this](AlertKind kind, const Location *at) {
            for (const Alert &a : m_store->alerts())
                if (a.kind == kind && a.productId == m_soap.id && a.locationId == (at ? at->id : QUuid()))
                    return std::optional<Alert>(a);
            return std::optional<Alert>();
        };
        // "Stocked nowhere" has no location.
        auto nowhere = find(AlertKind::LowStock, nullptr);
        QVERIFY(nowhere && !nowhere->acknowledged);
        QVERIFY(m_store->acknowledgeAlert(*nowhere).ok());
        nowhere = find(AlertKind::LowStock, nullptr);
        QVERIFY(nowhere->acknowledged);
        QCOMPARE(nowhere->acknowledgedBy, QStringLiteral("alice"));
        QVERIFY(qAbs(nowhere->acknowledgedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        record(MovementKind::Receipt, "10", m_main);
        record(MovementKind::Issue, "7", m_main); // 3 <= 5
        auto low = find(AlertKind::LowStock, &m_main);
        QVERIFY(low && !low->acknowledged);
        const qint64 outbox = m_store->pendingOutboxCount();
        QVERIFY(m_store->acknowledgeAlert(*low).ok());
        QCOMPARE(m_store->pendingOutboxCount(), outbox); // not synced (yet)
        QVERIFY(find(AlertKind::LowStock, &m_main)->acknowledged);
        // Unrelated stock elsewhere does not change it.
        record(MovementKind::Receipt, "1", m_shop);
        QVERIFY(find(AlertKind::LowStock, &m_main)->acknowledged);

        // The stock drops further: back.
        record(MovementKind::Issue, "1", m_main);
        low = find(AlertKind::LowStock, &m_main);
        QVERIFY(low && !low->acknowledged);
        QVERIFY(m_store->acknowledgeAlert(*low).ok());
        QVERIFY(find(AlertKind::LowStock, &m_main)->acknowledged);

        // Resolved, then triggered again at the very same quantity: back too.
        record(MovementKind::Receipt, "20", m_main);
        QVERIFY(!find(AlertKind::LowStock, &m_main));
        record(MovementKind::Issue, "20", m_main);
        low = find(AlertKind::LowStock, &m_main);
        QVERIFY(low && !low->acknowledged);
        QCOMPARE(low->quantity.toString(), QStringLiteral("2"));

        // What the user acknowledged is what they saw: an older view does not cover the new quantity.
        Alert stale = *low;
        record(MovementKind::Issue, "1", m_main);
        QVERIFY(m_store->acknowledgeAlert(stale).ok());
        QVERIFY(!find(AlertKind::LowStock, &m_main)->acknowledged);

        // Low and negative are different alerts.
        QVERIFY(m_store->acknowledgeAlert(*find(AlertKind::LowStock, &m_main)).ok());
        record(MovementKind::Issue, "3", m_main); // -2
        auto negative = find(AlertKind::NegativeStock, &m_main);
        QVERIFY(negative && !negative->acknowledged);

        // Acknowledgements are events: never updated nor deleted; an unknown product is refused.
        QSqlQuery q(m_store->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM alert_acks")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE alert_acks SET quantity = 0")));
        Alert ghost = *negative;
        ghost.productId = UuidV7::generate();
        QCOMPARE(m_store->acknowledgeAlert(ghost).error().code, QStringLiteral("unknown_product"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alert_acks")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
    }

    /// The products screen's filters: category, products with a stock alert (as alerts() has them).
    void productFilters()
    {
        Product towel;
        towel.sku = QStringLiteral("TOWEL-1");
        towel.name = QStringLiteral("Serviette");
        towel.category = QStringLiteral("Linge");
        towel = m_store->addProduct(towel).value();
        QCOMPARE(m_store->productCategories(), (QStringList{QStringLiteral("Hygiène"), QStringLiteral("Linge")}));
        ProductFilter filter;
        filter.category = QStringLiteral("Linge");
        QCOMPARE(m_store->products(filter, 100).size(), 1);
        QCOMPARE(m_store->products(filter, 100).first().id, towel.id);
        // Soap (reorder point 5) stocked nowhere is an alert; the towel has no reorder point.
        filter = {};
        filter.stockAlertsOnly = true;
        QCOMPARE(m_store->products(filter, 100).size(), 1);
        QCOMPARE(m_store->productIdsWithStockAlerts(), QSet<QUuid>{m_soap.id});
        record(MovementKind::Receipt, "10", m_main);
        QVERIFY(m_store->products(filter, 100).isEmpty());
        QVERIFY(m_store->productIdsWithStockAlerts().isEmpty());
        MovementDraft d;
        d.productId = towel.id;
        d.locationId = m_shop.id;
        d.kind = MovementKind::Issue;
        d.quantity = qty("1");
        QVERIFY(m_store->recordMovement(d).ok()); // negative: an alert without a reorder point
        QCOMPARE(m_store->products(filter, 100).first().id, towel.id);
        filter.category = QStringLiteral("Hygiène");
        QVERIFY(m_store->products(filter, 100).isEmpty());
        // Archived products only when asked.
        QVERIFY(m_store->setProductArchived(towel.id, true).ok());
        filter = {};
        filter.category = QStringLiteral("Linge");
        QVERIFY(m_store->products(filter, 100).isEmpty());
        filter.includeArchived = true;
        QCOMPARE(m_store->products(filter, 100).size(), 1);
    }

    void journalFiltersAndPaging()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (int i = 0; i < 25; ++i)
            record(i % 5 == 0 ? MovementKind::Issue : MovementKind::Receipt, "1", i % 2 ? m_shop : m_main);
        m_store->setUserId(QStringLiteral("bob"));
        record(MovementKind::Loss, "1", m_main);

        JournalFilter all;
        QCOMPARE(m_store->journalCount(all), 26);
        all.limit = 10;
        const QList<Movement> page1 = m_store->journal(all);
        QCOMPARE(page1.size(), 10);
        QCOMPARE(page1.first().kind, MovementKind::Loss); // newest first
        all.offset = 20;
        QCOMPARE(m_store->journal(all).size(), 6);

        JournalFilter byKind;
        byKind.kind = MovementKind::Issue;
        QCOMPARE(m_store->journalCount(byKind), 5);
        JournalFilter byLocation;
        byLocation.locationId = m_shop.id;
        QCOMPARE(m_store->journalCount(byLocation), 12);
        JournalFilter byUser;
        byUser.userId = QStringLiteral("bob");
        QCOMPARE(m_store->journal(byUser).size(), 1);
        JournalFilter byProduct;
        byProduct.productId = UuidV7::generate();
        QCOMPARE(m_store->journalCount(byProduct), 0);
        JournalFilter byDate;
        byDate.from = start;
        byDate.to = start.addSecs(3600);
        QCOMPARE(m_store->journalCount(byDate), 26);
        byDate.from = start.addSecs(3600);
        byDate.to = QDateTime();
        QCOMPARE(m_store->journalCount(byDate), 0);

        JournalFilter absurd;
        absurd.limit = 1'000'000'000;
        absurd.offset = -5;
        QCOMPARE(m_store->journal(absurd).size(), 26);
    }

    void journalKeysetPaging()
    {
        for (int i = 0; i < 23; ++i)
            record(i % 3 == 0 ? MovementKind::Issue : MovementKind::Receipt, "1", m_main);
        // Movements pulled from elsewhere may share an HLC: the id breaks the tie, as in the order.
        const Hlc shared = m_store->clock().now();
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_store->insertMovement(fromElsewhere(MovementKind::Issue, "1", m_shop, shared)).value());
        record(MovementKind::Loss, "1", m_main);

        for (const std::optional<MovementKind> kind :
             {std::optional<MovementKind>(), std::optional(MovementKind::Issue)}) {
            JournalFilter filter;
            filter.kind = kind;
            filter.limit = 1000;
            const QList<Movement> all = m_store->journal(filter);
            QCOMPARE(qint64(all.size()), m_store->journalCount(filter));
            QVERIFY(all.size() > 10);
            // Newest first, and rows of one HLC by id (text order, as every device orders them).
            for (qsizetype i = 1; i < all.size(); ++i)
                QVERIFY(all.at(i - 1).hlc > all.at(i).hlc
                        || (all.at(i - 1).hlc == all.at(i).hlc && uuidToText(all.at(i - 1).id) > uuidToText(all.at(i).id)));

            // Forward by key, 3 at a time: the same rows as one read, in the same order, none twice.
            filter.limit = 3;
            QList<QList<Movement>> pages;
            for (std::optional<JournalKey> after;;) {
                filter.after = after;
                const QList<Movement> page = m_store->journal(filter);
                if (page.isEmpty())
                    break;
                QVERIFY(page.size() <= 3);
                pages << page;
                after = JournalKey::of(page.last());
                QVERIFY(pages.size() < 100);
            }
            QList<QUuid> walked;
            for (const auto &page : std::as_const(pages))
                for (const Movement &m : page)
                    walked << m.id;
            QList<QUuid> expected;
            for (const Movement &m : all)
                expected << m.id;
            QCOMPARE(walked, expected);
            QVERIFY(pages.size() >= 4);
            // The count ignores the paging keys.
            QCOMPARE(m_store->journalCount(filter), qint64(all.size()));

            // Backward by key from each page: exactly the page before it, still newest first.
            filter.after.reset();
            for (int i = pages.size() - 1; i > 0; --i) {
                filter.before = JournalKey::of(pages.at(i).first());
                const QList<Movement> previous = m_store->journal(filter);
                QCOMPARE(previous.size(), pages.at(i - 1).size());
                for (int j = 0; j < previous.size(); ++j)
                    QCOMPARE(previous.at(j).id, pages.at(i - 1).at(j).id);
            }
            // A key and an offset: two pages on from the first one.
            filter.before.reset();
            filter.after = JournalKey::of(pages.first().last());
            filter.offset = 3;
            QCOMPARE(m_store->journal(filter).first().id, pages.at(2).first().id);
            filter.after.reset();
            filter.before = JournalKey::of(pages.at(3).first());
            QCOMPARE(m_store->journal(filter).first().id, pages.at(1).first().id);
        }
    }

    void journalQueriesUseAnIndex_data()
    {
        QTest::addColumn<int>("kind");     // -1: any
        QTest::addColumn<QString>("user"); // empty: any
        QTest::addColumn<bool>("dated");
        QTest::addColumn<int>("paging"); // 0: first page, 1: after a key, 2: before a key
        for (int paging = 0; paging < 3; ++paging) {
            const QByteArray suffix = QByteArrayList{"first page", "after a key", "before a key"}.at(paging);
            QTest::newRow("kind, " + suffix) << int(MovementKind::Loss) << QString() << false << paging;
            QTest::newRow("user, " + suffix) << -1 << QStringLiteral("bob") << false << paging;
            QTest::newRow("kind and user, " + suffix)
                << int(MovementKind::Issue) << QStringLiteral("bob") << false << paging;
            QTest::newRow("kind and dates, " + suffix) << int(MovementKind::Receipt) << QString() << true << paging;
            QTest::newRow("user and dates, " + suffix) << -1 << QStringLiteral("bob") << true << paging;
        }
    }

    void journalQueriesUseAnIndex()
    {
        // With a million movements, a filter that scans the log reads all of them for each page
        // and for its count: every step of both plans must search an index instead.
        QFETCH(int, kind);
        QFETCH(QString, user);
        QFETCH(bool, dated);
        QFETCH(int, paging);
        for (int i = 0; i < 30; ++i)
            record(i % 2 ? MovementKind::Issue : MovementKind::Receipt, "1", m_main);
        JournalFilter filter;
        if (kind >= 0)
            filter.kind = MovementKind(kind);
        filter.userId = user;
        if (dated) {
            filter.from = QDateTime::currentDateTimeUtc().addDays(-7);
            filter.to = QDateTime::currentDateTimeUtc().addDays(1);
        }
        const JournalKey key = JournalKey::of(m_store->journal({}).at(10));
        if (paging == 1)
            filter.after = key;
        else if (paging == 2)
            filter.before = key;
        const QStringList plan = m_store->journalQueryPlanForTesting(filter);
        QVERIFY(plan.size() >= 2);
        for (const QString &step : plan) {
            QVERIFY2(!step.startsWith(QStringLiteral("SCAN")), qPrintable(plan.join(QStringLiteral(" | "))));
            // The page comes in index order: no sort of everything the filter matches. (Rows of the
            // same HLC are put in id order among themselves, "RIGHT PART OF ORDER BY": the indexes
            // end with the HLC, and SQLite streams that sort, stopping at the page's end.)
            QVERIFY2(!step.contains(QStringLiteral("TEMP B-TREE")) || step.contains(QStringLiteral("RIGHT PART")),
                     qPrintable(plan.join(QStringLiteral(" | "))));
        }
        const QString steps = plan.join(QStringLiteral(" | "));
        QVERIFY2(steps.contains(QStringLiteral("movements_kind")) || steps.contains(QStringLiteral("movements_user")),
                 qPrintable(steps));
    }

    void locationValidation()
    {
        Location dup;
        dup.code = QStringLiteral("MAIN");
        dup.name = QStringLiteral("Again");
        auto result = m_store->addLocation(dup);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("duplicate_location_code"));

        Location zone;
        zone.code = QStringLiteral("MAIN-A1");
        zone.name = QStringLiteral("Aisle 1");
        zone.type = LocationType::Zone;
        zone.parentId = m_main.id;
        auto added = m_store->addLocation(zone);
        QVERIFY(added.ok());
        Location cyclic = m_main;
        cyclic.parentId = added->id;
        auto refused = m_store->updateLocation(cyclic);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("invalid_parent"));
        QCOMPARE(m_store->locations().size(), 3);
    }

    void suppliers()
    {
        Supplier s;
        s.name = QStringLiteral("Savonnerie du Midi");
        auto added = m_store->addSupplier(s);
        QVERIFY(added.ok());
        Product p = m_soap;
        p.preferredSupplierId = added->id;
        QVERIFY(m_store->updateProduct(p).ok());
        QCOMPARE(m_store->productById(m_soap.id)->preferredSupplierId, added->id);
        p.preferredSupplierId = UuidV7::generate();
        auto refused = m_store->updateProduct(p);
        QCOMPARE(refused.error().code, QStringLiteral("unknown_supplier"));
        Supplier empty;
        QCOMPARE(m_store->addSupplier(empty).error().code, QStringLiteral("missing_field"));
        QCOMPARE(m_store->suppliers().size(), 1);
    }

    void rebuildBalancesMatchesLog()
    {
        record(MovementKind::Receipt, "10", m_main);
        record(MovementKind::Count, "4", m_main);
        record(MovementKind::Issue, "1", m_main);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE balances SET quantity = 999000")));
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("999"));
        QVERIFY(m_store->rebuildBalances().ok());
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("3"));
        checkBalancesAgreeWithLog();
    }

    void pushResultsEmptyTheOutbox()
    {
        const Movement accepted = record(MovementKind::Receipt, "10", m_main);
        const Movement duplicate = record(MovementKind::Issue, "1", m_main);
        const QList<OutboxEntry> outbox = m_store->pendingOutbox();
        const qint64 last = outbox.last().seq;
        // The product is edited after the push was built: that later entry must stay.
        Product edited = m_soap;
        edited.name = QStringLiteral("Savon d'Alep");
        QVERIFY(m_store->updateProduct(edited).ok());

        QList<PushResult> results;
        for (const OutboxEntry &entry : outbox) {
            PushResult r;
            r.entity = entry.entity;
            r.entityId = entry.entityId;
            r.outboxSeq = last;
            r.status = entry.entityId == duplicate.id ? PushResult::Status::Duplicate : PushResult::Status::Accepted;
            r.serverSeq = entry.entityId == accepted.id ? 41 : (entry.entityId == duplicate.id ? 42 : 0);
            results << r;
        }
        QVERIFY(m_store->recordPushResults(results).ok());
        const QList<OutboxEntry> left = m_store->pendingOutbox();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().entityId, m_soap.id);
        QCOMPARE(m_store->movementById(accepted.id)->serverSeq, 41);
        QCOMPARE(m_store->movementById(duplicate.id)->serverSeq, 42);
        QVERIFY(m_store->rejections().isEmpty());
    }

    void pushResultsRemoveTheRangeTheyCovered()
    {
        // A product edited three times, a movement between: the push planned the product's latest
        // entry of the window, covering the first two; the third, queued after, stays.
        Product edited = m_soap;
        edited.name = QStringLiteral("Savon 1");
        QVERIFY(m_store->updateProduct(edited).ok());
        const Movement movement = record(MovementKind::Receipt, "3", m_main);
        edited.name = QStringLiteral("Savon 2");
        QVERIFY(m_store->updateProduct(edited).ok());
        const QList<OutboxItem> window = m_store->pendingOutboxItems(100);
        edited.name = QStringLiteral("Savon 3");
        QVERIFY(m_store->updateProduct(edited).ok());

        qint64 firstProductSeq = 0;
        qint64 lastProductSeq = 0;
        qint64 movementSeq = 0;
        for (const OutboxItem &item : window) {
            if (item.entry.entityId == movement.id) {
                QVERIFY(item.movement.has_value());
                QVERIFY(item.movement->id == movement.id);
                QCOMPARE(item.movement->quantity.toString(), QStringLiteral("3"));
                movementSeq = item.entry.seq;
            } else if (item.entry.entityId == m_soap.id) {
                QVERIFY(!item.movement.has_value());
                if (firstProductSeq == 0)
                    firstProductSeq = item.entry.seq;
                lastProductSeq = item.entry.seq;
            }
        }
        QVERIFY(firstProductSeq > 0 && lastProductSeq > firstProductSeq && movementSeq > 0);
        PushResult product;
        product.entity = QStringLiteral("product");
        product.entityId = m_soap.id;
        product.firstOutboxSeq = firstProductSeq;
        product.outboxSeq = lastProductSeq;
        PushResult moved;
        moved.entity = QStringLiteral("movement");
        moved.entityId = movement.id;
        moved.firstOutboxSeq = movementSeq;
        moved.outboxSeq = movementSeq;
        moved.serverSeq = 9;
        QVERIFY(m_store->recordPushResults({product, moved}).ok());

        const QList<OutboxEntry> left = m_store->pendingOutbox();
        QVERIFY(!left.isEmpty());
        for (const OutboxEntry &entry : left) {
            QVERIFY(entry.entityId != movement.id);
            QVERIFY(entry.entityId != m_soap.id || entry.seq > lastProductSeq);
        }
        QCOMPARE(std::count_if(left.begin(), left.end(), [&](const OutboxEntry &e) { return e.entityId == m_soap.id; }),
                 1);
        QCOMPARE(m_store->movementById(movement.id)->serverSeq, 9);
    }

    void rejectedMovementStopsCountingUntilRetried()
    {
        record(MovementKind::Receipt, "10", m_main);
        const Movement rejected = record(MovementKind::Issue, "4", m_main);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("6"));
        PushResult r;
        r.entity = QStringLiteral("movement");
        r.entityId = rejected.id;
        r.outboxSeq = m_store->pendingOutbox().last().seq;
        r.status = PushResult::Status::Rejected;
        r.code = QStringLiteral("tenant_suspended");
        r.message = QStringLiteral("The account is suspended.");
        QVERIFY(m_store->recordPushResults({r}).ok());

        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("10"));
        checkBalancesAgreeWithLog();
        QCOMPARE(m_store->rejections().size(), 1);
        QCOMPARE(m_store->rejections().first().code, QStringLiteral("tenant_suspended"));
        QVERIFY(m_store->movementById(rejected.id).has_value()); // kept in the log
        for (const OutboxEntry &e : m_store->pendingOutbox())
            QVERIFY(e.entityId != rejected.id);

        QVERIFY(m_store->retryRejected(rejected.id).ok());
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("6"));
        QVERIFY(m_store->rejections().isEmpty());
        QCOMPARE(m_store->pendingOutbox().last().entityId, rejected.id);
        checkBalancesAgreeWithLog();

        QVERIFY(m_store->recordPushResults({r}).ok());
        QVERIFY(m_store->discardRejected(rejected.id).ok());
        QVERIFY(m_store->rejections().isEmpty());
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("10"));
        checkBalancesAgreeWithLog();
        QCOMPARE(m_store->discardRejected(UuidV7::generate()).error().code, QStringLiteral("unknown_rejection"));
        QCOMPARE(m_store->retryRejected(UuidV7::generate()).error().code, QStringLiteral("unknown_rejection"));
    }

    void rejectedCountGivesWayToTheEarlierOne()
    {
        record(MovementKind::Count, "3", m_main);
        const Movement count = record(MovementKind::Count, "50", m_main);
        record(MovementKind::Receipt, "1", m_main);
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("51"));
        PushResult r{QStringLiteral("movement"),   count.id, m_store->pendingOutbox().last().seq,
                     PushResult::Status::Rejected, 0,        QStringLiteral("invalid_movement"),
                     QStringLiteral("no")};
        QVERIFY(m_store->recordPushResults({r}).ok());
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("4"));
        checkBalancesAgreeWithLog();
    }

    void pulledPagesAreIdempotentAndKeepTheirCursor()
    {
        QCOMPARE(m_store->pullCursor(), 0);
        const Movement own = record(MovementKind::Receipt, "10", m_main);
        Movement remote;
        remote.id = UuidV7::generate();
        remote.productId = m_soap.id;
        remote.locationId = m_shop.id;
        remote.kind = MovementKind::Receipt;
        remote.quantity = qty("2");
        remote.userId = QStringLiteral("bob");
        remote.deviceId = QStringLiteral("device-2");
        remote.hlc = Hlc::fromParts(QDateTime::currentMSecsSinceEpoch() + 60'000, 0);
        remote.serverSeq = 8;
        Movement ownEcho = own;
        ownEcho.serverSeq = 7;

        auto applied = m_store->applyPulledMovements({ownEcho, remote}, 8);
        QVERIFY(applied.ok());
        QCOMPARE(applied.value(), 1);
        QCOMPARE(m_store->pullCursor(), 8);
        QCOMPARE(m_store->movementById(own.id)->serverSeq, 7);
        QCOMPARE(m_store->movementById(remote.id)->serverSeq, 8);
        {
            // A pulled row holds its sequence; this device's own movement gets it in movement_acks
            // (its row was written before the push, and the log is append-only).
            QSqlQuery q(m_store->database());
            QVERIFY(q.exec(QStringLiteral("SELECT m.id, m.server_seq, a.server_seq FROM movements m"
                                          " LEFT JOIN movement_acks a ON a.movement_id = m.id")));
            int rows = 0;
            while (q.next()) {
                ++rows;
                const bool pulled = q.value(0).toString() == uuidToText(remote.id);
                QCOMPARE(q.value(1).isNull(), !pulled);
                QCOMPARE(q.value(2).isNull(), pulled);
                QCOMPARE(pulled ? q.value(1).toLongLong() : q.value(2).toLongLong(), pulled ? 8 : 7);
            }
            QCOMPARE(rows, 2);
        }
        QCOMPARE(m_store->balance(m_soap.id, m_shop.id).toString(), QStringLiteral("2"));
        QVERIFY(m_store->clock().last() >= remote.hlc); // the clock observed the pull
        // Pulled movements are not pushed back.
        for (const OutboxEntry &e : m_store->pendingOutbox())
            QVERIFY(e.entityId != remote.id);

        // The same page again: nothing changes.
        QCOMPARE(m_store->applyPulledMovements({ownEcho, remote}, 8).value(), 0);
        QCOMPARE(m_store->balance(m_soap.id, m_shop.id).toString(), QStringLiteral("2"));

        // A page that goes backwards is refused.
        QCOMPARE(m_store->applyPulledMovements({}, 3).error().code, QStringLiteral("cursor_backwards"));

        // A page with a bad movement is refused whole, cursor included.
        Movement good = remote;
        good.id = UuidV7::generate();
        Movement bad = remote;
        bad.id = UuidV7::generate();
        bad.productId = UuidV7::generate();
        auto refused = m_store->applyPulledMovements({good, bad}, 20);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("unknown_product"));
        QCOMPARE(m_store->pullCursor(), 8);
        QVERIFY(!m_store->movementById(good.id));
        QCOMPARE(m_store->balance(m_soap.id, m_shop.id).toString(), QStringLiteral("2"));
    }

    void deferredPullRebuildsBalancesAndSurvivesACrash()
    {
        // A pull that fills the store applies its pages without balance updates (marked stale in
        // the same transaction) and rebuilds them once; a store closed before the rebuild (a
        // crash) opens with them rebuilt. The rebuild follows the COUNT rule, voided counts,
        // rejected movements and merged products like the per-row updates do.
        const Movement rejected = record(MovementKind::Receipt, "100", m_main);
        PushResult refusal{QStringLiteral("movement"),   rejected.id, m_store->pendingOutbox().last().seq,
                           PushResult::Status::Rejected, 0,           QStringLiteral("forbidden"),
                           QStringLiteral("no")};
        QVERIFY(m_store->recordPushResults({refusal}).ok());
        const Movement own = record(MovementKind::Receipt, "5", m_shop);
        Product other;
        other.sku = QStringLiteral("OTHER");
        other.name = QStringLiteral("Other");
        other = m_store->addProduct(other).value();
        QList<Movement> page1;
        QList<Movement> page2;
        qint64 seq = 0;
        quint64 hlc = Hlc::fromParts(QDateTime::currentMSecsSinceEpoch() + 60'000, 0).raw();
        const auto pulled = [&](const QUuid &product, const Location &at, MovementKind kind, const char *quantity) {
            Movement m;
            m.id = UuidV7::generate();
            m.productId = product;
            m.locationId = at.id;
            m.kind = kind;
            m.quantity = qty(quantity);
            m.userId = QStringLiteral("bob");
            m.deviceId = QStringLiteral("device-2");
            m.hlc = Hlc(hlc += 10);
            m.serverSeq = ++seq;
            return m;
        };
        page1 << pulled(m_soap.id, m_main, MovementKind::Receipt, "10");
        const Movement count = pulled(m_soap.id, m_main, MovementKind::Count, "7");
        page1 << count << pulled(m_soap.id, m_main, MovementKind::Issue, "-2");
        page1 << pulled(other.id, m_main, MovementKind::Receipt, "3");
        Movement ownEcho = own;
        ownEcho.serverSeq = ++seq;
        page1 << ownEcho;
        const Movement laterCount = pulled(m_soap.id, m_shop, MovementKind::Count, "50");
        page2 << laterCount;
        Movement voiding = pulled(m_soap.id, m_shop, MovementKind::Count, "0");
        voiding.reversesId = laterCount.id;
        page2 << voiding << pulled(m_soap.id, m_shop, MovementKind::Issue, "-1");
        const Movement olderDelta = [&] {
            Movement m = pulled(m_soap.id, m_main, MovementKind::Receipt, "1000");
            m.hlc = Hlc(count.hlc.raw() - 5); // before the count: does not count
            return m;
        }();
        page2 << olderDelta;

        // The log's secondary indexes, as the schema made them: gone during the pull, the same after.
        const auto movementIndexes = [this] {
            QSqlQuery q(m_store->database());
            QStringList found;
            if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'movements'"
                                      " AND sql IS NOT NULL ORDER BY name")))
                while (q.next())
                    found << q.value(0).toString();
            return found;
        };
        const QStringList indexes = movementIndexes();
        QVERIFY(indexes.size() >= 5);
        const Quantity before = m_store->balance(m_soap.id, m_main.id);
        const qint64 firstCursor = ownEcho.serverSeq;
        const qint64 lastCursor = seq;
        auto applied = m_store->applyPulledPage({}, page1, firstCursor, PulledBalances::Defer);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(applied.value(), 4); // the own movement was there
        QVERIFY(m_store->balancesStale());
        QCOMPARE(m_store->balance(m_soap.id, m_main.id), before); // not updated yet
        QCOMPARE(m_store->movementById(own.id)->serverSeq, ownEcho.serverSeq);
        QCOMPARE(movementIndexes(), QStringList());

        // The same page again is a no-op; a page with an unknown product or an unknown reversed
        // movement is refused whole, though SQLite's own reference checks are off for such pages.
        QCOMPARE(m_store->applyPulledPage({}, page1, firstCursor, PulledBalances::Defer).value(), 0);
        Movement unknownProduct = pulled(UuidV7::generate(), m_main, MovementKind::Receipt, "1");
        Movement unknownReversal = pulled(m_soap.id, m_main, MovementKind::Issue, "1");
        unknownReversal.reversesId = UuidV7::generate();
        for (const Movement &bad : {unknownProduct, unknownReversal}) {
            auto refused = m_store->applyPulledPage({}, {page2.first(), bad}, lastCursor, PulledBalances::Defer);
            QVERIFY(!refused.ok());
            QVERIFY(!m_store->movementById(page2.first().id));
        }
        QCOMPARE(m_store->pullCursor(), firstCursor);
        // The connection's checks are back on: references and the kind CHECK are enforced again.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO movements (id, product_id, location_id, kind, quantity, user_id,"
                                       " device_id, hlc, recorded_at) VALUES ('x', '%1', '%2', 'STOLEN', 1, 'u', 'd',"
                                       " 1, 1)")
                            .arg(uuidToText(m_soap.id), uuidToText(m_main.id))));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO movements (id, product_id, location_id, kind, quantity, user_id,"
                                       " device_id, hlc, recorded_at) VALUES ('y', '%1', '%2', 'RECEIPT', 1, 'u', 'd',"
                                       " 1, 1)")
                            .arg(uuidToText(UuidV7::generate()), uuidToText(m_main.id))));

        QVERIFY(m_store->applyPulledPage({}, page2, lastCursor, PulledBalances::Defer).ok());
        QVERIFY(m_store->balancesStale());
        // A crash before the rebuild: the store opens with its balances rebuilt.
        m_store.reset();
        auto reopened = TenantStore::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(reopened.ok());
        m_store = std::move(reopened).value();
        QVERIFY(!m_store->balancesStale());
        QCOMPARE(movementIndexes(), indexes); // built again at the open, before the rebuild
        checkBalancesAgreeWithLog();
        QCOMPARE(m_store->balance(m_soap.id, m_main.id).toString(), QStringLiteral("5")); // count 7, then -2
        QCOMPARE(m_store->balance(m_soap.id, m_shop.id).toString(), QStringLiteral("4")); // void: 5 - 1
        QCOMPARE(m_store->balance(other.id, m_main.id).toString(), QStringLiteral("3"));
        QVERIFY(m_store->rebuildStaleBalances().ok()); // nothing to do
        checkBalancesAgreeWithLog();

        // A pull that ends normally builds them again too, with the balances.
        Movement third = pulled(other.id, m_shop, MovementKind::Receipt, "2");
        QVERIFY(m_store->applyPulledPage({}, {third}, third.serverSeq, PulledBalances::Defer).ok());
        QCOMPARE(movementIndexes(), QStringList());
        QVERIFY(m_store->rebuildStaleBalances().ok());
        QCOMPARE(movementIndexes(), indexes);
        QCOMPARE(m_store->balance(other.id, m_shop.id).toString(), QStringLiteral("2"));
        checkBalancesAgreeWithLog();
    }

    void lastSyncTime()
    {
        QVERIFY(!m_store->lastSyncAt().isValid());
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        QVERIFY(m_store->setLastSyncAt(when).ok());
        QCOMPARE(m_store->lastSyncAt(), when);
    }

    void catalogRecordsRoundTrip()
    {
        Product full = m_soap;
        full.costPrice = Money(250, QStringLiteral("EUR"));
        full.reorderQuantity = qty("12.5");
        full.barcodes << QStringLiteral("999");
        QVERIFY(m_store->updateProduct(full).ok());
        const auto record = m_store->catalogRecord(QStringLiteral("product"), m_soap.id);
        QVERIFY(record);
        QCOMPARE(record->fields.value(QStringLiteral("cost_price")).toString(), QStringLiteral("2.50 EUR"));
        QCOMPARE(record->fields.value(QStringLiteral("reorder_quantity")).toString(), QStringLiteral("12.5"));
        QVERIFY(record->fields.value(QStringLiteral("sale_price")).isNull());

        QTemporaryDir dir;
        auto other = TenantStore::open(dir.filePath(QStringLiteral("other.sqlite"))).value();
        QVERIFY(other->mergeCatalogRecord(*m_store->catalogRecord(QStringLiteral("location"), m_main.id)).ok());
        QVERIFY(other->mergeCatalogRecord(*record).ok());
        const auto copy = other->catalogRecord(QStringLiteral("product"), m_soap.id);
        QVERIFY(copy);
        QCOMPARE(copy->fields, record->fields);
        QCOMPARE(copy->stamps, record->stamps);
        QCOMPARE(other->productByBarcode(QStringLiteral("999"))->id, m_soap.id);
        QCOMPARE(other->searchProducts(QStringLiteral("marseille")).size(), 1);
        QCOMPARE(other->pendingOutboxCount(), 0); // pulled records are not pushed back
        QVERIFY(!m_store->catalogRecord(QStringLiteral("product"), UuidV7::generate()));
        QVERIFY(!m_store->catalogRecord(QStringLiteral("widget"), m_soap.id));
    }

    void lastWriterWinsPerField()
    {
        // Two replicas edit the same product concurrently; whatever the order of merges, they agree.
        QTemporaryDir dir;
        auto other = TenantStore::open(dir.filePath(QStringLiteral("b.sqlite"))).value();
        QVERIFY(other->mergeCatalogRecord(*m_store->catalogRecord(QStringLiteral("product"), m_soap.id)).ok());

        Product here = m_soap;
        here.name = QStringLiteral("Name from A");
        QVERIFY(m_store->updateProduct(here).ok());
        Product there = *other->productById(m_soap.id);
        there.category = QStringLiteral("Category from B");
        there.name = QStringLiteral("Name from B"); // later: B's clock has observed A's stamps
        other->clock().observe(m_store->clock().last());
        QVERIFY(other->updateProduct(there).ok());

        const CatalogRecord a = *m_store->catalogRecord(QStringLiteral("product"), m_soap.id);
        const CatalogRecord b = *other->catalogRecord(QStringLiteral("product"), m_soap.id);
        QVERIFY(m_store->mergeCatalogRecord(b).ok());
        QVERIFY(other->mergeCatalogRecord(a).ok());
        QVERIFY(other->mergeCatalogRecord(a).ok()); // idempotent
        const Product mergedA = *m_store->productById(m_soap.id);
        const Product mergedB = *other->productById(m_soap.id);
        QCOMPARE(mergedA.name, QStringLiteral("Name from B"));
        QCOMPARE(mergedA.category, QStringLiteral("Category from B"));
        QCOMPARE(mergedB.name, mergedA.name);
        QCOMPARE(mergedB.category, mergedA.category);
        QCOMPARE(mergedB.stamps, mergedA.stamps);

        // An older write never overrides a newer one.
        CatalogRecord stale = a;
        stale.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("stale")}};
        stale.stamps = {{QStringLiteral("name"), Hlc::fromParts(1, 0)}};
        QVERIFY(m_store->mergeCatalogRecord(stale).ok());
        QCOMPARE(m_store->productById(m_soap.id)->name, QStringLiteral("Name from B"));

        // Equal stamps: the greater JSON text wins, on every replica.
        const Hlc tie = Hlc::fromParts(QDateTime::currentMSecsSinceEpoch() + 3'600'000, 0);
        CatalogRecord x = a;
        x.fields = QJsonObject{{QStringLiteral("unit"), QStringLiteral("kg")}};
        x.stamps = {{QStringLiteral("unit"), tie}};
        CatalogRecord y = x;
        y.fields = QJsonObject{{QStringLiteral("unit"), QStringLiteral("box")}};
        QVERIFY(m_store->mergeCatalogRecord(x).ok());
        QVERIFY(m_store->mergeCatalogRecord(y).ok());
        QVERIFY(other->mergeCatalogRecord(y).ok());
        QVERIFY(other->mergeCatalogRecord(x).ok());
        QCOMPARE(m_store->productById(m_soap.id)->unit, QStringLiteral("kg"));
        QCOMPARE(other->productById(m_soap.id)->unit, QStringLiteral("kg"));

        // Garbage is refused whole.
        CatalogRecord unstamped = a;
        unstamped.stamps.remove(QStringLiteral("name"));
        QCOMPARE(m_store->mergeCatalogRecord(unstamped).error().code, QStringLiteral("invalid_catalog_item"));
        CatalogRecord nameless;
        nameless.entity = QStringLiteral("product");
        nameless.id = UuidV7::generate();
        nameless.fields = QJsonObject{{QStringLiteral("sku"), QStringLiteral("X")}};
        nameless.stamps = {{QStringLiteral("sku"), tie}};
        QCOMPARE(m_store->mergeCatalogRecord(nameless).error().code, QStringLiteral("invalid_catalog_item"));
        QVERIFY(!m_store->productBySku(QStringLiteral("X")));
    }

    void sameSkuOnTwoDevicesMergesIntoTheEarliest_data()
    {
        QTest::addColumn<bool>("remoteIsEarlier");
        QTest::newRow("remote created first") << true;
        QTest::newRow("local created first") << false;
    }

    void sameSkuOnTwoDevicesMergesIntoTheEarliest()
    {
        QFETCH(bool, remoteIsEarlier);
        const Hlc remoteCreated = remoteIsEarlier ? Hlc::fromParts(1000, 0)
                                                  : Hlc::fromParts(QDateTime::currentMSecsSinceEpoch() + 600'000, 0);
        Product local;
        local.sku = QStringLiteral("DUP");
        local.name = QStringLiteral("Local duplicate");
        local.barcodes = {QStringLiteral("555")};
        local = m_store->addProduct(local).value();
        MovementDraft receipt{local.id, m_main.id, MovementKind::Receipt, qty("3"), {}, {}, {}, {}};
        QVERIFY(m_store->recordMovement(receipt).ok());

        CatalogRecord remote;
        remote.entity = QStringLiteral("product");
        remote.id = UuidV7::generate();
        remote.fields = QJsonObject{{QStringLiteral("sku"), QStringLiteral("DUP")},
                                    {QStringLiteral("name"), QStringLiteral("Remote duplicate")},
                                    {QStringLiteral("barcodes"), QJsonArray{QStringLiteral("555")}}};
        for (const QString &field : remote.fields.keys())
            remote.stamps.insert(field, remoteCreated);
        QVERIFY(m_store->mergeCatalogRecord(remote).ok());
        Movement remoteReceipt;
        remoteReceipt.id = UuidV7::generate();
        remoteReceipt.productId = remote.id;
        remoteReceipt.locationId = m_main.id;
        remoteReceipt.kind = MovementKind::Receipt;
        remoteReceipt.quantity = qty("4");
        remoteReceipt.userId = QStringLiteral("bob");
        remoteReceipt.deviceId = QStringLiteral("device-2");
        remoteReceipt.hlc = m_store->clock().now();
        QVERIFY(m_store->insertMovement(remoteReceipt).value());

        const QUuid winner = remoteIsEarlier ? remote.id : local.id;
        const QUuid loser = remoteIsEarlier ? local.id : remote.id;
        QCOMPARE(m_store->productBySku(QStringLiteral("DUP"))->id, winner);
        QCOMPARE(m_store->productById(loser)->mergedInto, winner);
        QCOMPARE(m_store->productByBarcode(QStringLiteral("555"))->id, winner);
        // Both logs count for the surviving product, nowhere else.
        QCOMPARE(m_store->balance(winner, m_main.id).toString(), QStringLiteral("7"));
        QCOMPARE(m_store->balance(loser, m_main.id).toString(), QStringLiteral("0"));
        int dupRows = 0;
        for (const Product &p : m_store->products())
            dupRows += p.sku == QStringLiteral("DUP");
        QCOMPARE(dupRows, 1);
        checkBalancesAgreeWithLog();
        // Movements on the merged product are refused locally; the survivor takes them.
        MovementDraft onLoser{loser, m_main.id, MovementKind::Issue, qty("1"), {}, {}, {}, {}};
        QCOMPARE(m_store->recordMovement(onLoser).error().code, QStringLiteral("product_merged"));
        MovementDraft onWinner{winner, m_main.id, MovementKind::Issue, qty("1"), {}, {}, {}, {}};
        QVERIFY(m_store->recordMovement(onWinner).ok());
        QCOMPARE(m_store->balance(winner, m_main.id).toString(), QStringLiteral("6"));
        checkBalancesAgreeWithLog();
    }

    void rejectedMovementOnMergedProductRecomputesTheSurvivor()
    {
        // The local product loses a SKU merge to an earlier remote one; its own receipt, still queued,
        // is then rejected and retried. Only the survivor's balance may change.
        Product local;
        local.sku = QStringLiteral("DUP");
        local.name = QStringLiteral("Local duplicate");
        local = m_store->addProduct(local).value();
        MovementDraft receipt{local.id, m_main.id, MovementKind::Receipt, qty("3"), {}, {}, {}, {}};
        const Movement localReceipt = m_store->recordMovement(receipt).value();

        CatalogRecord remote;
        remote.entity = QStringLiteral("product");
        remote.id = UuidV7::generate();
        remote.fields = QJsonObject{{QStringLiteral("sku"), QStringLiteral("DUP")},
                                    {QStringLiteral("name"), QStringLiteral("Remote duplicate")}};
        for (const QString &field : remote.fields.keys())
            remote.stamps.insert(field, Hlc::fromParts(1000, 0));
        QVERIFY(m_store->mergeCatalogRecord(remote).ok());
        QCOMPARE(m_store->productById(local.id)->mergedInto, remote.id);
        Movement remoteReceipt;
        remoteReceipt.id = UuidV7::generate();
        remoteReceipt.productId = remote.id;
        remoteReceipt.locationId = m_main.id;
        remoteReceipt.kind = MovementKind::Receipt;
        remoteReceipt.quantity = qty("4");
        remoteReceipt.userId = QStringLiteral("bob");
        remoteReceipt.deviceId = QStringLiteral("device-2");
        remoteReceipt.hlc = m_store->clock().now();
        QVERIFY(m_store->insertMovement(remoteReceipt, false).value());
        QCOMPARE(m_store->balance(remote.id, m_main.id).toString(), QStringLiteral("7"));

        qint64 seq = -1;
        for (const OutboxEntry &e : m_store->pendingOutbox())
            if (e.entityId == localReceipt.id)
                seq = e.seq;
        QVERIFY(seq >= 0);
        const PushResult r{
            QStringLiteral("movement"),         localReceipt.id,     seq, PushResult::Status::Rejected, 0,
            QStringLiteral("invalid_movement"), QStringLiteral("no")};
        QVERIFY(m_store->recordPushResults({r}).ok());
        QCOMPARE(m_store->balance(remote.id, m_main.id).toString(), QStringLiteral("4"));
        for (const Balance &b : m_store->balances())
            QVERIFY2(b.productId != local.id, "a balance row for the merged-away product");
        checkBalancesAgreeWithLog();

        QVERIFY(m_store->retryRejected(localReceipt.id).ok());
        QCOMPARE(m_store->balance(remote.id, m_main.id).toString(), QStringLiteral("7"));
        for (const Balance &b : m_store->balances())
            QVERIFY2(b.productId != local.id, "a balance row for the merged-away product");
        checkBalancesAgreeWithLog();
    }

    void pulledLocationTakesItsCode()
    {
        Location local;
        local.code = QStringLiteral("BACK");
        local.name = QStringLiteral("Back room (mine)");
        local = m_store->addLocation(local).value();
        CatalogRecord remote;
        remote.entity = QStringLiteral("location");
        remote.id = UuidV7::generate();
        remote.fields = QJsonObject{{QStringLiteral("code"), QStringLiteral("BACK")},
                                    {QStringLiteral("name"), QStringLiteral("Back room")},
                                    {QStringLiteral("type"), QStringLiteral("ZONE")}};
        for (const QString &field : remote.fields.keys())
            remote.stamps.insert(field, Hlc::fromParts(5, 0));
        QVERIFY(m_store->mergeCatalogRecord(remote).ok());
        QCOMPARE(m_store->locationByCode(QStringLiteral("BACK"))->id, remote.id);
        QCOMPARE(m_store->locationByCode(QStringLiteral("BACK"))->type, LocationType::Zone);
        QVERIFY(m_store->locationById(local.id)->code.startsWith(QStringLiteral("BACK~")));
    }

    void pulledPageIsAllOrNothing()
    {
        CatalogRecord supplier;
        supplier.entity = QStringLiteral("supplier");
        supplier.id = UuidV7::generate();
        supplier.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("Grossiste")}};
        supplier.stamps = {{QStringLiteral("name"), Hlc::fromParts(5, 0)}};
        CatalogRecord broken;
        broken.entity = QStringLiteral("gadget");
        broken.id = UuidV7::generate();
        auto refused = m_store->applyPulledPage({supplier, broken}, {}, 10);
        QVERIFY(!refused.ok());
        QVERIFY(!m_store->supplierById(supplier.id));
        QCOMPARE(m_store->pullCursor(), 0);
        QVERIFY(m_store->applyPulledPage({supplier}, {}, 10).ok());
        QCOMPARE(m_store->supplierById(supplier.id)->name, QStringLiteral("Grossiste"));
        QCOMPARE(m_store->pullCursor(), 10);
    }
};

QTEST_GUILESS_MAIN(TestTenantStore)
#include "tst_tenantstore.moc"
