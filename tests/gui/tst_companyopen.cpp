// Opening another company of this computer (AppController::openCompany): its stored session is
// looked up without waiting on the GUI thread (no local event loop, whatever the credential store),
// a remembered session opens without a password, a company without one asks for it, and only the
// latest request counts. No server: the sessions point at a closed port and stay offline.

#include "guitestutil.h"

#include "appcontroller.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "sessioncontext.h"

#include "sync/credentialstore.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace depot;
using namespace depot::test;
using app::AppController;
using app::CompanyProfile;
using app::CredentialStoreKind;

class TestCompanyOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    app::LanguageManager *m_languages = nullptr;
    const QUrl m_server{QStringLiteral("https://127.0.0.1:9")}; // nothing listens: offline

    CompanyProfile profile(const QString &tenant, bool rememberSession)
    {
        CompanyProfile p;
        p.dir = app::profiles::companyDir(m_root.path(), m_server, tenant);
        p.server = m_server;
        p.tenant = tenant;
        p.tenantName = tenant.toUpper();
        p.user = QStringLiteral("clerk@example.com");
        if (!p.save().ok())
            qFatal("cannot save the profile of %s", qPrintable(tenant));
        // Its store exists, as after a first sign-in (two connections must not both create it).
        if (!app::StoreContext::openDataDir(p.dir, p.user).ok())
            qFatal("cannot create the store of %s", qPrintable(tenant));
        if (rememberSession) {
            sync::FileCredentialStore credentials(p.credentialsPath());
            if (!credentials.write(p.account({}).credentialKey(), QStringLiteral("rt-") + tenant).ok())
                qFatal("cannot store the session of %s", qPrintable(tenant));
        }
        return p;
    }

    std::unique_ptr<AppController> controller(CredentialStoreKind kind)
    {
        AppController::Options options;
        options.root = m_root.path();
        options.credentials = kind;
        options.retryBaseMs = 20;
        options.retryMaxAttempts = 0;
        return std::make_unique<AppController>(*m_languages, options);
    }

    static bool openOn(AppController &app, const CompanyProfile &p, CredentialStoreKind kind)
    {
        auto session = std::make_unique<app::SessionContext>(p, kind);
        session->setRetryPolicy(20, 100, 0);
        const auto opened = app.openSession(std::move(session));
        if (!opened.ok())
            qWarning() << "cannot open" << p.tenant << opened.error().message;
        return opened.ok() && app.window();
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        qRegisterMetaType<depot::app::MainWindow *>();
        m_languages = new app::LanguageManager(this);
        m_languages->setLanguage(QStringLiteral("en"));
        profile(QStringLiteral("acme"), true);
        profile(QStringLiteral("bravo"), true);
        profile(QStringLiteral("charlie"), false);
    }

    void anOlderStoreIsUpgradedOnAWorkerThread()
    {
        // A store of the previous schema: openDataDir() migrates it (on a pool thread, a window
        // saying so) and opens it with its data; a migration that fails comes back as the error
        // and leaves the file as it was.
        const auto oldStore = [](const QString &dir, const QStringList &extra) {
            const QString name = QStringLiteral("old-") + QFileInfo(dir).fileName();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(QDir(dir).filePath(QStringLiteral("store.sqlite")));
                if (!db.open()
                    || !core::TenantStore::createSchemaAtVersionForTesting(db, core::TenantStore::kSchemaVersion - 1)
                            .ok())
                    qFatal("cannot create an old store in %s", qPrintable(dir));
                QSqlQuery q(db);
                for (const QString &sql : QStringList{QStringLiteral(
                                                          "INSERT INTO locations (id, code, name) VALUES"
                                                          " ('0190f5a0-0000-7000-8000-000000000001', 'OLD', 'Old shelf')")}
                                              + extra)
                    if (!q.exec(sql))
                        qFatal("cannot fill the old store: %s", qPrintable(sql));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            return QDir(dir).filePath(QStringLiteral("store.sqlite"));
        };
        QTemporaryDir upgraded;
        const QString path = oldStore(upgraded.path(), {});
        auto opened = app::StoreContext::openDataDir(upgraded.path());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(core::TenantStore::fileSchemaVersion(path), std::optional<int>(core::TenantStore::kSchemaVersion));
        QCOMPARE(opened.value()->locationByCode(QStringLiteral("OLD"))->name, QStringLiteral("Old shelf"));
        QVERIFY(!QApplication::activeModalWidget()); // the window went with the upgrade

        // Step 6 creates movements_v6: a table of that name in the way makes it fail.
        QTemporaryDir blocked;
        const QString blockedPath = oldStore(blocked.path(), {QStringLiteral("CREATE TABLE movements_v6 (x)")});
        auto refused = app::StoreContext::openDataDir(blocked.path());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("migration_failed"));
        QCOMPARE(core::TenantStore::fileSchemaVersion(blockedPath),
                 std::optional<int>(core::TenantStore::kSchemaVersion - 1));
    }

    void rememberedSessionOpensWithoutPassword()
    {
        auto app = controller(CredentialStoreKind::File);
        QVERIFY(openOn(
            *app, *CompanyProfile::load(app::profiles::companyDir(m_root.path(), m_server, QStringLiteral("acme"))),
            CredentialStoreKind::File));
        QSignalSpy windows(app.get(), &AppController::windowChanged);
        app->openCompany(QStringLiteral("bravo"));
        // Answered later, from the event loop: nothing happened inside the call.
        QCOMPARE(windows.size(), 0);
        QCOMPARE(app->session()->profile().tenant, QStringLiteral("acme"));
        QVERIFY(windows.wait(30000));
        QCOMPARE(app->session()->profile().tenant, QStringLiteral("bravo"));
        QVERIFY(!app->loginDialog());
        QVERIFY(app->storeContext()->path().contains(QStringLiteral("bravo")));

        // No session kept for charlie: the login dialog asks for the password, the rest filled in.
        app->openCompany(QStringLiteral("charlie"));
        QVERIFY(!app->loginDialog());
        QTRY_VERIFY(app->loginDialog());
        QCOMPARE(app->loginDialog()->companyEdit()->text(), QStringLiteral("charlie"));
        QCOMPARE(app->loginDialog()->userEdit()->text(), QStringLiteral("clerk@example.com"));
        QVERIFY(app->loginDialog()->passwordEdit()->text().isEmpty());
        app->loginDialog()->reject();
        QTRY_VERIFY(!app->loginDialog());
        QCOMPARE(app->session()->profile().tenant, QStringLiteral("bravo")); // still there
    }

    void latestRequestWins()
    {
        auto app = controller(CredentialStoreKind::File);
        QVERIFY(openOn(
            *app, *CompanyProfile::load(app::profiles::companyDir(m_root.path(), m_server, QStringLiteral("bravo"))),
            CredentialStoreKind::File));
        QSignalSpy windows(app.get(), &AppController::windowChanged);
        app->openCompany(QStringLiteral("acme"));    // remembered: would open at once...
        app->openCompany(QStringLiteral("charlie")); // ...but this one was asked for last
        QTRY_VERIFY(app->loginDialog());
        QCOMPARE(app->loginDialog()->companyEdit()->text(), QStringLiteral("charlie"));
        QTest::qWait(300);
        QCOMPARE(windows.size(), 0);
        QCOMPARE(app->session()->profile().tenant, QStringLiteral("bravo"));
        app->loginDialog()->reject();
    }

    /// The system keychain (whatever answers here: none, locked, or empty) is asked without a local
    /// event loop: no event of the GUI thread is ever handled inside the call.
    void keychainIsAskedWithoutLocalEventLoop()
    {
        auto app = controller(CredentialStoreKind::Keychain);
        QVERIFY(openOn(
            *app, *CompanyProfile::load(app::profiles::companyDir(m_root.path(), m_server, QStringLiteral("acme"))),
            CredentialStoreKind::Keychain));
        int deepest = -1;
        bool insideCall = false;
        bool handledInsideCall = false;
        QTimer probe;
        probe.setInterval(0);
        connect(&probe, &QTimer::timeout, this, [&] {
            deepest = qMax(deepest, QThread::currentThread()->loopLevel());
            handledInsideCall = handledInsideCall || insideCall;
        });
        probe.start();
        const int level = QThread::currentThread()->loopLevel();
        insideCall = true;
        app->openCompany(QStringLiteral("bravo")); // its token is in a file, not in the keychain
        insideCall = false;
        QVERIFY(!handledInsideCall);
        // The keychain has no session of bravo (or cannot be reached): the password is asked.
        QTRY_VERIFY_WITH_TIMEOUT(app->loginDialog(), 30000);
        QCOMPARE(app->loginDialog()->companyEdit()->text(), QStringLiteral("bravo"));
        probe.stop();
        QCOMPARE(deepest, level);
        app->loginDialog()->reject();
    }
};

QTEST_MAIN(TestCompanyOpen)
#include "tst_companyopen.moc"
