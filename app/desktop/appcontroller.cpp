#include "appcontroller.h"

#include "logindialog.h"
#include "mainwindow.h"
#include "sessioncontext.h"
#include "storecontext.h"

#include "sync/credentialstore.h"
#include "sync/keychaincredentialstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace depot::app {

namespace {

const QString kLastCompany = QStringLiteral("session/lastCompanyDir");

/// Tells `done` (later, on `context`'s thread) whether this computer holds a session of `p`.
/// Never waits: the keychain may take seconds (or ask the user to unlock it), and a local event
/// loop here would run the rest of the GUI inside this call.
void lookUpStoredSession(const CompanyProfile &p, CredentialStoreKind kind, QObject *context,
                         std::function<void(bool)> done)
{
    const QString key = p.account({}).credentialKey();
    if (kind == CredentialStoreKind::File) {
        // A small file: read now, answered from the event loop like the keychain.
        sync::FileCredentialStore store(p.credentialsPath());
        auto token = store.read(key);
        const bool stored = token.ok() && !token->isEmpty();
        QMetaObject::invokeMethod(
            context, [done = std::move(done), stored] { done(stored); }, Qt::QueuedConnection);
        return;
    }
    sync::KeychainCredentialStore().readAsync(
        key, context, [done = std::move(done)](core::Result<QString> token) { done(token.ok() && !token->isEmpty()); });
}

} // namespace

AppController::AppController(LanguageManager &languages, Options options, QObject *parent)
    : QObject(parent),
      m_languages(languages),
      m_options(std::move(options))
{ }

AppController::~AppController()
{
    closeWindow();
    delete m_login;
    delete m_companies;
}

void AppController::closeWindow()
{
    ++m_companyLookup; // a company asked for from the old window is no longer wanted
    // The pages use the store; the session's worker has its own connection.
    m_window.reset();
    m_session.reset();
    m_store.reset();
}

void AppController::start()
{
    QString dir = QSettings().value(kLastCompany).toString();
    const QString root = QDir(m_options.root).absolutePath();
    const QString last = QDir(dir).absolutePath();
    // Only a company folder of this data folder (another --data-dir has its own companies).
    if (dir.isEmpty() || !(last == root || last.startsWith(root + u'/')) || !QDir(dir).exists())
        dir = root;
    auto profile = CompanyProfile::load(dir);
    if (!profile.ok()) {
        emit failed(profile.error().message);
        return;
    }
    if (profile->isSignedInProfile()) {
        showLogin(*profile);
        return;
    }
    if (auto opened = openLocal(dir); !opened.ok())
        emit failed(opened.error().message);
}

core::Result<void> AppController::openLocal(const QString &dir)
{
    auto store = StoreContext::openDataDir(dir, m_options.localUser);
    if (!store.ok())
        return store.error();
    return openWindow(std::make_unique<StoreContext>(std::move(store).value()), nullptr);
}

core::Result<void> AppController::openSession(std::unique_ptr<SessionContext> session, const QString &message)
{
    const CompanyProfile profile = session->profile();
    auto store = StoreContext::openDataDir(profile.dir, profile.user);
    if (!store.ok())
        return store.error();
    SessionContext *s = session.get();
    auto opened = openWindow(std::make_unique<StoreContext>(std::move(store).value()), std::move(session));
    if (!opened.ok())
        return opened;
    QSettings().setValue(kLastCompany, QDir(profile.dir).absolutePath());
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 15000);
    s->syncNow(); // the first sync (the initial one on a new computer); offline, it retries by itself
    return {};
}

core::Result<void> AppController::openWindow(std::unique_ptr<StoreContext> store,
                                             std::unique_ptr<SessionContext> session)
{
    closeWindow();
    m_store = std::move(store);
    m_session = std::move(session);
    m_window = std::make_unique<MainWindow>(*m_store, m_languages, m_session.get());
    connect(m_window.get(), &MainWindow::signInRequested, this,
            [this] { showLogin(m_session ? m_session->profile() : CompanyProfile{}); });
    connect(m_window.get(), &MainWindow::switchCompanyRequested, this, &AppController::switchCompany);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    m_window->show();
    emit windowChanged(m_window.get());
    return {};
}

void AppController::showLogin(const CompanyProfile &prefill)
{
    if (m_login)
        return;
    // No parent: a sign-in replaces the window, which must not take the dialog with it.
    m_login = new LoginDialog(m_options.root, m_options.credentials, prefill);
    m_login->setWindowModality(Qt::ApplicationModal);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setRetryPolicy(m_options.retryBaseMs, m_options.retryMaxAttempts);
    connect(m_login, &QDialog::finished, this, [this, dialog = m_login](int result) {
        if (result == QDialog::Accepted) {
            auto session = dialog->takeSession();
            if (session) {
                session->setRetryPolicy(m_options.retryBaseMs, 60000, m_options.retryMaxAttempts);
                if (auto opened = openSession(std::move(session), dialog->resultMessage()); !opened.ok())
                    emit failed(opened.error().message);
            }
        } else if (!m_window) {
            emit quitRequested();
        }
    });
    m_login->open();
}

