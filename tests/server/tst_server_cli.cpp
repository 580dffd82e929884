// depot-server commands and configuration: migrate, create-platform-admin, create-tenant, serve
// settings from flags, environment and a config file, TLS certificate handling. Both backends.
#include "deployment.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTest>

using namespace depot::server::test;

class TestServerCli : public QObject
{
    Q_OBJECT

private:
    QString m_backend;
    PostgresInstance m_postgres;
    QTemporaryDir m_dir;
    QString m_db;

    QStringList common() const
    {
        return {QStringLiteral("--db"),
                m_db,
                QStringLiteral("--data-dir"),
                m_dir.path(),
                QStringLiteral("--password-profile"),
                QStringLiteral("min")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = backendFromEnvironment();
        if (m_backend == u"postgres") {
            QString error;
            QVERIFY2(m_postgres.start(&error), qPrintable(error));
            m_db = m_postgres.url();
        } else {
            m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("cli.sqlite"));
        }
    }

    void migrateIsIdempotent()
    {
        QByteArray out;
        QCOMPARE(runCommand(QStringList{QStringLiteral("migrate")} + common(), {}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value("schema_version").toInt(), 2);
        QCOMPARE(runCommand(QStringList{QStringLiteral("migrate")} + common(), {}, &out), 0);
    }

    void migrationToVersion2KeepsTheLogAndItsReferences()
    {
        // Version 2 drops the movement log's foreign keys (the push checks references itself) and
        // makes products and locations impossible to delete or renumber instead. A database at
        // version 1 with movements keeps them, its indexes and its append-only rule.
        QString db;
        if (m_backend == u"postgres") {
            QString error;
            QVERIFY2(m_postgres.createDatabase(QStringLiteral("v1"), &error), qPrintable(error));
            db = m_postgres.url(QStringLiteral("v1"));
        } else {
            db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("v1.sqlite"));
        }
        const QStringList options{QStringLiteral("--db"), db, QStringLiteral("--data-dir"), m_dir.path()};
        QByteArray out, err;
        QCOMPARE(runCommand(QStringList{"migrate", "--to-version", "1"} + options, {}, &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value("schema_version").toInt(), 1);
        const bool pg = m_backend == u"postgres";
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                         QStringLiteral("v1"));
            if (pg) {
                sql.setHostName(m_postgres.socketDir());
                sql.setDatabaseName(QStringLiteral("v1"));
                sql.setUserName(QStringLiteral("postgres"));
            } else {
                sql.setDatabaseName(m_dir.filePath(QStringLiteral("v1.sqlite")));
            }
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            const auto exec = [&](const QString &statement) {
                const bool ok = q.exec(statement);
                if (!ok)
                    qWarning().noquote() << statement << q.lastError().text();
                return ok;
            };
            const QString t = QStringLiteral("0190a000-0000-7000-8000-000000000001");
            const QString p = QStringLiteral("0190a000-0000-7000-8000-000000000002");
            const QString l = QStringLiteral("0190a000-0000-7000-8000-000000000003");
            QVERIFY(exec(QStringLiteral("INSERT INTO tenants (id, slug, name, email, status, plan, trial_ends_at, "
                                        "created_at, updated_at) VALUES ('%1', 'v1', 'V1', 'v1@x.test', 'ACTIVE', "
                                        "'starter', 0, 0, 0)")
                             .arg(t)));
            QVERIFY(exec(QStringLiteral("INSERT INTO products (tenant_id, id, sku, name, data, stamps, created_hlc, "
                                        "seq, updated_at) VALUES ('%1', '%2', 'SKU', 'P', '{}', '{}', 1, 1, 0)")
                             .arg(t, p)));
            QVERIFY(exec(QStringLiteral("INSERT INTO locations (tenant_id, id, code, name, data, stamps, created_hlc, "
                                        "seq, updated_at) VALUES ('%1', '%2', 'LOC', 'L', '{}', '{}', 1, 2, 0)")
                             .arg(t, l)));
            for (int i = 0; i < 3; ++i) {
                QVERIFY(exec(QStringLiteral("INSERT INTO movements (tenant_id, id, seq, product_id, location_id, kind, "
                                            "quantity, hlc, pushed_by, recorded_at) VALUES ('%1', "
                                            "'0190a000-0000-7000-8000-00000000010%2', %3, '%4', '%5', 'RECEIPT', "
                                            "1000, %3, '%4', 0)")
                                 .arg(t)
                                 .arg(i)
                                 .arg(i + 3)
                                 .arg(p, l)));
            }
            sql.close();
            QCOMPARE(runCommand(QStringList{QStringLiteral("migrate")} + options, {}, &out, &err), 0);
            QCOMPARE(QJsonDocument::fromJson(out).object().value("schema_version").toInt(), 2);
            QVERIFY(sql.open());
            QSqlQuery check(sql);
            QVERIFY(check.exec("SELECT count(*), sum(quantity) FROM movements") && check.next());
            QCOMPARE(check.value(0).toInt(), 3);
            QCOMPARE(check.value(1).toLongLong(), 3000);
            QVERIFY(check.exec(pg ? QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' "
                                                   "AND conrelid = 'movements'::regclass")
                                  : QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('movements')"))
                    && check.next());
            QCOMPARE(check.value(0).toInt(), 0);
            QVERIFY(check.exec(pg ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'movements'")
                                  : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                                   "tbl_name = 'movements' AND sql IS NOT NULL"))
                    && check.next());
            QCOMPARE(check.value(0).toInt(), pg ? 4 : 3); // PostgreSQL lists the primary key's index too
            // Still append-only; products and locations keep their rows and ids; other edits pass.
            QVERIFY(!check.exec("UPDATE movements SET quantity = 0"));
            QVERIFY(!check.exec("DELETE FROM movements"));
            QVERIFY(!check.exec("DELETE FROM products"));
            QVERIFY(!check.exec("DELETE FROM locations"));
            QVERIFY(!check.exec(QStringLiteral("UPDATE products SET id = '%1'").arg(t)));
            QVERIFY(!check.exec(QStringLiteral("UPDATE locations SET id = '%1'").arg(t)));
            QVERIFY(check.exec("UPDATE products SET name = 'Renamed', archived = 1"));
            QVERIFY(check.exec("SELECT count(*) FROM products WHERE name = 'Renamed'") && check.next());
            QCOMPARE(check.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }

