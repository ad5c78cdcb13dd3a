#include "readablelabels.h"

#include <qgslabelingenginesettings.h>
#include <qgslabelobstaclesettings.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QFont>

#include <algorithm>

namespace lagesbild
{
namespace
{
void apply(QgsVectorLayer *layer, const QString &field, const QColor &colour, double size, int priority, double zoomedOutLimit)
{
  if (!layer || layer->fields().indexOf(field) < 0)
    return;
  QgsPalLayerSettings settings;
  // Keep a text format the layer's style already has (a user's choice), else ours.
  if (layer->labeling())
    settings = layer->labeling()->settings();
  settings.fieldName = field;
  settings.isExpression = false;
  QgsTextFormat format = settings.format();
  if (!layer->labeling())
  {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    format.setFont(font);
    format.setSize(size);
    format.setColor(colour);
  }
  QgsTextBufferSettings buffer = format.buffer();
  buffer.setEnabled(true);
  buffer.setSize(std::max(buffer.size(), 0.9));
  buffer.setColor(QColor(255, 255, 255, 230));
  format.setBuffer(buffer);
  settings.setFormat(format);
  settings.placement = QgsPalLayerSettings::Horizontal;
  settings.fitInPolygonOnly = false;
  settings.displayAll = false; // collisions avoided: a label that would overlap another is left out
  settings.priority = priority;
  settings.scaleVisibility = true;
  settings.minimumScale = zoomedOutLimit;
  settings.maximumScale = 0.0;
  QgsLabelObstacleSettings obstacle = settings.obstacleSettings();
  obstacle.setIsObstacle(true);
  settings.setObstacleSettings(obstacle);
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
  layer->setLabelsEnabled(true);
}
} // namespace

void ReadableLabels::applyToAreas(QgsVectorLayer *layer)
{
  apply(layer, QStringLiteral("name"), QColor(QStringLiteral("#2f5f8a")), 8.5, kAreaPriority, kAreaScale);
  // The municipality and the tätort cover the whole view at the scales area names show: a name in
  // their middle says nothing (the base map names the town); named districts are labelled.
  if (!layer || !layer->labeling() || layer->fields().indexOf(QStringLiteral("area_type")) < 0)
    return;
  QgsPalLayerSettings settings = layer->labeling()->settings();
  settings.dataDefinedProperties().setProperty(
    QgsPalLayerSettings::Show, QgsProperty::fromExpression(QStringLiteral("coalesce(\"area_type\", '') NOT IN ('municipality', 'urban')")));
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
}

void ReadableLabels::applyToInterventions(QgsVectorLayer *layer)
{
  apply(layer, QStringLiteral("title"), QColor(QStringLiteral("#6a3d9a")), 8.0, kInterventionPriority, kInterventionScale);
}

void ReadableLabels::applyToProject(QgsProject *project)
{
  QgsLabelingEngineSettings engine = project->labelingEngineSettings();
  engine.setFlag(QgsLabelingEngineSettings::UseAllLabels, false);
  engine.setFlag(QgsLabelingEngineSettings::UsePartialCandidates, false);
  engine.setFlag(QgsLabelingEngineSettings::DrawUnplacedLabels, false);
  project->setLabelingEngineSettings(engine);
}

} // namespace lagesbild
