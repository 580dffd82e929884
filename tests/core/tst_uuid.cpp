#include "core/uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QTest>

#include <vector>

using namespace depot::core;

namespace {

constexpr qint64 kMaxTimestampMs = (qint64(1) << 48) - 1;
constexpr int kLoopCount = 100000;

/// The big-endian 48-bit timestamp prefix, read without going through UuidV7::timestampMs().
qint64 prefixMs(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(bytes[i]);
    return ms;
}

} // namespace

class TestUuid : public QObject
{
    Q_OBJECT

private slots:
    // Declared first on purpose: Qt Test runs slots in order, and generate() may borrow future
    // milliseconds once the tight loops below have run faster than 2048 ids per millisecond.
    void generateUsesCurrentTime();
    void versionAndVariant_data();
    void versionAndVariant();
    void timestampRoundTrip_data();
    void timestampRoundTrip();
    void strictlyIncreasing();
    void unique();
    void generateAtSameMillisecondUnique();
    void textForm();
    void fromTextAccepts_data();
    void fromTextAccepts();
    void fromTextRefusesGarbage_data();
    void fromTextRefusesGarbage();
    void notV7_data();
    void notV7();
};

void TestUuid::generateUsesCurrentTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid id = UuidV7::generate();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 ms = prefixMs(id);
    QVERIFY2(ms >= before && ms <= after,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(ms).arg(before).arg(after)));
}

void TestUuid::versionAndVariant_data()
{
    QTest::addColumn<QUuid>("id");
    QTest::newRow("generate") << UuidV7::generate();
    QTest::newRow("generateAt epoch") << UuidV7::generateAt(0);
    QTest::newRow("generateAt 2023") << UuidV7::generateAt(1700000000000);
    QTest::newRow("generateAt max") << UuidV7::generateAt(kMaxTimestampMs);
}

void TestUuid::versionAndVariant()
{
    QFETCH(QUuid, id);
    const QByteArray bytes = id.toRfc4122();
    QCOMPARE(bytes.size(), 16);
    // RFC 9562: version in the high nibble of octet 6, variant 0b10 in the top bits of octet 8.
    QCOMPARE(quint8(bytes[6]) >> 4, 7);
    QCOMPARE(quint8(bytes[8]) & 0xc0, 0x80);
    QCOMPARE(id.variant(), QUuid::DCE);
    QVERIFY(UuidV7::isV7(id));
}

void TestUuid::timestampRoundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("one") << qint64(1);
    QTest::newRow("2023-11-14") << qint64(1700000000000);
    QTest::newRow("byte pattern") << qint64(0x0123456789ab);
    QTest::newRow("max 48 bits") << kMaxTimestampMs;
}

void TestUuid::timestampRoundTrip()
{
    QFETCH(qint64, ms);
    const QUuid id = UuidV7::generateAt(ms);
    // The timestamp is the big-endian prefix, so it must be readable straight from the bytes.
    QCOMPARE(prefixMs(id), ms);
    QCOMPARE(UuidV7::timestampMs(id), ms);
}

void TestUuid::strictlyIncreasing()
{
    std::vector<QUuid> ids;
    ids.reserve(kLoopCount);
    for (int i = 0; i < kLoopCount; ++i)
        ids.push_back(UuidV7::generate());

    QByteArray previousBytes = ids.front().toRfc4122();
    QString previousText = uuidToText(ids.front());
    for (int i = 1; i < kLoopCount; ++i) {
        const QByteArray bytes = ids[i].toRfc4122();
        const QString text = uuidToText(ids[i]);
        if (!(previousBytes < bytes))
            QFAIL(qPrintable(QStringLiteral("bytes not increasing at %1: %2 then %3")
                                 .arg(i)
                                 .arg(QString::fromLatin1(previousBytes.toHex()), QString::fromLatin1(bytes.toHex()))));
        // Stores and the wire sort the text form; it must order exactly like the bytes.
        if (!(previousText < text))
            QFAIL(qPrintable(QStringLiteral("text not increasing at %1: %2 then %3").arg(i).arg(previousText, text)));
        previousBytes = bytes;
        previousText = text;
    }
}

