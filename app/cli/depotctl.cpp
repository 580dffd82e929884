#include "depotctl.h"

#include "commandline.h"

#include "core/tenantstore.h"
#include "core/uuid.h"
#include "sync/credentialstore.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTextStream>

#include <exception>
#include <memory>
#include <optional>

#ifndef DEPOT_VERSION
#define DEPOT_VERSION "0.0.0"
#endif

namespace depot::app {

using core::Alert;
using core::Balance;
using core::Location;
using core::Money;
using core::Movement;
using core::MovementKind;
using core::Product;
using core::Quantity;
using core::TenantStore;

namespace {

/// Thrown inside this file only; DepotCtl::run() turns it into one message and an exit code.
struct Failure
{
    int exitCode;
    QString message;
};

[[noreturn]] void usageError(const QString &message)
{
    throw Failure{DepotCtl::ExitUsage, message};
}

[[noreturn]] void runtimeError(const QString &message)
{
    throw Failure{DepotCtl::ExitRuntime, message};
}

const QList<OptionSpec> &allOptions()
{
    static const QList<OptionSpec> options = {
        {u"data-dir"_qs, u"DIR"_qs},
        {u"user"_qs, u"USER"_qs},
        {u"help"_qs, {}},
        {u"version"_qs, {}},
        {u"json"_qs, {}},
        {u"archived"_qs, {}},
        {u"sku"_qs, u"SKU"_qs},
        {u"name"_qs, u"NAME"_qs},
        {u"barcode"_qs, u"CODE"_qs},
        {u"category"_qs, u"CATEGORY"_qs},
        {u"unit"_qs, u"UNIT"_qs},
        {u"reorder-point"_qs, u"Q"_qs},
        {u"reorder-qty"_qs, u"Q"_qs},
        {u"cost"_qs, u"AMOUNT"_qs},
        {u"price"_qs, u"AMOUNT"_qs},
        {u"search"_qs, u"TEXT"_qs},
        {u"code"_qs, u"CODE"_qs},
        {u"type"_qs, u"TYPE"_qs},
        {u"parent"_qs, u"CODE"_qs},
        {u"location"_qs, u"CODE"_qs},
        {u"qty"_qs, u"Q"_qs},
        {u"reason"_qs, u"TEXT"_qs},
        {u"reference"_qs, u"TEXT"_qs},
        {u"note"_qs, u"TEXT"_qs},
        {u"unit-cost"_qs, u"AMOUNT"_qs},
        {u"from"_qs, u"VALUE"_qs},
        {u"to"_qs, u"VALUE"_qs},
        {u"movement"_qs, u"ID"_qs},
        {u"kind"_qs, u"KIND"_qs},
        {u"page"_qs, u"N"_qs},
        {u"page-size"_qs, u"N"_qs},
        {u"server"_qs, u"URL"_qs},
        {u"tenant"_qs, u"SLUG"_qs},
        {u"password-stdin"_qs, {}},
        {u"ca-file"_qs, u"PEM"_qs},
        {u"pin"_qs, u"SHA256"_qs},
    };
    return options;
}

/// Options every command accepts.
const QStringList kGlobalOptions = {u"data-dir"_qs, u"user"_qs, u"help"_qs, u"version"_qs};
/// Options that may be given more than once.
const QStringList kRepeatableOptions = {u"barcode"_qs};

enum class Sign {
    Positive,
    NonNegative,
    NonZero
};

class Session;
using Handler = void (Session::*)();

struct CommandSpec
{
    QStringList words;
    QStringList required;
    QStringList optional;
    Handler handler;
    const char *synopsis; ///< the options part, not translated
    const char *summary;  ///< translated at print time

    QString name() const { return words.join(u' '); }
};

const QList<CommandSpec> &commands();

// Column helpers ---------------------------------------------------------------------------------

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
                const QList<int> &rightAligned)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header.at(c).size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += rightAligned.contains(int(c)) ? row.at(c).rightJustified(widths[c])
                                                  : row.at(c).leftJustified(widths[c]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QJsonValue quantityJson(const std::optional<Quantity> &quantity)
{
    return quantity ? QJsonValue(quantity->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue moneyJson(const Money &money)
{
    return money.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(money.toString());
}

QJsonValue uuidJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(core::uuidToText(id));
}

QString locationTypeText(core::LocationType type)
{
    return core::locationTypeToString(type).toLower();
}

QDateTime hlcTime(core::Hlc hlc)
{
    return QDateTime::fromMSecsSinceEpoch(hlc.physicalMs(), Qt::UTC);
}

// Session: one command against one store ---------------------------------------------------------

/// Runs one parsed command. Every handler reads and checks all its options first, then resolves the
/// catalog references, then makes exactly one store call that writes.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(depot::app::DepotCtl)

public:
    Session(const CommandLine &commandLine, const CommandSpec &command, QTextStream &out)
        : m_cl(commandLine),
          m_command(command),
          m_out(out)
    { }

    void productAdd();
    void productList();
    void productArchive();
    void productRestore();
    void locationAdd();
    void locationList();
    void move();
    void transfer();
    void count();
    void reverse();
    void stock();
    void alerts();
    void journal();
    void login();
    void syncNow();
    void status();
    void logout();

    /// After a failed command: removes the store and the data directories this session created, if
    /// nothing was written to them, so that a mistyped command on a new --data-dir leaves nothing behind.
    void discardCreated() noexcept;

private:
    TenantStore &store();
    QString dataDir() const;
    /// Creates the data directory if needed, remembering which directories were new.
    void makeDataDir();
    QJsonObject readProfile() const;
    void writeProfile(const QJsonObject &profile);
    sync::Account accountFromProfile(const QJsonObject &profile);
    sync::FileCredentialStore credentialStore() const;
    std::unique_ptr<QLockFile> lockSession();
    QString userId() const;

    QString requiredText(const QString &option) const;
    /// The value of an optional filter: nullopt when absent, a usage error when given empty.
    std::optional<QString> filterText(const QString &option) const;
    Quantity quantity(const QString &option, Sign sign) const;
    std::optional<Quantity> optionalQuantity(const QString &option, Sign sign) const;
    Money money(const QString &option) const;

    Product resolveProduct(const QString &skuOrBarcode);
    Location resolveLocation(const QString &code);
    QString skuOf(const QUuid &productId);
    QString codeOf(const QUuid &locationId);

    void printMovementIds(const QList<Movement> &movements);

    const CommandLine &m_cl;
    const CommandSpec &m_command;
    QTextStream &m_out;
    std::unique_ptr<TenantStore> m_store;
    QString m_createdDir;    ///< the data directory, if this session created it
    QString m_createdDirTop; ///< the topmost directory that makeDataDir() created
    QString m_createdStore;  ///< the store file, if this session created it
    QHash<QUuid, QString> m_skuCache;
    QHash<QUuid, QString> m_codeCache;
};

QString Session::userId() const
{
    return m_cl.isSet(u"user"_qs) ? m_cl.value(u"user"_qs) : DepotCtl::defaultUserId();
}

QString Session::dataDir() const
{
    return m_cl.isSet(u"data-dir"_qs) ? m_cl.value(u"data-dir"_qs) : DepotCtl::defaultDataDir();
}

void Session::makeDataDir()
{
    const QString dir = QDir::cleanPath(QDir(dataDir()).absolutePath());
    QString top;
    for (QString d = dir; !QFileInfo::exists(d);) {
        top = d;
        const QString parent = QFileInfo(d).path();
        if (parent == d)
            break;
        d = parent;
    }
    if (!QDir().mkpath(dir))
        runtimeError(tr("cannot create the data directory '%1'").arg(QDir::toNativeSeparators(dataDir())));
    if (!top.isEmpty() && m_createdDirTop.isEmpty()) {
        m_createdDir = dir;
        m_createdDirTop = top;
    }
}

void Session::discardCreated() noexcept
{
    if (!m_createdStore.isEmpty()) {
        bool untouched = true;
        if (m_store) {
            // Only the device id a new store gets on opening: the command failed before writing.
            QSqlQuery q(m_store->database());
            untouched =
                q.exec(u"SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM locations)"
                       " + (SELECT count(*) FROM suppliers) + (SELECT count(*) FROM movements)"
                       " + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM meta WHERE key <> 'device_id')"_qs)
                && q.next() && q.value(0).toLongLong() == 0;
        }
        m_store.reset();
        if (untouched) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_createdStore + QLatin1String(suffix));
        }
    }
    if (m_createdDirTop.isEmpty())
        return;
    // rmdir() only removes empty directories: whatever else the command left there stays.
    for (QString d = m_createdDir; QDir().rmdir(d) && d != m_createdDirTop;)
        d = QFileInfo(d).path();
}

