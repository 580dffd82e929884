#pragma once

#include <QMutex>
#include <QString>

#include <functional>

namespace depot::core {

/// A hybrid logical clock timestamp: 48 bits of Unix milliseconds, then a 16-bit counter.
/// Ordering the raw 64-bit value orders events causally across devices.
class Hlc
{
public:
    constexpr Hlc() = default;
    constexpr explicit Hlc(quint64 raw) : m_raw(raw) { }
    static constexpr Hlc fromParts(qint64 ms, quint16 counter)
    {
        return Hlc((static_cast<quint64>(ms) << 16) | counter);
    }

    constexpr quint64 raw() const { return m_raw; }
    constexpr qint64 physicalMs() const { return static_cast<qint64>(m_raw >> 16); }
    constexpr quint16 counter() const { return static_cast<quint16>(m_raw & 0xffff); }
    constexpr bool isNull() const { return m_raw == 0; }

    /// Text form for JSON and SQLite: decimal digits of the raw value (fits int64 until year 10889).
    QString toString() const { return QString::number(m_raw); }
    static Hlc fromString(QStringView text, bool *ok = nullptr);

    friend constexpr auto operator<=>(Hlc a, Hlc b) = default;

private:
    quint64 m_raw = 0;
};

/// The per-device hybrid logical clock of DESIGN §3: advanced on every local event (now())
/// and on every timestamp received from elsewhere (observe()). Thread-safe.
/// Guarantees: every value returned by now() is strictly greater than every value
/// previously returned or observed, whatever the wall clock does.
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HybridLogicalClock(WallClock wallClock = {});

    /// A new timestamp for a local event.
    Hlc now();
    /// Merges a remote timestamp (from a pull); later now() values are greater than it.
    void observe(Hlc remote);
    /// The last value produced or observed.
    Hlc last() const;

private:
    mutable QMutex m_mutex;
    WallClock m_wallClock;
    Hlc m_last;
};

} // namespace depot::core