void TestUuid::unique()
{
    QSet<QUuid> seen;
    seen.reserve(kLoopCount);
    for (int i = 0; i < kLoopCount; ++i)
        seen.insert(UuidV7::generate());
    QCOMPARE(seen.size(), kLoopCount);
}

void TestUuid::generateAtSameMillisecondUnique()
{
    constexpr int count = 10000;
    QSet<QUuid> seen;
    for (int i = 0; i < count; ++i) {
        const QUuid id = UuidV7::generateAt(1700000000000);
        QCOMPARE(prefixMs(id), qint64(1700000000000));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), count);
}

void TestUuid::textForm()
{
    const QUuid id = UuidV7::generate();
    const QString text = uuidToText(id);
    QCOMPARE(text.size(), 36);
    QVERIFY(!text.contains(u'{'));
    QCOMPARE(text, text.toLower());
    QCOMPARE(uuidFromText(text), id);
}

void TestUuid::fromTextAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QUuid>("expected");
    const QUuid id = UuidV7::generateAt(1700000000000);
    const QString text = uuidToText(id);
    QTest::newRow("canonical") << text << id;
    QTest::newRow("braces") << QString(u'{' + text + u'}') << id;
    QTest::newRow("upper case") << text.toUpper() << id;
    QTest::newRow("fixed value") << QStringLiteral("018bcfe5-6800-7abc-8def-0123456789ab")
                                 << QUuid(0x018bcfe5, 0x6800, 0x7abc, 0x8d, 0xef, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab);
}

void TestUuid::fromTextAccepts()
{
    QFETCH(QString, text);
    QFETCH(QUuid, expected);
    QCOMPARE(uuidFromText(text), expected);
}

void TestUuid::fromTextRefusesGarbage_data()
{
    QTest::addColumn<QString>("text");
    const QString valid = QStringLiteral("018bcfe5-6800-7abc-8def-0123456789ab");
    QTest::newRow("empty") << QString();
    QTest::newRow("word") << QStringLiteral("not-a-uuid");
    QTest::newRow("one char short") << valid.chopped(1);
    QTest::newRow("one char long") << QString(valid + u'0');
    QTest::newRow("no hyphens") << QString(valid).remove(u'-');
    QTest::newRow("non-hex first") << QString(u'g' + valid.mid(1));
    QTest::newRow("non-hex last") << QString(valid.chopped(1) + u'z');
    QTest::newRow("hyphen moved") << QStringLiteral("018bcfe56-800-7abc-8def-0123456789ab");
    QTest::newRow("parentheses") << QString(u'(' + valid + u')');
    QTest::newRow("opening brace only") << QString(u'{' + valid);
    QTest::newRow("spaces around") << QString(u' ' + valid + u' ');
    QTest::newRow("junk after brace") << QString(u'{' + valid + u'x');
    QTest::newRow("junk after text") << QString(valid + QStringLiteral("zz"));
}

void TestUuid::fromTextRefusesGarbage()
{
    QFETCH(QString, text);
    QVERIFY2(uuidFromText(text).isNull(), qPrintable(uuidFromText(text).toString()));
}

void TestUuid::notV7_data()
{
    QTest::addColumn<QUuid>("id");
    QTest::newRow("null") << QUuid();
    QTest::newRow("v4") << QUuid::createUuid();
    QTest::newRow("v1") << QUuid(QStringLiteral("c232ab00-9414-11ec-b3c8-9f6bdeced846"));

    // Version 7 nibble but the Microsoft variant (0b110): not an RFC 9562 UUIDv7.
    QByteArray bytes = UuidV7::generateAt(1700000000000).toRfc4122();
    bytes[8] = char((quint8(bytes[8]) & 0x1f) | 0xc0);
    QTest::newRow("v7 nibble, wrong variant") << QUuid::fromRfc4122(bytes);
}

void TestUuid::notV7()
{
    QFETCH(QUuid, id);
    QVERIFY(!UuidV7::isV7(id));
    QCOMPARE(UuidV7::timestampMs(id), qint64(-1));
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
