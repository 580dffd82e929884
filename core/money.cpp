#include "money.h"

#include "quantity.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace depot::core {

namespace {

struct Currency
{
    char code[4];
    int decimals;
};

// The currencies of ISO 4217 list one in use (as published in 2025), with their minor-unit digits,
// sorted by code. Left out on purpose: fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW),
// precious metals and other units (XAG, XAU, XBA-XBD, XDR, XPD, XPT, XSU, XUA), the testing code
// XTS and XXX (no currency): no price in a stock system is given in them. ANG and BGN, being
// replaced (by XCG and by EUR), are still accepted so that stored prices in them stay valid.
constexpr Currency kCurrencies[] = {
    {"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"ANG", 2}, {"AOA", 2}, {"ARS", 2}, {"AUD", 2}, {"AWG", 2},
    {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BIF", 0}, {"BMD", 2}, {"BND", 2},
    {"BOB", 2}, {"BRL", 2}, {"BSD", 2}, {"BTN", 2}, {"BWP", 2}, {"BYN", 2}, {"BZD", 2}, {"CAD", 2}, {"CDF", 2},
    {"CHF", 2}, {"CLP", 0}, {"CNY", 2}, {"COP", 2}, {"CRC", 2}, {"CUP", 2}, {"CVE", 2}, {"CZK", 2}, {"DJF", 0},
    {"DKK", 2}, {"DOP", 2}, {"DZD", 2}, {"EGP", 2}, {"ERN", 2}, {"ETB", 2}, {"EUR", 2}, {"FJD", 2}, {"FKP", 2},
    {"GBP", 2}, {"GEL", 2}, {"GHS", 2}, {"GIP", 2}, {"GMD", 2}, {"GNF", 0}, {"GTQ", 2}, {"GYD", 2}, {"HKD", 2},
    {"HNL", 2}, {"HTG", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3}, {"IRR", 2}, {"ISK", 0},
    {"JMD", 2}, {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KGS", 2}, {"KHR", 2}, {"KMF", 0}, {"KPW", 2}, {"KRW", 0},
    {"KWD", 3}, {"KYD", 2}, {"KZT", 2}, {"LAK", 2}, {"LBP", 2}, {"LKR", 2}, {"LRD", 2}, {"LSL", 2}, {"LYD", 3},
    {"MAD", 2}, {"MDL", 2}, {"MGA", 2}, {"MKD", 2}, {"MMK", 2}, {"MNT", 2}, {"MOP", 2}, {"MRU", 2}, {"MUR", 2},
    {"MVR", 2}, {"MWK", 2}, {"MXN", 2}, {"MYR", 2}, {"MZN", 2}, {"NAD", 2}, {"NGN", 2}, {"NIO", 2}, {"NOK", 2},
    {"NPR", 2}, {"NZD", 2}, {"OMR", 3}, {"PAB", 2}, {"PEN", 2}, {"PGK", 2}, {"PHP", 2}, {"PKR", 2}, {"PLN", 2},
    {"PYG", 0}, {"QAR", 2}, {"RON", 2}, {"RSD", 2}, {"RUB", 2}, {"RWF", 0}, {"SAR", 2}, {"SBD", 2}, {"SCR", 2},
    {"SDG", 2}, {"SEK", 2}, {"SGD", 2}, {"SHP", 2}, {"SLE", 2}, {"SOS", 2}, {"SRD", 2}, {"SSP", 2}, {"STN", 2},
    {"SVC", 2}, {"SYP", 2}, {"SZL", 2}, {"THB", 2}, {"TJS", 2}, {"TMT", 2}, {"TND", 3}, {"TOP", 2}, {"TRY", 2},
    {"TTD", 2}, {"TWD", 2}, {"TZS", 2}, {"UAH", 2}, {"UGX", 0}, {"USD", 2}, {"UYU", 2}, {"UZS", 2}, {"VED", 2},
    {"VES", 2}, {"VND", 0}, {"VUV", 0}, {"WST", 2}, {"XAF", 0}, {"XCD", 2}, {"XCG", 2}, {"XOF", 0}, {"XPF", 0},
    {"YER", 2}, {"ZAR", 2}, {"ZMW", 2}, {"ZWG", 2}};

constexpr bool sortedByCode()
{
    for (std::size_t i = 1; i < std::size(kCurrencies); ++i) {
        const char *a = kCurrencies[i - 1].code;
        const char *b = kCurrencies[i].code;
        if (!(a[0] < b[0] || (a[0] == b[0] && (a[1] < b[1] || (a[1] == b[1] && a[2] < b[2])))))
            return false;
    }
    return true;
}
static_assert(sortedByCode(), "kCurrencies must stay sorted by code: findCurrency() is a binary search");

const Currency *findCurrency(QStringView code)
{
    if (code.size() != 3)
        return nullptr;
    const auto less = [](const Currency &c, QStringView key) { return key.compare(QLatin1String(c.code, 3)) > 0; };
    const auto *end = std::end(kCurrencies);
    const auto *found = std::lower_bound(std::begin(kCurrencies), end, code, less);
    return found != end && code.compare(QLatin1String(found->code, 3)) == 0 ? found : nullptr;
}

} // namespace

int Money::decimalsOf(QStringView currency)
{
    // An unknown code (read back from old data) formats with the common two decimals.
    const Currency *found = findCurrency(currency);
    return found ? found->decimals : 2;
}

bool Money::isValidCurrency(QStringView currency)
{
    return findCurrency(currency) != nullptr;
}

Result<Money> Money::parse(QStringView amount, QStringView currency)
{
    if (!isValidCurrency(currency))
        return Result<Money>::failure(
            QStringLiteral("invalid_currency"),
            QCoreApplication::translate("depot", "\"%1\" is not an ISO 4217 currency code such as EUR or XOF.")
                .arg(currency.left(10).toString()));
    auto scaled = parseScaledDecimal(amount, decimalsOf(currency));
    if (!scaled)
        return scaled.error();
    return Money(scaled.value(), currency.toString());
}

Result<Money> Money::parse(QStringView amountAndCurrency)
{
    const qsizetype space = amountAndCurrency.indexOf(u' ');
    if (space < 0)
        return Result<Money>::failure(
            QStringLiteral("invalid_money"),
            QCoreApplication::translate("depot", "Expected an amount and a currency, such as \"12.50 EUR\"."));
    return parse(amountAndCurrency.left(space), amountAndCurrency.mid(space + 1));
}

QString Money::amountString() const
{
    return formatScaledDecimal(m_minor, decimalsOf(m_currency), true);
}

QString Money::toString() const
{
    if (isNull())
        return {};
    return amountString() + u' ' + m_currency;
}

} // namespace depot::core
