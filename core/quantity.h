#pragma once

#include "result.h"

#include <QString>

#include <compare>

namespace depot::core {

/// A stock quantity in fixed point: an int64 count of thousandths of the product's unit.
/// Never floating point: 0.1 + 0.2 is exactly 0.3 here.
class Quantity
{
public:
    static constexpr qint64 kScale = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * kScale); }

    /// Parses "12", "12.5", "-0.125", ".5", "12,5" (French decimal comma: "1,234" is 1.234, never
    /// a thousands separator), with at most 3 decimals.
    /// Refuses empty text, spaces, exponents, thousands separators, more than 3 decimals and overflow.
    static Result<Quantity> parse(QStringView text);

    constexpr qint64 milli() const { return m_milli; }
    /// Shortest decimal form with a dot: "12.5", "-0.125", "3".
    QString toString() const;

    constexpr bool isZero() const { return m_milli == 0; }
    constexpr bool isNegative() const { return m_milli < 0; }
    constexpr Quantity operator-() const { return Quantity(-m_milli); }
    constexpr Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_milli - o.m_milli); }
    Quantity &operator+=(Quantity o)
    {
        m_milli += o.m_milli;
        return *this;
    }
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

private:
    constexpr explicit Quantity(qint64 milli) : m_milli(milli) { }
    qint64 m_milli = 0;
};

/// Parses a decimal with at most maxDecimals fraction digits into an integer scaled by 10^maxDecimals.
/// Shared by Quantity and Money; accepts [+-][digits][(.|,)digits] with at least one digit on either
/// side of the separator ("12", "12.5", ".5", "-.5"; not "12." nor "."), refuses anything else.
Result<qint64> parseScaledDecimal(QStringView text, int maxDecimals);
/// Formats a scaled integer; trims trailing fraction zeros unless keepDecimals.
QString formatScaledDecimal(qint64 scaled, int decimals, bool keepDecimals);

} // namespace depot::core
