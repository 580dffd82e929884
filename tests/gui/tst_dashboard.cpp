// The dashboard screen on a seeded store: the figures it shows match core::Reports and the store,
// the period is chosen from the keyboard, a change of the store refreshes it, Tab walks the lists.
#include "guitestutil.h"

#include "core/reports.h"
#include "dashboard/dashboardpage.h"
#include "uitext.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>

using namespace depot;
using namespace depot::test;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    static core::MovementDraft draft(const core::Product &p, const core::Location &l, core::MovementKind kind,
                                     qint64 units)
    {
        core::MovementDraft d;
        d.productId = p.id;
        d.locationId = l.id;
        d.kind = kind;
        d.quantity = core::Quantity::fromUnits(units);
        return d;
    }

    static bool waitLoaded(app::DashboardPage &page, QSignalSpy &spy, qsizetype count)
    {
        QElapsedTimer t;
        t.start();
        while (spy.size() < count && t.elapsed() < 30000)
            QTest::qWait(10);
        return spy.size() >= count && !page.findChild<QProgressBar *>()->isVisible();
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void figuresMatchTheStore()
    {
        Fixture f;
        auto &s = f.store();
        core::Product coffee = f.coffee;
        coffee.costPrice = core::Money::parse(u"4.20", u"EUR").value();
        QVERIFY(s.updateProduct(coffee).ok());
        core::Product rice = f.rice;
        rice.costPrice = core::Money::parse(u"2500", u"XOF").value();
        rice.reorderPoint = core::Quantity::fromUnits(50);
        QVERIFY(s.updateProduct(rice).ok());
        QVERIFY(s.recordMovement(draft(f.coffee, f.shelfA, core::MovementKind::Receipt, 10)).ok());
        QVERIFY(s.recordMovement(draft(f.coffee, f.shelfA, core::MovementKind::Issue, 9)).ok());  // 1 <= 2: low
        QVERIFY(s.recordMovement(draft(f.rice, f.shelfB, core::MovementKind::Receipt, 40)).ok()); // 40 <= 50: low
        QVERIFY(s.recordMovement(draft(f.rice, f.shelfB, core::MovementKind::Issue, 2)).ok());
        QVERIFY(s.recordMovement(draft(f.rice, f.shelfB, core::MovementKind::Loss, 1)).ok());

        app::DashboardPage page(*f.context);
        QSignalSpy loaded(&page, &app::DashboardPage::loaded);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitLoaded(page, loaded, 1));

        const core::DashboardFigures expected =
            core::Reports(s).dashboard(core::ReportPeriod::Last7Days, QDate::currentDate());
        const core::DashboardFigures &shown = page.figures();
        QCOMPARE(shown.stockValue.size(), 2);
        QCOMPARE(shown.stockValue, expected.stockValue);
        QCOMPARE(shown.stockValue.at(0), core::Money(420, QStringLiteral("EUR")));       // 1 × 4.20
        QCOMPARE(shown.stockValue.at(1), core::Money(37 * 2500, QStringLiteral("XOF"))); // 37 × 2500
        QVERIFY(page.stockValueLabel()->text().contains(app::UiText::money(shown.stockValue.at(0))));
        QVERIFY(page.stockValueLabel()->text().contains(app::UiText::money(shown.stockValue.at(1))));

        QCOMPARE(shown.lowStock.size(), 2);
        QCOMPARE(page.lowStockTable()->rowCount(), 2);
        QStringList skus{page.lowStockTable()->item(0, 0)->text(), page.lowStockTable()->item(1, 0)->text()};
        skus.sort();
        QCOMPARE(skus, (QStringList{QStringLiteral("COF-250"), QStringLiteral("RIZ-5")}));
        QVERIFY(page.lowStockLabel()->text().contains(QLatin1String("2")));

        // Top movers: rice moved 3 times, coffee twice.
        QCOMPARE(page.topMoversTable()->rowCount(), 2);
        QCOMPARE(page.topMoversTable()->item(0, 0)->text(), QStringLiteral("RIZ-5"));
        QCOMPARE(page.topMoversTable()->item(0, 2)->text(), QStringLiteral("3"));
        QCOMPARE(page.topMoversTable()->item(0, 4)->text(), app::UiText::quantity(core::Quantity::fromUnits(3)));

        // The chart: 7 daily bars per set; today has 2 in and 3 out.
        auto *series = qobject_cast<QBarSeries *>(page.chartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 3);
        QCOMPARE(series->barSets().at(0)->count(), 7);
        QCOMPARE(series->barSets().at(0)->at(6), 2.0);
        QCOMPARE(series->barSets().at(1)->at(6), 3.0);
        QCOMPARE(series->barSets().at(0)->at(0), 0.0);
    }

    void keyboardAndRefresh()
    {
        Fixture f;
        app::DashboardPage page(*f.context);
        QSignalSpy loaded(&page, &app::DashboardPage::loaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitLoaded(page, loaded, 1));
        QVERIFY(page.figures().stockValue.isEmpty());
        QCOMPARE(page.periodBox()->currentIndex(), 0);
        QCOMPARE(page.figures().series.size(), 7);

        // The period box has the focus on show; arrow keys change the period, the chart follows.
        QTRY_VERIFY(page.periodBox()->hasFocus());
        QTest::keyClick(page.periodBox(), Qt::Key_Down);
        QVERIFY(waitLoaded(page, loaded, 2));
        QCOMPARE(page.period(), core::ReportPeriod::Last30Days);
        QCOMPARE(page.figures().series.size(), 30);
        QTest::keyClick(page.periodBox(), Qt::Key_End);
        QVERIFY(waitLoaded(page, loaded, 3));
        QCOMPARE(page.period(), core::ReportPeriod::Last12Months);
        QCOMPARE(page.figures().series.size(), 12);
        // Tab goes to the low-stock list, then to the top movers.
        QTest::keyClick(page.periodBox(), Qt::Key_Tab);
        QTRY_VERIFY(page.lowStockTable()->hasFocus());
        QTest::keyClick(page.lowStockTable(), Qt::Key_Tab);
        QTRY_VERIFY(page.topMoversTable()->hasFocus());

        // A movement recorded elsewhere in the app refreshes the figures.
        core::Product coffee = f.coffee;
        coffee.costPrice = core::Money::parse(u"3.00", u"EUR").value();
        QVERIFY(f.store().updateProduct(coffee).ok());
        QVERIFY(f.store().recordMovement(draft(f.coffee, f.shelfA, core::MovementKind::Receipt, 5)).ok());
        const qsizetype before = loaded.size();
        f.context->notifyChanged();
        QVERIFY(waitLoaded(page, loaded, before + 1));
        QCOMPARE(page.figures().stockValue, (QList<core::Money>{core::Money(1500, QStringLiteral("EUR"))}));
        QCOMPARE(page.figures().topMovers.size(), 1);
        QVERIFY(page.stockValueLabel()->text().contains(app::UiText::money(core::Money(1500, QStringLiteral("EUR")))));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
