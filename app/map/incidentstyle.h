// IncidentStyle: how incidents look on the map — one colour per category from the store's
// categories (a QGIS categorized renderer with a legend entry per category), clustered when
// points crowd together at small scales.
#pragma once

#include "model/reference.h"

#include <QString>

#include <vector>

class QgsFeatureRenderer;
class QgsVectorLayer;

namespace lagesbild
{

class IncidentStyle
{
  public:
    //! Above this many incidents points are not clustered: clustering a million points takes
    //! seconds per frame, and at that density the heat map is the better view.
    static constexpr long long clusteringLimit = 50000;

    //! A categorized renderer on categoryField with one class per category, labelled in the
    //! UI language, wrapped in a point cluster renderer when clustered.
    static QgsFeatureRenderer *createRenderer(const std::vector<Category> &categories, const QString &categoryField, bool swedish,
                                              bool clustered = true);

    //! Applies the renderer: clustered when the layer shows at most clusteringLimit incidents.
    static void apply(QgsVectorLayer *layer, const std::vector<Category> &categories, const QString &categoryField, bool swedish,
                      long long incidentCount = 0);
};

} // namespace lagesbild
