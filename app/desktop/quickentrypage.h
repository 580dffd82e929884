#pragma once

#include "core/domain.h"
#include "page.h"

#include <QList>
#include <QUuid>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// The scanner screen: the clerk scans a location code to select it, then product barcodes (or
/// types a SKU) + Enter, and each scan records a movement at once, without a dialog. The kind of
/// movement is chosen with F2..F8 (or Alt + the underlined letter); `5*CODE` records 5. Each scan
/// answers with a green or red flash, a message line and a beep. Ctrl+Z reverses the last entry
/// (TenantStore::reverseMovement: the log stays append-only). An unknown code offers to create the
/// product (to a role that may create one: a clerk is told to ask a manager), then records the
/// scan with it. A viewer's scans record nothing and say why.
class QuickEntryPage : public Page
{
    Q_OBJECT
public:
    /// What one scan does; Transfer moves from the location to the destination.
    enum class Mode {
        Receipt,
        Issue,
        Loss,
        Return,
        Adjustment,
        Transfer,
        Count
    };
    Q_ENUM(Mode)

    explicit QuickEntryPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QUuid locationId() const;
    QUuid destinationId() const;
    void setLocation(const QUuid &id);
    void setDestination(const QUuid &id);

    /// Handles one scanned or typed line, as Enter in the scan field does. True when it was
    /// understood and recorded (or selected a location).
    bool processScan(const QString &text);
    /// Reverses the most recent entry that is not reversed yet. True when it worked.
    bool undoLast();

    QLineEdit *scanField() const { return m_scan; }
    QLineEdit *quantityField() const { return m_quantity; }
    QLabel *messageLabel() const { return m_message; }
    /// Why the role keeps movements (or new products) out of reach here; hidden when nothing is.
    QLabel *roleNote() const { return m_roleNote; }
    QTableWidget *recentTable() const { return m_recent; }

signals:
    /// A movement was recorded or reversed here.
    void entryRecorded();

protected:
    void retranslateUi() override;
    void focusMainField() override;
    void applyPermissions() override;
    /// Ctrl+Z and Alt+letter reach the scan field first (a QLineEdit keeps Ctrl+Z for itself).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QList<core::Movement> movements; ///< one, or the two legs of a transfer
        QString productText;
        QString locationText;
        core::Quantity quantity;
        QString stockText;
        bool undone = false;
    };

    void reloadLocations();
    void selectScannedLocation(const core::Location &location);
    bool record(const core::Product &product, core::Quantity quantity);
    void feedback(bool ok, const QString &message);
    /// Sizes the message box to the lines of its text at the page's width.
    void fitMessage();
    void refreshRecent();
    void fillRecentRow(int row, const Entry &entry);
    void notifyOwnChange();
    void updateModeUi();
    QString modeName(Mode mode) const;

    Mode m_mode = Mode::Receipt;
    bool m_ownChange = false;
    QList<Entry> m_entries;

    QButtonGroup *m_modeGroup = nullptr;
    QList<QAbstractButton *> m_modeButtons;
    QLabel *m_locationLabel = nullptr;
    QComboBox *m_location = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QComboBox *m_destination = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLabel *m_scanLabel = nullptr;
    QLineEdit *m_scan = nullptr;
    QWidget *m_messageBox = nullptr; ///< holds m_message, sized by fitMessage()
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_roleNote = nullptr;
    QLabel *m_recentLabel = nullptr;
    QTableWidget *m_recent = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace depot::app
