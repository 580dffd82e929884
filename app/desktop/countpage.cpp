#include "countpage.h"

#include "soundfeedback.h"
#include "storecontext.h"
#include "uitext.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace depot::app {

namespace {
enum Column {
    SkuColumn,
    NameColumn,
    ExpectedColumn,
    CountedColumn,
    DifferenceColumn,
    ColumnCount
};
} // namespace

CountPage::CountPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("countPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_locationLabel = new QLabel(this);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setMinimumContentsLength(24);
    m_locationLabel->setBuddy(m_location);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("startProgress"));
    m_progress->setRange(0, 0); // busy: one read of the location's balances
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancelStart = new QPushButton(this);
    m_cancelStart->setObjectName(QStringLiteral("cancelStart"));
    m_cancelStart->hide();
    top->addWidget(m_locationLabel);
    top->addWidget(m_location, 1);
    top->addWidget(m_start);
    top->addWidget(m_progress);
    top->addWidget(m_cancelStart);
    layout->addLayout(top);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_roleNote = makeRoleNote(this);
    layout->addWidget(m_roleNote);

    m_scanLabel = new QLabel(this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scan"));
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_scan->setFont(big);
    m_scanLabel->setBuddy(m_scan);
    layout->addWidget(m_scanLabel);
    layout->addWidget(m_scan);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setMargin(4);
    m_message->setMinimumHeight(30);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    layout->addWidget(m_message);

    m_table = makeTable(this, QStringLiteral("countLines"), ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_post = new QPushButton(this);
    m_post->setObjectName(QStringLiteral("post"));
    addButtonShortcut(m_post, QKeySequence(Qt::CTRL | Qt::Key_Return));
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_discard);
    bottom->addWidget(m_post);
    layout->addLayout(bottom);

    connect(m_start, &QPushButton::clicked, this, &CountPage::start);
    connect(m_cancelStart, &QPushButton::clicked, this, &CountPage::cancelStart);
    connect(&m_snapshot, &QFutureWatcher<Snapshot>::finished, this, &CountPage::onSnapshotRead);
    connect(m_post, &QPushButton::clicked, this, &CountPage::postInteractive);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, title(), tr("Discard this count? Nothing will be posted.")) == QMessageBox::Yes)
            discard();
    });
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scan->text();
        m_scan->clear();
        processScan(text);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &CountPage::onItemChanged);
    retranslateUi();
    restoreSession();
    updateState();
}

CountPage::~CountPage()
{
    m_snapshot.cancel();
    m_snapshot.waitForFinished();
}

void CountPage::applyPermissions()
{
    const QString why = permissions().movementRefusal();
    setRoleNote(m_roleNote, why);
    m_start->setToolTip(why);
    m_post->setToolTip(why);
    updateState();
}

QString CountPage::sessionPath() const
{
    return QFileInfo(m_context.path()).absoluteDir().filePath(QStringLiteral("count-session.json"));
}

void CountPage::saveSession()
{
    if (!isActive())
        return;
    QJsonArray lines;
    for (const Line &line : std::as_const(m_lines)) {
        QJsonObject o{{QStringLiteral("product"), line.productId.toString(QUuid::WithoutBraces)},
                      {QStringLiteral("sku"), line.sku},
                      {QStringLiteral("name"), line.name},
                      {QStringLiteral("expected"), QString::number(line.expected.milli())}};
        if (line.counted)
            o.insert(QStringLiteral("counted"), QString::number(line.counted->milli()));
        lines.append(o);
    }
    const QJsonObject session{{QStringLiteral("location"), m_locationId.toString(QUuid::WithoutBraces)},
                              {QStringLiteral("started"), m_startedAt.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("lines"), lines}};
    QSaveFile file(sessionPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(session).toJson()) < 0 || !file.commit())
        feedback(false, tr("The count could not be saved to %1: %2")
                            .arg(QDir::toNativeSeparators(sessionPath()), file.errorString()));
}

