#include "plaintextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStaticText>
#include <QStyle>

namespace depot::app {

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    if (!opt.text.isEmpty()) {
        const QPalette::ColorRole role =
            (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        // Laid out once per text, font and width: a repaint (every scan shifts the quick-entry
        // rows, every keystroke refills the products) mostly draws texts already seen.
        const QString key = QString::number(textRect.width()) + QChar(0x1f) + opt.font.key() + QChar(0x1f) + opt.text;
        QStaticText *line = m_lines.object(key);
        if (!line) {
            QString text = opt.text;
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            line = new QStaticText(opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
            line->setTextFormat(Qt::PlainText);
            line->setPerformanceHint(QStaticText::AggressiveCaching);
            line->prepare(QTransform(), opt.font);
            m_lines.insert(key, line);
        }
        const QSizeF size = line->size();
        const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        qreal x = textRect.left();
        if (alignment & Qt::AlignRight)
            x = textRect.right() + 1 - size.width();
        else if (alignment & Qt::AlignHCenter)
            x = textRect.left() + (textRect.width() - size.width()) / 2;
        qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
        if (alignment & Qt::AlignTop)
            y = textRect.top();
        else if (alignment & Qt::AlignBottom)
            y = textRect.bottom() + 1 - size.height();
        painter->save();
        painter->setClipRect(textRect, Qt::IntersectClip);
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, role));
        painter->drawStaticText(QPointF(x, y), *line);
        painter->restore();
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor =
            opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace depot::app
