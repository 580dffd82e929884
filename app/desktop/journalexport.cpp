#include "journalexport.h"

#include "storecontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>

#include <xlsxwriter.h>

#include <memory>

namespace depot::app {

namespace {

/// One cell: text, or a number (kept as text too, for CSV).
struct Cell
{
    QString text;
    bool number = false;
    double value = 0;
};

Cell text(const QString &t)
{
    return {t, false, 0};
}

Cell number(const QString &t, double v)
{
    return {t, true, v};
}

/// Where the rows go. open() and commit() report a message on failure; cancel() removes everything.
class Writer
{
public:
    virtual ~Writer() = default;
    virtual bool open(QString *error) = 0;
    virtual void row(const QList<Cell> &cells) = 0;
    virtual bool commit(QString *error) = 0;
    virtual void cancel() = 0;
};

class CsvWriter : public Writer
{
public:
    explicit CsvWriter(const QString &path) : m_file(path) { }

    bool open(QString *error) override
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            *error = m_file.errorString();
            return false;
        }
        m_file.write("\xEF\xBB\xBF");
        return true;
    }
    void row(const QList<Cell> &cells) override
    {
        QStringList fields;
        fields.reserve(cells.size());
        for (const Cell &c : cells)
            fields << JournalExport::csvField(c.text, !c.number);
        m_file.write(fields.join(QLatin1Char(',')).toUtf8());
        m_file.write("\r\n");
    }
    bool commit(QString *error) override
    {
        if (m_file.commit())
            return true;
        *error = m_file.errorString();
        return false;
    }
    void cancel() override { m_file.cancelWriting(); }

private:
    QSaveFile m_file;
};

class XlsxWriter : public Writer
{
public:
    explicit XlsxWriter(const QString &path) : m_path(path), m_partPath(path + QStringLiteral(".part")) { }
    ~XlsxWriter() override
    {
        if (m_workbook)
            cancel();
    }

    bool open(QString *error) override
    {
        if (!QFileInfo(QFileInfo(m_path).absolutePath()).isWritable()) {
            *error = JournalExport::tr("the folder is not writable");
            return false;
        }
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows go to disk as they come: any journal size
        m_workbook = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
        if (!m_workbook) {
            *error = JournalExport::tr("cannot create the workbook");
            return false;
        }
        m_sheet = workbook_add_worksheet(m_workbook, "journal");
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        worksheet_freeze_panes(m_sheet, 1, 0);
        return m_sheet != nullptr;
    }
    void row(const QList<Cell> &cells) override
    {
        for (int column = 0; column < cells.size(); ++column) {
            const Cell &c = cells.at(column);
            if (c.text.isEmpty())
                continue;
            if (c.number)
                worksheet_write_number(m_sheet, m_row, lxw_col_t(column), c.value, nullptr);
            else
                worksheet_write_string(m_sheet, m_row, lxw_col_t(column), c.text.toUtf8().constData(),
                                       m_row == 0 ? m_bold : nullptr);
        }
        ++m_row;
    }
    bool commit(QString *error) override
    {
        const lxw_error result = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (result != LXW_NO_ERROR) {
            *error = QString::fromUtf8(lxw_strerror(result));
            QFile::remove(m_partPath);
            return false;
        }
        QFile::remove(m_path);
        if (!QFile::rename(m_partPath, m_path)) {
            *error = JournalExport::tr("cannot rename %1").arg(QDir::toNativeSeparators(m_partPath));
            QFile::remove(m_partPath);
            return false;
        }
        return true;
    }
    void cancel() override
    {
        if (m_workbook)
            workbook_close(m_workbook);
        m_workbook = nullptr;
        QFile::remove(m_partPath);
    }

private:
    QString m_path;
    QString m_partPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_row_t m_row = 0;
};

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

