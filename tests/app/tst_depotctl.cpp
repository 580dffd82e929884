// Tests of depotctl, the command-line client: the real binary is run with QProcess on a temporary
// data directory, as a user or a script would run it.

#include "app/cli/depotctl.h"
#include "core/tenantstore.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

#ifndef DEPOTCTL_PATH
#error "DEPOTCTL_PATH must name the depotctl binary"
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonDocument parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << text.left(400);
    return document;
}

QJsonObject balance(const QString &sku, const QString &name, const QString &location, const QString &quantity,
                    const QJsonValue &reorderPoint)
{
    return QJsonObject{
        {"sku", sku}, {"name", name}, {"location", location}, {"quantity", quantity}, {"reorder_point", reorderPoint}};
}

QStringList sortedAlertKeys(const QJsonArray &alerts)
{
    QStringList keys;
    for (const QJsonValue &value : alerts) {
        const QJsonObject a = value.toObject();
        keys.append(QStringList{a["kind"].toString(), a["sku"].toString(), a["location"].toString(),
                                a["quantity"].toString(), a["reorder_point"].toString(u"-"_qs)}
                        .join(u'|'));
    }
    keys.sort();
    return keys;
}

} // namespace

class TestDepotCtl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void archiveAndRestore();
    void fullScenario();
    void plainOutputIsAligned();
    void dataDirAnywhereAndDefault();
    void failedCommandOnNewDataDirLeavesNothing();
    void productSearchListsEveryMatch();
    void badInput_data();
    void badInput();
    void emptyDataDirIsRefused();
    void storeFromNewerVersionIsRefused();
    void olderStoreIsUpgradedAndSaysSo();
    void unopenableStoreIsRuntimeError();
    void inProcessRun();

private:
    Run run(const QStringList &args, const QProcessEnvironment &env = {}) const;
    Run ctl(const QString &dataDir, const QStringList &args) const
    {
        return run(QStringList{"--data-dir", dataDir} + args);
    }
    /// Runs a command that must succeed and returns its stdout.
    QString ok(const QString &dataDir, const QStringList &args) const;
    QJsonArray okJsonArray(const QString &dataDir, const QStringList &args) const;
    QJsonObject journal(const QString &dataDir, const QStringList &filters) const;
    /// Everything a command could change, read through the in-process API (fast).
    QString snapshot(const QString &dataDir) const;

    QTemporaryDir m_badInputDir;
    QString m_badInputSnapshot;
    QString m_reversedId;
    QString m_reversalId;
};

Run TestDepotCtl::run(const QStringList &args, const QProcessEnvironment &extraEnv) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("USER", "tester");
    env.remove("USERNAME");
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEPOTCTL_PATH), args);
    Run result;
    if (!process.waitForFinished(120000)) {
        qWarning() << "depotctl did not finish:" << args;
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestDepotCtl::ok(const QString &dataDir, const QStringList &args) const
{
    const Run r = ctl(dataDir, args);
    if (r.exitCode != 0 || !r.err.isEmpty())
        qWarning().noquote() << "depotctl" << args.join(' ') << "->" << r.exitCode << r.err;
    [&] {
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }();
    return r.out;
}

QJsonArray TestDepotCtl::okJsonArray(const QString &dataDir, const QStringList &args) const
{
    const QJsonDocument document = parseJson(ok(dataDir, args));
    [&] { QVERIFY(document.isArray()); }();
    return document.array();
}

QJsonObject TestDepotCtl::journal(const QString &dataDir, const QStringList &filters) const
{
    const QJsonDocument document = parseJson(ok(dataDir, QStringList{"journal", "--json"} + filters));
    [&] { QVERIFY(document.isObject()); }();
    return document.object();
}

QString TestDepotCtl::snapshot(const QString &dataDir) const
{
    QString all;
    for (const QStringList &args :
         {QStringList{"stock", "--json"}, QStringList{"journal", "--json", "--page-size", "10000"},
          QStringList{"product", "list", "--json", "--archived"}, QStringList{"location", "list", "--json"},
          QStringList{"alerts", "--json"}}) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        depot::app::DepotCtl ctl;
        const int code = ctl.run(QStringList{"--data-dir", dataDir} + args, outStream, errStream);
        if (code != 0)
            qWarning().noquote() << "snapshot failed:" << args << err;
        all += args.join(' ') + u'\n' + out + err + u'\n';
    }
    return all;
}

void TestDepotCtl::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(DEPOTCTL_PATH)), DEPOTCTL_PATH);
    QVERIFY(m_badInputDir.isValid());

    // The store every bad-input row runs against.
    const QString d = m_badInputDir.path();
    ok(d, {"location", "add", "--code", "WH", "--name", "Warehouse"});
    ok(d, {"location", "add", "--code", "SHOP", "--name", "Shop", "--type", "shop"});
    ok(d, {"product", "add", "--sku", "SKU-1", "--name", "Rice", "--barcode", "111", "--reorder-point", "5"});
    ok(d, {"move", "receipt", "--sku", "SKU-1", "--location", "WH", "--qty", "10"});
    ok(d, {"move", "issue", "--sku", "SKU-1", "--location", "SHOP", "--qty", "1"});
    ok(d, {"product", "add", "--sku", "ARCH", "--name", "Archived"});
    ok(d, {"product", "archive", "--sku", "ARCH"});
    m_reversedId = ok(d, {"move", "loss", "--sku", "SKU-1", "--location", "WH", "--qty", "1"}).trimmed();
    m_reversalId = ok(d, {"reverse", "--movement", m_reversedId}).trimmed();
    m_badInputSnapshot = snapshot(d);
    QVERIFY(m_badInputSnapshot.contains("SKU-1"));
    QVERIFY(m_badInputSnapshot.contains(m_reversalId)); // the journal is part of it
}

