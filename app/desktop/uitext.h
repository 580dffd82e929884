#pragma once

#include "core/domain.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace depot::app {

/// Translated names and locale-aware formatting shared by every screen.
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(depot::app::UiText)
public:
    static QString kindName(core::MovementKind kind);
    static QString locationTypeName(core::LocationType type);
    static QString alertKindName(core::AlertKind kind);
    /// An amount with the locale's digit grouping and decimal separator, then the currency code.
    static QString money(const core::Money &money);
    /// "12,5" in French, "12.5" in English.
    static QString quantity(core::Quantity quantity);
    /// Accepts a dot or a comma as decimal separator; an error message a clerk understands otherwise.
    static core::Result<core::Quantity> parseQuantity(const QString &text);
    /// The wall-clock part of an HLC, in local time, short locale format with seconds.
    static QString time(core::Hlc hlc);
    static QString dateTime(const QDateTime &when);
};

/// Colours a widget's background green (ok) or red (error) for a moment: feedback a clerk sees
/// from a distance.
void flashWidget(QWidget *widget, bool ok, int msec = 1200);

} // namespace depot::app

class QAbstractButton;
class QKeySequence;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace depot::app {

/// A read-only, row-selecting table as every list screen uses.
QTableWidget *makeTable(QWidget *parent, const QString &objectName, int columns);
/// Clicks `button` on `key` while the button's screen has the focus. (QAbstractButton::setShortcut
/// would be replaced by the Alt+letter mnemonic of the button's text.)
void addButtonShortcut(QAbstractButton *button, const QKeySequence &key);
/// Sizes the columns (all but `stretched`, which takes the rest) to the text of the header and of
/// the first rows. Call it after filling the table: a ResizeToContents header instead re-measures
/// every row after every cell written, which makes filling a table quadratic (a 500-row search
/// result took seconds).
/// With `onlyRow` >= 0, only that row is measured and columns only grow (a row added on top).
void fitColumns(QTableWidget *table, int stretched, int onlyRow = -1);
/// A line that says why the user's role keeps some actions of a screen disabled; hidden while empty.
QLabel *makeRoleNote(QWidget *parent);
void setRoleNote(QLabel *note, const QString &text);
/// A cell; `number` aligns it right.
QTableWidgetItem *makeItem(const QString &text, bool number = false);

} // namespace depot::app
