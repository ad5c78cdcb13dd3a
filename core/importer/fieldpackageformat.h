// FieldPackageFormat: the names the field package shares between its writer (app/fieldpackage,
// `lagesbild-cli field-package`) and its reader (FieldPackageReader, `lagesbild-cli import`) —
// the GeoPackage layer the report form edits in QField or QGIS, its fields and limits. Changing
// a name here breaks packages already handed out: add, do not rename.
#pragma once

namespace lagesbild::importer::fieldpackage
{

constexpr const char *kLayerName = "field_reports";
constexpr const char *kReportIdField = "report_id";        //!< a UUID, default uuid(): the stable external id
constexpr const char *kCategoryField = "category";         //!< a report category code (value map name → code)
constexpr const char *kOccurredField = "occurred";         //!< date and time, default now()
constexpr const char *kOrganisationField = "organisation"; //!< the reporting organisation's source code, fixed
constexpr const char *kDescriptionField = "description";   //!< short free text, no photos
constexpr int kDescriptionMaxLength = 250;
constexpr int kEpsg = 3006;

} // namespace lagesbild::importer::fieldpackage
