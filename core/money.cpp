#include "money.h"

#include "quantity.h"

#include <QCoreApplication>

namespace depot::core {

int Money::decimalsOf(QStringView currency)
{
    static const QStringList zero = {u"BIF"_qs, u"CLP"_qs, u"DJF"_qs, u"GNF"_qs, u"ISK"_qs, u"JPY"_qs,
                                     u"KMF"_qs, u"KRW"_qs, u"PYG"_qs, u"RWF"_qs, u"UGX"_qs, u"VND"_qs,
                                     u"VUV"_qs, u"XAF"_qs, u"XOF"_qs, u"XPF"_qs};
    static const QStringList three = {u"BHD"_qs, u"IQD"_qs, u"JOD"_qs, u"KWD"_qs, u"LYD"_qs, u"OMR"_qs, u"TND"_qs};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

bool Money::isValidCurrency(QStringView currency)
{
    if (currency.size() != 3)
        return false;
    for (QChar c : currency) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
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
