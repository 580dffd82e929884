// A stock count session: expected quantities frozen at start, counting by scan and by typing,
// differences, and posting as COUNT movements in one transaction (all or nothing).

#include "countpage.h"
#include "guitestutil.h"
#include "soundfeedback.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace depot;
using namespace depot::test;

class TestCountSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> f;
    std::unique_ptr<app::CountPage> page;

    void receive(const core::Product &p, const core::Location &l, qint64 units)
    {
        core::MovementDraft d;
        d.productId = p.id;
        d.locationId = l.id;
        d.kind = core::MovementKind::Receipt;
        d.quantity = core::Quantity::fromUnits(units);
        QVERIFY(f->store().recordMovement(d).ok());
    }

    int rowOf(const QString &sku)
    {
        for (int row = 0; row < page->table()->rowCount(); ++row)
            if (page->table()->item(row, 0)->text() == sku)
                return row;
        return -1;
    }

    void startAt(const core::Location &l)
    {
        page->locationCombo()->setCurrentIndex(page->locationCombo()->findData(l.id));
        QSignalSpy started(page.get(), &app::CountPage::started);
        QVERIFY(page->start());
        QVERIFY(started.wait(30000));
        QCOMPARE(started.first().first().toBool(), true);
        QVERIFY(page->isActive());
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        f = std::make_unique<Fixture>();
        receive(f->coffee, f->shelfA, 10);
        receive(f->rice, f->shelfA, 3);
        receive(f->rice, f->shelfB, 50);
        page = std::make_unique<app::CountPage>(*f->context);
        page->show();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void countByScanAndTypingThenPost()
    {
        startAt(f->shelfA);
        QCOMPARE(page->table()->rowCount(), 2); // only what is stocked at SHELF-A
        const int coffeeRow = rowOf(QStringLiteral("COF-250"));
        QVERIFY(coffeeRow >= 0);
        QCOMPARE(page->table()->item(coffeeRow, 2)->text(), QStringLiteral("10"));

        // Movements after the start do not change what was expected.
        receive(f->coffee, f->shelfA, 1);
        QCOMPARE(page->table()->item(coffeeRow, 2)->text(), QStringLiteral("10"));

        // Each scan counts one; N*CODE counts N.
        scan(page->scanField(), QStringLiteral("3017620422003"));
        scan(page->scanField(), QStringLiteral("3017620422003"));
        scan(page->scanField(), QStringLiteral("5*COF-250"));
        QCOMPARE(page->table()->item(coffeeRow, 3)->text(), QStringLiteral("7"));
        QCOMPARE(page->table()->item(coffeeRow, 4)->text(), QStringLiteral("-3"));

        // Typed in the table, replacing what was there; a decimal comma is fine.
        const int riceRow = rowOf(QStringLiteral("RIZ-5"));
        page->table()->item(riceRow, 3)->setText(QStringLiteral("2,5"));
        QCOMPARE(page->table()->item(riceRow, 4)->text().remove(QLatin1Char(',')).remove(QLatin1Char('.')),
                 QStringLiteral("-05"));
        // Rubbish typed is refused, the previous value stays.
        page->table()->item(riceRow, 3)->setText(QStringLiteral("beaucoup"));
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("beaucoup")));

        // An unknown code is refused with a message, nothing added.
        QVERIFY(!page->processScan(QStringLiteral("0000")));
        QCOMPARE(page->table()->rowCount(), 2);

        const qint64 before = f->store().movementCount();
        QCOMPARE(page->post(), 2);
        QVERIFY(!page->isActive());
        QCOMPARE(f->store().movementCount(), before + 2);
        const auto journal = f->store().journal({});
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(journal.at(i).kind, core::MovementKind::Count);
            QCOMPARE(journal.at(i).locationId, f->shelfA.id);
        }
        QCOMPARE(f->balance(f->coffee, f->shelfA), 7 * kUnit);
        QCOMPARE(f->balance(f->rice, f->shelfA), 2500);
        QCOMPARE(f->balance(f->rice, f->shelfB), 50 * kUnit); // other locations untouched
    }

    void uncountedProductsKeepTheirStockAndFoundOnesAreAdded()
    {
        startAt(f->shelfB);
        QCOMPARE(page->table()->rowCount(), 1);
        scan(page->scanField(), QStringLiteral("4*3017620422003")); // found here, not expected
        QCOMPARE(page->table()->rowCount(), 2);
        const int coffeeRow = rowOf(QStringLiteral("COF-250"));
        QCOMPARE(page->table()->item(coffeeRow, 2)->text(), QStringLiteral("0"));
        // Ctrl+Enter posts, after a confirmation.
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(page->scanField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page->isActive());
        QCOMPARE(f->balance(f->coffee, f->shelfB), 4 * kUnit);
        QCOMPARE(f->balance(f->rice, f->shelfB), 50 * kUnit);
    }

    void postIsAllOrNothing()
    {
        startAt(f->shelfA);
        scan(page->scanField(), QStringLiteral("3017620422003"));
        scan(page->scanField(), QStringLiteral("RIZ-5"));
        // The rice is archived meanwhile: its COUNT is refused, so the coffee's must not stay either.
        QVERIFY(f->store().setProductArchived(f->rice.id, true).ok());
        const qint64 before = f->store().movementCount();
        QCOMPARE(page->post(), -1);
        QCOMPARE(f->store().movementCount(), before);
        QCOMPARE(f->balance(f->coffee, f->shelfA), 10 * kUnit);
        QVERIFY(page->isActive()); // the session is kept so that the clerk can fix and post again
        QVERIFY(f->store().setProductArchived(f->rice.id, false).ok());
        QCOMPARE(page->post(), 2);
        QCOMPARE(f->balance(f->coffee, f->shelfA), 1 * kUnit);
    }

    void sessionSurvivesAClosedWindow()
    {
        startAt(f->shelfA);
        scan(page->scanField(), QStringLiteral("3*3017620422003"));
        const QString saved = QDir(f->dir.path()).filePath(QStringLiteral("count-session.json"));
        QVERIFY(QFile::exists(saved));
        page.reset(); // the window closes (or the computer crashes) in the middle of the count

        page = std::make_unique<app::CountPage>(*f->context);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->isActive());
        QCOMPARE(page->locationCombo()->currentData().toUuid(), f->shelfA.id);
        const int coffeeRow = rowOf(QStringLiteral("COF-250"));
        QCOMPARE(page->table()->item(coffeeRow, 2)->text(), QStringLiteral("10")); // still the frozen value
        QCOMPARE(page->table()->item(coffeeRow, 3)->text(), QStringLiteral("3"));
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(page->post(), 1);
        QCOMPARE(f->balance(f->coffee, f->shelfA), 4 * kUnit);
        QVERIFY(!QFile::exists(saved));
    }

    /// The expected quantities are read on a worker. Meanwhile nothing can be counted: a scan is
    /// refused out loud (message and error sound) and counts nothing, then works once started.
    void scansWhileStartingAreRefused()
    {
        QSignalSpy sounds(&app::SoundFeedback::instance(), &app::SoundFeedback::played);
        QSignalSpy started(page.get(), &app::CountPage::started);
        page->locationCombo()->setCurrentIndex(page->locationCombo()->findData(f->shelfA.id));
        QVERIFY(page->start());
        QVERIFY(page->isStarting());
        QVERIFY(!page->isActive());
        QVERIFY(page->startProgress()->isVisible());
        QVERIFY(page->cancelStartButton()->isVisible());
        QVERIFY(!page->locationCombo()->isEnabled());
        QVERIFY(!page->start()); // once is enough
        // The scanner's keystrokes still land in the scan field, and are answered.
        QVERIFY(page->scanField()->isEnabled());
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("3017620422003")));
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("still being read")));
        QCOMPARE(sounds.size(), 1);
        QCOMPARE(sounds.first().first().value<app::SoundFeedback::Cue>(), app::SoundFeedback::Cue::Error);
        QVERIFY(!page->setCounted(f->coffee.id, core::Quantity::fromUnits(3)));
        QCOMPARE(page->post(), 0);

        QVERIFY(started.wait(30000));
        QCOMPARE(started.first().first().toBool(), true);
        QVERIFY(page->isActive());
        QVERIFY(!page->startProgress()->isVisible());
        QCOMPARE(page->table()->rowCount(), 2);
        const int coffeeRow = rowOf(QStringLiteral("COF-250"));
        QCOMPARE(page->table()->item(coffeeRow, 3)->text(), QString()); // the refused scan counted nothing
        scan(page->scanField(), QStringLiteral("3017620422003"));
        QCOMPARE(page->table()->item(coffeeRow, 3)->text(), QStringLiteral("1"));
        QCOMPARE(sounds.last().first().value<app::SoundFeedback::Cue>(), app::SoundFeedback::Cue::Success);
    }

    void startCanBeCanceled()
    {
        QSignalSpy started(page.get(), &app::CountPage::started);
        page->locationCombo()->setCurrentIndex(page->locationCombo()->findData(f->shelfA.id));
        QVERIFY(page->start());
        QTest::mouseClick(page->cancelStartButton(), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toBool(), false);
        QVERIFY(!page->isStarting());
        QVERIFY(!page->isActive());
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("start"))->isEnabled());
        QVERIFY(!page->startProgress()->isVisible());
        // The read still ends on the worker: its snapshot is dropped, nothing starts by itself.
        QTest::qWait(500);
        QVERIFY(!page->isActive());
        QCOMPARE(started.size(), 1);
        QVERIFY(!QFile::exists(QDir(f->dir.path()).filePath(QStringLiteral("count-session.json"))));
        // And a new start works.
        startAt(f->shelfB);
        QCOMPARE(page->table()->rowCount(), 1);
    }

    void discardPostsNothing()
    {
        startAt(f->shelfA);
        scan(page->scanField(), QStringLiteral("3017620422003"));
        const qint64 before = f->store().movementCount();
        page->discard();
        QVERIFY(!page->isActive());
        QVERIFY(!QFile::exists(QDir(f->dir.path()).filePath(QStringLiteral("count-session.json"))));
        QCOMPARE(f->store().movementCount(), before);
        QCOMPARE(page->post(), 0);
    }
};

QTEST_MAIN(TestCountSession)
#include "tst_countsession.moc"
