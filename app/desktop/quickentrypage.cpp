#include "quickentrypage.h"

#include "plaintextdelegate.h"
#include "productdialog.h"
#include "soundfeedback.h"
#include "storecontext.h"
#include "uitext.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace depot::app {

using core::MovementKind;

namespace {

constexpr int kMaxRecentRows = 50;
const QString kLocationSetting = QStringLiteral("quickEntry/location");
const QString kModeSetting = QStringLiteral("quickEntry/mode");

MovementKind kindOf(QuickEntryPage::Mode mode)
{
    switch (mode) {
    case QuickEntryPage::Mode::Receipt:
        return MovementKind::Receipt;
    case QuickEntryPage::Mode::Issue:
        return MovementKind::Issue;
    case QuickEntryPage::Mode::Loss:
        return MovementKind::Loss;
    case QuickEntryPage::Mode::Return:
        return MovementKind::Return;
    case QuickEntryPage::Mode::Adjustment:
        return MovementKind::Adjustment;
    case QuickEntryPage::Mode::Transfer:
        return MovementKind::TransferOut;
    case QuickEntryPage::Mode::Count:
        return MovementKind::Count;
    }
    return MovementKind::Receipt;
}

const QList<QuickEntryPage::Mode> kModes = {
    QuickEntryPage::Mode::Receipt, QuickEntryPage::Mode::Issue,      QuickEntryPage::Mode::Loss,
    QuickEntryPage::Mode::Return,  QuickEntryPage::Mode::Adjustment, QuickEntryPage::Mode::Transfer,
    QuickEntryPage::Mode::Count,
};

} // namespace

