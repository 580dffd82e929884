#pragma once

#include "core/domain.h"
#include "page.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// Creates or edits a supplier.
class SupplierDialog : public QDialog
{
    Q_OBJECT
public:
    SupplierDialog(StoreContext &context, std::optional<core::Supplier> supplier, QWidget *parent = nullptr);
    const core::Supplier &supplier() const { return m_supplier; }
    QLineEdit *nameEdit() const { return m_name; }

public slots:
    void accept() override;

private:
    StoreContext &m_context;
    core::Supplier m_supplier;
    bool m_editing = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

/// Suppliers: list, create, edit, archive.
class SuppliersPage : public Page
{
    Q_OBJECT
public:
    explicit SuppliersPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    QTableWidget *table() const { return m_table; }

public slots:
    void newSupplier();
    void editSelected();
    void toggleArchiveSelected();

protected:
    void retranslateUi() override;
    void applyPermissions() override;

private:
    std::optional<core::Supplier> selected() const;
    void updateButtons();

    QCheckBox *m_showArchived = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_roleNote = nullptr;
    QList<core::Supplier> m_suppliers;
};

} // namespace depot::app
