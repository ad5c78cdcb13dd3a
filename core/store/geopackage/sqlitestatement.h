// SqliteStatement: a prepared SQLite statement with RAII finalisation and typed bind/column
// helpers. Used only inside core/store; every SQL statement of the product goes through it.
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lagesbild
{

//! A StoreError carrying SQLite's message for db as detail.
Error sqliteError(sqlite3 *db, const QString &message);

//! Runs one or more SQL statements that return no rows.
Result<void> sqliteExec(sqlite3 *db, const char *sql);

class SqliteStatement
{
  public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static Result<SqliteStatement> prepare(sqlite3 *db, std::string_view sql);
    //! "(?, ?), (?, ?), …": `rows` rows of `columns` anonymous parameters, for an INSERT that
    //! writes many rows per statement (parameter r * columns + c + 1 is row r's column c).
    static std::string valueRows(int columns, int rows);

    bool isValid() const { return mStatement != nullptr; }
    sqlite3_stmt *handle() const { return mStatement; }

    // Parameters are 1-based, as in SQLite.
    void bindInt64(int index, std::int64_t value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    //! Binds a copy of the text; an empty (or null) QString binds NULL when emptyAsNull.
    void bindText(int index, const QString &value, bool emptyAsNull = false);
    //! Binds UTF-8 that stays alive until the statement is stepped (no copy).
    void bindUtf8Static(int index, const char *data, int length);
    //! Binds a copy of UTF-8 text.
    void bindUtf8(int index, std::string_view value);
    //! Binds a blob that stays alive until the statement is stepped (no copy).
    void bindBlobStatic(int index, const void *data, int length);
    void bindOptionalInt64(int index, const std::optional<std::int64_t> &value);

    //! SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    //! Steps a statement that returns no row; error when it fails.
    Result<void> execute(const QString &what);
    void reset();

    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    std::optional<std::int64_t> columnOptionalInt64(int column) const;
    const unsigned char *columnBlob(int column, int *size) const;

  private:
    explicit SqliteStatement(sqlite3_stmt *statement) : mStatement(statement) {}
    sqlite3_stmt *mStatement = nullptr;
};

//! A write transaction (BEGIN IMMEDIATE); rolled back on destruction unless committed.
class SqliteTransaction
{
  public:
    SqliteTransaction() = default;
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    Result<void> begin(sqlite3 *db);
    Result<void> commit();
    void rollback();

  private:
    sqlite3 *mDb = nullptr;
};

} // namespace lagesbild
