#pragma once

#include "core/domain.h"
#include "page.h"

#include <QDateTime>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace depot::app {

/// A stock count session at one location. Starting it freezes the expected quantities (the
/// balances at that moment); the clerk then scans each item (every scan adds 1, or N with `N*CODE`)
/// or types counted quantities in the table, reviews the differences, and posts: one COUNT movement
/// per counted product, all in one transaction. Products not counted are left as they are.
/// An open session is saved next to the store (count-session.json) after every change, so that a
/// crash or a closed window does not lose an afternoon of counting; it is restored on start.
///
/// The expected quantities are read on a worker (a location may hold tens of thousands of
/// products), with a busy bar and a Cancel button. Until they are there, the session is not
/// active: a scan is refused with an error message and sound (never silently dropped nor counted
/// against a snapshot that does not exist yet), so the clerk scans it again.
class CountPage : public Page
{
    Q_OBJECT
public:
    explicit CountPage(StoreContext &context, QWidget *parent = nullptr);
    ~CountPage() override;

    QString title() const override;
    void reload() override;

    bool isActive() const { return !m_locationId.isNull(); }
    /// True while the expected quantities of a starting count are being read.
    bool isStarting() const { return !m_startingLocationId.isNull(); }
    QProgressBar *startProgress() const { return m_progress; }
    QPushButton *cancelStartButton() const { return m_cancelStart; }
    QComboBox *locationCombo() const { return m_location; }
    QLineEdit *scanField() const { return m_scan; }
    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }

    /// Starts a session at the location chosen in the combo: reads its expected quantities on a
    /// worker; started() tells when the session is active. False when it cannot start.
    bool start();
    /// Gives up a start whose expected quantities are still being read.
    void cancelStart();
    /// Handles a scanned or typed line: adds to the counted quantity of the product.
    bool processScan(const QString &text);
    /// Sets the counted quantity of a product (replacing what was scanned).
    bool setCounted(const QUuid &productId, core::Quantity counted);
    /// Posts every counted line as a COUNT movement, in one transaction. Returns how many.
    int post();
    /// Asks for confirmation, then posts.
    void postInteractive();
    void discard();

signals:
    /// The expected quantities are in: the session is active (`ok`), or the start was canceled
    /// or failed (`ok` false).
    void started(bool ok);

protected:
    void retranslateUi() override;
    void focusMainField() override;
    void applyPermissions() override;

private:
    struct Line
    {
        QUuid productId;
        QString sku;
        QString name;
        core::Quantity expected;
        std::optional<core::Quantity> counted;
    };

    /// What a worker read to start a count: the balances at one location.
    struct Snapshot
    {
        QList<core::Balance> balances;
        QString error;
    };

    void onSnapshotRead();
    int lineOf(const QUuid &productId) const;
    int addLine(const core::Product &product);
    void refreshTable();
    void refreshRow(int row);
    void updateState();
    void feedback(bool ok, const QString &message);
    void onItemChanged(QTableWidgetItem *item);
    QString sessionPath() const;
    void saveSession();
    void restoreSession();
    void removeSession();

    QUuid m_locationId;
    QUuid m_startingLocationId; ///< while its expected quantities are read
    QDateTime m_startedAt;
    QFutureWatcher<Snapshot> m_snapshot;
    QList<Line> m_lines;
    bool m_updating = false;

    QLabel *m_locationLabel = nullptr;
    QComboBox *m_location = nullptr;
    QPushButton *m_start = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelStart = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_scanLabel = nullptr;
    QLineEdit *m_scan = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_roleNote = nullptr;
    QPushButton *m_post = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace depot::app
