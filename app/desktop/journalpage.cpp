#include "journalpage.h"

#include "storecontext.h"
#include "uitext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

using core::MovementKind;

namespace {

const QDate kNoDate(2000, 1, 1);

const QList<MovementKind> kKinds = {MovementKind::Receipt,    MovementKind::Issue,  MovementKind::Adjustment,
                                    MovementKind::Loss,       MovementKind::Return, MovementKind::TransferOut,
                                    MovementKind::TransferIn, MovementKind::Count};

QDateEdit *makeDateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setDate(kNoDate); // the minimum shows the special text: no limit
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

JournalPage::JournalPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("journalPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    m_from = makeDateEdit(this, QStringLiteral("from"));
    m_to = makeDateEdit(this, QStringLiteral("to"));
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setClearButtonEnabled(true);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setClearButtonEnabled(true);
    m_clear = new QPushButton(this);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_productLabel = new QLabel(this);
    m_locationLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_productLabel->setBuddy(m_product);
    m_locationLabel->setBuddy(m_location);
    m_kindLabel->setBuddy(m_kind);
    m_userLabel->setBuddy(m_user);
    filters->addWidget(m_fromLabel, 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(m_toLabel, 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(m_productLabel, 0, 4);
    filters->addWidget(m_product, 0, 5);
    filters->addWidget(m_locationLabel, 1, 0);
    filters->addWidget(m_location, 1, 1);
    filters->addWidget(m_kindLabel, 1, 2);
    filters->addWidget(m_kind, 1, 3);
    filters->addWidget(m_userLabel, 1, 4);
    filters->addWidget(m_user, 1, 5);
    filters->addWidget(m_clear, 1, 6);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_table = makeTable(this, QStringLiteral("journal"), 9);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("previous"));
    addButtonShortcut(m_previous, QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    addButtonShortcut(m_next, QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setObjectName(QStringLiteral("journalLoading"));
    m_loadingBar->setRange(0, 0); // busy: a count and a page have no steps to show
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setMaximumWidth(120);
    m_loadingBar->setMaximumHeight(12);
    m_loadingBar->hide();
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->hide();
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_reverse = new QPushButton(this);
    m_reverse->setObjectName(QStringLiteral("reverse"));
    m_reverse->setEnabled(false);
    bottom->addWidget(m_previous);
    bottom->addWidget(m_pageLabel);
    bottom->addWidget(m_next);
    bottom->addWidget(m_loadingBar);
    bottom->addStretch();
    bottom->addWidget(m_reverse);
    bottom->addWidget(m_exportStatus);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_exportButton);
    layout->addLayout(bottom);

    auto refilter = [this] {
        m_requestedPage = 0;
        reload();
    };
    connect(m_from, &QDateEdit::dateChanged, this, refilter);
    connect(m_to, &QDateEdit::dateChanged, this, refilter);
    connect(m_product, &QLineEdit::editingFinished, this, refilter);
    connect(m_user, &QLineEdit::editingFinished, this, refilter);
    connect(m_location, &QComboBox::activated, this, refilter);
    connect(m_kind, &QComboBox::activated, this, refilter);
    connect(m_clear, &QPushButton::clicked, this, &JournalPage::clearFilters);
    connect(m_previous, &QPushButton::clicked, this, &JournalPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &JournalPage::nextPage);
    connect(m_exportButton, &QPushButton::clicked, this, &JournalPage::exportCsvInteractive);
    connect(m_cancel, &QPushButton::clicked, this, &JournalPage::cancelExport);
    connect(m_reverse, &QPushButton::clicked, this, &JournalPage::reverseSelectedInteractive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_reverse->setEnabled(permissions().canRecordMovements() && !rows.isEmpty()
                              && rows.first().row() < m_movements.size()
                              && m_movements.at(rows.first().row()).reversesId.isNull());
    });
    connect(&m_export, &QFutureWatcher<ExportResult>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_export, &QFutureWatcher<ExportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_export, &QFutureWatcher<ExportResult>::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_exportButton->setEnabled(true);
        const ExportResult result = m_export.future().resultCount() > 0 ? m_export.result() : ExportResult{};
        QString message;
        if (result.ok)
            message = tr("%n movement(s) exported to %1.", nullptr, int(result.rows))
                          .arg(QDir::toNativeSeparators(m_exportPath));
        else if (result.canceled || m_export.isCanceled())
            message = tr("Export canceled; no file was written.");
        else
            message = tr("Export failed: %1").arg(result.error);
        m_exportStatus->setText(message);
        emit exportFinished(result.ok, message);
    });
    connect(&m_query, &QFutureWatcher<JournalAnswer>::finished, this, &JournalPage::onQueryFinished);
    retranslateUi();
}

JournalPage::~JournalPage()
{
    m_pending.reset();
    m_query.cancel();
    m_query.waitForFinished();
    m_export.cancel();
    m_export.waitForFinished();
}

QString JournalPage::title() const
{
    return tr("Journal");
}

void JournalPage::retranslateUi()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_productLabel->setText(tr("&Product:"));
    m_locationLabel->setText(tr("&Location:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_userLabel->setText(tr("&User:"));
    m_from->setSpecialValueText(tr("any date"));
    m_to->setSpecialValueText(tr("any date"));
    m_product->setPlaceholderText(tr("SKU or barcode"));
    m_user->setPlaceholderText(tr("any user"));
    m_clear->setText(tr("Clea&r filters"));
    m_previous->setText(tr("◀ Pre&vious"));
    m_next->setText(tr("Ne&xt ▶"));
    m_exportButton->setText(tr("Exp&ort…"));
    m_exportButton->setToolTip(tr("Export every movement that matches the filters to CSV or Excel (XLSX)"));
    m_cancel->setText(tr("Cancel"));
    m_reverse->setText(tr("Rever&se…"));
    m_reverse->setToolTip(
        tr("Cancel the selected movement by recording the opposite one (the journal is never edited)"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("SKU"), tr("Product"), tr("Location"),
                                        tr("Quantity"), tr("User"), tr("Reason / reference"), tr("Sync")});
    const int kindIndex = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (MovementKind kind : kKinds)
        m_kind->addItem(UiText::kindName(kind), core::movementKindToString(kind));
    m_kind->setCurrentIndex(qMax(0, kindIndex));
    reloadLocations();
}

void JournalPage::reloadLocations()
{
    const QUuid current = m_location->currentData().toUuid();
    m_location->clear();
    m_location->addItem(tr("All locations"), QUuid());
    for (const core::Location &l : m_context.store().locations(true))
        m_location->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.id);
    m_location->setCurrentIndex(qMax(0, m_location->findData(current)));
}

std::optional<core::JournalFilter> JournalPage::currentFilter() const
{
    core::JournalFilter filter;
    if (m_from->date() != kNoDate)
        filter.from = QDateTime(m_from->date(), QTime(0, 0));
    if (m_to->date() != kNoDate)
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)); // the "to" day is included
    const QString product = m_product->text().trimmed();
    if (!product.isEmpty()) {
        auto p = m_context.store().productBySku(product);
        if (!p)
            p = m_context.store().productByBarcode(product);
        if (!p)
            return std::nullopt;
        filter.productId = p->id;
    }
    filter.locationId = m_location->currentData().toUuid();
    filter.kind = core::movementKindFromString(m_kind->currentData().toString());
    filter.userId = m_user->text().trimmed();
    filter.limit = kPageSize;
    return filter;
}