    void createTenantPrintsItsSlug()
    {
        QByteArray out, err;
        QCOMPARE(runCommand(QStringList{"create-tenant", "--name", "SAS DUPONT & Fils", "--plan", "professional",
                                        "--owner-email", "boss@dupont.test", "--owner-password-stdin"}
                                + common(),
                            "dupont-password-1\n", &out, &err),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value("tenant").toString(), QStringLiteral("sas-dupont-fils"));
        QCOMPARE(o.value("plan").toString(), QStringLiteral("professional"));
        QCOMPARE(o.value("status").toString(), QStringLiteral("ACTIVE"));
        QVERIFY(!out.contains("dupont-password-1") && !err.contains("dupont-password-1"));
        // Same name again: suffixed slug. Same owner email: refused.
        QCOMPARE(runCommand(QStringList{"create-tenant", "--name", "SAS DUPONT & Fils", "--plan", "starter",
                                        "--owner-email", "other@dupont.test", "--owner-password-stdin"}
                                + common(),
                            "dupont-password-2\n", &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value("tenant").toString(), QStringLiteral("sas-dupont-fils-2"));
        QCOMPARE(runCommand(QStringList{"create-tenant", "--name", "Again", "--plan", "starter", "--owner-email",
                                        "boss@dupont.test", "--owner-password-stdin"}
                                + common(),
                            "dupont-password-3\n", &out, &err),
                 1);
        QVERIFY(err.contains("identity_taken"));
        QCOMPARE(runCommand(QStringList{"create-tenant", "--name", "Bad plan", "--plan", "gold", "--owner-email",
                                        "x@y.test", "--owner-password-stdin"}
                                + common(),
                            "dupont-password-4\n", &out, &err),
                 1);
        QVERIFY(err.contains("invalid_plan"));
        QCOMPARE(runCommand(QStringList{"create-tenant", "--name", "No stdin", "--plan", "starter", "--owner-email",
                                        "y@y.test"}
                                + common(),
                            {}, &out, &err),
                 2);
    }

    void createPlatformAdmin()
    {
        QByteArray out, err;
        QCOMPARE(runCommand(QStringList{"create-platform-admin", "--email", "ops@platform.test", "--password-stdin"}
                                + common(),
                            "platform-password-9\n", &out),
                 0);
        QVERIFY(QJsonDocument::fromJson(out).object().value("platform_admin").toBool());
        QCOMPARE(runCommand(QStringList{"create-platform-admin", "--email", "ops2@platform.test", "--password-stdin"}
                                + common(),
                            "short\n", &out, &err),
                 1);
        QVERIFY(err.contains("weak_password"));
        QCOMPARE(
            runCommand(QStringList{"create-platform-admin", "--email", "not-an-email", "--password-stdin"} + common(),
                       "platform-password-9\n", &out, &err),
            2);
    }

    void usageErrors()
    {
        QByteArray out, err;
        QCOMPARE(runCommand({QStringLiteral("explode")}, {}, &out, &err), 2);
        QVERIFY(err.contains("usage"));
        QCOMPARE(runCommand({QStringLiteral("serve"), QStringLiteral("--no-such-flag"), QStringLiteral("1")}, {}, &out,
                            &err),
                 2);
        QCOMPARE(runCommand({QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("mysql://x")}, {}, &out,
                            &err),
                 1);
        QVERIFY(err.contains("invalid_config"));
        QCOMPARE(
            runCommand({QStringLiteral("serve"), QStringLiteral("--workers"), QStringLiteral("many")}, {}, &out, &err),
            1);
    }

    void configFromFileEnvironmentAndFlags()
    {
        // File sets a small body limit; the environment overrides the file; a flag overrides both.
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("depot.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(json({{"max-body-bytes", 1000}, {"password-profile", "min"}, {"max-page", 3}}));
        config.close();
        qputenv("DEPOT_MAX_BODY_BYTES", "2000");
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(
                     m_db, dir.path(),
                     {QStringLiteral("--config"), config.fileName(), QStringLiteral("--max-page"), QStringLiteral("4")},
                     &error),
                 qPrintable(error));
        qunsetenv("DEPOT_MAX_BODY_BYTES");
        HttpClient http(server.baseUrl(), server.fingerprint());
        const QByteArray body1500 = "{\"x\":\"" + QByteArray(1500, 'a') + "\"}";
        const QByteArray body2500 = "{\"x\":\"" + QByteArray(2500, 'a') + "\"}";
        QCOMPARE(http.call({"POST", "/api/v1/auth/login", body1500, {}, {}}).status, 400); // env 2000 beats file 1000
        QCOMPARE(http.call({"POST", "/api/v1/auth/login", body2500, {}, {}}).status, 413);
        const Response login = http.post("/api/v1/auth/login", {{"tenant", "sas-dupont-fils"},
                                                                {"identifier", "boss@dupont.test"},
                                                                {"password", "dupont-password-1"},
                                                                {"device", "cli-test"}});
        QCOMPARE(login.status, 200);
        const QString token = login.data().toObject().value("access_token").toString();
        QCOMPARE(http.get("/api/v1/products?limit=100", token).data().toObject().value("limit").toInt(),
                 4); // flag beats file
        QCOMPARE(server.stop(), 0);
        // A broken config file is refused.
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"no-such-setting\": 1}");
        broken.close();
        QByteArray out, err;
        QCOMPARE(runCommand({"serve", "--config", broken.fileName(), "--db", m_db}, {}, &out, &err), 1);
        QVERIFY(err.contains("no-such-setting"));
    }

