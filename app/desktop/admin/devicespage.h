#pragma once

#include "adminpage.h"

#include <QJsonArray>

class QTableWidget;

namespace depot::app {

/// The computers and phones signed in to the company (admin and owner only), with the clock-skew
/// flag; revoking one (after a confirmation) ends its sessions on the server.
class DevicesPage : public AdminPage
{
    Q_OBJECT
public:
    explicit DevicesPage(StoreContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QTableWidget *table() const { return m_table; }
    QJsonArray devices() const { return m_devices; }
    bool selectDevice(const QString &id);

public slots:
    void revoke();

protected:
    void fetch() override;
    void retranslateUi() override;
    void updateActions() override;

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_revoke = nullptr;
    QJsonArray m_devices;
};

} // namespace depot::app
