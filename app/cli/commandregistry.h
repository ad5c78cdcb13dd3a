// The lagesbild-cli commands of the DESIGN.md contract: name, one-line summary, and the
// function that runs it (null while a command is not built yet: it then says so, exit 2).
// Commands that need GDAL (import, demo, interventions, addresses) are built into the helper
// lagesbild-cli-gdal, those that need QGIS (report, field-package) into lagesbild-cli-qgis; the
// lean lagesbild-cli lists them too and hands them over (cli/helperprogram.h).
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace lagesbild::cli
{

using CommandFunction = int (*)(const QStringList &arguments);

//! The executable a command needs beyond the lean lagesbild-cli.
enum class Helper
{
  None,
  Gdal, //!< lagesbild-cli-gdal: GDAL/OGR and PROJ (formats, coordinates)
  Qgis, //!< lagesbild-cli-qgis: QGIS (print layouts, projects), and GDAL with it
};

struct Command
{
    const char *name;
    const char *usage;
    const char *summary;
    CommandFunction run;          //!< nullptr: not built yet, or (helper) not built into this executable
    Helper helper = Helper::None; //!< where it runs when not built into this executable
};

const std::vector<Command> &commands();

//! The command of that name, or nullptr.
const Command *findCommand(const QString &name);

// One function per command, each in cli/commands/<name>command.cpp.
int runInitCommand(const QStringList &arguments);
int runDemoCommand(const QStringList &arguments);
int runImportCommand(const QStringList &arguments);
int runCompareCommand(const QStringList &arguments);
int runPatternsCommand(const QStringList &arguments);
int runHotspotsCommand(const QStringList &arguments);
int runEvaluateCommand(const QStringList &arguments);
int runInterventionsCommand(const QStringList &arguments);
int runReportCommand(const QStringList &arguments);
int runNearRepeatCommand(const QStringList &arguments);
int runAddressesCommand(const QStringList &arguments);
int runServerCommand(const QStringList &arguments);
int runPushCommand(const QStringList &arguments);
int runPullCommand(const QStringList &arguments);
int runFieldPackageCommand(const QStringList &arguments);

} // namespace lagesbild::cli
