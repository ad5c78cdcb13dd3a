// FieldReportForm: the report form of a field package, set on the QGIS layer of its reports so
// that QField and QGIS show it as is — the category as a value map of the store's report
// categories (name shown, code stored), the time a date-time picker defaulting to now(), the
// report id a hidden uuid() default, the organisation fixed to the package's organisation (read
// only, checked by a hard constraint), a length-limited description, and NOT NULL enforced on
// every required field.
#pragma once

#include "model/reference.h"

#include <QString>
#include <QVariantMap>

#include <vector>

class QgsVectorLayer;

namespace lagesbild
{

class FieldReportForm
{
  public:
    //! Configures layer's form. categories: the report categories offered, in this order.
    static void apply(QgsVectorLayer &layer, const std::vector<Category> &categories, const QString &organisation);

    //! The value map's configuration: a list of one-entry maps name → code, in order.
    static QVariantMap valueMapConfig(const std::vector<Category> &categories);
};

} // namespace lagesbild
