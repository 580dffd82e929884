#pragma once

#include "core/domain.h"
#include "page.h"

#include <QDateTime>

class QComboBox;
class QLabel;
class QLineEdit;
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
class CountPage : public Page
{
    Q_OBJECT
public:
    explicit CountPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;

    bool isActive() const { return !m_locationId.isNull(); }
    QComboBox *locationCombo() const { return m_location; }
    QLineEdit *scanField() const { return m_scan; }
    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }

    /// Starts a session at the location chosen in the combo.
    bool start();
    /// Handles a scanned or typed line: adds to the counted quantity of the product.
    bool processScan(const QString &text);
    /// Sets the counted quantity of a product (replacing what was scanned).
    bool setCounted(const QUuid &productId, core::Quantity counted);
    /// Posts every counted line as a COUNT movement, in one transaction. Returns how many.
    int post();
    /// Asks for confirmation, then posts.
    void postInteractive();
    void discard();

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
    QDateTime m_startedAt;
    QList<Line> m_lines;
    bool m_updating = false;

    QLabel *m_locationLabel = nullptr;
    QComboBox *m_location = nullptr;
    QPushButton *m_start = nullptr;
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