void TestDepotCtl::archiveAndRestore()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    ok(d, {"location", "add", "--code", "WH", "--name", "Warehouse"});
    ok(d, {"product", "add", "--sku", "TEA", "--name", "Tea", "--barcode", "777"});
    ok(d, {"product", "archive", "--sku", "777"}); // by barcode
    Run refused = run({"--data-dir", d, "move", "receipt", "--sku", "TEA", "--location", "WH", "--qty", "1"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("archived"));
    QCOMPARE(ok(d, {"product", "restore", "--sku", "TEA"}).trimmed(), QStringLiteral("Restored product TEA."));
    QCOMPARE(ok(d, {"product", "restore", "--sku", "TEA"}).trimmed(), QStringLiteral("Product TEA is not archived."));
    ok(d, {"move", "receipt", "--sku", "TEA", "--location", "WH", "--qty", "1"});
    Run unknown = run({"--data-dir", d, "product", "restore", "--sku", "NOPE"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.startsWith("depotctl: "));
}

void TestDepotCtl::helpAndVersion()
{
    for (const QStringList &args : {QStringList{"--help"}, QStringList{"help"}, QStringList{"-h"}}) {
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith("Usage: depotctl"));
        for (const char *command :
             {"product add", "product list", "product archive", "location add", "location list",
              "move receipt|issue|adjust|loss|return", "transfer", "count", "reverse", "stock", "alerts", "journal"})
            QVERIFY2(r.out.contains(QStringLiteral("depotctl %1 ").arg(QLatin1String(command))), command);
    }
    for (const QStringList &args : {QStringList{"help", "move"}, QStringList{"move", "--help"}}) {
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("depotctl move receipt|issue|adjust|loss|return --sku"));
        QVERIFY(!r.out.contains("depotctl stock"));
    }
    const Run adjustHelp = run({"move", "adjust", "--help"});
    QCOMPARE(adjustHelp.exitCode, 0);
    QVERIFY(adjustHelp.out.contains("depotctl move adjust --sku"));
    QVERIFY(!adjustHelp.out.contains("receipt"));
    const Run version = run({"--version"});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("depotctl ") + depot::app::DepotCtl::version());

    const Run noCommand = run({});
    QCOMPARE(noCommand.exitCode, 2);
    QVERIFY(noCommand.err.startsWith("depotctl: "));
}

