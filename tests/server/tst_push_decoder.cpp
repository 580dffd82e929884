// The server's push-body decoder (server/pushdecoder.h) against the parse it stands in for:
// QJsonDocument, then movementFromJson per movement. Whatever it decodes must be exactly what
// that parse gives; whatever it does not take it must leave to that parse (nullopt).
#include "server/pushdecoder.h"

#include "sync/protocol/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace depot;
namespace proto = depot::sync::protocol;

namespace {

QJsonObject movement(int i)
{
    return QJsonObject{{"id", QStringLiteral("01a20152-796b-75c0-9b65-43e8c5fc4a%1").arg(i, 2, 10, QLatin1Char('0'))},
                       {"product_id", "01a20152-7969-73b4-b6ae-3a7b5186aaaa"},
                       {"location_id", "01a20152-796a-7340-a947-ea5ad9301780"},
                       {"kind", i % 2 ? "ISSUE" : "RECEIPT"},
                       {"quantity", i % 2 ? "-2.5" : "10"},
                       {"unit_cost", i % 3 ? "12.50 EUR" : ""},
                       {"reason", "sale"},
                       {"reference", "T-1"},
                       {"note", ""},
                       {"user", "u1"},
                       {"device", "d1"},
                       {"hlc", QString::number(117657974887546880LL + i)},
                       {"transfer_id", QJsonValue()},
                       {"reverses_id", QJsonValue()}};
}

QByteArray body(int movements)
{
    QJsonArray array;
    for (int i = 0; i < movements; ++i)
        array.append(movement(i));
    return QJsonDocument(QJsonObject{{"protocol", 1},
                                     {"device", "d1"},
                                     {"hlc", "117657974887546880"},
                                     {"movements", array},
                                     {"catalog", QJsonArray{QJsonObject{{"type", "product"}, {"x", 1.5}}}}})
        .toJson(QJsonDocument::Compact);
}

/// Equal outcomes: the same error, or the same movement.
bool sameOutcome(const core::Result<core::Movement> &a, const core::Result<core::Movement> &b, QString *why)
{
    if (a.ok() != b.ok()) {
        *why = QStringLiteral("one is accepted, the other refused");
        return false;
    }
    if (!a.ok()) {
        if (a.error().code == b.error().code && a.error().message == b.error().message)
            return true;
        *why = a.error().message + QLatin1String(" / ") + b.error().message;
        return false;
    }
    const core::Movement &x = *a;
    const core::Movement &y = *b;
    const bool same = x.id == y.id && x.productId == y.productId && x.locationId == y.locationId && x.kind == y.kind
                      && x.quantity == y.quantity && x.unitCost == y.unitCost && x.reason == y.reason
                      && x.reference == y.reference && x.note == y.note && x.userId == y.userId
                      && x.deviceId == y.deviceId && x.hlc == y.hlc && x.transferId == y.transferId
                      && x.reversesId == y.reversesId;
    if (!same)
        *why = QStringLiteral("different movements");
    return same;
}

/// Checks `json` decodes to what the full parse gives; false (with the reason) when it does not.
/// A body the decoder leaves alone passes.
bool matchesFullParse(const QByteArray &json, QString *why)
{
    const auto decoded = server::decodePushBody(json);
    if (!decoded)
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("decoded a body QJsonDocument refuses: ") + error.errorString();
        return false;
    }
    QJsonObject full = doc.object();
    const QJsonValue movements = full.take(QStringLiteral("movements"));
    if (decoded->rest != full) {
        *why = QStringLiteral("the rest of the body differs");
        return false;
    }
    const QJsonArray array = movements.toArray();
    if (!(movements.isArray() || (movements.isUndefined() && decoded->movements.isEmpty()))
        || array.size() != decoded->movements.size()) {
        *why = QStringLiteral("not the same movements");
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *why = QStringLiteral("decoded a movement that is not an object");
            return false;
        }
        if (!sameOutcome(proto::movementFromFields(decoded->movements.at(i)),
                         proto::movementFromJson(array.at(i).toObject()), why))
            return false;
    }
    return true;
}

} // namespace

class TestPushDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheUsualPush()
    {
        const QByteArray json = body(20);
        const auto decoded = server::decodePushBody(json);
        QVERIFY(decoded);
        QCOMPARE(decoded->movements.size(), 20);
        QVERIFY(!decoded->rest.contains(QStringLiteral("movements")));
        QCOMPARE(decoded->rest.value(QStringLiteral("device")).toString(), QStringLiteral("d1"));
        QCOMPARE(decoded->rest.value(QStringLiteral("catalog")).toArray().size(), 1);
        QString why;
        QVERIFY2(matchesFullParse(json, &why), qPrintable(why));
        QVERIFY(proto::movementFromFields(decoded->movements.at(3)).ok());
    }

    void decodesRefusedMovementsTheSame_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null product") << "product_id" << QJsonValue(QJsonValue::Null);
        QTest::newRow("bad uuid") << "location_id" << QJsonValue("not-a-uuid");
        QTest::newRow("bad kind") << "kind" << QJsonValue("GIFT");
        QTest::newRow("bad quantity") << "quantity" << QJsonValue("1.2345");
        QTest::newRow("wrong sign") << "quantity" << QJsonValue("5");
        QTest::newRow("bad cost") << "unit_cost" << QJsonValue("12 EURO");
        QTest::newRow("long reason") << "reason" << QJsonValue(QString(201, QLatin1Char('r')));
        QTest::newRow("long user") << "user" << QJsonValue(QString(101, QLatin1Char('u')));
        QTest::newRow("bad hlc") << "hlc" << QJsonValue("12x");
        QTest::newRow("zero hlc") << "hlc" << QJsonValue("0");
        QTest::newRow("transfer without id") << "kind" << QJsonValue("TRANSFER_OUT");
        QTest::newRow("null transfer") << "transfer_id" << QJsonValue(QJsonValue::Null);
        QTest::newRow("unknown field") << "colour" << QJsonValue("blue");
    }

    void decodesRefusedMovementsTheSame()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject m = movement(1);
        if (value.isUndefined())
            m.remove(field);
        else
            m.insert(field, value);
        const QByteArray json = QJsonDocument(QJsonObject{{"protocol", 1}, {"movements", QJsonArray{m, movement(2)}}})
                                    .toJson(QJsonDocument::Compact);
        const auto decoded = server::decodePushBody(json);
        QVERIFY(decoded);
        QString why;
        QVERIFY2(matchesFullParse(json, &why), qPrintable(why));
    }

    void leavesOtherShapesToTheFullParse_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray m = "\"id\":\"01a20152-796b-75c0-9b65-43e8c5fc4a3f\",\"kind\":\"ISSUE\"";
        QTest::newRow("escape") << QByteArray("{\"movements\":[{\"note\":\"a\\\"b\"," + m + "}]}");
        QTest::newRow("unicode escape") << QByteArray("{\"movements\":[{\"note\":\"\\u00e9\"," + m + "}]}");
        QTest::newRow("non-ASCII") << QByteArray("{\"movements\":[{\"note\":\"\xc3\xa9\"," + m + "}]}");
        QTest::newRow("number") << QByteArray("{\"movements\":[{\"quantity\":2," + m + "}]}");
        QTest::newRow("boolean") << QByteArray("{\"movements\":[{\"note\":true," + m + "}]}");
        QTest::newRow("nested") << QByteArray("{\"movements\":[{\"note\":{\"a\":\"b\"}," + m + "}]}");
        QTest::newRow("known key twice") << QByteArray("{\"movements\":[{\"kind\":\"RECEIPT\"," + m + "}]}");
        QTest::newRow("not an object") << QByteArray("{\"movements\":[1]}");
        QTest::newRow("not an array") << QByteArray("{\"movements\":{}}");
        QTest::newRow("movements twice") << QByteArray("{\"movements\":[],\"movements\":[]}");
        QTest::newRow("escaped top key") << QByteArray("{\"movement\\u0073\":[]}");
        QTest::newRow("garbage after") << QByteArray("{\"movements\":[]} x");
        QTest::newRow("no closing brace") << QByteArray("{\"movements\":[]");
        QTest::newRow("trailing comma") << QByteArray("{\"movements\":[{" + m + "},]}");
        QTest::newRow("bad rest") << QByteArray("{\"protocol\":1 2,\"movements\":[]}");
        QTest::newRow("bad nested rest") << QByteArray("{\"catalog\":[1,,2],\"movements\":[]}");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"movements\":[]}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
    }

    void leavesOtherShapesToTheFullParse()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!server::decodePushBody(json));
    }

    void keepsWhatTheParseKeeps()
    {
        // Whitespace, an unknown key with any value, a key the parse keeps once (the last): same result.
        const QByteArray json = " {\n \"protocol\" : 1 , \"x\" : {\"y\" : [1, \"}\\\"]\"]}, \"protocol\" : 2,"
                                " \"movements\" : [ { \"id\" : null , \"other\" : \"z\" } , { } ] } \n";
        const auto decoded = server::decodePushBody(json);
        QVERIFY(decoded);
        QCOMPARE(decoded->movements.size(), 2);
        QString why;
        QVERIFY2(matchesFullParse(json, &why), qPrintable(why));
    }

    void mutatedBodiesDecodeAsTheFullParse()
    {
        // Random damage to a real body: whatever is still decoded must match the full parse.
        const QByteArray original = body(4);
        QRandomGenerator random(20261203);
        int decoded = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray json = original;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(json.size()));
                static const char alphabet[] = "{}[]\":,\\ nul01-.aeE\x7f\xc3";
                const char c = alphabet[random.bounded(int(sizeof alphabet - 1))];
                switch (random.bounded(3)) {
                case 0:
                    json[at] = c;
                    break;
                case 1:
                    json.insert(at, c);
                    break;
                default:
                    json.remove(at, 1);
                    break;
                }
            }
            QString why;
            QVERIFY2(matchesFullParse(json, &why), qPrintable(why + QLatin1String(": ") + QString::fromLatin1(json)));
            decoded += server::decodePushBody(json).has_value();
        }
        QVERIFY(decoded > 1000); // the comparison ran on many damaged bodies, not only on refusals
    }
};

QTEST_GUILESS_MAIN(TestPushDecoder)
#include "tst_push_decoder.moc"
