#include "harness.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace depot::server::test {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool isRoot()
{
    return ::geteuid() == 0;
}

void chownTree(const QString &path, uid_t uid, gid_t gid)
{
    ::chown(QFile::encodeName(path).constData(), uid, gid);
}

QString fingerprintOf(const QSslCertificate &cert)
{
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (int i = 0; i < digest.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += QLatin1String(digest.mid(i, 2));
    }
    return out;
}

} // namespace

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString backendFromEnvironment()
{
    const QString b = qEnvironmentVariable("DEPOT_TEST_BACKEND", QStringLiteral("sqlite"));
    return b == u"postgres" ? b : QStringLiteral("sqlite");
}

QString serverBinary()
{
    return QStringLiteral(DEPOT_SERVER_BIN);
}

// ---------------------------------------------------------------- PostgreSQL

PostgresInstance::~PostgresInstance()
{
    stop();
}

bool PostgresInstance::run(const QStringList &command, QString *error, int timeoutMs)
{
    QProcess p;
    QStringList args = command;
    QString program = args.takeFirst();
    if (isRoot()) {
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("nobody"));
        args.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    p.setWorkingDirectory(m_dir->path());
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(command.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardOutput()),
                          QString::fromLocal8Bit(p.readAllStandardError()));
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    return true;
}