void TestDepotCtl::fullScenario()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString d = dir.path() + "/nested/data"; // created on first use

    QVERIFY(
        ok(d, {"location", "add", "--code", "WH", "--name", "Main warehouse", "--type", "warehouse"}).contains("WH"));
    QVERIFY(QFile::exists(d + "/store.sqlite"));
    ok(d, {"location", "add", "--code", "SHOP", "--name", "Shop floor", "--type", "shop"});
    ok(d, {"location", "add", "--code", "WH-A", "--name", "Aisle A", "--type", "zone", "--parent", "WH"});
    const QJsonArray locations = okJsonArray(d, {"location", "list", "--json"});
    QCOMPARE(locations.size(), 3);
    for (const QJsonValue &value : locations) {
        const QJsonObject l = value.toObject();
        if (l["code"] == "WH-A") {
            QCOMPARE(l["parent"].toString(), QStringLiteral("WH"));
            QCOMPARE(l["type"].toString(), QStringLiteral("zone"));
        } else {
            QVERIFY(l["parent"].isNull());
        }
    }

    ok(d, {"product",         "add",       "--sku",         "SKU-1",      "--name",  "Rice 25kg", "--barcode",
           "3012345678901",   "--barcode", "3012345678902", "--category", "Grocery", "--unit",    "bag",
           "--reorder-point", "5",         "--reorder-qty", "20",         "--cost",  "12.50 EUR", "--price",
           "15.00 EUR"});
    ok(d, {"product", "add", "--sku", "SKU-2", "--name", "Oil 1L", "--reorder-point", "10"});
    ok(d, {"product", "add", "--sku", "SKU-3", "--name", "Sugar"});
    ok(d, {"product", "add", "--sku", "SKU-4", "--name", "Salt", "--reorder-point", "5"});
    ok(d, {"product", "add", "--sku", "OLD", "--name", "Discontinued"});
    ok(d, {"product", "archive", "--sku", "OLD"});

    QJsonArray products = okJsonArray(d, {"product", "list", "--json"});
    QCOMPARE(products.size(), 4);
    const QJsonObject rice = products.at(0).toObject();
    QCOMPARE(rice["sku"].toString(), QStringLiteral("SKU-1"));
    QCOMPARE(rice["barcodes"].toArray(), (QJsonArray{"3012345678901", "3012345678902"}));
    QCOMPARE(rice["unit"].toString(), QStringLiteral("bag"));
    QCOMPARE(rice["category"].toString(), QStringLiteral("Grocery"));
    QCOMPARE(rice["reorder_point"].toString(), QStringLiteral("5"));
    QCOMPARE(rice["reorder_qty"].toString(), QStringLiteral("20"));
    QCOMPARE(rice["cost"].toString(), QStringLiteral("12.50 EUR"));
    QCOMPARE(rice["price"].toString(), QStringLiteral("15.00 EUR"));
    QCOMPARE(okJsonArray(d, {"product", "list", "--json", "--archived"}).size(), 5);
    products = okJsonArray(d, {"product", "list", "--json", "--search", "rice"});
    QCOMPARE(products.size(), 1);
    QCOMPARE(products.at(0).toObject()["sku"].toString(), QStringLiteral("SKU-1"));

    // Movements; each prints the id(s) it recorded, one per line.
    const auto ids = [](const QString &out) { return out.split('\n', Qt::SkipEmptyParts); };
    const QString receipt = ok(d, {"move", "receipt", "--sku", "SKU-1", "--location", "WH", "--qty", "100",
                                   "--unit-cost", "12.50 EUR", "--reference", "PO-1", "--reason", "Delivery"})
                                .trimmed();
    QVERIFY2(!QUuid::fromString(receipt).isNull(), qPrintable(receipt));
    ok(d, {"--user", "alice", "move", "issue", "--sku", "SKU-1", "--location", "WH", "--qty", "12.5"});
    const QStringList transfer =
        ids(ok(d, {"transfer", "--sku", "SKU-1", "--from", "WH", "--to", "SHOP", "--qty", "20"}));
    QCOMPARE(transfer.size(), 2);
    ok(d, {"count", "--sku", "SKU-1", "--location", "SHOP", "--qty", "18"});
    ok(d, {"move", "receipt", "--sku", "3012345678902", "--location", "WH", "--qty", "2,5"}); // by barcode
    ok(d, {"move", "adjust", "--sku", "SKU-1", "--location", "WH", "--qty", "-1.75", "--note", "miscounted"});
    ok(d, {"move", "receipt", "--sku", "SKU-2", "--location", "WH", "--qty", "8"});
    ok(d, {"move", "issue", "--sku", "SKU-3", "--location", "SHOP", "--qty", "3", "--user", "alice"});
    const QString loss = ok(d, {"move", "loss", "--sku", "SKU-2", "--location", "WH", "--qty", "1"}).trimmed();
    const QStringList reversal = ids(ok(d, {"reverse", "--movement", loss, "--reason", "found it"}));
    QCOMPARE(reversal.size(), 1);
    ok(d, {"move", "return", "--sku", "SKU-1", "--location", "SHOP", "--qty", "1"});
    ok(d, {"move", "receipt", "--sku", "SKU-4", "--location", "WH", "--qty=5"});

    // Stock, exactly, ordered by SKU then location code.
    const QJsonArray stock = okJsonArray(d, {"stock", "--json"});
    const QJsonArray expectedStock{
        balance("SKU-1", "Rice 25kg", "SHOP", "19", "5"), balance("SKU-1", "Rice 25kg", "WH", "68.25", "5"),
        balance("SKU-2", "Oil 1L", "WH", "8", "10"),      balance("SKU-3", "Sugar", "SHOP", "-3", QJsonValue::Null),
        balance("SKU-4", "Salt", "WH", "5", "5"),
    };
    QCOMPARE(stock, expectedStock);
    QCOMPARE(okJsonArray(d, {"stock", "--json", "--sku", "SKU-1"}), (QJsonArray{expectedStock[0], expectedStock[1]}));
    QCOMPARE(okJsonArray(d, {"stock", "--json", "--location", "SHOP"}),
             (QJsonArray{expectedStock[0], expectedStock[3]}));
    QCOMPARE(okJsonArray(d, {"stock", "--json", "--sku", "3012345678901", "--location", "WH"}),
             (QJsonArray{expectedStock[1]}));

    // Alerts: low stock at or below the reorder point, negative stock.
    QCOMPARE(sortedAlertKeys(okJsonArray(d, {"alerts", "--json"})),
             (QStringList{"LOW_STOCK|SKU-2|WH|8|10", "LOW_STOCK|SKU-4|WH|5|5", "NEGATIVE_STOCK|SKU-3|SHOP|-3|-"}));

    // Journal: 13 movements; filters and paging.
    QJsonObject all = journal(d, {"--page-size", "100"});
    QCOMPARE(all["total"].toInteger(), 13);
    const QJsonArray movements = all["movements"].toArray();
    QCOMPARE(movements.size(), 13);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : movements)
        byId.insert(value.toObject()["id"].toString(), value.toObject());
    QCOMPARE(byId.size(), 13);
    const QJsonObject receiptMovement = byId.value(receipt);
    QCOMPARE(receiptMovement["kind"].toString(), QStringLiteral("RECEIPT"));
    QCOMPARE(receiptMovement["sku"].toString(), QStringLiteral("SKU-1"));
    QCOMPARE(receiptMovement["location"].toString(), QStringLiteral("WH"));
    QCOMPARE(receiptMovement["quantity"].toString(), QStringLiteral("100"));
    QCOMPARE(receiptMovement["unit_cost"].toString(), QStringLiteral("12.50 EUR"));
    QCOMPARE(receiptMovement["reference"].toString(), QStringLiteral("PO-1"));
    QCOMPARE(receiptMovement["reason"].toString(), QStringLiteral("Delivery"));
    QCOMPARE(receiptMovement["user"].toString(), QStringLiteral("tester"));
    QVERIFY(QDateTime::fromString(receiptMovement["time"].toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(byId.value(transfer[0])["transfer_id"], byId.value(transfer[1])["transfer_id"]);
    QVERIFY(!byId.value(transfer[0])["transfer_id"].isNull());
    QCOMPARE(byId.value(reversal[0])["reverses"].toString(), loss);
    QCOMPARE(byId.value(loss)["quantity"].toString(), QStringLiteral("-1"));

    const auto total = [&](const QStringList &filters) { return journal(d, filters)["total"].toInteger(); };
    QCOMPARE(total({"--kind", "ISSUE"}), 2);
    QCOMPARE(total({"--kind", "count"}), 1);
    QCOMPARE(total({"--kind", "TRANSFER_IN"}), 1);
    QCOMPARE(total({"--kind", "adjust"}), 1);
    QCOMPARE(total({"--sku", "SKU-1"}), 8);
    QCOMPARE(total({"--location", "SHOP"}), 4);
    QCOMPARE(total({"--sku", "SKU-1", "--location", "SHOP"}), 3);
    QCOMPARE(total({"--user", "alice"}), 2);
    QCOMPARE(total({"--user", "tester"}), 11);
    QCOMPARE(total({"--user", "nobody"}), 0);
    const QDate today = QDate::currentDate();
    QCOMPARE(total({"--from", today.addDays(-1).toString(Qt::ISODate), "--to", today.addDays(1).toString(Qt::ISODate)}),
             13);
    // A bare --to date includes that whole day.
    QCOMPARE(total({"--from", today.addDays(-1).toString(Qt::ISODate), "--to", today.toString(Qt::ISODate)}), 13);
    QCOMPARE(total({"--from", today.addDays(1).toString(Qt::ISODate)}), 0);
    QCOMPARE(total({"--to", today.addDays(-2).toString(Qt::ISODate)}), 0);
    const QJsonObject issues = journal(d, {"--kind", "ISSUE", "--sku", "SKU-1"});
    QCOMPARE(issues["movements"].toArray().size(), 1);
    QCOMPARE(issues["movements"].toArray().at(0).toObject()["quantity"].toString(), QStringLiteral("-12.5"));
    QCOMPARE(issues["movements"].toArray().at(0).toObject()["user"].toString(), QStringLiteral("alice"));

    QSet<QString> paged;
    for (int page = 1; page <= 3; ++page) {
        const QJsonObject p = journal(d, {"--page-size", "5", "--page", QString::number(page)});
        QCOMPARE(p["total"].toInteger(), 13);
        QCOMPARE(p["pages"].toInteger(), 3);
        QCOMPARE(p["page"].toInteger(), page);
        const QJsonArray items = p["movements"].toArray();
        QCOMPARE(items.size(), page < 3 ? 5 : 3);
        for (const QJsonValue &value : items) {
            const QString id = value.toObject()["id"].toString();
            QVERIFY2(!paged.contains(id), "a movement appears on two pages");
            paged.insert(id);
        }
    }
    QCOMPARE(paged, QSet<QString>(byId.keyBegin(), byId.keyEnd()));
    QCOMPARE(journal(d, {"--page-size", "5", "--page", "4"})["movements"].toArray().size(), 0);

    // Reversing a transfer cancels both legs; the reversal is newer than the count at SHOP, so it
    // applies there too (19 - 20).
    QCOMPARE(ids(ok(d, {"reverse", "--movement", transfer[1]})).size(), 2);
    QCOMPARE(okJsonArray(d, {"stock", "--json", "--sku", "SKU-1"}),
             (QJsonArray{balance("SKU-1", "Rice 25kg", "SHOP", "-1", "5"),
                         balance("SKU-1", "Rice 25kg", "WH", "88.25", "5")}));
}

void TestDepotCtl::plainOutputIsAligned()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    ok(d, {"location", "add", "--code", "MAIN", "--name", "Main"});
    ok(d, {"location", "add", "--code", "S", "--name", "Shop"});
    ok(d, {"product", "add", "--sku", "A", "--name", "Long product name here"});
    ok(d, {"product", "add", "--sku", "LONGER-SKU", "--name", "B"});
    ok(d, {"move", "receipt", "--sku", "A", "--location", "MAIN", "--qty", "1234.5"});
    ok(d, {"move", "receipt", "--sku", "LONGER-SKU", "--location", "S", "--qty", "2"});

    const QStringList lines = ok(d, {"stock"}).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith("SKU"));
    const qsizetype locationColumn = lines[0].indexOf("LOCATION");
    QCOMPARE(lines[1].indexOf("MAIN"), locationColumn);
    QCOMPARE(lines[2].indexOf("S ", locationColumn), locationColumn);
    // Quantities are right-aligned: every line ends at the same column.
    QCOMPARE(lines[1].size(), lines[0].size());
    QCOMPARE(lines[2].size(), lines[0].size());
    QVERIFY(lines[1].endsWith("1234.5"));
    QVERIFY(lines[2].endsWith(" 2"));

    QVERIFY(ok(d, {"journal"}).contains("RECEIPT"));
    QVERIFY(ok(d, {"alerts"}).contains("No alerts"));
    QVERIFY(ok(d, {"product", "list"}).contains("Long product name here"));
    QVERIFY(ok(d, {"location", "list"}).contains("MAIN"));
}

