#include "qgisruntime.h"

#include "i18n/uilanguage.h"

#include <qgsapplication.h>
#include <qgsnetworkaccessmanager.h>
#include <qgsproviderregistry.h>
#include <qgssettings.h>

#include <QDir>
#include <QStandardPaths>

#include <time.h>

namespace lagesbild
{
namespace
{
bool sInitialised = false;

// The texts of Qt 5's standard dialog buttons, for lupdate: Qt's Swedish catalogue lacks their
// context (QPlatformTheme), so "Cancel" stayed English; lagesbild_sv.ts translates them.
[[maybe_unused]] constexpr const char *kStandardButtonTexts[] = {
  QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
  QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
  QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
  QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
  QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"), QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
  QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
  QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
};

QString profileFolder()
{
  QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
  if (base.isEmpty())
    base = QDir::tempPath();
  const QString folder = base + QStringLiteral("/lagesbild/qgis-profiles");
  QDir().mkpath(folder);
  return folder;
}

std::unique_ptr<QgsApplication> makeApplication(int &argc, char **argv)
{
  // The store's times are Europe/Stockholm local (DESIGN): QGIS shows a layer's date-times in the
  // process's local zone, so the app reads them as Swedish time on any computer.
  qputenv("TZ", "Europe/Stockholm");
  tzset();
  QCoreApplication::setOrganizationName(QStringLiteral("Lagesbild"));
  QCoreApplication::setApplicationName(QStringLiteral("Lagesbild"));
  auto application = std::make_unique<QgsApplication>(argc, argv, true, profileFolder());
  QgisRuntime::initialise();
  return application;
}
} // namespace

std::unique_ptr<QgsApplication> QgisRuntime::createApplication(int &argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
      qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  return makeApplication(argc, argv);
}

std::unique_ptr<QgsApplication> QgisRuntime::createHeadlessApplication(int &argc, char **argv)
{
  qputenv("QT_QPA_PLATFORM", "offscreen");
  return makeApplication(argc, argv);
}

void QgisRuntime::initialise()
{
  if (sInitialised)
    return;
  const QString prefix = QStringLiteral(LAGESBILD_QGIS_PREFIX);
  QgsApplication::setPrefixPath(prefix, true);
  QgsApplication::setPluginPath(prefix + QStringLiteral("/lib/qgis/plugins"));
  QgsApplication::initQgis();
  // Map services (OpenStreetMap tiles, WMS) give up after 15 s rather than QGIS's 60 s, so an
  // unreachable server on a bad connection leaves blank tiles quickly instead of a waiting map.
  QgsNetworkAccessManager::setTimeout(15000);
  // A tile that failed is asked for once more, not three times: offline, the map is complete
  // (blank where tiles would be) in a moment rather than after every retry. Stored in our own
  // QGIS profile only, and a value the user set there stays.
  QgsSettings settings;
  if (!settings.contains(QStringLiteral("qgis/defaultTileMaxRetry")))
    settings.setValue(QStringLiteral("qgis/defaultTileMaxRetry"), 1);
  sInitialised = true;
}

void QgisRuntime::shutdown()
{
  if (!sInitialised)
    return;
  sInitialised = false;
  QgsApplication::exitQgis();
}

QString QgisRuntime::installTranslations()
{
  return UiLanguage::install();
}

bool QgisRuntime::hasOgrProvider()
{
  return sInitialised && QgsProviderRegistry::instance()->providerList().contains(QStringLiteral("ogr"));
}

} // namespace lagesbild
