// bench_app: the desktop window's figures on a large store (issue 22), through the real window
// offscreen (the same MainWindow and Workspace the app builds):
//   bench_app [--store PATH]... [--scale N]... [--dir DIR] [--runs N]
// Without --store it writes the Kungsör demo with `lagesbild-cli demo` at each --scale (default
// 2300, about 10M incidents, and 230, about 1M) into DIR (default a temporary folder) and measures
// each store in turn:
//   first frame  from creating the window to the canvas's first finished render of the store,
//   heat map     from switching the heat map on to the first render with its layer,
//   pan, zoom    at town scale (1:10 000 – 1:25 000 around Kungsör's centre), from setExtent and
//                refresh to the finished render; best and median of --runs (default 7).
// Prints figures with the targets beside them; never fails on time.
#include "desktop/mainwindow.h"
#include "map/heatmapcontroller.h"
#include "map/pointdensityindex.h"
#include "map/pointreductioncontroller.h"
#include "qgis/qgisruntime.h"
#include "store/incidentstore.h"
#include "workspace/workspace.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lagesbild;

namespace
{
constexpr int kRenderTimeoutMs = 120000;
constexpr double kFirstFrameTarget = 2000.0;
constexpr double kHeatmapTarget = 1000.0;
constexpr double kPanZoomTarget = 300.0;
//! Kungsör's centre (the square by Drottninggatan), EPSG:3006.
const QgsPointXY kTownCentre(562900.0, 6587500.0);
//! The window's size on the office laptop the product is planned for.
const QSize kWindowSize(1366, 768);

//! Waits for the next finished render of the canvas that starts after construction.
class RenderWatch
{
  public:
    explicit RenderWatch(QgsMapCanvas *canvas)
    {
      mConnection = QObject::connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, &mLoop,
                                     [this]()
                                     {
                                       mDone = true;
                                       mLoop.quit();
                                     });
    }
    ~RenderWatch() { QObject::disconnect(mConnection); }
    //! True when a render finished within the timeout.
    bool wait()
    {
      if (!mDone)
      {
        QTimer::singleShot(kRenderTimeoutMs, &mLoop, &QEventLoop::quit);
        mLoop.exec();
      }
      return mDone;
    }

  private:
    QEventLoop mLoop;
    QMetaObject::Connection mConnection;
    bool mDone = false;
};

//! Lets the window settle: no render under way and no events for a moment.
void settle(QgsMapCanvas *canvas)
{
  for (int i = 0; i < 200 && canvas->isDrawing(); ++i)
  {
    QEventLoop loop;
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
  }
  QEventLoop loop;
  QTimer::singleShot(400, &loop, &QEventLoop::quit);
  loop.exec();
}

