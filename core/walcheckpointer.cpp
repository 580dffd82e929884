#include "walcheckpointer.h"

#include <QLoggingCategory>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "depot.store.checkpoint")

namespace depot::core {

struct WalCheckpointer::State
{
    QByteArray path;
    int thresholdPages = 1000;
    std::mutex mutex;
    std::condition_variable wake;
    bool requested = false;
    bool stopping = false;
    int checkpoints = 0;
    std::thread thread;

    static int onCommit(void *context, sqlite3 *db, const char *schema, int walPages)
    {
        auto *state = static_cast<State *>(context);
        if (walPages >= 8 * state->thresholdPages) {
            // The log only starts over when a checkpoint has copied all of it before the next
            // commit; under a steady stream of commits the thread's checkpoints may always
            // overlap one. Past this size the committing connection checkpoints itself, as
            // SQLite's automatic checkpoint would, so the log stays bounded.
            sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            return SQLITE_OK;
        }
        if (walPages >= state->thresholdPages) {
            {
                std::lock_guard lock(state->mutex);
                if (state->stopping)
                    return SQLITE_OK;
                state->requested = true;
            }
            state->wake.notify_one();
        }
        return SQLITE_OK;
    }

    void run()
    {
        // Opened at the first checkpoint: the database may not exist yet when this starts.
        sqlite3 *db = nullptr;
        bool warned = false;
        const auto open = [&] {
            if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
                sqlite3_busy_timeout(db, 5000);
                return;
            }
            if (!warned)
                qCWarning(lcCheckpoint) << "cannot open" << path << "for checkpoints:"
                                        << (db ? sqlite3_errmsg(db) : "out of memory")
                                        << "- the committing connections checkpoint past the limit";
            warned = true;
            sqlite3_close(db);
            db = nullptr;
        };
        for (;;) {
            bool last = false;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return requested || stopping; });
                requested = false;
                last = stopping;
            }
            if (!db && !last)
                open();
            if (db) {
                int logPages = 0;
                int copied = 0;
                const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
                if (rc != SQLITE_OK && rc != SQLITE_BUSY)
                    qCWarning(lcCheckpoint) << "checkpoint of" << path << "failed:" << sqlite3_errmsg(db);
                std::lock_guard lock(mutex);
                ++checkpoints;
            }
            if (last)
                break;
        }
        sqlite3_close(db);
    }
};

WalCheckpointer::WalCheckpointer(const QString &databasePath, int thresholdPages)
    : m_state(std::make_shared<State>())
{
    m_state->path = databasePath.toUtf8();
    m_state->thresholdPages = qMax(1, thresholdPages);
    m_state->thread = std::thread([state = m_state.get()] { state->run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_one();
    m_state->thread.join();
}

std::shared_ptr<WalCheckpointer::State> WalCheckpointer::attach(sqlite3 *db)
{
    sqlite3_wal_hook(db, &State::onCommit, m_state.get());
    return m_state;
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->checkpoints;
}

} // namespace depot::core
