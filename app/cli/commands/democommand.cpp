// lagesbild-cli demo STORE [--scale N] [--force]: writes the deterministic Kungsör demo store and
// prints a summary with the seed's figures counted back from the written store.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/storeopener.h"
#include "cli/swedishformat.h"
#include "demo/democalendar.h"
#include "demo/demofigures.h"
#include "demo/demogenerator.h"
#include "demo/demostorewriter.h"
#include "demo/demotownwriter.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace lagesbild::cli
{
namespace
{
constexpr int kMaxScale = 100000;

//! The demo into a server store made by `server init` that has no incidents yet (a shared store
//! is never replaced: --force does not apply).
int writeToServer(const QString &command, const QString &location, int scale)
{
  const auto store = openStore(command, location, StoreAccess::Write);
  if (!store)
    return reportError(command, store.error());
  const auto present = (*store)->count(IncidentFilter::all());
  if (!present)
    return reportError(command, present.error());
  if (*present > 0)
    return reportError(command,
                       makeError(ErrorCode::BadInput,
                                 QCoreApplication::translate("cli", "%1 has incidents already: the demo goes into an empty server store")
                                   .arg((*store)->displayName())));
  demo::DemoOptions options;
  options.scale = scale;
  const auto generator = demo::DemoGenerator::create(options);
  if (!generator)
    return reportError(command, generator.error());
  const auto summary = demo::DemoStoreWriter::writeInto(**store, *generator);
  if (!summary)
    return reportError(command, summary.error());
  out() << QCoreApplication::translate("cli", "Wrote the Kungsör demo (scale %1) to %2 in %3 s\n")
             .arg(scale)
             .arg((*store)->displayName())
             .arg(SwedishFormat::decimal(summary->seconds, 2));
  out() << QCoreApplication::translate("cli", "  incidents: %1 (%2 reported crimes, %3 reports), %4..%5\n")
             .arg(summary->crimes + summary->reports)
             .arg(summary->crimes)
             .arg(summary->reports)
             .arg(demo::DemoCalendar::firstDay().toString(Qt::ISODate), demo::DemoCalendar::lastDay().toString(Qt::ISODate));
  out() << QCoreApplication::translate("cli", "  areas: %1, interventions: %2\n").arg(summary->areas).arg(summary->interventions);
  out() << QCoreApplication::translate("cli", "All content is synthetic: no real person or incident (see data/README.md).\n");
  out().flush();
  return ExitSuccess;
}

void removeStoreFiles(const QString &path)
{
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    QFile::remove(path + QLatin1String(suffix));
}

QString percent(std::int64_t a, std::int64_t b)
{
  if (a == 0)
    return QStringLiteral("–");
  const double change = std::round(1000.0 * static_cast<double>(b - a) / static_cast<double>(a)) / 10.0;
  return SwedishFormat::changePercent(change);
}

//! Counts one seed comparison back from the store: "crimes 2020-01-01..2020-12-12: 783 → 2021-…: 689, change −94 (−12,0 %)".
Result<QString> seedLine(const IncidentStore &store, const QString &label, const demo::DemoAnchor &a, const demo::DemoAnchor &b)
{
  IncidentFilter filter;
  filter.kind = a.kind;
  filter.period = a.period;
  const auto countA = store.count(filter);
  if (!countA)
    return countA.error();
  filter.period = b.period;
  const auto countB = store.count(filter);
  if (!countB)
    return countB.error();
  return QCoreApplication::translate("cli", "  %1 %2: %3, %4: %5, change %6 (%7)\n")
    .arg(label, a.period.toString())
    .arg(SwedishFormat::integer(*countA))
    .arg(b.period.toString())
    .arg(SwedishFormat::integer(*countB))
    .arg(SwedishFormat::signedInteger(*countB - *countA))
    .arg(percent(*countA, *countB));
}
} // namespace

int runDemoCommand(const QStringList &arguments)
{
  const QString command = QStringLiteral("demo");
  CommandLine commandLine(
    command,
    QCoreApplication::translate("cli", "Write the Kungsör demo store: synthetic, deterministic incidents, areas and "
                                       "interventions that reproduce the seed's figures (N times the incidents for benchmarks)."),
    QStringLiteral("STORE [--scale N] [--force]"));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("scale"),
    QCoreApplication::translate("cli", "Multiply the number of incidents by N (1..%1), keeping the shape.").arg(kMaxScale),
    QStringLiteral("N"), QStringLiteral("1")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("force"), QCoreApplication::translate("cli", "Replace STORE when it exists.")));
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;

  bool scaleOk = false;
  const int scale = commandLine.value(QStringLiteral("scale")).toInt(&scaleOk);
  if (!scaleOk || scale < 1 || scale > kMaxScale)
    return commandLine.usageError(QCoreApplication::translate("cli", "--scale must be a whole number from 1 to %1, not \"%2\"")
                                    .arg(kMaxScale)
                                    .arg(commandLine.value(QStringLiteral("scale"))));

  const QString path = commandLine.positional().at(0);
  if (IncidentStore::isServerLocation(path))
    return writeToServer(command, path, scale);
  const bool exists = QFileInfo::exists(path);
  if (exists && !commandLine.isSet(QStringLiteral("force")))
    return reportError(command, makeError(ErrorCode::BadInput,
                                          QCoreApplication::translate("cli", "%1 exists already; use --force to replace it").arg(path)));

  // Write next to the target and replace it only when everything succeeded.
  const QString temporaryPath = path + QStringLiteral(".demo-writing");
  removeStoreFiles(temporaryPath);
  demo::DemoOptions options;
  options.scale = scale;
  const auto summary = demo::DemoStoreWriter::write(temporaryPath, options);
  if (!summary)
  {
    removeStoreFiles(temporaryPath);
    return reportError(command, summary.error());
  }
  if (exists)
    removeStoreFiles(path);
  if (!QFile::rename(temporaryPath, path))
  {
    removeStoreFiles(temporaryPath);
    return reportError(command, makeError(ErrorCode::StoreError, QCoreApplication::translate("cli", "Could not write %1").arg(path)));
  }

  // The demo town, the store's base map, beside it.
  const auto townMap = demo::DemoTownWriter::writeBesideStore(path);
  if (!townMap)
    return reportError(command, townMap.error());

  const auto store = openStore(command, path, StoreAccess::Write);
  if (!store)
    return reportError(command, store.error());
  const auto anchors = demo::DemoFigures::anchors();
  const auto crimes = seedLine(**store, QCoreApplication::translate("cli", "reported crimes"), anchors[0], anchors[1]);
  const auto reports = seedLine(**store, QCoreApplication::translate("cli", "reports"), anchors[2], anchors[3]);
  if (!crimes)
    return reportError(command, crimes.error());
  if (!reports)
    return reportError(command, reports.error());

  out() << QCoreApplication::translate("cli", "Wrote the Kungsör demo (scale %1) to %2 in %3 s\n")
             .arg(scale)
             .arg(path)
             .arg(SwedishFormat::decimal(summary->seconds, 2));
  out() << QCoreApplication::translate("cli", "  incidents: %1 (%2 reported crimes, %3 reports), %4..%5\n")
             .arg(summary->crimes + summary->reports)
             .arg(summary->crimes)
             .arg(summary->reports)
             .arg(demo::DemoCalendar::firstDay().toString(Qt::ISODate), demo::DemoCalendar::lastDay().toString(Qt::ISODate));
  out() << QCoreApplication::translate("cli", "  areas: %1, interventions: %2\n").arg(summary->areas).arg(summary->interventions);
  out() << QCoreApplication::translate("cli", "  base map: %1 (generated demo town)\n").arg(*townMap);
  out() << QCoreApplication::translate("cli", "Seed figures, counted in the store:\n") << *crimes << *reports;
  out() << QCoreApplication::translate("cli", "All content is synthetic: no real person or incident (see data/README.md).\n");
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