void TestDepotCtl::dataDirAnywhereAndDefault()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    // --data-dir after the command words, and as --data-dir=DIR.
    QCOMPARE(run({"location", "add", "--code", "X", "--name", "X", "--data-dir", d}).exitCode, 0);
    QCOMPARE(run({"location", "list", "--json", "--data-dir=" + d}).exitCode, 0);
    QCOMPARE(okJsonArray(d, {"location", "list", "--json"}).size(), 1);

    // Without --data-dir: the per-user application data directory.
    QProcessEnvironment env;
    env.insert("XDG_DATA_HOME", d + "/xdg");
    env.insert("HOME", d + "/home");
    const Run r = run({"location", "add", "--code", "Y", "--name", "Y"}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QFile::exists(d + "/xdg/Depot/depotctl/store.sqlite"), qPrintable(r.err));
}

void TestDepotCtl::failedCommandOnNewDataDirLeavesNothing()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath("new/nested");
    for (const QStringList &args :
         {QStringList{"stock", "--sku", "NOPE"}, QStringList{"stock", "--location", "NOWHERE"},
          QStringList{"move", "receipt", "--sku", "NOPE", "--location", "WH", "--qty", "1"},
          QStringList{"transfer", "--sku", "NOPE", "--from", "A", "--to", "B", "--qty", "1"},
          QStringList{"count", "--sku", "NOPE", "--location", "WH", "--qty", "1"},
          QStringList{"product", "archive", "--sku", "NOPE"}, QStringList{"journal", "--sku", "NOPE"},
          QStringList{"reverse", "--movement", QUuid::createUuid().toString(QUuid::WithoutBraces)},
          QStringList{"location", "add", "--code", "X", "--name", "X", "--parent", "NOWHERE"}}) {
        const Run r = ctl(fresh, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("depotctl: "), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(dir.filePath("new")), qPrintable(args.join(' ')));
    }
    // In a directory that already exists, the directory stays and no store appears in it.
    const QString existing = dir.filePath("existing");
    QVERIFY(QDir().mkpath(existing));
    QCOMPARE(ctl(existing, {"stock", "--sku", "NOPE"}).exitCode, 1);
    QVERIFY(QFileInfo(existing).isDir());
    QVERIFY(QDir(existing).isEmpty());
    // A store that exists is never removed, even by a command that fails.
    ok(existing, {"location", "add", "--code", "WH", "--name", "Warehouse"});
    QCOMPARE(ctl(existing, {"stock", "--sku", "NOPE"}).exitCode, 1);
    QCOMPARE(okJsonArray(existing, {"location", "list", "--json"}).size(), 1);
    // A successful command on a new directory creates it with its store.
    QCOMPARE(ctl(fresh, {"stock"}).exitCode, 0);
    QVERIFY(QFileInfo::exists(fresh + "/store.sqlite"));
}

