#include "adminsection.h"

#include "auditpage.h"
#include "devicespage.h"
#include "mainwindow.h"
#include "planpage.h"
#include "sessioncontext.h"
#include "tenantspage.h"
#include "userspage.h"

#include <QListWidget>

namespace depot::app {

AdminSection::AdminSection(StoreContext &context, QWidget *pageParent, QObject *parent) : QObject(parent)
{
    m_users = new UsersPage(context, pageParent);
    m_devices = new DevicesPage(context, pageParent);
    m_plan = new PlanPage(context, pageParent);
    m_audit = new AuditPage(context, pageParent);
    m_tenants = new TenantsPage(context, pageParent);
    m_pages = {m_plan, m_users, m_devices, m_audit, m_tenants};
}

QList<AdminPage *> AdminSection::pages() const
{
    return m_pages;
}

QString AdminSection::iconName(const AdminPage *page)
{
    return page ? page->objectName().chopped(4) : QString(); // "usersPage" -> "users"
}

void AdminSection::attach(MainWindow &window)
{
    m_window = &window;
    applyVisibility();
}

void AdminSection::useSession(SessionContext *session)
{
    if (!session) {
        setClient(nullptr, nullptr);
        return;
    }
    // The session's client renews the access token through its sync engine, never by itself.
    setRole(session->profile().role);
    setClient(session->apiClient(), session->networkAccessManager());
    identify();
    // After a new sign-in (or a change of password) the role may have changed.
    const QPointer<SessionContext> guarded(session);
    connect(session, &SessionContext::sessionChanged, this, [this, guarded] {
        if (guarded)
            setRole(guarded->profile().role, m_platformAdmin);
        identify();
    });
}

void AdminSection::setClient(sync::ApiClient *client, QNetworkAccessManager *network)
{
    m_client = client;
    for (AdminPage *page : std::as_const(m_pages)) {
        if (page != m_tenants)
            page->setClient(client);
    }
    if (client)
        m_tenants->setServer(client->account(), network);
    else
        m_tenants->setClient(nullptr);
    applyVisibility();
}

void AdminSection::setRole(const QString &role, bool platformAdmin)
{
    m_role = role;
    m_platformAdmin = platformAdmin;
    applyVisibility();
    emit roleChanged();
}

bool AdminSection::isShown(const AdminPage *page) const
{
    if (!m_client)
        return false;
    const bool admin = m_role == u"admin" || m_role == u"owner";
    if (page == m_plan)
        return !m_role.isEmpty();
    if (page == m_tenants)
        return m_platformAdmin;
    return admin;
}

void AdminSection::identify()
{
    if (!m_client)
        return;
    m_client->get(QStringLiteral("/me"), this, [this](const sync::ApiResult &r) {
        if (!r.ok())
            return; // offline or signed out: keep the role known so far
        const QJsonObject data = r.data.toObject();
        setRole(data.value(QStringLiteral("role")).toString(),
                data.value(QStringLiteral("user")).toObject().value(QStringLiteral("platform_admin")).toBool());
    });
}

void AdminSection::applyVisibility()
{
    if (!m_window)
        return;
    for (AdminPage *page : std::as_const(m_pages)) {
        for (int i = 0; i < m_window->pageCount(); ++i) {
            if (m_window->page(i) == page) {
                if (QListWidgetItem *item = m_window->navigation()->item(i))
                    item->setHidden(!isShown(page));
            }
        }
    }
}

} // namespace depot::app
