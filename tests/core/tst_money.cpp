#include "core/money.h"

#include <QTest>

using namespace depot::core;

namespace depot::core {
// Found by QCOMPARE through ADL, so failures print the value instead of "<unknown>".
char *toString(const Money &money)
{
    return QTest::toString(QStringLiteral("%1 minor units of \"%2\"").arg(money.minorUnits()).arg(money.currency()));
}
} // namespace depot::core

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void decimalsOf_data();
    void decimalsOf();
    void isValidCurrency_data();
    void isValidCurrency();
    void parseWithCurrency_data();
    void parseWithCurrency();
    void parseWithCurrencyRefuses_data();
    void parseWithCurrencyRefuses();
    void parseCombined_data();
    void parseCombined();
    void parseCombinedRefuses_data();
    void parseCombinedRefuses();
    void format_data();
    void format();
    void equality();
};

void TestMoney::decimalsOf_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
    QTest::newRow("USD") << QStringLiteral("USD") << 2;
    QTest::newRow("XOF") << QStringLiteral("XOF") << 0;
    QTest::newRow("XAF") << QStringLiteral("XAF") << 0;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("TND") << QStringLiteral("TND") << 3;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
    QTest::newRow("IQD") << QStringLiteral("IQD") << 3;
    QTest::newRow("KRW") << QStringLiteral("KRW") << 0;
    QTest::newRow("CHF") << QStringLiteral("CHF") << 2;
    QTest::newRow("XCG") << QStringLiteral("XCG") << 2;
    QTest::newRow("unknown code formats with two") << QStringLiteral("ABC") << 2;
}

void TestMoney::decimalsOf()
{
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QCOMPARE(Money::decimalsOf(currency), decimals);
}

void TestMoney::isValidCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << QStringLiteral("EUR") << true;
    QTest::newRow("XOF") << QStringLiteral("XOF") << true;
    // Codes from both ends of the table and in between (the lookup is a binary search).
    for (const char *code :
         {"AED", "AFN", "BGN", "CHF", "GBP", "JPY", "MGA", "TND", "USD", "XAF", "XCD", "XPF", "YER", "ZMW", "ZWG"})
        QTest::newRow(code) << QString::fromLatin1(code) << true;
    // Three capitals that are not the code of a currency in use.
    QTest::newRow("no such code") << QStringLiteral("ABC") << false;
    QTest::newRow("EUR misspelt") << QStringLiteral("EUU") << false;
    QTest::newRow("before the first") << QStringLiteral("AAA") << false;
    QTest::newRow("after the last") << QStringLiteral("ZZZ") << false;
    QTest::newRow("withdrawn French franc") << QStringLiteral("FRF") << false;
    QTest::newRow("withdrawn kuna") << QStringLiteral("HRK") << false;
    QTest::newRow("testing code") << QStringLiteral("XTS") << false;
    QTest::newRow("no currency") << QStringLiteral("XXX") << false;
    QTest::newRow("gold") << QStringLiteral("XAU") << false;
    QTest::newRow("fund code") << QStringLiteral("CHE") << false;
    QTest::newRow("lower case") << QStringLiteral("eur") << false;
    QTest::newRow("mixed case") << QStringLiteral("Eur") << false;
    QTest::newRow("two letters") << QStringLiteral("EU") << false;
    QTest::newRow("four letters") << QStringLiteral("EURO") << false;
    QTest::newRow("symbol") << QStringLiteral("\u20ac") << false;
    QTest::newRow("digits") << QStringLiteral("978") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("accented") << QStringLiteral("\u00c9UR") << false;
}

void TestMoney::isValidCurrency()
{
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QCOMPARE(Money::isValidCurrency(currency), valid);
}

