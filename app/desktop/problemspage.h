#pragma once

#include "core/tenantstore.h"
#include "page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace depot::app {

/// "Sync problems": every item the server refused, with its reason, until the user deals with it.
/// *Retry* queues the item again (after fixing its cause, for example a missing permission or a
/// product created meanwhile); *Discard* gives up on it: it stays in the local log for the record
/// but never counts and is never sent. Nothing is dropped silently. *Open the product* (or Enter on
/// a row) shows the product concerned on the Products screen, to fix it there.
class ProblemsPage : public Page
{
    Q_OBJECT
public:
    explicit ProblemsPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *openProductButton() const { return m_openProduct; }
    int problemCount() const { return int(m_rejections.size()); }
    /// The line under the table saying what the last action did.
    QLabel *messageLabel() const { return m_message; }

public slots:
    void retrySelected();
    /// Asks for confirmation, then discards the selected items.
    void discardSelected();
    /// Asks the window to show the product of the selected item (a refused product, or the product
    /// of a refused movement) on the Products screen: openProductRequested().
    void openSelectedProduct();

signals:
    void openProductRequested(const QUuid &productId);

protected:
    void retranslateUi() override;
    void focusMainField() override;

private:
    QList<QUuid> selectedIds() const;
    /// The product the current row is about, null for a location or a supplier.
    QUuid currentProductId() const;
    void updateButtons();
    QString describe(const core::SyncRejection &r) const;

    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_openProduct = nullptr;
    QLabel *m_message = nullptr;
    QList<core::SyncRejection> m_rejections;
};

} // namespace depot::app
