#include "core/domain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace depot::core;

namespace {

FieldStamps stamps(std::initializer_list<std::pair<QString, Hlc>> entries)
{
    FieldStamps result;
    for (const auto &[field, hlc] : entries)
        result.insert(field, hlc);
    return result;
}

} // namespace

namespace depot::core {
// Found by QCOMPARE through ADL, so failures print the value instead of "<unknown>".
char *toString(const FieldStamps &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    parts.sort();
    return QTest::toString(u'{' + parts.join(u", ") + u'}');
}
} // namespace depot::core

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void movementKindRoundTrip_data();
    void movementKindRoundTrip();
    void movementKindRefuses_data();
    void movementKindRefuses();
    void movementKindDecreases_data();
    void movementKindDecreases();
    void fieldStampsRoundTrip_data();
    void fieldStampsRoundTrip();
    void fieldStampsWireFormat();
    void fieldStampsFromBadJson_data();
    void fieldStampsFromBadJson();
    void locationTypeRoundTrip_data();
    void locationTypeRoundTrip();
    void locationTypeRefuses_data();
    void locationTypeRefuses();
    void alertKindNames();
};

void TestDomain::movementKindRoundTrip_data()
{
    QTest::addColumn<MovementKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("receipt") << MovementKind::Receipt << QStringLiteral("RECEIPT");
    QTest::newRow("issue") << MovementKind::Issue << QStringLiteral("ISSUE");
    QTest::newRow("adjustment") << MovementKind::Adjustment << QStringLiteral("ADJUSTMENT");
    QTest::newRow("loss") << MovementKind::Loss << QStringLiteral("LOSS");
    QTest::newRow("return") << MovementKind::Return << QStringLiteral("RETURN");
    QTest::newRow("transfer out") << MovementKind::TransferOut << QStringLiteral("TRANSFER_OUT");
    QTest::newRow("transfer in") << MovementKind::TransferIn << QStringLiteral("TRANSFER_IN");
    QTest::newRow("count") << MovementKind::Count << QStringLiteral("COUNT");
}

void TestDomain::movementKindRoundTrip()
{
    QFETCH(MovementKind, kind);
    QFETCH(QString, text);
    QCOMPARE(movementKindToString(kind), text);
    const std::optional<MovementKind> parsed = movementKindFromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, kind);
}

void TestDomain::movementKindRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("lower case") << QStringLiteral("receipt");
    QTest::newRow("title case") << QStringLiteral("Receipt");
    QTest::newRow("leading space") << QStringLiteral(" RECEIPT");
    QTest::newRow("trailing space") << QStringLiteral("RECEIPT ");
    QTest::newRow("hyphen") << QStringLiteral("TRANSFER-OUT");
    QTest::newRow("prefix") << QStringLiteral("TRANSFER");
    QTest::newRow("plural") << QStringLiteral("COUNTS");
    QTest::newRow("unknown") << QStringLiteral("SALE");
    QTest::newRow("enum number") << QStringLiteral("0");
}

void TestDomain::movementKindRefuses()
{
    QFETCH(QString, text);
    const std::optional<MovementKind> parsed = movementKindFromString(text);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? movementKindToString(*parsed) : QString()));
}

void TestDomain::movementKindDecreases_data()
{
    QTest::addColumn<MovementKind>("kind");
    QTest::addColumn<bool>("decreases");
    QTest::newRow("receipt") << MovementKind::Receipt << false;
    QTest::newRow("issue") << MovementKind::Issue << true;
    QTest::newRow("adjustment") << MovementKind::Adjustment << false;
    QTest::newRow("loss") << MovementKind::Loss << true;
    QTest::newRow("return") << MovementKind::Return << false;
    QTest::newRow("transfer out") << MovementKind::TransferOut << true;
    QTest::newRow("transfer in") << MovementKind::TransferIn << false;
    QTest::newRow("count") << MovementKind::Count << false;
}

void TestDomain::movementKindDecreases()
{
    QFETCH(MovementKind, kind);
    QFETCH(bool, decreases);
    QCOMPARE(depot::core::movementKindDecreases(kind), decreases);
}

