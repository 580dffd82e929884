#include "journalexport.h"

#include "storecontext.h"

#include <QHash>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTimeZone>

namespace depot::app {

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

QFuture<ExportResult> JournalExport::exportCsv(const StoreContext &context, core::JournalFilter filter,
                                               const QString &path)
{
    return context.runOnWorker<ExportResult>(
        [filter, path](core::TenantStore &store, QPromise<ExportResult> &promise) mutable {
            ExportResult result;
            filter.offset = 0;
            filter.limit = 1;
            // One read transaction: every page comes from the same snapshot (WAL), so movements
            // recorded meanwhile by the window cannot shift the pages.
            QSqlDatabase db = store.database();
            db.transaction();
            const auto endRead = qScopeGuard([&db] { db.rollback(); });
            const qint64 total = store.journalCount(filter);
            promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
            promise.setProgressValue(0);

            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
                promise.addResult(result);
                return;
            }
            auto writeLine = [&file](const QStringList &fields) {
                file.write(fields.join(QLatin1Char(',')).toUtf8());
                file.write("\r\n");
            };
            file.write("\xEF\xBB\xBF");
            writeLine(columns());

            QHash<QUuid, core::Product> products;
            QHash<QUuid, QString> locations;
            for (const core::Location &l : store.locations(true))
                locations.insert(l.id, l.code);
            constexpr int kPage = 1000;
            filter.limit = kPage;
            while (result.rows < total) {
                if (promise.isCanceled()) {
                    file.cancelWriting();
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
                    writeLine(
                        {csvField(when.toString(Qt::ISODateWithMs), false),
                         csvField(core::movementKindToString(m.kind)), csvField(it->sku), csvField(it->name),
                         csvField(locations.value(m.locationId)), csvField(m.quantity.toString(), false),
                         csvField(m.unitCost.isNull() ? QString() : m.unitCost.amountString(), false),
                         csvField(m.unitCost.currency()), csvField(m.reason), csvField(m.reference), csvField(m.note),
                         csvField(m.userId), csvField(m.deviceId), csvField(m.id.toString(QUuid::WithoutBraces)),
                         csvField(m.transferId.isNull() ? QString() : m.transferId.toString(QUuid::WithoutBraces)),
                         csvField(m.reversesId.isNull() ? QString() : m.reversesId.toString(QUuid::WithoutBraces)),
                         csvField(m.serverSeq ? QString::number(m.serverSeq) : QString(), false)});
                }
                result.rows += page.size();
                filter.offset += int(page.size());
                promise.setProgressValue(int(qMin<qint64>(result.rows, INT_MAX)));
            }
            if (!file.commit()) {
                result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
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
