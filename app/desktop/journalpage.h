#pragma once

#include "core/tenantstore.h"
#include "journalexport.h"
#include "page.h"

#include <QFutureWatcher>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// The movement journal, newest first, a page at a time: filters on date range, product
/// (SKU or barcode), location, kind and user; export of everything that matches to CSV on a
/// worker thread, with a progress bar and a Cancel button.
class JournalPage : public Page
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit JournalPage(StoreContext &context, QWidget *parent = nullptr);
    ~JournalPage() override;

    QString title() const override;
    void reload() override;

    /// The filter the fields describe; nullopt when the product typed is unknown.
    std::optional<core::JournalFilter> currentFilter() const;
    int pageIndex() const { return m_page; }
    int pageCountShown() const;
    QTableWidget *table() const { return m_table; }
    QLineEdit *productField() const { return m_product; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *locationCombo() const { return m_location; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *userField() const { return m_user; }
    QProgressBar *exportProgress() const { return m_progress; }
    bool isExporting() const { return m_export.isRunning(); }

public slots:
    void nextPage();
    void previousPage();
    void clearFilters();
    /// Asks for a file name, then exports.
    void exportCsvInteractive();
    /// Exports what the filters match to `path` (on a worker), as XLSX when it ends in .xlsx and
    /// CSV otherwise; exportFinished() tells the outcome.
    void exportCsv(const QString &path);
    void cancelExport();
    /// Records the reversal of the selected movement (both legs of a transfer). False with a
    /// message in the status line when the store refuses (a reversal, or already reversed).
    bool reverseSelected();
    /// Asks for confirmation, then reverses.
    void reverseSelectedInteractive();

signals:
    void exportFinished(bool ok, const QString &message);

protected:
    void retranslateUi() override;
    void applyPermissions() override;

private:
    void applyFilters();
    void reloadLocations();

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_product = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_user = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_productLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_reverse = nullptr;
    QList<core::Movement> m_movements;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_exportStatus = nullptr;
    QFutureWatcher<ExportResult> m_export;
    QString m_exportPath;
    int m_page = 0;
    qint64 m_total = 0;
};

} // namespace depot::app
