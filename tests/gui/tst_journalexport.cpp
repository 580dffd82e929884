// The journal screen: filters, paging, and CSV/XLSX export on a worker thread with progress and cancel.

#include "guitestutil.h"
#include "journalexport.h"
#include "journalpage.h"
#include "uitext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>

#ifdef DEPOT_HAVE_MINIZIP
#include <unzip.h>
#endif

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

    /// Waits until the page shows the answer to its latest request.
    bool idle()
    {
        return QTest::qWaitFor([this] { return !page->isLoading(); }, 30000);
    }

    void chooseKind(core::MovementKind kind)
    {
        page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(core::movementKindToString(kind)));
        emit page->kindCombo()->activated(page->kindCombo()->currentIndex());
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

#ifdef DEPOT_HAVE_MINIZIP
    /// One file of a zip archive (an .xlsx), empty when it is not there.
    static QByteArray zipEntry(const QString &zipPath, const char *entry)
    {
        QByteArray out;
        unzFile zip = unzOpen64(QFile::encodeName(zipPath).constData());
        if (!zip)
            return out;
        if (unzLocateFile(zip, entry, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
            char buffer[16384];
            int n = 0;
            while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
                out.append(buffer, n);
            unzCloseCurrentFile(zip);
        }
        unzClose(zip);
        return out;
    }
#endif

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
        QVERIFY(idle());
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
        // Two clicks before the first page came: both count, the last page is shown.
        page->nextPage();
        QVERIFY(page->isLoading());
        page->nextPage();
        QVERIFY(idle());
        QCOMPARE(page->pageIndex(), 2);
        QCOMPARE(page->table()->rowCount(), 51);
        QCOMPARE(page->table()->item(50, 2)->text(), QStringLiteral("COF-250")); // the oldest movement
        page->nextPage(); // no page 4
        QVERIFY(!page->isLoading());
        QCOMPARE(page->pageIndex(), 2);
        // Back by key: movements 101 to 200, the last 31 rice issues then the first coffee receipts.
        page->previousPage();
        QVERIFY(idle());
        QCOMPARE(page->pageIndex(), 1);
        QCOMPARE(page->table()->rowCount(), app::JournalPage::kPageSize);
        QCOMPARE(page->table()->item(30, 2)->text(), QStringLiteral("RIZ-5"));
        QCOMPARE(page->table()->item(31, 2)->text(), QStringLiteral("COF-250"));
        // The store changes: the page shown is read again in place.
        record(f->rice, core::MovementKind::Issue, 1);
        f->context->notifyChanged();
        QVERIFY(page->isLoading());
        QVERIFY(idle());
        QCOMPARE(page->pageIndex(), 1);
        QCOMPARE(page->table()->item(31, 2)->text(), QStringLiteral("COF-250"));
        page->previousPage();
        QVERIFY(idle());
        QCOMPARE(page->pageIndex(), 0);
        QCOMPARE(page->table()->item(0, 2)->text(), QStringLiteral("RIZ-5")); // the newest issue

        chooseKind(core::MovementKind::Issue);
        QVERIFY(idle());
        QCOMPARE(page->pageIndex(), 0);
        QCOMPARE(page->pageCountShown(), 2);
        QCOMPARE(page->table()->item(0, 2)->text(), QStringLiteral("RIZ-5"));

        page->clearFilters();
        QTest::keyClicks(page->productField(), QStringLiteral("3017620422003"));
        QTest::keyClick(page->productField(), Qt::Key_Return);
        QVERIFY(idle());
        QCOMPARE(page->pageCountShown(), 2); // 121 coffee movements
        QCOMPARE(page->currentFilter()->productId, f->coffee.id);

        page->productField()->setText(QStringLiteral("NOPE"));
        QVERIFY(!page->currentFilter().has_value());
        page->reload();
        QVERIFY(!page->isLoading());
        QCOMPARE(page->table()->rowCount(), 0);

        page->clearFilters();
        page->userField()->setText(QStringLiteral("bob"));
        page->reload();
        QVERIFY(idle());
        QCOMPARE(page->table()->rowCount(), 0);
        page->userField()->setText(QStringLiteral("alice"));
        page->reload();
        QVERIFY(idle());
        QCOMPARE(page->table()->rowCount(), app::JournalPage::kPageSize);

        // Date range: everything happened today.
        page->clearFilters();
        page->fromEdit()->setDate(QDate::currentDate().addDays(1));
        QVERIFY(idle());
        QCOMPARE(page->table()->rowCount(), 0);
        page->fromEdit()->setDate(QDate::currentDate());
        page->toEdit()->setDate(QDate::currentDate()); // the "to" day is included
        QVERIFY(idle());
        QCOMPARE(page->pageCountShown(), 3);
    }

    /// Filters changed faster than the worker reads: only the last one's page is ever shown, even
    /// when an older read ends after it would have.
    void latestFilterWins()
    {
        QStringList shown; // the kind of the first row, at each page shown
        connect(page.get(), &app::JournalPage::loaded, this,
                [&] { shown << (page->table()->rowCount() ? page->table()->item(0, 1)->text() : QString()); });
        page->setQueryHookForTesting([](const core::JournalFilter &filter) {
            if (filter.kind == core::MovementKind::Issue)
                QThread::msleep(400); // the first request is the slow one
        });
        chooseKind(core::MovementKind::Issue);
        QVERIFY(page->isLoading());
        QVERIFY(page->loadingIndicator()->isVisible());
        chooseKind(core::MovementKind::Receipt);
        QVERIFY(idle());
        QVERIFY(!page->loadingIndicator()->isVisible());
        QCOMPARE(shown, QStringList{app::UiText::kindName(core::MovementKind::Receipt)});
        QCOMPARE(page->pageCountShown(), 2); // 120 receipts
        for (int row = 0; row < page->table()->rowCount(); ++row)
            QCOMPARE(page->table()->item(row, 1)->text(), app::UiText::kindName(core::MovementKind::Receipt));
        // Nothing late comes in afterwards either.
        QTest::qWait(600);
        QCOMPARE(shown.size(), 1);

        // A product that does not exist, typed while a read runs: the read's rows never show.
        chooseKind(core::MovementKind::Issue);
        QVERIFY(page->isLoading());
        page->productField()->setText(QStringLiteral("NOPE"));
        page->reload();
        QVERIFY(!page->isLoading());
        QTest::qWait(600);
        QCOMPARE(page->table()->rowCount(), 0);
        QCOMPARE(shown.size(), 1);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("pageLabel"))->text().contains(QStringLiteral("NOPE")));
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
        QVERIFY(idle());
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
        chooseKind(core::MovementKind::Receipt);
        QVERIFY(idle());
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
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
#ifdef DEPOT_HAVE_MINIZIP
        // The cells: texts are inline strings (libxlsxwriter's constant-memory mode; shared strings
        // otherwise), quantities are numbers.
        const QString sheet = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "xl/worksheets/sheet1.xml missing");
        const QString strings = QString::fromUtf8(zipEntry(path, "xl/sharedStrings.xml")) + sheet;
        for (const QString &column : app::JournalExport::columns())
            QVERIFY2(strings.contains(QStringLiteral(">%1<").arg(column)), qPrintable(column));
        for (const char *text : {"COF-250", "Café moulu 250 g", "RIZ-5", "SHELF-A", "LOSS", "RECEIPT", "ISSUE", "alice"})
            QVERIFY2(strings.contains(QStringLiteral(">%1<").arg(QString::fromUtf8(text))), text);
        // A note that a spreadsheet would run as a formula is kept as text, never as a formula.
        QVERIFY(strings.contains(QStringLiteral("=HYPERLINK(&quot;x&quot;), cassé"))
                || strings.contains(QStringLiteral("=HYPERLINK(\"x\"), cassé")));
        QVERIFY(!sheet.contains(QStringLiteral("<f>")));
        // 1 header row + 251 movements; quantities as numbers: the loss -1, issues -2, receipts 1.
        QCOMPARE(sheet.count(QStringLiteral("<row ")), 252);
        QVERIFY2(sheet.contains(QStringLiteral("<c r=\"F2\" s=\"")) || sheet.contains(QStringLiteral("<c r=\"F2\">")),
                 "no F2 cell");
        static const QRegularExpression f2(QStringLiteral("<c r=\"F2\"[^>]*><v>([^<]*)</v>"));
        const auto loss = f2.match(sheet);
        QVERIFY2(loss.hasMatch(), "F2 (the loss's quantity) is not a number cell");
        QCOMPARE(loss.captured(1).toDouble(), -1.0);
        static const QRegularExpression numbers(QStringLiteral("<c r=\"F(\\d+)\"[^>]*><v>([^<]*)</v>"));
        QMap<double, int> quantities;
        for (auto it = numbers.globalMatch(sheet); it.hasNext();)
            ++quantities[it.next().captured(2).toDouble()];
        QCOMPARE(quantities.value(1.0), 120);
        QCOMPARE(quantities.value(-2.0), 130);
        QCOMPARE(quantities.value(-1.0), 1);