TenantStore &Session::store()
{
    if (m_store)
        return *m_store;
    makeDataDir();
    const QString path = QDir(dataDir()).filePath(u"store.sqlite"_qs);
    if (!QFileInfo::exists(path))
        m_createdStore = path;
    TenantStore::Options options;
    options.userId = userId();
    // Said on stderr, so that the output of --json commands stays one document.
    if (const auto version = TenantStore::fileSchemaVersion(path);
        version && *version > 0 && *version < TenantStore::kSchemaVersion)
        QTextStream(stderr) << tr("Updating the local store for this version of Depot (once; with millions of "
                                  "movements this can take a minute)...")
                            << Qt::endl;
    auto opened = TenantStore::open(path, options);
    if (!opened)
        runtimeError(tr("cannot open the store '%1': %2").arg(QDir::toNativeSeparators(path), opened.error().message));
    m_store = std::move(opened).value();
    return *m_store;
}

QString Session::requiredText(const QString &option) const
{
    const QString text = m_cl.value(option).trimmed();
    if (text.isEmpty())
        usageError(tr("%1: option --%2 must not be empty").arg(m_command.name(), option));
    return text;
}

std::optional<QString> Session::filterText(const QString &option) const
{
    if (!m_cl.isSet(option))
        return std::nullopt;
    return requiredText(option);
}

Quantity Session::quantity(const QString &option, Sign sign) const
{
    auto parsed = Quantity::parse(m_cl.value(option).trimmed());
    if (!parsed)
        usageError(tr("%1: invalid quantity for --%2: %3").arg(m_command.name(), option, parsed.error().message));
    const Quantity q = parsed.value();
    if (q.milli() > TenantStore::kMaxQuantityMilli || q.milli() < -TenantStore::kMaxQuantityMilli)
        usageError(tr("%1: --%2 is too large (at most %3 units either way, got %4)")
                       .arg(m_command.name(), option, Quantity::fromMilli(TenantStore::kMaxQuantityMilli).toString(),
                            q.toString()));
    if (sign == Sign::Positive && (q.isNegative() || q.isZero()))
        usageError(tr("%1: --%2 must be greater than zero (got %3)").arg(m_command.name(), option, q.toString()));
    if (sign == Sign::NonNegative && q.isNegative())
        usageError(tr("%1: --%2 must not be negative (got %3)").arg(m_command.name(), option, q.toString()));
    if (sign == Sign::NonZero && q.isZero())
        usageError(tr("%1: --%2 must not be zero").arg(m_command.name(), option));
    return q;
}

std::optional<Quantity> Session::optionalQuantity(const QString &option, Sign sign) const
{
    if (!m_cl.isSet(option))
        return std::nullopt;
    return quantity(option, sign);
}

Money Session::money(const QString &option) const
{
    if (!m_cl.isSet(option))
        return {};
    auto parsed = Money::parse(m_cl.value(option).trimmed());
    if (!parsed)
        usageError(tr("%1: invalid amount for --%2: %3").arg(m_command.name(), option, parsed.error().message));
    if (parsed->minorUnits() < 0)
        usageError(tr("%1: --%2 must not be negative").arg(m_command.name(), option));
    return parsed.value();
}

Product Session::resolveProduct(const QString &skuOrBarcode)
{
    std::optional<Product> product = store().productBySku(skuOrBarcode);
    if (!product)
        product = store().productByBarcode(skuOrBarcode);
    if (!product)
        runtimeError(tr("unknown product '%1' (no product has this SKU or barcode)").arg(skuOrBarcode));
    // A product the server merged into another one (same SKU created on two devices) stands for it.
    for (int hops = 0; hops < 8 && !product->mergedInto.isNull(); ++hops) {
        std::optional<Product> target = store().productById(product->mergedInto);
        if (!target)
            break;
        product = target;
    }
    return *product;
}

Location Session::resolveLocation(const QString &code)
{
    std::optional<Location> location = store().locationByCode(code);
    if (!location)
        runtimeError(tr("unknown location '%1'").arg(code));
    return *location;
}

QString Session::skuOf(const QUuid &productId)
{
    auto it = m_skuCache.constFind(productId);
    if (it != m_skuCache.constEnd())
        return *it;
    const std::optional<Product> product = store().productById(productId);
    const QString sku = product ? product->sku : core::uuidToText(productId);
    m_skuCache.insert(productId, sku);
    return sku;
}

QString Session::codeOf(const QUuid &locationId)
{
    if (locationId.isNull())
        return {};
    auto it = m_codeCache.constFind(locationId);
    if (it != m_codeCache.constEnd())
        return *it;
    const std::optional<Location> location = store().locationById(locationId);
    const QString code = location ? location->code : core::uuidToText(locationId);
    m_codeCache.insert(locationId, code);
    return code;
}

void Session::printMovementIds(const QList<Movement> &movements)
{
    for (const Movement &movement : movements)
        m_out << core::uuidToText(movement.id) << '\n';
}

// Catalog ------------------------------------------------------------------------------------------

void Session::productAdd()
{
    Product product;
    product.sku = requiredText(u"sku"_qs);
    product.name = requiredText(u"name"_qs);
    for (const QString &value : m_cl.values(u"barcode"_qs)) {
        const QString barcode = value.trimmed();
        if (barcode.isEmpty())
            usageError(tr("%1: option --barcode must not be empty").arg(m_command.name()));
        if (!product.barcodes.contains(barcode))
            product.barcodes.append(barcode);
    }
    product.category = m_cl.value(u"category"_qs).trimmed();
    if (m_cl.isSet(u"unit"_qs))
        product.unit = requiredText(u"unit"_qs);
    product.reorderPoint = optionalQuantity(u"reorder-point"_qs, Sign::NonNegative);
    product.reorderQuantity = optionalQuantity(u"reorder-qty"_qs, Sign::Positive);
    product.costPrice = money(u"cost"_qs);
    product.salePrice = money(u"price"_qs);

    if (store().productBySku(product.sku))
        runtimeError(tr("a product with SKU '%1' already exists").arg(product.sku));
    for (const QString &barcode : std::as_const(product.barcodes)) {
        if (const std::optional<Product> owner = store().productByBarcode(barcode))
            runtimeError(tr("barcode '%1' already belongs to product '%2'").arg(barcode, owner->sku));
    }
    auto added = store().addProduct(product);
    if (!added)
        runtimeError(tr("cannot add product '%1': %2").arg(product.sku, added.error().message));
    m_out << tr("Added product %1 (%2)").arg(added->sku, core::uuidToText(added->id)) << '\n';
}

