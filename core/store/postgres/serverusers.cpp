#include "serverusers.h"

#include "postgresconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace lagesbild
{
namespace
{
//! The password as the server stores it (SCRAM-SHA-256 with the server's settings).
Result<QString> hashedPassword(PostgresConnection &connection, const QString &user, const QString &password)
{
  char *hashed = PQencryptPasswordConn(connection.handle(), password.toUtf8().constData(), user.toUtf8().constData(), nullptr);
  if (!hashed)
    return makeError(ErrorCode::StoreError, QCoreApplication::translate("PostgresStore", "The password could not be encrypted."),
                     QString::fromUtf8(PQerrorMessage(connection.handle())).trimmed());
  const QString text = QString::fromLatin1(hashed);
  PQfreemem(hashed);
  return text;
}

//! The organisation's source id; the source is added when it is new.
Result<long long> organisationId(PostgresConnection &connection, const QString &code, AddedServerUser &added)
{
  const auto found = connection.query(QStringLiteral("SELECT id FROM lagesbild.sources WHERE code = $1"), {code});
  if (!found)
    return found.error();
  if (found->rows() > 0)
    return found->integer(0, 0);
  const auto inserted = connection.query(QStringLiteral("INSERT INTO lagesbild.sources (code, name) VALUES ($1, $1) RETURNING id"), {code});
  if (!inserted)
    return inserted.error();
  added.organisationCreated = true;
  return inserted->integer(0, 0);
}
} // namespace

Result<AddedServerUser> ServerUsers::add(PostgresConnection &connection, const NewServerUser &user)
{
  const QString name = user.name.trimmed();
  if (name.isEmpty())
    return makeError(ErrorCode::Usage, QCoreApplication::translate("PostgresStore", "The user needs a name."));
  const QString organisation = user.organisation.trimmed();
  if (user.role == ServerRole::Reporter && organisation.isEmpty())
    return makeError(ErrorCode::Usage,
                     QCoreApplication::translate("PostgresStore", "A reporter belongs to an organisation: give --organisation."));

  AddedServerUser added;
  const auto done = connection.inTransaction(
    [&]() -> Result<void>
    {
      const auto exists = connection.query(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {name});
      if (!exists)
        return exists.error();
      if (exists->rows() > 0)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("PostgresStore", "A PostgreSQL role named %1 already exists.").arg(name));
      QString sql = QStringLiteral("CREATE ROLE %1 LOGIN").arg(connection.quoteIdentifier(name));
      if (user.password)
      {
        const auto hashed = hashedPassword(connection, name, *user.password);
        if (!hashed)
          return hashed.error();
        sql += QStringLiteral(" PASSWORD ") + connection.quoteLiteral(*hashed);
      }
      sql += QStringLiteral(" IN ROLE ") + connection.quoteIdentifier(serverGroupRole(user.role));
      if (auto created = connection.exec(sql); !created)
        return created;
      if (organisation.isEmpty())
        return {};
      const auto source = organisationId(connection, organisation, added);
      if (!source)
        return source.error();
      const auto linked = connection.query(QStringLiteral("INSERT INTO lagesbild.user_organisations (user_name, source) VALUES ($1, $2)"),
                                           {name, QString::number(*source)});
      if (!linked)
        return linked.error();
      return {};
    });
  if (!done)
    return done.error();
  return added;
}

} // namespace lagesbild
