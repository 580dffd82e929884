#pragma once

#include "core/tenantstore.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace depot::app {

/// The store the desktop app works on, owned by the GUI thread. Every page writes through it and
/// calls notifyChanged() after a write, so that other pages and the status bar refresh.
///
/// Long work (exports, large queries) never runs on this connection: runOnWorker() gives the job
/// its own TenantStore on the same file, on a pool thread (a TenantStore is per thread; SQLite WAL
/// lets the reader and the GUI writer work at the same time).
class StoreContext : public QObject
{
    Q_OBJECT
public:
    explicit StoreContext(std::unique_ptr<core::TenantStore> store, QObject *parent = nullptr);
    ~StoreContext() override;

    /// Opens DIR/store.sqlite, creating DIR if needed (the layout depotctl uses). A store of an
    /// older schema is migrated first through upgradeStore().
    static core::Result<std::unique_ptr<core::TenantStore>> openDataDir(const QString &dataDir,
                                                                        const QString &userId = {});
    /// QStandardPaths::AppDataLocation.
    static QString defaultDataDir();

    core::TenantStore &store() { return *m_store; }
    const core::TenantStore &store() const { return *m_store; }
    QString path() const { return m_store->path(); }

    /// Runs `job` on a pool thread with a TenantStore of its own on the same file. The job reports
    /// progress through the promise; a failure to open the store is reported as `onOpenError(message)`.
    template<typename T>
    QFuture<T> runOnWorker(std::function<void(core::TenantStore &, QPromise<T> &)> job,
                           std::function<T(const QString &)> onOpenError) const
    {
        const QString path = m_store->path();
        const QString user = m_store->userId();
        return QtConcurrent::run(
            [path, user, job = std::move(job), onOpenError = std::move(onOpenError)](QPromise<T> &promise) {
                core::TenantStore::Options options;
                options.userId = user;
                auto opened = core::TenantStore::open(path, options);
                if (!opened.ok()) {
                    promise.addResult(onOpenError(opened.error().message));
                    return;
                }
                job(*opened.value(), promise);
            });
    }

    /// Migrates the store at `path` (of an older schema) on a pool thread, with a window saying so.
    static core::Result<void> upgradeStore(const QString &path, const core::TenantStore::Options &options);

public slots:
    /// Tells every view that the store changed (a movement, a product...).
    void notifyChanged();

signals:
    void changed();

private:
    std::unique_ptr<core::TenantStore> m_store;
};

} // namespace depot::app
