#include "uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace depot::core {

namespace {

struct GeneratorState
{
    QMutex mutex;
    qint64 lastMs = -1;
    quint64 lastRandA = 0; // 12-bit counter-like field, incremented within one ms
};

GeneratorState &state()
{
    static GeneratorState s;
    return s;
}

QUuid build(qint64 ms, quint16 randA, quint64 randB)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const auto u = static_cast<quint64>(ms);
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((u >> (40 - 8 * i)) & 0xff);
    bytes[6] = static_cast<char>(0x70 | ((randA >> 8) & 0x0f));
    bytes[7] = static_cast<char>(randA & 0xff);
    bytes[8] = static_cast<char>(0x80 | ((randB >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        bytes[i] = static_cast<char>((randB >> (8 * (15 - i))) & 0xff);
    return QUuid::fromRfc4122(bytes);
}

} // namespace

QUuid UuidV7::generate()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto &s = state();
    QMutexLocker lock(&s.mutex);
    qint64 ms = now;
    quint64 randA;
    if (ms <= s.lastMs) {
        // Same (or earlier, clock stepped back) millisecond: keep the last timestamp and bump the
        // 12-bit field so ids stay strictly increasing; on overflow borrow the next millisecond.
        ms = s.lastMs;
        randA = s.lastRandA + 1;
        if (randA > 0x0fff) {
            ++ms;
            randA = QRandomGenerator::global()->bounded(0x0800);
        }
    } else {
        randA = QRandomGenerator::global()->bounded(0x0800); // leave head-room for increments
    }
    s.lastMs = ms;
    s.lastRandA = randA;
    return build(ms, static_cast<quint16>(randA), QRandomGenerator::global()->generate64());
}

QUuid UuidV7::generateAt(qint64 unixMs)
{
    return build(unixMs, static_cast<quint16>(QRandomGenerator::global()->bounded(0x1000)),
                 QRandomGenerator::global()->generate64());
}

qint64 UuidV7::timestampMs(const QUuid &id)
{
    if (!isV7(id))
        return -1;
    const QByteArray bytes = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<quint8>(bytes[i]);
    return ms;
}

bool UuidV7::isV7(const QUuid &id)
{
    // QUuid::version() of Qt 6.4 knows versions 1 to 5 only: read the version nibble directly.
    return !id.isNull() && (id.data3 >> 12) == 7 && id.variant() == QUuid::DCE;
}

QUuid uuidFromText(QStringView text)
{
    // QUuid::fromString() ignores whatever follows the 36 characters: check the frame ourselves.
    if (text.size() == 38) {
        if (text.front() != u'{' || text.back() != u'}')
            return {};
        text = text.mid(1, 36);
    }
    if (text.size() != 36)
        return {};
    return QUuid::fromString(text);
}

} // namespace depot::core
