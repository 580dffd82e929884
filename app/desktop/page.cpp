#include "page.h"

#include "storecontext.h"

#include <QEvent>

namespace depot::app {

Page::Page(StoreContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    connect(&m_context, &StoreContext::changed, this, [this] {
        storeChanged();
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
}

void Page::setPermissions(const Permissions &permissions)
{
    if (permissions == m_permissions)
        return;
    m_permissions = permissions;
    applyPermissions();
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
        applyPermissions(); // the reasons shown are texts too
        emit titleChanged();
        if (isVisible())
            reload(); // texts computed from data (kinds, types) are translated too
        else
            m_dirty = true;
    }
    QWidget::changeEvent(event);
}

} // namespace depot::app
