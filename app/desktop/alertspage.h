#pragma once

#include "core/domain.h"
#include "page.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// Low and negative stock, derived from balances and reorder points (never stored). Computed on a
/// worker thread: every recorded movement refreshes the count shown in the navigation list, and
/// that must not slow the scanner down on a large store.
///
/// The selected alerts can be acknowledged (Ctrl+K; a clerk and above): they are then hidden, and
/// left out of the count, until their situation changes (TenantStore::acknowledgeAlert), unless
/// "Show acknowledged" is ticked.
class AlertsPage : public Page
{
    Q_OBJECT
public:
    explicit AlertsPage(StoreContext &context, QWidget *parent = nullptr);
    ~AlertsPage() override;

    QString title() const override;
    void reload() override;
    QTableWidget *table() const { return m_table; }
    /// The alerts not acknowledged (the count in the title).
    int alertCount() const { return m_count; }
    /// The alerts were computed at least once.
    bool hasLoaded() const { return m_loaded; }
    /// Every alert of the last computation, acknowledged or not.
    const QList<core::Alert> &alerts() const { return m_alerts; }
    /// The alerts of the rows shown, in table order.
    const QList<core::Alert> &shownAlerts() const { return m_shown; }
    QCheckBox *showAcknowledgedBox() const { return m_showAcknowledged; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    /// An alert's identity: kind, product and location.
    static QString alertKey(const core::Alert &alert);

public slots:
    /// Acknowledges the alerts of the selected rows as shown; false when there is none (or the role
    /// may not).
    bool acknowledgeSelected();

signals:
    void loaded();

protected:
    void retranslateUi() override;
    void applyPermissions() override;
    void focusMainField() override;
    void showEvent(QShowEvent *event) override;

private:
    void compute();
    void showAlerts(const QList<core::Alert> &alerts);
    void fillTable();
    void updateButtons();

    QFutureWatcher<QList<core::Alert>> m_watcher;
    bool m_again = false;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    int m_count = 0;
    QList<core::Alert> m_alerts;
    QList<core::Alert> m_shown;
    QCheckBox *m_showAcknowledged = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QLabel *m_roleNote = nullptr;
    bool m_tableStale = false;
    bool m_loaded = false;
    /// While the page is hidden, changes recount the alerts only once the store has been quiet
    /// for kHiddenQuietMs (at least every kHiddenMaxDelayMs during a burst): a clerk scanning must
    /// not keep a core busy with a full alerts scan per movement.
    static constexpr int kHiddenQuietMs = 1500;     ///< hidden: recount after this long without a change
    static constexpr int kHiddenMaxDelayMs = 10000; ///< hidden: recount at least this often while changes come
    QTimer m_hiddenRefresh;
    QElapsedTimer m_changedSince; ///< since the first change not yet counted (hidden page)
};

} // namespace depot::app
