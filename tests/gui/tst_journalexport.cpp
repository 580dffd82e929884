// The journal screen: filters, paging, and CSV export on a worker thread with progress.

#include "guitestutil.h"
#include "journalexport.h"
#include "journalpage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>

using namespace depot;
using namespace depot::test;

class TestJournalExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> f;
    std::unique_ptr<app::JournalPage> page;

    void record(const core::Product &p, core::MovementKind kind, qint64 units, const QString &note = {})
    {
        core::MovementDraft d;
        d.productId = p.id;
        d.locationId = f->shelfA.id;
        d.kind = kind;
        d.quantity = core::Quantity::fromUnits(units);
        d.note = note;
        QVERIFY(f->store().recordMovement(d).ok());
    }

    QStringList readLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = file.readAll();
        if (!data.startsWith("\xEF\xBB\xBF"))
            return {QStringLiteral("<no BOM>")};
        return QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        f = std::make_unique<Fixture>();
        for (int i = 0; i < 120; ++i)
            record(f->coffee, core::MovementKind::Receipt, 1);
        for (int i = 0; i < 130; ++i)
            record(f->rice, core::MovementKind::Issue, 2);
        record(f->coffee, core::MovementKind::Loss, 1, QStringLiteral("=HYPERLINK(\"x\"), cassé"));
        page = std::make_unique<app::JournalPage>(*f->context);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void pagesAndFilters()
    {
        QCOMPARE(page->table()->rowCount(), app::JournalPage::kPageSize);
        QCOMPARE(page->pageCountShown(), 3);
        page->nextPage();
        page->nextPage();
        QCOMPARE(page->pageIndex(), 2);
        QCOMPARE(page->table()->rowCount(), 51);
        page->nextPage(); // no page 4
        QCOMPARE(page->pageIndex(), 2);

        page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(QStringLiteral("ISSUE")));
        emit page->kindCombo()->activated(page->kindCombo()->currentIndex());
        QCOMPARE(page->pageIndex(), 0);
        QCOMPARE(page->pageCountShown(), 2);
        QCOMPARE(page->table()->item(0, 2)->text(), QStringLiteral("RIZ-5"));

        page->clearFilters();
        QTest::keyClicks(page->productField(), QStringLiteral("3017620422003"));
        QTest::keyClick(page->productField(), Qt::Key_Return);
        QCOMPARE(page->pageCountShown(), 2); // 121 coffee movements
        QCOMPARE(page->currentFilter()->productId, f->coffee.id);

        page->productField()->setText(QStringLiteral("NOPE"));
        QVERIFY(!page->currentFilter().has_value());
        page->reload();
        QCOMPARE(page->table()->rowCount(), 0);

        page->clearFilters();
        page->userField()->setText(QStringLiteral("bob"));
        page->reload();
        QCOMPARE(page->table()->rowCount(), 0);
        page->userField()->setText(QStringLiteral("alice"));
        page->reload();
        QCOMPARE(page->table()->rowCount(), app::JournalPage::kPageSize);

        // Date range: everything happened today.
        page->clearFilters();
        page->fromEdit()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(page->table()->rowCount(), 0);
        page->fromEdit()->setDate(QDate::currentDate());
        page->toEdit()->setDate(QDate::currentDate()); // the "to" day is included
        QCOMPARE(page->pageCountShown(), 3);
    }

    void reverseFromTheJournal()
    {
        // Newest first: the loss of 1 coffee.
        page->table()->selectRow(0);
        const qint64 before = f->store().movementCount();
        const qint64 coffee = f->balance(f->coffee, f->shelfA);
        QVERIFY(page->reverseSelected());
        QCOMPARE(f->store().movementCount(), before + 1);
        QCOMPARE(f->balance(f->coffee, f->shelfA), coffee + kUnit);
        QVERIFY(page->table()->item(0, 1)->text().contains(QStringLiteral("reversal")));
        // A reversal cannot be reversed, nor the same movement twice.
        page->table()->selectRow(0);
        QVERIFY(!page->reverseSelected());
        page->table()->selectRow(1);
        QVERIFY(!page->reverseSelected());
        QCOMPARE(f->store().movementCount(), before + 1);
    }

    void exportsEverythingThatMatchesOnAWorker()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("journal.csv"));
        QSignalSpy finished(page.get(), &app::JournalPage::exportFinished);
        page->exportCsv(path);
        QVERIFY(page->isExporting() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(page->exportProgress()->maximum(), 251);

        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 1 + 251); // header + every movement, not only the page shown
        QCOMPARE(lines.first(), app::JournalExport::columns().join(QLatin1Char(',')));
        // Newest first: the loss with a note that a spreadsheet would run as a formula.
        const QString loss = lines.at(1);
        QVERIFY2(loss.contains(QStringLiteral(",LOSS,COF-250,Café moulu 250 g,SHELF-A,-1,")), qPrintable(loss));
        QVERIFY2(loss.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\"), cassé\"")), qPrintable(loss));
    }

    void exportRespectsFilters()
    {
        page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(QStringLiteral("RECEIPT")));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("receipts.csv"));
        QSignalSpy finished(page.get(), &app::JournalPage::exportFinished);
        page->exportCsv(path);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 1 + 120);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(QStringLiteral(",RECEIPT,")));
    }

    void exportsXlsx()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("journal.XLSX"));
        QCOMPARE(app::JournalExport::formatForPath(path), app::JournalExport::Format::Xlsx);
        QSignalSpy finished(page.get(), &app::JournalPage::exportFinished);
        page->exportCsv(path);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("251")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("PK\x03\x04")); // a zip container
        QVERIFY(data.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void exportFailureIsReported()
    {
        QSignalSpy finished(page.get(), &app::JournalPage::exportFinished);
        page->exportCsv(QStringLiteral("/nonexistent-depot-dir/journal.csv"));
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-depot-dir/journal.csv")));
        page->exportCsv(QStringLiteral("/nonexistent-depot-dir/journal.xlsx"));
        QVERIFY(finished.count() == 2 || finished.wait(60000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
    }

    void csvFieldQuoting()
    {
        using app::JournalExport;
        QCOMPARE(JournalExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(JournalExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(JournalExport::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(JournalExport::csvField(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
        QCOMPARE(JournalExport::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(JournalExport::csvField(QStringLiteral("-3"), false), QStringLiteral("-3")); // a number stays one
    }
};

QTEST_MAIN(TestJournalExport)
#include "tst_journalexport.moc"
