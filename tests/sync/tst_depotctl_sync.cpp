// depotctl login / sync / status / logout end to end: the real depotctl binary (QProcess) against a
// real depot-server over HTTPS on loopback, two data directories of one company converging.
#include "deployment.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace depot::server::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run depotctl(const QString &dataDir, QStringList args, const QByteArray &input = {})
{
    args << QStringLiteral("--data-dir") << dataDir;
    QProcess process;
    // OpenSSL keeps allocations past exit that LeakSanitizer reports when Qt's TLS plugin is
    // unloaded (the server harness turns leak detection off for the same reason).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEPOTCTL_PATH), args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        process.kill();
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    if (r.exitCode != 0)
        qInfo().noquote() << args.join(u' ') << "->" << r.exitCode << r.err;
    return r;
}

} // namespace

class TestDepotctlSync : public QObject
{
    Q_OBJECT

private:
    Deployment d;
    QString m_slug;
    QString m_email;
    QTemporaryDir m_a;
    QTemporaryDir m_b;
    QString m_adminToken;

    QStringList loginArgs(const QString &user) const
    {
        return {QStringLiteral("login"),
                QStringLiteral("--server"),
                d.server.baseUrl(),
                QStringLiteral("--tenant"),
                m_slug,
                QStringLiteral("--user"),
                user,
                QStringLiteral("--password-stdin"),
                QStringLiteral("--pin"),
                d.server.fingerprint()};
    }

    bool setTenantStatus(const char *status)
    {
        if (m_adminToken.isEmpty()) {
            QByteArray out, err;
            if (runCommand({QStringLiteral("create-platform-admin"), QStringLiteral("--db"), d.dbUrl,
                            QStringLiteral("--data-dir"), d.dataDir.path(), QStringLiteral("--email"),
                            QStringLiteral("root@platform.test"), QStringLiteral("--password-stdin"),
                            QStringLiteral("--password-profile"), QStringLiteral("min")},
                           "platform-password-1\n", &out, &err)
                != 0)
                qWarning() << err;
            m_adminToken = d.http
                               ->post(QStringLiteral("/api/v1/auth/login"),
                                      {{QStringLiteral("identifier"), QStringLiteral("root@platform.test")},
                                       {QStringLiteral("password"), QStringLiteral("platform-password-1")}})
                               .data()
                               .toObject()
                               .value(QStringLiteral("access_token"))
                               .toString();
        }
        return d.http->patch(QStringLiteral("/api/v1/admin/tenants/") + m_slug, {{"status", status}}, m_adminToken)
                   .status
               == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(d.start({QStringLiteral("--signups-per-ip"), QStringLiteral("100000"),
                          QStringLiteral("--login-failures-per-ip"), QStringLiteral("100000")},
                         &error),
                 qPrintable(error));
        m_email = QStringLiteral("cli-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        m_slug = d.signup(QStringLiteral("Cli Co %1").arg(QDateTime::currentMSecsSinceEpoch()), m_email,
                          QLatin1String(Deployment::kPassword), QStringLiteral("professional"));
        QVERIFY(!m_slug.isEmpty());
    }

    void cleanupTestCase()
    {
        d.server.stop();
        d.stop();
    }

    void loginSyncStatus()
    {
        const QString a = m_a.path();
        const QString b = m_b.path();
        // Offline work first.
        QCOMPARE(depotctl(a, {"location", "add", "--code", "W1", "--name", "Warehouse"}).exitCode, 0);
        QCOMPARE(depotctl(a, {"location", "add", "--code", "S1", "--name", "Shop", "--type", "shop"}).exitCode, 0);
        QCOMPARE(depotctl(a, {"product", "add", "--sku", "TEA", "--name", "Tea"}).exitCode, 0);
        QCOMPARE(depotctl(a, {"move", "receipt", "--sku", "TEA", "--location", "W1", "--qty", "12"}).exitCode, 0);
        QCOMPARE(depotctl(a, {"transfer", "--sku", "TEA", "--from", "W1", "--to", "S1", "--qty", "2"}).exitCode, 0);

        Run status = depotctl(a, {"status", "--json"});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value("signed_in").toBool(), false);
        QCOMPARE(status.json().value("pending_outbox").toInt(), 6);
        QVERIFY(status.json().value("last_sync").isNull());

