// IncidentFields: the incidents layer's columns as a coordinator reads them in QGIS's attribute
// table and forms — the category and kind shown by name instead of the store's ids (value maps),
// and every column with a plain title in the UI language. The store keeps the compact ids.
#pragma once

#include "model/reference.h"

#include <vector>

class QgsVectorLayer;

namespace lagesbild
{

class IncidentFields
{
  public:
    static void apply(QgsVectorLayer *layer, const std::vector<Category> &categories, bool swedish);
};

} // namespace lagesbild
