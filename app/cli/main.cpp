// lagesbild-cli: the headless entry point for every command of the DESIGN.md contract, built
// twice. The lean lagesbild-cli links neither GDAL nor QGIS, so the analysis commands and heat
// maps start in a few milliseconds; it hands the commands that need GDAL to lagesbild-cli-gdal
// (this file with LAGESBILD_CLI_GDAL) and those that need QGIS to lagesbild-cli-qgis before
// anything else is set up (cli/helperprogram.h).
#include "cli/commanddispatch.h"
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/helperprogram.h"
#include "i18n/uilanguage.h"

#ifdef LAGESBILD_CLI_GDAL
#include "hotspots/hotspotgeopackage.h"
#endif

#include <QCoreApplication>

using namespace lagesbild::cli;

int main(int argc, char *argv[])
{
  // Command names are ASCII: Latin-1 needs no text codec before QCoreApplication has set the locale.
  const Command *command = argc > 1 ? findCommand(QString::fromLatin1(argv[1])) : nullptr;
  QString helperFailure;
  if (command && command->helper != Helper::None && !command->run)
    helperFailure = execHelper(command->helper, argv); // returns only when the helper did not start

  QCoreApplication application(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("lagesbild-cli"));
  lagesbild::UiLanguage::install();
  if (!helperFailure.isEmpty())
  {
    err() << helperFailureMessage(command->helper, QString::fromLatin1(command->name), helperFailure);
    err().flush();
    return ExitBadInput;
  }
#ifdef LAGESBILD_CLI_GDAL
  lagesbild::installHotspotGeoPackageWriter();
#endif
  return dispatchCommand(QCoreApplication::arguments());
}
