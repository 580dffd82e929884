#include "hlc.h"

#include <QDateTime>

#include <limits>

namespace depot::core {

Hlc Hlc::fromString(QStringView text, bool *ok)
{
    bool parsed = !text.isEmpty() && text.size() <= 20;
    for (QChar c : text)
        parsed = parsed && c >= u'0' && c <= u'9';
    const quint64 raw = parsed ? text.toULongLong(&parsed) : 0;
    // Stored as a signed 64-bit integer in SQLite and PostgreSQL.
    parsed = parsed && raw <= quint64(std::numeric_limits<qint64>::max());
    if (ok)
        *ok = parsed;
    return parsed ? Hlc(raw) : Hlc();
}

HybridLogicalClock::HybridLogicalClock(WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

Hlc HybridLogicalClock::now()
{
    const qint64 wall = m_wallClock();
    QMutexLocker lock(&m_mutex);
    const qint64 lastMs = m_last.physicalMs();
    if (wall > lastMs) {
        m_last = Hlc::fromParts(wall, 0);
    } else if (m_last.counter() < 0xffff) {
        m_last = Hlc(m_last.raw() + 1);
    } else {
        // Counter exhausted within one millisecond: move logical time forward by one ms.
        m_last = Hlc::fromParts(lastMs + 1, 0);
    }
    return m_last;
}

void HybridLogicalClock::observe(Hlc remote)
{
    QMutexLocker lock(&m_mutex);
    if (remote > m_last)
        m_last = remote;
}

Hlc HybridLogicalClock::last() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

} // namespace depot::core
