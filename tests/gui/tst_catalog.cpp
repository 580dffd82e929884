// Products (search as you type, create, edit, archive), locations and suppliers through their
// dialogs, the stock screen's filters (read on a worker) and the alerts screen.

#include "alertspage.h"
#include "guitestutil.h"
#include "locationspage.h"
#include "productdialog.h"
#include "productspage.h"
#include "stockpage.h"
#include "supplierspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSet>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace depot;
using namespace depot::test;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> f;

    void move(const core::Product &p, const core::Location &l, core::MovementKind kind, qint64 units)
    {
        core::MovementDraft d;
        d.productId = p.id;
        d.locationId = l.id;
        d.kind = kind;
        d.quantity = core::Quantity::fromUnits(units);
        QVERIFY(f->store().recordMovement(d).ok());
    }

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { f = std::make_unique<Fixture>(); }
    void cleanup() { f.reset(); }

    void productsSearchAsYouTypeCreateEditArchive()
    {
        app::ProductsPage page(*f->context);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.table()->rowCount(), 2);

        QTest::keyClicks(page.searchField(), QStringLiteral("caf"));
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("COF-250"));
        page.searchField()->clear();
        QTest::keyClicks(page.searchField(), QStringLiteral("3560070"));
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("RIZ-5"));
        page.searchField()->clear();

        // Ctrl+N opens the form; a SKU already used is refused inside it, then fixed.
        whenModal<app::ProductDialog>([](app::ProductDialog *dialog) {
            dialog->skuEdit()->setText(QStringLiteral("RIZ-5"));
            dialog->nameEdit()->setText(QStringLiteral("Sucre 1 kg"));
            dialog->accept();
            dialog->skuEdit()->setText(QStringLiteral("SUC-1"));
            dialog->barcodesEdit()->setText(QStringLiteral("111 222"));
            dialog->accept();
        });
        QTest::keyClick(page.searchField(), Qt::Key_N, Qt::ControlModifier);
        const auto sugar = f->store().productBySku(QStringLiteral("SUC-1"));
        QVERIFY(sugar.has_value());
        QCOMPARE(sugar->barcodes, (QStringList{QStringLiteral("111"), QStringLiteral("222")}));
        QCOMPARE(page.table()->rowCount(), 3);

        // Edit: select the row, change the name.
        QTest::keyClicks(page.searchField(), QStringLiteral("SUC-1"));
        QCOMPARE(page.table()->rowCount(), 1);
        page.table()->selectRow(0);
        whenModal<app::ProductDialog>([](app::ProductDialog *dialog) {
            dialog->nameEdit()->setText(QStringLiteral("Sucre en poudre 1 kg"));
            dialog->accept();
        });
        page.editSelected();
        QCOMPARE(f->store().productById(sugar->id)->name, QStringLiteral("Sucre en poudre 1 kg"));

        // Archive: gone from the list, back with "show archived", and restorable.
        page.searchField()->clear();
        page.table()->selectRow(0);
        const QString sku = page.selectedProduct()->sku;
        page.toggleArchiveSelected();
        QVERIFY(f->store().productBySku(sku)->archived);
        QCOMPARE(page.table()->rowCount(), 2);
        page.findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(page.table()->rowCount(), 3);
    }

    void locationsAndSuppliersThroughDialogs()
    {
        app::LocationsPage locations(*f->context);
        locations.show();
        QVERIFY(QTest::qWaitForWindowExposed(&locations));
        QCOMPARE(locations.table()->rowCount(), 2);
        QString error;
        whenModal<app::LocationDialog>([&](app::LocationDialog *dialog) {
            dialog->codeEdit()->setText(QStringLiteral("SHELF-A")); // taken
            dialog->nameEdit()->setText(QStringLiteral("Doublon"));
            dialog->accept();
            error = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
            dialog->codeEdit()->setText(QStringLiteral("COLD-1"));
            dialog->nameEdit()->setText(QStringLiteral("Chambre froide"));
            dialog->accept();
        });
        locations.newLocation();
        QVERIFY(!error.isEmpty());
        QVERIFY(f->store().locationByCode(QStringLiteral("COLD-1")).has_value());
        QCOMPARE(locations.table()->rowCount(), 3);

        app::SuppliersPage suppliers(*f->context);
        suppliers.show();
        QVERIFY(QTest::qWaitForWindowExposed(&suppliers));
        whenModal<app::SupplierDialog>([](app::SupplierDialog *dialog) {
            dialog->nameEdit()->setText(QStringLiteral("SODIS"));
            dialog->accept();
        });
        suppliers.newSupplier();
        QCOMPARE(f->store().suppliers().size(), 1);
        QCOMPARE(suppliers.table()->rowCount(), 1);
        suppliers.table()->selectRow(0);
        suppliers.toggleArchiveSelected();
        QCOMPARE(f->store().suppliers().size(), 0);
        QCOMPARE(suppliers.table()->rowCount(), 0);
    }

    void stockFiltersAndAlerts()
    {
        move(f->coffee, f->shelfA, core::MovementKind::Receipt, 10);
        move(f->coffee, f->shelfB, core::MovementKind::Receipt, 1); // at or under the reorder point of 2
        move(f->rice, f->shelfB, core::MovementKind::Issue, 4);     // negative
        app::StockPage stock(*f->context);
        QSignalSpy loaded(&stock, &app::StockPage::loaded);
        stock.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(stock.table()->rowCount(), 3);
        stock.locationCombo()->setCurrentIndex(stock.locationCombo()->findData(f->shelfB.id));
        QCOMPARE(stock.table()->rowCount(), 2);
        stock.locationCombo()->setCurrentIndex(0);
        QTest::keyClicks(stock.filterField(), QStringLiteral("riz"));
        QCOMPARE(stock.table()->rowCount(), 1);
        QCOMPARE(stock.table()->item(0, 3)->text(), QStringLiteral("-4"));
        stock.filterField()->clear();
        stock.findChild<QCheckBox *>(QStringLiteral("alertsOnly"))->setChecked(true);
        QCOMPARE(stock.table()->rowCount(), 2);

        // A movement recorded elsewhere shows after the store says it changed.
        loaded.clear();
        move(f->rice, f->shelfA, core::MovementKind::Receipt, 7);
        f->context->notifyChanged();
        QVERIFY(loaded.wait(10000));
        stock.findChild<QCheckBox *>(QStringLiteral("alertsOnly"))->setChecked(false);
        QCOMPARE(stock.table()->rowCount(), 4);

        app::AlertsPage alerts(*f->context);
        alerts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&alerts));
        QTRY_COMPARE(alerts.table()->rowCount(), 2); // computed on a worker
        QCOMPARE(alerts.title(), QStringLiteral("Alerts (2)"));
        // Hidden, it still follows the store for the count in the navigation list.
        alerts.hide();
        move(f->rice, f->shelfB, core::MovementKind::Receipt, 10);
        f->context->notifyChanged();
        QTRY_COMPARE(alerts.alertCount(), 1);
    }

    /// The products screen filters by category and to the products with a stock alert, with or
    /// without search text, from the keyboard.
    void productsFilters()
    {
        core::Product coffee = f->coffee;
        coffee.category = QStringLiteral("Boissons");
        QVERIFY(f->store().updateProduct(coffee).ok());
        core::Product rice = f->rice;
        rice.category = QStringLiteral("Épicerie");
        QVERIFY(f->store().updateProduct(rice).ok());
        core::Product sugar;
        sugar.sku = QStringLiteral("SUC-1");
        sugar.name = QStringLiteral("Sucre 1 kg");
        sugar.category = QStringLiteral("Épicerie");
        sugar.reorderPoint = core::Quantity::fromUnits(5);
        sugar = f->store().addProduct(sugar).value();
        move(sugar, f->shelfA, core::MovementKind::Receipt, 10); // above its reorder point
        move(f->coffee, f->shelfA, core::MovementKind::Receipt, 1); // low
        move(f->rice, f->shelfB, core::MovementKind::Issue, 1);     // negative
        QCOMPARE(f->store().productIdsWithStockAlerts(), (QSet<QUuid>{f->coffee.id, f->rice.id}));

        app::ProductsPage page(*f->context);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.table()->rowCount(), 3);
        QCOMPARE(page.categoryCombo()->count(), 3); // all, Boissons, Épicerie
        QTest::keyClick(page.searchField(), Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(page.categoryCombo()->hasFocus());
        QTest::keyClick(page.categoryCombo(), Qt::Key_Down);
        QTest::keyClick(page.categoryCombo(), Qt::Key_Down);
        QCOMPARE(page.categoryCombo()->currentText(), QStringLiteral("Épicerie"));
        QCOMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("RIZ-5"));
        QCOMPARE(page.table()->item(1, 0)->text(), QStringLiteral("SUC-1"));

        QTest::keyClick(page.categoryCombo(), Qt::Key_L, Qt::AltModifier); // low or negative stock
        QTRY_VERIFY(page.alertsOnlyBox()->isChecked()); // a mnemonic clicks after a short animation
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("RIZ-5"));

        // With search text: the matches, narrowed by the filters.
        QTest::keyClicks(page.searchField(), QStringLiteral("sucre"));
        QCOMPARE(page.table()->rowCount(), 0);
        page.alertsOnlyBox()->setChecked(false);
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("SUC-1"));
        page.searchField()->clear();
        page.categoryCombo()->setCurrentIndex(0);
        page.alertsOnlyBox()->setChecked(true); // every category: coffee and rice
        QCOMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("COF-250"));
    }

    void productCountFollowsChangesMadeElsewhere()
    {
        // A sync's pull (or another page) changes the store and calls notifyChanged(): the open
        // products page shows the new rows, their count and their categories, not the old count.
        app::ProductsPage page(*f->context);
        page.show();
        const int before = page.table()->rowCount();
        auto *count = page.findChild<QLabel *>(QStringLiteral("count"));
        QVERIFY(count);
        QCOMPARE(count->text(), app::ProductsPage::tr("%n product(s)", nullptr, before));
        for (int i = 0; i < 3; ++i) {
            core::Product p;
            p.sku = QStringLiteral("PULLED-%1").arg(i);
            p.name = QStringLiteral("Pulled %1").arg(i);
            p.category = QStringLiteral("Pulled category");
            QVERIFY(f->store().addProduct(p).ok());
        }
        f->context->notifyChanged();
        QCOMPARE(page.table()->rowCount(), before + 3);
        QCOMPARE(count->text(), app::ProductsPage::tr("%n product(s)", nullptr, before + 3));
        QVERIFY(page.categoryCombo()->findText(QStringLiteral("Pulled category")) >= 0);
    }

    /// Ctrl+K acknowledges the selected alert: hidden (unless "Show acknowledged") and out of the
    /// count until its stock changes; a viewer cannot.
    void alertsAcknowledgedFromTheKeyboard()
    {
        move(f->coffee, f->shelfA, core::MovementKind::Receipt, 2); // at the reorder point of 2
        move(f->rice, f->shelfA, core::MovementKind::Issue, 1);     // negative
        app::AlertsPage alerts(*f->context);
        alerts.show();
        alerts.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&alerts));
        QTRY_COMPARE(alerts.table()->rowCount(), 2);
        QVERIFY(alerts.table()->hasFocus()); // arrows and Ctrl+K work at once
        QCOMPARE(alerts.shownAlerts().at(1).productId, f->coffee.id);
        QTest::keyClick(alerts.table(), Qt::Key_Down);
        QTest::keyClick(alerts.table(), Qt::Key_Down);
        QCOMPARE(alerts.table()->currentRow(), 1);
        QTest::keyClick(alerts.table(), Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(alerts.table()->rowCount(), 1);
        QCOMPARE(alerts.title(), QStringLiteral("Alerts (1)"));
        QCOMPARE(alerts.shownAlerts().at(0).productId, f->rice.id);
        QVERIFY(alerts.table()->selectionModel()->isRowSelected(0, {})); // Ctrl+K again goes on down
        QVERIFY(alerts.findChild<QLabel *>()->text().contains(QStringLiteral("1 acknowledged")));

        alerts.showAcknowledgedBox()->setChecked(true);
        QCOMPARE(alerts.table()->rowCount(), 2);
        QVERIFY(alerts.table()->item(1, 6)->text().startsWith(QStringLiteral("alice, ")));
        alerts.showAcknowledgedBox()->setChecked(false);
        QCOMPARE(alerts.table()->rowCount(), 1);

        // Back when the stock drops further.
        move(f->coffee, f->shelfA, core::MovementKind::Issue, 1);
        f->context->notifyChanged();
        QTRY_COMPARE(alerts.table()->rowCount(), 2);
        QCOMPARE(alerts.title(), QStringLiteral("Alerts (2)"));

        alerts.setPermissions(app::Permissions::forRole(QStringLiteral("viewer")));
        alerts.table()->selectRow(0);
        QVERIFY(!alerts.acknowledgeButton()->isEnabled());
        QTest::keyClick(alerts.table(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!alerts.acknowledgeSelected());
        QCOMPARE(alerts.table()->rowCount(), 2);
    }
};

QTEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
