#include "reports.h"

#include "tenantstore.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace depot::core {

namespace {

Q_LOGGING_CATEGORY(lcReports, "depot.core.reports")

// Movements that count: the server did not reject them (as in balances).
constexpr const char *kCounted = "NOT EXISTS (SELECT 1 FROM sync_rejections x WHERE x.entity_id = m.id)";
// Stock that arrived / left; transfers and counts are neither.
constexpr const char *kIn = "(m.kind IN ('RECEIPT', 'RETURN', 'ADJUSTMENT') AND m.quantity > 0)";
constexpr const char *kOut = "(m.kind IN ('ISSUE', 'LOSS', 'ADJUSTMENT') AND m.quantity < 0)";
constexpr qint64 kSlotMs = 15 * 60 * 1000;

/// The HLC range [first day 00:00 local, day after last 00:00 local).
std::pair<qint64, qint64> hlcRange(const QDate &from, const QDate &to)
{
    const qint64 startMs = from.startOfDay().toMSecsSinceEpoch();
    const qint64 endMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    return {qint64(Hlc::fromParts(startMs, 0).raw()), qint64(Hlc::fromParts(endMs, 0).raw())};
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql)) {
        qCWarning(lcReports).noquote() << "cannot prepare a report query:" << q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcReports).noquote() << "a report query failed:" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QList<Money> Reports::stockValue(int *unvaluedLines) const
{
    QList<Money> result;
    QSqlQuery q(m_store.database());
    if (exec(q,
             QStringLiteral("SELECT p.cost_currency, SUM(b.quantity * p.cost_minor) FROM balances b"
                            " JOIN products p ON p.id = b.product_id"
                            " WHERE b.quantity > 0 AND p.cost_minor IS NOT NULL AND p.cost_currency IS NOT NULL"
                            " GROUP BY p.cost_currency ORDER BY p.cost_currency"),
             {})) {
        while (q.next()) {
            // milli-units × minor units: divide by the quantity scale once, rounding half up.
            const qint64 scaled = q.value(1).toLongLong();
            const qint64 half = Quantity::kScale / 2;
            result << Money((scaled + (scaled >= 0 ? half : -half)) / Quantity::kScale, q.value(0).toString());
        }
    }
    if (unvaluedLines) {
        *unvaluedLines = 0;
        if (exec(q,
                 QStringLiteral("SELECT COUNT(*) FROM balances b JOIN products p ON p.id = b.product_id"
                                " WHERE b.quantity > 0 AND (p.cost_minor IS NULL OR p.cost_currency IS NULL)"),
                 {})
            && q.next())
            *unvaluedLines = q.value(0).toInt();
    }
    return result;
}

QList<MovementBucket> Reports::movementsPerDay(const QDate &from, const QDate &to) const
{
    QList<MovementBucket> days;
    if (!from.isValid() || !to.isValid() || from > to)
        return days;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        MovementBucket b;
        b.start = day;
        days << b;
    }
    const auto [start, end] = hlcRange(from, to);
    QSqlQuery q(m_store.database());
    // Grouped by quarter of an hour in SQL (integer arithmetic, no time-zone conversion per row),
    // then by local date here: every time zone's offset is a multiple of 15 minutes.
    const QString sql =
        QStringLiteral("SELECT (m.hlc >> 16) / %4 AS slot,"
                       " SUM(CASE WHEN %1 THEN 1 ELSE 0 END), SUM(CASE WHEN %2 THEN 1 ELSE 0 END), COUNT(*),"
                       " SUM(CASE WHEN %1 THEN m.quantity ELSE 0 END), SUM(CASE WHEN %2 THEN -m.quantity ELSE 0 END)"
                       " FROM movements m WHERE m.hlc >= ? AND m.hlc < ? AND %3 GROUP BY slot")
            .arg(QLatin1String(kIn), QLatin1String(kOut), QLatin1String(kCounted))
            .arg(kSlotMs);
    if (!exec(q, sql, {start, end}))
        return days;
    while (q.next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong() * kSlotMs).date();
        const qint64 index = from.daysTo(day);
        if (index < 0 || index >= days.size())
            continue; // cannot happen with the HLC range above; never trust it blindly
        MovementBucket &b = days[index];
        const int in = q.value(1).toInt();
        const int out = q.value(2).toInt();
        b.inCount += in;
        b.outCount += out;
        b.otherCount += q.value(3).toInt() - in - out;
        b.inQuantity += Quantity::fromMilli(q.value(4).toLongLong());
        b.outQuantity += Quantity::fromMilli(q.value(5).toLongLong());
    }
    return days;
}

