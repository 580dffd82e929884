#include "planpage.h"

#include "uitext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

QString tenantStatusName(const QString &status)
{
    if (status == u"PENDING")
        return PlanPage::tr("Pending");
    if (status == u"TRIAL")
        return PlanPage::tr("Trial");
    if (status == u"ACTIVE")
        return PlanPage::tr("Active");
    if (status == u"SUSPENDED")
        return PlanPage::tr("Suspended");
    if (status == u"CANCELLED")
        return PlanPage::tr("Cancelled");
    return status;
}

QString planName(const QString &plan)
{
    if (plan == u"starter")
        return PlanPage::tr("Starter");
    if (plan == u"professional")
        return PlanPage::tr("Professional");
    if (plan == u"enterprise")
        return PlanPage::tr("Enterprise");
    return plan;
}

PlanPage::PlanPage(StoreContext &context, QWidget *parent) : AdminPage(context, parent)
{
    setObjectName(QStringLiteral("planPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size: 13pt;"));
    m_layout->addWidget(m_summary);
    m_table = makeTable(this, QStringLiteral("usage"), 4);
    m_table->setRowCount(4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (int row = 0; row < 4; ++row) {
        auto *bar = new QProgressBar(m_table);
        bar->setRange(0, 100);
        bar->setValue(0);
        m_table->setCellWidget(row, 3, bar);
    }
    m_layout->addWidget(m_table, 1);
    retranslateUi();
}

QString PlanPage::title() const
{
    return tr("Plan and usage");
}

void PlanPage::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Resource"), tr("Used"), tr("Limit"), QString()});
    if (!m_plan.isEmpty())
        showPlan();
}

void PlanPage::fetch()
{
    call("GET", QStringLiteral("/plan"), {}, [this](const sync::ApiResult &r) {
        m_plan = r.data.toObject();
        showPlan();
    });
}

void PlanPage::showPlan()
{
    const QJsonObject tenant = m_plan.value(QStringLiteral("tenant")).toObject();
    const QJsonObject limits = m_plan.value(QStringLiteral("limits")).toObject();
    const QJsonObject usage = m_plan.value(QStringLiteral("usage")).toObject();
    const QLocale locale;
    QString text = tr("%1 plan — company %2")
                       .arg(planName(m_plan.value(QStringLiteral("plan")).toString()),
                            tenantStatusName(tenant.value(QStringLiteral("status")).toString()));
    const QDateTime trialEnd =
        QDateTime::fromString(tenant.value(QStringLiteral("trial_ends_at")).toString(), Qt::ISODateWithMs);
    if (trialEnd.isValid())
        text += u'\n' + tr("The trial ends on %1.").arg(UiText::dateTime(trialEnd));
    text += u'\n'
            + tr("%1 movements recorded on the server.")
                  .arg(locale.toString(qint64(usage.value(QStringLiteral("movements")).toDouble())));
    m_summary->setText(text);
    const QStringList keys = {QStringLiteral("users"), QStringLiteral("locations"), QStringLiteral("products"),
                              QStringLiteral("devices")};
    const QStringList names = {tr("Users"), tr("Locations"), tr("Products"), tr("Devices")};
    for (int row = 0; row < keys.size(); ++row) {
        const qint64 used = qint64(usage.value(keys.at(row)).toDouble());
        const qint64 limit = qint64(limits.value(keys.at(row)).toDouble(-1));
        m_table->setItem(row, 0, makeItem(names.at(row)));
        m_table->setItem(row, 1, makeItem(locale.toString(used), true));
        m_table->setItem(row, 2, makeItem(limit < 0 ? tr("unlimited") : locale.toString(limit), true));
        auto *bar = static_cast<QProgressBar *>(m_table->cellWidget(row, 3));
        bar->setValue(limit <= 0 ? 0 : int(qMin<qint64>(100, used * 100 / limit)));
        bar->setFormat(limit < 0 ? tr("unlimited") : QStringLiteral("%p%"));
    }
}

} // namespace depot::app
