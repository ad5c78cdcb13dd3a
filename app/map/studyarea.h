// StudyArea: the part of the municipality the map's hot-spot statistics (Gi*) are computed in —
// all incidents, a named area (the tätort, a district) or the map's current view. Gi* compares
// each cell with the mean of its study area: over a whole municipality every town cell is "hot"
// against empty forest, within the town only the real concentrations are.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <QString>

#include <optional>
#include <vector>

namespace lagesbild
{

struct StudyArea
{
    QString name;                            //!< for the legend; empty: all incidents
    std::optional<BoundingBox> extent;       //!< EPSG:3006; none: around all incidents
    std::vector<std::vector<Ring>> polygons; //!< a named area's outline (points outside are left out)

    bool isWhole() const { return !extent.has_value(); }

    static StudyArea whole() { return {}; }
    static StudyArea fromArea(const Area &area);
    static StudyArea fromView(const BoundingBox &view, const QString &name);
    //! The points that lie in the study area (all of them for the whole).
    std::vector<PointXY> clip(const std::vector<PointXY> &points) const;
};

} // namespace lagesbild
