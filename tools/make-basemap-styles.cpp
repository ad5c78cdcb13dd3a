// Writes the base-map styles resources/styles/basemap-<role>.qml from BaseMapStyle::build, so the
// shipped .qml files (which the app applies and a user may edit in QGIS) come from one place:
//   cmake --build build --target lagesbild-make-basemap-styles && build/bin/lagesbild-make-basemap-styles resources/styles
#include "map/basemapstyle.h"
#include "qgis/qgisruntime.h"

#include <qgsapplication.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
  auto application = lagesbild::QgisRuntime::createHeadlessApplication(argc, argv);
  const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("resources/styles");
  const QMap<QString, QString> geometry{
    {QStringLiteral("water"), QStringLiteral("Polygon")},      {QStringLiteral("landuse"), QStringLiteral("Polygon")},
    {QStringLiteral("buildings"), QStringLiteral("Polygon")},  {QStringLiteral("roads"), QStringLiteral("LineString")},
    {QStringLiteral("railway"), QStringLiteral("LineString")}, {QStringLiteral("stations"), QStringLiteral("Point")},
    {QStringLiteral("places"), QStringLiteral("Point")}};
  int failures = 0;
  for (const QString &role : lagesbild::BaseMapStyle::roles())
  {
    QgsVectorLayer layer(
      QStringLiteral("%1?crs=EPSG:3006&field=name:string&field=class:string&field=rank:string").arg(geometry.value(role)), role,
      QStringLiteral("memory"));
    lagesbild::BaseMapStyle::build(&layer, role);
    const QString path = QDir(directory).filePath(QStringLiteral("basemap-%1.qml").arg(role));
    bool ok = false;
    layer.saveNamedStyle(path, ok);
    if (!ok)
      ++failures;
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
  }
  lagesbild::QgisRuntime::shutdown();
  return failures == 0 ? 0 : 1;
}