double median(std::vector<double> values)
{
  if (values.empty())
    return -1.0;
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

void printFigure(const char *what, double ms, double target)
{
  std::printf("  %-34s %9.0f ms   target <= %5.0f ms  %s\n", what, ms, target, ms >= 0 && ms <= target ? "met" : "NOT MET");
}

//! Milliseconds from setting the extent (centre, scale) and refreshing to the finished render.
double timedMove(MainWindow &window, const QgsPointXY &centre, double scale)
{
  QgsMapCanvas *canvas = window.mapCanvas();
  settle(canvas);
  QElapsedTimer clock;
  clock.start();
  RenderWatch watch(canvas);
  canvas->setCenter(centre);
  canvas->zoomScale(scale);
  canvas->refresh();
  if (!watch.wait())
    return -1.0;
  return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

bool writeDemo(const QString &store, const QString &scale)
{
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    QFile::remove(store + QLatin1String(suffix));
  QProcess process;
  QElapsedTimer clock;
  clock.start();
  process.start(QStringLiteral(LAGESBILD_CLI), {QStringLiteral("demo"), store, QStringLiteral("--scale"), scale});
  if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
  {
    std::fprintf(stderr, "bench_app: lagesbild-cli demo failed: %s\n", process.readAllStandardError().constData());
    return false;
  }
  std::printf("bench_app: demo at scale %s written in %.1f s\n", qPrintable(scale), static_cast<double>(clock.elapsed()) / 1000.0);
  return true;
}

void measure(const QString &path, int runs)
{
  std::printf("bench_app: %s (%.2f GB)\n", qPrintable(path), static_cast<double>(QFileInfo(path).size()) / 1e9);
  std::fflush(stdout);
  QElapsedTimer clock;
  clock.start();
  MainWindow window;
  Workspace::assemble(window);
  window.resize(kWindowSize);
  RenderWatch firstRender(window.mapCanvas());
  double indexReady = -1.0;
  double positionsReady = -1.0;
  QObject::connect(window.pointReduction(), &PointReductionController::indexReady, &window,
                   [&]()
                   {
                     if (indexReady < 0)
                       indexReady = static_cast<double>(clock.nsecsElapsed()) / 1e6;
                     else if (positionsReady < 0)
                       positionsReady = static_cast<double>(clock.nsecsElapsed()) / 1e6;
                   });
  double firstRefresh = -1.0;
  QObject::connect(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                   [&]()
                   {
                     if (firstRefresh < 0)
                       firstRefresh = static_cast<double>(clock.nsecsElapsed()) / 1e6;
                   });
  window.show();
  if (!window.openStore(path))
  {
    std::fprintf(stderr, "bench_app: the window could not open %s\n", qPrintable(path));
    return;
  }
  window.restoreSession();
  const double opened = static_cast<double>(clock.nsecsElapsed()) / 1e6;
  bool drawn = firstRender.wait();
  // A frame drawn while the incidents' positions are still read shows no incidents yet: the
  // first frame is the one drawn with them.
  while (drawn && window.pointReduction()->isReading())
  {
    RenderWatch next(window.mapCanvas());
    drawn = next.wait();
  }
  const double firstFrame = drawn ? static_cast<double>(clock.nsecsElapsed()) / 1e6 : -1.0;
  std::printf("  (window created and store opened: %.0f ms on the UI thread; %lld incidents match; first render %.0f ms;"
              " counts per bucket at %.0f ms, positions at %.0f ms)\n",
              opened, static_cast<long long>(window.matchCount()), firstRefresh, indexReady, positionsReady);
  printFigure("first frame", firstFrame, kFirstFrameTarget);
  std::fflush(stdout);

  // The heat map: switched on at the first view (the whole municipality).
  QgsMapCanvas *canvas = window.mapCanvas();
  settle(canvas);
  clock.restart();
  bool heatmapDone = false;
  QEventLoop heatmapLoop;
  QMetaObject::Connection drawnAfterLayer;
  const QMetaObject::Connection layerAdded = QObject::connect(window.heatmap(), &HeatmapController::updated, &heatmapLoop,
                                                              [&]()
                                                              {
                                                                drawnAfterLayer =
                                                                  QObject::connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, &heatmapLoop,
                                                                                   [&]()
                                                                                   {
                                                                                     heatmapDone = true;
                                                                                     heatmapLoop.quit();
                                                                                   });
                                                              });
  window.setHeatmapVisible(true);
  QTimer::singleShot(kRenderTimeoutMs, &heatmapLoop, &QEventLoop::quit);
  heatmapLoop.exec();
  QObject::disconnect(layerAdded);
  QObject::disconnect(drawnAfterLayer);
  printFigure("heat map (switched on, drawn)", heatmapDone ? static_cast<double>(clock.nsecsElapsed()) / 1e6 : -1.0, kHeatmapTarget);
  std::fflush(stdout);
  window.setHeatmapVisible(false);

  // Pans and zooms at town scale, points shown (the heat map off).
  timedMove(window, kTownCentre, 15000.0); // into town once: not counted
  std::vector<double> pans;
  std::vector<double> zooms;
  const double scales[] = {10000.0, 25000.0, 15000.0};
  QgsPointXY centre = kTownCentre;
  for (int run = 0; run < runs; ++run)
  {
    // A third of the view east or west, alternately, then north or south: new ground every time.
    const double step = canvas->extent().width() / 3.0;
    centre = QgsPointXY(centre.x() + (run % 2 == 0 ? step : -step), centre.y() + (run % 4 < 2 ? step / 2 : -step / 2));
    pans.push_back(timedMove(window, centre, canvas->scale()));
    zooms.push_back(timedMove(window, centre, scales[run % 3]));
  }
  const auto best = [](const std::vector<double> &values) { return *std::min_element(values.begin(), values.end()); };
  printFigure("pan at town scale, best", best(pans), kPanZoomTarget);
  printFigure("pan at town scale, median", median(pans), kPanZoomTarget);
  printFigure("zoom 1:10 000 - 1:25 000, best", best(zooms), kPanZoomTarget);
  printFigure("zoom 1:10 000 - 1:25 000, median", median(zooms), kPanZoomTarget);

  // Where the first frame's time goes off the UI thread: the positions read and indexed.
  clock.restart();
  auto store = IncidentStore::open(path, StoreAccess::Read);
  if (!store)
    return;
  const double openMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
  clock.restart();
  const auto points = (*store)->pointsForDensity(IncidentFilter::all());
  const double readMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
  clock.restart();
  const PointDensityIndex index(points ? *points : std::vector<PointXY>());
  std::printf("  (off the UI thread: store opened %.0f ms, %zu positions read %.0f ms, indexed %.0f ms)\n", openMs, index.size(), readMs,
              static_cast<double>(clock.nsecsElapsed()) / 1e6);
  std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
  // Settings of the run go to a temporary folder: the last session's view never applies.
  QTemporaryDir home;
  qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
  qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
  auto application = QgisRuntime::createHeadlessApplication(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  QStringList stores;
  QStringList scales;
  QString dir = home.path();
  int runs = 7;
  for (int i = 1; i + 1 < args.size(); i += 2)
  {
    if (args[i] == QLatin1String("--store"))
      stores << args[i + 1];
    else if (args[i] == QLatin1String("--scale"))
      scales << args[i + 1];
    else if (args[i] == QLatin1String("--dir"))
      dir = args[i + 1];
    else if (args[i] == QLatin1String("--runs"))
      runs = std::max(1, args[i + 1].toInt());
  }
  if (stores.isEmpty())
  {
    if (scales.isEmpty())
      scales = QStringList{QStringLiteral("2300"), QStringLiteral("230")};
    for (const QString &scale : scales)
    {
      const QString store = QDir(dir).filePath(QStringLiteral("bench-app-%1.gpkg").arg(scale));
      if (!writeDemo(store, scale))
        return 1;
      measure(store, runs);
      for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(store + QLatin1String(suffix));
    }
  }
  for (const QString &store : stores)
    measure(store, runs);
  QgisRuntime::shutdown();
  return 0;
}
