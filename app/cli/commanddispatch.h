// Dispatch of a lagesbild-cli command line: the overview for no command or --help, a usage
// error for an unknown command, otherwise the command's own function. Shared by both
// executables (lagesbild-cli and its QGIS helper), so they list and run commands alike.
#pragma once

#include <QStringList>

namespace lagesbild::cli
{

//! Runs the command line (QCoreApplication::arguments(): program, command, arguments) and
//! returns the exit code.
int dispatchCommand(const QStringList &arguments);

} // namespace lagesbild::cli
