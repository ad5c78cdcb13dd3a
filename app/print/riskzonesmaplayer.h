// RiskZonesMapLayer: the near-repeat risk zones as a styled QGIS memory layer — a circle of the
// zone's radius around each recent incident, translucent orange, labelled with the days left. The
// map (RiskZonesLayer) and the printed map sheet (ReportDocument) draw the same layer.
#pragma once

#include "nearrepeat/riskzones.h"

#include <QString>

#include <functional>

#include <vector>

class QgsVectorLayer;

namespace lagesbild
{

class RiskZonesMapLayer
{
  public:
    //! The label of a zone from its days left ("3 dagar kvar").
    using DaysLeftLabel = std::function<QString(int daysLeft)>;
    //! A new memory layer of the zones (EPSG:3006; fields days_left, last_day, incident_day,
    //! radius_m, label); the caller owns it.
    static QgsVectorLayer *create(const std::vector<RiskZone> &zones, double radius, const QString &name,
                                  const DaysLeftLabel &daysLeftLabel);
};

} // namespace lagesbild
