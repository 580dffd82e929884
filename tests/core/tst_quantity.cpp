#include "core/quantity.h"

#include <QTest>

#include <limits>

using namespace depot::core;

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

} // namespace

namespace depot::core {
// Found by QCOMPARE through ADL, so failures print the value instead of "<unknown>".
char *toString(const Quantity &quantity)
{
    return QTest::toString(QStringLiteral("%1 milli").arg(quantity.milli()));
}
} // namespace depot::core

class TestQuantity : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void toString_data();
    void toString();
    void textRoundTrip_data();
    void textRoundTrip();
    void scaledDecimal_data();
    void scaledDecimal();
    void formatKeepDecimals_data();
    void formatKeepDecimals();
    void arithmetic();
    void comparison_data();
    void comparison();
};

void TestQuantity::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milli");
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("integer") << QStringLiteral("12") << qint64(12000);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(12500);
    QTest::newRow("decimal comma") << QStringLiteral("12,5") << qint64(12500);
    QTest::newRow("negative three decimals") << QStringLiteral("-0.125") << qint64(-125);
    QTest::newRow("explicit plus") << QStringLiteral("+3") << qint64(3000);
    QTest::newRow("smallest step") << QStringLiteral("0.001") << qint64(1);
    QTest::newRow("trailing zeros") << QStringLiteral("12.500") << qint64(12500);
    QTest::newRow("negative zero") << QStringLiteral("-0") << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("007") << qint64(7000);
    // A missing whole part is accepted on purpose (".5" is how many people write half a unit).
    QTest::newRow("no whole part") << QStringLiteral(".5") << qint64(500);
    QTest::newRow("negative, no whole part") << QStringLiteral("-.5") << qint64(-500);
    QTest::newRow("comma, no whole part") << QStringLiteral(",25") << qint64(250);
    // The comma is always a decimal separator: "1,234" is one and a bit, never a thousand.
    QTest::newRow("comma with three digits") << QStringLiteral("1,234") << qint64(1234);
    QTest::newRow("largest") << QStringLiteral("9223372036854775.807") << kMax;
    QTest::newRow("most negative accepted") << QStringLiteral("-9223372036854775.807") << -kMax;
}

void TestQuantity::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, milli);
    const Result<Quantity> result = Quantity::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->milli(), milli);
}

void TestQuantity::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("minus only") << QStringLiteral("-");
    QTest::newRow("plus only") << QStringLiteral("+");
    QTest::newRow("separator only") << QStringLiteral(".");
    QTest::newRow("sign and separator only") << QStringLiteral("-.");
    QTest::newRow("four decimals") << QStringLiteral("1.2345");
    QTest::newRow("four zero decimals") << QStringLiteral("0.0000");
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("space thousands") << QStringLiteral("1 000");
    QTest::newRow("no-break space thousands") << QStringLiteral("1\u00a0000");
    QTest::newRow("narrow no-break space thousands") << QStringLiteral("1\u202f000");
    QTest::newRow("comma thousands") << QStringLiteral("1,000,000");
    QTest::newRow("comma thousands and dot") << QStringLiteral("1,000.5");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("unit suffix") << QStringLiteral("12kg");
    QTest::newRow("hex") << QStringLiteral("0x10");
    QTest::newRow("trailing separator") << QStringLiteral("1.");
    QTest::newRow("double separator") << QStringLiteral("1..2");
    QTest::newRow("two separators") << QStringLiteral("1.2.3");
    QTest::newRow("double sign") << QStringLiteral("--1");
    QTest::newRow("mixed signs") << QStringLiteral("+-1");
    QTest::newRow("sign after digits") << QStringLiteral("1-");
    QTest::newRow("leading space") << QStringLiteral(" 1");
    QTest::newRow("trailing space") << QStringLiteral("1 ");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662");
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff11\uff12");
    QTest::newRow("nan") << QStringLiteral("nan");
    QTest::newRow("int64 max + 1 whole units") << QStringLiteral("9223372036854775808");
    QTest::newRow("int64 max whole units") << QStringLiteral("9223372036854775807");
    QTest::newRow("one milli over the top") << QStringLiteral("9223372036854775.808");
    // INT64_MIN milli is not accepted: parse caps the magnitude at INT64_MAX for both signs.
    QTest::newRow("int64 min milli") << QStringLiteral("-9223372036854775.808");
    QTest::newRow("huge") << QString(QStringLiteral("1") + QString(40, u'0'));
    QTest::newRow("huge negative") << QString(QStringLiteral("-9") + QString(30, u'9') + QStringLiteral(".5"));
}

