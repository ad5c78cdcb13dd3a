#include "basemapstyle.h"

#include <qgsfields.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslabelobstaclesettings.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsnullsymbolrenderer.h>
#include <qgspallabeling.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFont>

namespace lagesbild
{
namespace
{
constexpr double kTownScale = 25000.0;   //!< buildings and street names from this scale in
constexpr double kStreetScale = 60000.0; //!< local streets from this scale in

QgsFillSymbol *fill(const char *colour, const char *outline = nullptr, double width = 0.1)
{
  QVariantMap properties;
  properties.insert(QStringLiteral("color"), QString::fromLatin1(colour));
  properties.insert(QStringLiteral("outline_style"), outline ? QStringLiteral("solid") : QStringLiteral("no"));
  properties.insert(QStringLiteral("outline_color"), QString::fromLatin1(outline ? outline : colour));
  properties.insert(QStringLiteral("outline_width"), QString::number(width));
  return QgsFillSymbol::createSimple(properties);
}

QgsSimpleLineSymbolLayer *lineLayer(const char *colour, double width, Qt::PenStyle style = Qt::SolidLine)
{
  auto *layer = new QgsSimpleLineSymbolLayer(QColor(QString::fromLatin1(colour)), width);
  layer->setPenStyle(style);
  layer->setPenCapStyle(Qt::RoundCap);
  layer->setPenJoinStyle(Qt::RoundJoin);
  return layer;
}

//! A street: grey casing under a pale fill (one symbol, two layers); the casing shows casing / 2 mm
//! on each side, enough to set a white street off the pale land use.
QgsLineSymbol *street(const char *fillColour, double width, double casing)
{
  auto *symbol = new QgsLineSymbol(QgsSymbolLayerList{lineLayer("#b3aaa0", width + casing), lineLayer(fillColour, width)});
  return symbol;
}

QgsTextFormat textFormat(double size, const char *colour, bool italic = false, bool bold = false)
{
  QgsTextFormat format;
  QFont font(QStringLiteral("DejaVu Sans"));
  font.setItalic(italic);
  font.setBold(bold);
  format.setFont(font);
  format.setSize(size);
  format.setColor(QColor(QString::fromLatin1(colour)));
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.7);
  buffer.setColor(QColor(255, 255, 255, 220));
  format.setBuffer(buffer);
  return format;
}

//! Labels that never overlap each other (QGIS's engine places them without collisions unless
//! displayAll), with a priority and a scale range in which they fit.
QgsPalLayerSettings *labels(double size, const char *colour, int priority, double zoomedOutLimit, bool italic = false, bool bold = false)
{
  auto *settings = new QgsPalLayerSettings();
  settings->fieldName = QStringLiteral("name");
  settings->isExpression = false;
  settings->setFormat(textFormat(size, colour, italic, bold));
  settings->displayAll = false;
  settings->priority = priority;
  settings->scaleVisibility = zoomedOutLimit > 0.0;
  settings->minimumScale = zoomedOutLimit;
  settings->maximumScale = 0.0;
  QgsLabelObstacleSettings obstacle;
  obstacle.setIsObstacle(true);
  settings->setObstacleSettings(obstacle);
  return settings;
}

void setLabels(QgsVectorLayer *layer, QgsPalLayerSettings *settings)
{
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(*settings));
  layer->setLabelsEnabled(true);
  delete settings;
}

//! A filter on the class field. A plain field reference: QGIS 3.22 does not fetch the attributes
//! that attribute(@feature, …) reads, so that form never matches while rendering. A layer without
//! the field falls through to each renderer's ELSE rule.
QString classIs(const char *value)
{
  return QStringLiteral("\"class\" = '%1'").arg(QLatin1String(value));
}

//! Points every label rule of layer at nameField instead of "name".
void useNameField(QgsVectorLayer *layer, const QString &nameField)
{
  if (!layer->labeling())
    return;
  QgsAbstractVectorLayerLabeling *labeling = layer->labeling()->clone();
  for (const QString &provider : labeling->subProviders())
  {
    QgsPalLayerSettings settings = labeling->settings(provider);
    settings.fieldName = nameField;
    settings.isExpression = false;
    labeling->setSettings(new QgsPalLayerSettings(settings), provider);
  }
  layer->setLabeling(labeling);
}

void buildWater(QgsVectorLayer *layer)
{
  layer->setRenderer(new QgsSingleSymbolRenderer(fill("#c5d9e6", "#a7c1d3", 0.15)));
  QgsPalLayerSettings *settings = labels(8.0, "#4f7591", 2, 100000.0, true);
  settings->placement = QgsPalLayerSettings::Horizontal;
  setLabels(layer, settings);
}

