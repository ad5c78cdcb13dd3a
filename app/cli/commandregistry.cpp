#include "commandregistry.h"

#include <QCoreApplication>

namespace lagesbild::cli
{

#ifdef LAGESBILD_HAVE_DEMO_COMMAND
#define DEMO_COMMAND runDemoCommand
#else
#define DEMO_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_IMPORT_COMMAND
#define IMPORT_COMMAND runImportCommand
#else
#define IMPORT_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_COMPARE_COMMAND
#define COMPARE_COMMAND runCompareCommand
#else
#define COMPARE_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_PATTERNS_COMMAND
#define PATTERNS_COMMAND runPatternsCommand
#else
#define PATTERNS_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_HOTSPOTS_COMMAND
#define HOTSPOTS_COMMAND runHotspotsCommand
#else
#define HOTSPOTS_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_EVALUATE_COMMAND
#define EVALUATE_COMMAND runEvaluateCommand
#else
#define EVALUATE_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_INTERVENTIONS_COMMAND
#define INTERVENTIONS_COMMAND runInterventionsCommand
#else
#define INTERVENTIONS_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_NEARREPEAT_COMMAND
#define NEARREPEAT_COMMAND runNearRepeatCommand
#else
#define NEARREPEAT_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_SERVER_COMMAND
#define SERVER_COMMAND runServerCommand
#define PUSH_COMMAND runPushCommand
#define PULL_COMMAND runPullCommand
#else
#define SERVER_COMMAND nullptr
#define PUSH_COMMAND nullptr
#define PULL_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_REPORT_COMMAND
#define REPORT_COMMAND runReportCommand
#else
#define REPORT_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_FIELDPACKAGE_COMMAND
#define FIELDPACKAGE_COMMAND runFieldPackageCommand
#else
#define FIELDPACKAGE_COMMAND nullptr
#endif
#ifdef LAGESBILD_HAVE_ADDRESSES_COMMAND
#define ADDRESSES_COMMAND runAddressesCommand
#else
#define ADDRESSES_COMMAND nullptr
#endif

const std::vector<Command> &commands()
{
  static const std::vector<Command> sCommands = {
    {"init", "STORE [--municipality CODE]", QT_TRANSLATE_NOOP("cli", "Create a new, empty incident store (a GeoPackage)."), runInitCommand},
    {"import",
     "STORE FILE... [--format auto|csv|geojson|ogr|polisen] [--mapping MAP.json] [--source NAME] [--kind crime|report] [--crs EPSG:N] "
     "[--skip-invalid]",
     QT_TRANSLATE_NOOP("cli", "Import incidents from CSV, GeoJSON, any OGR source or the police events feed."), IMPORT_COMMAND,
     Helper::Gdal},
    {"demo", "STORE [--scale N]", QT_TRANSLATE_NOOP("cli", "Write the Kungsör demo store (N times the incidents for benchmarks)."),
     DEMO_COMMAND, Helper::Gdal},
    {"compare", "STORE --a FROM..TO --b FROM..TO [--kind crime|report|all] [--by none|category|source|area|hour|weekday|month]",
     QT_TRANSLATE_NOOP("cli", "Compare two periods with an exact Poisson test."), COMPARE_COMMAND},
    {"patterns", "STORE --period FROM..TO [--kind ...]", QT_TRANSLATE_NOOP("cli", "Time patterns: hour × weekday, month, category."),
     PATTERNS_COMMAND},
    {"hotspots", "STORE --method kde|gistar|count|addresses --out FILE [...]",
     QT_TRANSLATE_NOOP("cli", "Hot spots: kernel density, Getis-Ord Gi*, counts per cell, repeat addresses."), HOTSPOTS_COMMAND},
    {"evaluate", "STORE --intervention ID [--before-days N] [--after-days N] [--buffer M]",
     QT_TRANSLATE_NOOP("cli", "Follow up an intervention: before/after, displacement (WDQ)."), EVALUATE_COMMAND},
    {"interventions",
     "STORE [list | add --type T --title TEXT --start DATE [--end DATE] (--at X,Y --radius M | --polygon CORNERS | "
     "--area CODE) | close ID [--end DATE] | delete ID]",
     QT_TRANSLATE_NOOP("cli", "List, register, close or delete interventions."), INTERVENTIONS_COMMAND, Helper::Gdal},
    {"report", "STORE --period FROM..TO [--compare-to FROM..TO] [--template NAME] --out FILE.pdf",
     QT_TRANSLATE_NOOP("cli", "Print the lägesbild report to PDF."), REPORT_COMMAND, Helper::Qgis},
    {"nearrepeat",
     "STORE --space-bands 0,1,100,… --time-bands 0,7,… [--permutations N] [--seed S] [--distance euclidean|manhattan] "
     "[--format table|json|csv]",
     QT_TRANSLATE_NOOP("cli", "Near repeats: the Knox test with Monte Carlo permutations."), NEARREPEAT_COMMAND},
    {"addresses", "STORE import FILE [--mapping MAP.json] | STORE count",
     QT_TRANSLATE_NOOP("cli", "Load the address register (geocoding) from any OGR source: OSM, Lantmäteriet, CSV with x/y."),
     ADDRESSES_COMMAND, Helper::Gdal},
    {"server",
     "init CONNECTION --municipality CODE | add-user NAME --role coordinator|analyst|reporter|police|public [--organisation ORG] "
     "[--password] CONNECTION",
     QT_TRANSLATE_NOOP("cli", "Set up the shared PostgreSQL/PostGIS store and add its users."), SERVER_COMMAND},
    {"push", "LOCAL.gpkg CONNECTION [--batch N] [--connections N]",
     QT_TRANSLATE_NOOP("cli", "Send a GeoPackage store's incidents to the shared PostgreSQL store."), PUSH_COMMAND},
    {"pull", "CONNECTION LOCAL.gpkg [--period FROM..TO]",
     QT_TRANSLATE_NOOP("cli", "Copy the shared PostgreSQL store into a local GeoPackage for offline work."), PULL_COMMAND},
    {"field-package", "STORE --organisation ORG --out DIR",
     QT_TRANSLATE_NOOP("cli", "Write a QGIS project and report GeoPackage for field reports with QField."), FIELDPACKAGE_COMMAND,
     Helper::Qgis},
  };
  return sCommands;
}

const Command *findCommand(const QString &name)
{
  for (const Command &command : commands())
  {
    if (name == QLatin1String(command.name))
      return &command;
  }
  return nullptr;
}

} // namespace lagesbild::cli
