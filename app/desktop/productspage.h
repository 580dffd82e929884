#pragma once

#include "core/domain.h"
#include "page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// The catalog: search as you type (full-text, every word a prefix), filtered by category and to
/// products with a stock alert; create, edit, archive (only for a role that may change the catalog).
class ProductsPage : public Page
{
    Q_OBJECT
public:
    explicit ProductsPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *categoryCombo() const { return m_category; }
    QCheckBox *alertsOnlyBox() const { return m_alertsOnly; }
    QTableWidget *table() const { return m_table; }
    /// The product of the selected row, if any.
    std::optional<core::Product> selectedProduct() const;

public slots:
    void newProduct();
    void editSelected();
    void toggleArchiveSelected();
    /// Shows this product alone (its SKU in the search, filters cleared; archived ones too) and
    /// selects it, the list having the focus.
    void showProduct(const QUuid &productId);

protected:
    void retranslateUi() override;
    void focusMainField() override;
    void applyPermissions() override;
    void storeChanged() override;

private:
    void updateButtons();
    void reloadCategories();

    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_alertsOnly = nullptr;
    bool m_categoriesStale = true;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_roleNote = nullptr;
    QList<core::Product> m_products;
    /// Products in the catalog, counted again only after the store changed: a count scans the
    /// table, which on a 100,000-product store cost more than the search itself at each keystroke.
    qint64 m_total = -1;
};

} // namespace depot::app