int JournalPage::pageCountShown() const
{
    return int(qMax<qint64>(1, (m_total + kPageSize - 1) / kPageSize));
}

void JournalPage::reload()
{
    if (m_location->count() == 0)
        reloadLocations();
    const auto filter = currentFilter();
    m_product->setStyleSheet(filter ? QString() : QStringLiteral("background-color:#ffebee;"));
    if (!filter) {
        // Nothing to read: whatever is being read for the previous filter must not show up.
        ++m_generation;
        m_pending.reset();
        m_query.cancel();
        setLoading(false);
        m_movements.clear();
        m_shownFilter.reset();
        m_reverse->setEnabled(false);
        m_table->setRowCount(0);
        m_total = 0;
        m_page = m_requestedPage = 0;
        m_pageLabel->setText(tr("Unknown product %1").arg(m_product->text().trimmed()));
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_exportButton->setEnabled(false);
        return;
    }
    m_exportButton->setEnabled(!m_export.isRunning());
    // The same selection stays on its page (the store changed); another one starts at the first.
    request(m_requestedFilter.sameSelection(*filter) ? m_requestedPage : 0, *filter);
}

core::JournalFilter JournalPage::pagingFor(int target, const core::JournalFilter &filter) const
{
    core::JournalFilter paged = filter.withoutPaging();
    paged.limit = kPageSize;
    if (target <= 0)
        return paged;
    if (!m_shownFilter || m_movements.isEmpty() || !m_shownFilter->sameSelection(filter)) {
        paged.offset = target * kPageSize;
        return paged;
    }
    if (target == m_page) { // the page shown, read again as it was found
        paged.after = m_shownFilter->after;
        paged.before = m_shownFilter->before;
        paged.offset = m_shownFilter->offset;
    } else if (target > m_page) {
        paged.after = core::JournalKey::of(m_movements.last());
        paged.offset = (target - m_page - 1) * kPageSize;
    } else {
        paged.before = core::JournalKey::of(m_movements.first());
        paged.offset = (m_page - target - 1) * kPageSize;
    }
    return paged;
}

