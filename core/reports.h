#pragma once

#include "domain.h"
#include "money.h"
#include "quantity.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace depot::core {

class TenantStore;

/// The periods of the dashboard's chart, each with the size of its buckets.
enum class ReportPeriod {
    Last7Days,   ///< 7 daily buckets
    Last30Days,  ///< 30 daily buckets
    Last90Days,  ///< weekly buckets (weeks start on Monday)
    Last12Months ///< 12 monthly buckets
};

/// Movements of one bucket of time (local dates, by the wall-clock part of each movement's HLC).
/// "In" is stock that arrived (receipts, returns, positive adjustments); "out" is stock that left
/// (issues, losses, negative adjustments). Transfers move stock between locations and counts set
/// it, so they count only in `other`.
struct MovementBucket
{
    QDate start; ///< first day of the bucket
    int inCount = 0;
    int outCount = 0;
    int otherCount = 0;
    Quantity inQuantity;
    Quantity outQuantity; ///< positive: how much left
};

/// A product ranked by how much it moved in a period.
struct TopMover
{
    QUuid productId;
    QString sku;
    QString name;
    int movements = 0; ///< movements other than counts
    Quantity inQuantity;
    Quantity outQuantity; ///< positive
};

/// What the dashboard shows, computed in one go.
struct DashboardFigures
{
    QList<Money> stockValue; ///< one per currency, ordered by currency code
    int unvaluedLines = 0;   ///< (product, location) lines in stock whose product has no cost price
    QList<Alert> lowStock;   ///< at or under the reorder point (AlertKind::LowStock)
    int negativeLines = 0;   ///< lines with negative stock
    QList<MovementBucket> series;
    QList<TopMover> topMovers;
    QDate from; ///< first day of the period
    QDate to;   ///< last day of the period (inclusive)
};

/// Read-only figures for the dashboard, computed with SQL on a TenantStore (run it on a worker
/// with its own store: none of this belongs on the GUI thread).
///
/// Guarantees: rejected movements never count (as in balances); a product merged into another
/// counts for the survivor; stock value is sum(balance × cost price) over positive balances of
/// products with a cost price, per currency, rounded to the currency's minor unit once per
/// currency (never through floating point).
class Reports
{
public:
    explicit Reports(const TenantStore &store) : m_store(store) { }

    QList<Money> stockValue(int *unvaluedLines = nullptr) const;
    /// Movements per local day in [from, to] (inclusive), days without movement included.
    QList<MovementBucket> movementsPerDay(const QDate &from, const QDate &to) const;
    /// The products with the most movements (counts excluded) in [from, to], most first.
    QList<TopMover> topMovers(const QDate &from, const QDate &to, int limit = 10) const;

    /// First and last day of `period` ending on `today`.
    static std::pair<QDate, QDate> periodRange(ReportPeriod period, const QDate &today);
    /// Groups daily buckets into the buckets of `period`.
    static QList<MovementBucket> bucketsFor(ReportPeriod period, const QList<MovementBucket> &days);
    DashboardFigures dashboard(ReportPeriod period, const QDate &today, int topLimit = 10) const;

private:
    const TenantStore &m_store;
};

} // namespace depot::core
