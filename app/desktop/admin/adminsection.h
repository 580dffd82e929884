#pragma once

#include "sync/apiclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QWidget;

namespace depot::app {

class AdminPage;
class AuditPage;
class DevicesPage;
class MainWindow;
class PlanPage;
class SessionContext;
class StoreContext;
class TenantsPage;
class UsersPage;

/// The server-backed admin screens as a group: creates them, gives them the session's ApiClient,
/// asks the server who the user is (GET /me) and shows only the screens the role may use:
/// plan and usage for every member; users, devices and the audit log for admins and owners;
/// companies for platform administrators. Without a session none is shown.
class AdminSection : public QObject
{
    Q_OBJECT
public:
    AdminSection(StoreContext &context, QWidget *pageParent, QObject *parent = nullptr);

    UsersPage *users() const { return m_users; }
    DevicesPage *devices() const { return m_devices; }
    PlanPage *plan() const { return m_plan; }
    AuditPage *audit() const { return m_audit; }
    TenantsPage *tenants() const { return m_tenants; }
    QList<AdminPage *> pages() const;

    /// The icon name of a screen in the navigation list.
    static QString iconName(const AdminPage *page);
    /// Keeps the navigation items of the screens (added by the window) in step with the role.
    void attach(MainWindow &window);
    /// Talks to the server of `session` (null: none) through its ApiClient, whose 401s ask the
    /// session's sync engine for a new token (never a refresh of its own: refresh tokens rotate).
    void useSession(SessionContext *session);
    /// The session's client (null: signed out). `server` gives the URL and trust for the platform sign-in.
    void setClient(sync::ApiClient *client, QNetworkAccessManager *network);
    /// The role in the company (owner, admin, manager, clerk, viewer) as known before asking the server.
    void setRole(const QString &role, bool platformAdmin = false);
    QString role() const { return m_role; }
    bool isPlatformAdmin() const { return m_platformAdmin; }
    bool isShown(const AdminPage *page) const;
    /// Asks the server for the role (GET /me); roleChanged() follows.
    void identify();

signals:
    void roleChanged();

private:
    void applyVisibility();

    QList<AdminPage *> m_pages;
    UsersPage *m_users = nullptr;
    DevicesPage *m_devices = nullptr;
    PlanPage *m_plan = nullptr;
    AuditPage *m_audit = nullptr;
    TenantsPage *m_tenants = nullptr;
    QPointer<sync::ApiClient> m_client;
    QPointer<MainWindow> m_window;
    QString m_role;
    bool m_platformAdmin = false;
};

} // namespace depot::app
