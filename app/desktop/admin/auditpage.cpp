#include "auditpage.h"

#include "uitext.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

namespace {

/// What an audit action code means, for a person; the code itself for an action this version does not know.
QString actionName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("auth.login"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Signed in")},
        {QStringLiteral("auth.logout"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Signed out")},
        {QStringLiteral("auth.password_changed"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Password changed")},
        {QStringLiteral("auth.refresh_reuse"),
         QT_TRANSLATE_NOOP("depot::app::AuditPage", "Session ended: a sign-in token was used twice")},
        {QStringLiteral("device.registered"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Device registered")},
        {QStringLiteral("device.revoked"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Device revoked")},
        {QStringLiteral("sync.push"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Changes sent (sync)")},
        {QStringLiteral("tenant.created"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Company created")},
        {QStringLiteral("tenant.updated"),
         QT_TRANSLATE_NOOP("depot::app::AuditPage", "Company status or plan changed")},
        {QStringLiteral("user.added"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Member added")},
        {QStringLiteral("user.updated"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Member changed")},
        {QStringLiteral("product.created"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Product created")},
        {QStringLiteral("product.updated"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Product changed")},
        {QStringLiteral("location.created"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Location created")},
        {QStringLiteral("location.updated"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Location changed")},
        {QStringLiteral("supplier.created"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Supplier created")},
        {QStringLiteral("supplier.updated"), QT_TRANSLATE_NOOP("depot::app::AuditPage", "Supplier changed")},
    };
    const char *name = names.value(code);
    return name ? AuditPage::tr(name) : code;
}

} // namespace

AuditPage::AuditPage(StoreContext &context, QWidget *parent) : AdminPage(context, parent)
{
    setObjectName(QStringLiteral("auditPage"));
    m_table = makeTable(this, QStringLiteral("audit"), 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_layout->addWidget(m_table, 1);
    auto *bar = new QHBoxLayout;
    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("previous"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    m_range = new QLabel(this);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_range, 1);
    m_layout->addLayout(bar);
    addButtonShortcut(m_previous, QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    addButtonShortcut(m_next, QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_previous, &QPushButton::clicked, this, &AuditPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditPage::nextPage);
    retranslateUi();
}

QString AuditPage::title() const
{
    return tr("Audit log");
}

void AuditPage::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Target"), tr("From"), tr("Details")});
    m_previous->setText(tr("&Newer (Ctrl+PgUp)"));
    m_next->setText(tr("&Older (Ctrl+PgDown)"));
    updateActions();
}

void AuditPage::updateActions()
{
    const bool usable = client() && !isBusy();
    m_previous->setEnabled(usable && m_offset > 0);
    m_next->setEnabled(usable && m_entries.size() == kPageSize);
}

void AuditPage::nextPage()
{
    if (m_entries.size() < kPageSize)
        return;
    m_offset += kPageSize;
    fetch();
}

void AuditPage::previousPage()
{
    m_offset = qMax(0, m_offset - kPageSize);
    fetch();
}

void AuditPage::fetch()
{
    const int offset = m_offset;
    call("GET", QStringLiteral("/audit?limit=%1&offset=%2").arg(kPageSize).arg(offset), {},
         [this, offset](const sync::ApiResult &r) {
             m_entries = r.items();
             m_offset = offset;
             m_table->setRowCount(int(m_entries.size()));
             for (int row = 0; row < m_entries.size(); ++row) {
                 const QJsonObject a = m_entries.at(row).toObject();
                 m_table->setItem(row, 0,
                                  makeItem(UiText::dateTime(QDateTime::fromString(
                                      a.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs))));
                 m_table->setItem(row, 1, makeItem(a.value(QStringLiteral("actor")).toString()));
                 const QString action = a.value(QStringLiteral("action")).toString();
                 auto *actionItem = makeItem(actionName(action));
                 actionItem->setData(Qt::UserRole, action);
                 actionItem->setToolTip(action);
                 m_table->setItem(row, 2, actionItem);
                 m_table->setItem(row, 3, makeItem(a.value(QStringLiteral("target")).toString()));
                 m_table->setItem(row, 4, makeItem(a.value(QStringLiteral("ip")).toString()));
                 const QJsonValue details = a.value(QStringLiteral("details"));
                 m_table->setItem(row, 5,
                                  makeItem(details.isObject() ? QString::fromUtf8(
                                               QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact))
                                                              : details.toString()));
             }
             m_range->setText(
                 m_entries.isEmpty()
                     ? tr("No entry here.")
                     : tr("Entries %1 to %2, newest first.").arg(offset + 1).arg(offset + m_entries.size()));
             updateActions();
         });
}

} // namespace depot::app
