// The window follows the role of the signed-in user (docs/server.md's matrix): a viewer reads only,
// a clerk records movements and counts but does not change the catalog, a manager, an admin or
// the owner does everything; a local store (never signed in) keeps every right.

#include "admin/adminsection.h"
#include "countpage.h"
#include "guitestutil.h"
#include "journalpage.h"
#include "languagemanager.h"
#include "locationspage.h"
#include "mainwindow.h"
#include "productdialog.h"
#include "productspage.h"
#include "quickentrypage.h"
#include "sessioncontext.h"
#include "supplierspage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace depot;
using namespace depot::test;

namespace {

/// "" stands for a local store.
app::Permissions permissionsFor(const QString &role)
{
    return role.isEmpty() ? app::Permissions::full() : app::Permissions::forRole(role);
}

QPushButton *button(QWidget *page, const char *name)
{
    auto *b = page->findChild<QPushButton *>(QLatin1String(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

/// Rejects every modal dialog that opens while it lives, and counts them.
struct ModalWatch
{
    QTimer timer;
    int shown = 0;
    ModalWatch()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                ++shown;
                dialog->reject();
            }
        });
        timer.start(10);
    }
};

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> f;

    static void roles()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("record");
        QTest::addColumn<bool>("catalog");
        QTest::newRow("local store") << QString() << true << true;
        QTest::newRow("owner") << QStringLiteral("owner") << true << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true << true;
        QTest::newRow("manager") << QStringLiteral("manager") << true << true;
        QTest::newRow("clerk") << QStringLiteral("clerk") << true << false;
        QTest::newRow("viewer") << QStringLiteral("viewer") << false << false;
        QTest::newRow("unknown role") << QStringLiteral("auditor") << false << false;
    }

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { f = std::make_unique<Fixture>(); }
    void cleanup() { f.reset(); }

    void matrix_data() { roles(); }
    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(bool, record);
        QFETCH(bool, catalog);
        const app::Permissions p = permissionsFor(role);
        QCOMPARE(p.canRecordMovements(), record);
        QCOMPARE(p.canEditCatalog(), catalog);
        QCOMPARE(p.movementRefusal().isEmpty(), record);
        QCOMPARE(p.catalogRefusal().isEmpty(), catalog);
    }

    void quickEntry_data() { roles(); }
    void quickEntry()
    {
        QFETCH(QString, role);
        QFETCH(bool, record);
        QFETCH(bool, catalog);
        app::QuickEntryPage page(*f->context);
        page.setPermissions(permissionsFor(role));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setLocation(f->shelfA.id);

        QCOMPARE(page.roleNote()->isVisible(), !(record && catalog));
        QCOMPARE(page.quantityField()->isEnabled(), record);
        QVERIFY(page.scanField()->isEnabled()); // a scanner types into it whatever the role
        scan(page.scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), record ? kUnit : 0);
        if (!record)
            QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("Read only")),
                     qPrintable(page.messageLabel()->text()));

        // An unknown code: the form to create it opens only for a role that may create products.
        ModalWatch dialogs;
        scan(page.scanField(), QStringLiteral("4006381333931"));
        QCOMPARE(dialogs.shown, record && catalog ? 1 : 0);
        if (record && !catalog) {
            QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("ask one")),
                     qPrintable(page.messageLabel()->text()));
            // The clerk carries on scanning: the field kept the focus and still records.
            QTRY_VERIFY(page.scanField()->hasFocus());
            scan(page.scanField(), QStringLiteral("3017620422003"));
            QCOMPARE(f->balance(f->coffee, f->shelfA), 2 * kUnit);
        }
        QVERIFY(f->store().productByBarcode(QStringLiteral("4006381333931")) == std::nullopt);
    }

    void catalogScreens_data() { roles(); }
    void catalogScreens()
    {
        QFETCH(QString, role);
        QFETCH(bool, catalog);
        app::ProductsPage products(*f->context);
        app::LocationsPage locations(*f->context);
        app::SuppliersPage suppliers(*f->context);
        core::Supplier s;
        s.name = QStringLiteral("Grossiste Dakar");
        QVERIFY(f->store().addSupplier(s).ok());
        for (app::Page *page : std::initializer_list<app::Page *>{&products, &locations, &suppliers}) {
            page->setPermissions(permissionsFor(role));
            page->show();
            page->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(page));
            auto *table = page->findChild<QTableWidget *>();
            QVERIFY(table->rowCount() > 0);
            table->setFocus();
            table->selectRow(0);
            for (const char *name : {"new", "edit", "archive"}) {
                QCOMPARE(button(page, name)->isEnabled(), catalog);
                QCOMPARE(button(page, name)->toolTip().contains(QStringLiteral("ask a manager")), !catalog);
            }
            auto *note = page->findChild<QLabel *>(QStringLiteral("roleNote"));
            QVERIFY(note);
            QCOMPARE(note->isVisible(), !catalog);
            if (!catalog) {
                // Neither Ctrl+N nor Enter on a row opens a form; nothing is archived.
                ModalWatch dialogs;
                QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
                QTest::keyClick(table, Qt::Key_Return);
                QTest::qWait(100);
                QCOMPARE(dialogs.shown, 0);
            }
            page->hide();
        }
        const qint64 before = f->store().pendingOutboxCount();
        products.show();
        products.table()->selectRow(0);
        products.toggleArchiveSelected();
        QCOMPARE(f->store().pendingOutboxCount() > before, catalog);
    }

    void countAndJournal_data() { roles(); }
    void countAndJournal()
    {
        QFETCH(QString, role);
        QFETCH(bool, record);
        core::MovementDraft d;
        d.productId = f->coffee.id;
        d.locationId = f->shelfA.id;
        d.quantity = core::Quantity::fromUnits(5);
        QVERIFY(f->store().recordMovement(d).ok());

        app::CountPage count(*f->context);
        count.setPermissions(permissionsFor(role));
        count.show();
        QVERIFY(QTest::qWaitForWindowExposed(&count));
        QCOMPARE(button(&count, "start")->isEnabled(), record);
        QCOMPARE(count.start(), record);
        if (record) {
            QTRY_VERIFY(count.isActive()); // the expected quantities are read on a worker
            scan(count.scanField(), QStringLiteral("3017620422003"));
            QCOMPARE(count.post(), 1);
            QCOMPARE(f->balance(f->coffee, f->shelfA), kUnit);
        }
        count.hide();

        app::JournalPage journal(*f->context);
        journal.setPermissions(permissionsFor(role));
        journal.show();
        QVERIFY(QTest::qWaitForWindowExposed(&journal));
        QTRY_VERIFY(journal.table()->rowCount() > 0);
        journal.table()->selectRow(0);
        QCOMPARE(button(&journal, "reverse")->isEnabled(), record);
        const qint64 movements = f->store().movementCount();
        QCOMPARE(journal.reverseSelected(), record);
        QCOMPARE(f->store().movementCount(), movements + (record ? 1 : 0));
    }

    /// The window takes the role from the signed-in profile, then from the server (GET /me through
    /// the admin section); a local window keeps every right.
    void windowFollowsTheSessionRole()
    {
        app::LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        {
            app::MainWindow local(*f->context, languages);
            QVERIFY(local.permissions().canEditCatalog());
            QVERIFY(local.findPage<app::ProductsPage>()->permissions().canEditCatalog());
        }
        app::CompanyProfile profile;
        profile.dir = f->dir.path();
        profile.server = QUrl(QStringLiteral("https://127.0.0.1:9")); // nothing listens: stays offline
        profile.tenant = QStringLiteral("acme");
        profile.user = QStringLiteral("ibrahima@acme.example");
        profile.role = QStringLiteral("clerk");
        app::SessionContext session(profile, app::CredentialStoreKind::File);
        app::MainWindow window(*f->context, languages, &session);
        auto *quick = window.findPage<app::QuickEntryPage>();
        auto *products = window.findPage<app::ProductsPage>();
        QVERIFY(quick->permissions().canRecordMovements());
        QVERIFY(!products->permissions().canEditCatalog());
        QVERIFY(!products->findChild<QPushButton *>(QStringLiteral("new"))->isEnabled());

        window.adminSection()->setRole(QStringLiteral("viewer"));
        QVERIFY(!quick->permissions().canRecordMovements());
        QVERIFY(!quick->quantityField()->isEnabled());
        window.adminSection()->setRole(QStringLiteral("manager"));
        QVERIFY(products->findChild<QPushButton *>(QStringLiteral("new"))->isEnabled());
    }
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
