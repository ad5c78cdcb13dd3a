#include "auditlog.h"

#include "common/systemuser.h"

#include "sqlitestatement.h"
#include "store/isotimetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <sqlite3.h>

namespace lagesbild
{

QString AuditLog::userOrSystemUser(const QString &user)
{
  if (!user.trimmed().isEmpty())
    return user.trimmed();
  return SystemUser::name();
}

Result<void> AuditLog::append(sqlite3 *db, const QString &user, const QString &action, const QString &table, std::int64_t rowId,
                              const QJsonObject &before, const QJsonObject &after)
{
  auto statement = SqliteStatement::prepare(db, "INSERT INTO audit (at, at_utc, user_name, action, table_name, row_id, before_json, "
                                                "after_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!statement)
    return statement.error();
  const std::int64_t now = QDateTime::currentSecsSinceEpoch();
  statement->bindText(1, IsoTimeText::utcText(now));
  statement->bindInt64(2, now);
  statement->bindText(3, userOrSystemUser(user));
  statement->bindText(4, action);
  statement->bindText(5, table);
  statement->bindInt64(6, rowId);
  auto json = [](const QJsonObject &object)
  { return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); };
  statement->bindText(7, json(before), true);
  statement->bindText(8, json(after), true);
  return statement->execute(QCoreApplication::translate("IncidentStore", "The audit log could not be written."));
}

Result<std::vector<AuditEntry>> AuditLog::read(sqlite3 *db, std::int64_t limit)
{
  auto statement = SqliteStatement::prepare(
    db, "SELECT id, at_utc, user_name, action, table_name, row_id, before_json, after_json FROM audit ORDER BY id DESC LIMIT ?1");
  if (!statement)
    return statement.error();
  statement->bindInt64(1, limit < 0 ? -1 : limit);
  std::vector<AuditEntry> entries;
  int rc = SQLITE_ROW;
  while ((rc = statement->step()) == SQLITE_ROW)
  {
    AuditEntry entry;
    entry.id = statement->columnInt64(0);
    entry.atUtc = statement->columnInt64(1);
    entry.user = statement->columnText(2);
    entry.action = statement->columnText(3);
    entry.tableName = statement->columnText(4);
    entry.rowId = statement->columnInt64(5);
    entry.before = statement->columnText(6);
    entry.after = statement->columnText(7);
    entries.push_back(std::move(entry));
  }
  if (rc != SQLITE_DONE)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "The audit log could not be read."));
  return entries;
}

} // namespace lagesbild
