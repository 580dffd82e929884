#pragma once

#include "logindialog.h"
#include "profile.h"

#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QDialog;
class QListWidget;

namespace depot::app {

class LanguageManager;
class MainWindow;
class SessionContext;
class StoreContext;

/// Runs the desktop app over one data folder: opens the right company's store with its session
/// and window, signs in (login dialog), switches company (a new store, session and window; the
/// old ones are closed), and signs out. Every dialog is opened without blocking (QDialog::open),
/// so the event loop, the sync worker and the tests keep running.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString root; ///< the app data folder (see docs/desktop.md for the layout)
        CredentialStoreKind credentials = CredentialStoreKind::Keychain;
        QString localUser; ///< the name on movements when working locally (no session)
        int retryBaseMs = 2000;
        int retryMaxAttempts = 8;
    };

    AppController(LanguageManager &languages, Options options, QObject *parent = nullptr);
    ~AppController() override;

    /// Opens the last company used under the root: the login dialog (to unlock) when it is a
    /// signed-in profile, else the local store directly.
    void start();
    /// Opens the window on the local store of `dir` (no server).
    core::Result<void> openLocal(const QString &dir);
    /// Opens the window on a signed-in or offline-unlocked session and starts its first sync.
    core::Result<void> openSession(std::unique_ptr<SessionContext> session, const QString &message = {});

    MainWindow *window() const { return m_window.get(); }
    StoreContext *storeContext() const { return m_store.get(); }
    SessionContext *session() const { return m_session.get(); }
    const Options &options() const { return m_options; }
    /// The open login dialog, or null.
    LoginDialog *loginDialog() const { return m_login; }
    /// The open company chooser, or null; its list is `companies`.
    QDialog *companyDialog() const { return m_companies; }

public slots:
    /// Opens the login dialog, filled from `prefill`.
    void showLogin(const depot::app::CompanyProfile &prefill);
    void switchCompany();
    /// Opens `tenant` (on the current server): directly when its session is stored on this
    /// computer, else through the login dialog. Returns at once: the stored session is looked up
    /// without waiting (the keychain may be slow or ask to be unlocked), and a later call, or a
    /// new window, supersedes a lookup still running.
    void openCompany(const QString &tenant);
    void signOut();

signals:
    /// A new window replaced the old one (sign-in, company switch).
    void windowChanged(depot::app::MainWindow *window);
    /// The login dialog at start was cancelled and no window is open: the app should quit.
    void quitRequested();
    /// An error to show when there is no window to show it in.
    void failed(const QString &message);

private:
    core::Result<void> openWindow(std::unique_ptr<StoreContext> store, std::unique_ptr<SessionContext> session);
    void closeWindow();

    LanguageManager &m_languages;
    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionContext> m_session;
    std::unique_ptr<StoreContext> m_store;
    QPointer<LoginDialog> m_login;
    QPointer<QDialog> m_companies;
    quint64 m_companyLookup = 0; ///< the latest openCompany() whose stored session is being looked up
};

} // namespace depot::app
