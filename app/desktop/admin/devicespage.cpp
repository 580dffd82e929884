#include "devicespage.h"

#include "uitext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

DevicesPage::DevicesPage(StoreContext &context, QWidget *parent) : AdminPage(context, parent)
{
    setObjectName(QStringLiteral("devicesPage"));
    m_table = makeTable(this, QStringLiteral("devices"), 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    m_layout->addLayout(buttons);
    connect(m_revoke, &QPushButton::clicked, this, &DevicesPage::revoke);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DevicesPage::updateActions);
    retranslateUi();
}

QString DevicesPage::title() const
{
    return tr("Devices");
}

void DevicesPage::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Device id"), tr("Last seen"), tr("Last address"), tr("Clock"), tr("Status")});
    m_revoke->setText(tr("&Revoke…"));
    updateActions();
}

void DevicesPage::updateActions()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_devices.size() && !m_table->selectedItems().isEmpty();
    m_revoke->setEnabled(client() && !isBusy() && selected
                         && !m_devices.at(row).toObject().value(QStringLiteral("revoked")).toBool());
}

void DevicesPage::fetch()
{
    call("GET", QStringLiteral("/devices"), {}, [this](const sync::ApiResult &r) {
        const int keep = m_table->currentRow();
        m_devices = r.items();
        m_table->setRowCount(int(m_devices.size()));
        for (int row = 0; row < m_devices.size(); ++row) {
            const QJsonObject d = m_devices.at(row).toObject();
            const QString name = d.value(QStringLiteral("name")).toString();
            m_table->setItem(row, 0, makeItem(name.isEmpty() ? tr("(unnamed)") : name));
            m_table->setItem(row, 1, makeItem(d.value(QStringLiteral("id")).toString()));
            m_table->setItem(row, 2,
                             makeItem(UiText::dateTime(QDateTime::fromString(
                                 d.value(QStringLiteral("last_seen_at")).toString(), Qt::ISODateWithMs))));
            m_table->setItem(row, 3, makeItem(d.value(QStringLiteral("last_ip")).toString()));
            const qint64 skewS = qint64(d.value(QStringLiteral("clock_skew_ms")).toDouble()) / 1000;
            auto *clock = makeItem(d.value(QStringLiteral("clock_skew_flagged")).toBool()
                                       ? tr("%1 s off: fix this device's clock").arg(skewS)
                                       : tr("OK"));
            m_table->setItem(row, 4, clock);
            const bool revoked = d.value(QStringLiteral("revoked")).toBool();
            auto *status = makeItem(revoked ? tr("Revoked") : tr("Active"));
            if (revoked)
                status->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(row, 5, status);
        }
        if (keep >= 0 && keep < m_devices.size())
            m_table->selectRow(keep);
        updateActions();
    });
}

bool DevicesPage::selectDevice(const QString &id)
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).toObject().value(QStringLiteral("id")).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void DevicesPage::revoke()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_devices.size())
        return;
    const QJsonObject d = m_devices.at(row).toObject();
    const QString id = d.value(QStringLiteral("id")).toString();
    const QString name =
        d.value(QStringLiteral("name")).toString().isEmpty() ? id : d.value(QStringLiteral("name")).toString();
    if (!confirm(tr("Revoke device"),
                 tr("Revoke the device %1? Its sessions end at once and it must sign in again to sync. Movements "
                    "it has not sent yet stay on it.")
                     .arg(name)))
        return;
    call("DELETE", QStringLiteral("/devices/") + segment(id), {}, [this, name](const sync::ApiResult &) {
        showMessage(tr("The device %1 was revoked.").arg(name), false);
        fetch();
    });
}

} // namespace depot::app