void CountPage::restoreSession()
{
    QFile file(sessionPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject session = QJsonDocument::fromJson(file.readAll()).object();
    const QUuid location = QUuid::fromString(session.value(QStringLiteral("location")).toString());
    if (location.isNull() || !m_context.store().locationById(location)) {
        feedback(false, tr("A saved count could not be read and was ignored."));
        return;
    }
    m_locationId = location;
    m_startedAt = QDateTime::fromString(session.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    m_lines.clear();
    for (const QJsonValue &value : session.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = value.toObject();
        Line line;
        line.productId = QUuid::fromString(o.value(QStringLiteral("product")).toString());
        line.sku = o.value(QStringLiteral("sku")).toString();
        line.name = o.value(QStringLiteral("name")).toString();
        line.expected = core::Quantity::fromMilli(o.value(QStringLiteral("expected")).toString().toLongLong());
        if (o.contains(QStringLiteral("counted")))
            line.counted = core::Quantity::fromMilli(o.value(QStringLiteral("counted")).toString().toLongLong());
        if (!line.productId.isNull())
            m_lines << line;
    }
    refreshTable();
    feedback(true, tr("The count started on %1 was restored: carry on.").arg(UiText::dateTime(m_startedAt)));
}

void CountPage::removeSession()
{
    QFile::remove(sessionPath());
}

QString CountPage::title() const
{
    return tr("Stock count");
}

void CountPage::retranslateUi()
{
    m_locationLabel->setText(tr("L&ocation to count:"));
    m_start->setText(tr("&Start count"));
    m_scanLabel->setText(tr("S&can each item (or N*CODE), or type the counted quantity in the table:"));
    m_post->setText(tr("&Post count (Ctrl+Enter)"));
    m_cancelStart->setText(tr("Cancel"));
    m_cancelStart->setToolTip(tr("Stop reading the expected quantities; no count is started"));
    m_discard->setText(tr("Disc&ard"));
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Expected"), tr("Counted"), tr("Difference")});
    updateState();
}

void CountPage::focusMainField()
{
    if (isActive())
        m_scan->setFocus();
    else
        m_location->setFocus();
}

void CountPage::reload()
{
    const QUuid current = m_location->currentData().toUuid();
    m_location->clear();
    for (const core::Location &l : m_context.store().locations())
        m_location->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.id);
    const QUuid kept = isActive() ? m_locationId : (isStarting() ? m_startingLocationId : current);
    m_location->setCurrentIndex(qMax(0, m_location->findData(kept)));
    updateState();
}

void CountPage::updateState()
{
    const bool active = isActive();
    const bool starting = isStarting();
    m_location->setEnabled(!active && !starting);
    const bool record = permissions().canRecordMovements();
    m_start->setEnabled(record && !active && !starting && m_location->count() > 0);
    m_progress->setVisible(starting);
    m_cancelStart->setVisible(starting);
    // Enabled while starting too: a scanner's keystrokes land here and get a clear refusal
    // instead of going to whatever widget has the focus.
    m_scan->setEnabled(active || starting);
    m_table->setEnabled(active);
    m_discard->setEnabled(active);
    int counted = 0;
    int differences = 0;
    for (const Line &line : std::as_const(m_lines)) {
        if (line.counted) {
            ++counted;
            if (*line.counted != line.expected)
                ++differences;
        }
    }
    m_post->setEnabled(record && active && counted > 0);
    if (active) {
        const auto location = m_context.store().locationById(m_locationId);
        m_state->setText(tr("Counting %1 since %2. Expected quantities are the stock when the count started.")
                             .arg(location ? location->code : QString(), UiText::dateTime(m_startedAt)));
        m_summary->setText(tr("%1 of %2 products counted, %3 with a difference. Products not counted keep "
                              "their stock.")
                               .arg(counted)
                               .arg(m_lines.size())
                               .arg(differences));
    } else if (starting) {
        const auto location = m_context.store().locationById(m_startingLocationId);
        m_state->setText(tr("Reading the stock of %1 to freeze the expected quantities…")
                             .arg(location ? location->code : QString()));
        m_summary->clear();
    } else {
        m_state->setText(m_location->count() > 0 ? tr("Choose a location and start a count.")
                                                 : tr("Create a location first (Locations screen)."));
        m_summary->clear();
    }
}

bool CountPage::start()
{
    if (isActive() || isStarting() || !permissions().canRecordMovements())
        return false;
    const QUuid location = m_location->currentData().toUuid();
    if (location.isNull())
        return false;
    m_startingLocationId = location;
    m_startedAt = QDateTime::currentDateTime();
    m_snapshot.setFuture(m_context.runOnWorker<Snapshot>(
        [location](core::TenantStore &store, QPromise<Snapshot> &promise) {
            Snapshot snapshot;
            for (const core::Balance &b : store.balances()) {
                if (b.locationId == location)
                    snapshot.balances << b;
            }
            promise.addResult(snapshot);
        },
        [](const QString &message) {
            return Snapshot{{}, message};
        }));
    updateState();
    m_message->clear();
    m_message->setStyleSheet({});
    m_scan->setFocus();
    return true;
}

void CountPage::cancelStart()
{
    if (!isStarting())
        return;
    // At once: the read goes on to its end on the worker, and its result is dropped.
    m_startingLocationId = QUuid();
    m_snapshot.cancel();
    updateState();
    feedback(true, tr("Count not started."));
    emit started(false);
}

void CountPage::onSnapshotRead()
{
    if (!isStarting() || m_snapshot.isCanceled() || m_snapshot.future().resultCount() == 0)
        return; // canceled
    const QUuid location = std::exchange(m_startingLocationId, QUuid());
    const Snapshot snapshot = m_snapshot.result();
    if (!snapshot.error.isEmpty()) {
        updateState();
        feedback(false, tr("The count could not start: %1").arg(snapshot.error));
        emit started(false);
        return;
    }
    m_locationId = location;
    m_lines.clear();
    for (const core::Balance &b : snapshot.balances)
        m_lines << Line{b.productId, b.sku, b.productName, b.quantity, std::nullopt};
    refreshTable();
    updateState();
    saveSession();
    feedback(true, tr("Count started: %n product(s) expected here.", nullptr, int(m_lines.size())));
    m_scan->setFocus();
    emit started(true);
}

int CountPage::lineOf(const QUuid &productId) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).productId == productId)
            return i;
    return -1;
}

