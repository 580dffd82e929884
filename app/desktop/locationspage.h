#pragma once

#include "core/domain.h"
#include "page.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// Creates or edits a location (code, name, type, parent).
class LocationDialog : public QDialog
{
    Q_OBJECT
public:
    LocationDialog(StoreContext &context, std::optional<core::Location> location, QWidget *parent = nullptr);
    const core::Location &location() const { return m_location; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }

public slots:
    void accept() override;

private:
    StoreContext &m_context;
    core::Location m_location;
    bool m_editing = false;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_error = nullptr;
};

/// Warehouses, shops and zones: list, create, edit, archive.
class LocationsPage : public Page
{
    Q_OBJECT
public:
    explicit LocationsPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    QTableWidget *table() const { return m_table; }

public slots:
    void newLocation();
    void editSelected();
    void toggleArchiveSelected();

protected:
    void retranslateUi() override;
    void applyPermissions() override;

private:
    std::optional<core::Location> selected() const;
    void updateButtons();

    QCheckBox *m_showArchived = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_roleNote = nullptr;
    QList<core::Location> m_locations;
};

} // namespace depot::app
