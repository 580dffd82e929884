#pragma once

#include <QLoggingCategory>

namespace depot::server {

Q_DECLARE_LOGGING_CATEGORY(lcHttp) // depot.server.http
Q_DECLARE_LOGGING_CATEGORY(lcDb)   // depot.server.db
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // depot.server.auth
Q_DECLARE_LOGGING_CATEGORY(lcSync) // depot.server.sync
Q_DECLARE_LOGGING_CATEGORY(lcMain) // depot.server

/// Installs a message handler that writes one JSON object per line on stderr
/// ({"ts","level","category","msg"}). Messages never carry secrets: callers log ids, not tokens.
void installJsonLogHandler();

} // namespace depot::server
