#include "storecontext.h"

#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressDialog>
#include <QStandardPaths>

namespace depot::app {

StoreContext::StoreContext(std::unique_ptr<core::TenantStore> store, QObject *parent)
    : QObject(parent),
      m_store(std::move(store))
{ }

StoreContext::~StoreContext() = default;

core::Result<std::unique_ptr<core::TenantStore>> StoreContext::openDataDir(const QString &dataDir,
                                                                           const QString &userId)
{
    if (!QDir().mkpath(dataDir))
        return core::Error{QStringLiteral("data_dir"),
                           tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir))};
    core::TenantStore::Options options;
    if (!userId.isEmpty())
        options.userId = userId;
    const QString path = QDir(dataDir).filePath(QStringLiteral("store.sqlite"));
    const std::optional<int> version = core::TenantStore::fileSchemaVersion(path);
    if (version && *version > 0 && *version < core::TenantStore::kSchemaVersion) {
        if (auto upgraded = upgradeStore(path, options); !upgraded.ok())
            return upgraded.error();
    }
    return core::TenantStore::open(path, options);
}

core::Result<void> StoreContext::upgradeStore(const QString &path, const core::TenantStore::Options &options)
{
    // Opening a store of an older schema migrates it, in one transaction: a large log is copied
    // (about 30 s for 1,000,000 movements on a slow machine). That runs on a pool thread, its
    // store closed when done, while a window says what is happening, instead of a frozen one.
    QProgressDialog dialog(QString(), QString(), 0, 0);
    auto *label = new QLabel(tr("Updating this company's local data for this version of Depot…\n"
                                "This happens once. With millions of movements it can take a minute or "
                                "two; if it is interrupted, nothing is lost and it starts again next time."));
    label->setWordWrap(true);
    label->setMinimumWidth(480);
    dialog.setLabel(label); // the dialog owns it
    dialog.setWindowTitle(tr("Depot"));
    dialog.setCancelButton(nullptr);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(400);
    dialog.setValue(0); // starts the 400 ms timer after which it shows (a quick upgrade shows nothing)
    QFutureWatcher<std::optional<core::Error>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, options]() -> std::optional<core::Error> {
        auto opened = core::TenantStore::open(path, options);
        if (!opened.ok())
            return opened.error();
        return std::nullopt;
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (const std::optional<core::Error> failed = watcher.result())
        return *failed;
    return {};
}

QString StoreContext::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void StoreContext::notifyChanged()
{
    emit changed();
}

} // namespace depot::app
