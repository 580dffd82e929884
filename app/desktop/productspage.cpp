#include "productspage.h"

#include "productdialog.h"
#include "storecontext.h"
#include "uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

namespace {
// Rows shown at most, listed or found: the first 200 matches, then "200 shown of N" tells to type on.
constexpr int kMaxRows = 200;
}

ProductsPage::ProductsPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("productsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_showArchived = new QCheckBox(this);
    m_categoryLabel = new QLabel(this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setMinimumContentsLength(14);
    m_categoryLabel->setBuddy(m_category);
    m_alertsOnly = new QCheckBox(this);
    m_alertsOnly->setObjectName(QStringLiteral("alertsOnly"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("new"));
    addButtonShortcut(m_new, QKeySequence::New);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archive"));
    // The search keeps the width of the row with the actions; the filters have their own row
    // under it, so that adding one never narrows the search (at 1280 px it used to).
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_archive);
    layout->addLayout(bar);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category);
    filters->addWidget(m_alertsOnly);
    filters->addWidget(m_showArchived);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_roleNote = makeRoleNote(this);
    layout->addWidget(m_roleNote);

    m_table = makeTable(this, QStringLiteral("products"), 8);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    layout->addWidget(m_count);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &ProductsPage::reload);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_table->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_showArchived, &QCheckBox::toggled, this, &ProductsPage::reload);
    connect(m_alertsOnly, &QCheckBox::toggled, this, &ProductsPage::reload);
    connect(m_category, &QComboBox::activated, this, &ProductsPage::reload);
    connect(m_new, &QPushButton::clicked, this, &ProductsPage::newProduct);
    connect(m_edit, &QPushButton::clicked, this, &ProductsPage::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &ProductsPage::toggleArchiveSelected);
    connect(m_table, &QTableWidget::itemActivated, this, &ProductsPage::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProductsPage::updateButtons);
    retranslateUi();
    updateButtons();
}

void ProductsPage::applyPermissions()
{
    setRoleNote(m_roleNote, permissions().catalogRefusal());
    updateButtons();
}

QString ProductsPage::title() const
{
    return tr("Products");
}

void ProductsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by name, SKU, barcode or category (Ctrl+F)"));
    m_showArchived->setText(tr("Show ar&chived"));
    m_categoryLabel->setText(tr("Categor&y:"));
    m_alertsOnly->setText(tr("&Low or negative stock"));
    m_alertsOnly->setToolTip(tr("Only the products with a stock alert somewhere (see the Alerts screen)"));
    m_categoriesStale = true;
    m_new->setText(tr("&New product…"));
    m_edit->setText(tr("&Edit…"));
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Barcodes"), tr("Category"), tr("Unit"),
                                        tr("Sale price"), tr("Reorder point"), tr("Status")});
    updateButtons();
}

void ProductsPage::focusMainField()
{
    m_search->setFocus();
}

void ProductsPage::reloadCategories()
{
    m_categoriesStale = false;
    const QString current = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : m_context.store().productCategories())
        m_category->addItem(category, category);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

