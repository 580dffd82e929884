#pragma once

#include "core/domain.h"
#include "page.h"

#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;

namespace depot::app {

/// Stock by location: every (product, location) balance, filtered by text, location and
/// "low or negative only". The balances are read on a worker thread, so a large store never
/// freezes the window.
class StockPage : public Page
{
    Q_OBJECT
public:
    explicit StockPage(StoreContext &context, QWidget *parent = nullptr);
    ~StockPage() override;

    QString title() const override;
    void reload() override;

    QLineEdit *filterField() const { return m_filter; }
    QComboBox *locationCombo() const { return m_location; }
    QTableWidget *table() const { return m_table; }
    /// True while balances are being read.
    bool isLoading() const { return m_watcher.isRunning(); }

signals:
    void loaded();

protected:
    void retranslateUi() override;
    void focusMainField() override;

private:
    void applyFilter();
    void reloadLocations();

    QLineEdit *m_filter = nullptr;
    QComboBox *m_location = nullptr;
    QCheckBox *m_alertsOnly = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QList<core::Balance> m_balances;
    QFutureWatcher<QList<core::Balance>> m_watcher;
    bool m_reloadAgain = false;
};

} // namespace depot::app
