#include "supplierspage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

SupplierDialog::SupplierDialog(StoreContext &context, std::optional<core::Supplier> supplier, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_supplier(supplier.value_or(core::Supplier{})),
      m_editing(supplier.has_value())
{
    setObjectName(QStringLiteral("supplierDialog"));
    setWindowTitle(m_editing ? tr("Edit supplier %1").arg(m_supplier.name) : tr("New supplier"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(m_supplier.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_email = new QLineEdit(m_supplier.email, this);
    m_phone = new QLineEdit(m_supplier.phone, this);
    m_notes = new QPlainTextEdit(m_supplier.notes, this);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupplierDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SupplierDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void SupplierDialog::accept()
{
    core::Supplier s = m_supplier;
    s.name = m_name->text().trimmed();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    auto saved = m_editing ? m_context.store().updateSupplier(s) : m_context.store().addSupplier(s);
    if (!saved.ok()) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_supplier = saved.value();
    m_context.notifyChanged();
    QDialog::accept();
}

SuppliersPage::SuppliersPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("suppliersPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_showArchived = new QCheckBox(this);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("new"));
    addButtonShortcut(m_new, QKeySequence::New);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archive"));
    bar->addWidget(m_showArchived);
    bar->addStretch();
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_archive);
    layout->addLayout(bar);
    m_roleNote = makeRoleNote(this);
    layout->addWidget(m_roleNote);
    m_table = makeTable(this, QStringLiteral("suppliers"), 5);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    connect(m_showArchived, &QCheckBox::toggled, this, &SuppliersPage::reload);
    connect(m_new, &QPushButton::clicked, this, &SuppliersPage::newSupplier);
    connect(m_edit, &QPushButton::clicked, this, &SuppliersPage::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &SuppliersPage::toggleArchiveSelected);
    connect(m_table, &QTableWidget::itemActivated, this, &SuppliersPage::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SuppliersPage::updateButtons);
    retranslateUi();
}

void SuppliersPage::applyPermissions()
{
    setRoleNote(m_roleNote, permissions().catalogRefusal());
    updateButtons();
}

QString SuppliersPage::title() const
{
    return tr("Suppliers");
}

void SuppliersPage::retranslateUi()
{
    m_showArchived->setText(tr("Show ar&chived"));
    m_new->setText(tr("&New supplier…"));
    m_edit->setText(tr("&Edit…"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Phone"), tr("Notes"), tr("Status")});
    updateButtons();
}

void SuppliersPage::reload()
{
    m_suppliers = m_context.store().suppliers(m_showArchived->isChecked());
    m_table->setRowCount(int(m_suppliers.size()));
    for (int row = 0; row < m_suppliers.size(); ++row) {
        const core::Supplier &s = m_suppliers.at(row);
        m_table->setItem(row, 0, makeItem(s.name));
        m_table->setItem(row, 1, makeItem(s.email));
        m_table->setItem(row, 2, makeItem(s.phone));
        m_table->setItem(row, 3, makeItem(QString(s.notes).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        m_table->setItem(row, 4, makeItem(s.archived ? tr("Archived") : tr("Active")));
    }
    updateButtons();
}

std::optional<core::Supplier> SuppliersPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_suppliers.size())
        return std::nullopt;
    return m_suppliers.at(rows.first().row());
}

void SuppliersPage::updateButtons()
{
    const auto s = selected();
    const bool edit = permissions().canEditCatalog();
    m_new->setEnabled(edit);
    m_edit->setEnabled(edit && s.has_value());
    m_archive->setEnabled(edit && s.has_value());
    for (QPushButton *button : {m_new, m_edit, m_archive})
        button->setToolTip(permissions().catalogRefusal());
    m_archive->setText(s && s->archived ? tr("&Unarchive") : tr("&Archive"));
}

void SuppliersPage::newSupplier()
{
    if (!permissions().canEditCatalog())
        return;
    SupplierDialog dialog(m_context, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SuppliersPage::editSelected()
{
    const auto s = selected();
    if (!s || !permissions().canEditCatalog())
        return;
    SupplierDialog dialog(m_context, *s, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SuppliersPage::toggleArchiveSelected()
{
    auto s = selected();
    if (!s || !permissions().canEditCatalog())
        return;
    s->archived = !s->archived;
    auto saved = m_context.store().updateSupplier(*s);
    if (!saved.ok()) {
        QMessageBox::warning(this, title(), saved.error().message);
        return;
    }
    m_context.notifyChanged();
    reload();
}

} // namespace depot::app
