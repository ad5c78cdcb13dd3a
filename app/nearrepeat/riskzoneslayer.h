// RiskZonesLayer: the near-repeat risk zones as a styled QGIS memory layer — a circle of the
// zone's radius around each recent incident, translucent orange, labelled with the days left —
// added to the project on top of the incidents and replaced when the zones change.
#pragma once

#include "nearrepeat/riskzones.h"

#include <QString>

class QgsProject;
class QgsVectorLayer;

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

    //! A new memory layer of the zones (EPSG:3006; fields days_left, last_day, incident_day, radius_m, label).
    static QgsVectorLayer *createLayer(const std::vector<RiskZone> &zones, double radius, const QString &name);

  private:
    QgsProject *mProject = nullptr;
    QString mLayerId;
};

} // namespace lagesbild
