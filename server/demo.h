#pragma once

#include <QStringList>

namespace depot::server {

/// `depot-server seed-demo`: creates a demo company (users of every role, three locations, about
/// 200 products and six months of movements) through the store layer and its normal rules.
/// `arguments` is the whole command line (program name first). Returns the process exit code.
int seedDemoMain(const QStringList &arguments);

} // namespace depot::server