void TestQuantity::parseRefuses()
{
    QFETCH(QString, text);
    const Result<Quantity> result = Quantity::parse(text);
    QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted as %1 milli").arg(result.ok() ? result->milli() : 0)));
    QCOMPARE(result.error().code, QStringLiteral("invalid_number"));
    QVERIFY(!result.error().message.isEmpty());
}

void TestQuantity::toString_data()
{
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("one milli") << qint64(1) << QStringLiteral("0.001");
    QTest::newRow("minus one milli") << qint64(-1) << QStringLiteral("-0.001");
    QTest::newRow("hundredth") << qint64(10) << QStringLiteral("0.01");
    QTest::newRow("tenth") << qint64(100) << QStringLiteral("0.1");
    QTest::newRow("inner zero kept") << qint64(1010) << QStringLiteral("1.01");
    QTest::newRow("whole") << qint64(3000) << QStringLiteral("3");
    QTest::newRow("negative whole") << qint64(-3000) << QStringLiteral("-3");
    QTest::newRow("thousand units") << qint64(1000000) << QStringLiteral("1000");
    QTest::newRow("trailing zeros trimmed") << qint64(12500) << QStringLiteral("12.5");
    QTest::newRow("negative fraction") << qint64(-125) << QStringLiteral("-0.125");
    QTest::newRow("negative mixed") << qint64(-12345) << QStringLiteral("-12.345");
    QTest::newRow("int64 max") << kMax << QStringLiteral("9223372036854775.807");
    QTest::newRow("int64 min") << kMin << QStringLiteral("-9223372036854775.808");
}

void TestQuantity::toString()
{
    QFETCH(qint64, milli);
    QFETCH(QString, text);
    QCOMPARE(Quantity::fromMilli(milli).toString(), text);
}

void TestQuantity::textRoundTrip_data()
{
    QTest::addColumn<qint64>("milli");
    for (qint64 milli :
         {qint64(0), qint64(1), qint64(-1), qint64(999), qint64(1000), qint64(-1001), qint64(123456789), kMax, -kMax})
        QTest::addRow("%lld", static_cast<long long>(milli)) << milli;
}

void TestQuantity::textRoundTrip()
{
    QFETCH(qint64, milli);
    const Quantity quantity = Quantity::fromMilli(milli);
    const Result<Quantity> parsed = Quantity::parse(quantity.toString());
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, quantity);
}

void TestQuantity::scaledDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("scaled");
    QTest::newRow("no decimals, integer") << QStringLiteral("1500") << 0 << true << qint64(1500);
    QTest::newRow("no decimals, fraction") << QStringLiteral("1500.5") << 0 << false << qint64(0);
    QTest::newRow("no decimals, int64 max") << QStringLiteral("9223372036854775807") << 0 << true << kMax;
    QTest::newRow("no decimals, int64 max + 1") << QStringLiteral("9223372036854775808") << 0 << false << qint64(0);
    QTest::newRow("two decimals, padded") << QStringLiteral("12.5") << 2 << true << qint64(1250);
    QTest::newRow("two decimals, too many") << QStringLiteral("12.505") << 2 << false << qint64(0);
    QTest::newRow("three decimals") << QStringLiteral("-1.5") << 3 << true << qint64(-1500);
}

