#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <optional>

namespace lagesbild
{

Error sqliteError(sqlite3 *db, const QString &message)
{
  return makeError(ErrorCode::StoreError, message, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
}

Result<void> sqliteExec(sqlite3 *db, const char *sql)
{
  char *errorMessage = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &errorMessage) != SQLITE_OK)
  {
    const QString detail = errorMessage ? QString::fromUtf8(errorMessage) : QString();
    sqlite3_free(errorMessage);
    return makeError(ErrorCode::StoreError, QCoreApplication::translate("IncidentStore", "A store operation failed."),
                     detail + QStringLiteral(" [") + QString::fromUtf8(sql).left(120) + QLatin1Char(']'));
  }
  return {};
}

SqliteStatement::~SqliteStatement()
{
  sqlite3_finalize(mStatement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept : mStatement(other.mStatement)
{
  other.mStatement = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
  if (this != &other)
  {
    sqlite3_finalize(mStatement);
    mStatement = other.mStatement;
    other.mStatement = nullptr;
  }
  return *this;
}

std::string SqliteStatement::valueRows(int columns, int rows)
{
  std::string row = "(?";
  for (int c = 1; c < columns; ++c)
    row += ", ?";
  row += ")";
  std::string sql = row;
  for (int r = 1; r < rows; ++r)
    sql += ", " + row;
  return sql;
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, std::string_view sql)
{
  sqlite3_stmt *statement = nullptr;
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
  {
    Error error = sqliteError(db, QCoreApplication::translate("IncidentStore", "A store query could not be prepared."));
    error.detail += QStringLiteral(" [") + QString::fromUtf8(sql.data(), static_cast<int>(sql.size())).left(200) + QLatin1Char(']');
    sqlite3_finalize(statement);
    return error;
  }
  return SqliteStatement(statement);
}

void SqliteStatement::bindInt64(int index, std::int64_t value)
{
  sqlite3_bind_int64(mStatement, index, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
  sqlite3_bind_double(mStatement, index, value);
}

void SqliteStatement::bindNull(int index)
{
  sqlite3_bind_null(mStatement, index);
}

void SqliteStatement::bindText(int index, const QString &value, bool emptyAsNull)
{
  if (value.isNull() || (emptyAsNull && value.isEmpty()))
  {
    if (emptyAsNull)
      sqlite3_bind_null(mStatement, index);
    else
      sqlite3_bind_text(mStatement, index, "", 0, SQLITE_STATIC);
    return;
  }
  sqlite3_bind_text16(mStatement, index, value.utf16(), static_cast<int>(value.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8Static(int index, const char *data, int length)
{
  sqlite3_bind_text(mStatement, index, data, length, SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, std::string_view value)
{
  sqlite3_bind_text(mStatement, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlobStatic(int index, const void *data, int length)
{
  sqlite3_bind_blob(mStatement, index, data, length, SQLITE_STATIC);
}

void SqliteStatement::bindOptionalInt64(int index, const std::optional<std::int64_t> &value)
{
  if (value)
    sqlite3_bind_int64(mStatement, index, *value);
  else
    sqlite3_bind_null(mStatement, index);
}

int SqliteStatement::step()
{
  return sqlite3_step(mStatement);
}

Result<void> SqliteStatement::execute(const QString &what)
{
  const int rc = sqlite3_step(mStatement);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
  {
    Error error = sqliteError(sqlite3_db_handle(mStatement), what);
    sqlite3_reset(mStatement);
    return error;
  }
  sqlite3_reset(mStatement);
  return {};
}

void SqliteStatement::reset()
{
  sqlite3_reset(mStatement);
}

std::int64_t SqliteStatement::columnInt64(int column) const
{
  return sqlite3_column_int64(mStatement, column);
}

double SqliteStatement::columnDouble(int column) const
{
  return sqlite3_column_double(mStatement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
  return sqlite3_column_type(mStatement, column) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int column) const
{
  const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
  if (!text)
    return QString();
  return QString::fromUtf8(text, sqlite3_column_bytes(mStatement, column));
}

std::optional<std::int64_t> SqliteStatement::columnOptionalInt64(int column) const
{
  if (columnIsNull(column))
    return std::nullopt;
  return sqlite3_column_int64(mStatement, column);
}

const unsigned char *SqliteStatement::columnBlob(int column, int *size) const
{
  const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(mStatement, column));
  *size = sqlite3_column_bytes(mStatement, column);
  return data;
}

SqliteTransaction::~SqliteTransaction()
{
  rollback();
}

Result<void> SqliteTransaction::begin(sqlite3 *db)
{
  if (auto result = sqliteExec(db, "BEGIN IMMEDIATE"); !result)
    return result;
  mDb = db;
  return {};
}

Result<void> SqliteTransaction::commit()
{
  if (!mDb)
    return {};
  if (auto result = sqliteExec(mDb, "COMMIT"); !result)
    return result;
  mDb = nullptr;
  return {};
}

void SqliteTransaction::rollback()
{
  if (mDb && !sqlite3_get_autocommit(mDb))
    sqlite3_exec(mDb, "ROLLBACK", nullptr, nullptr, nullptr);
  mDb = nullptr;
}

} // namespace lagesbild