void TestDomain::fieldStampsRoundTrip_data()
{
    QTest::addColumn<FieldStamps>("stamps");
    QTest::newRow("empty") << FieldStamps();
    QTest::newRow("one field") << stamps({{QStringLiteral("name"), Hlc::fromParts(1700000000000, 3)}});
    QTest::newRow("several fields") << stamps({{QStringLiteral("name"), Hlc::fromParts(1700000000000, 3)},
                                               {QStringLiteral("sku"), Hlc::fromParts(1700000000001, 0)},
                                               {QStringLiteral("salePrice"), Hlc(1)}});
    // Above 2^53 a JSON number would lose digits; the stamps must survive exactly.
    QTest::newRow("large values") << stamps(
        {{QStringLiteral("a"), Hlc((quint64(1) << 53) + 1)}, {QStringLiteral("b"), Hlc(quint64(std::numeric_limits<qint64>::max()))}});
    QTest::newRow("awkward field names") << stamps(
        {{QStringLiteral("quote\"and\\slash"), Hlc(7)}, {QStringLiteral("caf\u00e9"), Hlc(8)}, {QString(), Hlc(9)}});
}

void TestDomain::fieldStampsRoundTrip()
{
    QFETCH(FieldStamps, stamps);
    const QString json = fieldStampsToJson(stamps);
    QVERIFY(!json.isEmpty());
    QCOMPARE(fieldStampsFromJson(json), stamps);
}

void TestDomain::fieldStampsWireFormat()
{
    // HLCs travel as decimal strings, compact, so other implementations read them without precision loss.
    QCOMPARE(fieldStampsToJson({}), QStringLiteral("{}"));
    QCOMPARE(fieldStampsToJson(stamps({{QStringLiteral("name"), Hlc(42)}})), QStringLiteral(R"({"name":"42"})"));
    QCOMPARE(fieldStampsFromJson(QStringLiteral(R"({ "name" : "42", "sku": "111411200000000042" })")),
             stamps({{QStringLiteral("name"), Hlc(42)}, {QStringLiteral("sku"), Hlc::fromParts(1700000000000, 42)}}));
}

void TestDomain::fieldStampsFromBadJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<FieldStamps>("expected");
    QTest::newRow("empty") << QString() << FieldStamps();
    QTest::newRow("not json") << QStringLiteral("not json") << FieldStamps();
    QTest::newRow("truncated") << QStringLiteral(R"({"name":"42")") << FieldStamps();
    QTest::newRow("null") << QStringLiteral("null") << FieldStamps();
    QTest::newRow("array") << QStringLiteral(R"(["name","42"])") << FieldStamps();
    QTest::newRow("string") << QStringLiteral(R"("42")") << FieldStamps();
    QTest::newRow("non-numeric stamp") << QStringLiteral(R"({"name":"yesterday"})") << FieldStamps();
    QTest::newRow("negative stamp") << QStringLiteral(R"({"name":"-1"})") << FieldStamps();
    QTest::newRow("overflowing stamp") << QStringLiteral(R"({"name":"99999999999999999999999"})") << FieldStamps();
    QTest::newRow("nested object") << QStringLiteral(R"({"name":{"hlc":"42"}})") << FieldStamps();
    QTest::newRow("bad entries dropped, good kept")
        << QStringLiteral(R"({"name":"42","sku":"x","unit":null,"notes":"7"})")
        << stamps({{QStringLiteral("name"), Hlc(42)}, {QStringLiteral("notes"), Hlc(7)}});
}

void TestDomain::fieldStampsFromBadJson()
{
    QFETCH(QString, json);
    QFETCH(FieldStamps, expected);
    QCOMPARE(fieldStampsFromJson(json), expected);
}

void TestDomain::locationTypeRoundTrip_data()
{
    QTest::addColumn<LocationType>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("warehouse") << LocationType::Warehouse << QStringLiteral("WAREHOUSE");
    QTest::newRow("shop") << LocationType::Shop << QStringLiteral("SHOP");
    QTest::newRow("zone") << LocationType::Zone << QStringLiteral("ZONE");
}

void TestDomain::locationTypeRoundTrip()
{
    QFETCH(LocationType, type);
    QFETCH(QString, text);
    QCOMPARE(locationTypeToString(type), text);
    const std::optional<LocationType> parsed = locationTypeFromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, type);
}

void TestDomain::locationTypeRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << QStringLiteral("STORE");
    QTest::newRow("plural") << QStringLiteral("WAREHOUSES");
    QTest::newRow("leading space") << QStringLiteral(" SHOP");
    QTest::newRow("trailing space") << QStringLiteral("ZONE ");
    QTest::newRow("enum number") << QStringLiteral("0");
}

void TestDomain::locationTypeRefuses()
{
    QFETCH(QString, text);
    const std::optional<LocationType> parsed = locationTypeFromString(text);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? locationTypeToString(*parsed) : QString()));
}

void TestDomain::alertKindNames()
{
    QCOMPARE(alertKindToString(AlertKind::LowStock), QStringLiteral("LOW_STOCK"));
    QCOMPARE(alertKindToString(AlertKind::NegativeStock), QStringLiteral("NEGATIVE_STOCK"));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
