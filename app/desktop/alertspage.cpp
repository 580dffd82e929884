#include "alertspage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

AlertsPage::AlertsPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("alertsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_showAcknowledged = new QCheckBox(this);
    m_showAcknowledged->setObjectName(QStringLiteral("showAcknowledged"));
    m_acknowledge = new QPushButton(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    addButtonShortcut(m_acknowledge, QKeySequence(Qt::CTRL | Qt::Key_K));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_showAcknowledged);
    bar->addWidget(m_acknowledge);
    layout->addLayout(bar);
    m_roleNote = makeRoleNote(this);
    layout->addWidget(m_roleNote);
    m_table = makeTable(this, QStringLiteral("alerts"), 7);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // acknowledge several at once
    layout->addWidget(m_table, 1);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &AlertsPage::fillTable);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertsPage::updateButtons);
    retranslateUi();
    updateButtons();
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
    // The count in the navigation list is useful before the page is ever opened. While the page
    // is hidden it is recounted once the store has been quiet for a moment, and at least every
    // few seconds while changes keep coming: a burst of scans does not recount tens of thousands
    // of alerts at each one on the clerk's CPU (and disk) while the clerk waits for the next scan.
    m_hiddenRefresh.setSingleShot(true);
    m_hiddenRefresh.setInterval(kHiddenQuietMs);
    connect(&m_hiddenRefresh, &QTimer::timeout, this, [this] {
        m_changedSince.invalidate();
        compute();
    });
    connect(&m_context, &StoreContext::changed, this, [this] {
        if (isVisible())
            return;
        if (!m_changedSince.isValid())
            m_changedSince.start();
        if (m_changedSince.elapsed() >= kHiddenMaxDelayMs) {
            m_hiddenRefresh.stop();
            m_changedSince.invalidate();
            compute();
            return;
        }
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
    m_table->setHorizontalHeaderLabels({tr("Alert"), tr("SKU"), tr("Product"), tr("Location"), tr("Quantity"),
                                        tr("Reorder point"), tr("Acknowledged")});
    m_showAcknowledged->setText(tr("Show ackno&wledged"));
    m_acknowledge->setText(tr("&Acknowledge (Ctrl+K)"));
    m_acknowledge->setToolTip(tr("Hide the selected alerts until their stock changes again"));
}

void AlertsPage::focusMainField()
{
    m_table->setFocus(); // arrows choose, Ctrl+K acknowledges
}

QString AlertsPage::alertKey(const core::Alert &alert)
{
    return core::alertKindToString(alert.kind) + u'|' + alert.productId.toString(QUuid::WithoutBraces) + u'|'
           + alert.locationId.toString(QUuid::WithoutBraces);
}

void AlertsPage::applyPermissions()
{
    setRoleNote(m_roleNote, permissions().movementRefusal());
    updateButtons();
}

void AlertsPage::updateButtons()
{
    const bool allowed = permissions().canRecordMovements();
    m_acknowledge->setEnabled(allowed && !m_table->selectionModel()->selectedRows().isEmpty());
    if (!allowed)
        m_acknowledge->setToolTip(permissions().movementRefusal());
}

bool AlertsPage::acknowledgeSelected()
{
    if (!permissions().canRecordMovements())
        return false;
    const auto rows = m_table->selectionModel()->selectedRows();
    int done = 0;
    for (const QModelIndex &index : rows) {
        if (index.row() >= m_shown.size() || m_shown.at(index.row()).acknowledged)
            continue;
        auto acknowledged = m_context.store().acknowledgeAlert(m_shown.at(index.row()));
        if (!acknowledged.ok()) {
            m_summary->setText(acknowledged.error().message);
            return false;
        }
        ++done;
    }
    if (done == 0)
        return false;
    compute();
    m_table->setFocus();
    return true;
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
    m_loaded = true;
    // Only the count is seen while the page is hidden (every movement recomputes the alerts, and a
    // large store has thousands): the rows are written when the page is shown.
    if (isVisible())
        fillTable();
    else
        m_tableStale = true;
    const int open =
        int(std::count_if(alerts.cbegin(), alerts.cend(), [](const core::Alert &a) { return !a.acknowledged; }));
    const int acknowledged = int(alerts.size()) - open;
    QString summary = alerts.isEmpty() ? tr("No alert: no product is below its reorder point or negative.")
                                       : tr("%n alert(s). Negative stock means movements are missing or wrong: "
                                            "check the journal or count the location.",
                                            nullptr, open);
    if (acknowledged > 0)
        summary +=
            QLatin1Char(' ') + tr("%n acknowledged (they come back when their stock changes).", nullptr, acknowledged);
    m_summary->setText(summary);
    if (m_count != open) {
        m_count = open;
        emit titleChanged();
    }
}

void AlertsPage::fillTable()
{
    m_tableStale = false;
    QSet<QString> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (index.row() < m_shown.size())
            selected.insert(alertKey(m_shown.at(index.row())));
    m_shown.clear();
    for (const core::Alert &a : std::as_const(m_alerts))
        if (!a.acknowledged || m_showAcknowledged->isChecked())
            m_shown << a;
    const QList<core::Alert> &alerts = m_shown;
    m_table->clearSelection();
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
        m_table->setItem(row, 6,
                         makeItem(a.acknowledged
                                      ? tr("%1, %2").arg(a.acknowledgedBy, UiText::dateTime(a.acknowledgedAt))
                                      : QString()));
        if (a.acknowledged) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)->setForeground(QColor(0x75, 0x75, 0x75));
        }
    }
    // The selection stays on the same alerts; after an acknowledgement, on the first row, so that
    // Ctrl+K again goes on down the list.
    for (int row = 0; row < alerts.size(); ++row)
        if (selected.contains(alertKey(alerts.at(row))))
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!alerts.isEmpty() && m_table->selectionModel()->selectedRows().isEmpty() && m_table->hasFocus())
        m_table->setCurrentCell(0, 0);
    updateButtons();
    fitColumns(m_table, 2);
}

} // namespace depot::app