void AppController::switchCompany()
{
    if (!m_session || m_companies)
        return;
    const CompanyProfile current = m_session->profile();
    m_companies = new QDialog(m_window.get());
    m_companies->setObjectName(QStringLiteral("companyDialog"));
    m_companies->setAttribute(Qt::WA_DeleteOnClose);
    m_companies->setWindowTitle(tr("Switch company"));
    auto *layout = new QVBoxLayout(m_companies);
    auto *label = new QLabel(tr("&Companies of %1:").arg(current.user), m_companies);
    auto *list = new QListWidget(m_companies);
    list->setObjectName(QStringLiteral("companies"));
    label->setBuddy(list);
    auto *note = new QLabel(tr("Asking the server for your companies…"), m_companies);
    note->setObjectName(QStringLiteral("companiesNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, m_companies);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);

    const auto add = [list, current](const QString &tenant, const QString &name, const QString &detail) {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == tenant)
                return;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 (%2)%3").arg(name.isEmpty() ? tenant : name, tenant, detail), list);
        item->setData(Qt::UserRole, tenant);
        if (tenant == current.tenant) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    };
    // Companies already used on this computer: they open offline too.
    for (const CompanyProfile &p : profiles::known(m_options.root))
        if (p.server.toString(QUrl::StripTrailingSlash) == current.server.toString(QUrl::StripTrailingSlash)
            && p.user == current.user)
            add(p.tenant, p.tenantName, QString());
    connect(m_session.get(), &SessionContext::companiesListed, m_companies,
            [add, note](bool ok, const QJsonArray &companies, const QString &message) {
                if (!ok) {
                    note->setText(tr("The server could not list your companies (%1). The companies already used "
                                     "on this computer are shown.")
                                      .arg(message));
                    return;
                }
                for (const QJsonValue &v : companies) {
                    const QJsonObject c = v.toObject();
                    if (!c.value(QStringLiteral("active")).toBool(true))
                        continue;
                    const QString status = c.value(QStringLiteral("status")).toString();
                    add(c.value(QStringLiteral("tenant")).toString(), c.value(QStringLiteral("name")).toString(),
                        status == u"active" || status == u"trial" ? QString() : QStringLiteral(" — %1").arg(status));
                }
                note->setText(tr("Each company has its own store on this computer and its own session."));
            });
    m_session->listCompanies();
    connect(buttons, &QDialogButtonBox::accepted, m_companies, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, m_companies, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, m_companies, &QDialog::accept);
    connect(m_companies, &QDialog::accepted, this, [this, list] {
        if (auto *item = list->currentItem()) {
            // Later: opening a company replaces the window, this dialog's parent.
            const QString tenant = item->data(Qt::UserRole).toString();
            QTimer::singleShot(0, this, [this, tenant] { openCompany(tenant); });
        }
    });
    m_companies->open();
    list->setFocus();
}

void AppController::openCompany(const QString &tenant)
{
    if (!m_session || tenant.isEmpty() || tenant == m_session->profile().tenant)
        return;
    const CompanyProfile current = m_session->profile();
    CompanyProfile prefill = current;
    prefill.tenant = tenant;
    const QString dir = profiles::companyDir(m_options.root, current.server, tenant);
    auto known = CompanyProfile::load(dir);
    const quint64 lookup = ++m_companyLookup; // a later request supersedes this one
    if (!known.ok() || !known->isSignedInProfile() || known->user != current.user) {
        showLogin(prefill);
        return;
    }
    if (m_window)
        m_window->statusBar()->showMessage(
            tr("Opening %1…").arg(known->tenantName.isEmpty() ? tenant : known->tenantName));
    lookUpStoredSession(*known, m_options.credentials, this, [this, lookup, profile = *known, prefill](bool stored) {
        // Another company was asked for meanwhile, or the window changed: this answer is stale.
        if (lookup != m_companyLookup || !m_session)
            return;
        if (!stored) {
            showLogin(prefill);
            return;
        }
        // This computer holds a session for that company: open it; the first sync renews it.
        auto session = std::make_unique<SessionContext>(profile, m_options.credentials);
        session->setRetryPolicy(m_options.retryBaseMs, 60000, m_options.retryMaxAttempts);
        if (auto opened = openSession(std::move(session)); !opened.ok())
            QMessageBox::warning(m_window.get(), tr("Switch company"), opened.error().message);
    });
}

void AppController::signOut()
{
    if (m_session)
        m_session->logout();
}

} // namespace depot::app