QuickEntryPage::QuickEntryPage(StoreContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("quickEntryPage"));
    auto *layout = new QVBoxLayout(this);

    // Kind of movement: one checkable button each, F2..F8.
    auto *modes = new QHBoxLayout;
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    for (int i = 0; i < kModes.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(44);
        button->setObjectName(QStringLiteral("mode%1").arg(i));
        button->setFocusPolicy(Qt::NoFocus);
        m_modeGroup->addButton(button, i);
        m_modeButtons << button;
        modes->addWidget(button);
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_F2 + i), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { setMode(kModes.at(i)); });
    }
    // The chosen kind must be obvious from a distance.
    const QString modeStyle = QStringLiteral(
        "QToolButton { border: 1px solid #b0bec5; border-radius: 4px; background: #eceff1; font-weight: bold; }"
        "QToolButton:checked { background: #1e88e5; color: white; border-color: #1565c0; }"
        "QToolButton:hover:!checked { background: #e3f2fd; }");
    for (QAbstractButton *button : std::as_const(m_modeButtons))
        button->setStyleSheet(modeStyle);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(kModes.at(id)); });
    layout->addLayout(modes);

    auto *grid = new QGridLayout;
    m_locationLabel = new QLabel(this);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setMinimumContentsLength(24);
    m_locationLabel->setBuddy(m_location);
    m_destinationLabel = new QLabel(this);
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setMinimumContentsLength(24);
    m_destinationLabel->setBuddy(m_destination);
    m_quantityLabel = new QLabel(this);
    m_quantity = new QLineEdit(QStringLiteral("1"), this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setMaximumWidth(120);
    m_quantityLabel->setBuddy(m_quantity);
    grid->addWidget(m_locationLabel, 0, 0);
    grid->addWidget(m_location, 0, 1);
    grid->addWidget(m_destinationLabel, 0, 2);
    grid->addWidget(m_destination, 0, 3);
    grid->addWidget(m_quantityLabel, 0, 4);
    grid->addWidget(m_quantity, 0, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    m_scanLabel = new QLabel(this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scan"));
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_scan->setFont(big);
    m_scan->setClearButtonEnabled(true);
    m_scanLabel->setBuddy(m_scan);
    layout->addWidget(m_scanLabel);
    layout->addWidget(m_scan);

    // The message changes at every scan. A word-wrapped label in a layout makes every change
    // re-measure the whole window (each page of the stack, each wrapped label): it sits instead in
    // a box without a layout, whose height follows the text only when the number of lines changes.
    m_messageBox = new QWidget(this);
    m_messageBox->installEventFilter(this);
    m_message = new QLabel(m_messageBox);
    m_message->setObjectName(QStringLiteral("message"));
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.3);
    messageFont.setBold(true);
    m_message->setFont(messageFont);
    m_message->setMinimumHeight(40);
    m_message->setMargin(6);
    m_message->setWordWrap(true);
    m_message->setAutoFillBackground(true);
    layout->addWidget(m_messageBox);
    fitMessage();

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #546e7a;"));
    layout->addWidget(m_hint);
    m_roleNote = makeRoleNote(this);
    layout->addWidget(m_roleNote);

    auto *recentHeader = new QHBoxLayout;
    m_recentLabel = new QLabel(this);
    QFont bold = m_recentLabel->font();
    bold.setBold(true);
    m_recentLabel->setFont(bold);
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setFocusPolicy(Qt::NoFocus);
    recentHeader->addWidget(m_recentLabel);
    recentHeader->addStretch();
    recentHeader->addWidget(m_undo);
    layout->addLayout(recentHeader);

    m_recent = new QTableWidget(0, 6, this);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->verticalHeader()->hide();
    m_recent->setAlternatingRowColors(true);
    m_recent->setWordWrap(false);
    m_recent->setItemDelegate(new PlainTextDelegate(m_recent)); // repainted at every scan
    layout->addWidget(m_recent, 1);

    auto *undoShortcut = new QShortcut(QKeySequence::Undo, this);
    undoShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoShortcut, &QShortcut::activated, this, &QuickEntryPage::undoLast);
    connect(m_undo, &QPushButton::clicked, this, &QuickEntryPage::undoLast);

    m_scan->installEventFilter(this);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scan->text();
        m_scan->clear();
        processScan(text);
    });
    // The scan field keeps the focus: a scanner types into whatever has it.
    auto refocus = [this] { QTimer::singleShot(0, m_scan, qOverload<>(&QWidget::setFocus)); };
    connect(m_location, &QComboBox::activated, this, [this, refocus] {
        QSettings().setValue(kLocationSetting, locationId());
        refocus();
    });
    connect(m_destination, &QComboBox::activated, this, refocus);
    connect(m_quantity, &QLineEdit::returnPressed, this, refocus);

    const QSettings settings;
    const int savedMode = settings.value(kModeSetting, 0).toInt();
    m_mode = kModes.value(savedMode, Mode::Receipt);
    retranslateUi();
    reloadLocations();
    setLocation(settings.value(kLocationSetting).toUuid());
    updateModeUi();
    feedback(true, {});
    applyPermissions();
}

void QuickEntryPage::applyPermissions()
{
    const bool record = permissions().canRecordMovements();
    // The scan field stays usable (and focused) whatever the role: a scanner types into it, and
    // every scan then says why nothing was recorded.
    for (QAbstractButton *button : std::as_const(m_modeButtons))
        button->setEnabled(record);
    m_quantity->setEnabled(record);
    m_undo->setEnabled(record);
    const QString why = permissions().movementRefusal();
    for (QWidget *w : std::initializer_list<QWidget *>{m_quantity, m_undo, m_scan})
        w->setToolTip(why);
    QString note = why;
    if (record && !permissions().canEditCatalog())
        note = tr("An unknown code cannot be created as a new product from here with your role: ask a manager.");
    setRoleNote(m_roleNote, note);
}

void QuickEntryPage::fitMessage()
{
    const int width = m_messageBox->width();
    const int height = std::max(m_message->minimumHeight(), m_message->heightForWidth(width));
    if (m_messageBox->height() != height || m_messageBox->minimumHeight() != height)
        m_messageBox->setFixedHeight(height); // a new number of lines: the only relayout
    m_message->setGeometry(0, 0, width, height);
}

