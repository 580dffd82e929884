#include "stockpage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

namespace {
constexpr int kMaxRows = 5000;
}

StockPage::StockPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("stockPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setMinimumContentsLength(20);
    m_alertsOnly = new QCheckBox(this);
    m_alertsOnly->setObjectName(QStringLiteral("alertsOnly"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_location);
    bar->addWidget(m_alertsOnly);
    layout->addLayout(bar);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_table = makeTable(this, QStringLiteral("stock"), 5);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &StockPage::applyFilter);
    connect(m_location, &QComboBox::currentIndexChanged, this, &StockPage::applyFilter);
    connect(m_alertsOnly, &QCheckBox::toggled, this, &StockPage::applyFilter);
    connect(&m_watcher, &QFutureWatcher<QList<core::Balance>>::finished, this, [this] {
        m_progress->hide();
        if (m_watcher.future().resultCount() > 0)
            m_balances = m_watcher.result();
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        applyFilter();
        emit loaded();
    });
    retranslateUi();
}

StockPage::~StockPage()
{
    m_watcher.waitForFinished();
}

QString StockPage::title() const
{
    return tr("Stock");
}

void StockPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by SKU, product or location (Ctrl+F)"));
    m_alertsOnly->setText(tr("&Low or negative only"));
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Location"), tr("Quantity"), tr("Reorder point")});
    reloadLocations();
}

void StockPage::focusMainField()
{
    m_filter->setFocus();
}

void StockPage::reloadLocations()
{
    const QUuid current = m_location->currentData().toUuid();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), QUuid());
    for (const core::Location &l : m_context.store().locations())
        m_location->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.id);
    m_location->setCurrentIndex(qMax(0, m_location->findData(current)));
}

void StockPage::reload()
{
    reloadLocations();
    if (m_watcher.isRunning()) {
        m_reloadAgain = true; // the store changed while reading: read again once this read ends
        return;
    }
    m_progress->show();
    m_watcher.setFuture(m_context.runOnWorker<QList<core::Balance>>(
        [](core::TenantStore &store, QPromise<QList<core::Balance>> &promise) { promise.addResult(store.balances()); },
        [](const QString &) { return QList<core::Balance>(); }));
}

void StockPage::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const QUuid location = m_location->currentData().toUuid();
    const bool alertsOnly = m_alertsOnly->isChecked();
    QList<const core::Balance *> rows;
    qint64 matching = 0;
    for (const core::Balance &b : std::as_const(m_balances)) {
        if (!location.isNull() && b.locationId != location)
            continue;
        const bool alert = b.quantity.isNegative() || (b.reorderPoint && b.quantity <= *b.reorderPoint);
        if (alertsOnly && !alert)
            continue;
        if (!text.isEmpty() && !b.sku.contains(text, Qt::CaseInsensitive)
            && !b.productName.contains(text, Qt::CaseInsensitive)
            && !b.locationCode.contains(text, Qt::CaseInsensitive))
            continue;
        ++matching;
        if (rows.size() < kMaxRows)
            rows << &b;
    }
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const core::Balance &b = *rows.at(row);
        m_table->setItem(row, 0, makeItem(b.sku));
        m_table->setItem(row, 1, makeItem(b.productName));
        m_table->setItem(row, 2, makeItem(b.locationCode));
        auto *quantity = makeItem(UiText::quantity(b.quantity), true);
        if (b.quantity.isNegative())
            quantity->setForeground(QColor(0xc6, 0x28, 0x28));
        else if (b.reorderPoint && b.quantity <= *b.reorderPoint)
            quantity->setForeground(QColor(0xe6, 0x51, 0x00));
        m_table->setItem(row, 3, quantity);
        m_table->setItem(row, 4, makeItem(b.reorderPoint ? UiText::quantity(*b.reorderPoint) : QString(), true));
    }
    fitColumns(m_table, 1);
    m_summary->setText(
        matching > rows.size()
            ? tr("%1 of %2 lines shown: refine the filter to see the others.").arg(rows.size()).arg(matching)
            : tr("%n line(s)", nullptr, int(matching)));
}

} // namespace depot::app