    void survivesADatabaseRestart()
    {
        if (m_backend != u"postgres")
            QSKIP("The embedded SQLite database cannot go away under the server.");
        QTemporaryDir dir;
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(m_db, dir.path(), {QStringLiteral("--workers"), QStringLiteral("2")}, &error),
                 qPrintable(error));
        HttpClient http(server.baseUrl(), server.fingerprint());
        const Response login = http.post("/api/v1/auth/login", {{"tenant", "sas-dupont-fils"},
                                                                {"identifier", "boss@dupont.test"},
                                                                {"password", "dupont-password-1"},
                                                                {"device", "restart-test"}});
        QCOMPARE(login.status, 200);
        const QString token = login.data().toObject().value("access_token").toString();
        for (int i = 0; i < 4; ++i) // warm every worker's connection
            QCOMPARE(http.get("/api/v1/products", token).status, 200);
        m_postgres.stop();
        QCOMPARE(http.get("/healthz").status, 200);
        const Response notReady = http.get("/readyz");
        QCOMPARE(notReady.status, 503);
        QCOMPARE(notReady.errorCode(), QStringLiteral("not_ready"));
        const Response down = http.get("/api/v1/products", token);
        QCOMPARE(down.status, 500);
        QCOMPARE(down.errorCode(), QStringLiteral("internal_error"));
        QVERIFY(!down.body.contains("postgres") && !down.body.contains("SELECT")); // no internals leak
        QVERIFY2(m_postgres.restart(&error), qPrintable(error));
        // Every worker reconnects on its next request.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(http.get("/api/v1/products", token).status, 200);
        QCOMPARE(http.get("/readyz").status, 200);
        QCOMPARE(server.stop(), 0);
    }

    void tlsCertificateIsGeneratedOnceAndPinned()
    {
        QTemporaryDir dir;
        ServerProcess first;
        QString error;
        QVERIFY2(first.start(m_db, dir.path(), {}, &error), qPrintable(error));
        const QString fingerprint = first.fingerprint();
        QCOMPARE(first.stop(), 0);
        QFile pem(dir.filePath(QStringLiteral("tls-cert.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate cert = QSslCertificate::fromData(pem.readAll()).value(0);
        QVERIFY(!cert.isNull());
        QCOMPARE(QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex().toUpper()),
                 QString(fingerprint).remove(QLatin1Char(':')));
        QVERIFY(
            (QFile::permissions(dir.filePath(QStringLiteral("tls-key.pem"))) & (QFile::ReadOther | QFile::ReadGroup))
            == 0);
        // Restart: same certificate. Explicit --tls-cert/--tls-key: that certificate.
        ServerProcess second;
        QVERIFY2(second.start(m_db, dir.path(), {}, &error), qPrintable(error));
        QCOMPARE(second.fingerprint(), fingerprint);
        QCOMPARE(second.stop(), 0);
        QTemporaryDir other;
        ServerProcess third;
        QVERIFY2(third.start(m_db, other.path(),
                             {QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("tls-cert.pem")),
                              QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("tls-key.pem"))},
                             &error),
                 qPrintable(error));
        QCOMPARE(third.fingerprint(), fingerprint);
        HttpClient http(third.baseUrl(), fingerprint);
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
        // A client pinned to another fingerprint refuses the connection.
        HttpClient wrong(third.baseUrl(), QStringLiteral("00:11"));
        QCOMPARE(wrong.get(QStringLiteral("/healthz")).status, 0);
        QVERIFY(wrong.pinFailures() > 0);
        QCOMPARE(third.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