bool QuickEntryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_messageBox && event->type() == QEvent::Resize)
        fitMessage();
    if (watched == m_scan && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        int mode = -1;
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::AltModifier) {
            for (int i = 0; i < kModes.size(); ++i)
                if (QKeySequence::mnemonic(modeName(kModes.at(i))) == QKeySequence(Qt::ALT | key->key()))
                    mode = i;
        }
        if (undo || mode >= 0) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // deliver it as a key press to the scan field, handled below
                return true;
            }
            if (undo)
                undoLast();
            else
                setMode(kModes.at(mode));
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

QString QuickEntryPage::title() const
{
    return tr("Quick entry");
}

QString QuickEntryPage::modeName(Mode mode) const
{
    switch (mode) {
    case Mode::Receipt:
        return tr("&Receipt");
    case Mode::Issue:
        return tr("&Issue");
    case Mode::Loss:
        return tr("&Loss");
    case Mode::Return:
        return tr("Re&turn");
    case Mode::Adjustment:
        return tr("&Adjustment");
    case Mode::Transfer:
        return tr("Trans&fer");
    case Mode::Count:
        return tr("&Count");
    }
    return {};
}

void QuickEntryPage::retranslateUi()
{
    for (int i = 0; i < kModes.size(); ++i) {
        auto *button = m_modeButtons.at(i);
        const QString name = modeName(kModes.at(i));
        // "&Receipt" keeps its Alt+R mnemonic; the F-key is shown under it.
        button->setText(QStringLiteral("%1\nF%2").arg(name).arg(i + 2));
        button->setToolTip(tr("%1 (F%2)").arg(QString(name).remove(QLatin1Char('&'))).arg(i + 2));
    }
    m_locationLabel->setText(tr("L&ocation:"));
    m_destinationLabel->setText(tr("D&estination:"));
    m_quantityLabel->setText(tr("&Quantity:"));
    m_scanLabel->setText(tr("&Scan a location or a product (barcode or SKU), then Enter:"));
    m_scan->setPlaceholderText(tr("e.g. SHELF-A, 3017620422003, 5*3017620422003"));
    m_hint->setText(tr("Scan a location code to select it. \"5*CODE\" records 5 at once. "
                       "F2 to F8 choose the kind of movement. Ctrl+Z undoes the last entry."));
    m_recentLabel->setText(tr("Last entries"));
    m_undo->setText(tr("&Undo last (Ctrl+Z)"));
    m_recent->setHorizontalHeaderLabels(
        {tr("Time"), tr("Kind"), tr("Quantity"), tr("Product"), tr("Location"), tr("Stock after")});
    if (m_location->count() > 0 || m_destination->count() > 0)
        reloadLocations();
    refreshRecent();
}

void QuickEntryPage::notifyOwnChange()
{
    // This page already shows what it recorded: the other pages and the status bar are told, and
    // it is not read again (locations and the last entries) at every scan.
    m_ownChange = true;
    m_context.notifyChanged();
    m_ownChange = false;
}

void QuickEntryPage::reload()
{
    if (m_ownChange)
        return;
    reloadLocations();
    refreshRecent();
}

void QuickEntryPage::focusMainField()
{
    m_scan->setFocus();
}

void QuickEntryPage::reloadLocations()
{
    const QUuid from = locationId();
    const QUuid to = destinationId();
    for (QComboBox *combo : {m_location, m_destination}) {
        combo->clear();
        combo->addItem(tr("(choose or scan)"), QUuid());
        for (const core::Location &l : m_context.store().locations())
            combo->addItem(QStringLiteral("%1 — %2").arg(l.code, l.name), l.id);
    }
    setLocation(from);
    setDestination(to);
}

void QuickEntryPage::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(kModeSetting, int(kModes.indexOf(mode)));
    updateModeUi();
    feedback(true, tr("Mode: %1").arg(QString(modeName(mode)).remove(QLatin1Char('&'))));
    m_scan->setFocus();
}

