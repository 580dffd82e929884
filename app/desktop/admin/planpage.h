#pragma once

#include "adminpage.h"

#include <QJsonObject>

class QTableWidget;

namespace depot::app {

/// The company's plan and status, and its limits next to what is used (users, locations,
/// products, devices), from the server.
class PlanPage : public AdminPage
{
    Q_OBJECT
public:
    explicit PlanPage(StoreContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QLabel *summary() const { return m_summary; }
    QTableWidget *table() const { return m_table; }
    QJsonObject plan() const { return m_plan; }

protected:
    void fetch() override;
    void retranslateUi() override;

private:
    void showPlan();

    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QJsonObject m_plan;
};

/// "Active", "Suspended", ... for a company status as the server names it.
QString tenantStatusName(const QString &status);
/// "Starter", "Professional", "Enterprise".
QString planName(const QString &plan);

} // namespace depot::app
