#pragma once

#include "core/domain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace depot::app {

class StoreContext;

/// Creates or edits a product. Saving goes through the store (which validates: unique SKU and
/// barcodes, sane prices); a refusal is shown in the dialog, which stays open.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new product, optionally prefilled with a scanned barcode.
    ProductDialog(StoreContext &context, const QString &barcode, QWidget *parent = nullptr);
    /// Edits an existing product.
    ProductDialog(StoreContext &context, const core::Product &product, QWidget *parent = nullptr);

    /// The saved product, valid after accept().
    const core::Product &product() const { return m_product; }

    QLineEdit *skuEdit() const { return m_sku; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *barcodesEdit() const { return m_barcodes; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void build();
    void showError(const QString &message);

    StoreContext &m_context;
    core::Product m_product;
    bool m_editing = false;
    QLabel *m_intro = nullptr;
    QLineEdit *m_sku = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_barcodes = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_costPrice = nullptr;
    QLineEdit *m_salePrice = nullptr;
    QLineEdit *m_reorderPoint = nullptr;
    QLineEdit *m_reorderQuantity = nullptr;
    QComboBox *m_supplier = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace depot::app