void Session::productList()
{
    const bool includeArchived = m_cl.isSet(u"archived"_qs);
    const std::optional<QString> search = filterText(u"search"_qs);
    // Every match, in SKU order (searchProducts() is for search-as-you-type and stops at 1000).
    const QList<Product> products =
        search ? store().matchingProducts(*search, includeArchived) : store().products(includeArchived);

    if (m_cl.isSet(u"json"_qs)) {
        QJsonArray array;
        for (const Product &p : std::as_const(products)) {
            array.append(QJsonObject{
                {u"id"_qs, core::uuidToText(p.id)},
                {u"sku"_qs, p.sku},
                {u"name"_qs, p.name},
                {u"barcodes"_qs, QJsonArray::fromStringList(p.barcodes)},
                {u"category"_qs, p.category},
                {u"unit"_qs, p.unit},
                {u"reorder_point"_qs, quantityJson(p.reorderPoint)},
                {u"reorder_qty"_qs, quantityJson(p.reorderQuantity)},
                {u"cost"_qs, moneyJson(p.costPrice)},
                {u"price"_qs, moneyJson(p.salePrice)},
                {u"archived"_qs, p.archived},
            });
        }
        printJson(m_out, array);
        return;
    }
    if (products.isEmpty()) {
        m_out << tr("No products.") << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const Product &p : std::as_const(products)) {
        rows.append({p.sku, p.name, p.category, p.unit, p.reorderPoint ? p.reorderPoint->toString() : QString(),
                     p.costPrice.isNull() ? QString() : p.costPrice.toString(),
                     p.salePrice.isNull() ? QString() : p.salePrice.toString(), p.barcodes.join(u", "),
                     p.archived ? tr("archived") : QString()});
    }
    printTable(m_out,
               {tr("SKU"), tr("NAME"), tr("CATEGORY"), tr("UNIT"), tr("REORDER AT"), tr("COST"), tr("PRICE"),
                tr("BARCODES"), tr("STATUS")},
               rows, {4, 5, 6});
}

void Session::productArchive()
{
    const QString sku = requiredText(u"sku"_qs);
    const Product product = resolveProduct(sku);
    if (product.archived) {
        m_out << tr("Product %1 is already archived.").arg(product.sku) << '\n';
        return;
    }
    auto archived = store().setProductArchived(product.id, true);
    if (!archived)
        runtimeError(tr("cannot archive product '%1': %2").arg(product.sku, archived.error().message));
    m_out << tr("Archived product %1.").arg(product.sku) << '\n';
}

void Session::productRestore()
{
    const QString sku = requiredText(u"sku"_qs);
    const Product product = resolveProduct(sku);
    if (!product.archived) {
        m_out << tr("Product %1 is not archived.").arg(product.sku) << '\n';
        return;
    }
    auto restored = store().setProductArchived(product.id, false);
    if (!restored)
        runtimeError(tr("cannot restore product '%1': %2").arg(product.sku, restored.error().message));
    m_out << tr("Restored product %1.").arg(product.sku) << '\n';
}

void Session::locationAdd()
{
    Location location;
    location.code = requiredText(u"code"_qs);
    location.name = requiredText(u"name"_qs);
    if (m_cl.isSet(u"type"_qs)) {
        const std::optional<core::LocationType> type = core::locationTypeFromString(m_cl.value(u"type"_qs).trimmed());
        if (!type)
            usageError(tr("%1: unknown location type '%2' (expected warehouse, shop or zone)")
                           .arg(m_command.name(), m_cl.value(u"type"_qs)));
        location.type = *type;
    }
    const std::optional<QString> parentCode = filterText(u"parent"_qs);

    if (store().locationByCode(location.code))
        runtimeError(tr("a location with code '%1' already exists").arg(location.code));
    if (parentCode)
        location.parentId = resolveLocation(*parentCode).id;
    auto added = store().addLocation(location);
    if (!added)
        runtimeError(tr("cannot add location '%1': %2").arg(location.code, added.error().message));
    m_out << tr("Added location %1 (%2)").arg(added->code, core::uuidToText(added->id)) << '\n';
}

void Session::locationList()
{
    const QList<Location> locations = store().locations(false);
    if (m_cl.isSet(u"json"_qs)) {
        QJsonArray array;
        for (const Location &l : locations) {
            array.append(QJsonObject{
                {u"id"_qs, core::uuidToText(l.id)},
                {u"code"_qs, l.code},
                {u"name"_qs, l.name},
                {u"type"_qs, locationTypeText(l.type)},
                {u"parent"_qs, l.parentId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(codeOf(l.parentId))},
                {u"archived"_qs, l.archived},
            });
        }
        printJson(m_out, array);
        return;
    }
    if (locations.isEmpty()) {
        m_out << tr("No locations.") << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const Location &l : locations)
        rows.append({l.code, l.name, locationTypeText(l.type), codeOf(l.parentId)});
    printTable(m_out, {tr("CODE"), tr("NAME"), tr("TYPE"), tr("PARENT")}, rows, {});
}

// Movements ----------------------------------------------------------------------------------------

void Session::move()
{
    static const QHash<QString, MovementKind> kinds = {
        {u"receipt"_qs, MovementKind::Receipt},   {u"issue"_qs, MovementKind::Issue},
        {u"adjust"_qs, MovementKind::Adjustment}, {u"loss"_qs, MovementKind::Loss},
        {u"return"_qs, MovementKind::Return},
    };
    core::MovementDraft draft;
    draft.kind = kinds.value(m_command.words.at(1));
    const QString sku = requiredText(u"sku"_qs);
    const QString code = requiredText(u"location"_qs);
    draft.quantity = quantity(u"qty"_qs, draft.kind == MovementKind::Adjustment ? Sign::NonZero : Sign::Positive);
    draft.unitCost = money(u"unit-cost"_qs);
    draft.reason = m_cl.value(u"reason"_qs).trimmed();
    draft.reference = m_cl.value(u"reference"_qs).trimmed();
    draft.note = m_cl.value(u"note"_qs).trimmed();

    draft.productId = resolveProduct(sku).id;
    draft.locationId = resolveLocation(code).id;
    auto recorded = store().recordMovement(draft);
    if (!recorded)
        runtimeError(tr("cannot record the movement: %1").arg(recorded.error().message));
    printMovementIds({recorded.value()});
}

void Session::transfer()
{
    const QString sku = requiredText(u"sku"_qs);
    const QString fromCode = requiredText(u"from"_qs);
    const QString toCode = requiredText(u"to"_qs);
    const Quantity qty = quantity(u"qty"_qs, Sign::Positive);
    const QString reason = m_cl.value(u"reason"_qs).trimmed();
    const QString note = m_cl.value(u"note"_qs).trimmed();
    if (fromCode == toCode)
        usageError(tr("transfer: --from and --to are the same location '%1'").arg(fromCode));

    const Product product = resolveProduct(sku);
    const Location from = resolveLocation(fromCode);
    const Location to = resolveLocation(toCode);
    if (from.id == to.id)
        usageError(tr("transfer: --from and --to are the same location '%1'").arg(from.code));
    auto recorded = store().recordTransfer(product.id, from.id, to.id, qty, reason, note);
    if (!recorded)
        runtimeError(tr("cannot record the transfer: %1").arg(recorded.error().message));
    printMovementIds(recorded.value());
}

