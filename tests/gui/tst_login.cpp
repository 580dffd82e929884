// The desktop app signs in and syncs, driven through its real widgets against a real depot-server
// over HTTPS on loopback (tests/server harness, SQLite backend): first sign-in with the server's
// fingerprint confirmed (or refused), a changed certificate refused, wrong password, forced
// password change, first sync filling the pages, a long initial sync's progress bar, Sync now emptying
// the outbox, a rejected item retried then discarded from Sync problems, a suspended company
// explained, company switch, `depot --server ... --screenshot --quit`, and offline
// unlock once the server is gone (right password accepted, wrong one refused).
#include "deployment.h"
#include "guitestutil.h"

#include "appcontroller.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "problemspage.h"
#include "sessioncontext.h"
#include "stockpage.h"
#include "storecontext.h"

#include "core/uuid.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace depot;
using namespace depot::server::test;
using app::AppController;
using app::CompanyProfile;
using app::CredentialStoreKind;
using app::LoginDialog;
using app::MainWindow;

namespace {

constexpr int kWait = 90000;

/// Clicks the default button of the next message box that opens (a confirmation).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (int i = 0; i < 200; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(button)->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    int m_counter = 0;
    app::LanguageManager *m_languages = nullptr;

    struct Company
    {
        QString slug;
        QString email;
        Session owner;
    };

    Company newCompany()
    {
        const int n = ++m_counter;
        Company c;
        c.email = QStringLiteral("gui%1-%2@example.com").arg(n).arg(QDateTime::currentMSecsSinceEpoch());
        c.slug = d.signup(QStringLiteral("Gui Shop %1 %2").arg(n).arg(QDateTime::currentMSecsSinceEpoch()), c.email,
                          QLatin1String(Deployment::kPassword), QStringLiteral("professional"));
        c.owner = d.login(c.slug, c.email, QLatin1String(Deployment::kPassword), QStringLiteral("seed-%1").arg(n));
        return c;
    }

    std::unique_ptr<AppController> controller(const QString &root)
    {
        AppController::Options options;
        options.root = root;
        options.credentials = CredentialStoreKind::File;
        options.retryBaseMs = 20;
        options.retryMaxAttempts = 0;
        return std::make_unique<AppController>(*m_languages, options);
    }

