#include "reportdocument.h"

#include "basemap/basemapsettings.h"
#include "basemapcredit.h"
#include "map/basemaplayers.h"
#include "overviewinset.h"
#include "printextent.h"
#include "reportlayout.h"
#include "reportmaplayers.h"
#include "riskzonesmaplayer.h"
#include "store/incidentstore.h"

#include <qgslayoutitemmap.h>

#include <qgslayoutexporter.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

#include <QTemporaryDir>
#include <cpl_error.h>

namespace lagesbild
{

ReportDocument::ReportDocument() = default;
ReportDocument::~ReportDocument()
{
  // The layout refers to the project's layers: it goes first.
  mLayout.reset();
  mProject.reset();
}

Result<ReportData> ReportDocument::readData(const ReportOptions &options)
{
  const auto store = IncidentStore::open(options.storePath, StoreAccess::Read);
  if (!store)
    return store.error();
  return ReportData::read(**store, options);
}

Result<std::unique_ptr<ReportDocument>> ReportDocument::prepare(const ReportOptions &options)
{
  const auto data = readData(options);
  if (!data)
    return data.error();
  return build(options, *data);
}

Result<std::unique_ptr<ReportDocument>> ReportDocument::build(const ReportOptions &options, const ReportData &data)
{
  std::unique_ptr<ReportDocument> report(new ReportDocument);
  report->mIncidents = data.total();
  report->mTemporary = std::make_unique<QTemporaryDir>();
  report->mProject = std::make_unique<QgsProject>();
  report->mProject->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
  QgsProject *project = report->mProject.get();

  ReportLayers layers;
  QgsVectorLayer *areas = ReportMapLayers::areas(options.storePath);
  if (options.heatMap && options.layoutTemplate != ReportTemplate::Report)
  {
    auto heat = ReportMapLayers::heatMap(data, report->mTemporary->path());
    if (!heat)
    {
      delete areas;
      return heat.error();
    }
    if (!areas->isValid())
    {
      delete areas;
      delete heat->layer;
      return makeError(ErrorCode::BadInput, QStringLiteral("%1: the map layers could not be read").arg(options.storePath));
    }
    project->addMapLayer(heat->layer);
    project->addMapLayer(areas);
    layers.mainMap = {areas, heat->layer};
    layers.mainMapExtent = heat->denseExtent;
  }
  else
  {
    QgsMapLayer *top = options.publicVersion
                         ? static_cast<QgsMapLayer *>(ReportMapLayers::publicGrid(data, options.publicCellSize, options.minimumCount))
                         : static_cast<QgsMapLayer *>(ReportMapLayers::incidents(options.storePath, data));
    if (!areas->isValid() || !top->isValid())
    {
      delete areas;
      delete top;
      return makeError(ErrorCode::BadInput, QStringLiteral("%1: the map layers could not be read").arg(options.storePath));
    }
    project->addMapLayer(top);
    project->addMapLayer(areas);
    layers.mainMap = {top, areas};
    if (options.publicVersion && top->extent().isFinite() && !top->extent().isEmpty())
    {
      // The public map shows the shown cells, not where the suppressed single incidents lie.
      const QgsRectangle cells = top->extent().buffered(options.publicCellSize);
      layers.mainMapExtent = BoundingBox{cells.xMinimum(), cells.yMinimum(), cells.xMaximum(), cells.yMaximum()};
    }
    if (options.layoutTemplate == ReportTemplate::Report && !data.points.empty())
    {
      auto heat = ReportMapLayers::heatMap(data, report->mTemporary->path());
      if (!heat)
        return heat.error();
      project->addMapLayer(heat->layer);
      auto *heatAreas = ReportMapLayers::areas(options.storePath);
      heatAreas->setName(QStringLiteral("Områden"));
      project->addMapLayer(heatAreas);
      layers.heatMap = {heatAreas, heat->layer};
      layers.heatMapExtent = heat->denseExtent;
    }
  }
  // The store's base map under everything, as on the screen; the sheet shows the town when most
  // incidents are in it, else the incidents' extent.
  QList<QgsMapLayer *> baseMap;
  QStringList baseMapCredits;
  if (const auto baseMapSettings = BaseMapSettings::load(options.storePath); baseMapSettings)
  {
    baseMap = BaseMapLayers::addForPrint(project, *baseMapSettings);
    for (const BaseMapSource &source : baseMapSettings->sources)
      if (source.visible && !source.attribution.isEmpty())
        baseMapCredits << source.attribution;
  }
  layers.mainMap << baseMap;
  if (!layers.heatMap.isEmpty())
    layers.heatMap << baseMap;
  if (!layers.mainMapExtent)
  {
    if (const auto store = IncidentStore::open(options.storePath); store)
    {
      if (const auto areas = (*store)->areas(); areas)
        layers.mainMapExtent = PrintExtent::choose(data.points, *areas);
    }
  }

  if (!options.riskZones.empty() && options.riskZoneRadius > 0.0 && !options.publicVersion)
  {
    // The printed report is Swedish, whatever the program's language.
    const auto daysLeft = [](int days) { return days == 1 ? QStringLiteral("1 dag kvar") : QStringLiteral("%1 dagar kvar").arg(days); };
    QgsVectorLayer *zones =
      RiskZonesMapLayer::create(options.riskZones, options.riskZoneRadius, QStringLiteral("Riskzoner (närupprepning)"), daysLeft);
    project->addMapLayer(zones);
    layers.mainMap.prepend(zones);
  }
  auto layout = ReportLayout::build(project, options, data, layers);
  if (!layout)
    return layout.error();
  report->mLayout = std::move(*layout);
  for (const QString &id : {QStringLiteral("map"), QStringLiteral("heatmap")})
  {
    if (auto *map = qobject_cast<QgsLayoutItemMap *>(report->mLayout->itemById(id)); map && !baseMap.isEmpty())
      BaseMapCredit::add(map, baseMapCredits);
  }
  if (options.layoutTemplate != ReportTemplate::Report)
  {
    if (auto *main = qobject_cast<QgsLayoutItemMap *>(report->mLayout->itemById(QStringLiteral("map"))))
      OverviewInset::add(report->mLayout.get(), project, main, options.storePath, baseMap);
  }
  return report;
}

int ReportDocument::pageCount() const
{
  return mLayout->pageCollection()->pageCount();
}

QImage ReportDocument::renderPage(int page, double dpi) const
{
  if (page < 0 || page >= pageCount())
    return QImage();
  QgsLayoutExporter exporter(mLayout.get());
  return exporter.renderPageToImage(page, QSize(), dpi);
}

Result<void> ReportDocument::exportPdf(const QString &path) const
{
  QgsLayoutExporter exporter(mLayout.get());
  QgsLayoutExporter::PdfExportSettings settings;
  settings.forceVectorOutput = true;
  settings.rasterizeWholeImage = false;
  settings.appendGeoreference = false;
  settings.exportMetadata = true;
  settings.simplifyGeometries = true;
  settings.dpi = 300;
  // Text as text (searchable, fonts embedded), not as outlines.
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  const QgsLayoutExporter::ExportResult result = exporter.exportToPdf(path, settings);
  if (result != QgsLayoutExporter::Success)
    return makeError(ErrorCode::BadInput, QStringLiteral("%1: the PDF could not be written (%2)").arg(path).arg(static_cast<int>(result)));
  return {};
}

Result<QStringList> ReportDocument::exportPng(const QString &path, int dpi, bool allPages) const
{
  QgsLayoutExporter exporter(mLayout.get());
  QgsLayoutExporter::ImageExportSettings settings;
  settings.dpi = dpi;
  settings.exportMetadata = false;
  if (!allPages)
    settings.pages = {0};
  // QGIS tries to georeference the page with the map in place, which GDAL's PNG driver cannot
  // do: it says so on stderr and the image is fine. Keep that message out of the user's console.
  CPLPushErrorHandler(CPLQuietErrorHandler);
  const QgsLayoutExporter::ExportResult result = exporter.exportToImage(path, settings);
  CPLPopErrorHandler();
  if (result != QgsLayoutExporter::Success)
    return makeError(ErrorCode::BadInput, QStringLiteral("%1: the PNG could not be written (%2)").arg(path).arg(static_cast<int>(result)));
  // QGIS names the pages after the first "name_2.png", "name_3.png" …
  QStringList files{path};
  if (allPages)
  {
    const QString suffix = QFileInfo(path).suffix();
    const QString base = path.left(path.size() - suffix.size() - 1);
    for (int page = 2; page <= pageCount(); ++page)
      files << QStringLiteral("%1_%2.%3").arg(base).arg(page).arg(suffix);
  }
  return files;
}

} // namespace lagesbild