bool PostgresInstance::start(QString *error)
{
    if (!QFile::exists(kPgBin + QStringLiteral("initdb"))) {
        *error =
            QStringLiteral("PostgreSQL 15 is not installed (%1initdb missing): install scripts/debian-packages.txt")
                .arg(kPgBin);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/depotpg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QDir(m_dir->path()).mkpath(QStringLiteral("sock"));
    if (isRoot()) {
        const passwd *pw = ::getpwnam("nobody");
        if (!pw) {
            *error = QStringLiteral("no user nobody to run PostgreSQL as");
            return false;
        }
        ::chmod(QFile::encodeName(m_dir->path()).constData(), 0755);
        chownTree(m_dir->path(), pw->pw_uid, pw->pw_gid);
        chownTree(m_dir->filePath(QStringLiteral("sock")), pw->pw_uid, pw->pw_gid);
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run({kPgBin + QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
             error))
        return false;
    if (!startServer(error))
        return false;
    return createDatabase(QStringLiteral("depot"), error);
}

bool PostgresInstance::startServer(QString *error)
{
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                                           "-c full_page_writes=off -c max_connections=200")
                                .arg(socketDir());
    if (!run({kPgBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
              QStringLiteral("-o"), options, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
              QStringLiteral("-w"), QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    return true;
}

bool PostgresInstance::restart(QString *error)
{
    stop();
    return startServer(error);
}

bool PostgresInstance::createDatabase(const QString &name, QString *error)
{
    return run({kPgBin + QStringLiteral("createdb"), QStringLiteral("-h"), socketDir(), QStringLiteral("-U"),
                QStringLiteral("postgres"), name},
               error);
}

void PostgresInstance::stop()
{
    if (!m_running)
        return;
    QString error;
    run({kPgBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
         QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
        &error);
    m_running = false;
}

QString PostgresInstance::socketDir() const
{
    return m_dir->filePath(QStringLiteral("sock"));
}

QString PostgresInstance::url(const QString &db) const
{
    return QStringLiteral("postgresql://postgres@localhost/%1?host=%2").arg(db, socketDir());
}

// ---------------------------------------------------------------- server process

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(const QString &dbUrl, const QString &dataDir, const QStringList &extra, QString *error)
{
    QStringList args{QStringLiteral("serve"),
                     QStringLiteral("--db"),
                     dbUrl,
                     QStringLiteral("--data-dir"),
                     dataDir,
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--password-profile"),
                     QStringLiteral("min")};
    args << extra;
    m_process.setProgram(serverBinary());
    m_process.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    for (const QString &kv : environment)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    m_process.setProcessEnvironment(env);
    // Logs go to a file: an unread pipe would fill up and block the server.
    m_logFile = QDir(dataDir).filePath(QStringLiteral("server-%1.log").arg(QDateTime::currentMSecsSinceEpoch()));
    m_process.setStandardErrorFile(m_logFile, QIODevice::Append);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("depot-server did not start");
        return false;
    }
    QDeadlineTimer deadline(60000);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200)) {
            if (m_process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("depot-server exited: ") + QString::fromUtf8(stderrText());
                return false;
            }
            continue;
        }
        buffer += m_process.readAllStandardOutput();
        const int nl = buffer.indexOf('\n');
        if (nl < 0)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(buffer.left(nl)).object();
        if (o.value(QStringLiteral("event")).toString() == u"listening") {
            m_port = quint16(o.value(QStringLiteral("port")).toInt());
            m_fingerprint = o.value(QStringLiteral("tls_sha256")).toString();
            return m_port != 0;
        }
        buffer = buffer.mid(nl + 1);
    }
    *error = QStringLiteral("depot-server did not report listening in time");
    return false;
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray ServerProcess::stderrText()
{
    QFile file(m_logFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int runCommand(const QStringList &arguments, const QByteArray &stdinData, QByteArray *out, QByteArray *err,
               const QStringList &environment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    for (const QString &kv : environment)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(serverBinary(), arguments);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(1000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// ---------------------------------------------------------------- HTTP

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool Response::isEnvelope() const
{
    if (!json.contains(QStringLiteral("success")))
        return false;
    if (json.value(QStringLiteral("success")).toBool())
        return json.contains(QStringLiteral("data"));
    const QJsonObject e = json.value(QStringLiteral("error")).toObject();
    return !e.value(QStringLiteral("code")).toString().isEmpty()
           && !e.value(QStringLiteral("message")).toString().isEmpty();
}

HttpClient::HttpClient(const QString &baseUrl, const QString &fingerprint) : m_base(baseUrl), m_fingerprint(fingerprint)
{ }

QNetworkReply *HttpClient::send(QNetworkAccessManager &nam, const Request &r)
{
    QNetworkRequest request(QUrl(m_base + r.path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!r.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + r.token.toUtf8());
    for (const auto &[k, v] : r.headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(request, r.method, r.body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        // Trust on first use: accept the self-signed certificate only if it is the pinned one.
        if (fingerprintOf(reply->sslConfiguration().peerCertificate()) == m_fingerprint)
            reply->ignoreSslErrors(errors);
        else
            ++m_pinFailures;
    });
    return reply;
}

namespace {

Response collect(QNetworkReply *reply)
{
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.json = QJsonDocument::fromJson(r.body).object();
    return r;
}

} // namespace

Response HttpClient::call(const Request &request, int timeoutMs)
{
    QNetworkReply *reply = send(m_nam, request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response r;
    if (reply->isFinished())
        r = collect(reply);
    else
        reply->abort();
    reply->deleteLater();
    return r;
}

Response HttpClient::get(const QString &path, const QString &token)
{
    return call({"GET", path, {}, token, {}});
}

Response HttpClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return call({"POST", path, json(body), token, {}});
}

Response HttpClient::patch(const QString &path, const QJsonObject &body, const QString &token)
{
    return call({"PATCH", path, json(body), token, {}});
}

Response HttpClient::del(const QString &path, const QString &token)
{
    return call({"DELETE", path, {}, token, {}});
}

QList<Response> HttpClient::parallel(const QList<Request> &requests, int timeoutMs,
                                     const std::function<void()> &onFirstAnswer)
{
    // One manager per request: each gets its own connection, so the server sees them concurrently.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    for (const Request &r : requests) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        replies << send(*managers.back(), r);
    }
    QDeadlineTimer deadline(timeoutMs);
    bool first = true;
    auto allDone = [&]() {
        bool all = true;
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                all = false;
            else if (first && onFirstAnswer) {
                first = false;
                onFirstAnswer();
            }
        }
        return all;
    };
    while (!allDone() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QList<Response> out;
    for (QNetworkReply *reply : replies) {
        out << (reply->isFinished() ? collect(reply) : Response{});
        reply->abort();
        delete reply;
    }
    return out;
}

} // namespace depot::server::test