QList<TopMover> Reports::topMovers(const QDate &from, const QDate &to, int limit) const
{
    QList<TopMover> result;
    if (!from.isValid() || !to.isValid() || from > to)
        return result;
    const auto [start, end] = hlcRange(from, to);
    QSqlQuery q(m_store.database());
    const QString sql =
        // Per product first (no join per movement), then per surviving product (a merged one counts
        // for its survivor).
        QStringLiteral("SELECT t.pid, s.sku, s.name, t.n, t.qin, t.qout FROM ("
                       "  SELECT COALESCE(p.merged_into, p.id) AS pid, SUM(g.n) AS n, SUM(g.moved) AS moved,"
                       "  SUM(g.qin) AS qin, SUM(g.qout) AS qout FROM ("
                       "   SELECT m.product_id, COUNT(*) AS n, SUM(ABS(m.quantity)) AS moved,"
                       "   SUM(CASE WHEN %1 THEN m.quantity ELSE 0 END) AS qin,"
                       "   SUM(CASE WHEN %2 THEN -m.quantity ELSE 0 END) AS qout"
                       "   FROM movements m WHERE m.hlc >= ? AND m.hlc < ? AND m.kind <> 'COUNT' AND %3"
                       "   GROUP BY m.product_id) g"
                       "  JOIN products p ON p.id = g.product_id GROUP BY pid) t"
                       " JOIN products s ON s.id = t.pid ORDER BY t.n DESC, t.moved DESC, s.sku LIMIT ?")
            .arg(QLatin1String(kIn), QLatin1String(kOut), QLatin1String(kCounted));
    if (!exec(q, sql, {start, end, qBound(1, limit, 1000)}))
        return result;
    while (q.next()) {
        TopMover t;
        t.productId = QUuid::fromString(q.value(0).toString());
        t.sku = q.value(1).toString();
        t.name = q.value(2).toString();
        t.movements = q.value(3).toInt();
        t.inQuantity = Quantity::fromMilli(q.value(4).toLongLong());
        t.outQuantity = Quantity::fromMilli(q.value(5).toLongLong());
        result << t;
    }
    return result;
}

std::pair<QDate, QDate> Reports::periodRange(ReportPeriod period, const QDate &today)
{
    switch (period) {
    case ReportPeriod::Last7Days:
        return {today.addDays(-6), today};
    case ReportPeriod::Last30Days:
        return {today.addDays(-29), today};
    case ReportPeriod::Last90Days:
        return {today.addDays(-89), today};
    case ReportPeriod::Last12Months:
        return {QDate(today.year(), today.month(), 1).addMonths(-11), today};
    }
    return {today, today};
}

QList<MovementBucket> Reports::bucketsFor(ReportPeriod period, const QList<MovementBucket> &days)
{
    if (period == ReportPeriod::Last7Days || period == ReportPeriod::Last30Days)
        return days;
    QList<MovementBucket> buckets;
    for (const MovementBucket &day : days) {
        const QDate start = period == ReportPeriod::Last90Days ? day.start.addDays(1 - day.start.dayOfWeek())
                                                               : QDate(day.start.year(), day.start.month(), 1);
        if (buckets.isEmpty() || buckets.last().start != start) {
            MovementBucket b;
            b.start = start;
            buckets << b;
        }
        MovementBucket &b = buckets.last();
        b.inCount += day.inCount;
        b.outCount += day.outCount;
        b.otherCount += day.otherCount;
        b.inQuantity += day.inQuantity;
        b.outQuantity += day.outQuantity;
    }
    return buckets;
}

DashboardFigures Reports::dashboard(ReportPeriod period, const QDate &today, int topLimit) const
{
    DashboardFigures f;
    std::tie(f.from, f.to) = periodRange(period, today);
    f.stockValue = stockValue(&f.unvaluedLines);
    for (const Alert &a : m_store.alerts()) {
        if (a.kind == AlertKind::LowStock)
            f.lowStock << a;
        else
            ++f.negativeLines;
    }
    f.series = bucketsFor(period, movementsPerDay(f.from, f.to));
    f.topMovers = topMovers(f.from, f.to, topLimit);
    return f;
}

} // namespace depot::core