void buildLandUse(QgsVectorLayer *layer)
{
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  const std::pair<const char *, QgsFillSymbol *> classes[] = {{"urban", fill("#f1ede6")},
                                                              {"residential", fill("#efebe4")},
                                                              {"centre", fill("#ece5dc")},
                                                              {"park", fill("#dbe9cf", "#c5d9b4")},
                                                              {"forest", fill("#e1ebd7")},
                                                              {"sports", fill("#d9e9cf", "#c2d7b0")},
                                                              {"cemetery", fill("#dfe7d8", "#c9d6bf")},
                                                              {"school", fill("#efe4cf", "#d9c8a6", 0.2)},
                                                              {"railway", fill("#ebe6e9")},
                                                              {"harbour", fill("#e6e8ec")}};
  for (const auto &[value, symbol] : classes)
  {
    // The whole built-up area only where the streets are not yet drawn.
    const int zoomedIn = QLatin1String(value) == QLatin1String("urban") ? static_cast<int>(kTownScale) : 0;
    root->appendChild(new QgsRuleBasedRenderer::Rule(symbol, zoomedIn, 0, classIs(value), QString::fromLatin1(value)));
  }
  root->appendChild(new QgsRuleBasedRenderer::Rule(fill("#eeeae4"), 0, 0, QString(), QStringLiteral("other"), QString(), true));
  layer->setRenderer(new QgsRuleBasedRenderer(root));
  QgsPalLayerSettings *settings = labels(7.5, "#5d7a4e", 3, kTownScale, true);
  settings->placement = QgsPalLayerSettings::Horizontal;
  setLabels(layer, settings);
}

void buildBuildings(QgsVectorLayer *layer)
{
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(new QgsRuleBasedRenderer::Rule(fill("#cfc4ba", "#b3a79c", 0.1), 0, static_cast<int>(kTownScale), classIs("public"),
                                                   QStringLiteral("public")));
  root->appendChild(new QgsRuleBasedRenderer::Rule(fill("#ddd5cd", "#c4bab0", 0.1), 0, static_cast<int>(kTownScale), QString(),
                                                   QStringLiteral("building"), QString(), true));
  layer->setRenderer(new QgsRuleBasedRenderer(root));
  layer->setLabelsEnabled(false);
}

void buildRoads(QgsVectorLayer *layer)
{
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(new QgsRuleBasedRenderer::Rule(street("#fdf6e8", 1.3, 0.8), 0, 0, classIs("main"), QStringLiteral("main")));
  root->appendChild(new QgsRuleBasedRenderer::Rule(street("#ffffff", 1.0, 0.7), 0, static_cast<int>(kStreetScale), classIs("street"),
                                                   QStringLiteral("street")));
  root->appendChild(new QgsRuleBasedRenderer::Rule(street("#ffffff", 0.7, 0.6), 0, static_cast<int>(kTownScale), classIs("local"),
                                                   QStringLiteral("local")));
  root->appendChild(new QgsRuleBasedRenderer::Rule(new QgsLineSymbol(QgsSymbolLayerList{lineLayer("#b3aaa0", 0.4, Qt::DashLine)}), 0,
                                                   static_cast<int>(kTownScale), classIs("square"), QStringLiteral("square")));
  root->appendChild(new QgsRuleBasedRenderer::Rule(street("#ffffff", 0.9, 0.7), 0, static_cast<int>(kStreetScale), QString(),
                                                   QStringLiteral("other"), QString(), true));
  layer->setRenderer(new QgsRuleBasedRenderer(root));

  // Street names along the street; main roads also a little further out.
  auto *labelRoot = new QgsRuleBasedLabeling::Rule(nullptr);
  QgsPalLayerSettings *mainRoad = labels(7.5, "#4d4d4d", 6, 60000.0);
  mainRoad->placement = QgsPalLayerSettings::Curved;
  mainRoad->lineSettings().setMergeLines(true);
  labelRoot->appendChild(new QgsRuleBasedLabeling::Rule(mainRoad, 0, 0, classIs("main"), QStringLiteral("main")));
  QgsPalLayerSettings *other = labels(7.0, "#555555", 5, kTownScale);
  other->placement = QgsPalLayerSettings::Curved;
  other->lineSettings().setMergeLines(true);
  labelRoot->appendChild(new QgsRuleBasedLabeling::Rule(other, 0, 0, QString(), QStringLiteral("streets"), true));
  layer->setLabeling(new QgsRuleBasedLabeling(labelRoot));
  layer->setLabelsEnabled(true);
}

void buildRailway(QgsVectorLayer *layer)
{
  auto *symbol = new QgsLineSymbol(QgsSymbolLayerList{lineLayer("#8c8c8c", 0.9), lineLayer("#ffffff", 0.45, Qt::DashLine)});
  symbol->symbolLayer(1)->setLocked(false);
  static_cast<QgsSimpleLineSymbolLayer *>(symbol->symbolLayer(1))->setPenCapStyle(Qt::FlatCap);
  layer->setRenderer(new QgsSingleSymbolRenderer(symbol));
  QgsPalLayerSettings *settings = labels(7.0, "#6b6b6b", 2, 150000.0, true);
  settings->placement = QgsPalLayerSettings::Curved;
  settings->lineSettings().setMergeLines(true);
  setLabels(layer, settings);
}

