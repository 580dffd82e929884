#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace depot::core {

/// Moves SQLite's WAL checkpoints off the connections that commit: once a commit leaves the
/// write-ahead log at `thresholdPages` pages or more, a thread of its own copies the log back
/// into the database file (a PASSIVE checkpoint on its own connection, which never blocks
/// readers nor writers), instead of the committing connection doing it before its commit
/// returns. A checkpoint is a page write per page changed and an fsync of the database file:
/// tens of milliseconds that a clerk's scan, or a push of 1,000 movements, waited for.
///
/// Past eight times the threshold (the thread's checkpoints kept overlapping commits, so the log
/// could not start over) the committing connection checkpoints itself, as SQLite would.
///
/// attach() replaces SQLite's automatic checkpoint of a connection (its WAL hook). The
/// connections attached keep a share of the state the hook uses, so one may outlive the
/// checkpointer (the hook then does nothing). Destroying the checkpointer stops its thread
/// after a last checkpoint.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &databasePath, int thresholdPages = 1000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Shared by the checkpointer and the connections it is attached to.
    struct State;
    /// Installs the hook on `db` (a connection in WAL mode to the same database); the returned
    /// handle keeps the hook's state alive and must live as long as `db`.
    std::shared_ptr<State> attach(sqlite3 *db);
    /// Checkpoints done so far (tests, benchmarks).
    int checkpoints() const;

private:
    std::shared_ptr<State> m_state;
};

} // namespace depot::core
