// The QGIS helper of the command line. Linking QGIS (and with it Qt Widgets, WebKit and some 180
// libraries) costs every start about a fifth of a second, yet only report and field-package use
// it; they are built into lagesbild-cli-qgis, beside lagesbild-cli in the same directory, and the
// lean lagesbild-cli replaces itself with it for them (exec: the same arguments, standard streams
// and exit code), so to the user it stays one program.
#pragma once

#include <QString>

namespace lagesbild::cli
{

//! The helper's file name, in the directory of lagesbild-cli.
constexpr const char *kQgisHelperName = "lagesbild-cli-qgis";

//! Replaces this process with the QGIS helper, passing argv[1..] unchanged. Returns only when
//! the helper could not be started, with the reason.
QString execQgisHelper(char *argv[]);

} // namespace lagesbild::cli
