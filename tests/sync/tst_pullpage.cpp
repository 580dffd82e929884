// The pull page codecs of sync/protocol/pullpage.h: a CBOR page carries what a JSON page carries,
// and its reader refuses what movementFromJson() refuses, plus malformed CBOR.
#include "sync/protocol/jsonwriter.h"
#include "sync/protocol/pullpage.h"

#include "core/uuid.h"

#include <QCborStreamWriter>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace depot;
namespace proto = depot::sync::protocol;
using core::Movement;
using core::MovementKind;
using core::Quantity;

namespace {

Movement sample(MovementKind kind, qint64 milli)
{
    Movement m;
    m.id = core::UuidV7::generate();
    m.productId = core::UuidV7::generate();
    m.locationId = core::UuidV7::generate();
    m.kind = kind;
    m.quantity = Quantity::fromMilli(milli);
    m.userId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    m.deviceId = QStringLiteral("till-2");
    m.hlc = core::Hlc(quint64(1'700'000'000'000) << 16 | 7);
    m.serverSeq = 42;
    return m;
}

/// A CBOR pull answer: `columns` and `rows` written by `writeRows`, then the cursor fields.
QByteArray cborPage(const QList<QByteArray> &columns, const std::function<void(QCborStreamWriter &)> &writeRows,
                    qint64 next = 50, bool columnsFirst = true)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap();
    w.append(QLatin1String("success"));
    w.append(true);
    w.append(QLatin1String("data"));
    w.startMap();
    const auto writeColumns = [&] {
        w.append(QLatin1String("movement_columns"));
        w.startArray();
        for (const QByteArray &c : columns)
            w.appendTextString(c.constData(), c.size());
        w.endArray();
    };
    if (columnsFirst)
        writeColumns();
    w.append(QLatin1String("movements"));
    w.startArray();
    writeRows(w);
    w.endArray();
    if (!columnsFirst)
        writeColumns();
    w.append(QLatin1String("next"));
    w.append(next);
    w.append(QLatin1String("has_more"));
    w.append(true);
    w.append(QLatin1String("last_seq"));
    w.append(qint64(90));
    w.append(QLatin1String("server_hlc"));
    w.append(quint64(123456789));
    w.append(QLatin1String("memberships"));
    w.startArray(0);
    w.endArray();
    w.append(QLatin1String("what_a_newer_server_adds"));
    QCborValue::fromJsonValue(QJsonObject{{QStringLiteral("x"), 1}}).toCbor(w);
    w.endMap();
    w.endMap();
    return out;
}

QByteArray cborPage(const QList<Movement> &movements)
{
    return cborPage(proto::cborMovementColumns(), [&](QCborStreamWriter &w) {
        for (const Movement &m : movements)
            proto::writeCborMovementRow(w, m, core::UuidV7::generate());
    });
}

void compareMovements(const Movement &a, const Movement &b)
{
    QVERIFY(proto::samePayload(a, b));
    QCOMPARE(a.serverSeq, b.serverSeq);
}

} // namespace

class TestPullPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cborRowsCarryEveryField()
    {
        Movement plain = sample(MovementKind::Receipt, 12'500);
        plain.unitCost = core::Money::parse(QStringLiteral("3.25 EUR")).value();
        plain.reason = QStringLiteral("Lieferung «Nord» — 東京\n\"quoted\"");
        plain.reference = QStringLiteral("PO-7");
        plain.note = QString(2000, u'n');
        Movement transfer = sample(MovementKind::TransferOut, -2'000);
        transfer.transferId = core::UuidV7::generate();
        Movement reversal = sample(MovementKind::Receipt, -12'500);
        reversal.reversesId = plain.id;
        reversal.serverSeq = 43;
        Movement voided = sample(MovementKind::Count, 0);
        voided.reversesId = core::UuidV7::generate();
        const QList<Movement> sent{plain, transfer, reversal, voided};

        proto::PullPage page;
        const auto problem = proto::pullPageFromCbor(cborPage(sent), &page);
        QVERIFY2(!problem, problem ? qPrintable(problem->error.message) : "");
        QCOMPARE(page.movements.size(), sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i)
            compareMovements(page.movements.at(i), sent.at(i));
        QCOMPARE(page.next, 50);
        QVERIFY(page.hasMore);
        QCOMPARE(page.lastSeq.value_or(-1), 90);
        QCOMPARE(page.serverHlc.value_or(core::Hlc()).raw(), quint64(123456789));

        // The JSON form of the same movements reads back to the same list.
        QJsonArray json;
        for (const Movement &m : sent)
            json.append(proto::movementToJson(m));
        proto::PullPage fromJson;
        QVERIFY(!proto::pullPageFromJson(
            QJsonObject{{QStringLiteral("movements"), json}, {QStringLiteral("next"), QStringLiteral("50")}},
            &fromJson));
        QCOMPARE(fromJson.movements.size(), sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i)
            compareMovements(fromJson.movements.at(i), page.movements.at(i));
        QCOMPARE(fromJson.next, 50);
    }

    void cborColumnsAreFoundByName()
    {
        // Another order, and a column this client does not know: read by name, the unknown skipped.
        const Movement m = sample(MovementKind::Issue, -3'000);
        QList<QByteArray> columns{"hlc",        "kind", "extra", "quantity_milli", "location_id",
                                  "product_id", "seq",  "id",    "user",           "device"};
        const QByteArray body = cborPage(columns, [&](QCborStreamWriter &w) {
            w.startArray();
            w.append(quint64(m.hlc.raw()));
            w.append(QLatin1String("ISSUE"));
            w.append(QLatin1String("ignored"));
            w.append(qint64(-3000));
            proto::writeCborUuid(w, m.locationId);
            proto::writeCborUuid(w, m.productId);
            w.append(qint64(m.serverSeq));
            proto::writeCborUuid(w, m.id);
            w.append(QLatin1String("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
            w.append(QLatin1String("till-2"));
            w.endArray();
        });
        proto::PullPage page;
        const auto problem = proto::pullPageFromCbor(body, &page);
        QVERIFY2(!problem, problem ? qPrintable(problem->error.message) : "");
        QCOMPARE(page.movements.size(), 1);
        compareMovements(page.movements.first(), m);
    }

    void cborRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("code");
        const auto page = [](const Movement &m) { return cborPage(QList<Movement>{m}); };
        const auto movement = int(proto::PullPageError::Part::Movement);
        const auto whole = int(proto::PullPageError::Part::Page);
        QTest::newRow("wrong sign") << page(sample(MovementKind::Issue, 1'000)) << movement
                                    << QStringLiteral("invalid_quantity");
        Movement transfer = sample(MovementKind::TransferIn, 1'000);
        QTest::newRow("transfer without its id") << page(transfer) << movement << QStringLiteral("invalid_movement");
        Movement longNote = sample(MovementKind::Receipt, 1'000);
        longNote.note = QString(2001, u'x');
        QTest::newRow("note too long") << page(longNote) << movement << QStringLiteral("invalid_movement");
        const Movement m = sample(MovementKind::Receipt, 1'000);
        QTest::newRow("row without an hlc") << cborPage(proto::cborMovementColumns(), [&](QCborStreamWriter &w) {
            w.startArray();
            proto::writeCborUuid(w, m.id);
            w.append(qint64(m.serverSeq));
            proto::writeCborUuid(w, m.productId);
            proto::writeCborUuid(w, m.locationId);
            w.append(QLatin1String("RECEIPT"));
            w.append(qint64(1000));
            w.endArray();
        }) << movement << QStringLiteral("invalid_movement");
        QTest::newRow("uuid as text") << cborPage({"id"}, [&](QCborStreamWriter &w) {
            w.startArray();
            w.append(core::uuidToText(m.id));
            w.endArray();
        }) << movement << QStringLiteral("invalid_movement");
        QTest::newRow("row not an array")
            << cborPage(proto::cborMovementColumns(), [&](QCborStreamWriter &w) { w.append(QLatin1String("row")); })
            << movement << QStringLiteral("invalid_movement");
        QTest::newRow("more values than columns") << cborPage({"id"}, [&](QCborStreamWriter &w) {
            w.startArray();
            proto::writeCborUuid(w, m.id);
            proto::writeCborUuid(w, m.id);
            w.endArray();
        }) << movement << QStringLiteral("invalid_movement");
        QTest::newRow("rows before their columns") << cborPage(
            proto::cborMovementColumns(), [&](QCborStreamWriter &w) { proto::writeCborMovementRow(w, m, {}); }, 50,
            false) << whole << QStringLiteral("invalid_response");
        QTest::newRow("negative cursor") << cborPage(
            proto::cborMovementColumns(), [](QCborStreamWriter &) {}, -1)
                                         << whole << QStringLiteral("invalid_response");
        QByteArray cut = page(m);
        cut.chop(40);
        QTest::newRow("cut short") << cut << whole << QStringLiteral("invalid_response");
        QTest::newRow("not CBOR") << QByteArray("{\"success\":true}") << whole << QStringLiteral("invalid_response");
        QTest::newRow("an error envelope")
            << QCborValue::fromJsonValue(QJsonObject{{QStringLiteral("success"), false}}).toCbor() << whole
            << QStringLiteral("invalid_response");
    }

    void cborRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, part);
        QFETCH(QString, code);
        proto::PullPage page;
        const auto problem = proto::pullPageFromCbor(body, &page);
        QVERIFY(problem.has_value());
        QCOMPARE(int(problem->part), part);
        QCOMPARE(problem->error.code, code);
        QVERIFY(!problem->error.message.isEmpty());
    }
    void jsonStringsEscapeLikeQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("REF-2026/12");
        QTest::newRow("quotes and backslash") << QStringLiteral("a \"b\" \\ c");
        QTest::newRow("controls") << QStringLiteral("line\nnext\ttab\r\b\f") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("french") << QStringLiteral("Réception d’été — 12 €");
        QTest::newRow("beyond BMP") << QStringLiteral("box \U0001F4E6 end");
        QTest::newRow("escape at both ends") << QStringLiteral("\"middle\n");
    }

    void jsonStringsEscapeLikeQJsonDocument()
    {
        QFETCH(QString, text);
        QByteArray out = "[";
        proto::appendJsonString(out, text);
        out += ']';
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().at(0).toString(), text);
        // Written as QJsonDocument writes it, so the server's fast push decoder reads both alike.
        QCOMPARE(out, QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    }

    void movementJsonMatchesMovementToJson_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addColumn<bool>("withPushedBy");
        QTest::newRow("plain") << false << false;
        QTest::newRow("every field") << true << false;
        QTest::newRow("with pushed_by") << true << true;
    }

    void movementJsonMatchesMovementToJson()
    {
        QFETCH(bool, full);
        QFETCH(bool, withPushedBy);
        // With every field: the reversal of a transfer out (so of the opposite sign).
        Movement m = full ? sample(MovementKind::TransferOut, 2500) : sample(MovementKind::Issue, -2500);
        m.serverSeq = full ? 77 : 0;
        if (full) {
            m.transferId = core::UuidV7::generate();
            m.reversesId = core::UuidV7::generate();
            m.unitCost = core::Money(1250, QStringLiteral("EUR"));
            m.reason = QStringLiteral("Casse \"rayon 4\"");
            m.note = QStringLiteral("ligne 1\nligne 2 — été");
            m.reference = QStringLiteral("BL-1");
        }
        const QUuid pushedBy = core::UuidV7::generate();
        QByteArray out;
        proto::appendMovementJson(out, m, withPushedBy ? std::optional<QUuid>(pushedBy) : std::nullopt);
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonObject expected = proto::movementToJson(m);
        if (withPushedBy)
            expected.insert(QStringLiteral("pushed_by"), core::uuidToText(pushedBy));
        QCOMPARE(parsed, expected);
        auto back = proto::movementFromJson(parsed);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QVERIFY(proto::samePayload(back.value(), m));
    }
};

QTEST_GUILESS_MAIN(TestPullPage)
#include "tst_pullpage.moc"
