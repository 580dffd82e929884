#pragma once

#include "permissions.h"

#include "core/domain.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;

namespace depot::app {

class AdminSection;
class DashboardPage;
class LanguageManager;
class Page;
class ProblemsPage;
class SessionContext;
class StoreContext;

/// The desktop app's window: a navigation list on the left (Ctrl+1..Ctrl+9), the screens on the
/// right, and a status bar that says which store is open, whether the server is reachable, when the
/// last sync finished, how many changes wait to be sent and how many the server refused.
///
/// With a SessionContext (signed in to a company) it syncs on demand (F9), on the configured
/// interval and when the network comes back, shows a progress bar with Cancel for long syncs,
/// warns about a skewed clock, and notifies new alerts in the system tray. Without one it works on
/// the local store alone and says so.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(StoreContext &context, LanguageManager &languages, SessionContext *session = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds a screen at the end of the navigation list (Ctrl+N shortcuts go to the first nine).
    void addPage(Page *page, const QString &iconName);
    /// The signed-in session of the open company, or null when working locally only. A new company
    /// gets a new window (AppController), so this never changes during the window's life.
    SessionContext *session() const { return m_session; }
    StoreContext &storeContext() const { return m_context; }

    int pageCount() const { return int(m_pages.size()); }
    Page *page(int index) const { return m_pages.value(index); }
    /// The first page of the given type.
    template<typename T>
    T *findPage() const
    {
        for (Page *p : m_pages)
            if (auto *t = qobject_cast<T *>(p))
                return t;
        return nullptr;
    }
    int pageIndexOf(Page *page) const { return int(m_pages.indexOf(page)); }
    int currentPageIndex() const;
    Page *currentPage() const;
    QListWidget *navigation() const { return m_navigation; }
    QLabel *pendingLabel() const { return m_pending; }
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *syncMessageLabel() const { return m_syncMessage; }
    QLabel *banner() const { return m_banner; }
    QProgressBar *syncProgressBar() const { return m_progress; }
    QAction *syncNowAction() const { return m_syncAction; }
    ProblemsPage *problemsPage() const { return m_problemsPage; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    /// What the signed-in user's role allows; everything for a local store.
    Permissions permissions() const;
    /// The server-backed admin screens (users, devices, plan, audit, companies).
    AdminSection *adminSection() const { return m_admin; }

    /// Around each sync: the alerts (not acknowledged) before it, then, once the alerts page has
    /// recounted, newAlerts() with those that were not there before (by kind, product and
    /// location: one cleared and one new is still one new) and a tray message. Public for tests.
    void rememberAlertsBeforeSync();
    void notifyNewAlerts();

public slots:
    void showPage(int index);
    void openSettings();
    void refreshStatus();
    void syncNow();

signals:
    void signInRequested();
    void switchCompanyRequested();
    void signOutRequested();
    /// A sync ended (after syncFinished of the session, once the pages were told).
    void syncFinished(bool ok, const QString &message);
    /// Alerts that appeared during the last sync (see notifyNewAlerts()); not emitted when none.
    void newAlerts(const QList<depot::core::Alert> &alerts);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    /// Sets the connection label of the status bar, touching only what changed.
    void showConnection(const QString &text, const QString &color, const QString &toolTip);
    void connectSession();
    void applySyncInterval();
    /// Tells every page what the role allows (the profile's role, then the server's answer to GET /me).
    void applyPermissions();
    void retranslateUi();
    void showShortcuts();
    void showAbout();

    StoreContext &m_context;
    LanguageManager &m_languages;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    QLabel *m_store = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_connection = nullptr;
    QMenu *m_depotMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    SessionContext *m_session = nullptr;
    ProblemsPage *m_problemsPage = nullptr;
    DashboardPage *m_dashboard = nullptr;
    AdminSection *m_admin = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_syncMessage = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelSync = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    /// Keys (AlertsPage::alertKey) of the open alerts when the sync started; unset when unknown.
    std::optional<QSet<QString>> m_alertsBeforeSync;
};

} // namespace depot::app
