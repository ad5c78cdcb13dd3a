#include "fieldpackagereader.h"

#include "fieldpackageformat.h"
#include "gdalerrorscope.h"
#include "ogrimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace lagesbild::importer
{
namespace
{
struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};

//! "{1B4E28BA-2FA1-11D2-883F-0016D3CCA427}" → "1b4e28ba-2fa1-11d2-883f-0016d3cca427".
QString normalizedReportId(const QString &id)
{
  QString text = id.trimmed();
  if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}')))
    text = text.mid(1, text.size() - 2).trimmed();
  return text.toLower();
}

ColumnMapping packageMapping()
{
  ColumnMapping mapping;
  mapping.columns[ImportField::ExternalId] = QString::fromLatin1(fieldpackage::kReportIdField);
  mapping.columns[ImportField::Category] = QString::fromLatin1(fieldpackage::kCategoryField);
  mapping.columns[ImportField::Occurred] = QString::fromLatin1(fieldpackage::kOccurredField);
  mapping.columns[ImportField::Source] = QString::fromLatin1(fieldpackage::kOrganisationField);
  mapping.columns[ImportField::Description] = QString::fromLatin1(fieldpackage::kDescriptionField);
  mapping.kind = QStringLiteral("report");
  return mapping;
}

//! Normalises the report ids and moves the reports without an id or organisation into errors.
void rejectWithoutId(ParsedImport &out, const QString &fileLabel)
{
  std::vector<Incident> kept;
  std::vector<std::int64_t> keptLines;
  kept.reserve(out.incidents.size());
  keptLines.reserve(out.incidentLines.size());
  const QString layerLabel = fileLabel + QLatin1Char('/') + QString::fromLatin1(fieldpackage::kLayerName);
  for (std::size_t i = 0; i < out.incidents.size(); ++i)
  {
    Incident &incident = out.incidents[i];
    const std::int64_t line = i < out.incidentLines.size() ? out.incidentLines[i] : 0;
    incident.externalId = normalizedReportId(incident.externalId);
    QString field;
    QString message;
    if (incident.externalId.isEmpty())
    {
      field = QString::fromLatin1(fieldpackage::kReportIdField);
      message = QCoreApplication::translate("importer", "the report has no id (the form fills it in; do not clear it)");
    }
    else if (incident.source.isEmpty())
    {
      field = QString::fromLatin1(fieldpackage::kOrganisationField);
      message = QCoreApplication::translate("importer", "the report has no organisation");
    }
    if (message.isEmpty())
    {
      kept.push_back(std::move(incident));
      keptLines.push_back(line);
      continue;
    }
    out.errors.push_back({layerLabel, line, field, message, IssueUnit::Feature});
    out.rejected.push_back({line, {}, field + QStringLiteral(": ") + message});
    ++out.record.rejected;
  }
  out.incidents = std::move(kept);
  out.incidentLines = std::move(keptLines);
}
} // namespace

bool FieldPackageReader::isFieldPackage(const QString &path)
{
  if (QFileInfo(path).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) != 0)
    return false;
  GDALAllRegister();
  GdalErrorScope errors;
  const QByteArray pathUtf8 = path.toUtf8();
  const char *const drivers[] = {"GPKG", nullptr};
  std::unique_ptr<GDALDataset, DatasetCloser> dataset(
    GDALDataset::FromHandle(GDALOpenEx(pathUtf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
  if (!dataset)
    return false;
  OGRLayer *layer = dataset->GetLayerByName(fieldpackage::kLayerName);
  if (!layer)
    return false;
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  for (const char *field :
       {fieldpackage::kReportIdField, fieldpackage::kCategoryField, fieldpackage::kOccurredField, fieldpackage::kOrganisationField})
    if (definition->GetFieldIndex(field) < 0)
      return false;
  return true;
}

Result<void> FieldPackageReader::parse(const QString &path, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                                       Feedback *feedback)
{
  ImportOptions packageOptions = options;
  packageOptions.mapping = packageMapping();
  packageOptions.kind = IncidentKind::Report;
  packageOptions.source.clear();
  packageOptions.crs.clear();
  if (auto parsed = OgrImporter::parse(path, fileLabel, packageOptions, out, feedback); !parsed)
    return parsed;
  rejectWithoutId(out, fileLabel);
  return {};
}

} // namespace lagesbild::importer
