#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUuid>

struct sqlite3;
struct sqlite3_stmt;

namespace depot::core {

/// A prepared SQLite statement on a raw connection, for the few statements on the hot path of
/// recording a movement, where QtSql's per-bind overhead (placeholder names, UTF-16 strings,
/// result caching) costs more than SQLite itself. Built once, reset after each use.
/// Errors throw RuntimeError (inside the store only).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, const QString &text);  ///< 1-based; a null QString binds ''
    SqliteStatement &bind(int index, const QByteArray &utf8); ///< 1-based
    SqliteStatement &bind(int index, qint64 value);
    /// The canonical text form of the id (uuidToText()), written without going through a QString.
    SqliteStatement &bind(int index, const QUuid &id);
    /// Text that outlives the statement's next reset (a string literal).
    SqliteStatement &bindStatic(int index, const char *text);
    SqliteStatement &bindNull(int index);

    /// Steps once: true when a row is available (read it with the column accessors).
    bool step();
    /// Steps to completion (for INSERT/UPDATE) and resets.
    void run();
    void reset();

    qint64 columnInt64(int index) const;
    bool columnIsNull(int index) const;
    QString columnText(int index) const;
    /// The column's UTF-8 bytes, valid until the next step or reset (no copy).
    QByteArrayView columnBytes(int index) const;

private:
    [[noreturn]] void failWithError() const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

/// Runs one SQL statement without results (transaction control); throws RuntimeError on failure.
void sqliteExec(sqlite3 *db, const char *sql);

} // namespace depot::core
