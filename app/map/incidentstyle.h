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
    //! A categorized renderer on categoryField with one class per category, labelled in the
    //! UI language, wrapped in a point cluster renderer.
    static QgsFeatureRenderer *createRenderer(const std::vector<Category> &categories, const QString &categoryField, bool swedish);

    //! Applies the renderer and sensible layer settings (name, scale-independent symbols).
    static void apply(QgsVectorLayer *layer, const std::vector<Category> &categories, const QString &categoryField, bool swedish);
};

} // namespace lagesbild
