#include "uitext.h"

#include "plaintextdelegate.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace depot::app {

using core::MovementKind;

QString UiText::kindName(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt:
        return tr("Receipt");
    case MovementKind::Issue:
        return tr("Issue");
    case MovementKind::Adjustment:
        return tr("Adjustment");
    case MovementKind::Loss:
        return tr("Loss");
    case MovementKind::Return:
        return tr("Return");
    case MovementKind::TransferOut:
        return tr("Transfer out");
    case MovementKind::TransferIn:
        return tr("Transfer in");
    case MovementKind::Count:
        return tr("Count");
    }
    return {};
}

QString UiText::locationTypeName(core::LocationType type)
{
    switch (type) {
    case core::LocationType::Warehouse:
        return tr("Warehouse");
    case core::LocationType::Shop:
        return tr("Shop");
    case core::LocationType::Zone:
        return tr("Zone");
    }
    return {};
}

QString UiText::alertKindName(core::AlertKind kind)
{
    switch (kind) {
    case core::AlertKind::LowStock:
        return tr("Low stock");
    case core::AlertKind::NegativeStock:
        return tr("Negative stock");
    }
    return {};
}

QString UiText::money(const core::Money &money)
{
    if (money.isNull())
        return {};
    // "17 500 XOF", "1 234,50 EUR" in French; "17,500 XOF" in English.
    const QLocale locale;
    const int decimals = core::Money::decimalsOf(money.currency());
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 minor = money.minorUnits();
    const qint64 whole = (minor < 0 ? -minor : minor) / scale;
    QString text = locale.toString(whole);
    if (decimals > 0)
        text += locale.decimalPoint()
                + QStringLiteral("%1").arg((minor < 0 ? -minor : minor) % scale, decimals, 10, QLatin1Char('0'));
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text + QLatin1Char(' ') + money.currency();
}

QString UiText::quantity(core::Quantity quantity)
{
    QString text = quantity.toString();
    const QString point = QLocale().decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

core::Result<core::Quantity> UiText::parseQuantity(const QString &text)
{
    auto parsed = core::Quantity::parse(QStringView(text).trimmed());
    if (!parsed.ok())
        return core::Error{QStringLiteral("invalid_quantity"),
                           tr("\"%1\" is not a quantity (up to 3 decimals, e.g. 12 or 2,5).").arg(text.trimmed())};
    return parsed;
}

QString UiText::time(core::Hlc hlc)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(hlc.physicalMs()));
}

QString UiText::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void flashWidget(QWidget *widget, bool ok, int msec)
{
    widget->setProperty("flash", ok ? QStringLiteral("ok") : QStringLiteral("error"));
    const QString sheet = ok ? QStringLiteral("background-color:#2e7d32;color:white;")
                             : QStringLiteral("background-color:#c62828;color:white;");
    // Setting a style sheet re-polishes the widget even when it is the same one: not again at each
    // scan of a burst, which all flash the same colour.
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
    // A newer flash restarts the timer: only the last one clears the colour.
    const int generation = widget->property("flashGeneration").toInt() + 1;
    widget->setProperty("flashGeneration", generation);
    QPointer<QWidget> guard(widget);
    QTimer::singleShot(msec, widget, [guard, generation] {
        if (guard && guard->property("flashGeneration").toInt() == generation) {
            guard->setStyleSheet({});
            guard->setProperty("flash", QString());
        }
    });
}

} // namespace depot::app

#include <QAbstractButton>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>

#include <algorithm>

namespace depot::app {

QTableWidget *makeTable(QWidget *parent, const QString &objectName, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(26);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(false); // each screen stretches its name column
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setWordWrap(false);
    table->setItemDelegate(new PlainTextDelegate(table));
    return table;
}

void fitColumns(QTableWidget *table, int stretched, int onlyRow)
{
    constexpr int kRowsMeasured = 60; // about two screens: the rest is seen by scrolling
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics cellMetrics(table->font());
    const QFontMetrics headerMetrics(header->font());
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 16;
    const int first = onlyRow >= 0 ? onlyRow : 0;
    const int end =
        onlyRow >= 0 ? std::min(onlyRow + 1, table->rowCount()) : std::min(table->rowCount(), kRowsMeasured);
    for (int column = 0; column < table->columnCount(); ++column) {
        // Setting a mode, even the same one, schedules a layout of every section: only on change.
        const QHeaderView::ResizeMode mode = column == stretched ? QHeaderView::Stretch : QHeaderView::Interactive;
        if (header->sectionResizeMode(column) != mode)
            header->setSectionResizeMode(column, mode);
        if (column == stretched)
            continue;
        int width = headerMetrics.horizontalAdvance(
            table->horizontalHeaderItem(column) ? table->horizontalHeaderItem(column)->text() : QString());
        for (int row = first; row < end; ++row) {
            if (const QTableWidgetItem *item = table->item(row, column))
                width = std::max(width, cellMetrics.horizontalAdvance(item->text()));
        }
        if (onlyRow < 0 || width + padding > header->sectionSize(column))
            header->resizeSection(column, width + padding);
    }
}

void addButtonShortcut(QAbstractButton *button, const QKeySequence &key)
{
    auto *shortcut = new QShortcut(key, button->parentWidget());
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
}

QLabel *makeRoleNote(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setObjectName(QStringLiteral("roleNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("background:#fff3e0; color:#bf360c; padding:4px 8px;"));
    note->hide();
    return note;
}

void setRoleNote(QLabel *note, const QString &text)
{
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

QTableWidgetItem *makeItem(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace depot::app
