#pragma once

#include <QCoreApplication>
#include <QString>

namespace depot::app {

/// What the user's role in the company lets them do in this window, after the server's role
/// matrix (docs/server.md): a viewer reads; a clerk also records movements and counts; a manager,
/// an administrator or the owner also creates and changes the catalog (products, locations,
/// suppliers). A store never signed in to a server belongs to whoever uses it: everything.
///
/// The server enforces the same rules whatever the window does; the window only spares the user
/// work that the server would refuse (a clerk's new product would end up in Sync problems), and
/// says why a button is disabled.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(depot::app::Permissions)
public:
    /// A local store: every action.
    static Permissions full();
    /// A signed-in user with this role as the server names it (owner, admin, manager, clerk,
    /// viewer). An unknown or empty role reads only, until the server tells the role.
    static Permissions forRole(const QString &role);

    bool canRecordMovements() const { return m_level >= Level::Clerk; }
    bool canEditCatalog() const { return m_level >= Level::Manager; }
    /// Why movements and counts cannot be recorded; empty when they can.
    QString movementRefusal() const;
    /// Why products, locations and suppliers cannot be created or changed; empty when they can.
    QString catalogRefusal() const;

    bool operator==(const Permissions &other) const = default;

private:
    enum class Level {
        ReadOnly,
        Clerk,
        Manager
    };
    QString roleText() const;

    Level m_level = Level::Manager;
    QString m_role; ///< empty for a local store
};

} // namespace depot::app
