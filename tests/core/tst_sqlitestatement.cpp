#include "core/result.h"
#include "core/sqlitestatement.h"

#include <QTest>

#include <sqlite3.h>

using namespace depot::core;

/// The raw prepared statement used on the store's hot path: binding, stepping, reuse, errors.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    sqlite3 *m_db = nullptr;

private slots:
    void init()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        sqliteExec(m_db, "CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL, note TEXT)");
    }

    void cleanup()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
    }

    void bindStepAndReuse()
    {
        SqliteStatement insert(m_db, "INSERT INTO t (id, n, note) VALUES (?, ?, ?)");
        insert.bind(1, QStringLiteral("é-1")).bind(2, qint64(-9'000'000'000'000LL)).bindNull(3).run();
        insert.bind(1, QStringLiteral("b")).bind(2, qint64(2)).bind(3, QString()).run(); // null QString -> ''
        SqliteStatement select(m_db, "SELECT id, n, note FROM t ORDER BY n");
        QVERIFY(select.step());
        QCOMPARE(select.columnText(0), QStringLiteral("é-1"));
        QCOMPARE(select.columnInt64(1), -9'000'000'000'000LL);
        QVERIFY(select.columnIsNull(2));
        QVERIFY(select.step());
        QCOMPARE(select.columnText(2), QString());
        QVERIFY(!select.columnIsNull(2));
        QVERIFY(!select.step());
        select.reset();
        QVERIFY(select.step()); // reusable after reset
    }

    void constraintViolationIsAConflictAndTheStatementStaysUsable()
    {
        SqliteStatement insert(m_db, "INSERT INTO t (id, n) VALUES (?, ?)");
        insert.bind(1, QStringLiteral("a")).bind(2, qint64(1)).run();
        try {
            insert.bind(1, QStringLiteral("a")).bind(2, qint64(1)).run();
            QFAIL("duplicate key accepted");
        } catch (const RuntimeError &error) {
            QCOMPARE(error.error().code, QStringLiteral("conflict"));
            QVERIFY(error.error().message.contains(QStringLiteral("UNIQUE")));
        }
        try {
            insert.bind(1, QStringLiteral("c")).bindNull(2).run();
            QFAIL("NOT NULL violation accepted");
        } catch (const RuntimeError &error) {
            QCOMPARE(error.error().code, QStringLiteral("conflict"));
        }
        insert.bind(1, QStringLiteral("d")).bind(2, qint64(4)).run();
        SqliteStatement count(m_db, "SELECT count(*) FROM t");
        QVERIFY(count.step());
        QCOMPARE(count.columnInt64(0), 2);
    }

    void badSqlIsAStorageError()
    {
        try {
            SqliteStatement broken(m_db, "SELEC nothing");
            QFAIL("bad SQL prepared");
        } catch (const RuntimeError &error) {
            QCOMPARE(error.error().code, QStringLiteral("storage_error"));
            QVERIFY(error.error().message.contains(QStringLiteral("syntax")));
        }
        try {
            sqliteExec(m_db, "ROLLBACK");
            QFAIL("rollback without a transaction accepted");
        } catch (const RuntimeError &error) {
            QCOMPARE(error.error().code, QStringLiteral("storage_error"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
