// The scanner screen: location then products, quantity prefix, kinds by F-key, transfer,
// unknown barcode (create and cancel), undo, and the refusals a clerk must see.

#include "guitestutil.h"
#include "productdialog.h"
#include "quickentrypage.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace depot;
using namespace depot::test;
using Mode = app::QuickEntryPage::Mode;

class TestQuickEntry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> f;
    std::unique_ptr<app::QuickEntryPage> page;

    void showPage()
    {
        page = std::make_unique<app::QuickEntryPage>(*f->context);
        page->show();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        QSettings().clear();
        f = std::make_unique<Fixture>();
        showPage();
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void scanLocationThenProductsRecordsMovements()
    {
        QVERIFY(page->scanField()->hasFocus());
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        QCOMPARE(page->locationId(), f->shelfA.id);
        QCOMPARE(f->store().movementCount(), 0);

        scan(page->scanField(), QStringLiteral("3017620422003"));
        scan(page->scanField(), QStringLiteral("3017620422003"));
        scan(page->scanField(), QStringLiteral("RIZ-5")); // a SKU typed by hand works too
        QCOMPARE(f->store().movementCount(), 3);
        QCOMPARE(f->balance(f->coffee, f->shelfA), 2 * kUnit);
        QCOMPARE(f->balance(f->rice, f->shelfA), 1 * kUnit);
        QCOMPARE(page->recentTable()->rowCount(), 3);
        QVERIFY(page->recentTable()->item(0, 3)->text().contains(QStringLiteral("RIZ-5")));
        QCOMPARE(page->messageLabel()->property("flash").toString(), QStringLiteral("ok"));
        QVERIFY(page->scanField()->text().isEmpty());
        QVERIFY(page->scanField()->hasFocus());

        // F3 switches to ISSUE, from the keyboard, without leaving the scan field.
        QTest::keyClick(page->scanField(), Qt::Key_F3);
        QCOMPARE(page->mode(), Mode::Issue);
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 1 * kUnit);
        const auto last = f->store().journal({}).first();
        QCOMPARE(last.kind, core::MovementKind::Issue);
        QCOMPARE(last.userId, QStringLiteral("alice"));

        // F4 LOSS, F5 RETURN, F8 COUNT; the other location is selected by scanning it.
        scan(page->scanField(), QStringLiteral("SHELF-B"));
        QCOMPARE(page->locationId(), f->shelfB.id);
        QTest::keyClick(page->scanField(), Qt::Key_F5);
        QCOMPARE(page->mode(), Mode::Return);
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfB), 1 * kUnit);
        QTest::keyClick(page->scanField(), Qt::Key_F8);
        QCOMPARE(page->mode(), Mode::Count);
        scan(page->scanField(), QStringLiteral("12*3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfB), 12 * kUnit);
        QCOMPARE(f->store().journal({}).first().kind, core::MovementKind::Count);
    }

    void altLetterChoosesKind()
    {
        QTest::keyClick(page->scanField(), Qt::Key_L, Qt::AltModifier);
        QCOMPARE(page->mode(), Mode::Loss);
        QTest::keyClick(page->scanField(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(page->mode(), Mode::Receipt);
    }

    void quantityPrefixAndField()
    {
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        scan(page->scanField(), QStringLiteral("5*3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 5 * kUnit);
        scan(page->scanField(), QStringLiteral("2,5*RIZ-5")); // French decimal comma
        QCOMPARE(f->balance(f->rice, f->shelfA), 2500);

        page->quantityField()->setText(QStringLiteral("3"));
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 8 * kUnit);
        QCOMPARE(page->quantityField()->text(), QStringLiteral("1")); // back to 1 after each entry

        // Adjustments are signed.
        page->setMode(Mode::Adjustment);
        scan(page->scanField(), QStringLiteral("-3*3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 5 * kUnit);
    }

    /// The quantity field from the keyboard: Alt+Q (its label's mnemonic) or Shift+Tab from the scan
    /// field; Enter there goes back to the scan field, and the next scan records that quantity.
    void quantityFieldFromTheKeyboard()
    {
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        QTest::keyClick(page->scanField(), Qt::Key_Q, Qt::AltModifier);
        QTRY_VERIFY(page->quantityField()->hasFocus());
        page->quantityField()->selectAll();
        QTest::keyClicks(page->quantityField(), QStringLiteral("4"));
        QTest::keyClick(page->quantityField(), Qt::Key_Return);
        QTRY_VERIFY(page->scanField()->hasFocus());
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 4 * kUnit);
        QCOMPARE(page->quantityField()->text(), QStringLiteral("1"));

        QTest::keyClick(page->scanField(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(page->quantityField()->hasFocus());
        page->quantityField()->selectAll();
        QTest::keyClicks(page->quantityField(), QStringLiteral("2,5"));
        QTest::keyClick(page->quantityField(), Qt::Key_Tab);
        QTRY_VERIFY(page->scanField()->hasFocus());
        scan(page->scanField(), QStringLiteral("RIZ-5"));
        QCOMPARE(f->balance(f->rice, f->shelfA), 2500);
    }

    /// F6 chooses the signed adjustment: "-2*CODE" removes 2, the quantity field can be negative.
    void f6AdjustmentIsSigned()
    {
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        scan(page->scanField(), QStringLiteral("10*3017620422003"));
        QTest::keyClick(page->scanField(), Qt::Key_F6);
        QCOMPARE(page->mode(), Mode::Adjustment);
        QVERIFY(page->scanField()->hasFocus());
        scan(page->scanField(), QStringLiteral("-2*3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 8 * kUnit);
        page->quantityField()->setText(QStringLiteral("-3"));
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 5 * kUnit);
        scan(page->scanField(), QStringLiteral("+4*3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), 9 * kUnit);
        const auto last = f->store().journal({}).first();
        QCOMPARE(last.kind, core::MovementKind::Adjustment);
        QCOMPARE(last.quantity.milli(), 4 * kUnit);
        QVERIFY(page->messageLabel()->text().startsWith(QStringLiteral("Adjustment")));
    }

    void refusalsAreShownAndRecordNothing()
    {
        // No location yet.
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->store().movementCount(), 0);
        QCOMPARE(page->messageLabel()->property("flash").toString(), QStringLiteral("error"));
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("location")));

        scan(page->scanField(), QStringLiteral("SHELF-A"));
        page->quantityField()->setText(QStringLiteral("abc"));
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->store().movementCount(), 0);
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("abc")));

        // Zero is refused by the store with its own message.
        scan(page->scanField(), QStringLiteral("0*3017620422003"));
        QCOMPARE(f->store().movementCount(), 0);
        QCOMPARE(page->messageLabel()->property("flash").toString(), QStringLiteral("error"));

        // An archived product cannot move.
        QVERIFY(f->store().setProductArchived(f->rice.id, true).ok());
        scan(page->scanField(), QStringLiteral("2*RIZ-5"));
        QCOMPARE(f->store().movementCount(), 0);
        QCOMPARE(page->recentTable()->rowCount(), 0);
    }

    void transferBetweenScannedLocations()
    {
        QTest::keyClick(page->scanField(), Qt::Key_F7);
        QCOMPARE(page->mode(), Mode::Transfer);
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(f->store().movementCount(), 0); // no destination yet
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        QVERIFY(page->destinationId().isNull()); // the source cannot be the destination
        scan(page->scanField(), QStringLiteral("SHELF-B"));
        QCOMPARE(page->locationId(), f->shelfA.id);
        QCOMPARE(page->destinationId(), f->shelfB.id);
        scan(page->scanField(), QStringLiteral("4*3017620422003"));
        QCOMPARE(f->balance(f->coffee, f->shelfA), -4 * kUnit);
        QCOMPARE(f->balance(f->coffee, f->shelfB), 4 * kUnit);
        QCOMPARE(f->store().movementCount(), 2);

        // Undo reverses both legs.
        QTest::keyClick(page->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f->balance(f->coffee, f->shelfA), 0);
        QCOMPARE(f->balance(f->coffee, f->shelfB), 0);
        QCOMPARE(f->store().movementCount(), 4);
    }

    void unknownBarcodeCreatesProductThenRecords()
    {
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        bool prefilled = false;
        whenModal<app::ProductDialog>([&](app::ProductDialog *dialog) {
            prefilled = dialog->barcodesEdit()->text() == QStringLiteral("9990001112223");
            dialog->skuEdit()->setText(QStringLiteral("HUILE-1L"));
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Huile d'arachide 1 L"));
            dialog->accept();
        });
        scan(page->scanField(), QStringLiteral("3*9990001112223"));
        QVERIFY(prefilled);
        const auto created = f->store().productByBarcode(QStringLiteral("9990001112223"));
        QVERIFY(created.has_value());
        QCOMPARE(created->sku, QStringLiteral("HUILE-1L"));
        QCOMPARE(f->store().balance(created->id, f->shelfA.id).milli(), 3 * kUnit);
        QTRY_COMPARE(page->focusWidget(), page->scanField()); // given back once the window is active again
    }

    void unknownBarcodeCanceledRecordsNothing()
    {
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        whenModal<app::ProductDialog>([](app::ProductDialog *dialog) { dialog->reject(); });
        scan(page->scanField(), QStringLiteral("0000000000000"));
        QCOMPARE(f->store().movementCount(), 0);
        QCOMPARE(f->store().productCount(), 2);
        QCOMPARE(page->messageLabel()->property("flash").toString(), QStringLiteral("error"));
    }

    void productDialogShowsStoreRefusal()
    {
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        QString error;
        bool stayedOpen = false;
        whenModal<app::ProductDialog>([&](app::ProductDialog *dialog) {
            dialog->skuEdit()->setText(QStringLiteral("COF-250")); // taken
            dialog->nameEdit()->setText(QStringLiteral("Doublon"));
            dialog->accept();
            error = dialog->errorLabel()->text();
            stayedOpen = dialog->isVisible(); // stays open so the clerk can fix it
            dialog->reject();
        });
        scan(page->scanField(), QStringLiteral("1234567890123"));
        QVERIFY(!error.isEmpty());
        QVERIFY(stayedOpen);
        QCOMPARE(f->store().productCount(), 2);
        QCOMPARE(f->store().movementCount(), 0);
    }

    void undoReversesLastEntry()
    {
        scan(page->scanField(), QStringLiteral("SHELF-A"));
        scan(page->scanField(), QStringLiteral("5*3017620422003"));
        scan(page->scanField(), QStringLiteral("2*RIZ-5"));
        QTest::keyClick(page->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f->balance(f->rice, f->shelfA), 0);
        QCOMPARE(f->balance(f->coffee, f->shelfA), 5 * kUnit);
        const auto reversal = f->store().journal({}).first();
        QCOMPARE(reversal.kind, core::MovementKind::Receipt);
        QCOMPARE(reversal.quantity.milli(), -2 * kUnit);
        QVERIFY(!reversal.reversesId.isNull());
        QVERIFY(page->recentTable()->item(0, 1)->font().strikeOut());

        QTest::keyClick(page->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f->balance(f->coffee, f->shelfA), 0);
        QVERIFY(!page->undoLast()); // nothing left
        QCOMPARE(page->messageLabel()->property("flash").toString(), QStringLiteral("error"));
        QCOMPARE(f->store().movementCount(), 4); // append-only: 2 entries + 2 reversals
    }

    void locationAndModeAreRemembered()
    {
        scan(page->scanField(), QStringLiteral("SHELF-B"));
        page->setMode(Mode::Issue);
        showPage();
        QCOMPARE(page->locationId(), f->shelfB.id);
        QCOMPARE(page->mode(), Mode::Issue);
    }
};

QTEST_MAIN(TestQuickEntry)
#include "tst_quickentry.moc"
