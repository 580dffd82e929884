#include "log.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace depot::server {

Q_LOGGING_CATEGORY(lcHttp, "depot.server.http")
Q_LOGGING_CATEGORY(lcDb, "depot.server.db")
Q_LOGGING_CATEGORY(lcAuth, "depot.server.auth")
Q_LOGGING_CATEGORY(lcSync, "depot.server.sync")
Q_LOGGING_CATEGORY(lcMain, "depot.server")

namespace {

void jsonHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *level = "info";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "error";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const QJsonObject o{
        {QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), QLatin1String(level)},
        {QStringLiteral("category"), QLatin1String(context.category ? context.category : "default")},
        {QStringLiteral("msg"), message},
    };
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installJsonLogHandler()
{
    qInstallMessageHandler(jsonHandler);
}

} // namespace depot::server