int CountPage::addLine(const core::Product &product)
{
    // Found here but not expected: its expected quantity is its stock here now (usually 0).
    m_lines << Line{product.id, product.sku, product.name, m_context.store().balance(product.id, m_locationId),
                    std::nullopt};
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_lines.size()));
    refreshRow(int(m_lines.size()) - 1);
    return int(m_lines.size()) - 1;
}

bool CountPage::processScan(const QString &rawText)
{
    const QString text = rawText.trimmed();
    if (isStarting() && !text.isEmpty()) {
        feedback(false, tr("Not counted: the expected quantities are still being read. Scan %1 again once the "
                           "count has started.")
                            .arg(text));
        return false;
    }
    if (!isActive() || text.isEmpty())
        return false;
    static const QRegularExpression prefix(QStringLiteral("^(\\d+(?:[.,]\\d+)?)\\s*\\*\\s*(\\S.*)$"));
    const auto match = prefix.match(text);
    QString code = text;
    core::Quantity quantity = core::Quantity::fromUnits(1);
    if (match.hasMatch()) {
        auto parsed = UiText::parseQuantity(match.captured(1));
        if (!parsed.ok()) {
            feedback(false, parsed.error().message);
            return false;
        }
        quantity = parsed.value();
        code = match.captured(2).trimmed();
    }
    auto product = m_context.store().productByBarcode(code);
    if (!product)
        product = m_context.store().productBySku(code);
    if (!product) {
        feedback(false,
                 tr("Unknown code %1: create the product on the Products screen, then scan it again.").arg(code));
        return false;
    }
    int row = lineOf(product->id);
    if (row < 0)
        row = addLine(*product);
    Line &line = m_lines[row];
    line.counted = line.counted.value_or(core::Quantity()) + quantity;
    refreshRow(row);
    m_table->scrollToItem(m_table->item(row, SkuColumn));
    updateState();
    saveSession();
    feedback(true, tr("%1 — %2: counted %3").arg(line.sku, line.name, UiText::quantity(*line.counted)));
    SoundFeedback::cue(SoundFeedback::Cue::Success);
    return true;
}

bool CountPage::setCounted(const QUuid &productId, core::Quantity counted)
{
    if (!isActive() || counted.isNegative())
        return false;
    int row = lineOf(productId);
    if (row < 0) {
        const auto product = m_context.store().productById(productId);
        if (!product)
            return false;
        row = addLine(*product);
    }
    m_lines[row].counted = counted;
    refreshRow(row);
    updateState();
    saveSession();
    return true;
}

