// The command line's helper programs. Linking GDAL (some 120 libraries) costs every start about
// 70 ms, and QGIS (with Qt Widgets, WebKit and some 180 libraries) about a fifth of a second, yet
// most commands need neither: analysis and heat maps run in the lean lagesbild-cli. Commands that
// need GDAL (import, demo, interventions, addresses, and hot spots written to a GeoPackage) are
// built into lagesbild-cli-gdal, those that need QGIS (report, field-package) into
// lagesbild-cli-qgis, both beside lagesbild-cli in the same directory. lagesbild-cli replaces
// itself with the helper for them (exec: the same arguments, standard streams and exit code), so
// to the user it stays one program.
#pragma once

#include "cli/commandregistry.h"

#include <QString>
#include <QStringList>

namespace lagesbild::cli
{

//! The helper's file name, in the directory of lagesbild-cli ("" for Helper::None).
const char *helperProgramName(Helper helper);

//! Replaces this process with the helper, passing argv[1..] unchanged. Returns only when the
//! helper could not be started, with the reason.
QString execHelper(Helper helper, char *argv[]);

//! What the user reads when the helper could not be started (a line, translated).
QString helperFailureMessage(Helper helper, const QString &command, const QString &reason);

//! The same from inside a command (QCoreApplication::arguments() as argv). Returns only when
//! the helper could not be started, after saying so on standard error: the exit code.
int handOverToHelper(Helper helper, const QString &command);

} // namespace lagesbild::cli
