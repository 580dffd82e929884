// The wire codecs of sync/protocol, shared by the server and the client sync engine.
#include "sync/protocol/protocol.h"

#include "core/uuid.h"

#include <QJsonArray>
#include <QTest>

using namespace depot;
namespace proto = depot::sync::protocol;

namespace {

QJsonObject validMovement()
{
    return QJsonObject{{"id", "01a20152-796b-75c0-9b65-43e8c5fc4a3f"},
                       {"product_id", "01a20152-7969-73b4-b6ae-3a7b5186aaaa"},
                       {"location_id", "01a20152-796a-7340-a947-ea5ad9301780"},
                       {"kind", "ISSUE"},
                       {"quantity", "-2.5"},
                       {"unit_cost", "12.50 EUR"},
                       {"reason", "sale"},
                       {"reference", "T-1"},
                       {"note", "n"},
                       {"user", "u1"},
                       {"device", "d1"},
                       {"hlc", "117657974887546880"},
                       {"transfer_id", QJsonValue()},
                       {"reverses_id", QJsonValue()}};
}

} // namespace

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movementRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("quantity");
        QTest::newRow("receipt") << "RECEIPT"
                                 << "10";
        QTest::newRow("issue") << "ISSUE"
                               << "-2.5";
        QTest::newRow("adjustment down") << "ADJUSTMENT"
                                         << "-0.001";
        QTest::newRow("adjustment up") << "ADJUSTMENT"
                                       << "3";
        QTest::newRow("loss") << "LOSS"
                              << "-1";
        QTest::newRow("return") << "RETURN"
                                << "1";
        QTest::newRow("transfer out") << "TRANSFER_OUT"
                                      << "-4";
        QTest::newRow("transfer in") << "TRANSFER_IN"
                                     << "4";
        QTest::newRow("count") << "COUNT"
                               << "0";
    }

    void movementRoundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QString, quantity);
        QJsonObject o = validMovement();
        o.insert("kind", kind);
        o.insert("quantity", quantity);
        if (kind.startsWith(u"TRANSFER"))
            o.insert("transfer_id", "01a20152-0000-7000-8000-000000000001");
        const auto m = proto::movementFromJson(o);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        QCOMPARE(core::movementKindToString(m->kind), kind);
        QCOMPARE(m->hlc.raw(), quint64(117657974887546880ULL));
        QCOMPARE(m->unitCost.toString(), QStringLiteral("12.50 EUR"));
        const QJsonObject back = proto::movementToJson(*m);
        const auto again = proto::movementFromJson(back);
        QVERIFY(again.ok());
        QVERIFY(proto::samePayload(*m, *again));
        QCOMPARE(back.value("hlc").toString(), QStringLiteral("117657974887546880"));
        QVERIFY(!back.contains("seq"));
        core::Movement withSeq = *m;
        withSeq.serverSeq = 42;
        QCOMPARE(proto::movementToJson(withSeq).value("seq").toString(), QStringLiteral("42"));
    }

    void movementRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Undefined) << "invalid_movement";
        QTest::newRow("bad id") << "id" << QJsonValue("nope") << "invalid_movement";
        QTest::newRow("numeric id") << "id" << QJsonValue(5) << "invalid_movement";
        QTest::newRow("bad product") << "product_id" << QJsonValue("x") << "invalid_movement";
        QTest::newRow("unknown kind") << "kind" << QJsonValue("THEFT") << "invalid_movement";
        QTest::newRow("numeric quantity") << "quantity" << QJsonValue(2) << "invalid_quantity";
        QTest::newRow("four decimals") << "quantity" << QJsonValue("-1.2345") << "invalid_quantity";
        QTest::newRow("positive issue") << "quantity" << QJsonValue("2") << "invalid_quantity";
        QTest::newRow("zero issue") << "quantity" << QJsonValue("0") << "invalid_quantity";
        QTest::newRow("exponent") << "quantity" << QJsonValue("-1e3") << "invalid_quantity";
        QTest::newRow("numeric hlc") << "hlc" << QJsonValue(123) << "invalid_movement";
        QTest::newRow("zero hlc") << "hlc" << QJsonValue("0") << "invalid_movement";
        QTest::newRow("hlc beyond int64") << "hlc" << QJsonValue("18446744073709551615") << "invalid_movement";
        QTest::newRow("signed hlc") << "hlc" << QJsonValue("-5") << "invalid_movement";
        QTest::newRow("bad cost") << "unit_cost" << QJsonValue("12.50") << "invalid_movement";
        QTest::newRow("long reason") << "reason" << QJsonValue(QString(201, QLatin1Char('r'))) << "invalid_movement";
        QTest::newRow("numeric note") << "note" << QJsonValue(1) << "invalid_movement";
    }

    void movementRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject o = validMovement();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        const auto m = proto::movementFromJson(o);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY(!m.error().message.isEmpty());
    }

    void transferNeedsItsPair()
    {
        QJsonObject o = validMovement();
        o.insert("kind", "TRANSFER_OUT");
        QVERIFY(!proto::movementFromJson(o).ok());
    }

    void samePayloadSpotsEveryField()
    {
        const auto base = proto::movementFromJson(validMovement());
        QVERIFY(base.ok());
        for (const char *field : {"reason", "reference", "note", "user", "device"}) {
            QJsonObject o = validMovement();
            o.insert(QLatin1String(field), "changed");
            QVERIFY2(!proto::samePayload(*base, *proto::movementFromJson(o)), field);
        }
        QJsonObject o = validMovement();
        o.insert("quantity", "-2.4");
        QVERIFY(!proto::samePayload(*base, *proto::movementFromJson(o)));
        o = validMovement();
        o.insert("hlc", "117657974887546881");
        QVERIFY(!proto::samePayload(*base, *proto::movementFromJson(o)));
    }

    void catalogItems()
    {
        const QJsonObject item{
            {"type", "product"},
            {"id", "01a20152-7969-73b4-b6ae-3a7b5186aaaa"},
            {"fields", QJsonObject{{"sku", "A"},
                                   {"name", "Apple"},
                                   {"barcodes", QJsonArray{"123"}},
                                   {"reorder_point", "2.5"},
                                   {"archived", false}}},
            {"stamps",
             QJsonObject{
                 {"sku", "10"}, {"name", "11"}, {"barcodes", "12"}, {"reorder_point", "13"}, {"archived", "14"}}}};
        const auto parsed = proto::catalogItemFromJson(item);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->createdHlc.raw(), quint64(10)); // earliest stamp when created_hlc is absent
        QCOMPARE(parsed->stamps.value("name").raw(), quint64(11));
        const auto again = proto::catalogItemFromJson(proto::catalogItemToJson(*parsed));
        QVERIFY(again.ok());
        QCOMPARE(again->fields, parsed->fields);
        QCOMPARE(again->stamps, parsed->stamps);

        auto refused = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject o = item;
            change(o);
            const auto r = proto::catalogItemFromJson(o);
            return !r.ok() && r.error().code == u"invalid_catalog_item";
        };
        QVERIFY(refused([](QJsonObject &o) { o.insert("type", "customer"); }));
        QVERIFY(refused([](QJsonObject &o) { o.insert("id", "x"); }));
        QVERIFY(refused([](QJsonObject &o) { o.insert("fields", QJsonObject{}); }));
        QVERIFY(refused([](QJsonObject &o) {
            o.insert("fields", QJsonObject{{"sku", "A"}, {"tenant_id", "x"}});
            o.insert("stamps", QJsonObject{{"sku", "1"}, {"tenant_id", "1"}});
        }));
        QVERIFY(refused([](QJsonObject &o) { o.insert("stamps", QJsonObject{{"sku", "1"}}); })); // name unstamped
        QVERIFY(refused([](QJsonObject &o) {
            o.insert("fields", QJsonObject{{"reorder_point", "-1"}});
            o.insert("stamps", QJsonObject{{"reorder_point", "1"}});
        }));
        QVERIFY(refused([](QJsonObject &o) {
            o.insert("fields", QJsonObject{{"barcodes", QJsonArray{1}}});
            o.insert("stamps", QJsonObject{{"barcodes", "1"}});
        }));
        QCOMPARE(proto::validateCatalogField(proto::CatalogType::Location, "type", "SHOP"), QString());
        QVERIFY(!proto::validateCatalogField(proto::CatalogType::Location, "type", "CASTLE").isEmpty());
        QVERIFY(!proto::validateCatalogField(proto::CatalogType::Supplier, "sku", "A").isEmpty());
    }

    void itemResults()
    {
        proto::ItemResult accepted;
        accepted.id = "a";
        accepted.seq = 7;
        const auto a = proto::itemResultFromJson(proto::itemResultToJson(accepted));
        QVERIFY(a.ok());
        QCOMPARE(a->status, proto::ItemResult::Status::Accepted);
        QCOMPARE(a->seq, 7);
        proto::ItemResult rejected;
        rejected.id = "b";
        rejected.status = proto::ItemResult::Status::Rejected;
        rejected.code = "conflict";
        rejected.message = "m";
        const auto r = proto::itemResultFromJson(proto::itemResultToJson(rejected));
        QVERIFY(r.ok());
        QCOMPARE(r->code, QStringLiteral("conflict"));
        QVERIFY(!proto::itemResultFromJson(QJsonObject{{"id", "x"}, {"status", "lost"}}).ok());
        QVERIFY(!proto::itemResultFromJson(QJsonObject{{"status", "accepted"}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_sync_protocol.moc"