void JournalPage::request(int target, const core::JournalFilter &filter)
{
    Query query;
    query.page = qMax(0, target);
    query.filter = pagingFor(query.page, filter);
    query.generation = ++m_generation;
    m_requestedPage = query.page;
    m_requestedFilter = filter.withoutPaging();
    setLoading(true);
    updatePaging();
    if (m_query.isRunning()) {
        // One read at a time: the one running is told to stop, this one starts when it ends.
        m_pending = query;
        m_query.cancel();
        return;
    }
    startQuery(query);
}

void JournalPage::startQuery(const Query &query)
{
    auto hook = m_queryHook;
    m_query.setFuture(m_context.runOnWorker<JournalAnswer>(
        [query, hook](core::TenantStore &store, QPromise<JournalAnswer> &promise) {
            JournalAnswer answer;
            answer.generation = query.generation;
            answer.page = query.page;
            answer.filter = query.filter;
            if (hook)
                hook(query.filter);
            if (promise.isCanceled())
                return;
            // One read transaction: the count and the page come from the same snapshot.
            QSqlDatabase db = store.database();
            db.transaction();
            const auto endRead = qScopeGuard([&db] { db.rollback(); });
            answer.total = store.journalCount(query.filter);
            if (promise.isCanceled())
                return;
            const QList<core::Movement> movements = store.journal(query.filter);
            QHash<QUuid, QString> locations;
            for (const core::Location &l : store.locations(true))
                locations.insert(l.id, l.code);
            QHash<QUuid, core::Product> products;
            answer.rows.reserve(movements.size());
            for (const core::Movement &m : movements) {
                auto it = products.find(m.productId);
                if (it == products.end())
                    it = products.insert(m.productId, store.productById(m.productId).value_or(core::Product{}));
                answer.rows << JournalRow{m, it->sku, it->name, locations.value(m.locationId)};
            }
            promise.addResult(answer);
        },
        [query](const QString &message) {
            JournalAnswer answer;
            answer.generation = query.generation;
            answer.page = query.page;
            answer.filter = query.filter;
            answer.error = message;
            return answer;
        }));
}

void JournalPage::onQueryFinished()
{
    if (!m_query.isFinished())
        return; // the signal of a future the watcher no longer holds
    if (m_pending) {
        const Query next = *std::exchange(m_pending, std::nullopt);
        startQuery(next);
        return;
    }
    // A canceled read has no answer; an answer to an older request is stale: neither is shown.
    if (m_query.future().resultCount() == 0)
        return;
    const JournalAnswer answer = m_query.result();
    if (answer.generation != m_generation)
        return;
    showAnswer(answer);
}

void JournalPage::showAnswer(const JournalAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        setLoading(false);
        m_pageLabel->setText(tr("The journal could not be read: %1").arg(answer.error));
        return;
    }
    const int lastPage = int(qMax<qint64>(0, answer.total - 1) / kPageSize);
    if (answer.rows.isEmpty() && answer.page > lastPage) {
        // Past the end (a page number beyond the selection): show its last page instead.
        m_shownFilter.reset();
        request(lastPage, m_requestedFilter);
        return;
    }
    setLoading(false);
    m_page = answer.page;
    m_total = answer.total;
    m_shownFilter = answer.filter;
    m_movements.clear();
    m_reverse->setEnabled(false);
    m_table->setRowCount(int(answer.rows.size()));
    for (int row = 0; row < answer.rows.size(); ++row) {
        const JournalRow &r = answer.rows.at(row);
        const core::Movement &m = r.movement;
        m_movements << m;
        QString kind = UiText::kindName(m.kind);
        if (!m.reversesId.isNull())
            kind = tr("%1 (reversal)").arg(kind);
        QStringList notes;
        for (const QString &s : {m.reason, m.reference, m.note})
            if (!s.isEmpty())
                notes << s;
        m_table->setItem(row, 0, makeItem(UiText::time(m.hlc)));
        m_table->setItem(row, 1, makeItem(kind));
        m_table->setItem(row, 2, makeItem(r.sku));
        m_table->setItem(row, 3, makeItem(r.productName));
        m_table->setItem(row, 4, makeItem(r.locationCode));
        auto *quantity = makeItem(UiText::quantity(m.quantity), true);
        if (m.kind != MovementKind::Count && m.quantity.isNegative())
            quantity->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(row, 5, quantity);
        m_table->setItem(row, 6, makeItem(m.userId));
        m_table->setItem(row, 7, makeItem(notes.join(QLatin1String(" · "))));
        m_table->setItem(row, 8, makeItem(m.serverSeq ? tr("Synced") : tr("Waiting")));
    }
    fitColumns(m_table, 3);
    updatePaging();
    emit loaded();
}