void TestMoney::parseWithCurrency_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("EUR two decimals") << QStringLiteral("12.50") << QStringLiteral("EUR") << qint64(1250);
    QTest::newRow("EUR decimal comma") << QStringLiteral("12,5") << QStringLiteral("EUR") << qint64(1250);
    QTest::newRow("EUR whole") << QStringLiteral("3") << QStringLiteral("EUR") << qint64(300);
    QTest::newRow("EUR negative") << QStringLiteral("-3") << QStringLiteral("EUR") << qint64(-300);
    QTest::newRow("EUR cents") << QStringLiteral("-0.05") << QStringLiteral("EUR") << qint64(-5);
    QTest::newRow("XOF whole") << QStringLiteral("1500") << QStringLiteral("XOF") << qint64(1500);
    QTest::newRow("TND three decimals") << QStringLiteral("1.500") << QStringLiteral("TND") << qint64(1500);
    QTest::newRow("TND millime") << QStringLiteral("0.001") << QStringLiteral("TND") << qint64(1);
}

void TestMoney::parseWithCurrency()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const Result<Money> result = Money::parse(amount, currency);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->minorUnits(), minor);
    QCOMPARE(result->currency(), currency);
    QVERIFY(!result->isNull());
}

void TestMoney::parseWithCurrencyRefuses_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("code");
    const QString badNumber = QStringLiteral("invalid_number");
    const QString badCurrency = QStringLiteral("invalid_currency");
    QTest::newRow("XOF has no decimals") << QStringLiteral("1500.5") << QStringLiteral("XOF") << badNumber;
    QTest::newRow("XOF zero decimal") << QStringLiteral("1500.0") << QStringLiteral("XOF") << badNumber;
    QTest::newRow("EUR three decimals") << QStringLiteral("12.505") << QStringLiteral("EUR") << badNumber;
    QTest::newRow("TND four decimals") << QStringLiteral("1.5000") << QStringLiteral("TND") << badNumber;
    QTest::newRow("empty amount") << QString() << QStringLiteral("EUR") << badNumber;
    QTest::newRow("garbage amount") << QStringLiteral("abc") << QStringLiteral("EUR") << badNumber;
    QTest::newRow("symbol in amount") << QStringLiteral("12.50\u20ac") << QStringLiteral("EUR") << badNumber;
    QTest::newRow("overflow") << QStringLiteral("92233720368547758.08") << QStringLiteral("EUR") << badNumber;
    QTest::newRow("lower-case currency") << QStringLiteral("12.50") << QStringLiteral("eur") << badCurrency;
    QTest::newRow("two-letter currency") << QStringLiteral("12.50") << QStringLiteral("EU") << badCurrency;
    QTest::newRow("four-letter currency") << QStringLiteral("12.50") << QStringLiteral("EURO") << badCurrency;
    QTest::newRow("currency symbol") << QStringLiteral("12.50") << QStringLiteral("\u20ac") << badCurrency;
    QTest::newRow("empty currency") << QStringLiteral("12.50") << QString() << badCurrency;
    QTest::newRow("not an ISO code") << QStringLiteral("12.50") << QStringLiteral("ABC") << badCurrency;
    QTest::newRow("testing code") << QStringLiteral("12.50") << QStringLiteral("XTS") << badCurrency;
}

void TestMoney::parseWithCurrencyRefuses()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, code);
    const Result<Money> result = Money::parse(amount, currency);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->toString() : QString()));
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMoney::parseCombined_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Money>("expected");
    QTest::newRow("EUR") << QStringLiteral("12.50 EUR") << Money(1250, QStringLiteral("EUR"));
    QTest::newRow("EUR comma") << QStringLiteral("12,5 EUR") << Money(1250, QStringLiteral("EUR"));
    QTest::newRow("XOF") << QStringLiteral("1500 XOF") << Money(1500, QStringLiteral("XOF"));
    QTest::newRow("negative") << QStringLiteral("-0.05 EUR") << Money(-5, QStringLiteral("EUR"));
    QTest::newRow("TND") << QStringLiteral("2.125 TND") << Money(2125, QStringLiteral("TND"));
}