void TestDepotCtl::productSearchListsEveryMatch()
{
    // More matches than searchProducts() returns (1000): the listing has them all, archived ones with
    // --archived.
    QTemporaryDir dir;
    const QString d = dir.path();
    {
        auto opened = depot::core::TenantStore::open(d + "/store.sqlite");
        QVERIFY(opened.ok());
        auto &store = *opened.value();
        depot::core::StoreTransaction batch(store);
        for (int i = 0; i < 1100; ++i) {
            depot::core::Product p;
            p.sku = QStringLiteral("RICE-%1").arg(i, 4, 10, QLatin1Char('0'));
            p.name = QStringLiteral("Basmati rice %1").arg(i);
            QVERIFY(store.addProduct(p).ok());
        }
        depot::core::Product other;
        other.sku = QStringLiteral("TEA");
        other.name = QStringLiteral("Green tea");
        QVERIFY(store.addProduct(other).ok());
        QVERIFY(batch.commit().ok());
    }
    ok(d, {"product", "archive", "--sku", "RICE-0007"});

    const QJsonArray active = okJsonArray(d, {"product", "list", "--search", "rice", "--json"});
    QCOMPARE(active.size(), 1099);
    QCOMPARE(active.first().toObject()["sku"].toString(), QStringLiteral("RICE-0000"));
    QCOMPARE(active.last().toObject()["sku"].toString(), QStringLiteral("RICE-1099"));
    for (const QJsonValue &p : active)
        QVERIFY(p.toObject()["sku"].toString() != QStringLiteral("RICE-0007"));

    const QJsonArray withArchived = okJsonArray(d, {"product", "list", "--search", "rice", "--archived", "--json"});
    QCOMPARE(withArchived.size(), 1100);
    QCOMPARE(withArchived.at(7).toObject()["sku"].toString(), QStringLiteral("RICE-0007"));
    QVERIFY(withArchived.at(7).toObject()["archived"].toBool());
    QVERIFY(ok(d, {"product", "list", "--search", "RICE-0007", "--archived"}).contains("archived"));
    QVERIFY(ok(d, {"product", "list", "--search", "RICE-0007"}).contains("No products."));
    QCOMPARE(okJsonArray(d, {"product", "list", "--search", "tea", "--json"}).size(), 1);
}

