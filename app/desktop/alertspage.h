#pragma once

#include "core/domain.h"
#include "page.h"

#include <QFutureWatcher>
#include <QTimer>

class QLabel;
class QTableWidget;

namespace depot::app {

/// Low and negative stock, derived from balances and reorder points (never stored). Computed on a
/// worker thread: every recorded movement refreshes the count shown in the navigation list, and
/// that must not slow the scanner down on a large store.
class AlertsPage : public Page
{
    Q_OBJECT
public:
    explicit AlertsPage(StoreContext &context, QWidget *parent = nullptr);
    ~AlertsPage() override;

    QString title() const override;
    void reload() override;
    QTableWidget *table() const { return m_table; }
    int alertCount() const { return m_count; }

signals:
    void loaded();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void compute();
    void showAlerts(const QList<core::Alert> &alerts);
    void fillTable();

    QFutureWatcher<QList<core::Alert>> m_watcher;
    bool m_again = false;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    int m_count = 0;
    QList<core::Alert> m_alerts;
    bool m_tableStale = false;
    /// While the page is hidden, movements recompute the count at most once a second: a clerk
    /// scanning must not keep a core busy with a full alerts scan per movement.
    QTimer m_hiddenRefresh;
    bool m_refreshPending = false;
};

} // namespace depot::app
