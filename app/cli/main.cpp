#include "app/cli/depotctl.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Depot"));
    QCoreApplication::setApplicationName(QStringLiteral("depotctl"));
    QCoreApplication::setApplicationVersion(depot::app::DepotCtl::version());

    // A failed command prints one message of its own; the libraries' diagnostics would only repeat it
    // in technical terms. QT_LOGGING_RULES (e.g. "depot.*=true") still turns them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("depot.*.debug=false\ndepot.*.info=false\ndepot.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    depot::app::DepotCtl ctl;
    const int code = ctl.run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
