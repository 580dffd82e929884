#pragma once

#include "core/domain.h"
#include "page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// The catalog: search as you type (full-text, every word a prefix), create, edit, archive (the
/// last three only for a role that may change the catalog).
class ProductsPage : public Page
{
    Q_OBJECT
public:
    explicit ProductsPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;

    QLineEdit *searchField() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    /// The product of the selected row, if any.
    std::optional<core::Product> selectedProduct() const;

public slots:
    void newProduct();
    void editSelected();
    void toggleArchiveSelected();

protected:
    void retranslateUi() override;
    void focusMainField() override;
    void applyPermissions() override;

private:
    void updateButtons();

    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
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
