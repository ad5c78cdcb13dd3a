// bench_kdestore: the whole kernel density on a store, our command line against QGIS's, side by side.
//   bench_kdestore [--scale N] [--dir DIR] [--runs N]
// Writes the Kungsör demo at scale N (default 230: about a million incidents) with
// `lagesbild-cli demo`, then times the whole process of
//   lagesbild-cli hotspots STORE --method kde --radius 200 --cell 10 --include-municipality-precision --out heat.tif
// (best of --runs, default 3) and of
//   qgis_process run qgis:heatmapkerneldensityestimation --INPUT=STORE|layername=incidents --RADIUS=200 --PIXEL_SIZE=10 ...
// (one run: it takes long) on the same store and points, and prints both and the ratio.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace
{
//! Wall seconds of a process run to its end; negative when it failed.
double runSeconds(const QString &program, const QStringList &arguments)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  QElapsedTimer timer;
  timer.start();
  process.start(program, arguments);
  if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
  {
    std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return -1.0;
  }
  return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  auto option = [&args](const char *name, const QString &fallback)
  {
    const auto at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
  };
  const QString scale = option("--scale", QStringLiteral("230"));
  const int runs = std::max(1, option("--runs", QStringLiteral("3")).toInt());
  QTemporaryDir temporary;
  const QString dir = option("--dir", temporary.path());
  const QString store = dir + QStringLiteral("/bench-kde.gpkg");
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    QFile::remove(store + QLatin1String(suffix));
  const QString cli = QStringLiteral(LAGESBILD_CLI);

  const double demoSeconds = runSeconds(cli, {QStringLiteral("demo"), store, QStringLiteral("--scale"), scale});
  if (demoSeconds < 0)
    return 1;
  std::printf("bench_kdestore: demo at scale %s written by lagesbild-cli in %.2f s\n", qPrintable(scale), demoSeconds);

  double ours = 1e300;
  for (int r = 0; r < runs; ++r)
  {
    const double s = runSeconds(cli, {QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("kde"),
                                      QStringLiteral("--radius"), QStringLiteral("200"), QStringLiteral("--cell"), QStringLiteral("10"),
                                      QStringLiteral("--include-municipality-precision"), QStringLiteral("--out"),
                                      dir + QStringLiteral("/heat-ours.tif")});
    if (s < 0)
      return 1;
    ours = std::min(ours, s);
  }
  std::printf("  lagesbild-cli hotspots --method kde (r 200 m, 10 m cells), whole process, best of %d: %7.2f s\n", runs, ours);

  // Debian's /usr/bin/qgis_process wrapper adds --noversioncheck from /etc/default/qgis, which
  // qgis_process 3.22 rejects; the real binary beside it takes the arguments as they are.
  const QString qgis = QFile::exists(QStringLiteral("/usr/bin/qgis_process.bin")) ? QStringLiteral("/usr/bin/qgis_process.bin")
                                                                                  : QStringLiteral("qgis_process");
  const double theirs =
    runSeconds(qgis, {QStringLiteral("run"), QStringLiteral("qgis:heatmapkerneldensityestimation"),
                      QStringLiteral("--INPUT=%1|layername=incidents").arg(store), QStringLiteral("--RADIUS=200"),
                      QStringLiteral("--PIXEL_SIZE=10"), QStringLiteral("--KERNEL=0"), QStringLiteral("--OUTPUT_VALUE=0"),
                      QStringLiteral("--OUTPUT=%1").arg(dir + QStringLiteral("/heat-qgis.tif"))});
  if (theirs < 0)
    std::printf("  qgis_process qgis:heatmapkerneldensityestimation: not run (see the message above)\n");
  else
    std::printf("  qgis_process qgis:heatmapkerneldensityestimation, same store, whole process:         %7.2f s   (ours %.1fx faster)\n",
                theirs, theirs / ours);
  for (const char *file : {"/heat-ours.tif", "/heat-qgis.tif"})
    QFile::remove(dir + QLatin1String(file));
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    QFile::remove(store + QLatin1String(suffix));
  return 0;
}