void TestQuantity::scaledDecimal()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(bool, ok);
    QFETCH(qint64, scaled);
    const Result<qint64> result = parseScaledDecimal(text, decimals);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result.value(), scaled);
}

void TestQuantity::formatKeepDecimals_data()
{
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("trimmed");
    QTest::newRow("whole, two decimals") << qint64(1200) << 2 << QStringLiteral("12.00") << QStringLiteral("12");
    QTest::newRow("trailing zero") << qint64(1250) << 2 << QStringLiteral("12.50") << QStringLiteral("12.5");
    QTest::newRow("small negative") << qint64(-5) << 2 << QStringLiteral("-0.05") << QStringLiteral("-0.05");
    QTest::newRow("no decimals") << qint64(1500) << 0 << QStringLiteral("1500") << QStringLiteral("1500");
    QTest::newRow("zero, three decimals") << qint64(0) << 3 << QStringLiteral("0.000") << QStringLiteral("0");
}

void TestQuantity::formatKeepDecimals()
{
    QFETCH(qint64, scaled);
    QFETCH(int, decimals);
    QFETCH(QString, kept);
    QFETCH(QString, trimmed);
    QCOMPARE(formatScaledDecimal(scaled, decimals, true), kept);
    QCOMPARE(formatScaledDecimal(scaled, decimals, false), trimmed);
}

void TestQuantity::arithmetic()
{
    // The reason for fixed point: 0.1 + 0.2 is exactly 0.3.
    QCOMPARE(Quantity::fromMilli(100) + Quantity::fromMilli(200), Quantity::fromMilli(300));
    QCOMPARE((*Quantity::parse(u"0.1") + *Quantity::parse(u"0.2")).toString(), QStringLiteral("0.3"));

    QCOMPARE(Quantity::fromUnits(5).milli(), qint64(5000));
    QCOMPARE(Quantity::fromUnits(-2).milli(), qint64(-2000));
    QCOMPARE((Quantity::fromUnits(5) - Quantity::fromMilli(1250)).milli(), qint64(3750));
    QCOMPARE((Quantity::fromUnits(1) - Quantity::fromUnits(3)).milli(), qint64(-2000));
    QCOMPARE((-Quantity::fromMilli(125)).milli(), qint64(-125));
    QCOMPARE((-Quantity::fromMilli(-125)).milli(), qint64(125));

    Quantity total;
    QVERIFY(total.isZero());
    total += Quantity::fromMilli(1500);
    total += Quantity::fromMilli(-250);
    QCOMPARE(total.milli(), qint64(1250));
    QVERIFY(!total.isZero());
    QVERIFY(!total.isNegative());
    total += Quantity::fromUnits(-2);
    QCOMPARE(total.milli(), qint64(-750));
    QVERIFY(total.isNegative());
    QVERIFY(!Quantity().isNegative());
}

void TestQuantity::comparison_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<int>("order"); // -1: a < b, 0: equal, 1: a > b
    QTest::newRow("equal") << qint64(12500) << qint64(12500) << 0;
    QTest::newRow("one milli less") << qint64(12499) << qint64(12500) << -1;
    QTest::newRow("greater") << qint64(3000) << qint64(2999) << 1;
    QTest::newRow("negative below zero") << qint64(-1) << qint64(0) << -1;
    QTest::newRow("more negative") << qint64(-2000) << qint64(-1000) << -1;
    QTest::newRow("extremes") << kMax << kMin << 1;
}

void TestQuantity::comparison()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(int, order);
    const Quantity qa = Quantity::fromMilli(a);
    const Quantity qb = Quantity::fromMilli(b);
    QCOMPARE(qa < qb, order < 0);
    QCOMPARE(qa == qb, order == 0);
    QCOMPARE(qa > qb, order > 0);
    QCOMPARE(qa <= qb, order <= 0);
    QCOMPARE(qa != qb, order != 0);
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
