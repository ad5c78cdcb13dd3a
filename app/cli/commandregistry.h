// The lagesbild-cli commands of the DESIGN.md contract: name, one-line summary, and the
// function that runs it (null while a command is not built yet: it then says so, exit 2).
// Commands that need QGIS (report, field-package) are built into lagesbild-cli-qgis only; the
// lean lagesbild-cli lists them too and hands them over (cli/qgishelper).
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace lagesbild::cli
{

using CommandFunction = int (*)(const QStringList &arguments);

struct Command
{
    const char *name;
    const char *usage;
    const char *summary;
    CommandFunction run; //!< nullptr: not built yet, or (qgis) not built into this executable
    bool qgis = false;   //!< needs QGIS: runs in lagesbild-cli-qgis
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
