// Opens every screen of the main window with Ctrl+1..Ctrl+9, checks the status bar, and saves a
// PNG of each screen under the build folder (DEPOT_SCREENSHOT_DIR) for people to look at.

#include "alertspage.h"
#include "dashboard/dashboardpage.h"
#include "guitestutil.h"
#include "journalpage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "page.h"
#include "problemspage.h"
#include "productspage.h"
#include "quickentrypage.h"
#include "stockpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace depot;
using namespace depot::test;

class TestScreens : public QObject
{
    Q_OBJECT

    /// The data rows of a test run once in English and once in French.
    static void inEachLanguage()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void everyScreenOpensAndIsSaved()
    {
        Fixture f;
        core::MovementDraft d;
        d.productId = f.coffee.id;
        d.locationId = f.shelfA.id;
        d.kind = core::MovementKind::Receipt;
        d.quantity = core::Quantity::fromUnits(12);
        QVERIFY(f.store().recordMovement(d).ok());
        d.productId = f.rice.id;
        d.kind = core::MovementKind::Issue;
        d.quantity = core::Quantity::fromUnits(3);
        QVERIFY(f.store().recordMovement(d).ok()); // negative stock: an alert

        app::LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        app::MainWindow window(*f.context, languages);
        window.resize(1200, 760);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The status bar tells the truth: pending changes and no server.
        const qint64 pending = f.store().pendingOutboxCount(); // catalog changes and movements
        QVERIFY(pending >= 2);
        QVERIFY2(window.pendingLabel()->text().startsWith(QString::number(pending) + QLatin1Char(' ')),
                 qPrintable(window.pendingLabel()->text()));
        QVERIFY(window.connectionLabel()->text().contains(QStringLiteral("Local only (not signed in)")));

        auto *quick = window.findPage<app::QuickEntryPage>();
        QVERIFY(quick);
        scan(quick->scanField(), QStringLiteral("SHELF-A"));
        scan(quick->scanField(), QStringLiteral("5*3017620422003"));
        QVERIFY(window.pendingLabel()->text().startsWith(QString::number(pending + 1) + QLatin1Char(' ')));

        const QString dir = QStringLiteral(DEPOT_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        // Ctrl+1..9, the dashboard on Ctrl+0, then the five admin screens (hidden without a session).
        QCOMPARE(window.pageCount(), 15);
        for (int i = 0; i < window.pageCount(); ++i) {
            if (i < 10)
                QTest::keyClick(&window, Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0), Qt::ControlModifier);
            else
                window.showPage(i);
            QCOMPARE(window.currentPageIndex(), i);
            QCOMPARE(window.navigation()->currentRow(), i);
            if (auto *alertsPage = qobject_cast<app::AlertsPage *>(window.currentPage()))
                QTRY_COMPARE(alertsPage->table()->rowCount(), 1);
            if (auto *dashboard = qobject_cast<app::DashboardPage *>(window.currentPage()))
                QTRY_COMPARE(dashboard->topMoversTable()->rowCount(), 2);
            if (auto *stock = qobject_cast<app::StockPage *>(window.currentPage()))
                QTRY_VERIFY(!stock->isLoading() && stock->table()->rowCount() == 2);
            if (auto *journal = qobject_cast<app::JournalPage *>(window.currentPage()))
                QTRY_VERIFY(!journal->isLoading() && journal->table()->rowCount() > 0);
            QTest::qWait(50);
            const QString file =
                QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1).arg(window.currentPage()->objectName()));
            QVERIFY(window.grab().save(file));
            QVERIFY(QFileInfo(file).size() > 1000);
        }
        auto *alerts = window.findPage<app::AlertsPage>();
        QTRY_COMPARE(alerts->table()->rowCount(), 1); // the rice is negative at SHELF-A
        QTRY_VERIFY(window.navigation()->item(5)->text().contains(QStringLiteral("(1)")));
    }

    void productSearchKeepsItsWidth_data() { inEachLanguage(); }

    // At 1280 px the filters (category, alerts only, archived) used to share the search's row
    // and squeeze it; the search must keep most of the page's width, in either language.
    void productSearchKeepsItsWidth()
    {
        QFETCH(QString, language);
        Fixture f;
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        app::MainWindow window(*f.context, languages);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *products = window.findPage<app::ProductsPage>();
        window.showPage(window.pageIndexOf(products));
        QCoreApplication::processEvents();
        QVERIFY(products->isVisible());
        const int search = products->searchField()->width();
        QVERIFY2(search * 100 >= products->width() * 60,
                 qPrintable(QStringLiteral("search %1 px of a %2 px page").arg(search).arg(products->width())));
    }

    void mnemonicsAreUniqueOnEachScreen_data() { inEachLanguage(); }

    // Alt+letter must reach one widget only: two labels or buttons with the same underlined letter
    // on one screen (menus included) make the shortcut ambiguous, and then it does nothing.
    void mnemonicsAreUniqueOnEachScreen()
    {
        QFETCH(QString, language);
        Fixture f;
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        app::MainWindow window(*f.context, languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QStringList menuTexts;
        for (QAction *action : window.menuBar()->actions())
            menuTexts << action->text();
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QCoreApplication::processEvents();
            QStringList texts = menuTexts;
            for (auto *button : window.currentPage()->findChildren<QAbstractButton *>())
                if (button->isVisible())
                    texts << button->text();
            for (auto *label : window.currentPage()->findChildren<QLabel *>())
                if (label->isVisible() && label->buddy())
                    texts << label->text();
            QHash<QKeySequence, QString> seen;
            for (const QString &text : std::as_const(texts)) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty())
                    continue;
                QVERIFY2(!seen.contains(key),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\"")
                                        .arg(window.currentPage()->objectName(), seen.value(key), text)));
                seen.insert(key, text);
            }
        }
        languages.setLanguage(QStringLiteral("en"));
    }

    /// A refused movement's row on Sync problems opens its product on the Products screen.
    void problemOpensItsProduct()
    {
        Fixture f;
        core::MovementDraft d;
        d.productId = f.rice.id;
        d.locationId = f.shelfA.id;
        d.quantity = core::Quantity::fromUnits(3);
        const core::Movement m = f.store().recordMovement(d).value();
        core::PushResult refused;
        refused.entity = QStringLiteral("movement");
        refused.entityId = m.id;
        refused.outboxSeq = f.store().pendingOutbox().last().seq;
        refused.status = core::PushResult::Status::Rejected;
        refused.code = QStringLiteral("forbidden");
        refused.message = QStringLiteral("Your role does not allow this.");
        QVERIFY(f.store().recordPushResults({refused}).ok());
        app::LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        app::MainWindow window(*f.context, languages);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(int(window.pageIndexOf(window.problemsPage())));
        auto *problems = window.problemsPage();
        QCOMPARE(problems->table()->rowCount(), 1);
        QVERIFY(!problems->openProductButton()->isEnabled());
        problems->table()->setFocus();
        problems->table()->selectRow(0);
        QVERIFY(problems->openProductButton()->isEnabled());
        QTest::keyClick(problems->table(), Qt::Key_Return);
        auto *products = window.findPage<app::ProductsPage>();
        QTRY_COMPARE(window.currentPage(), static_cast<app::Page *>(products));
        const auto selected = products->selectedProduct();
        QVERIFY(selected.has_value());
        QCOMPARE(selected->id, f.rice.id);
        QVERIFY(products->table()->hasFocus());
    }

    /// The tray message after a sync compares alerts by kind, product and location, not by count:
    /// one alert cleared and another raised is one new alert; an acknowledged one is not new.
    void newAlertsAreComparedByIdentity()
    {
        Fixture f;
        const auto move = [&f](const core::Product &p, core::MovementKind kind, qint64 units) {
            core::MovementDraft d;
            d.productId = p.id;
            d.locationId = f.shelfA.id;
            d.kind = kind;
            d.quantity = core::Quantity::fromUnits(units);
            QVERIFY(f.store().recordMovement(d).ok());
        };
        move(f.coffee, core::MovementKind::Receipt, 1); // low: 1 <= 2
        app::LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        app::MainWindow window(*f.context, languages);
        auto *alerts = window.findPage<app::AlertsPage>();
        QTRY_VERIFY(alerts->hasLoaded());
        QCOMPARE(alerts->alertCount(), 1);
        QSignalSpy appeared(&window, &app::MainWindow::newAlerts);

        // As around a sync: the coffee alert clears, the rice goes negative.
        window.rememberAlertsBeforeSync();
        move(f.coffee, core::MovementKind::Receipt, 10);
        move(f.rice, core::MovementKind::Issue, 1);
        QSignalSpy loaded(alerts, &app::AlertsPage::loaded);
        f.context->notifyChanged();
        window.notifyNewAlerts();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(alerts->alertCount(), 1); // the same count as before
        QCOMPARE(appeared.count(), 1);
        const auto list = appeared.first().first().value<QList<core::Alert>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().productId, f.rice.id);
        QCOMPARE(list.first().kind, core::AlertKind::NegativeStock);

        // Nothing new: no message. An alert acknowledged meanwhile is not new either.
        QTest::qWait(1100); // the first change's recount is over (the page recounts once changes pause)
        window.rememberAlertsBeforeSync();
        move(f.coffee, core::MovementKind::Issue, 9); // coffee low again: 2 <= 2
        QVERIFY(f.store().acknowledgeAlert(f.store().alerts().last()).ok());
        loaded.clear();
        f.context->notifyChanged();
        window.notifyNewAlerts();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(appeared.count(), 1);
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
