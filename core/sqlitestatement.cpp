#include "sqlitestatement.h"

#include "result.h"

#include <sqlite3.h>

namespace depot::core {

namespace {

QString errorCode(int code)
{
    return (code & 0xff) == SQLITE_CONSTRAINT ? QStringLiteral("conflict") : QStringLiteral("storage_error");
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        throw RuntimeError(QStringLiteral("storage_error"), QString::fromUtf8(sqlite3_errmsg(db)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    if (text.isEmpty())
        return bindStatic(index, "");
    return bind(index, text.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QUuid &id)
{
    // xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, lowercase, like QUuid::toString(WithoutBraces).
    static constexpr char kHex[] = "0123456789abcdef";
    const quint8 bytes[16] = {quint8(id.data1 >> 24),
                              quint8(id.data1 >> 16),
                              quint8(id.data1 >> 8),
                              quint8(id.data1),
                              quint8(id.data2 >> 8),
                              quint8(id.data2),
                              quint8(id.data3 >> 8),
                              quint8(id.data3),
                              id.data4[0],
                              id.data4[1],
                              id.data4[2],
                              id.data4[3],
                              id.data4[4],
                              id.data4[5],
                              id.data4[6],
                              id.data4[7]};
    char text[36];
    int out = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[out++] = '-';
        text[out++] = kHex[bytes[i] >> 4];
        text[out++] = kHex[bytes[i] & 0x0f];
    }
    if (sqlite3_bind_text(m_statement, index, text, 36, SQLITE_TRANSIENT) != SQLITE_OK)
        failWithError();
    return *this;
}

SqliteStatement &SqliteStatement::bindStatic(int index, const char *text)
{
    if (sqlite3_bind_text(m_statement, index, text, -1, SQLITE_STATIC) != SQLITE_OK)
        failWithError();
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &utf8)
{
    if (sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT)
        != SQLITE_OK)
        failWithError();
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        failWithError();
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        failWithError();
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    failWithError();
}

void SqliteStatement::run()
{
    while (step()) { }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::columnInt64(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index)) : QString();
}

QByteArrayView SqliteStatement::columnBytes(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, index)) : QByteArrayView();
}

void SqliteStatement::failWithError() const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    throw RuntimeError(errorCode(rc), message);
}

void sqliteExec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw RuntimeError(QStringLiteral("storage_error"), message);
    }
}

} // namespace depot::core