void ProductsPage::reload()
{
    const QUuid selected = selectedProduct() ? selectedProduct()->id : QUuid();
    const QString text = m_search->text().trimmed();
    auto &store = m_context.store();
    if (m_categoriesStale) // the categories in use change with the catalog, not at each keystroke
        reloadCategories();
    core::ProductFilter filter;
    filter.category = m_category->currentData().toString();
    filter.stockAlertsOnly = m_alertsOnly->isChecked();
    filter.includeArchived = m_showArchived->isChecked();
    const bool filtered = !filter.category.isEmpty() || filter.stockAlertsOnly;
    if (text.isEmpty() && filtered) {
        m_products = store.products(filter, kMaxRows);
    } else if (text.isEmpty()) {
        m_products = store.products(m_showArchived->isChecked(), 0, kMaxRows);
    } else {
        // Full-text search skips archived products; a SKU or barcode typed exactly still finds one.
        m_products = store.searchProducts(text, kMaxRows);
        if (m_showArchived->isChecked()) {
            for (auto exact : {store.productBySku(text), store.productByBarcode(text)})
                if (exact && exact->archived
                    && std::none_of(m_products.cbegin(), m_products.cend(),
                                    [&](const core::Product &p) { return p.id == exact->id; }))
                    m_products.prepend(*exact);
        }
        if (filtered) {
            // The search's matches, narrowed: the filters only ever remove rows.
            const QSet<QUuid> alerting = filter.stockAlertsOnly ? store.productIdsWithStockAlerts() : QSet<QUuid>();
            m_products.removeIf([&](const core::Product &p) {
                return (!filter.category.isEmpty() && p.category != filter.category)
                    || (filter.stockAlertsOnly && !alerting.contains(p.id));
            });
        }
    }
    m_table->setRowCount(int(m_products.size()));
    for (int row = 0; row < m_products.size(); ++row) {
        const core::Product &p = m_products.at(row);
        m_table->setItem(row, 0, makeItem(p.sku));
        m_table->setItem(row, 1, makeItem(p.name));
        m_table->setItem(row, 2, makeItem(p.barcodes.join(QLatin1String(", "))));
        m_table->setItem(row, 3, makeItem(p.category));
        m_table->setItem(row, 4, makeItem(p.unit));
        m_table->setItem(row, 5, makeItem(UiText::money(p.salePrice), true));
        m_table->setItem(row, 6, makeItem(p.reorderPoint ? UiText::quantity(*p.reorderPoint) : QString(), true));
        m_table->setItem(row, 7, makeItem(p.archived ? tr("Archived") : tr("Active")));
        if (p.id == selected)
            m_table->selectRow(row);
    }
    fitColumns(m_table, 1);
    if (m_total < 0) // counted again after a change of the store, not at each keystroke (a scan of the catalog)
        m_total = store.productCount();
    const qint64 total = m_total;
    m_count->setText(text.isEmpty() && !filtered && m_products.size() >= total
                         ? tr("%n product(s)", nullptr, int(total))
                         : tr("%1 shown of %n product(s)", nullptr, int(total)).arg(m_products.size()));
    updateButtons();
}

std::optional<core::Product> ProductsPage::selectedProduct() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_products.size())
        return std::nullopt;
    return m_products.at(rows.first().row());
}

void ProductsPage::updateButtons()
{
    const auto product = selectedProduct();
    const bool edit = permissions().canEditCatalog();
    m_new->setEnabled(edit);
    m_edit->setEnabled(edit && product.has_value());
    m_archive->setEnabled(edit && product.has_value());
    m_archive->setText(product && product->archived ? tr("&Unarchive") : tr("&Archive"));
    const QString why = permissions().catalogRefusal();
    for (QPushButton *button : {m_new, m_edit, m_archive})
        button->setToolTip(why);
    if (edit)
        m_new->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
}

void ProductsPage::showProduct(const QUuid &productId)
{
    const auto product = m_context.store().productById(productId);
    if (!product)
        return;
    m_category->setCurrentIndex(0);
    {
        const QSignalBlocker blocker(m_alertsOnly);
        m_alertsOnly->setChecked(false);
    }
    if (product->archived) {
        const QSignalBlocker blocker(m_showArchived);
        m_showArchived->setChecked(true);
    }
    m_search->setText(product->sku);
    reload();
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).id == productId) {
            m_table->selectRow(row);
            m_table->setFocus();
            break;
        }
    }
}

void ProductsPage::storeChanged()
{
    // Before the reload the change causes (Page connected first): a sync's pull counted again.
    m_total = -1;
    m_categoriesStale = true;
}

void ProductsPage::newProduct()
{
    if (!permissions().canEditCatalog())
        return;
    ProductDialog dialog(m_context, QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_total = -1;
        reload();
    }
}

void ProductsPage::editSelected()
{
    const auto product = selectedProduct();
    if (!product || !permissions().canEditCatalog())
        return;
    ProductDialog dialog(m_context, *product, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ProductsPage::toggleArchiveSelected()
{
    const auto product = selectedProduct();
    if (!product || !permissions().canEditCatalog())
        return;
    auto done = m_context.store().setProductArchived(product->id, !product->archived);
    if (!done.ok()) {
        QMessageBox::warning(this, title(), done.error().message);
        return;
    }
    m_context.notifyChanged();
    reload();
}

} // namespace depot::app
