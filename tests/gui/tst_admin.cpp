// The admin screens against a real depot-server over HTTPS on loopback (SQLite backend): an owner
// adds a member (temporary password shown once, and it works), changes the role, deactivates,
// revokes a device; the plan shows the usage; the audit log shows the changes; a platform
// administrator suspends and reactivates a company; a clerk is told the role does not allow it;
// an unreachable server and a missing session get a clear message.
#include "deployment.h"
#include "guitestutil.h"

#include "admin/adminsection.h"
#include "admin/auditpage.h"
#include "admin/devicespage.h"
#include "admin/planpage.h"
#include "admin/tenantspage.h"
#include "admin/userspage.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>

using namespace depot;
using namespace depot::test;
using namespace depot::server::test;

namespace {

bool waitIdle(app::AdminPage &page, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    QTest::qWait(1);
    while (page.isBusy() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !page.isBusy();
}

/// Clicks Yes on the next question box.
void answerYes()
{
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
}

QStringList column(QTableWidget *table, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, column) ? table->item(row, column)->data(role).toString() : QString());
    return out;
}

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    QNetworkAccessManager m_network;
    std::unique_ptr<Fixture> m_fixture;
    std::vector<std::unique_ptr<sync::ApiClient>> m_clients;

    sync::ApiClient *clientFor(const Session &s)
    {
        sync::Account a;
        a.serverUrl = QUrl(d.server.baseUrl());
        a.pinnedSha256 = d.server.fingerprint();
        a.accessToken = s.access;
        a.tenant = s.tenant;
        m_clients.push_back(std::make_unique<sync::ApiClient>(a, &m_network));
        return m_clients.back().get();
    }

    template<typename T>
    std::unique_ptr<T> shown(sync::ApiClient *client)
    {
        auto page = std::make_unique<T>(*m_fixture->context);
        page->setClient(client);
        page->resize(1000, 600);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()) || !waitIdle(*page))
            return {};
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        m_fixture = std::make_unique<Fixture>();
        QString error;
        QVERIFY2(d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000")},
                         &error),
                 qPrintable(error));
        QByteArray out, err;
        QCOMPARE(runCommand({QStringLiteral("create-platform-admin"), QStringLiteral("--db"), d.dbUrl,
                             QStringLiteral("--data-dir"), d.dataDir.path(), QStringLiteral("--email"),
                             QStringLiteral("root@platform.test"), QStringLiteral("--password-stdin"),
                             QStringLiteral("--password-profile"), QStringLiteral("min")},
                            "platform-password-1\n", &out, &err),
                 0);
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        d.stop();
    }

    void ownerManagesMembersDevicesPlanAndAudit()
    {
        const Session owner = d.newTenant();
        QVERIFY(!owner.access.isEmpty());
        sync::ApiClient *client = clientFor(owner);

        // Users: only the owner at first.
        auto users = shown<app::UsersPage>(client);
        QVERIFY(users);
        QCOMPARE(users->table()->rowCount(), 1);
        QCOMPARE(users->table()->item(0, 2)->text(), app::roleName(QStringLiteral("owner")));

        // Add a clerk; the temporary password is shown once.
        const QString email = QStringLiteral("awa.clerk@example.com");
        QString temporary;
        whenModal<app::NewMemberDialog>([&](app::NewMemberDialog *dialog) {
            QTest::keyClicks(dialog->email, email);
            QTest::keyClicks(dialog->firstName, QStringLiteral("Awa"));
            dialog->role->setCurrentIndex(dialog->role->findData(QStringLiteral("clerk")));
            whenModal<QMessageBox>([&](QMessageBox *box) {
                QCOMPARE(box->objectName(), QStringLiteral("temporaryPasswordBox"));
                temporary = box->informativeText().remove(QRegularExpression(QStringLiteral("<[^>]*>")));
                box->button(QMessageBox::Ok)->click();
            });
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::mouseClick(users->findChild<QPushButton *>(QStringLiteral("addMember")), Qt::LeftButton);
        QVERIFY(waitIdle(*users));
        QTRY_VERIFY_WITH_TIMEOUT(!temporary.isEmpty(), 30000);
        QVERIFY(temporary.size() >= 10);
        QTRY_COMPARE_WITH_TIMEOUT(users->table()->rowCount(), 2, 30000);
        QVERIFY(users->messageLabel()->text().contains(QLatin1String("Awa")));
        // The temporary password signs in (and must be changed).
        const Session clerk = d.login(owner.tenant, email, temporary, QStringLiteral("awa-phone"));
        QVERIFY(!clerk.access.isEmpty());
        QCOMPARE(clerk.role, QStringLiteral("clerk"));

        // Change the role to manager.
        QVERIFY(users->selectEmail(email));
        whenModal<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(app::roleName(QStringLiteral("manager")));
            dialog->accept();
        });
        QTest::mouseClick(users->findChild<QPushButton *>(QStringLiteral("changeRole")), Qt::LeftButton);
        QVERIFY(waitIdle(*users));
        QTRY_VERIFY_WITH_TIMEOUT(column(users->table(), 2).contains(app::roleName(QStringLiteral("manager"))), 30000);

        // Deactivate (confirmed): the member can no longer sign in.
        QVERIFY(users->selectEmail(email));
        answerYes();
        QTest::mouseClick(users->findChild<QPushButton *>(QStringLiteral("toggleActive")), Qt::LeftButton);
        QVERIFY(waitIdle(*users));
        QTRY_VERIFY_WITH_TIMEOUT(column(users->table(), 3).contains(app::UsersPage::tr("Deactivated")), 30000);
        const Response refused = d.http->post(QStringLiteral("/api/v1/auth/login"),
                                              {{QStringLiteral("tenant"), owner.tenant},
                                               {QStringLiteral("identifier"), email},
                                               {QStringLiteral("password"), temporary},
                                               {QStringLiteral("device"), QStringLiteral("awa-phone")}});
        QCOMPARE(refused.errorCode(), QStringLiteral("membership_inactive"));

        // Devices: revoke the manager's phone (confirmed); its token stops working.
        const Session manager = d.addMember(owner, QStringLiteral("manager"), QStringLiteral("manager-phone"));
        QVERIFY(!manager.access.isEmpty());
        auto devices = shown<app::DevicesPage>(client);
        QVERIFY(devices);
        QVERIFY(devices->selectDevice(QStringLiteral("manager-phone")));
        auto *revoke = devices->findChild<QPushButton *>(QStringLiteral("revoke"));
        QVERIFY(revoke->isEnabled());
        answerYes();
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(waitIdle(*devices));
        QTRY_VERIFY_WITH_TIMEOUT(column(devices->table(), 5).contains(app::DevicesPage::tr("Revoked")), 30000);
        QCOMPARE(d.http->get(QStringLiteral("/api/v1/plan"), manager.access).errorCode(),
                 QStringLiteral("device_revoked"));

        // A revocation that is not confirmed sends nothing.
        QVERIFY(devices->selectDevice(owner.device));
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(waitIdle(*devices));
        QCOMPARE(d.http->get(QStringLiteral("/api/v1/plan"), owner.access).status, 200);

        // Plan and usage match the server's figures.
        const QJsonObject plan = d.http->get(QStringLiteral("/api/v1/plan"), owner.access).data().toObject();
        auto planPage = shown<app::PlanPage>(client);
        QVERIFY(planPage);
        const QJsonObject usage = plan.value(QStringLiteral("usage")).toObject();
        QCOMPARE(planPage->table()->item(0, 1)->text(),
                 QLocale().toString(usage.value(QStringLiteral("users")).toInt()));
        QCOMPARE(planPage->table()->item(3, 1)->text(),
                 QLocale().toString(usage.value(QStringLiteral("devices")).toInt()));
        QCOMPARE(planPage->table()->item(0, 2)->text(), QStringLiteral("15"));
        QVERIFY(planPage->summary()->text().contains(app::planName(QStringLiteral("professional"))));

        // The audit log shows every change made above, newest first.
        auto audit = shown<app::AuditPage>(client);
        QVERIFY(audit);
        const QStringList actions = column(audit->table(), 2, Qt::UserRole);
        QCOMPARE(audit->table()->item(0, 2)->text(), app::AuditPage::tr("Device revoked"));
        QCOMPARE(actions.value(0), QStringLiteral("device.revoked"));
        QVERIFY(actions.contains(QStringLiteral("user.added")));
        QCOMPARE(actions.count(QStringLiteral("user.updated")), 2); // the role, the deactivation
        QVERIFY(!audit->nextButton()->isEnabled());                 // fewer than a page
        QVERIFY(!audit->previousButton()->isEnabled());
    }

    void newMemberNeedsEmailOrPhone()
    {
        app::NewMemberDialog dialog;
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.error->text().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void clerkIsToldTheRoleDoesNotAllowIt()
    {
        const Session owner = d.newTenant();
        const Session clerk = d.addMember(owner, QStringLiteral("clerk"));
        QVERIFY(!clerk.access.isEmpty());
        sync::ApiClient *client = clientFor(clerk);
        auto users = shown<app::UsersPage>(client);
        QVERIFY(users);
        QCOMPARE(users->messageLabel()->text(), app::AdminPage::tr("Your role does not allow this. Ask an "
                                                                   "administrator of your company."));
        QCOMPARE(users->table()->rowCount(), 0);

        // The section shows the clerk the plan only; the owner gets the admin screens too.
        app::AdminSection section(*m_fixture->context, nullptr);
        section.setClient(client, &m_network);
        QSignalSpy roleChanged(&section, &app::AdminSection::roleChanged);
        section.identify();
        QVERIFY(roleChanged.wait(30000));
        QCOMPARE(section.role(), QStringLiteral("clerk"));
        QVERIFY(section.isShown(section.plan()));
        QVERIFY(!section.isShown(section.users()));
        QVERIFY(!section.isShown(section.audit()));
        QVERIFY(!section.isShown(section.tenants()));
        section.setClient(clientFor(owner), &m_network);
        section.identify();
        QVERIFY(roleChanged.wait(30000));
        QCOMPARE(section.role(), QStringLiteral("owner"));
        QVERIFY(section.isShown(section.users()));
        QVERIFY(section.isShown(section.devices()));
        section.setClient(nullptr, &m_network);
        QVERIFY(!section.isShown(section.plan()));
    }

    void navigationShowsScreensByRole()
    {
        Fixture f;
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        app::MainWindow window(*f.context, languages);
        app::AdminSection *section = window.adminSection();
        QVERIFY(section);
        const auto hidden = [&window](app::AdminPage *page) {
            for (int i = 0; i < window.pageCount(); ++i)
                if (window.page(i) == page)
                    return window.navigation()->item(i)->isHidden();
            return false;
        };
        // No session: no server screen in the list.
        for (app::AdminPage *page : section->pages())
            QVERIFY(hidden(page));

        const Session owner = d.newTenant();
        QSignalSpy roleChanged(section, &app::AdminSection::roleChanged);
        section->setClient(clientFor(owner), &m_network);
        section->identify();
        QVERIFY(roleChanged.wait(30000));
        QVERIFY(!hidden(section->plan()));
        QVERIFY(!hidden(section->users()));
        QVERIFY(!hidden(section->devices()));
        QVERIFY(!hidden(section->audit()));
        QVERIFY(hidden(section->tenants())); // the owner is no platform administrator

        // The refusal in French.
        QVERIFY(languages.setLanguage(QStringLiteral("fr")));
        sync::ApiResult forbidden;
        forbidden.status = 403;
        forbidden.code = QStringLiteral("forbidden");
        QCOMPARE(app::AdminPage::errorText(forbidden),
                 QStringLiteral("Votre rôle ne le permet pas. Demandez à un administrateur de votre entreprise."));
        QCOMPARE(section->users()->title(), QStringLiteral("Utilisateurs et rôles"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

    void offlineAndSignedOut()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        sync::Account a;
        a.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        a.accessToken = QStringLiteral("token");
        sync::ApiClient offline(a, &m_network);
        auto plan = shown<app::PlanPage>(&offline);
        QVERIFY(plan);
        QVERIFY2(plan->messageLabel()->text().contains(app::AdminPage::tr("These screens need the server").left(20)),
                 qPrintable(plan->messageLabel()->text()));

        auto none = shown<app::UsersPage>(nullptr);
        QVERIFY(none);
        QVERIFY(none->messageLabel()->text().startsWith(app::AdminPage::tr("This screen needs the server")));
        QVERIFY(!none->findChild<QPushButton *>(QStringLiteral("addMember"))->isEnabled());
    }

    void platformAdminSuspendsAndReactivates()
    {
        const Session owner = d.newTenant();
        auto page = std::make_unique<app::TenantsPage>(*m_fixture->context);
        sync::Account server;
        server.serverUrl = QUrl(d.server.baseUrl());
        server.pinnedSha256 = d.server.fingerprint();
        page->setServer(server, &m_network);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->signInButton()->isVisible());

        // A wrong password is refused with a clear message.
        QTest::keyClicks(page->identifierField(), QStringLiteral("root@platform.test"));
        QTest::keyClicks(page->passwordField(), QStringLiteral("not-the-password"));
        QSignalSpy idle(page.get(), &app::AdminPage::idle);
        QTest::keyClick(page->passwordField(), Qt::Key_Return);
        QVERIFY(idle.wait(30000));
        QVERIFY(!page->isSignedIn());
        QVERIFY(page->messageLabel()->text().contains(app::TenantsPage::tr("platform administrator").left(8)));

        QTest::keyClicks(page->passwordField(), QStringLiteral("platform-password-1"));
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->isSignedIn(), 30000);
        QVERIFY(waitIdle(*page));
        QTRY_VERIFY_WITH_TIMEOUT(page->selectSlug(owner.tenant), 30000);
        QVERIFY(!page->signInButton()->isVisible());
        const int row = page->table()->currentRow();
        QCOMPARE(page->table()->item(row, 2)->text(), app::tenantStatusName(QStringLiteral("TRIAL")));
        QCOMPARE(page->table()->item(row, 5)->text(), QStringLiteral("1")); // users

        answerYes();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("suspend")), Qt::LeftButton);
        QVERIFY(waitIdle(*page));
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->item(page->table()->currentRow(), 2)->text(),
                                  app::tenantStatusName(QStringLiteral("SUSPENDED")), 30000);
        QCOMPARE(d.http->get(QStringLiteral("/api/v1/plan"), owner.access).errorCode(),
                 QStringLiteral("tenant_suspended"));

        QVERIFY(page->selectSlug(owner.tenant));
        answerYes();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reactivate")), Qt::LeftButton);
        QVERIFY(waitIdle(*page));
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->item(page->table()->currentRow(), 2)->text(),
                                  app::tenantStatusName(QStringLiteral("ACTIVE")), 30000);
        QCOMPARE(d.http->get(QStringLiteral("/api/v1/plan"), owner.access).status, 200);

        // The company's own audit log records both changes.
        const QJsonArray audit =
            d.http->get(QStringLiteral("/api/v1/audit"), owner.access).data().toObject().value("items").toArray();
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("tenant.updated"));
        QCOMPARE(audit.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("tenant.updated"));
    }
};

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