QStringList JournalExport::columns()
{
    return {QStringLiteral("time_utc"),    QStringLiteral("kind"),        QStringLiteral("sku"),
            QStringLiteral("product"),     QStringLiteral("location"),    QStringLiteral("quantity"),
            QStringLiteral("unit_cost"),   QStringLiteral("currency"),    QStringLiteral("reason"),
            QStringLiteral("reference"),   QStringLiteral("note"),        QStringLiteral("user"),
            QStringLiteral("device"),      QStringLiteral("movement_id"), QStringLiteral("transfer_id"),
            QStringLiteral("reverses_id"), QStringLiteral("server_seq")};
}

QString JournalExport::csvField(const QString &value, bool text)
{
    QString v = value;
    // A cell starting with = + - @ is run as a formula by spreadsheets (CSV injection).
    if (text && !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

JournalExport::Format JournalExport::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QFuture<ExportResult> JournalExport::exportFile(const StoreContext &context, core::JournalFilter filter,
                                                const QString &path, Format format)
{
    return context.runOnWorker<ExportResult>(
        [filter, path, format](core::TenantStore &store, QPromise<ExportResult> &promise) mutable {
            ExportResult result;
            filter = filter.withoutPaging();
            filter.limit = 1;
            // One read transaction: every page comes from the same snapshot (WAL), so movements
            // recorded meanwhile by the window cannot shift the pages.
            QSqlDatabase db = store.database();
            db.transaction();
            const auto endRead = qScopeGuard([&db] { db.rollback(); });
            const qint64 total = store.journalCount(filter);
            promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
            promise.setProgressValue(0);

            std::unique_ptr<Writer> writer;
            if (format == Format::Xlsx)
                writer = std::make_unique<XlsxWriter>(path);
            else
                writer = std::make_unique<CsvWriter>(path);
            QString error;
            if (!writer->open(&error)) {
                result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
                promise.addResult(result);
                return;
            }
            QList<Cell> header;
            for (const QString &column : columns())
                header << text(column);
            writer->row(header);

            QHash<QUuid, core::Product> products;
            QHash<QUuid, QString> locations;
            for (const core::Location &l : store.locations(true))
                locations.insert(l.id, l.code);
            constexpr int kPage = 1000;
            filter.limit = kPage;
            while (result.rows < total) {
                if (promise.isCanceled()) {
                    writer->cancel();
                    result.canceled = true;
                    promise.addResult(result);
                    return;
                }
                const QList<core::Movement> page = store.journal(filter);
                if (page.isEmpty())
                    break;
                for (const core::Movement &m : page) {
                    auto it = products.find(m.productId);
                    if (it == products.end())
                        it = products.insert(m.productId, store.productById(m.productId).value_or(core::Product{}));
                    const QDateTime when = QDateTime::fromMSecsSinceEpoch(m.hlc.physicalMs(), Qt::UTC);
                    const double cost = m.unitCost.isNull() ? 0.0 : m.unitCost.amountString().toDouble();
                    writer->row({text(when.toString(Qt::ISODateWithMs)), text(core::movementKindToString(m.kind)),
                                 text(it->sku), text(it->name), text(locations.value(m.locationId)),
                                 number(m.quantity.toString(), double(m.quantity.milli()) / core::Quantity::kScale),
                                 number(m.unitCost.isNull() ? QString() : m.unitCost.amountString(), cost),
                                 text(m.unitCost.currency()), text(m.reason), text(m.reference), text(m.note),
                                 text(m.userId), text(m.deviceId), text(uuidText(m.id)), text(uuidText(m.transferId)),
                                 text(uuidText(m.reversesId)),
                                 number(m.serverSeq ? QString::number(m.serverSeq) : QString(), double(m.serverSeq))});
                }
                result.rows += page.size();
                filter.after = core::JournalKey::of(page.last()); // by key: each page costs the same
                promise.setProgressValue(int(qMin<qint64>(result.rows, INT_MAX)));
            }
            if (!writer->commit(&error)) {
                result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
                promise.addResult(result);
                return;
            }
            result.ok = true;
            promise.addResult(result);
        },
        [](const QString &message) {
            ExportResult result;
            result.error = message;
            return result;
        });
}

} // namespace depot::app
