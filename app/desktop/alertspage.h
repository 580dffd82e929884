#pragma once

#include "page.h"

class QLabel;
class QTableWidget;

namespace depot::app {

/// Low and negative stock, derived from balances and reorder points (never stored).
class AlertsPage : public Page
{
    Q_OBJECT
public:
    explicit AlertsPage(StoreContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    QTableWidget *table() const { return m_table; }

protected:
    void retranslateUi() override;

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    int m_count = 0;
};

} // namespace depot::app
