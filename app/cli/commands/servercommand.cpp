// lagesbild-cli server init CONNECTION --municipality CODE | server add-user NAME --role ROLE
// [--organisation ORG] [--password] CONNECTION: sets up the shared PostgreSQL/PostGIS store
// (schema, roles, policies, audit) and adds logins to its roles. CONNECTION is a
// postgresql:// URI or service=NAME; libpq finds the password in ~/.pgpass or the service file.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/passwordprompt.h"
#include "cli/serveroptions.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverinit.h"
#include "store/postgres/serverusers.h"

#include <QCoreApplication>

namespace lagesbild::cli
{
namespace
{
const QString kCommand = QStringLiteral("server");

//! The server connection; none when there is none, with the message printed and exitCode set.
std::optional<PostgresConnection> connect(const CommandLine &commandLine, const QString &connection, int &exitCode)
{
  if (const auto exit = ServerOptions::checkConnection(commandLine, connection))
  {
    exitCode = *exit;
    return std::nullopt;
  }
  auto opened = PostgresConnection::open(connection);
  if (!opened)
  {
    exitCode = reportError(kCommand, opened.error());
    return std::nullopt;
  }
  return std::move(*opened);
}

int initialise(const CommandLine &commandLine)
{
  const QStringList positional = commandLine.positional();
  if (positional.size() != 2)
    return commandLine.usageError(QCoreApplication::translate("cli", "init needs the CONNECTION and nothing more"));
  if (!commandLine.isSet(QStringLiteral("municipality")))
    return commandLine.usageError(QCoreApplication::translate("cli", "init needs --municipality CODE"));
  const QString given = commandLine.value(QStringLiteral("municipality"));
  std::optional<Municipality> municipality = Municipality::fromCode(given);
  if (!municipality)
    municipality = Municipality::fromName(given);
  if (!municipality)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "--municipality %1: no Swedish municipality has this code or name").arg(given));

  int exitCode = ExitSuccess;
  auto connection = connect(commandLine, positional.at(1), exitCode);
  if (!connection)
    return exitCode;
  const auto summary = ServerInit::run(*connection, *municipality);
  if (!summary)
    return reportError(kCommand, summary.error());
  if (summary->versionBefore == 0)
    out() << QCoreApplication::translate("cli", "Created the server store on %1 (schema version %2)\n")
               .arg(connection->description())
               .arg(summary->versionAfter);
  else if (summary->versionBefore == summary->versionAfter)
    out() << QCoreApplication::translate("cli", "The server store on %1 is already at schema version %2\n")
               .arg(connection->description())
               .arg(summary->versionAfter);
  else
    out() << QCoreApplication::translate("cli", "The server store on %1 was brought from schema version %2 to %3\n")
               .arg(connection->description())
               .arg(summary->versionBefore)
               .arg(summary->versionAfter);
  out() << QCoreApplication::translate("cli", "Municipality: %1\n").arg(municipality->displayName());
  out() << QCoreApplication::translate("cli", "Categories added: %1, organisations added: %2\n")
             .arg(summary->categoriesAdded)
             .arg(summary->sourcesAdded);
  out().flush();
  return ExitSuccess;
}

int addUser(const CommandLine &commandLine)
{
  const QStringList positional = commandLine.positional();
  if (positional.size() != 3)
    return commandLine.usageError(QCoreApplication::translate("cli", "add-user needs the NAME and the CONNECTION"));
  const std::optional<ServerRole> role = serverRoleFromCode(commandLine.value(QStringLiteral("role")));
  if (!role)
    return commandLine.usageError(QCoreApplication::translate("cli", "--role must be coordinator, analyst, reporter, police or public"));
  NewServerUser user;
  user.name = positional.at(1);
  user.role = *role;
  user.organisation = commandLine.value(QStringLiteral("organisation"));
  if (user.role == ServerRole::Reporter && user.organisation.trimmed().isEmpty())
    return commandLine.usageError(
      QCoreApplication::translate("cli", "a reporter needs --organisation (a source code, e.g. bostadsbolaget)"));

  int exitCode = ExitSuccess;
  auto connection = connect(commandLine, positional.at(2), exitCode);
  if (!connection)
    return exitCode;
  if (commandLine.isSet(QStringLiteral("password")))
  {
    const auto password = PasswordPrompt::read(QCoreApplication::translate("cli", "Password for %1: ").arg(user.name),
                                               QCoreApplication::translate("cli", "The same password again: "));
    if (!password)
      return reportError(kCommand, password.error());
    user.password = *password;
  }
  const auto added = ServerUsers::add(*connection, user);
  if (!added)
    return reportError(kCommand, added.error());
  out() << QCoreApplication::translate("cli", "Added %1 with the role %2\n").arg(user.name, serverRoleCode(user.role));
  if (!user.organisation.trimmed().isEmpty())
    out() << QCoreApplication::translate("cli", "Organisation: %1\n").arg(user.organisation.trimmed());
  if (added->organisationCreated)
    out() << QCoreApplication::translate("cli", "The organisation %1 was new and has been added to the sources.\n")
               .arg(user.organisation.trimmed());
  if (!user.password)
    out() << QCoreApplication::translate("cli", "No password set: the login uses what the server allows (peer, certificate) until one "
                                                "is set.\n");
  out().flush();
  return ExitSuccess;
}
} // namespace

int runServerCommand(const QStringList &arguments)
{
  CommandLine commandLine(
    kCommand,
    QCoreApplication::translate("cli", "The shared store on PostgreSQL/PostGIS: create its schema, roles and audit (init), add a login "
                                       "(add-user). CONNECTION is a postgresql:// URI or service=NAME; the password comes from "
                                       "~/.pgpass or the service file, never from the command line."),
    QStringLiteral("init CONNECTION --municipality CODE | add-user NAME --role ROLE [--organisation ORG] [--password] CONNECTION"));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("municipality"), QCoreApplication::translate("cli", "init: the municipality, its SCB code (1960) or name (Kungsör)."),
    QStringLiteral("CODE")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("role"), QCoreApplication::translate("cli", "add-user: coordinator, analyst, reporter, police or public."),
    QStringLiteral("ROLE")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("organisation"),
    QCoreApplication::translate("cli", "add-user: the organisation (source code) the login reports for; required for a reporter."),
    QStringLiteral("ORG")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("password"),
    QCoreApplication::translate("cli", "add-user: ask for a password (read from standard input when it is not a terminal).")));
  if (const auto exit = commandLine.parse(arguments, 1, 3))
    return *exit;

  const QString action = commandLine.positional().at(0);
  if (action == QLatin1String("init"))
    return initialise(commandLine);
  if (action == QLatin1String("add-user"))
    return addUser(commandLine);
  return commandLine.usageError(QCoreApplication::translate("cli", "unknown action \"%1\": init or add-user").arg(action));
}

} // namespace lagesbild::cli
