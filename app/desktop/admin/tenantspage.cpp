#include "tenantspage.h"

#include "planpage.h"
#include "uitext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

TenantsPage::TenantsPage(StoreContext &context, QWidget *parent) : AdminPage(context, parent)
{
    setObjectName(QStringLiteral("tenantsPage"));
    m_signInBox = new QWidget(this);
    auto *form = new QFormLayout(m_signInBox);
    m_signInText = new QLabel(m_signInBox);
    m_signInText->setWordWrap(true);
    form->addRow(m_signInText);
    m_identifier = new QLineEdit(m_signInBox);
    m_identifier->setObjectName(QStringLiteral("identifier"));
    m_password = new QLineEdit(m_signInBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_identifierLabel = new QLabel(m_signInBox);
    m_identifierLabel->setBuddy(m_identifier);
    m_passwordLabel = new QLabel(m_signInBox);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_identifierLabel, m_identifier);
    form->addRow(m_passwordLabel, m_password);
    m_signIn = new QPushButton(m_signInBox);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    form->addRow(QString(), m_signIn);
    m_layout->addWidget(m_signInBox);
    connect(m_signIn, &QPushButton::clicked, this, &TenantsPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &TenantsPage::signIn);

    m_table = makeTable(this, QStringLiteral("tenants"), 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_suspend = new QPushButton(this);
    m_suspend->setObjectName(QStringLiteral("suspend"));
    m_reactivate = new QPushButton(this);
    m_reactivate->setObjectName(QStringLiteral("reactivate"));
    buttons->addWidget(m_suspend);
    buttons->addWidget(m_reactivate);
    buttons->addStretch(1);
    m_layout->addLayout(buttons);
    connect(m_suspend, &QPushButton::clicked, this, &TenantsPage::suspend);
    connect(m_reactivate, &QPushButton::clicked, this, &TenantsPage::reactivate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TenantsPage::updateActions);
    retranslateUi();
}

TenantsPage::~TenantsPage() = default;

QString TenantsPage::title() const
{
    return tr("Companies");
}

void TenantsPage::setServer(const sync::Account &server, QNetworkAccessManager *network)
{
    sync::Account account = server;
    account.accessToken.clear();
    account.refreshToken.clear();
    setClient(nullptr);
    m_platform = std::make_unique<sync::ApiClient>(account, network);
    if (m_identifier->text().isEmpty())
        m_identifier->setText(server.user);
    setClient(m_platform.get());
}

bool TenantsPage::isSignedIn() const
{
    return m_platform && !m_platform->accessToken().isEmpty();
}

void TenantsPage::retranslateUi()
{
    m_signInText->setText(tr("Companies are managed with a platform administrator's account, separate from your "
                             "company account. Sign in with it here; the session lasts 15 minutes and is not kept."));
    m_identifierLabel->setText(tr("&Email or phone:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_signIn->setText(tr("&Sign in as platform administrator"));
    m_table->setHorizontalHeaderLabels({tr("Company id"), tr("Name"), tr("Status"), tr("Plan"), tr("Trial ends"),
                                        tr("Users"), tr("Locations"), tr("Products"), tr("Devices"), tr("Movements")});
    m_suspend->setText(tr("S&uspend…"));
    m_reactivate->setText(tr("Reac&tivate…"));
    updateActions();
}

void TenantsPage::updateActions()
{
    const bool signedIn = isSignedIn();
    m_signInBox->setVisible(m_platform && !signedIn);
    m_signIn->setEnabled(!isBusy());
    const int row = m_table->currentRow();
    const bool selected = signedIn && row >= 0 && row < m_tenants.size() && !m_table->selectedItems().isEmpty();
    const QString status =
        selected ? m_tenants.at(row).toObject().value(QStringLiteral("status")).toString() : QString();
    m_suspend->setEnabled(selected && !isBusy() && status != u"SUSPENDED" && status != u"CANCELLED");
    m_reactivate->setEnabled(selected && !isBusy() && status == u"SUSPENDED");
}

void TenantsPage::signIn()
{
    if (!m_platform || m_identifier->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showMessage(tr("Give the platform administrator's email or phone and password."), true);
        return;
    }
    m_signIn->setEnabled(false);
    m_platform->signInPlatformAdmin(
        m_identifier->text().trimmed(), m_password->text(), this, [this](const sync::ApiResult &r) {
            m_password->clear();
            if (!r.ok()) {
                showMessage(r.code == u"invalid_credentials" ? tr("This is not a platform administrator's email and "
                                                                  "password.")
                                                             : errorText(r),
                            true);
                updateActions();
                emit idle();
                return;
            }
            showMessage(QString(), false);
            updateActions();
            fetch();
        });
}

void TenantsPage::fetch()
{
    if (!isSignedIn()) {
        showMessage(tr("Sign in as a platform administrator to see the companies."), false);
        updateActions();
        return;
    }
    call("GET", QStringLiteral("/admin/tenants?limit=%1&offset=0").arg(kPageSize), {},
         [this](const sync::ApiResult &r) {
             const QString keep =
                 m_table->currentRow() >= 0 && m_table->currentRow() < m_tenants.size()
                     ? m_tenants.at(m_table->currentRow()).toObject().value(QStringLiteral("slug")).toString()
                     : QString();
             m_tenants = r.items();
             const QLocale locale;
             m_table->setRowCount(int(m_tenants.size()));
             for (int row = 0; row < m_tenants.size(); ++row) {
                 const QJsonObject t = m_tenants.at(row).toObject();
                 const QJsonObject stats = t.value(QStringLiteral("stats")).toObject();
                 const QString status = t.value(QStringLiteral("status")).toString();
                 m_table->setItem(row, 0, makeItem(t.value(QStringLiteral("slug")).toString()));
                 m_table->setItem(row, 1, makeItem(t.value(QStringLiteral("name")).toString()));
                 auto *statusItem = makeItem(tenantStatusName(status));
                 if (status == u"SUSPENDED" || status == u"CANCELLED")
                     statusItem->setForeground(QColor(0xc6, 0x28, 0x28));
                 m_table->setItem(row, 2, statusItem);
                 m_table->setItem(row, 3, makeItem(planName(t.value(QStringLiteral("plan")).toString())));
                 m_table->setItem(row, 4,
                                  makeItem(UiText::dateTime(QDateTime::fromString(
                                      t.value(QStringLiteral("trial_ends_at")).toString(), Qt::ISODateWithMs))));
                 const QStringList keys = {QStringLiteral("users"), QStringLiteral("locations"),
                                           QStringLiteral("products"), QStringLiteral("devices"),
                                           QStringLiteral("movements")};
                 for (int k = 0; k < keys.size(); ++k)
                     m_table->setItem(row, 5 + k,
                                      makeItem(locale.toString(qint64(stats.value(keys.at(k)).toDouble())), true));
                 if (t.value(QStringLiteral("slug")).toString() == keep)
                     m_table->selectRow(row);
             }
             if (m_tenants.size() == kPageSize)
                 showMessage(tr("The first %1 companies are shown.").arg(kPageSize), false);
             updateActions();
         });
}

bool TenantsPage::selectSlug(const QString &slug)
{
    for (int row = 0; row < m_tenants.size(); ++row) {
        if (m_tenants.at(row).toObject().value(QStringLiteral("slug")).toString() == slug) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void TenantsPage::suspend()
{
    setStatus(QStringLiteral("SUSPENDED"));
}

void TenantsPage::reactivate()
{
    setStatus(QStringLiteral("ACTIVE"));
}

void TenantsPage::setStatus(const QString &status)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tenants.size())
        return;
    const QJsonObject t = m_tenants.at(row).toObject();
    const QString slug = t.value(QStringLiteral("slug")).toString();
    const QString name = t.value(QStringLiteral("name")).toString();
    const bool suspending = status == u"SUSPENDED";
    if (!confirm(suspending ? tr("Suspend company") : tr("Reactivate company"),
                 suspending ? tr("Suspend %1 (%2)? Its people can no longer sign in or sync; their computers keep "
                                 "their data and what they have not sent yet.")
                                  .arg(name, slug)
                            : tr("Reactivate %1 (%2)? Its people can sign in and sync again.").arg(name, slug)))
        return;
    call("PATCH", QStringLiteral("/admin/tenants/") + segment(slug), {{QStringLiteral("status"), status}},
         [this, name, suspending](const sync::ApiResult &) {
             showMessage(suspending ? tr("%1 is suspended.").arg(name) : tr("%1 is active again.").arg(name), false);
             fetch();
         });
}

} // namespace depot::app