void TestDepotCtl::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inMessage");

    const auto row = [](const QString &name, const QStringList &args, int exitCode, const QString &inMessage = {}) {
        QTest::newRow(qPrintable(name)) << args << exitCode << inMessage;
    };

    // Every required option of every command, missing in turn.
    const QList<QStringList> complete = {
        {"product", "add", "--sku", "NEW", "--name", "New"},
        {"product", "archive", "--sku", "SKU-1"},
        {"product", "restore", "--sku", "ARCH"},
        {"location", "add", "--code", "NEW", "--name", "New"},
        {"move", "receipt", "--sku", "SKU-1", "--location", "WH", "--qty", "1"},
        {"move", "issue", "--sku", "SKU-1", "--location", "WH", "--qty", "1"},
        {"move", "adjust", "--sku", "SKU-1", "--location", "WH", "--qty", "-1"},
        {"move", "loss", "--sku", "SKU-1", "--location", "WH", "--qty", "1"},
        {"move", "return", "--sku", "SKU-1", "--location", "WH", "--qty", "1"},
        {"transfer", "--sku", "SKU-1", "--from", "WH", "--to", "SHOP", "--qty", "1"},
        {"count", "--sku", "SKU-1", "--location", "WH", "--qty", "1"},
    };
    for (const QStringList &args : complete) {
        const qsizetype firstOption =
            std::find_if(args.begin(), args.end(), [](const QString &a) { return a.startsWith("--"); }) - args.begin();
        const QString command = args.mid(0, firstOption).join(' ');
        for (qsizetype i = firstOption; i < args.size(); i += 2) {
            QStringList without = args;
            without.remove(i, 2);
            row(command + " without " + args[i], without, 2, args[i]);
            QStringList empty = args;
            empty[i + 1] = "";
            row(command + " with empty " + args[i], empty, 2, args[i]);
        }
    }
    row("reverse without --movement", {"reverse"}, 2, "--movement");

    // Quantities.
    for (const QStringList &base : complete.mid(4)) { // the movements
        const QString command = base.mid(0, base[0] == "move" ? 2 : 1).join(' ');
        const qsizetype qty = base.indexOf("--qty") + 1;
        for (const QString &bad : QStringList{"abc", "1.2345", "1e3", "1 000", "--"}) {
            QStringList args = base;
            args[qty] = bad;
            row(command + " qty " + bad, args, 2, "quantity");
        }
        QStringList args = base;
        args.removeLast(); // "--qty" with no value at all
        row(command + " qty without value", args, 2, "--qty");
        if (command != "move adjust" && command != "count") {
            args = base;
            args[qty] = "-1";
            row(command + " negative qty", args, 2, "--qty");
        }
        if (command != "count") {
            args = base;
            args[qty] = "0";
            row(command + " zero qty", args, 2, "--qty");
        }
        // The store holds at most one billion units in a movement: refused before it is asked.
        args = base;
        args[qty] = "1000000000.001";
        row(command + " qty above the cap", args, 2, "too large");
        if (command == "move adjust") {
            args[qty] = "-1000000001";
            row(command + " qty below the cap", args, 2, "too large");
        }
        args = base;
        args[base.indexOf("--sku") + 1] = "NOPE";
        row(command + " unknown sku", args, 1, "NOPE");
        for (const QString &option : QStringList{"--location", "--from", "--to"}) {
            if (base.contains(option)) {
                args = base;
                args[base.indexOf(option) + 1] = "NOWHERE";
                row(command + " unknown location " + option, args, 1, "NOWHERE");
            }
        }
    }
    row("count negative qty", {"count", "--sku", "SKU-1", "--location", "WH", "--qty", "-1"}, 2, "negative");
    row("transfer to same location", {"transfer", "--sku", "SKU-1", "--from", "WH", "--to", "WH", "--qty", "1"}, 2,
        "same location");
    row("receipt bad unit cost",
        {"move", "receipt", "--sku", "SKU-1", "--location", "WH", "--qty", "1", "--unit-cost", "1.20"}, 2,
        "--unit-cost");
    row("receipt bad currency",
        {"move", "receipt", "--sku", "SKU-1", "--location", "WH", "--qty", "1", "--unit-cost", "1.20 euros"}, 2,
        "--unit-cost");
    row("qty given twice", {"move", "receipt", "--sku", "SKU-1", "--location", "WH", "--qty", "1", "--qty", "2"}, 2,
        "more than once");

    // Catalog.
    row("duplicate sku", {"product", "add", "--sku", "SKU-1", "--name", "Again"}, 1, "SKU-1");
    row("duplicate barcode", {"product", "add", "--sku", "NEW", "--name", "New", "--barcode", "111"}, 1, "111");
    row("empty barcode", {"product", "add", "--sku", "NEW", "--name", "New", "--barcode", ""}, 2, "--barcode");
    row("bad reorder point", {"product", "add", "--sku", "NEW", "--name", "New", "--reorder-point", "abc"}, 2,
        "--reorder-point");
    row("negative reorder point", {"product", "add", "--sku", "NEW", "--name", "New", "--reorder-point", "-1"}, 2,
        "--reorder-point");
    row("bad reorder qty", {"product", "add", "--sku", "NEW", "--name", "New", "--reorder-qty", "1.2345"}, 2,
        "--reorder-qty");
    row("cost without currency", {"product", "add", "--sku", "NEW", "--name", "New", "--cost", "12.50"}, 2, "--cost");
    row("cost with too many decimals", {"product", "add", "--sku", "NEW", "--name", "New", "--cost", "12.505 EUR"}, 2,
        "--cost");
    row("price garbage", {"product", "add", "--sku", "NEW", "--name", "New", "--price", "cheap"}, 2, "--price");
    row("archive unknown sku", {"product", "archive", "--sku", "NOPE"}, 1, "NOPE");
    row("duplicate location code", {"location", "add", "--code", "WH", "--name", "Again"}, 1, "WH");
    row("bad location type", {"location", "add", "--code", "NEW", "--name", "New", "--type", "moon"}, 2, "moon");
    row("unknown parent", {"location", "add", "--code", "NEW", "--name", "New", "--parent", "NOWHERE"}, 1, "NOWHERE");
    row("reorder point above the cap",
        {"product", "add", "--sku", "NEW", "--name", "New", "--reorder-point", "1000000001"}, 2, "too large");
    row("empty search", {"product", "list", "--search", ""}, 2, "--search");
    row("search without value", {"product", "list", "--search"}, 2, "--search");
    row("product list option of another command", {"product", "list", "--sku", "SKU-1"}, 2, "--sku");
    row("product list flag with a value", {"product", "list", "--archived=yes"}, 2, "--archived");
    row("product list extra argument", {"product", "list", "rice"}, 2, "rice");
    row("restore unknown sku", {"product", "restore", "--sku", "NOPE"}, 1, "NOPE");
    row("restore option of another command", {"product", "restore", "--sku", "ARCH", "--qty", "1"}, 2, "--qty");
    row("restore given twice", {"product", "restore", "--sku", "ARCH", "--sku", "SKU-1"}, 2, "more than once");
    row("location list option of another command", {"location", "list", "--code", "WH"}, 2, "--code");
    row("location list unknown option", {"location", "list", "--all"}, 2, "--all");
    row("location list extra argument", {"location", "list", "WH"}, 2, "WH");

    // Reverse.
    row("reverse bad id", {"reverse", "--movement", "xyz"}, 2, "xyz");
    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row("reverse unknown id", {"reverse", "--movement", unknownId}, 1, unknownId);
    // Refused by the store itself, after the command line was accepted.
    row("reverse twice", {"reverse", "--movement", m_reversedId}, 1, "already");
    row("reverse a reversal", {"reverse", "--movement", m_reversalId}, 1, "reversal");
    row("movement on archived product", {"move", "receipt", "--sku", "ARCH", "--location", "WH", "--qty", "1"}, 1,
        "archived");

    // Reports.
    row("stock unknown sku", {"stock", "--sku", "NOPE"}, 1, "NOPE");
    row("stock unknown location", {"stock", "--location", "NOWHERE"}, 1, "NOWHERE");
    row("stock empty sku", {"stock", "--sku", ""}, 2, "--sku");
    row("alerts option of another command", {"alerts", "--sku", "SKU-1"}, 2, "--sku");
    row("alerts unknown option", {"alerts", "--low"}, 2, "--low");
    row("alerts flag with a value", {"alerts", "--json=true"}, 2, "--json");
    row("alerts extra argument", {"alerts", "now"}, 2, "now");
    row("journal unknown kind", {"journal", "--kind", "THEFT"}, 2, "THEFT");
    row("journal unknown sku", {"journal", "--sku", "NOPE"}, 1, "NOPE");
    row("journal unknown location", {"journal", "--location", "NOWHERE"}, 1, "NOWHERE");
    row("journal bad from", {"journal", "--from", "yesterday"}, 2, "--from");
    row("journal bad to", {"journal", "--to", "2024-13-45"}, 2, "--to");
    row("journal from after to", {"journal", "--from", "2024-02-01", "--to", "2024-01-01"}, 2, "--from");
    row("journal page 0", {"journal", "--page", "0"}, 2, "--page");
    row("journal page x", {"journal", "--page", "x"}, 2, "--page");
    row("journal page size 0", {"journal", "--page-size", "0"}, 2, "--page-size");
    row("journal page size too big", {"journal", "--page-size", "10001"}, 2, "--page-size");

    // Command line.
    row("no command", {}, 2);
    row("unknown command", {"frobnicate"}, 2, "frobnicate");
    row("unknown subcommand", {"product", "frobnicate"}, 2, "frobnicate");
    row("missing subcommand", {"move"}, 2, "move");
    row("unknown move kind", {"move", "steal", "--sku", "SKU-1", "--location", "WH", "--qty", "1"}, 2, "steal");
    row("extra argument", {"stock", "extra"}, 2, "extra");
    row("unknown option", {"stock", "--colour", "red"}, 2, "--colour");
    row("unknown short option", {"stock", "-x"}, 2, "-x");
    row("option of another command", {"stock", "--qty", "1"}, 2, "--qty");
    row("flag with a value", {"stock", "--json=yes"}, 2, "--json");
    row("empty user", {"--user", "", "move", "receipt", "--sku", "SKU-1", "--location", "WH", "--qty", "1"}, 2,
        "--user");
    row("help for unknown command", {"help", "frobnicate"}, 2, "frobnicate");
}

