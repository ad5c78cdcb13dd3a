// lagesbild: the desktop application. Opens the store given on the command line, else the
// last one used, else the bundled Kungsör demo.
#include "analysis/analysispane.h"
#include "analysis/comparisontab.h"
#include "desktop/filterpanel.h"
#include "desktop/mainwindow.h"
#include "desktop/placesearchbox.h"
#include "interventions/interventionsdock.h"
#include "interventions/interventionspanel.h"
#include "map/heatmapcontroller.h"
#include "map/hotspotcontroller.h"
#include "nearrepeat/nearrepeattab.h"
#include "qgis/qgisruntime.h"
#include "store/incidentstore.h"
#include "workspace/workspace.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayer.h>
#include <qgsproject.h>

#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>

#include <optional>
#include <utility>

namespace
{
//! Metres around the near-repeat risk zones when the window starts with them.
constexpr double kNearRepeatZoomMargin = 600.0;

QString defaultStorePath()
{
  const QString last = QSettings().value(QStringLiteral("store/lastPath")).toString();
  // The last store: a file that is still there, or the server store last opened.
  if (!last.isEmpty() && (QFileInfo::exists(last) || lagesbild::IncidentStore::isServerLocation(last)))
    return last;
  const QStringList candidates = {QCoreApplication::applicationDirPath() + QStringLiteral("/../../data/kungsor-demo.gpkg"),
                                  QCoreApplication::applicationDirPath() + QStringLiteral("/../data/kungsor-demo.gpkg"),
                                  QStringLiteral(LAGESBILD_SOURCE_DIR "/data/kungsor-demo.gpkg")};
  for (const QString &candidate : candidates)
  {
    if (QFileInfo::exists(candidate))
      return QFileInfo(candidate).canonicalFilePath();
  }
  return {};
}
} // namespace

