#include "permissions.h"

#include "admin/adminpage.h"

namespace depot::app {

Permissions Permissions::full()
{
    return {};
}

Permissions Permissions::forRole(const QString &role)
{
    Permissions p;
    p.m_role = role.isEmpty() ? QStringLiteral("?") : role;
    if (role == u"owner" || role == u"admin" || role == u"manager")
        p.m_level = Level::Manager;
    else if (role == u"clerk")
        p.m_level = Level::Clerk;
    else
        p.m_level = Level::ReadOnly;
    return p;
}

QString Permissions::roleText() const
{
    return m_role == u"?" ? tr("unknown") : roleName(m_role);
}

QString Permissions::movementRefusal() const
{
    if (canRecordMovements())
        return {};
    return tr("Read only: your role (%1) can look at the stock but not record movements or counts. "
              "Ask an administrator of your company if you need to.")
        .arg(roleText());
}

QString Permissions::catalogRefusal() const
{
    if (canEditCatalog())
        return {};
    return tr("Your role (%1) cannot create or change products, locations or suppliers: ask a manager.")
        .arg(roleText());
}

} // namespace depot::app
