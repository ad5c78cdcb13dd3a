// AuditLog: the `audit` table — who changed what and when, with the row as JSON before and
// after. Written in the same transaction as the change it records.
#pragma once

#include "common/result.h"
#include "store/incidentstore.h"

#include <QJsonObject>
#include <QString>

#include <vector>

struct sqlite3;

namespace lagesbild
{

class AuditLog
{
  public:
    //! The user to record: the given name, else the operating-system user.
    static QString userOrSystemUser(const QString &user);

    static Result<void> append(sqlite3 *db, const QString &user, const QString &action, const QString &table, std::int64_t rowId,
                               const QJsonObject &before, const QJsonObject &after);
    //! Newest first.
    static Result<std::vector<AuditEntry>> read(sqlite3 *db, std::int64_t limit);
};

} // namespace lagesbild
