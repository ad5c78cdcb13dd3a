// RiskZonesLayer: the near-repeat risk zones on the map — RiskZonesMapLayer's styled circles
// around each recent incident with the days left, added to the project on top of the incidents
// and replaced when the zones change.
#pragma once

#include "nearrepeat/riskzones.h"

#include <QString>

class QgsProject;

namespace lagesbild
{

class RiskZonesLayer
{
  public:
    explicit RiskZonesLayer(QgsProject *project);
    ~RiskZonesLayer();
    RiskZonesLayer(const RiskZonesLayer &) = delete;
    RiskZonesLayer &operator=(const RiskZonesLayer &) = delete;

    //! Replaces the layer's zones (creates and adds the layer the first time).
    void show(const std::vector<RiskZone> &zones, double radius);
    //! Removes the layer from the project.
    void hide();
    //! The layer's id in the project, empty when not shown.
    QString layerId() const { return mLayerId; }

  private:
    QgsProject *mProject = nullptr;
    QString mLayerId;
};

} // namespace lagesbild
