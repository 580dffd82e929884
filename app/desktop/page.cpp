#include "page.h"

#include "storecontext.h"

#include <QEvent>

namespace depot::app {

Page::Page(StoreContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    connect(&m_context, &StoreContext::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        m_dirty = false;
        reload();
    }
    focusMainField();
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit titleChanged();
        if (isVisible())
            reload(); // texts computed from data (kinds, types) are translated too
        else
            m_dirty = true;
    }
    QWidget::changeEvent(event);
}

} // namespace depot::app
