#include "storecontext.h"

#include <QDir>
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
    return core::TenantStore::open(QDir(dataDir).filePath(QStringLiteral("store.sqlite")), options);
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