#else
        QVERIFY(data.contains("xl/worksheets/sheet1.xml"));
        qWarning("built without minizip: the XLSX cells are not checked");
#endif
    }

    /// A canceled export leaves nothing behind, in either format, even once it has begun writing.
    void canceledExportLeavesNoFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("journal.csv");
        QTest::newRow("xlsx") << QStringLiteral("journal.xlsx");
    }
    void canceledExportLeavesNoFile()
    {
        QFETCH(QString, name);
        {
            // Enough movements for many pages of the export: the cancel lands in the middle.
            core::StoreTransaction transaction(f->store());
            for (int i = 0; i < 20000; ++i)
                record(f->rice, core::MovementKind::Receipt, 1);
            QVERIFY(transaction.commit().ok());
        }
        QTemporaryDir out;
        const QString path = out.filePath(name);
        QSignalSpy finished(page.get(), &app::JournalPage::exportFinished);
        auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelExport"));
        QVERIFY(cancel);
        int canceledAt = -1;
        connect(page->exportProgress(), &QProgressBar::valueChanged, this, [&](int value) {
            if (value > 0 && canceledAt < 0 && cancel->isVisible()) {
                canceledAt = value;
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        page->exportCsv(path);
        QVERIFY(cancel->isVisible());
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY2(canceledAt > 0 && canceledAt < 20251, qPrintable(QString::number(canceledAt)));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Export canceled; no file was written."));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(!page->isExporting());
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
