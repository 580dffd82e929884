#include "quantity.h"

#include <QCoreApplication>

#include <limits>

namespace depot::core {

Result<qint64> parseScaledDecimal(QStringView text, int maxDecimals)
{
    const auto bad = [&](const QString &why) {
        return Result<qint64>::failure(QStringLiteral("invalid_number"),
                                       QCoreApplication::translate("depot", "\"%1\" is not a valid number: %2")
                                           .arg(text.left(40).toString(), why));
    };
    if (text.isEmpty())
        return Result<qint64>::failure(QStringLiteral("invalid_number"),
                                       QCoreApplication::translate("depot", "A number is required."));
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
        const int d = text[i].unicode() - '0';
        if (whole > (kMax - d) / 10)
            return bad(QCoreApplication::translate("depot", "too large"));
        whole = whole * 10 + d;
        ++wholeDigits;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && (text[i] == u'.' || text[i] == u',')) {
        ++i;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            if (++fractionDigits > maxDecimals)
                return bad(QCoreApplication::translate("depot", "at most %n decimal(s) allowed", nullptr, maxDecimals));
            fraction = fraction * 10 + (text[i].unicode() - '0');
        }
        if (fractionDigits == 0)
            return bad(QCoreApplication::translate("depot", "digits expected after the decimal separator"));
    }
    if (i != text.size())
        return bad(QCoreApplication::translate("depot", "unexpected character '%1'").arg(text[i]));
    if (wholeDigits == 0 && fractionDigits == 0)
        return bad(QCoreApplication::translate("depot", "digits expected"));
    for (int k = fractionDigits; k < maxDecimals; ++k)
        fraction *= 10;
    qint64 scale = 1;
    for (int k = 0; k < maxDecimals; ++k)
        scale *= 10;
    if (whole > (kMax - fraction) / scale)
        return bad(QCoreApplication::translate("depot", "too large"));
    const qint64 value = whole * scale + fraction;
    return negative ? -value : value;
}

QString formatScaledDecimal(qint64 scaled, int decimals, bool keepDecimals)
{
    if (decimals == 0)
        return QString::number(scaled);
    qint64 scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const bool negative = scaled < 0;
    // Work in unsigned to format INT64_MIN correctly.
    const quint64 magnitude = negative ? quint64(0) - static_cast<quint64>(scaled) : static_cast<quint64>(scaled);
    const quint64 whole = magnitude / static_cast<quint64>(scale);
    quint64 fraction = magnitude % static_cast<quint64>(scale);
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(whole);
    if (fraction == 0 && !keepDecimals)
        return out;
    QString digits = QString::number(fraction).rightJustified(decimals, u'0');
    if (!keepDecimals) {
        while (digits.endsWith(u'0'))
            digits.chop(1);
    }
    out += u'.';
    out += digits;
    return out;
}

Result<Quantity> Quantity::parse(QStringView text)
{
    auto scaled = parseScaledDecimal(text, 3);
    if (!scaled)
        return scaled.error();
    return Quantity(scaled.value());
}

QString Quantity::toString() const
{
    return formatScaledDecimal(m_milli, 3, false);
}

} // namespace depot::core