void TestMoney::parseCombined()
{
    QFETCH(QString, text);
    QFETCH(Money, expected);
    const Result<Money> result = Money::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(*result, expected);
}

void TestMoney::parseCombinedRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("no currency") << QStringLiteral("12.50") << QStringLiteral("invalid_money");
    QTest::newRow("empty") << QString() << QStringLiteral("invalid_money");
    QTest::newRow("no space") << QStringLiteral("12.50EUR") << QStringLiteral("invalid_money");
    QTest::newRow("currency first") << QStringLiteral("EUR 12") << QStringLiteral("invalid_currency");
    QTest::newRow("two spaces") << QStringLiteral("12.50  EUR") << QStringLiteral("invalid_currency");
    QTest::newRow("trailing space") << QStringLiteral("12.50 EUR ") << QStringLiteral("invalid_currency");
    QTest::newRow("lower-case currency") << QStringLiteral("12.50 eur") << QStringLiteral("invalid_currency");
    QTest::newRow("symbol") << QStringLiteral("12.50 \u20ac") << QStringLiteral("invalid_currency");
    QTest::newRow("too many decimals") << QStringLiteral("1500.5 XOF") << QStringLiteral("invalid_number");
    QTest::newRow("space thousands") << QStringLiteral("1 500 XOF") << QStringLiteral("invalid_currency");
    QTest::newRow("not an ISO code") << QStringLiteral("12.50 EUX") << QStringLiteral("invalid_currency");
}

void TestMoney::parseCombinedRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const Result<Money> result = Money::parse(text);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->toString() : QString()));
    QCOMPARE(result.error().code, code);
}

void TestMoney::format_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("text");
    QTest::newRow("EUR cents kept") << Money(1250, QStringLiteral("EUR")) << QStringLiteral("12.50")
                                    << QStringLiteral("12.50 EUR");
    QTest::newRow("EUR whole") << Money(1200, QStringLiteral("EUR")) << QStringLiteral("12.00")
                               << QStringLiteral("12.00 EUR");
    QTest::newRow("EUR zero") << Money(0, QStringLiteral("EUR")) << QStringLiteral("0.00")
                              << QStringLiteral("0.00 EUR");
    QTest::newRow("EUR negative cents") << Money(-5, QStringLiteral("EUR")) << QStringLiteral("-0.05")
                                        << QStringLiteral("-0.05 EUR");
    QTest::newRow("XOF") << Money(1500, QStringLiteral("XOF")) << QStringLiteral("1500") << QStringLiteral("1500 XOF");
    QTest::newRow("XOF negative") << Money(-25, QStringLiteral("XOF")) << QStringLiteral("-25")
                                  << QStringLiteral("-25 XOF");
    QTest::newRow("TND") << Money(1500, QStringLiteral("TND")) << QStringLiteral("1.500")
                         << QStringLiteral("1.500 TND");
    QTest::newRow("TND millime") << Money(-1, QStringLiteral("TND")) << QStringLiteral("-0.001")
                                 << QStringLiteral("-0.001 TND");
}

void TestMoney::format()
{
    QFETCH(Money, money);
    QFETCH(QString, amount);
    QFETCH(QString, text);
    QCOMPARE(money.amountString(), amount);
    QCOMPARE(money.toString(), text);
    // What toString writes, parse reads back.
    const Result<Money> parsed = Money::parse(money.toString());
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, money);
}

void TestMoney::equality()
{
    const Money a(1250, QStringLiteral("EUR"));
    QVERIFY(a == Money(1250, QStringLiteral("EUR")));
    QVERIFY(a != Money(1251, QStringLiteral("EUR")));
    QVERIFY(a != Money(1250, QStringLiteral("USD")));
    QVERIFY(a != Money());
    QCOMPARE(*Money::parse(u"12.5", u"EUR"), a);
    QCOMPARE(*Money::parse(u"12.50 EUR"), a);

    QVERIFY(Money().isNull());
    QVERIFY(!a.isNull());
    QCOMPARE(Money(), Money());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
