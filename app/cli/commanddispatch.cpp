#include "commanddispatch.h"

#include "commandline.h"
#include "commandregistry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace lagesbild::cli
{

namespace
{
void printOverview()
{
  out() << QCoreApplication::translate("cli", "Usage: lagesbild-cli COMMAND [ARGUMENTS] [--help]") << "\n\n";
  out() << QCoreApplication::translate("cli",
                                       "Lägesbild: incidents, period comparison, hot spots and reports for municipal safety work.\n\n");
  out() << QCoreApplication::translate("cli", "Commands:\n");
  // The summaries line up two spaces after the longest name, so no name runs into its summary.
  int nameWidth = 0;
  for (const Command &command : commands())
    nameWidth = std::max(nameWidth, static_cast<int>(std::strlen(command.name)));
  for (const Command &command : commands())
  {
    // A command that needs GDAL or QGIS is available through its helper where this executable lacks it.
    const bool built = command.run || command.helper != Helper::None;
    const QString status = built ? QString() : QCoreApplication::translate("cli", " (not built yet)");
    out() << QStringLiteral("  %1%2%3\n")
               .arg(QString::fromLatin1(command.name), -(nameWidth + 2))
               .arg(QCoreApplication::translate("cli", command.summary), status);
  }
  out() << QCoreApplication::translate("cli", "\nDates are local (Europe/Stockholm); FROM..TO includes both days.\n"
                                              "Exit codes: 0 success, 1 bad input, 2 usage error.\n");
  out().flush();
}
} // namespace

int dispatchCommand(const QStringList &arguments)
{
  if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h") ||
      arguments.at(1) == QLatin1String("help"))
  {
    printOverview();
    return arguments.size() < 2 ? ExitUsage : ExitSuccess;
  }

  const QString name = arguments.at(1);
  const Command *command = findCommand(name);
  if (!command)
  {
    err() << QCoreApplication::translate("cli", "lagesbild-cli: unknown command \"%1\" (see lagesbild-cli --help)\n").arg(name);
    err().flush();
    return ExitUsage;
  }
  if (!command->run)
  {
    err() << QCoreApplication::translate("cli", "lagesbild-cli %1: this command is not built yet\n").arg(name);
    err().flush();
    return ExitUsage;
  }
  return command->run(arguments.mid(2));
}

} // namespace lagesbild::cli
