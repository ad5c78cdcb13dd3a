// lagesbild-cli: the headless entry point for every command of the DESIGN.md contract. It links
// no QGIS, so every command starts fast; report and field-package, which need QGIS, are handed
// to lagesbild-cli-qgis beside it (cli/qgishelper) before anything else is set up.
#include "cli/commanddispatch.h"
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/qgishelper.h"
#include "i18n/uilanguage.h"

#include <QCoreApplication>

using namespace lagesbild::cli;

int main(int argc, char *argv[])
{
  // Command names are ASCII: Latin-1 needs no text codec before QCoreApplication has set the locale.
  const Command *command = argc > 1 ? findCommand(QString::fromLatin1(argv[1])) : nullptr;
  QString helperFailure;
  if (command && command->qgis && !command->run)
    helperFailure = execQgisHelper(argv); // returns only when the helper did not start

  QCoreApplication application(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("lagesbild-cli"));
  lagesbild::UiLanguage::install();
  if (!helperFailure.isEmpty())
  {
    err() << QCoreApplication::translate("cli", "lagesbild-cli %1: could not start the part that needs QGIS (%2)\n")
               .arg(QString::fromLatin1(command->name), helperFailure);
    err().flush();
    return ExitBadInput;
  }
  return dispatchCommand(QCoreApplication::arguments());
}