void Session::count()
{
    core::MovementDraft draft;
    draft.kind = MovementKind::Count;
    const QString sku = requiredText(u"sku"_qs);
    const QString code = requiredText(u"location"_qs);
    draft.quantity = quantity(u"qty"_qs, Sign::NonNegative);
    draft.reason = m_cl.value(u"reason"_qs).trimmed();
    draft.note = m_cl.value(u"note"_qs).trimmed();

    draft.productId = resolveProduct(sku).id;
    draft.locationId = resolveLocation(code).id;
    auto recorded = store().recordMovement(draft);
    if (!recorded)
        runtimeError(tr("cannot record the count: %1").arg(recorded.error().message));
    printMovementIds({recorded.value()});
}

void Session::reverse()
{
    const QString text = requiredText(u"movement"_qs);
    const QUuid id = core::uuidFromText(text);
    if (id.isNull())
        usageError(tr("reverse: '%1' is not a movement id (expected a UUID as printed by 'journal')").arg(text));
    const QString reason = m_cl.value(u"reason"_qs).trimmed();

    if (!store().movementById(id))
        runtimeError(tr("unknown movement '%1'").arg(text));
    auto recorded = store().reverseMovement(id, reason);
    if (!recorded)
        runtimeError(tr("cannot reverse movement %1: %2").arg(text, recorded.error().message));
    printMovementIds(recorded.value());
}

// Reports ------------------------------------------------------------------------------------------

void Session::stock()
{
    const std::optional<QString> sku = filterText(u"sku"_qs);
    const std::optional<QString> code = filterText(u"location"_qs);
    const QUuid productId = sku ? resolveProduct(*sku).id : QUuid();
    const QUuid locationId = code ? resolveLocation(*code).id : QUuid();

    QList<Balance> balances;
    for (const Balance &b : store().balances()) {
        if ((productId.isNull() || b.productId == productId) && (locationId.isNull() || b.locationId == locationId))
            balances.append(b);
    }
    if (m_cl.isSet(u"json"_qs)) {
        QJsonArray array;
        for (const Balance &b : std::as_const(balances)) {
            array.append(QJsonObject{
                {u"sku"_qs, b.sku},
                {u"name"_qs, b.productName},
                {u"location"_qs, b.locationCode},
                {u"quantity"_qs, b.quantity.toString()},
                {u"reorder_point"_qs, quantityJson(b.reorderPoint)},
            });
        }
        printJson(m_out, array);
        return;
    }
    if (balances.isEmpty()) {
        m_out << tr("No stock recorded.") << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const Balance &b : std::as_const(balances))
        rows.append({b.sku, b.productName, b.locationCode, b.quantity.toString()});
    printTable(m_out, {tr("SKU"), tr("NAME"), tr("LOCATION"), tr("QUANTITY")}, rows, {3});
}

void Session::alerts()
{
    const QList<Alert> alerts = store().alerts();
    if (m_cl.isSet(u"json"_qs)) {
        QJsonArray array;
        for (const Alert &a : alerts) {
            array.append(QJsonObject{
                {u"kind"_qs, core::alertKindToString(a.kind)},
                {u"sku"_qs, a.sku},
                {u"name"_qs, a.productName},
                {u"location"_qs, a.locationCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.locationCode)},
                {u"quantity"_qs, a.quantity.toString()},
                {u"reorder_point"_qs, quantityJson(a.reorderPoint)},
            });
        }
        printJson(m_out, array);
        return;
    }
    if (alerts.isEmpty()) {
        m_out << tr("No alerts.") << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const Alert &a : alerts) {
        rows.append({core::alertKindToString(a.kind), a.sku, a.productName, a.locationCode, a.quantity.toString(),
                     a.reorderPoint ? a.reorderPoint->toString() : QString()});
    }
    printTable(m_out, {tr("ALERT"), tr("SKU"), tr("NAME"), tr("LOCATION"), tr("QUANTITY"), tr("REORDER AT")}, rows,
               {4, 5});
}

QDateTime parseDateOption(const CommandLine &cl, const QString &option, bool isUpperBound)
{
    const QString text = cl.value(option).trimmed();
    // A bare date is a whole day: "--from D --to D" is that day.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return isUpperBound ? date.addDays(1).startOfDay() : date.startOfDay();
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (dateTime.isValid())
        return dateTime;
    usageError(DepotCtl::tr("journal: invalid date for --%1: '%2' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z])")
                   .arg(option, text));
}

int positiveIntOption(const CommandLine &cl, const QString &option, int defaultValue, int maximum)
{
    if (!cl.isSet(option))
        return defaultValue;
    bool ok = false;
    const int value = cl.value(option).trimmed().toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        usageError(DepotCtl::tr("journal: --%1 must be a whole number from 1 to %2 (got '%3')")
                       .arg(option, QString::number(maximum), cl.value(option)));
    return value;
}

void Session::journal()
{
    constexpr int kMaxPageSize = 10000;
    core::JournalFilter filter;
    if (m_cl.isSet(u"from"_qs))
        filter.from = parseDateOption(m_cl, u"from"_qs, false);
    if (m_cl.isSet(u"to"_qs))
        filter.to = parseDateOption(m_cl, u"to"_qs, true);
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        usageError(tr("journal: --from must be before --to"));
    if (const std::optional<QString> kind = filterText(u"kind"_qs)) {
        QString name = kind->toUpper().replace(u'-', u'_');
        if (name == u"ADJUST")
            name = u"ADJUSTMENT"_qs;
        filter.kind = core::movementKindFromString(name);
        if (!filter.kind)
            usageError(tr("journal: unknown movement kind '%1' (expected RECEIPT, ISSUE, ADJUSTMENT, LOSS, RETURN, "
                          "TRANSFER_OUT, TRANSFER_IN or COUNT)")
                           .arg(*kind));
    }
    if (const std::optional<QString> user = filterText(u"user"_qs))
        filter.userId = *user;
    const int page = positiveIntOption(m_cl, u"page"_qs, 1, 1'000'000'000);
    const int pageSize = positiveIntOption(m_cl, u"page-size"_qs, 50, kMaxPageSize);
    const std::optional<QString> sku = filterText(u"sku"_qs);
    const std::optional<QString> code = filterText(u"location"_qs);

    if (sku)
        filter.productId = resolveProduct(*sku).id;
    if (code)
        filter.locationId = resolveLocation(*code).id;
    const qint64 total = store().journalCount(filter);
    const qint64 offset = qint64(page - 1) * pageSize;
    QList<Movement> movements;
    if (offset < total) {
        filter.offset = int(offset);
        filter.limit = pageSize;
        movements = store().journal(filter);
    }
    const qint64 pages = qMax<qint64>(1, (total + pageSize - 1) / pageSize);

    if (m_cl.isSet(u"json"_qs)) {
        QJsonArray array;
        for (const Movement &m : std::as_const(movements)) {
            array.append(QJsonObject{
                {u"id"_qs, core::uuidToText(m.id)},
                {u"time"_qs, hlcTime(m.hlc).toString(Qt::ISODateWithMs)},
                {u"kind"_qs, core::movementKindToString(m.kind)},
                {u"sku"_qs, skuOf(m.productId)},
                {u"location"_qs, codeOf(m.locationId)},
                {u"quantity"_qs, m.quantity.toString()},
                {u"unit_cost"_qs, moneyJson(m.unitCost)},
                {u"reason"_qs, m.reason},
                {u"reference"_qs, m.reference},
                {u"note"_qs, m.note},
                {u"user"_qs, m.userId},
                {u"device"_qs, m.deviceId},
                {u"hlc"_qs, m.hlc.toString()},
                {u"transfer_id"_qs, uuidJson(m.transferId)},
                {u"reverses"_qs, uuidJson(m.reversesId)},
                {u"server_seq"_qs, m.serverSeq},
            });
        }
        printJson(m_out, QJsonObject{{u"total"_qs, total},
                                     {u"page"_qs, page},
                                     {u"page_size"_qs, pageSize},
                                     {u"pages"_qs, pages},
                                     {u"movements"_qs, array}});
        return;
    }
    if (total == 0) {
        m_out << tr("No movements.") << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const Movement &m : std::as_const(movements)) {
        QString reason = m.reason;
        if (!m.reversesId.isNull())
            reason = tr("reverses %1").arg(core::uuidToText(m.reversesId))
                     + (reason.isEmpty() ? QString() : u"; "_qs + reason);
        rows.append({hlcTime(m.hlc).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs),
                     core::movementKindToString(m.kind), skuOf(m.productId), codeOf(m.locationId),
                     m.quantity.toString(), m.userId, reason, core::uuidToText(m.id)});
    }
    if (!rows.isEmpty()) {
        printTable(
            m_out,
            {tr("TIME"), tr("KIND"), tr("SKU"), tr("LOCATION"), tr("QUANTITY"), tr("USER"), tr("REASON"), tr("ID")},
            rows, {4});
    }
    m_out << DepotCtl::tr("Page %1 of %2 (%n movement(s))", nullptr, int(qMin<qint64>(total, INT_MAX)))
                 .arg(QString::number(page), QString::number(pages))
          << '\n';
}