void QuickEntryPage::updateModeUi()
{
    const int index = int(kModes.indexOf(m_mode));
    if (auto *button = m_modeGroup->button(index))
        button->setChecked(true);
    const bool transfer = m_mode == Mode::Transfer;
    m_destinationLabel->setVisible(transfer);
    m_destination->setVisible(transfer);
    m_locationLabel->setText(transfer ? tr("Fr&om:") : tr("L&ocation:"));
    m_quantityLabel->setText(m_mode == Mode::Count ? tr("Counted &quantity:") : tr("&Quantity:"));
}

QUuid QuickEntryPage::locationId() const
{
    return m_location->currentData().toUuid();
}

QUuid QuickEntryPage::destinationId() const
{
    return m_destination->currentData().toUuid();
}

void QuickEntryPage::setLocation(const QUuid &id)
{
    m_location->setCurrentIndex(qMax(0, m_location->findData(id)));
}

void QuickEntryPage::setDestination(const QUuid &id)
{
    m_destination->setCurrentIndex(qMax(0, m_destination->findData(id)));
}

void QuickEntryPage::feedback(bool ok, const QString &message)
{
    m_message->setText(message);
    fitMessage();
    if (message.isEmpty()) {
        m_message->setStyleSheet({});
        return;
    }
    flashWidget(m_message, ok);
    SoundFeedback::cue(ok ? SoundFeedback::Cue::Success : SoundFeedback::Cue::Error);
}

void QuickEntryPage::selectScannedLocation(const core::Location &location)
{
    const QString name = QStringLiteral("%1 — %2").arg(location.code, location.name);
    if (m_mode == Mode::Transfer) {
        // Source first, then destination; a third scan starts a new pair.
        if (locationId().isNull() || (!destinationId().isNull())) {
            setLocation(location.id);
            setDestination({});
            feedback(true, tr("From %1. Now scan the destination location.").arg(name));
        } else if (location.id == locationId()) {
            feedback(false, tr("%1 is already the source; scan another location as destination.").arg(name));
            return;
        } else {
            setDestination(location.id);
            feedback(true, tr("To %1. Now scan the products.").arg(name));
        }
    } else {
        setLocation(location.id);
        feedback(true, tr("Location: %1").arg(name));
    }
    QSettings().setValue(kLocationSetting, locationId());
}

bool QuickEntryPage::processScan(const QString &rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return false;
    if (!permissions().canRecordMovements()) {
        feedback(false, permissions().movementRefusal());
        return false;
    }
    auto &store = m_context.store();

    static const QRegularExpression prefix(QStringLiteral("^([+-]?\\d+(?:[.,]\\d+)?)\\s*\\*\\s*(\\S.*)$"));
    const auto match = prefix.match(text);
    QString code = text;
    QString quantityText = m_quantity->text();
    if (match.hasMatch()) {
        quantityText = match.captured(1);
        code = match.captured(2).trimmed();
    } else if (auto location = store.locationByCode(code)) {
        selectScannedLocation(*location);
        return true;
    }

    auto quantity = UiText::parseQuantity(quantityText);
    if (!quantity.ok()) {
        feedback(false, quantity.error().message);
        return false;
    }

    std::optional<core::Product> product = store.productByBarcode(code);
    if (!product)
        product = store.productBySku(code);
    if (!product && !permissions().canEditCatalog()) {
        feedback(false, tr("Unknown code %1: nothing recorded. Only a manager can create a product: ask one "
                           "to add this code, then scan it again.")
                            .arg(code));
        m_scan->setFocus();
        return false;
    }
    if (!product) {
        feedback(false, tr("Unknown code %1.").arg(code));
        ProductDialog dialog(m_context, code, this);
        if (dialog.exec() != QDialog::Accepted) {
            feedback(false, tr("Unknown code %1: nothing recorded.").arg(code));
            m_scan->setFocus();
            return false;
        }
        product = dialog.product();
        m_scan->setFocus();
        QTimer::singleShot(0, m_scan, qOverload<>(&QWidget::setFocus)); // after the dialog's window lets go
    }
    return record(*product, quantity.value());
}

