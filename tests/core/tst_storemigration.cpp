#include "core/storeschema.h"
#include "core/tenantstore.h"
#include "core/uuid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

/// The statements of a frozen schema fixture (tests/core/schema/NAME.sql): one per paragraph, "--" lines
/// are comments, line breaks inside a statement are spaces.
QStringList fixture(const QString &name)
{
    QFile file(QStringLiteral(DEPOT_SCHEMA_FIXTURES "/%1.sql").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("--")))
            continue;
        if (line.trimmed().isEmpty()) {
            if (!current.trimmed().isEmpty())
                statements << current.simplified();
            current.clear();
        } else {
            current += u' ' + line;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.simplified();
    return statements;
}

/// The fixtures a store of `variant` was created from, as a released build (or, for "v3-edited", a
/// development build) wrote it.
QStringList fixturesFor(const QString &variant)
{
    if (variant == QLatin1String("v3-edited"))
        return {QStringLiteral("v3-edited")};
    QStringList names;
    for (int v = 1; v <= variant.mid(1).toInt(); ++v)
        names << QStringLiteral("v%1").arg(v);
    return names;
}

/// (type, name, table, normalized SQL) of every schema object, to compare two stores' schemas.
QStringList schemaOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")))
        return {q.lastError().text()};
    QStringList objects;
    while (q.next())
        objects << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString().simplified()}
                       .join(u'|');
    return objects;
}

} // namespace

