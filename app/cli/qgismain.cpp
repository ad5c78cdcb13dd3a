// lagesbild-cli-qgis: the command line with QGIS linked, for the commands that need it (report:
// QGIS print layouts; field-package: a QGIS project). lagesbild-cli hands those commands to it
// (cli/helperprogram.h); it runs every other command too, exactly as lagesbild-cli does.
#include "cli/commanddispatch.h"
#include "cli/commandregistry.h"
#include "hotspots/hotspotgeopackage.h"
#include "i18n/uilanguage.h"
#include "qgis/qgisruntime.h"

#include <qgsapplication.h>

#include <QCoreApplication>

#include <memory>

using namespace lagesbild::cli;

int main(int argc, char *argv[])
{
  const Command *command = argc > 1 ? findCommand(QString::fromLatin1(argv[1])) : nullptr;

  // QGIS is initialised only for the commands that use it.
  std::unique_ptr<QCoreApplication> application;
  if (command && command->helper == Helper::Qgis)
    application = lagesbild::QgisRuntime::createHeadlessApplication(argc, argv);
  else
    application = std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("lagesbild-cli"));
  lagesbild::UiLanguage::install();
  lagesbild::installHotspotGeoPackageWriter();

  const int exitCode = dispatchCommand(QCoreApplication::arguments());
  lagesbild::QgisRuntime::shutdown();
  return exitCode;
}