        // Not signed in yet: a clear error.
        Run early = depotctl(a, {"sync"});
        QCOMPARE(early.exitCode, 1);
        QVERIFY(early.err.contains("depotctl login"));

        // Wrong password: a clear error, nothing stored.
        Run wrong = depotctl(a, loginArgs(m_email), "wrong-password-here\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("password is wrong"), wrong.err.constData());
        QVERIFY(!QFile::exists(a + "/profile.json"));

        // Wrong pin: refused.
        QStringList badPin = loginArgs(m_email);
        badPin.last() = QString(64, u'0');
        Run pinned = depotctl(a, badPin, QByteArray(Deployment::kPassword) + "\n");
        QCOMPARE(pinned.exitCode, 1);
        QVERIFY2(pinned.err.contains("pinned fingerprint"), pinned.err.constData());

        Run login = depotctl(a, loginArgs(m_email), QByteArray(Deployment::kPassword) + "\n");
        QCOMPARE(login.exitCode, 0);
        QVERIFY(login.out.contains("Signed in"));
        QFile creds(a + "/credentials.json");
        QVERIFY(creds.exists());
        QCOMPARE(
            creds.permissions()
                & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::Permissions());
        QFile profile(a + "/profile.json");
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QVERIFY(!profile.readAll().contains(Deployment::kPassword));

        Run sync = depotctl(a, {"sync", "--json"});
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(sync.json().value("accepted").toInt(), 6);
        QCOMPARE(sync.json().value("pending_outbox").toInt(), 0);
        status = depotctl(a, {"status", "--json"});
        QCOMPARE(status.json().value("signed_in").toBool(), true);
        QCOMPARE(status.json().value("pending_outbox").toInt(), 0);
        QVERIFY(!status.json().value("last_sync").isNull());
        QVERIFY(status.json().value("cursor").toString().toLongLong() > 0);
        QCOMPARE(status.json().value("rejected").toArray().size(), 0);
        QCOMPARE(status.json().value("tenant").toString(), m_slug);

        // A second data directory (another device) gets everything and adds its own.
        QCOMPARE(depotctl(b, loginArgs(m_email), QByteArray(Deployment::kPassword) + "\n").exitCode, 0);
        QCOMPARE(depotctl(b, {"sync"}).exitCode, 0);
        QCOMPARE(depotctl(b, {"move", "issue", "--sku", "TEA", "--location", "S1", "--qty", "1"}).exitCode, 0);
        QCOMPARE(depotctl(b, {"count", "--sku", "TEA", "--location", "W1", "--qty", "9"}).exitCode, 0);
        Run bSync = depotctl(b, {"sync"});
        QCOMPARE(bSync.exitCode, 0);
        QVERIFY(bSync.out.contains("2 accepted"));
        QCOMPARE(depotctl(a, {"sync"}).exitCode, 0);

        const Run stockA = depotctl(a, {"stock", "--json"});
        const Run stockB = depotctl(b, {"stock", "--json"});
        QCOMPARE(stockA.exitCode, 0);
        QCOMPARE(stockA.out, stockB.out);
        QVERIFY(stockA.out.contains("\"9\""));
        // Same log, same server sequences, on both.
        QCOMPARE(depotctl(a, {"journal", "--json"}).out, depotctl(b, {"journal", "--json"}).out);

        // Again: nothing to send, nothing new.
        Run again = depotctl(a, {"sync", "--json"});
        QCOMPARE(again.json().value("pushed").toInt(), 0);
        QCOMPARE(again.json().value("pulled_movements").toInt(), 0);

        // Logout: the session ends, sync asks to sign in again, local work continues.
        Run logout = depotctl(a, {"logout"});
        QCOMPARE(logout.exitCode, 0);
        QVERIFY(logout.out.contains("closed on the server"));
        QCOMPARE(depotctl(a, {"status", "--json"}).json().value("signed_in").toBool(), false);
        Run after = depotctl(a, {"sync"});
        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.err.contains("depotctl login"), after.err.constData());
        QCOMPARE(depotctl(a, {"move", "receipt", "--sku", "TEA", "--location", "W1", "--qty", "1"}).exitCode, 0);
        QCOMPARE(depotctl(a, {"status", "--json"}).json().value("pending_outbox").toInt(), 1);
    }

    void suspendedCompanyKeepsTheSession()
    {
        // Every run starts with a refresh, which a suspended company's server refuses (403
        // tenant_suspended): the run fails clearly, but the stored session and the outbox stay, and
        // after reactivation the next run syncs without a new login.
        const QString b = m_b.path();
        QCOMPARE(depotctl(b, {"move", "receipt", "--sku", "TEA", "--location", "W1", "--qty", "3"}).exitCode, 0);
        QVERIFY(setTenantStatus("SUSPENDED"));
        Run suspended = depotctl(b, {"sync"});
        QCOMPARE(suspended.exitCode, 1);
        QVERIFY2(suspended.err.contains("suspended"), suspended.err.constData());
        QVERIFY2(suspended.err.contains("1 change(s) wait in the outbox"), suspended.err.constData());
        QVERIFY2(!suspended.err.contains("depotctl login"), suspended.err.constData());
        Run status = depotctl(b, {"status", "--json"});
        QCOMPARE(status.json().value("signed_in").toBool(), true);
        QCOMPARE(status.json().value("pending_outbox").toInt(), 1);
        QVERIFY(setTenantStatus("ACTIVE"));
        Run resumed = depotctl(b, {"sync", "--json"});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(resumed.json().value("accepted").toInt(), 1);
        QCOMPARE(resumed.json().value("pending_outbox").toInt(), 0);
    }

    void companyCaIsTrusted()
    {
        // A server whose certificate is signed by a company CA (made here with openssl), on the
        // same database: --ca-file trusts it without a pin; without the CA it is refused; and a
        // pin, when given with the CA, must match even though the CA vouches for the certificate.
        QTemporaryDir pki;
        const auto openssl = [&pki](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(pki.path());
            p.start(QStringLiteral("openssl"), args);
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                qWarning().noquote() << "openssl" << args.join(u' ') << p.readAllStandardError();
                return false;
            }
            return true;
        };
        QFile ext(pki.filePath(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY(
            openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                     "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Depot Test Company CA", "-addext",
                     "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"}));
        QVERIFY(openssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                         "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"}));
        QVERIFY(openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                         "-out", "server.pem", "-days", "2", "-extfile", "server.ext"}));
        QTemporaryDir serverDir;
        ServerProcess caServer;
        QString error;
        QVERIFY2(d.startAnother(caServer, serverDir.path(),
                                {QStringLiteral("--tls-cert"), pki.filePath(QStringLiteral("server.pem")),
                                 QStringLiteral("--tls-key"), pki.filePath(QStringLiteral("server.key"))},
                                &error),
                 qPrintable(error));
        QVERIFY(caServer.fingerprint() != d.server.fingerprint());
        const QStringList base{QStringLiteral("login"),
                               QStringLiteral("--server"),
                               caServer.baseUrl(),
                               QStringLiteral("--tenant"),
                               m_slug,
                               QStringLiteral("--user"),
                               m_email,
                               QStringLiteral("--password-stdin")};
        const QByteArray password = QByteArray(Deployment::kPassword) + "\n";
        const QString caFile = pki.filePath(QStringLiteral("ca.pem"));

        QTemporaryDir trusted;
        Run login = depotctl(trusted.path(), base + QStringList{"--ca-file", caFile}, password);
        QCOMPARE(login.exitCode, 0);
        QVERIFY(login.out.contains("Signed in"));
        // The CA file is remembered: later runs trust the server the same way.
        Run sync = depotctl(trusted.path(), {"sync", "--json"});
        QCOMPARE(sync.exitCode, 0);
        QVERIFY(sync.json().value("pulled_movements").toInt() > 0);

        QTemporaryDir untrusted;
        Run refused = depotctl(untrusted.path(), base, password);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("not trusted"), refused.err.constData());
        QVERIFY(!QFile::exists(untrusted.filePath("credentials.json")));

        QTemporaryDir wrongPin;
        Run pinned =
            depotctl(wrongPin.path(), base + QStringList{"--ca-file", caFile, "--pin", QString(64, u'0')}, password);
        QCOMPARE(pinned.exitCode, 1);
        QVERIFY2(pinned.err.contains("pinned fingerprint"), pinned.err.constData());
        QVERIFY(!QFile::exists(wrongPin.filePath("credentials.json")));

        QTemporaryDir rightPin;
        QCOMPARE(depotctl(rightPin.path(), base + QStringList{"--ca-file", caFile, "--pin", caServer.fingerprint()},
                          password)
                     .exitCode,
                 0);
        caServer.stop();
    }

    void trustOnFirstUse()
    {
        // No --pin for a self-signed server: refused, but the refusal shows the certificate's
        // fingerprint and how to pin it (like ssh); re-running with what it printed works.
        QTemporaryDir dir;
        QStringList args = loginArgs(m_email);
        args.removeLast();
        args.removeLast(); // --pin FP
        Run first = depotctl(dir.path(), args, QByteArray(Deployment::kPassword) + "\n");
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains("not trusted"), first.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("credentials.json")));
        QVERIFY(!QFile::exists(dir.filePath("profile.json")));
        const QRegularExpression pinLine(QStringLiteral("--pin ([0-9A-F:]+)"));
        const QRegularExpressionMatch match = pinLine.match(QString::fromUtf8(first.err));
        QVERIFY2(match.hasMatch(), first.err.constData());
        QCOMPARE(match.captured(1), d.server.fingerprint());
        QVERIFY(first.err.contains("tls_sha256"));
        Run pinned = depotctl(dir.path(), args + QStringList{"--pin", match.captured(1)},
                              QByteArray(Deployment::kPassword) + "\n");
        QCOMPARE(pinned.exitCode, 0);
        QCOMPARE(depotctl(dir.path(), {"sync"}).exitCode, 0);
        // A wrong pin is refused and names what the server presented, but never offers to pin it.
        QTemporaryDir other;
        Run wrong = depotctl(other.path(), args + QStringList{"--pin", QString(64, u'1')},
                             QByteArray(Deployment::kPassword) + "\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("does not match the pinned fingerprint"), wrong.err.constData());
        QVERIFY(wrong.err.contains(d.server.fingerprint().toUtf8()));
        QVERIFY(!wrong.err.contains("--pin"));
    }

    void concurrentRunsWaitForTheLock()
    {
        // A run that finds another one talking to the server waits for it instead of racing on the
        // refresh-token rotation.
        QLockFile held(m_a.filePath(QStringLiteral("sync.lock")));
        QVERIFY(held.tryLock(0));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DEPOTCTL_PATH),
                      {QStringLiteral("status"), QStringLiteral("--data-dir"), m_a.path()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0); // status does not need the lock
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(DEPOTCTL_PATH),
                      {QStringLiteral("logout"), QStringLiteral("--data-dir"), m_a.path()});
        QVERIFY(process.waitForStarted());
        QVERIFY(!process.waitForFinished(1500));
        held.unlock();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(timer.elapsed() >= 1400);
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        QCOMPARE(
            depotctl(dir.path(),
                     {"login", "--server", "http://127.0.0.1:1", "--tenant", "x", "--user", "u", "--password-stdin"},
                     "secret\n")
                .exitCode,
            2);
        QCOMPARE(depotctl(dir.path(),
                          {"login", "--server", d.server.baseUrl(), "--tenant", "x", "--user", "u", "--password-stdin",
                           "--pin", "abc"},
                          "secret\n")
                     .exitCode,
                 2);
        QCOMPARE(depotctl(dir.path(),
                          {"login", "--server", d.server.baseUrl(), "--tenant", "x", "--user", "u", "--password-stdin"},
                          "")
                     .exitCode,
                 2);
        // One data directory, one company.
        QCOMPARE(depotctl(m_b.path(),
                          {"login", "--server", d.server.baseUrl(), "--tenant", "another-company", "--user", m_email,
                           "--password-stdin", "--pin", d.server.fingerprint()},
                          QByteArray(Deployment::kPassword) + "\n")
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDepotctlSync)
#include "tst_depotctl_sync.moc"