/// Opening a store of every older schema version migrates it with its data; newer stores are refused.
class TestStoreMigration : public QObject
{
    Q_OBJECT

private slots:
    void releasedStepsAreFrozen()
    {
        // Steps before the newest one are released: stores in the field were created by exactly this SQL.
        // A change belongs in a new step; a step that drifts from its fixture fails here.
        const auto &steps = schema::migrationSteps();
        QCOMPARE(steps.size(), TenantStore::kSchemaVersion);
        for (int v = 1; v < TenantStore::kSchemaVersion; ++v) {
            const QStringList frozen = fixture(QStringLiteral("v%1").arg(v));
            QVERIFY2(!frozen.isEmpty(), qPrintable(QStringLiteral("no fixture tests/core/schema/v%1.sql").arg(v)));
            QStringList current;
            for (const QString &sql : steps.at(v - 1))
                current << sql.simplified();
            QVERIFY2(current == frozen, qPrintable(QStringLiteral("released schema step %1 was edited").arg(v)));
        }
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("variant");
        for (int v = 1; v < TenantStore::kSchemaVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v << QStringLiteral("v%1").arg(v);
        QTest::newRow("v3 by the edited steps") << 3 << QStringLiteral("v3-edited");
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, version);
        QFETCH(QString, variant);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QString product = uuidToText(UuidV7::generate());
        const QString location = uuidToText(UuidV7::generate());
        const QString movement = uuidToText(UuidV7::generate());
        withRawDatabase(path, [&](QSqlDatabase &db) {
            // The old store is built from the frozen SQL of what that version really created, not from
            // today's steps (which could have been edited and would then hide the difference).
            exec(db, QStringLiteral("BEGIN"));
            for (const QString &name : fixturesFor(variant)) {
                const QStringList statements = fixture(name);
                QVERIFY2(!statements.isEmpty(), qPrintable(name));
                for (const QString &sql : statements)
                    exec(db, sql);
            }
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            exec(db, QStringLiteral("PRAGMA application_id = %1").arg(TenantStore::kApplicationId));
            exec(db, QStringLiteral("COMMIT"));
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
            exec(db, QStringLiteral("INSERT INTO outbox (seq, entity, entity_id, created_at)"
                                    " VALUES (7, 'movement', '%1', 0)")
                         .arg(movement));
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
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // back on after the table rebuilds
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        q.finish();

        // Whatever it started as, the store ends with the schema a new store gets.
        {
            QTemporaryDir freshDir;
            auto fresh = TenantStore::open(freshDir.filePath(QStringLiteral("fresh.sqlite")));
            QVERIFY(fresh.ok());
            QCOMPARE(schemaOf(store.database()), schemaOf(fresh.value()->database()));
        }
        QCOMPARE(store.pendingOutbox().size(), 1);
        QCOMPARE(store.pendingOutbox().first().seq, 7);

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

        // A SKU collision merge (sync, DESIGN §5) needs the SKU free once merged: on a store that began
        // with a column-level UNIQUE sku this failed before schema 4 rebuilt the table.
        CatalogRecord remote;
        remote.entity = QStringLiteral("product");
        remote.id = UuidV7::generate();
        remote.fields = QJsonObject{{QStringLiteral("sku"), QStringLiteral("OLD-1")},
                                    {QStringLiteral("name"), QStringLiteral("Farine (autre poste)")},
                                    {QStringLiteral("barcodes"), QJsonArray{}}};
        for (const QString &field : remote.fields.keys())
            remote.stamps.insert(field, Hlc::fromParts(QDateTime::currentMSecsSinceEpoch() + 60'000, 0));
        const auto merged = store.mergeCatalogRecord(remote);
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message));
        const Product survivor = *store.productBySku(QStringLiteral("OLD-1"));
        const QUuid loser = survivor.id == remote.id ? uuidFromText(product) : remote.id;
        QCOMPARE(store.productById(loser)->mergedInto, survivor.id);
        QCOMPARE(store.productById(loser)->sku, QStringLiteral("OLD-1"));
        Movement remoteReceipt;
        remoteReceipt.id = UuidV7::generate();
        remoteReceipt.productId = remote.id;
        remoteReceipt.locationId = uuidFromText(location);
        remoteReceipt.kind = MovementKind::Receipt;
        remoteReceipt.quantity = Quantity::fromUnits(4);
        remoteReceipt.userId = QStringLiteral("bob");
        remoteReceipt.deviceId = QStringLiteral("device-2");
        remoteReceipt.hlc = store.clock().now();
        QVERIFY(store.insertMovement(remoteReceipt).value());
        QCOMPARE(store.balance(survivor.id, uuidFromText(location)).toString(), QStringLiteral("6.5"));
        QCOMPARE(store.balances().size(), 1);
        QCOMPARE(store.recomputeBalancesFromLog().size(), 1);
        QCOMPARE(store.recomputeBalancesFromLog().first().quantity.toString(), QStringLiteral("6.5"));
        QCOMPARE(store.searchProducts(QStringLiteral("farine")).size(), 1);
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

    void tellsTheSchemaVersionOfAFile()
    {
        // What callers check before open() to tell the user an upgrade is coming; never writes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(!TenantStore::fileSchemaVersion(path)); // no file (and none created)
        QVERIFY(!QFile::exists(path));
        withRawDatabase(path, [&](QSqlDatabase &db) {
            QVERIFY(TenantStore::createSchemaAtVersionForTesting(db, TenantStore::kSchemaVersion - 1).ok());
        });
        const QByteArray before = fileHash(path);
        QCOMPARE(TenantStore::fileSchemaVersion(path), std::optional<int>(TenantStore::kSchemaVersion - 1));
        QCOMPARE(fileHash(path), before);
        {
            auto store = TenantStore::open(path);
            QVERIFY(store.ok());
            // Read while the store is open (WAL), as another process would.
            QCOMPARE(TenantStore::fileSchemaVersion(path), std::optional<int>(TenantStore::kSchemaVersion));
        }
        // And once closed: a store stays in WAL mode, which a read-only connection can still read.
        QCOMPARE(TenantStore::fileSchemaVersion(path), std::optional<int>(TenantStore::kSchemaVersion));
        QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QVERIFY(!TenantStore::fileSchemaVersion(junk.fileName()));
        QVERIFY(!TenantStore::fileSchemaVersion(dir.path())); // a folder
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