void JournalPage::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingBar->setVisible(loading);
}

void JournalPage::updatePaging()
{
    if (!m_loading || m_shownFilter)
        m_pageLabel->setText(tr("Page %1 of %2 — %n movement(s)", nullptr, int(qMin<qint64>(m_total, INT_MAX)))
                                 .arg(m_page + 1)
                                 .arg(pageCountShown()));
    else
        m_pageLabel->setText(tr("Reading the journal…"));
    // Pages may be asked ahead of the one shown (several clicks while it is read).
    m_previous->setEnabled(m_requestedPage > 0);
    m_next->setEnabled(m_requestedPage + 1 < pageCountShown());
}

void JournalPage::nextPage()
{
    if (m_requestedPage + 1 >= pageCountShown())
        return;
    if (const auto filter = currentFilter())
        request(m_requestedPage + 1, *filter);
}

void JournalPage::previousPage()
{
    if (m_requestedPage <= 0)
        return;
    if (const auto filter = currentFilter())
        request(m_requestedPage - 1, *filter);
}

void JournalPage::clearFilters()
{
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
    }
    m_product->clear();
    m_user->clear();
    m_location->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_requestedPage = 0;
    reload();
}

void JournalPage::exportCsvInteractive()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("journal-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString csv = tr("CSV files (*.csv)");
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    QString chosen = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"), suggested,
                                                csv + QStringLiteral(";;") + xlsx, &chosen);
    if (path.isEmpty())
        return;
    // The format follows the name; a name without extension takes the chosen type's.
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    exportCsv(path);
}

void JournalPage::exportCsv(const QString &path)
{
    if (m_export.isRunning())
        return;
    const auto filter = currentFilter();
    if (!filter) {
        const QString message = tr("Unknown product %1").arg(m_product->text().trimmed());
        m_exportStatus->setText(message);
        emit exportFinished(false, message);
        return;
    }
    m_exportPath = path;
    m_exportStatus->setText(tr("Exporting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_exportButton->setEnabled(false);
    m_export.setFuture(JournalExport::exportFile(m_context, *filter, path, JournalExport::formatForPath(path)));
}

void JournalPage::applyPermissions()
{
    if (!permissions().canRecordMovements())
        m_reverse->setEnabled(false);
    m_reverse->setToolTip(permissions().canRecordMovements() ? tr("Cancel the selected movement by recording the "
                                                                  "opposite one (the journal is never edited)")
                                                             : permissions().movementRefusal());
}

bool JournalPage::reverseSelected()
{
    if (!permissions().canRecordMovements()) {
        m_exportStatus->setText(permissions().movementRefusal());
        return false;
    }
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_movements.size())
        return false;
    const core::Movement &m = m_movements.at(rows.first().row());
    auto reversed = m_context.store().reverseMovement(m.id, tr("Reversed from the journal"));
    if (!reversed.ok()) {
        m_exportStatus->setText(reversed.error().message);
        return false;
    }
    m_exportStatus->setText(tr("Movement reversed."));
    m_context.notifyChanged(); // every page reloads, this one too (or when shown next)
    return true;
}

void JournalPage::reverseSelectedInteractive()
{
    if (QMessageBox::question(this, title(),
                              tr("Reverse the selected movement? An opposite movement is recorded; the original stays "
                                 "in the journal."))
        != QMessageBox::Yes)
        return;
    if (!reverseSelected())
        QMessageBox::warning(this, title(), m_exportStatus->text());
}

void JournalPage::cancelExport()
{
    m_export.cancel();
}

} // namespace depot::app