    static void fill(LoginDialog *dialog, const QString &server, const QString &company, const QString &user,
                     const QString &password)
    {
        for (auto [edit, text] : {std::pair{dialog->serverEdit(), server}, std::pair{dialog->companyEdit(), company},
                                  std::pair{dialog->userEdit(), user}, std::pair{dialog->passwordEdit(), password}}) {
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    }

    /// Signs in through the dialog (trusting the fingerprint when asked) and waits for the first sync.
    bool signIn(AppController &app, const Company &c, const QString &password = QLatin1String(Deployment::kPassword))
    {
        app.showLogin({});
        LoginDialog *dialog = app.loginDialog();
        if (!dialog)
            return false;
        fill(dialog, d.server.baseUrl(), c.slug, c.email, password);
        QSignalSpy windows(&app, &AppController::windowChanged);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return windows.size() == 1 || dialog->trustPanel()->isVisible(); }, kWait))
            return false;
        if (windows.isEmpty()) {
            QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
            if (!windows.wait(kWait)) {
                qWarning() << dialog->messageLabel()->text();
                return false;
            }
        }
        QSignalSpy synced(app.window(), &MainWindow::syncFinished);
        if (!synced.wait(kWait))
            return false;
        // (The first sync starts when the window opens: it cannot have ended before the spy.)
        if (!synced.first().first().toBool())
            qWarning() << synced.first();
        return synced.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        qRegisterMetaType<depot::app::MainWindow *>();
        m_languages = new app::LanguageManager(this);
        m_languages->setLanguage(QStringLiteral("en"));
        QString error;
        QVERIFY2(d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-rate-per-s"), QStringLiteral("100000"),
                          QStringLiteral("--tenant-burst"), QStringLiteral("100000")},
                         &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        d.server.stop();
        d.stop();
    }

    void startOpensLocalFolderOrAsksToUnlock()
    {
        // A folder never signed in: its local store opens at once, and says it is local only.
        QTemporaryDir local;
        auto app = controller(local.path());
        QSignalSpy windows(app.get(), &AppController::windowChanged);
        app->start();
        QCOMPARE(windows.size(), 1);
        QVERIFY(!app->loginDialog());
        QVERIFY(!app->session());
        QCOMPARE(app->window()->connectionLabel()->text(), QStringLiteral("● Local only (not signed in)"));
        QVERIFY(!app->window()->syncNowAction()->isEnabled());

        // A signed-in folder: the dialog asks for the password, everything else filled in.
        QTemporaryDir signedIn;
        CompanyProfile p;
        p.dir = signedIn.path();
        p.server = QUrl(QStringLiteral("https://depot.example:8443"));
        p.tenant = QStringLiteral("acme");
        p.user = QStringLiteral("clerk@acme.example");
        QVERIFY(p.save().ok());
        auto locked = controller(signedIn.path());
        QSignalSpy quit(locked.get(), &AppController::quitRequested);
        locked->start();
        LoginDialog *dialog = locked->loginDialog();
        QVERIFY(dialog);
        QVERIFY(!locked->window());
        QCOMPARE(dialog->serverEdit()->text(), QStringLiteral("https://depot.example:8443"));
        QCOMPARE(dialog->companyEdit()->text(), QStringLiteral("acme"));
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("clerk@acme.example"));
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        // Cancelling with no window open ends the app.
        dialog->reject();
        QCOMPARE(quit.size(), 1);
    }

    void firstSignInPullsServerData()
    {
        const Company c = newCompany();
        QVERIFY(!c.slug.isEmpty());
        const auto [product, location] = d.seedCatalog(c.owner, QStringLiteral("RICE-5"), QStringLiteral("W1"));
        const Response push = d.http->post(
            QStringLiteral("/api/v1/sync/push"),
            Deployment::push(c.owner.device, {Deployment::movement(product, location, QStringLiteral("RECEIPT"),
                                                                   QStringLiteral("12"), Deployment::hlcNow())}),
            c.owner.access);
        QCOMPARE(push.status, 200);

        QTemporaryDir root;
        auto app = controller(root.path());
        app->showLogin({});
        LoginDialog *dialog = app->loginDialog();
        QVERIFY(dialog);
        // Empty fields get a clear message, and nothing is sent.
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("server address")));
        fill(dialog, d.server.baseUrl(), c.slug, c.email, QLatin1String(Deployment::kPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        // A self-signed server: its fingerprint is shown for confirmation, the one the server printed.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->trustPanel()->isVisible(), kWait);
        QCOMPARE(sync::SyncEngine::normalizeFingerprint(dialog->fingerprintLabel()->text()),
                 sync::SyncEngine::normalizeFingerprint(d.server.fingerprint()));
        QSignalSpy windows(app.get(), &AppController::windowChanged);
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QVERIFY(windows.wait(kWait));
        MainWindow *window = app->window();
        QVERIFY(window && window->session());
        QSignalSpy synced(window, &MainWindow::syncFinished);
        QVERIFY(synced.wait(kWait));
        QVERIFY2(synced.first().first().toBool(), qPrintable(synced.first().at(1).toString()));

        // The pages show what the server had.
        window->showPage(2);
        auto *stock = window->findPage<app::StockPage>();
        QTRY_COMPARE_WITH_TIMEOUT(stock->table()->rowCount(), 1, kWait);
        QCOMPARE(stock->table()->item(0, 0)->text(), QStringLiteral("RICE-5"));
        QCOMPARE(app->storeContext()->store().balance(QUuid(product), QUuid(location)).milli(), 12000);
        QCOMPARE(window->connectionLabel()->text(), QStringLiteral("● Online"));
        QVERIFY(window->lastSyncLabel()->text().startsWith(QStringLiteral("Last sync: ")));
        QCOMPARE(window->pendingLabel()->text(), QStringLiteral("Nothing waiting to sync"));

        // The profile pins the certificate and keeps a verifier, never the password; the refresh
        // token is in the (explicitly chosen) file store.
        QFile profile(root.filePath(QStringLiteral("profile.json")));
        QVERIFY(profile.open(QIODevice::ReadOnly));
        const QByteArray text = profile.readAll();
        QVERIFY(!text.contains(Deployment::kPassword));
        QVERIFY(text.contains(sync::SyncEngine::normalizeFingerprint(d.server.fingerprint()).toLatin1()));
        QVERIFY(text.contains("$argon2id$"));
        QFile credentials(root.filePath(QStringLiteral("credentials.json")));
        QVERIFY(credentials.open(QIODevice::ReadOnly));
        QVERIFY(credentials.readAll().contains("rt1."));

        // Another app start on the same folder trusts the pinned server without asking again.
        app.reset();
        auto again = controller(root.path());
        QVERIFY(signIn(*again, c));
    }

    void longInitialSyncShowsProgress()
    {
        const Company c = newCompany();
        const auto [product, location] = d.seedCatalog(c.owner, QStringLiteral("BULK-1"), QStringLiteral("W1"));
        QJsonArray movements;
        for (int i = 0; i < 150; ++i)
            movements.append(Deployment::movement(product, location, QStringLiteral("RECEIPT"), QStringLiteral("1"),
                                                  Deployment::hlcNow(i)));
        QCOMPARE(
            d.http
                ->post(QStringLiteral("/api/v1/sync/push"), Deployment::push(c.owner.device, movements), c.owner.access)
                .status,
            200);
        QTemporaryDir root;
        auto app = controller(root.path());
        bool barShown = false;
        connect(app.get(), &AppController::windowChanged, this, [&barShown](MainWindow *window) {
            connect(window->session(), &app::SessionContext::syncProgress, window, [window, &barShown] {
                barShown = barShown
                           || (window->syncProgressBar()->isVisible()
                               && window->findChild<QPushButton *>(QStringLiteral("cancelSync"))->isVisible());
            });
        });
        QVERIFY(signIn(*app, c));
        QVERIFY(barShown);
        QVERIFY(!app->window()->syncProgressBar()->isVisible());
        QCOMPARE(app->storeContext()->store().balance(QUuid(product), QUuid(location)).milli(), 150000);
    }

    void refusedFingerprintSendsNothing()
    {
        const Company c = newCompany();
        QTemporaryDir root;
        auto app = controller(root.path());
        app->showLogin({});
        LoginDialog *dialog = app->loginDialog();
        fill(dialog, d.server.baseUrl(), c.slug, c.email, QLatin1String(Deployment::kPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->trustPanel()->isVisible(), kWait);
        QTest::mouseClick(dialog->distrustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().contains(QStringLiteral("not trusted")), kWait);
        QVERIFY(dialog->isVisible());
        QVERIFY(!app->window());
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("profile.json"))));
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("credentials.json"))));
    }

    void changedCertificateIsRefused()
    {
        const Company c = newCompany();
        QTemporaryDir root;
        // This computer trusted another certificate for that server before.
        CompanyProfile previous;
        previous.dir = root.path();
        previous.server = QUrl(d.server.baseUrl());
        previous.tenant = c.slug;
        previous.user = c.email;
        previous.pin = QString(64, u'a');
        QVERIFY(previous.save().ok());
        auto app = controller(root.path());
        app->showLogin(previous);
        LoginDialog *dialog = app->loginDialog();
        QCOMPARE(dialog->companyEdit()->text(), c.slug);
        QTest::keyClicks(dialog->passwordEdit(), QLatin1String(Deployment::kPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().startsWith(QStringLiteral("Warning:")), kWait);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("not the one this computer trusted")));
        QVERIFY(!dialog->trustPanel()->isVisible());
        QVERIFY(!app->window());
    }

    void wrongPasswordAndUnreachableServer()
    {
        const Company c = newCompany();
        QTemporaryDir root;
        auto app = controller(root.path());
        app->showLogin({});
        LoginDialog *dialog = app->loginDialog();
        fill(dialog, d.server.baseUrl(), c.slug, c.email, QStringLiteral("not-the-password"));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->trustPanel()->isVisible(), kWait);
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().contains(QStringLiteral("password is wrong")), kWait);
        QVERIFY(!app->window());
        QVERIFY(dialog->passwordEdit()->isEnabled());
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("credentials.json"))));

        // Nothing listens on this port: a clear message, and no offline unlock without a first sign-in.
        fill(dialog, QStringLiteral("https://127.0.0.1:1"), c.slug, c.email, QLatin1String(Deployment::kPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().contains(QStringLiteral("Cannot reach the server")),
                                 kWait);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("signed in online once")));
        QVERIFY(!app->window());
    }

    void forcedPasswordChange()
    {
        const Company c = newCompany();
        const QString email = QStringLiteral("clerk-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        const Response added =
            d.http->post(QStringLiteral("/api/v1/users"),
                         {{QStringLiteral("email"), email},
                          {QStringLiteral("role"), QStringLiteral("clerk")},
                          {QStringLiteral("temporary_password"), QStringLiteral("temporary-pass-1")}},
                         c.owner.access);
        QCOMPARE(added.status, 201);
        QTemporaryDir root;
        auto app = controller(root.path());
        app->showLogin({});
        LoginDialog *dialog = app->loginDialog();
        fill(dialog, d.server.baseUrl(), c.slug, email, QStringLiteral("temporary-pass-1"));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->trustPanel()->isVisible(), kWait);
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->changePanel()->isVisible(), kWait);
        QVERIFY(!app->window());
        // Two different entries are refused here; a weak one by the server.
        QTest::keyClicks(dialog->newPasswordEdit(), QStringLiteral("my-own-password-1"));
        QTest::keyClicks(dialog->confirmPasswordEdit(), QStringLiteral("my-own-password-2"));
        QTest::keyClick(dialog->confirmPasswordEdit(), Qt::Key_Return);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("differ")));
        dialog->newPasswordEdit()->clear();
        dialog->confirmPasswordEdit()->clear();
        QTest::keyClicks(dialog->newPasswordEdit(), QStringLiteral("short"));
        QTest::keyClicks(dialog->confirmPasswordEdit(), QStringLiteral("short"));
        QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->changeButton()->isEnabled() && !dialog->messageLabel()->text().isEmpty(),
                                 kWait);
        QVERIFY(!app->window());
        dialog->newPasswordEdit()->clear();
        dialog->confirmPasswordEdit()->clear();
        QTest::keyClicks(dialog->newPasswordEdit(), QStringLiteral("my-own-password-1"));
        QTest::keyClicks(dialog->confirmPasswordEdit(), QStringLiteral("my-own-password-1"));
        QSignalSpy windows(app.get(), &AppController::windowChanged);
        QTest::keyClick(dialog->confirmPasswordEdit(), Qt::Key_Return);
        QVERIFY(windows.wait(kWait));
        QSignalSpy synced(app->window(), &MainWindow::syncFinished);
        QVERIFY(synced.wait(kWait));
        QVERIFY2(synced.first().first().toBool(), qPrintable(synced.first().at(1).toString()));
        // The new password is the one the server knows now; the old one no longer works.
        QVERIFY(!d.login(c.slug, email, QStringLiteral("my-own-password-1"), QStringLiteral("check")).access.isEmpty());
        QVERIFY(d.login(c.slug, email, QStringLiteral("temporary-pass-1"), QStringLiteral("check")).access.isEmpty());
        QCOMPARE(app->session()->profile().role, QStringLiteral("clerk"));
    }

    void syncNowEmptiesTheOutbox()
    {
        const Company c = newCompany();
        QTemporaryDir root;
        auto app = controller(root.path());
        QVERIFY(signIn(*app, c));
        MainWindow *window = app->window();
        auto &store = app->storeContext()->store();
        core::Location w;
        w.code = QStringLiteral("SHOP");
        w.name = QStringLiteral("Shop");
        QVERIFY(store.addLocation(w).ok());
        app->storeContext()->notifyChanged();
        QCOMPARE(window->pendingLabel()->text(), QStringLiteral("1 change waiting to sync"));
        QSignalSpy synced(window, &MainWindow::syncFinished);
        QTest::keyClick(window, Qt::Key_F9);
        QVERIFY(synced.wait(kWait));
        QVERIFY(synced.first().first().toBool());
        QCOMPARE(window->pendingLabel()->text(), QStringLiteral("Nothing waiting to sync"));
        QCOMPARE(store.pendingOutboxCount(), 0);
        const Response locations = d.http->get(QStringLiteral("/api/v1/locations"), c.owner.access);
        QVERIFY(locations.body.contains("SHOP"));
    }

    void rejectedItemIsShownAndDiscarded()
    {
        const Company c = newCompany();
        const auto [product, location] = d.seedCatalog(c.owner, QStringLiteral("OIL-1"), QStringLiteral("W1"));
        Q_UNUSED(product);
        Q_UNUSED(location);
        const Session clerk = d.addMember(c.owner, QStringLiteral("clerk"));
        QVERIFY(!clerk.access.isEmpty());
        const QString clerkEmail =
            d.http->get(QStringLiteral("/api/v1/me"), clerk.access).data()["user"]["email"].toString();
        QTemporaryDir root;
        auto app = controller(root.path());
        Company asClerk = c;
        asClerk.email = clerkEmail;
        QVERIFY(signIn(*app, asClerk));
        MainWindow *window = app->window();
        auto &store = app->storeContext()->store();
        // A clerk may not create products: the server refuses it, the app keeps and shows it.
        core::Product p;
        p.sku = QStringLiteral("NEW-1");
        p.name = QStringLiteral("Not allowed");
        QVERIFY(store.addProduct(p).ok());
        app->storeContext()->notifyChanged();
        QSignalSpy synced(window, &MainWindow::syncFinished);
        window->syncNowAction()->trigger();
        QVERIFY(synced.wait(kWait));
        app::ProblemsPage *problems = window->problemsPage();
        QCOMPARE(problems->problemCount(), 1);
        QVERIFY(window->problemsLabel()->isVisible());
        QVERIFY(window->problemsLabel()->text().contains(QStringLiteral("1 sync problem")));
        window->showPage(int(window->pageCount() - 1));
        QCOMPARE(problems->table()->rowCount(), 1);
        QVERIFY(problems->table()->item(0, 2)->text().contains(QStringLiteral("NEW-1")));
        QVERIFY(!problems->table()->item(0, 4)->text().isEmpty());
        QVERIFY(!problems->discardButton()->isEnabled());
        // Retry queues it again; the server still refuses it (the clerk still may not), so it comes back.
        problems->table()->selectRow(0);
        QVERIFY(problems->retryButton()->isEnabled());
        QTest::mouseClick(problems->retryButton(), Qt::LeftButton);
        QCOMPARE(problems->problemCount(), 0);
        QCOMPARE(store.pendingOutboxCount(), 1);
        QCOMPARE(window->pendingLabel()->text(), QStringLiteral("1 change waiting to sync"));
        synced.clear();
        QTest::keyClick(window, Qt::Key_F9);
        QVERIFY(synced.wait(kWait));
        QCOMPARE(problems->problemCount(), 1);
        QCOMPARE(store.pendingOutboxCount(), 0);
        problems->table()->selectRow(0);
        QVERIFY(problems->discardButton()->isEnabled());
        // Cancel keeps it; Yes discards it.
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::mouseClick(problems->discardButton(), Qt::LeftButton);
        QCOMPARE(problems->problemCount(), 1);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(problems->discardButton(), Qt::LeftButton);
        QCOMPARE(problems->problemCount(), 0);
        QCOMPARE(problems->table()->rowCount(), 0);
        QVERIFY(!window->problemsLabel()->isVisible());
        QVERIFY(store.rejections().isEmpty());
    }

    void suspendedCompanyIsExplained()
    {
        const Company c = newCompany();
        QTemporaryDir root;
        auto app = controller(root.path());
        QVERIFY(signIn(*app, c));
        MainWindow *window = app->window();
        core::Location w;
        w.code = QStringLiteral("SUS");
        w.name = QStringLiteral("Suspended shelf");
        QVERIFY(app->storeContext()->store().addLocation(w).ok());
        app->storeContext()->notifyChanged();
        QByteArray out, err;
        runCommand({QStringLiteral("create-platform-admin"), QStringLiteral("--db"), d.dbUrl,
                    QStringLiteral("--data-dir"), d.dataDir.path(), QStringLiteral("--email"),
                    QStringLiteral("root@platform.test"), QStringLiteral("--password-stdin"),
                    QStringLiteral("--password-profile"), QStringLiteral("min")},
                   "platform-password-1\n", &out, &err);
        const QString admin = d.http
                                  ->post(QStringLiteral("/api/v1/auth/login"),
                                         {{QStringLiteral("identifier"), QStringLiteral("root@platform.test")},
                                          {QStringLiteral("password"), QStringLiteral("platform-password-1")}})
                                  .data()[QStringLiteral("access_token")]
                                  .toString();
        QVERIFY(!admin.isEmpty());
        QCOMPARE(
            d.http->patch(QStringLiteral("/api/v1/admin/tenants/") + c.slug, {{"status", "SUSPENDED"}}, admin).status,
            200);
        QSignalSpy synced(window, &MainWindow::syncFinished);
        QTest::keyClick(window, Qt::Key_F9);
        QVERIFY(synced.wait(kWait));
        QVERIFY(!synced.first().first().toBool());
        // The status bar says why, and that nothing is lost; the change waits.
        QVERIFY2(window->syncMessageLabel()->text().contains(QStringLiteral("suspended")),
                 qPrintable(window->syncMessageLabel()->text()));
        QVERIFY(window->syncMessageLabel()->text().contains(QStringLiteral("Nothing was lost")));
        QCOMPARE(window->pendingLabel()->text(), QStringLiteral("1 change waiting to sync"));
        // A new sign-in is refused with the same clear reason.
        emit window->signInRequested();
        LoginDialog *dialog = app->loginDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->passwordEdit(), QLatin1String(Deployment::kPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().contains(QStringLiteral("suspended")), kWait);
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QCOMPARE(app->window(), window);
    }

    void switchCompany()
    {
        const Company a = newCompany();
        const Company b = newCompany();
        d.seedCatalog(b.owner, QStringLiteral("B-ONLY"), QStringLiteral("BW"));
        // A's user is also a manager at B (an existing identity keeps its password).
        const Response added = d.http->post(
            QStringLiteral("/api/v1/users"),
            {{QStringLiteral("email"), a.email}, {QStringLiteral("role"), QStringLiteral("manager")}}, b.owner.access);
        QCOMPARE(added.status, 201);
        QTemporaryDir root;
        auto app = controller(root.path());
        QVERIFY(signIn(*app, a));
        const QString storeA = app->storeContext()->path();
        emit app->window()->switchCompanyRequested();
        QDialog *chooser = app->companyDialog();
        QVERIFY(chooser);
        auto *list = chooser->findChild<QListWidget *>(QStringLiteral("companies"));
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, kWait);
        int row = -1;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == b.slug)
                row = i;
        QVERIFY(row >= 0);
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Return);
        // No session for B on this computer yet: sign in, same server (its pin is kept), same user.
        QTRY_VERIFY_WITH_TIMEOUT(app->loginDialog() != nullptr, kWait);
        LoginDialog *dialog = app->loginDialog();
        QCOMPARE(dialog->companyEdit()->text(), b.slug);
        QCOMPARE(dialog->userEdit()->text(), a.email);
        // Only the password is left to type, and the cursor is already there.
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->passwordEdit()));
        QSignalSpy windows(app.get(), &AppController::windowChanged);
        QTest::keyClicks(dialog->passwordEdit(), QLatin1String(Deployment::kPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QVERIFY2(windows.wait(kWait), qPrintable(dialog->messageLabel()->text()));
        QSignalSpy synced(app->window(), &MainWindow::syncFinished);
        QVERIFY(synced.wait(kWait));
        QVERIFY(synced.first().first().toBool());
        QCOMPARE(app->session()->profile().tenant, b.slug);
        QCOMPARE(app->session()->profile().role, QStringLiteral("manager"));
        QVERIFY(app->storeContext()->path() != storeA);
        QVERIFY(app->storeContext()->path().startsWith(root.filePath(QStringLiteral("companies"))));
        QVERIFY(app->storeContext()->store().productBySku(QStringLiteral("B-ONLY")).has_value());

        // Back to A: its session is stored here, so it opens without a password, on A's own store.
        emit app->window()->switchCompanyRequested();
        chooser = app->companyDialog();
        list = chooser->findChild<QListWidget *>(QStringLiteral("companies"));
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, kWait);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == a.slug)
                list->setCurrentRow(i);
        QSignalSpy back(app.get(), &AppController::windowChanged);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(back.wait(kWait));
        QVERIFY(!app->loginDialog());
        QCOMPARE(app->session()->profile().tenant, a.slug);
        QCOMPARE(app->storeContext()->path(), storeA);
        QSignalSpy syncedA(app->window(), &MainWindow::syncFinished);
        QVERIFY(syncedA.wait(kWait));
        QVERIFY2(syncedA.first().first().toBool(), qPrintable(syncedA.first().at(1).toString()));
        QVERIFY(!app->storeContext()->store().productBySku(QStringLiteral("B-ONLY")).has_value());
    }

    void commandLineSignInAndScreenshot()
    {
        const Company c = newCompany();
        d.seedCatalog(c.owner, QStringLiteral("CLI-1"), QStringLiteral("CW"));
        QTemporaryDir root;
        const QString png = root.filePath(QStringLiteral("shot.png"));
        QProcess depot;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        depot.setProcessEnvironment(env);
        const QStringList args{QStringLiteral("--data-dir"),
                               root.filePath(QStringLiteral("data")),
                               QStringLiteral("--server"),
                               d.server.baseUrl(),
                               QStringLiteral("--company"),
                               c.slug,
                               QStringLiteral("--user"),
                               c.email,
                               QStringLiteral("--password-stdin"),
                               QStringLiteral("--pin"),
                               d.server.fingerprint(),
                               QStringLiteral("--credential-store"),
                               QStringLiteral("file"),
                               QStringLiteral("--language"),
                               QStringLiteral("en"),
                               QStringLiteral("--screenshot"),
                               png,
                               QStringLiteral("--quit")};
        depot.start(QStringLiteral(DEPOT_PATH), args);
        QVERIFY(depot.waitForStarted());
        depot.write(QByteArray(Deployment::kPassword) + '\n');
        depot.closeWriteChannel();
        QVERIFY2(depot.waitForFinished(kWait), depot.readAllStandardError().constData());
        QVERIFY2(depot.exitCode() == 0, depot.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400);
        // Kept in the build tree to look at (like gui_screens' pictures).
        QDir().mkpath(QStringLiteral(DEPOT_SCREENSHOT_DIR));
        const QString kept = QDir(QStringLiteral(DEPOT_SCREENSHOT_DIR)).filePath(QStringLiteral("signed-in.png"));
        QFile::remove(kept);
        QFile::copy(png, kept);
        QVERIFY(QFile::exists(root.filePath(QStringLiteral("data/profile.json"))));

        // Without a pin, an untrusted server is refused with its fingerprint in the message (exit 1).
        QProcess refused;
        refused.setProcessEnvironment(env);
        QStringList noPin = args;
        noPin.remove(noPin.indexOf(QStringLiteral("--pin")), 2);
        noPin[noPin.indexOf(QStringLiteral("--data-dir")) + 1] = root.filePath(QStringLiteral("other"));
        refused.start(QStringLiteral(DEPOT_PATH), noPin);
        QVERIFY(refused.waitForStarted());
        refused.write(QByteArray(Deployment::kPassword) + '\n');
        refused.closeWriteChannel();
        QVERIFY(refused.waitForFinished(kWait));
        QCOMPARE(refused.exitCode(), 1);
        const QString err = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--pin")), qPrintable(err));
        QVERIFY2(err.contains(d.server.fingerprint().left(11), Qt::CaseInsensitive), qPrintable(err));

        // A usage error names what is missing.
        QProcess usage;
        usage.setProcessEnvironment(env);
        usage.start(QStringLiteral(DEPOT_PATH), {QStringLiteral("--server"), d.server.baseUrl()});
        QVERIFY(usage.waitForFinished(kWait));
        QCOMPARE(usage.exitCode(), 2);
        QVERIFY(usage.readAllStandardError().contains("--company"));
    }

    // Last: stops the server.
    void offlineUnlock()
    {
        const Company c = newCompany();
        QTemporaryDir root;
        {
            auto app = controller(root.path());
            QVERIFY(signIn(*app, c));
        }
        d.server.stop();
        auto app = controller(root.path());
        auto profile = CompanyProfile::load(root.path());
        QVERIFY(profile.ok());
        app->showLogin(*profile);
        LoginDialog *dialog = app->loginDialog();
        QCOMPARE(dialog->serverEdit()->text(), d.server.baseUrl());
        QCOMPARE(dialog->companyEdit()->text(), c.slug);
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->passwordEdit()));
        // The wrong password is refused, checked on this computer.
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("not-the-password"));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().contains(QStringLiteral("password is wrong")), kWait);
        QVERIFY(!app->window());
        // The right one unlocks: the window opens offline, on the same store.
        dialog->passwordEdit()->clear();
        QTest::keyClicks(dialog->passwordEdit(), QLatin1String(Deployment::kPassword));
        QSignalSpy windows(app.get(), &AppController::windowChanged);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QVERIFY(windows.wait(kWait));
        MainWindow *window = app->window();
        QCOMPARE(app->storeContext()->path(), QDir(root.path()).filePath(QStringLiteral("store.sqlite")));
        QSignalSpy synced(window, &MainWindow::syncFinished);
        QVERIFY(synced.wait(kWait));
        QVERIFY(!synced.first().first().toBool());
        QCOMPARE(window->connectionLabel()->text(), QStringLiteral("● Offline"));
        QVERIFY(window->syncMessageLabel()->text().contains(QStringLiteral("Cannot reach the server")));
        // Work goes on offline and waits in the outbox.
        core::Location w;
        w.code = QStringLiteral("OFF");
        w.name = QStringLiteral("Offline shelf");
        QVERIFY(app->storeContext()->store().addLocation(w).ok());
        app->storeContext()->notifyChanged();
        QCOMPARE(window->pendingLabel()->text(), QStringLiteral("1 change waiting to sync"));
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
