#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace depot::app {

/// Paints table cells that hold one line of text (with their foreground, font, alignment and the
/// view's background, selection and focus) as cached QStaticText lines, elided as the view asks.
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

private:
    /// Elided, laid-out lines by width, font and text (a few screens of cells).
    mutable QCache<QString, QStaticText> m_lines{4000};
};

} // namespace depot::app