// Command table and help ---------------------------------------------------------------------------

// Sync with a server ------------------------------------------------------------------------------
//
// One data directory holds one server profile: profile.json (server, tenant, user, pin, CA file) next
// to store.sqlite, and the refresh token in credentials.json (FileCredentialStore, mode 0600):
// depotctl is headless, so it does not use the OS keychain. See docs/sync.md.

QJsonObject Session::readProfile() const
{
    QFile file(QDir(dataDir()).filePath(u"profile.json"_qs));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        runtimeError(tr("cannot read '%1': %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        runtimeError(tr("'%1' is damaged; run 'depotctl login' again").arg(QDir::toNativeSeparators(file.fileName())));
    return doc.object();
}

void Session::writeProfile(const QJsonObject &profile)
{
    QSaveFile file(QDir(dataDir()).filePath(u"profile.json"_qs));
    if (!file.open(QIODevice::WriteOnly))
        runtimeError(tr("cannot write '%1': %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    file.write(QJsonDocument(profile).toJson(QJsonDocument::Indented));
    if (!file.commit())
        runtimeError(tr("cannot write '%1': %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

sync::FileCredentialStore Session::credentialStore() const
{
    return sync::FileCredentialStore(QDir(dataDir()).filePath(u"credentials.json"_qs));
}

namespace {

QList<QSslCertificate> loadCaFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        usageError(DepotCtl::tr("login: the CA file '%1' does not exist").arg(QDir::toNativeSeparators(path)));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        usageError(DepotCtl::tr("login: no PEM certificate in '%1'").arg(QDir::toNativeSeparators(path)));
    return certificates;
}

/// Runs one engine operation to its end signal; returns the messages of syncError().
template<typename Signal>
QStringList runEngine(sync::SyncEngine &engine, Signal endSignal, const std::function<void()> &start, bool *ok)
{
    QEventLoop loop;
    QStringList errors;
    QObject::connect(&engine, &sync::SyncEngine::syncError, &loop,
                     [&errors](const QString &message, sync::ErrorCategory) { errors << message; });
    QObject::connect(&engine, endSignal, &loop, [&loop, ok](bool result) {
        *ok = result;
        loop.quit();
    });
    start();
    if (engine.isBusy())
        loop.exec();
    return errors;
}

} // namespace

/// Serialises the commands that talk to the server in one data directory: each rotates the stored
/// refresh token, and two rotations racing would make the server end the session (token reuse).
std::unique_ptr<QLockFile> Session::lockSession()
{
    makeDataDir();
    auto lock = std::make_unique<QLockFile>(QDir(dataDir()).filePath(u"sync.lock"_qs));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(60000))
        runtimeError(tr("another depotctl is talking to the server for this data directory; try again later"));
    return lock;
}

sync::Account Session::accountFromProfile(const QJsonObject &profile)
{
    if (profile.isEmpty())
        runtimeError(tr("this data directory is not signed in to a server; run 'depotctl login' first"));
    sync::Account account;
    account.serverUrl = QUrl(profile.value(u"server"_qs).toString());
    account.tenant = profile.value(u"tenant"_qs).toString();
    account.user = profile.value(u"user"_qs).toString();
    account.pinnedSha256 = profile.value(u"pin"_qs).toString();
    const QString caFile = profile.value(u"ca_file"_qs).toString();
    if (!caFile.isEmpty())
        account.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    account.deviceId = store().deviceId();
    return account;
}

void Session::login()
{
    const QUrl server(requiredText(u"server"_qs));
    if (!server.isValid() || server.scheme() != u"https" || server.host().isEmpty())
        usageError(tr("login: --server must be an https:// URL (got '%1')").arg(m_cl.value(u"server"_qs)));
    const QString tenant = requiredText(u"tenant"_qs);
    const QString user = requiredText(u"user"_qs);
    QString pin;
    if (m_cl.isSet(u"pin"_qs)) {
        pin = sync::SyncEngine::normalizeFingerprint(m_cl.value(u"pin"_qs));
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_qs);
        if (!hex.match(pin).hasMatch())
            usageError(tr("login: --pin must be a SHA-256 fingerprint (64 hex digits, colons allowed)"));
    }
    QString caFile;
    QList<QSslCertificate> cas;
    if (m_cl.isSet(u"ca-file"_qs)) {
        caFile = QFileInfo(requiredText(u"ca-file"_qs)).absoluteFilePath();
        cas = loadCaFile(caFile);
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        runtimeError(tr("login: cannot read the password from stdin"));
    QString password = QString::fromUtf8(input.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        usageError(tr("login: no password on stdin (give it as the first line)"));

    const auto lock = lockSession();
    // One data directory holds one company's data: never mix two.
    const QJsonObject previous = readProfile();
    if (!previous.isEmpty()
        && (previous.value(u"server"_qs).toString() != server.toString(QUrl::StripTrailingSlash)
            || previous.value(u"tenant"_qs).toString() != tenant)
        && (store().pullCursor() > 0 || store().movementCount() > 0 || store().pendingOutboxCount() > 0))
        runtimeError(
            tr("this data directory holds the data of '%1' at %2; use another --data-dir for '%3'")
                .arg(previous.value(u"tenant"_qs).toString(), previous.value(u"server"_qs).toString(), tenant));

    sync::Account account;
    account.serverUrl = QUrl(server.toString(QUrl::StripTrailingSlash));
    account.tenant = tenant;
    account.user = user;
    account.pinnedSha256 = pin;
    account.caCertificates = cas;
    account.deviceId = store().deviceId();
    QNetworkAccessManager network;
    sync::FileCredentialStore credentials = credentialStore();
    sync::SyncEngine engine(store(), account, &network, &credentials);
    bool ok = false;
    const QStringList errors = runEngine(
        engine, &sync::SyncEngine::loginFinished, [&] { engine.login(password); }, &ok);
    if (!ok) {
        const QString message = errors.isEmpty() ? tr("unknown error") : errors.last();
        const QString presented = engine.refusedCertificateSha256();
        if (engine.lastErrorCode() == u"tls_refused" && pin.isEmpty() && !presented.isEmpty())
            // Trust on first use, as ssh does: show the fingerprint and how to pin it once checked.
            runtimeError(tr("login failed: %1\n"
                            "The server presented a certificate with the SHA-256 fingerprint\n"
                            "    %2\n"
                            "Compare it with the fingerprint the server's administrator gives you (depot-server\n"
                            "prints it as \"tls_sha256\" when it starts). Only if they are the same, run the\n"
                            "same command again with\n"
                            "    --pin %2")
                             .arg(message, presented));
        runtimeError(tr("login failed: %1").arg(message));
    }
    writeProfile(QJsonObject{{u"server"_qs, account.serverUrl.toString()},
                             {u"tenant"_qs, tenant},
                             {u"user"_qs, user},
                             {u"pin"_qs, pin},
                             {u"ca_file"_qs, caFile}});
    m_out << tr("Signed in to %1 at %2 as %3 (device %4).")
                 .arg(tenant, account.serverUrl.toString(), user, store().deviceId())
          << '\n';
}

void Session::syncNow()
{
    const auto lock = lockSession();
    const sync::Account account = accountFromProfile(readProfile());
    QNetworkAccessManager network;
    sync::FileCredentialStore credentials = credentialStore();
    sync::SyncEngine engine(store(), account, &network, &credentials);
    // A command-line run reports a failure at once instead of waiting to retry.
    engine.setRetryPolicy({1000, 1000, 0});
    QJsonArray rejected;
    QObject::connect(&engine, &sync::SyncEngine::itemRejected, &engine,
                     [&rejected](const QString &entity, const QUuid &id, const QString &code, const QString &message) {
                         rejected.append(QJsonObject{{u"entity"_qs, entity},
                                                     {u"id"_qs, core::uuidToText(id)},
                                                     {u"code"_qs, code},
                                                     {u"message"_qs, message}});
                     });
    bool ok = false;
    const QStringList errors = runEngine(
        engine, &sync::SyncEngine::finished, [&] { engine.sync(); }, &ok);
    if (!ok) {
        QString message = errors.isEmpty() ? tr("unknown error") : errors.last();
        if (engine.lastErrorCode() == u"not_signed_in" || engine.lastErrorCode() == u"invalid_refresh_token"
            || engine.lastErrorCode() == u"refresh_token_reused")
            message += u' ' + tr("Run 'depotctl login' again.");
        runtimeError(tr("sync failed: %1").arg(message));
    }
    const sync::SyncEngine::Stats stats = engine.stats();
    if (m_cl.isSet(u"json"_qs)) {
        printJson(m_out, QJsonObject{{u"pushed"_qs, stats.pushed},
                                     {u"accepted"_qs, stats.accepted},
                                     {u"duplicates"_qs, stats.duplicates},
                                     {u"rejected"_qs, rejected},
                                     {u"pulled_movements"_qs, stats.pulledMovements},
                                     {u"pulled_catalog"_qs, stats.pulledCatalog},
                                     {u"pending_outbox"_qs, store().pendingOutboxCount()},
                                     {u"cursor"_qs, QString::number(store().pullCursor())},
                                     {u"clock_skew_ms"_qs, stats.clockSkewMs}});
        return;
    }
    if (stats.clockSkewMs != 0)
        m_out << tr("Warning: this device's clock is %1 minute(s) %2 the server's. Counts are ordered by "
                    "time: fix the clock.")
                     .arg(qAbs(stats.clockSkewMs) / 60000)
                     .arg(stats.clockSkewMs > 0 ? tr("ahead of") : tr("behind"))
              << '\n';
    m_out << tr("Sent %1 change(s): %2 accepted, %3 already known, %4 rejected.")
                 .arg(stats.pushed)
                 .arg(stats.accepted)
                 .arg(stats.duplicates)
                 .arg(rejected.size())
          << '\n'
          << tr("Received %1 movement(s) and %2 catalog record(s).").arg(stats.pulledMovements).arg(stats.pulledCatalog)
          << '\n';
    for (const QJsonValue &r : std::as_const(rejected)) {
        const QJsonObject o = r.toObject();
        m_out << tr("Rejected %1 %2: %3 (%4)")
                     .arg(o.value(u"entity"_qs).toString(), o.value(u"id"_qs).toString(),
                          o.value(u"message"_qs).toString(), o.value(u"code"_qs).toString())
              << '\n';
    }
}

void Session::status()
{
    const QJsonObject profile = readProfile();
    QString signedIn;
    bool hasToken = false;
    if (!profile.isEmpty()) {
        sync::Account account;
        account.serverUrl = QUrl(profile.value(u"server"_qs).toString());
        account.tenant = profile.value(u"tenant"_qs).toString();
        account.user = profile.value(u"user"_qs).toString();
        auto token = credentialStore().read(account.credentialKey());
        hasToken = token.ok() && !token->isEmpty();
    }
    const QDateTime last = store().lastSyncAt();
    const QList<core::SyncRejection> rejections = store().rejections();
    if (m_cl.isSet(u"json"_qs)) {
        QJsonArray items;
        for (const core::SyncRejection &r : rejections)
            items.append(QJsonObject{{u"entity"_qs, r.entity},
                                     {u"id"_qs, core::uuidToText(r.entityId)},
                                     {u"code"_qs, r.code},
                                     {u"message"_qs, r.message},
                                     {u"rejected_at"_qs, r.rejectedAt.toString(Qt::ISODateWithMs)}});
        printJson(m_out, QJsonObject{{u"server"_qs, profile.isEmpty() ? QJsonValue() : profile.value(u"server"_qs)},
                                     {u"tenant"_qs, profile.isEmpty() ? QJsonValue() : profile.value(u"tenant"_qs)},
                                     {u"user"_qs, profile.isEmpty() ? QJsonValue() : profile.value(u"user"_qs)},
                                     {u"device"_qs, store().deviceId()},
                                     {u"signed_in"_qs, hasToken},
                                     {u"pending_outbox"_qs, store().pendingOutboxCount()},
                                     {u"last_sync"_qs,
                                      last.isValid() ? QJsonValue(last.toString(Qt::ISODateWithMs)) : QJsonValue()},
                                     {u"cursor"_qs, QString::number(store().pullCursor())},
                                     {u"rejected"_qs, items}});
        return;
    }
    if (profile.isEmpty())
        m_out << tr("Server: not configured (run 'depotctl login')") << '\n';
    else
        m_out << tr("Server: %1, company %2, user %3 (%4)")
                     .arg(profile.value(u"server"_qs).toString(), profile.value(u"tenant"_qs).toString(),
                          profile.value(u"user"_qs).toString(), hasToken ? tr("signed in") : tr("signed out"))
              << '\n';
    m_out << tr("Device: %1").arg(store().deviceId()) << '\n'
          << tr("Waiting to be sent: %1").arg(store().pendingOutboxCount()) << '\n'
          << tr("Last sync: %1").arg(last.isValid() ? last.toString(Qt::ISODate) : tr("never")) << '\n'
          << tr("Pull cursor: %1").arg(store().pullCursor()) << '\n'
          << tr("Rejected by the server: %1").arg(rejections.size()) << '\n';
    for (const core::SyncRejection &r : rejections)
        m_out << "  " << r.entity << ' ' << core::uuidToText(r.entityId) << ": " << r.message << " (" << r.code
              << ")\n";
}

void Session::logout()
{
    const auto lock = lockSession();
    const sync::Account account = accountFromProfile(readProfile());
    QNetworkAccessManager network;
    sync::FileCredentialStore credentials = credentialStore();
    sync::SyncEngine engine(store(), account, &network, &credentials);
    bool confirmed = false;
    runEngine(
        engine, &sync::SyncEngine::loggedOut, [&] { engine.logout(); }, &confirmed);
    auto left = credentials.read(account.credentialKey());
    if (!left.ok() || !left->isEmpty())
        runtimeError(
            tr("logout: cannot remove the stored session from '%1'").arg(QDir::toNativeSeparators(credentials.path())));
    m_out << (confirmed ? tr("Signed out; the session is closed on the server.")
                        : tr("Signed out locally; the server could not be told (the session ends when it expires)."))
          << '\n';
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {{u"product"_qs, u"add"_qs},
         {u"sku"_qs, u"name"_qs},
         {u"barcode"_qs, u"category"_qs, u"unit"_qs, u"reorder-point"_qs, u"reorder-qty"_qs, u"cost"_qs, u"price"_qs},
         &Session::productAdd,
         "--sku SKU --name NAME [--barcode CODE]... [--category C] [--unit U]\n"
         "        [--reorder-point Q] [--reorder-qty Q] [--cost \"12.50 EUR\"] [--price \"15.00 EUR\"]",
         QT_TRANSLATE_NOOP("depot::app::DepotCtl", "Add a product to the catalog.")},
        {{u"product"_qs, u"list"_qs},
         {},
         {u"json"_qs, u"search"_qs, u"archived"_qs},
         &Session::productList,
         "[--json] [--search TEXT] [--archived]",
         QT_TRANSLATE_NOOP("depot::app::DepotCtl", "List products (--archived includes archived ones).")},
        {{u"product"_qs, u"archive"_qs},
         {u"sku"_qs},
         {},
         &Session::productArchive,
         "--sku SKU|BARCODE",
         QT_TRANSLATE_NOOP("depot::app::DepotCtl", "Archive a product (nothing is ever deleted).")},
        {{u"product"_qs, u"restore"_qs},
         {u"sku"_qs},
         {},
         &Session::productRestore,
         "--sku SKU|BARCODE",
         QT_TRANSLATE_NOOP("depot::app::DepotCtl", "Restore an archived product.")},
        {{u"location"_qs, u"add"_qs},
         {u"code"_qs, u"name"_qs},
         {u"type"_qs, u"parent"_qs},
         &Session::locationAdd,
         "--code CODE --name NAME [--type warehouse|shop|zone] [--parent CODE]",
         QT_TRANSLATE_NOOP("depot::app::DepotCtl", "Add a location.")},
        {{u"location"_qs, u"list"_qs},
         {},
         {u"json"_qs},
         &Session::locationList,
         "[--json]",
         QT_TRANSLATE_NOOP("depot::app::DepotCtl", "List locations.")},
    };
    static const QList<CommandSpec> all = [] {
        QList<CommandSpec> result = list;
        const QStringList moveOptions = {u"reason"_qs, u"reference"_qs, u"note"_qs, u"unit-cost"_qs};
        for (const char *kind : {"receipt", "issue", "adjust", "loss", "return"}) {
            result.append({{u"move"_qs, QString::fromLatin1(kind)},
                           {u"sku"_qs, u"location"_qs, u"qty"_qs},
                           moveOptions,
                           &Session::move,
                           "--sku SKU|BARCODE --location CODE --qty Q\n"
                           "        [--reason R] [--reference R] [--note N] [--unit-cost \"1.20 EUR\"]",
                           QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                                             "Record a movement and print its id. adjust takes a signed quantity\n"
                                             "        (--qty -2); the others a positive one.")});
        }
        result.append(
            {{u"transfer"_qs},
             {u"sku"_qs, u"from"_qs, u"to"_qs, u"qty"_qs},
             {u"reason"_qs, u"note"_qs},
             &Session::transfer,
             "--sku SKU|BARCODE --from CODE --to CODE --qty Q [--reason R] [--note N]",
             QT_TRANSLATE_NOOP("depot::app::DepotCtl", "Move stock between two locations; prints both movement ids.")});
        result.append({{u"count"_qs},
                       {u"sku"_qs, u"location"_qs, u"qty"_qs},
                       {u"reason"_qs, u"note"_qs},
                       &Session::count,
                       "--sku SKU|BARCODE --location CODE --qty Q [--reason R] [--note N]",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                                         "Record a physical count: Q becomes the stock at that location.")});
        result.append({{u"reverse"_qs},
                       {u"movement"_qs},
                       {u"reason"_qs},
                       &Session::reverse,
                       "--movement ID [--reason R]",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                                         "Cancel a movement with a reversing one (both legs of a transfer).")});
        result.append({{u"stock"_qs},
                       {},
                       {u"json"_qs, u"location"_qs, u"sku"_qs},
                       &Session::stock,
                       "[--json] [--location CODE] [--sku SKU|BARCODE]",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl", "Show stock per product and location.")});
        result.append({{u"alerts"_qs},
                       {},
                       {u"json"_qs},
                       &Session::alerts,
                       "[--json]",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl", "Show low-stock and negative-stock alerts.")});
        result.append(
            {{u"journal"_qs},
             {},
             {u"json"_qs, u"from"_qs, u"to"_qs, u"sku"_qs, u"location"_qs, u"kind"_qs, u"page"_qs, u"page-size"_qs},
             &Session::journal,
             "[--json] [--from DATE] [--to DATE] [--sku SKU] [--location CODE] [--kind KIND]\n"
             "        [--user USER] [--page N] [--page-size N]",
             QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                               "Show the movement log, 50 per page by default. DATE is YYYY-MM-DD (a\n"
                               "        whole day, --to included) or an ISO date-time (--to excluded).")});
        result.append({{u"login"_qs},
                       {u"server"_qs, u"tenant"_qs, u"user"_qs, u"password-stdin"_qs},
                       {u"ca-file"_qs, u"pin"_qs},
                       &Session::login,
                       "--server https://HOST:PORT --tenant SLUG --user EMAIL|PHONE --password-stdin\n"
                       "        [--ca-file PEM] [--pin SHA256]",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                                         "Sign this data directory in to a Depot server (password: first line of\n"
                                         "        stdin). --pin trusts exactly the certificate with this SHA-256\n"
                                         "        fingerprint (self-signed servers); --ca-file adds a CA. With both,\n"
                                         "        the certificate must be the pinned one even if the CA trusts it.")});
        result.append({{u"sync"_qs},
                       {},
                       {u"json"_qs},
                       &Session::syncNow,
                       "[--json]",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                                         "Push the outbox to the server, then pull what others recorded.")});
        result.append({{u"status"_qs},
                       {},
                       {u"json"_qs},
                       &Session::status,
                       "[--json]",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                                         "Show the server profile, changes waiting to be sent, the last sync,\n"
                                         "        the pull cursor and items the server rejected (no network).")});
        result.append({{u"logout"_qs},
                       {},
                       {},
                       &Session::logout,
                       "",
                       QT_TRANSLATE_NOOP("depot::app::DepotCtl",
                                         "End the session on the server and forget its tokens locally.")});
        return result;
    }();
    return all;
}

/// Prints the synopsis of `commands`, once for a run of subcommands that share it
/// ("move receipt|issue|adjust|loss|return ...").
void printCommands(QTextStream &out, const QList<const CommandSpec *> &commands)
{
    for (qsizetype i = 0; i < commands.size();) {
        const CommandSpec &first = *commands.at(i);
        QStringList variants{first.words.mid(1).join(u' ')};
        qsizetype next = i + 1;
        while (next < commands.size() && commands.at(next)->words.first() == first.words.first()
               && qstrcmp(commands.at(next)->synopsis, first.synopsis) == 0
               && qstrcmp(commands.at(next)->summary, first.summary) == 0) {
            variants.append(commands.at(next)->words.mid(1).join(u' '));
            ++next;
        }
        QString name = first.words.first();
        if (first.words.size() > 1)
            name += u' ' + variants.join(u'|');
        out << "  depotctl " << name << ' ' << QString::fromUtf8(first.synopsis) << '\n'
            << "        " << DepotCtl::tr(first.summary) << '\n';
        i = next;
    }
}

void printUsage(QTextStream &out)
{
    out << DepotCtl::tr("Usage: depotctl [--data-dir DIR] [--user USER] <command> [options]") << "\n\n"
        << DepotCtl::tr("Commands:") << '\n';
    QList<const CommandSpec *> all;
    for (const CommandSpec &command : commands())
        all.append(&command);
    printCommands(out, all);
    out << '\n'
        << DepotCtl::tr("Global options (before or after the command):") << '\n'
        << "  --data-dir DIR  "
        << DepotCtl::tr("data directory holding store.sqlite (default: %1)").arg(DepotCtl::defaultDataDir()) << '\n'
        << "  --user USER     "
        << DepotCtl::tr("user recorded on movements (default: %1)").arg(DepotCtl::defaultUserId()) << '\n'
        << "  --help, -h      " << DepotCtl::tr("show this help, or the help of one command") << '\n'
        << "  --version       " << DepotCtl::tr("show the version") << "\n\n"
        << DepotCtl::tr("Quantities have at most 3 decimals (\"12\", \"12.5\", \"12,5\"); amounts carry a currency "
                        "(\"12.50 EUR\").\n--json prints JSON with quantities as decimal strings.\n"
                        "Exit codes: 0 success, 1 runtime error (unknown SKU or location, store error), 2 usage error.")
        << '\n';
}

/// Prints the help of the commands whose words start with `words`; false when there is none.
bool printCommandHelp(QTextStream &out, const QStringList &words)
{
    QList<const CommandSpec *> matching;
    for (const CommandSpec &command : commands()) {
        if (command.words.mid(0, words.size()) == words)
            matching.append(&command);
    }
    if (matching.isEmpty())
        return false;
    out << DepotCtl::tr("Usage:") << '\n';
    printCommands(out, matching);
    out << '\n' << DepotCtl::tr("Global options: --data-dir DIR, --user USER, --help. See 'depotctl --help'.") << '\n';
    return true;
}

const CommandSpec &matchCommand(const QStringList &words)
{
    QList<const CommandSpec *> group;
    for (const CommandSpec &command : commands()) {
        if (command.words.first() == words.first())
            group.append(&command);
    }
    if (group.isEmpty())
        usageError(
            DepotCtl::tr("unknown command '%1'; run 'depotctl --help' for the list of commands").arg(words.first()));
    const CommandSpec *found = nullptr;
    if (group.first()->words.size() == 1) {
        found = group.first();
    } else {
        QStringList subcommands;
        for (const CommandSpec *command : std::as_const(group)) {
            subcommands.append(command->words.at(1));
            if (words.size() > 1 && command->words.at(1) == words.at(1))
                found = command;
        }
        if (words.size() < 2)
            usageError(DepotCtl::tr("'%1' needs a subcommand: %2").arg(words.first(), subcommands.join(u", ")));
        if (!found)
            usageError(DepotCtl::tr("unknown command '%1 %2' (expected one of: %3)")
                           .arg(words.at(0), words.at(1), subcommands.join(u", ")));
    }
    if (words.size() > found->words.size())
        usageError(DepotCtl::tr("%1: unexpected argument '%2'").arg(found->name(), words.at(found->words.size())));
    return *found;
}

int runCommandLine(const QStringList &args, QTextStream &out)
{
    CommandLine cl(allOptions());
    if (!cl.parse(args))
        usageError(cl.errorText() + DepotCtl::tr("; run 'depotctl --help' for usage"));
    if (cl.isSet(u"version"_qs)) {
        out << "depotctl " << DepotCtl::version() << '\n';
        return DepotCtl::ExitSuccess;
    }
    const QStringList words = cl.words();
    if (words.isEmpty()) {
        if (cl.isSet(u"help"_qs)) {
            printUsage(out);
            return DepotCtl::ExitSuccess;
        }
        usageError(DepotCtl::tr("no command given; run 'depotctl --help' for usage"));
    }
    if (words.first() == u"help") {
        if (words.size() == 1) {
            printUsage(out);
            return DepotCtl::ExitSuccess;
        }
        if (!printCommandHelp(out, words.mid(1)))
            usageError(DepotCtl::tr("no help for unknown command '%1'").arg(words.mid(1).join(u' ')));
        return DepotCtl::ExitSuccess;
    }
    if (words.first() == u"version" && words.size() == 1) {
        out << "depotctl " << DepotCtl::version() << '\n';
        return DepotCtl::ExitSuccess;
    }
    if (cl.isSet(u"help"_qs) && printCommandHelp(out, words))
        return DepotCtl::ExitSuccess;

    const CommandSpec &command = matchCommand(words);
    const QStringList given = cl.givenOptions();
    for (const QString &name : given) {
        if (!kGlobalOptions.contains(name) && !command.required.contains(name) && !command.optional.contains(name))
            usageError(DepotCtl::tr("%1: unknown option '--%2' for this command; run 'depotctl help %3'")
                           .arg(command.name(), name, command.name()));
        if (given.count(name) > 1 && !kRepeatableOptions.contains(name))
            usageError(DepotCtl::tr("%1: option '--%2' given more than once").arg(command.name(), name));
    }
    for (const QString &name : command.required) {
        if (!cl.isSet(name))
            usageError(DepotCtl::tr("%1: missing required option --%2; run 'depotctl help %3'")
                           .arg(command.name(), name, command.name()));
    }
    if (cl.isSet(u"data-dir"_qs) && cl.value(u"data-dir"_qs).trimmed().isEmpty())
        usageError(DepotCtl::tr("option --data-dir must not be empty"));
    if (cl.isSet(u"user"_qs) && cl.value(u"user"_qs).trimmed().isEmpty())
        usageError(DepotCtl::tr("option --user must not be empty"));

    Session session(cl, command, out);
    try {
        (session.*command.handler)();
    } catch (...) {
        session.discardCreated();
        throw;
    }
    return DepotCtl::ExitSuccess;
}

} // namespace

int DepotCtl::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = ExitSuccess;
    QString message;
    try {
        code = runCommandLine(args, out);
    } catch (const Failure &failure) {
        code = failure.exitCode;
        message = failure.message;
    } catch (const std::exception &e) {
        code = ExitRuntime;
        message = tr("internal error: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    out.flush();
    if (code != ExitSuccess) {
        err << "depotctl: " << message << '\n';
        err.flush();
    }
    return code;
}

QString DepotCtl::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DepotCtl::defaultUserId()
{
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("local");
}

QString DepotCtl::version()
{
    return QStringLiteral(DEPOT_VERSION);
}

} // namespace depot::app
