#pragma once

#include <QStyledItemDelegate>

namespace depot::app {

/// Paints table cells that hold one line of text (with their foreground, font, alignment and the
/// view's background, selection and focus) straight with QPainter::drawText, elided on the right.
///
/// QStyledItemDelegate lays every cell out through QTextLayout and the style's item geometry,
/// which is most of the cost of repainting a screen of rows: the quick-entry table repaints at
/// every scan and the products table at every keystroke of a search. Cells with an icon or a
/// check box are left to QStyledItemDelegate.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace depot::app
