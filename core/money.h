#pragma once

#include "result.h"

#include <QString>

namespace depot::core {

/// An amount of money: integer minor units (cents, centimes; whole francs for XOF) and an ISO 4217
/// currency code. Amounts of different currencies never mix silently.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency) : m_minor(minorUnits), m_currency(std::move(currency)) { }

    /// Number of minor-unit digits of an ISO 4217 currency (2 for EUR, 0 for XOF and JPY, 3 for TND).
    static int decimalsOf(QStringView currency);
    /// True for the code of a currency in use in ISO 4217 ("EUR", "XOF"); false for anything else,
    /// including well-formed codes of no currency ("ABC"), fund codes and test codes ("XTS").
    static bool isValidCurrency(QStringView currency);

    /// Parses an amount in the given currency: "12.50", "12,5", "-3". Refuses more decimals than the
    /// currency has, garbage and overflow.
    static Result<Money> parse(QStringView amount, QStringView currency);
    /// Parses "12.50 EUR" (amount, one space, currency code).
    static Result<Money> parse(QStringView amountAndCurrency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isNull() const { return m_currency.isEmpty(); }

    /// "12.50" with exactly the currency's decimals.
    QString amountString() const;
    /// "12.50 EUR".
    QString toString() const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace depot::core