bool QuickEntryPage::record(const core::Product &product, core::Quantity quantity)
{
    auto &store = m_context.store();
    const QUuid from = locationId();
    if (from.isNull()) {
        feedback(false, m_mode == Mode::Transfer ? tr("Scan or choose the source location first.")
                                                 : tr("Scan or choose a location first."));
        return false;
    }
    const auto fromLocation = store.locationById(from);
    Entry entry;
    entry.productText = QStringLiteral("%1 — %2").arg(product.sku, product.name);
    entry.quantity = quantity;
    if (m_mode == Mode::Transfer) {
        const QUuid to = destinationId();
        if (to.isNull()) {
            feedback(false, tr("Scan or choose the destination location first."));
            return false;
        }
        auto recorded = store.recordTransfer(product.id, from, to, quantity);
        if (!recorded.ok()) {
            feedback(false, recorded.error().message);
            return false;
        }
        const auto toLocation = store.locationById(to);
        entry.movements = recorded.value();
        entry.locationText = QStringLiteral("%1 → %2").arg(fromLocation->code, toLocation->code);
        entry.stockText = QStringLiteral("%1 / %2").arg(UiText::quantity(store.balance(product.id, from)),
                                                        UiText::quantity(store.balance(product.id, to)));
    } else {
        core::MovementDraft draft;
        draft.productId = product.id;
        draft.locationId = from;
        draft.kind = kindOf(m_mode);
        draft.quantity = quantity;
        auto recorded = store.recordMovement(draft);
        if (!recorded.ok()) {
            feedback(false, recorded.error().message);
            return false;
        }
        entry.movements = {recorded.value()};
        entry.locationText = fromLocation->code;
        entry.stockText = UiText::quantity(store.balance(product.id, from));
    }
    m_entries.prepend(entry);
    while (m_entries.size() > kMaxRecentRows)
        m_entries.removeLast();
    m_quantity->setText(QStringLiteral("1"));
    feedback(true, tr("%1: %2 × %3 at %4 — stock now %5")
                       .arg(QString(modeName(m_mode)).remove(QLatin1Char('&')), UiText::quantity(quantity),
                            entry.productText, entry.locationText, entry.stockText));
    // One new row on top rather than the whole table again: this runs at every scan.
    m_recent->insertRow(0);
    fillRecentRow(0, m_entries.first());
    m_recent->setRowCount(int(m_entries.size()));
    fitColumns(m_recent, 3, 0);
    notifyOwnChange();
    emit entryRecorded();
    return true;
}

bool QuickEntryPage::undoLast()
{
    if (!permissions().canRecordMovements()) {
        feedback(false, permissions().movementRefusal());
        return false;
    }
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return !e.undone; });
    if (it == m_entries.end()) {
        feedback(false, tr("Nothing to undo."));
        return false;
    }
    auto reversed = m_context.store().reverseMovement(it->movements.first().id, tr("Undone at entry"));
    if (!reversed.ok()) {
        feedback(false, reversed.error().message);
        return false;
    }
    it->undone = true;
    feedback(true, tr("Undone: %1 × %2 at %3.").arg(UiText::quantity(it->quantity), it->productText, it->locationText));
    refreshRecent();
    notifyOwnChange();
    emit entryRecorded();
    m_scan->setFocus();
    return true;
}

void QuickEntryPage::refreshRecent()
{
    m_recent->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row)
        fillRecentRow(row, m_entries.at(row));
    fitColumns(m_recent, 3);
}

void QuickEntryPage::fillRecentRow(int row, const Entry &e)
{
    const core::Movement &m = e.movements.first();
    const QString kind = m.kind == MovementKind::TransferOut ? tr("Transfer") : UiText::kindName(m.kind);
    const QStringList cells = {UiText::time(m.hlc),
                               e.undone ? tr("%1 (undone)").arg(kind) : kind,
                               UiText::quantity(e.quantity),
                               e.productText,
                               e.locationText,
                               e.stockText};
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (e.undone) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(QColor(0x75, 0x75, 0x75));
        }
        if (column == 2 || column == 5)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_recent->setItem(row, column, item);
    }
}

} // namespace depot::app
