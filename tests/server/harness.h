#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace depot::server::test {

/// A throwaway PostgreSQL 15 cluster on a unix socket in a temporary directory. initdb refuses
/// root, so as root it runs the server binaries as `nobody` (runuser) with a data dir owned by it.
class PostgresInstance
{
public:
    ~PostgresInstance();
    bool start(QString *error);
    void stop();
    /// Stops the cluster (fast shutdown, connections cut) and starts it again on the same data.
    bool restart(QString *error);
    /// The URL of database `db` as the superuser `postgres`.
    QString url(const QString &db = QStringLiteral("depot")) const;
    QString socketDir() const;
    bool createDatabase(const QString &name, QString *error);

private:
    bool run(const QStringList &command, QString *error, int timeoutMs = 60000);
    bool startServer(QString *error);
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
};

/// Which backend a test run uses: DEPOT_TEST_BACKEND=sqlite (default) or postgres.
QString backendFromEnvironment();

/// A depot-server process (`serve`) on 127.0.0.1 with a random port.
class ServerProcess
{
public:
    ~ServerProcess();
    /// Starts `depot-server serve --db dbUrl --data-dir dataDir --listen 127.0.0.1:0 ...extra`.
    bool start(const QString &dbUrl, const QString &dataDir, const QStringList &extra, QString *error);
    /// SIGTERM, then waits; returns the exit code (-1 on timeout/crash).
    int stop();
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_fingerprint; }
    QString baseUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }
    /// The server's log (stderr, JSON lines).
    QByteArray stderrText();
    /// NAME=VALUE pairs added to the server's environment by start().
    QStringList environment;

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_fingerprint;
    QString m_logFile;
};

/// Runs a depot-server command (migrate, create-tenant, ...) with optional stdin; returns exit code.
int runCommand(const QStringList &arguments, const QByteArray &stdinData, QByteArray *out, QByteArray *err = nullptr,
               const QStringList &environment = {});
QString serverBinary();

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonValue data() const { return json.value(QStringLiteral("data")); }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QByteArray header(const QByteArray &name) const;
    /// True for a well-formed envelope: success true with data, or false with error.code and error.message.
    bool isEnvelope() const;
};

struct Request
{
    QByteArray method = "GET";
    QString path;
    QByteArray body;
    QString token;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// HTTPS client pinned to the server's certificate fingerprint (trust on first use).
class HttpClient
{
public:
    HttpClient(const QString &baseUrl, const QString &fingerprint);
    Response call(const Request &request, int timeoutMs = 30000);
    Response get(const QString &path, const QString &token = {});
    Response post(const QString &path, const QJsonObject &body, const QString &token = {});
    Response patch(const QString &path, const QJsonObject &body, const QString &token = {});
    Response del(const QString &path, const QString &token = {});
    /// Sends all requests at once (each on its own connection) and waits for every answer.
    /// `onFirstAnswer` runs once, when the first answer arrives (the others are in flight).
    QList<Response> parallel(const QList<Request> &requests, int timeoutMs = 60000,
                             const std::function<void()> &onFirstAnswer = {});
    int pinFailures() const { return m_pinFailures; }

private:
    QNetworkReply *send(QNetworkAccessManager &nam, const Request &request);
    QString m_base;
    QString m_fingerprint;
    QNetworkAccessManager m_nam;
    int m_pinFailures = 0;
};

QByteArray json(const QJsonObject &o);

} // namespace depot::server::test
