#pragma once

#include "page.h"

#include "sync/apiclient.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace depot::app {

/// A screen backed by depot-server's REST API (users, devices, plan, audit, companies) rather than
/// by the local store. Calls go through a sync::ApiClient, asynchronously: the screen shows a busy
/// bar while they run and a clear message when one fails (a refused role, the server out of
/// reach, a session to renew). Without a client (not signed in) it says that it needs the server.
class AdminPage : public Page
{
    Q_OBJECT
public:
    explicit AdminPage(StoreContext &context, QWidget *parent = nullptr);

    /// The client of the signed-in session; null when there is none.
    void setClient(sync::ApiClient *client);
    sync::ApiClient *client() const { return m_client; }
    void reload() override;

    /// What a person should read for a failed call.
    static QString errorText(const sync::ApiResult &result);

    QLabel *messageLabel() const { return m_message; }
    bool isBusy() const { return m_inflight > 0; }

signals:
    /// Every call of this screen has been answered (success or not).
    void idle();

protected:
    /// Asks the server for what the screen shows.
    virtual void fetch() = 0;
    /// Enables the actions that need the server and a selection.
    virtual void updateActions() { }
    /// Runs a call; `onSuccess` gets the answer when it succeeded, errors are shown by the screen.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body,
              std::function<void(const sync::ApiResult &)> onSuccess);
    bool confirm(const QString &title, const QString &text);
    void showMessage(const QString &text, bool error);
    /// A path segment, percent-encoded.
    static QString segment(const QString &text);

    QVBoxLayout *m_layout = nullptr;
    QPushButton *m_refresh = nullptr;

private:
    QPointer<sync::ApiClient> m_client;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    int m_inflight = 0;
};

/// "Administrator", "Clerk", ... for a role as the server names it.
QString roleName(const QString &role);

} // namespace depot::app
