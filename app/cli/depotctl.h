#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace depot::app {

/// The headless command-line client, `depotctl`: parses one command line, runs that command against
/// the local tenant store (DIR/store.sqlite) and prints the result, as aligned columns for people or
/// as JSON with `--json` (quantities always as decimal strings).
///
/// Guarantees: a failure prints exactly one line starting with "depotctl: " on `err` and returns
/// ExitUsage (bad command line, malformed value) or ExitRuntime (unknown SKU or location, store
/// error); every argument is parsed and every reference resolved before anything is written, and each
/// write is one store transaction, so a failed command leaves the store as it was.
class DepotCtl
{
    Q_DECLARE_TR_FUNCTIONS(depot::app::DepotCtl)

public:
    enum ExitCode {
        ExitSuccess = 0,
        ExitRuntime = 1, ///< the command was well formed but could not be carried out
        ExitUsage = 2,   ///< the command line is wrong
    };

    /// Runs one command. `args` excludes the program name.
    int run(const QStringList &args, QTextStream &out, QTextStream &err);

    /// The data directory used without --data-dir: QStandardPaths::AppDataLocation
    /// (~/.local/share/Depot/depotctl on Linux, with the names main() sets).
    static QString defaultDataDir();
    /// The user recorded on movements without --user: $USER, else $USERNAME, else "local".
    static QString defaultUserId();
    static QString version();
};

} // namespace depot::app