void CountPage::refreshTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row)
        refreshRow(row);
}

void CountPage::refreshRow(int row)
{
    const QSignalBlocker blocker(m_table);
    const Line &line = m_lines.at(row);
    auto readOnly = [](QTableWidgetItem *item) {
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        return item;
    };
    m_table->setItem(row, SkuColumn, readOnly(makeItem(line.sku)));
    m_table->setItem(row, NameColumn, readOnly(makeItem(line.name)));
    m_table->setItem(row, ExpectedColumn, readOnly(makeItem(UiText::quantity(line.expected), true)));
    auto *counted = makeItem(line.counted ? UiText::quantity(*line.counted) : QString(), true);
    counted->setFlags(counted->flags() | Qt::ItemIsEditable);
    counted->setToolTip(tr("Type the counted quantity"));
    m_table->setItem(row, CountedColumn, counted);
    QString difference;
    QColor colour;
    if (line.counted) {
        const core::Quantity diff = *line.counted - line.expected;
        difference = diff.isZero() ? QStringLiteral("0")
                                   : (diff.isNegative() ? QString() : QStringLiteral("+")) + UiText::quantity(diff);
        colour = diff.isZero() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    }
    auto *diffItem = readOnly(makeItem(difference, true));
    if (colour.isValid())
        diffItem->setForeground(colour);
    m_table->setItem(row, DifferenceColumn, diffItem);
}

void CountPage::onItemChanged(QTableWidgetItem *item)
{
    if (item->column() != CountedColumn || item->row() >= m_lines.size())
        return;
    Line &line = m_lines[item->row()];
    const QString text = item->text().trimmed();
    if (text.isEmpty()) {
        line.counted.reset();
    } else {
        auto parsed = UiText::parseQuantity(text);
        if (!parsed.ok() || parsed.value().isNegative()) {
            feedback(false, parsed.ok() ? tr("A counted quantity cannot be negative.") : parsed.error().message);
        } else {
            line.counted = parsed.value();
        }
    }
    refreshRow(item->row());
    updateState();
    saveSession();
}

int CountPage::post()
{
    if (!isActive())
        return 0;
    if (!permissions().canRecordMovements()) {
        feedback(false, permissions().movementRefusal());
        return -1;
    }
    auto &store = m_context.store();
    core::StoreTransaction transaction(store);
    const QString reference = tr("Count %1").arg(m_startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    int posted = 0;
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.counted)
            continue;
        core::MovementDraft draft;
        draft.productId = line.productId;
        draft.locationId = m_locationId;
        draft.kind = core::MovementKind::Count;
        draft.quantity = *line.counted;
        draft.reference = reference;
        auto recorded = store.recordMovement(draft);
        if (!recorded.ok()) {
            feedback(false, tr("Nothing was posted: %1 — %2").arg(line.sku, recorded.error().message));
            return -1; // the transaction rolls back on scope exit
        }
        ++posted;
    }
    auto committed = transaction.commit();
    if (!committed.ok()) {
        feedback(false, tr("Nothing was posted: %1").arg(committed.error().message));
        return -1;
    }
    m_locationId = QUuid();
    m_lines.clear();
    removeSession();
    refreshTable();
    m_context.notifyChanged();
    updateState();
    feedback(true, tr("Count posted: %n product(s) updated.", nullptr, posted));
    return posted;
}

void CountPage::postInteractive()
{
    int counted = 0;
    for (const Line &line : std::as_const(m_lines))
        counted += line.counted ? 1 : 0;
    if (QMessageBox::question(
            this, title(),
            tr("Post the count of %n product(s)? Their stock becomes the counted quantity.", nullptr, counted))
        == QMessageBox::Yes)
        post();
}

void CountPage::discard()
{
    cancelStart();
    m_locationId = QUuid();
    m_lines.clear();
    removeSession();
    refreshTable();
    updateState();
    feedback(true, tr("Count discarded."));
}

void CountPage::feedback(bool ok, const QString &message)
{
    m_message->setText(message);
    flashWidget(m_message, ok);
    if (!ok)
        SoundFeedback::cue(SoundFeedback::Cue::Error);
}

} // namespace depot::app
