#include "locationspage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

LocationDialog::LocationDialog(StoreContext &context, std::optional<core::Location> location, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_location(location.value_or(core::Location{})),
      m_editing(location.has_value())
{
    setObjectName(QStringLiteral("locationDialog"));
    setWindowTitle(m_editing ? tr("Edit location %1").arg(m_location.code) : tr("New location"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(m_location.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("what clerks scan, e.g. SHELF-A1"));
    m_name = new QLineEdit(m_location.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_type = new QComboBox(this);
    for (auto type : {core::LocationType::Warehouse, core::LocationType::Shop, core::LocationType::Zone})
        m_type->addItem(UiText::locationTypeName(type), int(type));
    m_type->setCurrentIndex(qMax(0, m_type->findData(int(m_location.type))));
    m_parent = new QComboBox(this);
    m_parent->addItem(tr("(none)"), QUuid());
    for (const core::Location &l : m_context.store().locations())
        if (l.id != m_location.id)
            m_parent->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.id);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(m_location.parentId)));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Inside:"), m_parent);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LocationDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void LocationDialog::accept()
{
    core::Location l = m_location;
    l.code = m_code->text().trimmed();
    l.name = m_name->text().trimmed();
    l.type = core::LocationType(m_type->currentData().toInt());
    l.parentId = m_parent->currentData().toUuid();
    auto saved = m_editing ? m_context.store().updateLocation(l) : m_context.store().addLocation(l);
    if (!saved.ok()) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_location = saved.value();
    m_context.notifyChanged();
    QDialog::accept();
}

LocationsPage::LocationsPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("locationsPage"));
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
    m_table = makeTable(this, QStringLiteral("locations"), 5);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    connect(m_showArchived, &QCheckBox::toggled, this, &LocationsPage::reload);
    connect(m_new, &QPushButton::clicked, this, &LocationsPage::newLocation);
    connect(m_edit, &QPushButton::clicked, this, &LocationsPage::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &LocationsPage::toggleArchiveSelected);
    connect(m_table, &QTableWidget::itemActivated, this, &LocationsPage::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LocationsPage::updateButtons);
    retranslateUi();
}

void LocationsPage::applyPermissions()
{
    setRoleNote(m_roleNote, permissions().catalogRefusal());
    updateButtons();
}

QString LocationsPage::title() const
{
    return tr("Locations");
}

void LocationsPage::retranslateUi()
{
    m_showArchived->setText(tr("Show ar&chived"));
    m_new->setText(tr("&New location…"));
    m_edit->setText(tr("&Edit…"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Type"), tr("Inside"), tr("Status")});
    updateButtons();
}

void LocationsPage::reload()
{
    m_locations = m_context.store().locations(m_showArchived->isChecked());
    QHash<QUuid, QString> codes;
    for (const core::Location &l : m_context.store().locations(true))
        codes.insert(l.id, l.code);
    m_table->setRowCount(int(m_locations.size()));
    for (int row = 0; row < m_locations.size(); ++row) {
        const core::Location &l = m_locations.at(row);
        m_table->setItem(row, 0, makeItem(l.code));
        m_table->setItem(row, 1, makeItem(l.name));
        m_table->setItem(row, 2, makeItem(UiText::locationTypeName(l.type)));
        m_table->setItem(row, 3, makeItem(codes.value(l.parentId)));
        m_table->setItem(row, 4, makeItem(l.archived ? tr("Archived") : tr("Active")));
    }
    updateButtons();
}

std::optional<core::Location> LocationsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_locations.size())
        return std::nullopt;
    return m_locations.at(rows.first().row());
}

void LocationsPage::updateButtons()
{
    const auto l = selected();
    const bool edit = permissions().canEditCatalog();
    m_new->setEnabled(edit);
    m_edit->setEnabled(edit && l.has_value());
    m_archive->setEnabled(edit && l.has_value());
    for (QPushButton *button : {m_new, m_edit, m_archive})
        button->setToolTip(permissions().catalogRefusal());
    m_archive->setText(l && l->archived ? tr("&Unarchive") : tr("&Archive"));
}

void LocationsPage::newLocation()
{
    if (!permissions().canEditCatalog())
        return;
    LocationDialog dialog(m_context, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void LocationsPage::editSelected()
{
    const auto l = selected();
    if (!l || !permissions().canEditCatalog())
        return;
    LocationDialog dialog(m_context, *l, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void LocationsPage::toggleArchiveSelected()
{
    auto l = selected();
    if (!l || !permissions().canEditCatalog())
        return;
    l->archived = !l->archived;
    auto saved = m_context.store().updateLocation(*l);
    if (!saved.ok()) {
        QMessageBox::warning(this, title(), saved.error().message);
        return;
    }
    m_context.notifyChanged();
    reload();
}

} // namespace depot::app
