#include "mainwindow.h"

#include "admin/adminpage.h"
#include "admin/adminsection.h"
#include "alertspage.h"
#include "countpage.h"
#include "dashboard/dashboardpage.h"
#include "journalpage.h"
#include "languagemanager.h"
#include "locationspage.h"
#include "problemspage.h"
#include "productspage.h"
#include "quickentrypage.h"
#include "sessioncontext.h"
#include "settingsdialog.h"
#include "stockpage.h"
#include "storecontext.h"
#include "supplierspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace depot::app {

MainWindow::MainWindow(StoreContext &context, LanguageManager &languages, SessionContext *session, QWidget *parent)
    : QMainWindow(parent),
      m_context(context),
      m_languages(languages),
      m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->setSpacing(0);
    m_banner = new QLabel(outer);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background:#fff3e0; color:#bf360c; padding:6px 10px; font-weight:bold;"));
    m_banner->hide();
    outerLayout->addWidget(m_banner);
    auto *central = new QWidget(outer);
    outerLayout->addWidget(central, 1);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(210);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #263238; color: #eceff1; padding-top: 8px; font-size: 11pt; }"
        "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; margin: 0 6px; }"
        "QListWidget#navigation::item:selected { background: #1e88e5; color: white; }"
        "QListWidget#navigation::item:hover:!selected { background: #37474f; }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(outer);

    addPage(new QuickEntryPage(m_context, m_stack), QStringLiteral("scan"));
    addPage(new ProductsPage(m_context, m_stack), QStringLiteral("products"));
    addPage(new StockPage(m_context, m_stack), QStringLiteral("stock"));
    addPage(new JournalPage(m_context, m_stack), QStringLiteral("journal"));
    addPage(new CountPage(m_context, m_stack), QStringLiteral("count"));
    addPage(new AlertsPage(m_context, m_stack), QStringLiteral("alerts"));
    addPage(new LocationsPage(m_context, m_stack), QStringLiteral("locations"));
    addPage(new SuppliersPage(m_context, m_stack), QStringLiteral("suppliers"));
    m_problemsPage = new ProblemsPage(m_context, m_stack);
    addPage(m_problemsPage, QStringLiteral("problems"));
    connect(m_problemsPage, &ProblemsPage::openProductRequested, this, [this](const QUuid &product) {
        auto *products = findPage<ProductsPage>();
        showPage(int(m_pages.indexOf(products)));
        products->showProduct(product);
    });
    m_dashboard = new DashboardPage(m_context, m_stack);
    addPage(m_dashboard, QStringLiteral("dashboard"));
    // Server-backed screens, shown by role once the session is known (connectSession()).
    m_admin = new AdminSection(m_context, m_stack, this);
    for (AdminPage *page : m_admin->pages())
        addPage(page, AdminSection::iconName(page));
    m_admin->attach(*this);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(i); });
    }
    auto *dashboardKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this);
    connect(dashboardKey, &QShortcut::activated, this, [this] { showPage(int(m_pages.indexOf(m_dashboard))); });

    m_store = new QLabel(this);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pending"));
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setStyleSheet(QStringLiteral("color:#616161;"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setTextFormat(Qt::RichText);
    connect(m_problems, &QLabel::linkActivated, this, [this] { showPage(int(m_pages.indexOf(m_problemsPage))); });
    m_syncMessage = new QLabel(this);
    m_syncMessage->setObjectName(QStringLiteral("syncMessage"));
    m_syncMessage->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_syncMessage->setWordWrap(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancelSync = new QPushButton(this);
    m_cancelSync->setObjectName(QStringLiteral("cancelSync"));
    m_cancelSync->hide();
    statusBar()->addWidget(m_store, 1);
    statusBar()->addWidget(m_syncMessage, 2);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelSync);
    statusBar()->addPermanentWidget(m_problems);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_connection);

    buildMenus();
    retranslateUi();
    connect(&m_context, &StoreContext::changed, this, &MainWindow::refreshStatus);
    connectSession();
    m_admin->useSession(m_session);
    connect(m_admin, &AdminSection::roleChanged, this, &MainWindow::applyPermissions);
    applyPermissions();
    refreshStatus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page, const QString &iconName)
{
    page->setParent(m_stack);
    if (m_admin) // a page added after the window was built
        page->setPermissions(permissions());
    static const QHash<QString, QStyle::StandardPixmap> icons = {
        {QStringLiteral("scan"), QStyle::SP_MediaPlay},
        {QStringLiteral("products"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("stock"), QStyle::SP_DriveHDIcon},
        {QStringLiteral("journal"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("count"), QStyle::SP_DialogApplyButton},
        {QStringLiteral("alerts"), QStyle::SP_MessageBoxWarning},
        {QStringLiteral("locations"), QStyle::SP_DirHomeIcon},
        {QStringLiteral("suppliers"), QStyle::SP_DirLinkIcon},
        {QStringLiteral("problems"), QStyle::SP_BrowserReload},
        {QStringLiteral("dashboard"), QStyle::SP_ComputerIcon},
        {QStringLiteral("plan"), QStyle::SP_FileDialogInfoView},
        {QStringLiteral("users"), QStyle::SP_DialogYesButton},
        {QStringLiteral("devices"), QStyle::SP_DriveNetIcon},
        {QStringLiteral("audit"), QStyle::SP_FileDialogListView},
        {QStringLiteral("tenants"), QStyle::SP_DirIcon},
    };
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(style()->standardIcon(icons.value(iconName, QStyle::SP_FileIcon)), page->title(),
                                     m_navigation);
    item->setData(Qt::UserRole, iconName);
    connect(page, &Page::titleChanged, this, [this, page] {
        const int index = int(m_pages.indexOf(page));
        if (auto *it = m_navigation->item(index))
            it->setText(page->title());
    });
}

void MainWindow::buildMenus()
{
    m_depotMenu = menuBar()->addMenu(QString());
    m_syncAction = m_depotMenu->addAction(QString(), this, &MainWindow::syncNow);
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    // F2-F8 choose the movement kind on the scanner screen; F9 is free everywhere.
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncAction->setShortcutContext(Qt::ApplicationShortcut);
    m_signInAction = m_depotMenu->addAction(QString(), this, &MainWindow::signInRequested);
    m_switchAction = m_depotMenu->addAction(QString(), this, &MainWindow::switchCompanyRequested);
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_signOutAction = m_depotMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_depotMenu->addSeparator();
    m_settingsAction = m_depotMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_depotMenu->addSeparator();
    m_quitAction = m_depotMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Depot — %1").arg(QDir::toNativeSeparators(QFileInfo(m_context.path()).absolutePath())));
    m_depotMenu->setTitle(tr("&Depot"));
    m_syncAction->setText(tr("S&ync now"));
    m_signInAction->setText(m_session ? tr("Sign &in again…") : tr("Sign &in to a server…"));
    m_switchAction->setText(tr("S&witch company…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_cancelSync->setText(tr("Cancel"));
    m_settingsAction->setText(tr("&Settings…"));
    m_pending->setMinimumSize(0, 0); // sized again to the new language's text by refreshStatus()
    m_pending->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Depot"));
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString shortcut =
            i < 9 ? QKeySequence(Qt::CTRL | (Qt::Key_1 + i)).toString(QKeySequence::NativeText) : QString();
        m_navigation->item(i)->setText(m_pages.at(i)->title());
        m_navigation->item(i)->setToolTip(shortcut);
    }
    refreshStatus();
}

void MainWindow::showConnection(const QString &text, const QString &color, const QString &toolTip)
{
    // Called at every change of the store (every scan): a style sheet set again re-polishes the
    // label even when it is the same, so only what differs is set.
    if (m_connection->text() != text)
        m_connection->setText(text);
    const QString sheet = QStringLiteral("color:%1;").arg(color);
    if (m_connection->styleSheet() != sheet)
        m_connection->setStyleSheet(sheet);
    if (m_connection->toolTip() != toolTip)
        m_connection->setToolTip(toolTip);
}

void MainWindow::refreshStatus()
{
    m_store->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_context.path())));
    const qint64 pending = m_context.store().pendingOutboxCount();
    const QString pendingText = pending == 0
                                    ? tr("Nothing waiting to sync")
                                    : tr("%n change(s) waiting to sync", nullptr, int(qMin<qint64>(pending, INT_MAX)));
    if (m_pending->text() != pendingText) {
        m_pending->setText(pendingText);
        // The count changes at every scan. A label of fixed size does not ask its parents for a
        // new layout when its text changes (which re-measured the whole window at each scan): it
        // is widened when a longer text needs it and never narrowed but at a language change.
        const QSize need = m_pending->sizeHint();
        if (need.width() > m_pending->maximumWidth() || need.height() != m_pending->maximumHeight()
            || m_pending->minimumWidth() != m_pending->maximumWidth())
            m_pending->setFixedSize(std::max(need.width(), m_pending->minimumWidth()), need.height());
    }
    const qsizetype problems = m_context.store().rejections().size();
    m_problems->setText(problems == 0 ? QString()
                                      : QStringLiteral("<a href=\"problems\" style=\"color:#c62828\">%1</a>")
                                            .arg(tr("%n sync problem(s)", nullptr, int(problems))));
    m_problems->setVisible(problems > 0);
    m_syncAction->setEnabled(m_session != nullptr);
    m_switchAction->setEnabled(m_session != nullptr);
    m_signOutAction->setEnabled(m_session != nullptr);
    if (!m_session) {
        m_lastSync->hide();
        if (!m_syncMessage->text().isEmpty())
            m_syncMessage->clear(); // clear() asks for a new layout even when empty
        showConnection(tr("● Local only (not signed in)"), QStringLiteral("#616161"),
                       tr("This computer works on its local store. Sign in to a server (Depot menu) to "
                          "share the stock with the other computers; every change is kept until then."));
        return;
    }
    const QDateTime last = m_context.store().lastSyncAt();
    m_lastSync->show();
    m_lastSync->setText(last.isValid()
                            ? tr("Last sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                            : tr("Never synced"));
    const CompanyProfile &p = m_session->profile();
    const QString company = p.tenantName.isEmpty() ? p.tenant : p.tenantName;
    QString connectionText;
    QString connectionColor;
    if (m_session->isSyncing()) {
        connectionText = tr("● Syncing…");
        connectionColor = QStringLiteral("#1565c0");
    } else if (m_session->needsSignIn()) {
        connectionText = tr("● Signed out: sign in again");
        connectionColor = QStringLiteral("#c62828");
    } else if (m_session->isOnline()) {
        connectionText = tr("● Online");
        connectionColor = QStringLiteral("#2e7d32");
    } else {
        connectionText = tr("● Offline");
        connectionColor = QStringLiteral("#ef6c00");
    }
    showConnection(connectionText, connectionColor,
                   tr("%1 at %2, signed in as %3").arg(company, p.server.toString(), p.user));
    m_syncMessage->setText(m_session->lastError().section(u'\n', 0, 0));
    m_syncMessage->setToolTip(m_session->lastError());
    const qint64 skew = m_session->clockSkewMs();
    if (skew != 0) {
        m_banner->setText(tr("This computer's clock is %1 minute(s) %2 the server's. Stock counts are ordered by "
                             "time: set the clock right (date, time and time zone).")
                              .arg(qAbs(skew) / 60000)
                              .arg(skew > 0 ? tr("ahead of") : tr("behind")));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void MainWindow::syncNow()
{
    if (m_session && !m_session->isSyncing())
        m_session->syncNow();
}

void MainWindow::connectSession()
{
    if (!m_session)
        return;
    connect(m_cancelSync, &QPushButton::clicked, m_session, &SessionContext::cancelSync);
    connect(m_session, &SessionContext::syncStarted, this, [this] {
        rememberAlertsBeforeSync();
        m_progress->setRange(0, 0); // busy until the engine says how much there is
        refreshStatus();
    });
    connect(m_session, &SessionContext::syncProgress, this, [this](int done, int total, const QString &) {
        // Show the bar only for long syncs (more than one batch or page): short ones would flicker.
        if (!m_progress->isVisible() && (done > 100 || total > 100)) {
            m_progress->show();
            m_cancelSync->show();
        }
        if (total > 0)
            m_progress->setRange(0, total);
        else
            m_progress->setRange(0, 0);
        m_progress->setValue(total > 0 ? qMin(done, total) : 0);
        m_progress->setFormat(total > 0 ? QStringLiteral("%v / %m") : tr("%1 received").arg(done));
        m_progress->setTextVisible(true);
    });
    connect(m_session, &SessionContext::syncFinished, this, [this](bool ok, const QString &message) {
        m_progress->hide();
        m_cancelSync->hide();
        // The worker's connection committed: every page reads the store again.
        m_context.notifyChanged();
        if (ok)
            notifyNewAlerts();
        emit syncFinished(ok, message);
    });
    connect(m_session, &SessionContext::sessionChanged, this, &MainWindow::refreshStatus);
    connect(m_session, &SessionContext::onlineChanged, this, &MainWindow::refreshStatus);
    connect(m_session, &SessionContext::clockSkewDetected, this, &MainWindow::refreshStatus);
    connect(m_session, &SessionContext::authenticationRequired, this, &MainWindow::refreshStatus);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Depot"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showPage(int(m_pages.indexOf(findPage<AlertsPage>())));
            raise();
            activateWindow();
        });
    }
    applySyncInterval();
}

void MainWindow::applySyncInterval()
{
    if (!m_session)
        return;
    m_session->setAutoSyncInterval(SettingsDialog::syncIntervalMinutes() * 60000);
}

namespace {

QSet<QString> openAlertKeys(const QList<core::Alert> &alerts)
{
    QSet<QString> keys;
    for (const core::Alert &a : alerts)
        if (!a.acknowledged)
            keys.insert(AlertsPage::alertKey(a));
    return keys;
}

} // namespace

void MainWindow::rememberAlertsBeforeSync()
{
    auto *alerts = findPage<AlertsPage>();
    m_alertsBeforeSync.reset();
    if (alerts && alerts->hasLoaded())
        m_alertsBeforeSync = openAlertKeys(alerts->alerts());
}

void MainWindow::notifyNewAlerts()
{
    auto *alerts = findPage<AlertsPage>();
    if (!alerts || !m_alertsBeforeSync)
        return;
    const QSet<QString> before = *m_alertsBeforeSync;
    // The alerts page recounts on a worker after the change notification.
    auto *connection = new QMetaObject::Connection;
    *connection = connect(alerts, &AlertsPage::loaded, this, [this, alerts, before, connection] {
        disconnect(*connection);
        delete connection;
        QList<core::Alert> appeared;
        for (const core::Alert &a : alerts->alerts())
            if (!a.acknowledged && !before.contains(AlertsPage::alertKey(a)))
                appeared << a;
        if (appeared.isEmpty())
            return;
        emit newAlerts(appeared);
        if (m_tray)
            m_tray->showMessage(
                tr("Depot: new stock alerts"),
                tr("%n new alert(s) after the sync: see the Alerts screen.", nullptr, int(appeared.size())),
                QSystemTrayIcon::Warning);
    });
}

Permissions MainWindow::permissions() const
{
    return m_session ? Permissions::forRole(m_admin->role()) : Permissions::full();
}

void MainWindow::applyPermissions()
{
    const Permissions allowed = permissions();
    for (Page *page : std::as_const(m_pages))
        page->setPermissions(allowed);
}

int MainWindow::currentPageIndex() const
{
    return m_stack->currentIndex();
}

Page *MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_navigation->setCurrentRow(index);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_languages, this);
    if (dialog.exec() == QDialog::Accepted)
        applySyncInterval();
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (int i = 0; i < m_pages.size() && i < 9; ++i)
        rows += QStringLiteral("<tr><td><b>Ctrl+%1</b></td><td>%2</td></tr>").arg(i + 1).arg(m_pages.at(i)->title());
    const QString text = tr("<h3>Keyboard shortcuts</h3>"
                            "<table cellspacing=4>%1"
                            "<tr><td><b>F2 … F8</b></td><td>Quick entry: receipt, issue, loss, return, adjustment, "
                            "transfer, count</td></tr>"
                            "<tr><td><b>5*CODE</b></td><td>Quick entry: record 5 of the scanned product</td></tr>"
                            "<tr><td><b>Ctrl+Z</b></td><td>Quick entry: undo the last entry</td></tr>"
                            "<tr><td><b>Ctrl+N</b></td><td>New product, location or supplier</td></tr>"
                            "<tr><td><b>Ctrl+F</b></td><td>Search</td></tr>"
                            "<tr><td><b>Ctrl+K</b></td><td>Alerts: acknowledge the selected alerts</td></tr>"
                            "<tr><td><b>F9</b></td><td>Sync now</td></tr>"
                            "<tr><td><b>Ctrl+Shift+O</b></td><td>Switch company</td></tr>"
                            "<tr><td><b>Ctrl+,</b></td><td>Settings (language, sync interval, data folder)</td></tr>"
                            "</table>")
                             .arg(rows);
    QMessageBox::information(this, tr("Keyboard shortcuts"), text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Depot"),
                       tr("<h3>Depot %1</h3><p>Offline-first stock management.</p>"
                          "<p>Licensed under the GNU General Public License, version 3.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace depot::app