int main(int argc, char *argv[])
{
  QElapsedTimer startClock;
  startClock.start();
  auto application = lagesbild::QgisRuntime::createApplication(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("Lagesbild"));
  lagesbild::QgisRuntime::installTranslations();

  QCommandLineParser parser;
  parser.setApplicationDescription(
    QCoreApplication::translate("main", "Lägesbild — incidents, hot spots and follow-up for municipal safety work"));
  parser.addHelpOption();
  const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                      QCoreApplication::translate("main", "Save a picture of the window once the map is drawn, then quit."),
                                      QStringLiteral("FILE.png"));
  parser.addOption(screenshot);
  const QCommandLineOption heatmap(QStringLiteral("heatmap"), QCoreApplication::translate("main", "Start with the heat map shown."));
  parser.addOption(heatmap);
  const QCommandLineOption hotspots(QStringLiteral("hotspots"),
                                    QCoreApplication::translate("main", "Start with the Gi* hot-spot grid shown."));
  parser.addOption(hotspots);
  const QCommandLineOption hotspotChange(
    QStringLiteral("hotspot-change"),
    QCoreApplication::translate("main", "Start with the hot-spot change from period A to period B shown (the analysis pane's periods)."),
    QStringLiteral("FROM..TO/FROM..TO"));
  parser.addOption(hotspotChange);
  const QCommandLineOption intervention(
    QStringLiteral("intervention"),
    QCoreApplication::translate("main", "Start with the interventions dock showing this intervention's follow-up."), QStringLiteral("ID"));
  parser.addOption(intervention);
  const QCommandLineOption nearRepeatOption(
    QStringLiteral("near-repeat"),
    QCoreApplication::translate("main", "Start with the near-repeat test of this crime category and its risk zones on the map."),
    QStringLiteral("CATEGORY"));
  parser.addOption(nearRepeatOption);
  const QCommandLineOption find(QStringLiteral("find"),
                                QCoreApplication::translate("main", "Start zoomed to this address or place (as the toolbar's search)."),
                                QStringLiteral("TEXT"));
  parser.addOption(find);
  parser.addPositionalArgument(QStringLiteral("store"), QCoreApplication::translate("main", "Store (GeoPackage) to open."),
                               QStringLiteral("[STORE]"));
  parser.process(*application);

  std::optional<std::pair<lagesbild::DateRange, lagesbild::DateRange>> changePeriods;
  if (parser.isSet(hotspotChange))
  {
    const QStringList periods = parser.value(hotspotChange).split(QLatin1Char('/'));
    const auto a = lagesbild::DateRange::parse(periods.value(0));
    const auto b = lagesbild::DateRange::parse(periods.value(1));
    if (periods.size() != 2 || !a || !b)
    {
      qCritical("--hotspot-change: expected FROM..TO/FROM..TO, e.g. 2020-01-01..2020-12-12/2021-01-01..2021-12-12");
      return 2;
    }
    changePeriods.emplace(*a, *b);
  }

  int exitCode = 0;
  {
    lagesbild::MainWindow window;
    const lagesbild::Workspace workspace = lagesbild::Workspace::assemble(window);
    lagesbild::AnalysisPane *analysisPane = workspace.analysis;
    lagesbild::InterventionsPanel *interventionsPanel = workspace.interventions;
    lagesbild::NearRepeatTab *nearRepeat = workspace.nearRepeat;
    window.show();

    const QString path = parser.positionalArguments().isEmpty() ? defaultStorePath() : parser.positionalArguments().constFirst();
    if (!path.isEmpty() && window.openStore(path))
      window.restoreSession();
    if (parser.isSet(intervention))
    {
      interventionsPanel->reload();
      if (interventionsPanel->selectIntervention(parser.value(intervention).toLongLong()))
      {
        window.findChild<QDockWidget *>(QStringLiteral("interventionsDock"))->raise();
        // Once the window is laid out, so the canvas fits the area at its real size.
        QTimer::singleShot(0, interventionsPanel, [interventionsPanel]() { interventionsPanel->zoomToSelected(); });
      }
    }
    if (parser.isSet(nearRepeatOption))
    {
      lagesbild::IncidentFilter filter = window.filterPanel()->filter();
      filter.kind = lagesbild::IncidentKind::Crime;
      filter.categories = QStringList{parser.value(nearRepeatOption)};
      window.filterPanel()->setFilter(filter);
      window.applyFilter(); // the map shows the tested incidents at once, not after the panel's pause
      window.findChild<QDockWidget *>(QStringLiteral("analysisDock"))->raise();
      analysisPane->tabs()->setCurrentWidget(nearRepeat);
      // Once the zones are on the map, show them at street scale.
      QObject::connect(nearRepeat, &lagesbild::NearRepeatTab::finished, &window,
                       [&window, nearRepeat](bool ok)
                       {
                         const QgsMapLayer *zones = ok ? window.project()->mapLayer(nearRepeat->zonesLayerId()) : nullptr;
                         if (!zones || zones->extent().isEmpty())
                           return;
                         QgsRectangle extent = zones->extent();
                         extent.grow(kNearRepeatZoomMargin);
                         window.mapCanvas()->setExtent(extent);
                         window.mapCanvas()->refresh();
                       });
      nearRepeat->runAndShowZones();
    }
    if (parser.isSet(find))
      if (auto *search = window.findChild<lagesbild::PlaceSearchBox *>(QStringLiteral("placeSearch")))
      {
        const QString text = parser.value(find);
        search->setText(text);
        // Once the window is laid out, so the scale is the canvas's real one.
        QTimer::singleShot(0, search, [search, text]() { search->search(text); });
      }
    if (parser.isSet(heatmap))
      window.setHeatmapVisible(true);
    if (parser.isSet(hotspots))
      window.setHotspotsVisible(true);
    if (changePeriods)
    {
      analysisPane->comparisonTab()->setPeriodB(changePeriods->second);
      analysisPane->comparisonTab()->setPeriodA(changePeriods->first);
      window.showHotspotChange(changePeriods->first, changePeriods->second);
    }

    if (parser.isSet(screenshot))
    {
      // Timings for the record: the first drawn frame and each heat-map computation.
      QObject::connect(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                       [&startClock]()
                       {
                         static bool first = true;
                         if (first)
                           qInfo("first frame drawn %lld ms after start", static_cast<long long>(startClock.elapsed()));
                         first = false;
                       });
      QObject::connect(window.heatmap(), &lagesbild::HeatmapController::updated, &window,
                       [](qint64 ms) { qInfo("heat map computed and added in %lld ms", static_cast<long long>(ms)); });
      const QString file = parser.value(screenshot);
      auto grabAndQuit = [&window, file]()
      {
        window.grab().save(file);
        QCoreApplication::quit();
      };
      QObject::connect(window.hotspots(), &lagesbild::HotspotController::updated, &window,
                       [](qint64 ms) { qInfo("hot-spot grid computed and added in %lld ms", static_cast<long long>(ms)); });
      // With the near-repeat zones, the heat map or hot spots the picture is taken once their layer
      // is drawn, else after the first frame.
      if (parser.isSet(nearRepeatOption))
        QObject::connect(nearRepeat, &lagesbild::NearRepeatTab::finished, &window,
                         [&window, grabAndQuit]()
                         {
                           QObject::connect(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                                            [grabAndQuit]() { QTimer::singleShot(300, grabAndQuit); });
                         });
      else if (parser.isSet(hotspots) || parser.isSet(hotspotChange))
        QObject::connect(window.hotspots(), &lagesbild::HotspotController::updated, &window,
                         [&window, grabAndQuit]()
                         {
                           QObject::connect(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                                            [grabAndQuit]() { QTimer::singleShot(300, grabAndQuit); });
                         });
      else if (parser.isSet(heatmap))
        QObject::connect(window.heatmap(), &lagesbild::HeatmapController::updated, &window,
                         [&window, grabAndQuit]()
                         {
                           QObject::connect(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                                            [grabAndQuit]() { QTimer::singleShot(300, grabAndQuit); });
                         });
      else
        QObject::connect(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                         [grabAndQuit]() { QTimer::singleShot(300, grabAndQuit); });
      QTimer::singleShot(20000, grabAndQuit); // never hang: take whatever is drawn after 20 s
    }

    exitCode = QCoreApplication::exec();
  }
  // Layers and canvas are gone before QGIS shuts down.
  lagesbild::QgisRuntime::shutdown();
  return exitCode;
}
