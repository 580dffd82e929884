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

#include <functional>

namespace depot::app {

/// One line of the journal as the page shows it: the movement with its product and location.
struct JournalRow
{
    core::Movement movement;
    QString sku;
    QString productName;
    QString locationCode;
};

/// What a worker read for one request of the journal page.
struct JournalAnswer
{
    quint64 generation = 0; ///< which request it answers (only the latest is shown)
    int page = 0;
    core::JournalFilter filter; ///< as read, paging included
    QList<JournalRow> rows;
    qint64 total = 0;
    QString error;
};

/// The movement journal, newest first, a page at a time: filters on date range, product
/// (SKU or barcode), location, kind and user; export of everything that matches to CSV on a
/// worker thread, with a progress bar and a Cancel button.
///
/// Each page and its count are read on a worker (a busy bar shows meanwhile), paging by key from
/// the page shown, so a deep page of a million movements costs what the first one does. Only the
/// latest request is ever shown: a filter or page asked while another is read supersedes it, and
/// the older answer is dropped.
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
    /// True from a request until its page is shown (or dropped for an unknown product).
    bool isLoading() const { return m_loading; }
    QProgressBar *loadingIndicator() const { return m_loadingBar; }
    /// Runs `hook` on the worker before each read, with the filter it is about to read: lets
    /// tests slow one request down to check that a later one wins.
    void setQueryHookForTesting(std::function<void(const core::JournalFilter &)> hook)
    {
        m_queryHook = std::move(hook);
    }

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
    /// A page was shown (the answer to the latest request).
    void loaded();

protected:
    void retranslateUi() override;
    void applyPermissions() override;

private:
    struct Query
    {
        core::JournalFilter filter;
        int page = 0;
        quint64 generation = 0;
    };

    void reloadLocations();
    /// Asks for page `target` of `filter` (its selection; the paging is chosen here).
    void request(int target, const core::JournalFilter &filter);
    /// The paging of page `target`: by key from the page shown when it shows the same
    /// selection, else by offset from the start.
    core::JournalFilter pagingFor(int target, const core::JournalFilter &filter) const;
    void startQuery(const Query &query);
    void onQueryFinished();
    void showAnswer(const JournalAnswer &answer);
    void setLoading(bool loading);
    void updatePaging();

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
    QProgressBar *m_loadingBar = nullptr;
    QFutureWatcher<JournalAnswer> m_query;
    std::optional<Query> m_pending; ///< asked while another read runs: started when it ends
    std::function<void(const core::JournalFilter &)> m_queryHook;
    quint64 m_generation = 0; ///< of the latest request
    int m_page = 0;           ///< the page shown
    int m_requestedPage = 0;  ///< the page of the latest request
    core::JournalFilter m_requestedFilter;
    std::optional<core::JournalFilter> m_shownFilter; ///< what produced the rows shown
    bool m_loading = false;
    qint64 m_total = 0;
};

} // namespace depot::app