void TestDepotCtl::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, inMessage);

    const QString d = m_badInputDir.path();
    const Run r = ctl(d, args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith("depotctl: "), qPrintable(r.err));
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, qPrintable("not one line: " + r.err));
    QVERIFY2(r.err.contains(inMessage), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(snapshot(d), m_badInputSnapshot);
}

void TestDepotCtl::emptyDataDirIsRefused()
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    QVERIFY(QDir::setCurrent(dir.path()));
    for (const QStringList &args : {QStringList{"--data-dir", "", "stock"}, QStringList{"--data-dir=", "stock"},
                                    QStringList{"--data-dir", "  ", "location", "add", "--code", "WH", "--name", "W"},
                                    QStringList{"location", "list", "--data-dir", ""}}) {
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("depotctl: ") && r.err.contains("--data-dir"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(QDir(dir.path()).isEmpty()); // no store in the working directory either
}

void TestDepotCtl::olderStoreIsUpgradedAndSaysSo()
{
    // A store of the previous schema is migrated by the first command that opens it, which says
    // so on stderr (a migration of a large log takes a while); --json output stays one document.
    QTemporaryDir dir;
    const QString d = dir.path();
    const QString connection = QStringLiteral("tst_depotctl_old");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(d + "/store.sqlite");
        QVERIFY(db.open());
        QVERIFY(depot::core::TenantStore::createSchemaAtVersionForTesting(db, depot::core::TenantStore::kSchemaVersion - 1)
                    .ok());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO locations (id, code, name) VALUES"
                                          " ('0190f5a0-0000-7000-8000-000000000002', 'OLD', 'Old shelf')")));
    }
    QSqlDatabase::removeDatabase(connection);
    const Run first = run({"--data-dir", d, "location", "list", "--json"});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains("Updating the local store"), qPrintable(first.err));
    const QJsonArray locations = parseJson(first.out).array();
    QCOMPARE(locations.size(), 1);
    QCOMPARE(locations.first().toObject().value("code").toString(), QStringLiteral("OLD"));
    QCOMPARE(depot::core::TenantStore::fileSchemaVersion(d + "/store.sqlite"),
             std::optional<int>(depot::core::TenantStore::kSchemaVersion));
    // Once done, nothing more is said.
    const Run second = run({"--data-dir", d, "location", "list", "--json"});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(!second.err.contains("Updating"), qPrintable(second.err));
}

