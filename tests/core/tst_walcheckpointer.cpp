// core::WalCheckpointer: checkpoints happen on its thread, the log stays bounded, nothing is lost.
#include "core/walcheckpointer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using depot::core::WalCheckpointer;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void checkpointsOffTheCommittingConnection()
    {
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("db.sqlite")).toUtf8();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode = WAL; CREATE TABLE t (v BLOB)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        qint64 largestLog = 0;
        std::shared_ptr<WalCheckpointer::State> hookState; // as long as the connection
        {
            WalCheckpointer checkpointer(QString::fromUtf8(path), 10);
            hookState = checkpointer.attach(db);
            sqlite3_stmt *insert = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO t (v) VALUES (zeroblob(3000))", -1, &insert, nullptr),
                     SQLITE_OK);
            for (int i = 0; i < 400; ++i) { // one commit per row: a page or two each
                QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
                sqlite3_reset(insert);
                largestLog = qMax(largestLog, QFileInfo(QString::fromUtf8(path + "-wal")).size());
            }
            sqlite3_finalize(insert);
            QElapsedTimer waited;
            waited.start();
            while (checkpointer.checkpoints() == 0 && waited.elapsed() < 10000)
                QTest::qWait(10);
            QVERIFY(checkpointer.checkpoints() > 0);
        }
        // 400 commits of ~1 page: without checkpoints the log would hold them all (~1.6 MB). It
        // stays within the connection's own limit of 8 x 10 pages, plus the commits in between.
        QVERIFY2(largestLog < 200 * 4096, qPrintable(QString::number(largestLog)));
        sqlite3_stmt *count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &count, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(count, 0), 400);
        sqlite3_finalize(count);
        // The checkpointer is gone, the connection goes on: its hook does nothing now.
        QCOMPARE(sqlite3_exec(db, "INSERT INTO t (v) VALUES (x'00')", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
