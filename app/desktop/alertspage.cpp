#include "alertspage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

AlertsPage::AlertsPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("alertsPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = makeTable(this, QStringLiteral("alerts"), 6);
    layout->addWidget(m_table, 1);
    retranslateUi();
    connect(&m_watcher, &QFutureWatcher<QList<core::Alert>>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            showAlerts(m_watcher.result());
        if (m_again) {
            m_again = false;
            compute();
            return;
        }
        emit loaded();
    });
    // The count in the navigation list is useful before the page is ever opened.
    m_hiddenRefresh.setSingleShot(true);
    m_hiddenRefresh.setInterval(1000);
    connect(&m_hiddenRefresh, &QTimer::timeout, this, [this] {
        if (m_refreshPending) {
            m_refreshPending = false;
            compute();
            m_hiddenRefresh.start();
        }
    });
    connect(&m_context, &StoreContext::changed, this, [this] {
        if (isVisible())
            return;
        if (m_hiddenRefresh.isActive()) {
            m_refreshPending = true; // once the second is over
            return;
        }
        compute();
        m_hiddenRefresh.start();
    });
    compute();
}

AlertsPage::~AlertsPage()
{
    m_watcher.waitForFinished();
}

void AlertsPage::compute()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(m_context.runOnWorker<QList<core::Alert>>(
        [](core::TenantStore &store, QPromise<QList<core::Alert>> &promise) { promise.addResult(store.alerts()); },
        [](const QString &) { return QList<core::Alert>(); }));
}

QString AlertsPage::title() const
{
    return m_count > 0 ? tr("Alerts (%1)").arg(m_count) : tr("Alerts");
}

void AlertsPage::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Alert"), tr("SKU"), tr("Product"), tr("Location"), tr("Quantity"), tr("Reorder point")});
}

void AlertsPage::reload()
{
    compute();
}

void AlertsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_tableStale)
        fillTable();
}

void AlertsPage::showAlerts(const QList<core::Alert> &alerts)
{
    m_alerts = alerts;
    // Only the count is seen while the page is hidden (every movement recomputes the alerts, and a
    // large store has thousands): the rows are written when the page is shown.
    if (isVisible())
        fillTable();
    else
        m_tableStale = true;
    m_summary->setText(alerts.isEmpty() ? tr("No alert: no product is below its reorder point or negative.")
                                        : tr("%n alert(s). Negative stock means movements are missing or wrong: "
                                             "check the journal or count the location.",
                                             nullptr, int(alerts.size())));
    if (m_count != alerts.size()) {
        m_count = int(alerts.size());
        emit titleChanged();
    }
}

void AlertsPage::fillTable()
{
    m_tableStale = false;
    const QList<core::Alert> &alerts = m_alerts;
    m_table->setRowCount(int(alerts.size()));
    for (int row = 0; row < alerts.size(); ++row) {
        const core::Alert &a = alerts.at(row);
        auto *kind = makeItem(UiText::alertKindName(a.kind));
        kind->setForeground(a.kind == core::AlertKind::NegativeStock ? QColor(0xc6, 0x28, 0x28)
                                                                     : QColor(0xe6, 0x51, 0x00));
        m_table->setItem(row, 0, kind);
        m_table->setItem(row, 1, makeItem(a.sku));
        m_table->setItem(row, 2, makeItem(a.productName));
        m_table->setItem(row, 3, makeItem(a.locationId.isNull() ? tr("(nowhere)") : a.locationCode));
        m_table->setItem(row, 4, makeItem(UiText::quantity(a.quantity), true));
        m_table->setItem(row, 5, makeItem(a.reorderPoint ? UiText::quantity(*a.reorderPoint) : QString(), true));
    }
    fitColumns(m_table, 2);
}

} // namespace depot::app
