#include "dashboardpage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace depot::app {

namespace {

QLabel *figureLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFrame *card(QWidget *parent, QLabel *title, QLabel *figure)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    title->setStyleSheet(QStringLiteral("color: #546e7a;"));
    layout->addWidget(title);
    layout->addWidget(figure);
    layout->addStretch(1);
    return frame;
}

} // namespace

DashboardPage::DashboardPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_periodLabel->setBuddy(m_period);
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString());
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addStretch(1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    bar->addWidget(m_busy);
    layout->addLayout(bar);

    auto *cards = new QHBoxLayout;
    m_valueTitle = new QLabel(this);
    m_value = figureLabel(this, QStringLiteral("stockValue"));
    m_value->setWordWrap(true);
    m_lowTitle = new QLabel(this);
    m_lowCount = figureLabel(this, QStringLiteral("lowStockCount"));
    m_lowCount->setWordWrap(true);
    cards->addWidget(card(this, m_valueTitle, m_value), 2);
    cards->addWidget(card(this, m_lowTitle, m_lowCount), 1);
    layout->addLayout(cards);

    m_chartTitle = new QLabel(this);
    layout->addWidget(m_chartTitle);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("movementsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_chartView, 2);

    auto *lists = new QGridLayout;
    m_lowListTitle = new QLabel(this);
    m_lowTable = makeTable(this, QStringLiteral("lowStock"), 5);
    m_lowTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lowTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lowListTitle->setBuddy(m_lowTable);
    m_moversTitle = new QLabel(this);
    m_movers = makeTable(this, QStringLiteral("topMovers"), 5);
    m_movers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_movers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_moversTitle->setBuddy(m_movers);
    lists->addWidget(m_lowListTitle, 0, 0);
    lists->addWidget(m_lowTable, 1, 0);
    lists->addWidget(m_moversTitle, 0, 1);
    lists->addWidget(m_movers, 1, 1);
    layout->addLayout(lists, 2);
    // Tab leaves a list (arrows move inside it), so the whole screen is reachable from the keyboard.
    m_lowTable->setTabKeyNavigation(false);
    m_movers->setTabKeyNavigation(false);
    setTabOrder(m_period, m_lowTable);
    setTabOrder(m_lowTable, m_movers);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { compute(); });
    connect(&m_watcher, &QFutureWatcher<core::DashboardFigures>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            showFigures(m_watcher.result());
        if (m_again) {
            m_again = false;
            compute();
            return;
        }
        m_busy->hide();
        emit loaded();
    });
    retranslateUi();
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

core::ReportPeriod DashboardPage::period() const
{
    return core::ReportPeriod(qBound(0, m_period->currentIndex(), 3));
}

void DashboardPage::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_period->setItemText(0, tr("Last 7 days"));
    m_period->setItemText(1, tr("Last 30 days"));
    m_period->setItemText(2, tr("Last 90 days (by week)"));
    m_period->setItemText(3, tr("Last 12 months (by month)"));
    m_valueTitle->setText(tr("Stock value (quantity in stock × cost price)"));
    m_lowTitle->setText(tr("Low stock"));
    m_chartTitle->setText(tr("Movements over the period"));
    m_lowListTitle->setText(tr("&Low stock items"));
    m_moversTitle->setText(tr("&Top movers in the period"));
    m_lowTable->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Location"), tr("Quantity"), tr("Reorder point")});
    m_movers->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Movements"), tr("In"), tr("Out")});
}

void DashboardPage::focusMainField()
{
    m_period->setFocus();
}

void DashboardPage::reload()
{
    compute();
}

void DashboardPage::compute()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_busy->show();
    const core::ReportPeriod chosen = period();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_watcher.setFuture(m_context.runOnWorker<core::DashboardFigures>(
        [chosen, today](core::TenantStore &store, QPromise<core::DashboardFigures> &promise) {
            promise.addResult(core::Reports(store).dashboard(chosen, today));
        },
        [](const QString &) { return core::DashboardFigures(); }));
}

void DashboardPage::showFigures(const core::DashboardFigures &f)
{
    m_figures = f;
    QStringList values;
    for (const core::Money &m : f.stockValue)
        values << UiText::money(m);
    // The figure large, what qualifies it under it in the normal size.
    const auto figure = [](const QString &main, const QString &note) {
        QString html = QStringLiteral("<span style=\"font-size:16pt; font-weight:600;\">%1</span>").arg(main);
        if (!note.isEmpty())
            html += QStringLiteral("<br>%1").arg(note.toHtmlEscaped());
        return html;
    };
    m_value->setText(figure(
        values.isEmpty() ? tr("No stock with a cost price").toHtmlEscaped() : values.join(QStringLiteral("<br>")),
        f.unvaluedLines > 0
            ? tr("%n line(s) in stock have no cost price and are not counted.", nullptr, f.unvaluedLines)
            : QString()));
    m_lowCount->setText(
        figure(tr("%n item(s) at or under the reorder point", nullptr, int(f.lowStock.size())).toHtmlEscaped(),
               f.negativeLines > 0 ? tr("%n line(s) with negative stock", nullptr, f.negativeLines) : QString()));

    m_lowTable->setRowCount(int(f.lowStock.size()));
    for (int row = 0; row < f.lowStock.size(); ++row) {
        const core::Alert &a = f.lowStock.at(row);
        m_lowTable->setItem(row, 0, makeItem(a.sku));
        m_lowTable->setItem(row, 1, makeItem(a.productName));
        m_lowTable->setItem(row, 2, makeItem(a.locationId.isNull() ? tr("(nowhere)") : a.locationCode));
        m_lowTable->setItem(row, 3, makeItem(UiText::quantity(a.quantity), true));
        m_lowTable->setItem(row, 4, makeItem(a.reorderPoint ? UiText::quantity(*a.reorderPoint) : QString(), true));
    }
    m_movers->setRowCount(int(f.topMovers.size()));
    for (int row = 0; row < f.topMovers.size(); ++row) {
        const core::TopMover &t = f.topMovers.at(row);
        m_movers->setItem(row, 0, makeItem(t.sku));
        m_movers->setItem(row, 1, makeItem(t.name));
        m_movers->setItem(row, 2, makeItem(QLocale().toString(t.movements), true));
        m_movers->setItem(row, 3, makeItem(UiText::quantity(t.inQuantity), true));
        m_movers->setItem(row, 4, makeItem(UiText::quantity(t.outQuantity), true));
    }
    showChart();
}

void DashboardPage::showChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *in = new QBarSet(tr("Stock in (movements)"));
    auto *out = new QBarSet(tr("Stock out (movements)"));
    auto *other = new QBarSet(tr("Transfers and counts"));
    in->setColor(QColor(0x43, 0xa0, 0x47));
    out->setColor(QColor(0xe5, 0x39, 0x35));
    other->setColor(QColor(0x90, 0xa4, 0xae));
    QStringList categories;
    const QLocale locale;
    const bool monthly = period() == core::ReportPeriod::Last12Months;
    int highest = 0;
    for (const core::MovementBucket &b : m_figures.series) {
        *in << b.inCount;
        *out << b.outCount;
        *other << b.otherCount;
        highest = qMax(highest, qMax(b.inCount, qMax(b.outCount, b.otherCount)));
        categories << locale.toString(b.start, monthly ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
    }
    auto *series = new QBarSeries;
    series->append(in);
    series->append(out);
    series->append(other);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -60 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax(4, highest + 1));
    y->setTickCount(5);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace depot::app
