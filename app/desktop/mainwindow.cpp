#include "mainwindow.h"

#include "alertspage.h"
#include "countpage.h"
#include "journalpage.h"
#include "languagemanager.h"
#include "locationspage.h"
#include "productspage.h"
#include "quickentrypage.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace depot::app {

MainWindow::MainWindow(StoreContext &context, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent),
      m_context(context),
      m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
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
    setCentralWidget(central);

    addPage(new QuickEntryPage(m_context, m_stack), QStringLiteral("scan"));
    addPage(new ProductsPage(m_context, m_stack), QStringLiteral("products"));
    addPage(new StockPage(m_context, m_stack), QStringLiteral("stock"));
    addPage(new JournalPage(m_context, m_stack), QStringLiteral("journal"));
    addPage(new CountPage(m_context, m_stack), QStringLiteral("count"));
    addPage(new AlertsPage(m_context, m_stack), QStringLiteral("alerts"));
    addPage(new LocationsPage(m_context, m_stack), QStringLiteral("locations"));
    addPage(new SuppliersPage(m_context, m_stack), QStringLiteral("suppliers"));

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(i); });
    }

    m_store = new QLabel(this);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pending"));
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setStyleSheet(QStringLiteral("color:#616161;"));
    statusBar()->addWidget(m_store, 1);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_connection);

    buildMenus();
    retranslateUi();
    connect(&m_context, &StoreContext::changed, this, &MainWindow::refreshStatus);
    refreshStatus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page, const QString &iconName)
{
    static const QHash<QString, QStyle::StandardPixmap> icons = {
        {QStringLiteral("scan"), QStyle::SP_MediaPlay},
        {QStringLiteral("products"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("stock"), QStyle::SP_DriveHDIcon},
        {QStringLiteral("journal"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("count"), QStyle::SP_DialogApplyButton},
        {QStringLiteral("alerts"), QStyle::SP_MessageBoxWarning},
        {QStringLiteral("locations"), QStyle::SP_DirHomeIcon},
        {QStringLiteral("suppliers"), QStyle::SP_DirLinkIcon},
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
    m_settingsAction->setText(tr("&Settings…"));
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

void MainWindow::refreshStatus()
{
    m_store->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_context.path())));
    const qint64 pending = m_context.store().pendingOutboxCount();
    m_pending->setText(pending == 0 ? tr("Nothing waiting to sync")
                                    : tr("%n change(s) waiting to sync", nullptr, int(qMin<qint64>(pending, INT_MAX))));
    // There is no sync engine in this build yet: say so rather than pretend.
    m_connection->setText(tr("● Offline (not connected)"));
    m_connection->setToolTip(tr("This computer works on its local store. Synchronisation with a server is "
                                "not available yet; every change is kept and will be sent once it is."));
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
    dialog.exec();
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
                            "<tr><td><b>Ctrl+,</b></td><td>Settings (language)</td></tr></table>")
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