void TestDepotCtl::storeFromNewerVersionIsRefused()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    ok(d, {"location", "add", "--code", "WH", "--name", "Warehouse"});
    const QString path = d + "/store.sqlite";
    const auto setUserVersion = [&](int version) {
        const QString connection = QStringLiteral("tst_depotctl_raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), version);
        }
        QSqlDatabase::removeDatabase(connection);
    };
    const auto userVersion = [&]() {
        const QString connection = QStringLiteral("tst_depotctl_raw");
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(QStringLiteral("PRAGMA user_version"), db);
                if (query.next())
                    version = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return version;
    };
    const int current = userVersion();
    QVERIFY(current >= 1);
    setUserVersion(current + 1);

    for (const QStringList &args : {QStringList{"stock"}, QStringList{"location", "add", "--code", "X", "--name", "X"},
                                    QStringList{"move", "receipt", "--sku", "A", "--location", "WH", "--qty", "1"}}) {
        const Run r = ctl(d, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("depotctl: cannot open the store"), qPrintable(r.err));
        QVERIFY2(r.err.contains("store.sqlite"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    // Refused, not damaged: back at the supported version the data is still there.
    QCOMPARE(userVersion(), current + 1);
    setUserVersion(current);
    const QJsonArray locations = okJsonArray(d, {"location", "list", "--json"});
    QCOMPARE(locations.size(), 1);
    QCOMPARE(locations.at(0).toObject()["code"].toString(), QStringLiteral("WH"));
}

void TestDepotCtl::unopenableStoreIsRuntimeError()
{
    QTemporaryDir dir;
    // The data directory is a file.
    QFile file(dir.filePath("not-a-dir"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    Run r = ctl(file.fileName(), {"stock"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("depotctl: "), qPrintable(r.err));

    // The store file is not a database.
    QVERIFY(QDir(dir.path()).mkpath("garbage"));
    QFile store(dir.filePath("garbage/store.sqlite"));
    QVERIFY(store.open(QIODevice::WriteOnly));
    store.write(QByteArray(8192, 'z'));
    store.close();
    r = ctl(dir.filePath("garbage"), {"stock"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("depotctl: cannot open the store"), qPrintable(r.err));
    QVERIFY(store.open(QIODevice::ReadOnly));
    QCOMPARE(store.readAll(), QByteArray(8192, 'z'));
}

void TestDepotCtl::inProcessRun()
{
    // The library entry point behaves like the binary, including option values starting with '-'.
    QTemporaryDir dir;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    depot::app::DepotCtl ctl;
    const QString d = dir.path();
    QCOMPARE(ctl.run({"--data-dir", d, "location", "add", "--code", "WH", "--name", "W"}, outStream, errStream), 0);
    QCOMPARE(ctl.run({"product", "add", "--sku", "A", "--name", "A", "--data-dir", d}, outStream, errStream), 0);
    out.clear();
    QCOMPARE(ctl.run({"move", "adjust", "--qty", "-2", "--sku", "A", "--location", "WH", "--data-dir", d}, outStream,
                     errStream),
             0);
    QVERIFY(!QUuid::fromString(out.trimmed()).isNull());
    out.clear();
    QCOMPARE(ctl.run({"--data-dir", d, "stock", "--json"}, outStream, errStream), 0);
    QCOMPARE(parseJson(out).array().at(0).toObject()["quantity"].toString(), QStringLiteral("-2"));
    QVERIFY(err.isEmpty());
    QCOMPARE(ctl.run({"--data-dir", d, "stock", "--bogus"}, outStream, errStream), 2);
    QVERIFY(err.startsWith("depotctl: "));
}

QTEST_GUILESS_MAIN(TestDepotCtl)
#include "tst_depotctl.moc"
