#pragma once

#include "core/reports.h"
#include "page.h"

#include <QDate>
#include <QFutureWatcher>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace depot::app {

/// The dashboard: stock value per currency, low stock (count and list), movements over a chosen
/// period as a chart, and the products that moved most. Everything is computed from the local store
/// by core::Reports on a worker thread, again whenever the store changes, so the GUI never waits on
/// a scan of the log. Keyboard: Alt+P chooses the period, Tab moves through the lists.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(StoreContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void reload() override;

    /// The figures shown (after loaded()).
    const core::DashboardFigures &figures() const { return m_figures; }
    core::ReportPeriod period() const;
    /// The day the period ends on (today unless a test sets it).
    void setToday(const QDate &today) { m_today = today; }

    QComboBox *periodBox() const { return m_period; }
    QLabel *stockValueLabel() const { return m_value; }
    QLabel *lowStockLabel() const { return m_lowCount; }
    QTableWidget *lowStockTable() const { return m_lowTable; }
    QTableWidget *topMoversTable() const { return m_movers; }
    QChartView *chartView() const { return m_chartView; }

signals:
    void loaded();

protected:
    void retranslateUi() override;
    void focusMainField() override;

private:
    void compute();
    void showFigures(const core::DashboardFigures &figures);
    void showChart();

    QFutureWatcher<core::DashboardFigures> m_watcher;
    bool m_again = false;
    QDate m_today;
    core::DashboardFigures m_figures;
    QComboBox *m_period = nullptr;
    QLabel *m_periodLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_valueTitle = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_lowTitle = nullptr;
    QLabel *m_lowCount = nullptr;
    QLabel *m_chartTitle = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_lowListTitle = nullptr;
    QTableWidget *m_lowTable = nullptr;
    QLabel *m_moversTitle = nullptr;
    QTableWidget *m_movers = nullptr;
};

} // namespace depot::app
