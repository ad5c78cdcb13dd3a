// lagesbild-cli: the headless entry point for every command of the DESIGN.md contract.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "qgis/qgisruntime.h"

#include <qgsapplication.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace lagesbild::cli;

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
    const QString status = command.run ? QString() : QCoreApplication::translate("cli", " (not built yet)");
    out() << QStringLiteral("  %1%2%3\n")
               .arg(QString::fromLatin1(command.name), -(nameWidth + 2))
               .arg(QCoreApplication::translate("cli", command.summary), status);
  }
  out() << QCoreApplication::translate("cli", "\nDates are local (Europe/Stockholm); FROM..TO includes both days.\n"
                                              "Exit codes: 0 success, 1 bad input, 2 usage error.\n");
  out().flush();
}
} // namespace

int main(int argc, char *argv[])
{
  const char *commandName = argc > 1 ? argv[1] : nullptr;
  const bool needsQgis = commandName && (std::strcmp(commandName, "report") == 0 || std::strcmp(commandName, "field-package") == 0);

  // Only the report and the field package use QGIS; the other commands start without QGIS so they start fast.
  std::unique_ptr<QCoreApplication> application;
  if (needsQgis)
    application = lagesbild::QgisRuntime::createHeadlessApplication(argc, argv);
  else
    application = std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("lagesbild-cli"));
  lagesbild::QgisRuntime::installTranslations();

  const QStringList arguments = QCoreApplication::arguments();
  if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h") ||
      arguments.at(1) == QLatin1String("help"))
  {
    printOverview();
    return arguments.size() < 2 ? ExitUsage : ExitSuccess;
  }

  const QString name = arguments.at(1);
  for (const Command &command : commands())
  {
    if (name != QLatin1String(command.name))
      continue;
    if (!command.run)
    {
      err() << QCoreApplication::translate("cli", "lagesbild-cli %1: this command is not built yet\n").arg(name);
      err().flush();
      return ExitUsage;
    }
    const int exitCode = command.run(arguments.mid(2));
    lagesbild::QgisRuntime::shutdown();
    return exitCode;
  }
  err() << QCoreApplication::translate("cli", "lagesbild-cli: unknown command \"%1\" (see lagesbild-cli --help)\n").arg(name);
  err().flush();
  return ExitUsage;
}
