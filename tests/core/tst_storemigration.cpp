#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace depot::core;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Runs `work` on a raw connection to `path` (no TenantStore involved).
template<typename Work>
void withRawDatabase(const QString &path, Work &&work)
{
    const QString name = QStringLiteral("raw-") + uuidToText(UuidV7::generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

} // namespace

/// Opening a store of every older schema version migrates it with its data; newer stores are refused.
class TestStoreMigration : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < TenantStore::kSchemaVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QString product = uuidToText(UuidV7::generate());
        const QString location = uuidToText(UuidV7::generate());
        const QString movement = uuidToText(UuidV7::generate());
        withRawDatabase(path, [&](QSqlDatabase &db) {
            QVERIFY(TenantStore::createSchemaAtVersionForTesting(db, version).ok());
            // Rows as a version-1 store holds them (every later version keeps these columns).
            exec(db, QStringLiteral("INSERT INTO locations (id, code, name) VALUES ('%1', 'MAIN', 'Main')").arg(location));
            exec(db, QStringLiteral("INSERT INTO products (id, sku, name, category, reorder_point)"
                                    " VALUES ('%1', 'OLD-1', 'Farine de blé', 'Épicerie', 5000)")
                         .arg(product));
            exec(db, QStringLiteral("INSERT INTO product_barcodes (barcode, product_id) VALUES ('123456', '%1')")
                         .arg(product));
            if (version >= 2) // the store keeps its search index itself from version 2 on
                exec(db, QStringLiteral("INSERT INTO product_search (rowid, sku, barcodes, name, category)"
                                        " SELECT num, sku, '123456', name, category FROM products"));
            exec(db, QStringLiteral("INSERT INTO movements (id, product_id, location_id, kind, quantity, user_id,"
                                    " device_id, hlc, recorded_at) VALUES ('%1', '%2', '%3', 'RECEIPT', 12500, 'u',"
                                    " 'd', 1000, 0)")
                         .arg(movement, product, location));
            exec(db, QStringLiteral("INSERT INTO balances (product_id, location_id, quantity) VALUES ('%1', '%2', 12500)")
                         .arg(product, location));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
        });

        auto opened = TenantStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &store = *opened.value();
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), TenantStore::kSchemaVersion);
        q.finish();

        // The data came through, and the newer features work on it.
        QCOMPARE(store.productBySku(QStringLiteral("OLD-1"))->name, QStringLiteral("Farine de blé"));
        QCOMPARE(store.productByBarcode(QStringLiteral("123456"))->sku, QStringLiteral("OLD-1"));
        QCOMPARE(store.searchProducts(QStringLiteral("farine")).size(), 1);      // FTS (version 2)
        QCOMPARE(store.searchProducts(QStringLiteral("epicerie")).size(), 1);
        QCOMPARE(store.searchProducts(QStringLiteral("1234")).size(), 1);
        QCOMPARE(store.movementById(uuidFromText(movement))->quantity.toString(), QStringLiteral("12.5"));
        QCOMPARE(store.balances().size(), 1);
        QCOMPARE(store.balances().first().quantity.toString(), QStringLiteral("12.5"));
        // New writes on the migrated store keep every invariant.
        MovementDraft draft{uuidFromText(product), uuidFromText(location), MovementKind::Issue,
                            Quantity::fromUnits(10), {}, {}, {}, {}};
        QVERIFY(store.recordMovement(draft).ok());
        QCOMPARE(store.alerts().size(), 1); // 2.5 <= 5
        QCOMPARE(store.balances().first().quantity.milli(), store.recomputeBalancesFromLog().first().quantity.milli());
    }

    void failedMigrationChangesNothing()
    {
        if (TenantStore::kSchemaVersion < 2)
            QFAIL("needs at least two schema versions");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        withRawDatabase(path, [&](QSqlDatabase &db) {
            QVERIFY(TenantStore::createSchemaAtVersionForTesting(db, 1).ok());
            // An object in the way of step 2 makes the migration fail half-way.
            exec(db, QStringLiteral("CREATE TABLE product_search (x)"));
            exec(db, QStringLiteral("INSERT INTO locations (id, code, name) VALUES ('%1', 'KEEP', 'Kept')")
                         .arg(uuidToText(UuidV7::generate())));
        });
        auto opened = TenantStore::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("migration_failed"));
        withRawDatabase(path, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("SELECT code FROM locations")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("KEEP"));
            q.finish();
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM movements_hlc"))); // nothing of step 2 stayed
        });
    }

    void refusesNewerStoreWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto store = TenantStore::open(path);
            QVERIFY(store.ok());
        }
        withRawDatabase(path, [&](QSqlDatabase &db) {
            exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(TenantStore::kSchemaVersion + 1));
        });
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        auto opened = TenantStore::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("store_too_new"));
        QVERIFY(opened.error().message.contains(QString::number(TenantStore::kSchemaVersion + 1)));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        withRawDatabase(path, [&](QSqlDatabase &db) { exec(db, QStringLiteral("CREATE TABLE invoices (id)")); });
        auto opened = TenantStore::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("not_a_store"));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
