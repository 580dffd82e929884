#include "problemspage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

ProblemsPage::ProblemsPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("problemsPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_openProduct = new QPushButton(this);
    m_openProduct->setObjectName(QStringLiteral("openProduct"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_openProduct);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = makeTable(this, QStringLiteral("problems"), 5);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("problemsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_retry, &QPushButton::clicked, this, &ProblemsPage::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &ProblemsPage::discardSelected);
    connect(m_openProduct, &QPushButton::clicked, this, &ProblemsPage::openSelectedProduct);
    connect(m_table, &QTableWidget::itemActivated, this, &ProblemsPage::openSelectedProduct);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProblemsPage::updateButtons);
    // The count (navigation list, status bar) is needed before the page is ever opened.
    connect(&m_context, &StoreContext::changed, this, [this] {
        if (!isVisible())
            reload();
    });
    retranslateUi();
    reload();
}

QString ProblemsPage::title() const
{
    return m_rejections.isEmpty() ? tr("Sync problems") : tr("Sync problems (%1)").arg(m_rejections.size());
}

void ProblemsPage::retranslateUi()
{
    m_retry->setText(tr("&Retry after fixing"));
    m_discard->setText(tr("D&iscard"));
    m_openProduct->setText(tr("&Open the product"));
    m_openProduct->setToolTip(tr("Show the product of the selected item on the Products screen (Enter)"));
    m_table->setHorizontalHeaderLabels({tr("Refused at"), tr("Kind"), tr("Item"), tr("Code"), tr("Reason")});
}

void ProblemsPage::focusMainField()
{
    m_table->setFocus();
}

QString ProblemsPage::describe(const core::SyncRejection &r) const
{
    const core::TenantStore &store = m_context.store();
    if (r.entity == u"movement") {
        if (const auto m = store.movementById(r.entityId)) {
            const auto p = store.productById(m->productId);
            const auto l = store.locationById(m->locationId);
            return QStringLiteral("%1 %2 × %3 @ %4")
                .arg(UiText::kindName(m->kind), UiText::quantity(m->quantity), p ? p->sku : QStringLiteral("?"),
                     l ? l->code : QStringLiteral("?"));
        }
    } else if (r.entity == u"product") {
        if (const auto p = store.productById(r.entityId))
            return QStringLiteral("%1 — %2").arg(p->sku, p->name);
    } else if (r.entity == u"location") {
        if (const auto l = store.locationById(r.entityId))
            return QStringLiteral("%1 — %2").arg(l->code, l->name);
    } else if (r.entity == u"supplier") {
        if (const auto s = store.supplierById(r.entityId))
            return s->name;
    }
    return r.entityId.toString(QUuid::WithoutBraces);
}

void ProblemsPage::reload()
{
    const int before = int(m_rejections.size());
    m_rejections = m_context.store().rejections();
    m_table->setRowCount(int(m_rejections.size()));
    for (int row = 0; row < m_rejections.size(); ++row) {
        const core::SyncRejection &r = m_rejections.at(row);
        auto *when = makeItem(UiText::dateTime(r.rejectedAt));
        when->setData(Qt::UserRole, r.entityId);
        m_table->setItem(row, 0, when);
        const QString kind = r.entity == u"movement"   ? tr("Movement")
                             : r.entity == u"product"  ? tr("Product")
                             : r.entity == u"location" ? tr("Location")
                             : r.entity == u"supplier" ? tr("Supplier")
                                                       : r.entity;
        m_table->setItem(row, 1, makeItem(kind));
        m_table->setItem(row, 2, makeItem(describe(r)));
        m_table->setItem(row, 3, makeItem(r.code));
        m_table->setItem(row, 4, makeItem(r.message));
    }
    m_summary->setText(m_rejections.isEmpty()
                           ? tr("No sync problem: the server accepted everything this computer sent.")
                           : tr("The server refused %n item(s). They do not count in the stock meanwhile. Fix the "
                                "cause (ask an administrator for the permission, create what is missing), then "
                                "retry; or discard what was a mistake.",
                                nullptr, int(m_rejections.size())));
    updateButtons();
    if (before != m_rejections.size())
        emit titleChanged();
}

QList<QUuid> ProblemsPage::selectedIds() const
{
    QSet<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    QList<QUuid> ids;
    for (int row : rows)
        if (auto *item = m_table->item(row, 0))
            ids << item->data(Qt::UserRole).toUuid();
    return ids;
}

void ProblemsPage::updateButtons()
{
    const bool any = !selectedIds().isEmpty();
    m_retry->setEnabled(any);
    m_discard->setEnabled(any);
    m_openProduct->setEnabled(!currentProductId().isNull());
}

QUuid ProblemsPage::currentProductId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 || row >= m_rejections.size())
        return {};
    const core::SyncRejection &r = m_rejections.at(row);
    if (r.entity == u"product")
        return m_context.store().productById(r.entityId) ? r.entityId : QUuid();
    if (r.entity == u"movement") {
        if (const auto m = m_context.store().movementById(r.entityId))
            return m->productId;
    }
    return {};
}

void ProblemsPage::openSelectedProduct()
{
    const QUuid product = currentProductId();
    if (product.isNull()) {
        m_message->setText(tr("The selected item is not about a product."));
        return;
    }
    emit openProductRequested(product);
}

void ProblemsPage::retrySelected()
{
    const QList<QUuid> ids = selectedIds();
    QStringList errors;
    for (const QUuid &id : ids)
        if (auto r = m_context.store().retryRejected(id); !r.ok())
            errors << r.error().message;
    m_message->setText(
        errors.isEmpty() ? tr("%n item(s) queued again: they will be sent at the next sync.", nullptr, int(ids.size()))
                         : errors.join(u'\n'));
    m_context.notifyChanged();
}

void ProblemsPage::discardSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard"),
                    tr("Discard %n refused item(s)? They stay in the journal for the record, but never count in the "
                       "stock and are never sent again.",
                       nullptr, int(ids.size())),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardConfirmation"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const QUuid &id : ids)
        if (auto r = m_context.store().discardRejected(id); !r.ok())
            errors << r.error().message;
    m_message->setText(errors.isEmpty() ? tr("%n item(s) discarded.", nullptr, int(ids.size())) : errors.join(u'\n'));
    m_context.notifyChanged();
}

} // namespace depot::app