void buildStations(QgsVectorLayer *layer)
{
  QVariantMap properties;
  properties.insert(QStringLiteral("name"), QStringLiteral("square"));
  properties.insert(QStringLiteral("color"), QStringLiteral("#6b6b6b"));
  properties.insert(QStringLiteral("outline_color"), QStringLiteral("#ffffff"));
  properties.insert(QStringLiteral("size"), QStringLiteral("2.2"));
  layer->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(properties)));
  QgsPalLayerSettings *settings = labels(7.5, "#444444", 7, 60000.0, false, true);
  settings->placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
  settings->dist = 1.2;
  setLabels(layer, settings);
}

void buildPlaces(QgsVectorLayer *layer)
{
  layer->setRenderer(new QgsNullSymbolRenderer());
  // Town and village names at municipality scale; in town the streets say where you are.
  auto *labelRoot = new QgsRuleBasedLabeling::Rule(nullptr);
  QgsPalLayerSettings *town = labels(12.0, "#3c3c3c", 9, 400000.0, false, true);
  town->maximumScale = kTownScale;
  labelRoot->appendChild(
    new QgsRuleBasedLabeling::Rule(town, kTownScale, 400000.0, QStringLiteral("\"rank\" = 1"), QStringLiteral("town")));
  QgsPalLayerSettings *village = labels(9.5, "#4a4a4a", 8, 250000.0, false, true);
  labelRoot->appendChild(new QgsRuleBasedLabeling::Rule(village, 0, 250000.0, QString(), QStringLiteral("village"), true));
  layer->setLabeling(new QgsRuleBasedLabeling(labelRoot));
  layer->setLabelsEnabled(true);
}
} // namespace

QStringList BaseMapStyle::roles()
{
  return {QStringLiteral("water"),   QStringLiteral("landuse"),  QStringLiteral("buildings"), QStringLiteral("roads"),
          QStringLiteral("railway"), QStringLiteral("stations"), QStringLiteral("places")};
}

QString BaseMapStyle::nameField(const QgsFields &fields)
{
  for (const char *candidate : {"name", "namn", "NAMN", "Name", "gatunamn", "GATUNAMN", "Gatunamn", "NAME"})
    if (fields.lookupField(QString::fromLatin1(candidate)) >= 0)
      return QString::fromLatin1(candidate);
  return QStringLiteral("name");
}

QString BaseMapStyle::roleFor(const QString &name, QgsWkbTypes::GeometryType geometry)
{
  const QString lower = name.toLower();
  auto has = [&lower](std::initializer_list<const char *> words)
  {
    for (const char *word : words)
      if (lower.contains(QString::fromUtf8(word)))
        return true;
    return false;
  };
  if (geometry == QgsWkbTypes::PolygonGeometry)
  {
    if (has({"water", "vatten", "sjö", "hav", "lake"}))
      return QStringLiteral("water");
    if (has({"build", "bygg", "hus", "house"}))
      return QStringLiteral("buildings");
    return QStringLiteral("landuse");
  }
  if (geometry == QgsWkbTypes::LineGeometry)
  {
    if (has({"rail", "järnväg", "jarnvag", "spår"}))
      return QStringLiteral("railway");
    return QStringLiteral("roads");
  }
  if (has({"station"}))
    return QStringLiteral("stations");
  return QStringLiteral("places");
}

QString BaseMapStyle::displayName(const QString &role)
{
  if (role == QLatin1String("water"))
    return QCoreApplication::translate("BaseMapStyle", "Water");
  if (role == QLatin1String("landuse"))
    return QCoreApplication::translate("BaseMapStyle", "Land use");
  if (role == QLatin1String("buildings"))
    return QCoreApplication::translate("BaseMapStyle", "Buildings");
  if (role == QLatin1String("roads"))
    return QCoreApplication::translate("BaseMapStyle", "Streets and roads");
  if (role == QLatin1String("railway"))
    return QCoreApplication::translate("BaseMapStyle", "Railway");
  if (role == QLatin1String("stations"))
    return QCoreApplication::translate("BaseMapStyle", "Stations");
  return QCoreApplication::translate("BaseMapStyle", "Place names");
}

void BaseMapStyle::build(QgsVectorLayer *layer, const QString &role)
{
  if (role == QLatin1String("water"))
    buildWater(layer);
  else if (role == QLatin1String("landuse"))
    buildLandUse(layer);
  else if (role == QLatin1String("buildings"))
    buildBuildings(layer);
  else if (role == QLatin1String("roads"))
    buildRoads(layer);
  else if (role == QLatin1String("railway"))
    buildRailway(layer);
  else if (role == QLatin1String("stations"))
    buildStations(layer);
  else
    buildPlaces(layer);
}

void BaseMapStyle::apply(QgsVectorLayer *layer, const QString &role)
{
  QFile file(QStringLiteral(":/lagesbild/styles/basemap-%1.qml").arg(role));
  QDomDocument document;
  QString error;
  if (!file.open(QIODevice::ReadOnly) || !document.setContent(&file) || !layer->importNamedStyle(document, error))
    build(layer, role);
  const QString name = nameField(layer->fields());
  if (name != QLatin1String("name"))
    useNameField(layer, name);
}

} // namespace lagesbild
