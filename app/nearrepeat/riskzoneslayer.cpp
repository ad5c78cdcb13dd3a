#include "riskzoneslayer.h"

#include "print/riskzonesmaplayer.h"

#include <QCoreApplication>

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace lagesbild
{

RiskZonesLayer::RiskZonesLayer(QgsProject *project) : mProject(project) {}

RiskZonesLayer::~RiskZonesLayer()
{
  hide();
}

void RiskZonesLayer::show(const std::vector<RiskZone> &zones, double radius)
{
  hide();
  if (!mProject)
    return;
  QgsVectorLayer *layer = RiskZonesMapLayer::create(
    zones, radius, QCoreApplication::translate("RiskZonesLayer", "Near-repeat risk zones"),
    [](int daysLeft) { return QCoreApplication::translate("RiskZonesLayer", "%n day(s) left", nullptr, daysLeft); });
  mProject->addMapLayer(layer, false);
  mProject->layerTreeRoot()->insertLayer(0, layer); // on top of the incidents
  mLayerId = layer->id();
}

void RiskZonesLayer::hide()
{
  if (mProject && !mLayerId.isEmpty() && mProject->mapLayer(mLayerId))
    mProject->removeMapLayer(mLayerId);
  mLayerId.clear();
}

} // namespace lagesbild
