#pragma once

#include "core/tenantstore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace depot::app {

class StoreContext;

/// What an export did.
struct ExportResult
{
    bool ok = false;
    bool canceled = false;
    qint64 rows = 0;
    QString error;
};

/// Writes the movement journal (every movement matching the filter, offset/limit ignored) to a CSV
/// or XLSX file, on a worker thread with its own TenantStore, from one read snapshot.
/// CSV: RFC 4180 with a UTF-8 BOM so that spreadsheet programs read accents; text cells that a
/// spreadsheet would run as a formula are prefixed with '. XLSX (libxlsxwriter): one sheet, bold
/// frozen header, quantities and costs as numbers, text always stored as text.
/// The file appears complete or not at all; canceling leaves nothing behind.
/// Progress is reported in rows, from 0 to the number of matching movements.
class JournalExport
{
    Q_DECLARE_TR_FUNCTIONS(depot::app::JournalExport)
public:
    enum class Format {
        Csv,
        Xlsx
    };
    static QFuture<ExportResult> exportCsv(const StoreContext &context, core::JournalFilter filter, const QString &path)
    {
        return exportFile(context, std::move(filter), path, Format::Csv);
    }
    static QFuture<ExportResult> exportFile(const StoreContext &context, core::JournalFilter filter,
                                            const QString &path, Format format);
    /// Xlsx for a path ending in .xlsx (any case), Csv otherwise.
    static Format formatForPath(const QString &path);
    /// The CSV header (untranslated, stable column names for scripts).
    static QStringList columns();
    /// One CSV field, quoted when needed.
    static QString csvField(const QString &value, bool text = true);
};

} // namespace depot::app
