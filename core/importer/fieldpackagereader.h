// FieldPackageReader: reads the reports that come back from the street in a field package's
// GeoPackage (`lagesbild-cli field-package`, edited in QField or QGIS). Each feature of the
// report layer becomes a report whose external id is its report UUID (braces dropped, lower
// case) and whose source is its organisation, so importing the same package again — or again
// after more reports were added — adds only the new ones. The rows go through the same checks
// as any OGR import (category, time, place in Sweden, identity numbers masked); a feature
// without a report id is an error naming its feature number and the field.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "importoptions.h"
#include "parsedimport.h"

#include <QString>

namespace lagesbild::importer
{

class FieldPackageReader
{
  public:
    //! True when path is a GeoPackage with the field package's report layer and fields.
    static bool isFieldPackage(const QString &path);

    //! Reads the report layer into out (options' mapping, kind and source are replaced by the
    //! package's own).
    static Result<void> parse(const QString &path, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                              Feedback *feedback = nullptr);
};

} // namespace lagesbild::importer
