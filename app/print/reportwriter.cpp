#include "reportwriter.h"

#include "reportdata.h"
#include "reportlayout.h"
#include "reportmaplayers.h"
#include "store/incidentstore.h"

#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace lagesbild
{
namespace
{
struct PreparedReport
{
    std::unique_ptr<QTemporaryDir> temporary;
    std::unique_ptr<QgsProject> project;
    std::unique_ptr<QgsPrintLayout> layout;
    std::int64_t incidents = 0;
};

Result<PreparedReport> prepare(const ReportOptions &options)
{
  if (!QFileInfo::exists(options.storePath))
    return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such store").arg(options.storePath));
  const auto store = IncidentStore::open(options.storePath);
  if (!store)
    return store.error();
  auto data = ReportData::read(**store, options);
  if (!data)
    return data.error();

  PreparedReport report;
  report.incidents = data->total();
  report.temporary = std::make_unique<QTemporaryDir>();
  report.project = std::make_unique<QgsProject>();
  report.project->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));

  ReportLayers layers;
  QgsVectorLayer *areas = ReportMapLayers::areas(options.storePath);
  if (options.heatMap && options.layoutTemplate != ReportTemplate::Report)
  {
    auto heat = ReportMapLayers::heatMap(*data, report.temporary->path());
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
    report.project->addMapLayer(heat->layer);
    report.project->addMapLayer(areas);
    layers.mainMap = {areas, heat->layer};
    layers.mainMapExtent = heat->denseExtent;
    report.layout = ReportLayout::build(report.project.get(), options, *data, layers);
    return report;
  }
  QgsMapLayer *top = options.publicVersion
                       ? static_cast<QgsMapLayer *>(ReportMapLayers::publicGrid(*data, options.publicCellSize, options.minimumCount))
                       : static_cast<QgsMapLayer *>(ReportMapLayers::incidents(options.storePath, *data));
  if (!areas->isValid() || !top->isValid())
  {
    delete areas;
    delete top;
    return makeError(ErrorCode::BadInput, QStringLiteral("%1: the map layers could not be read").arg(options.storePath));
  }
  report.project->addMapLayer(top);
  report.project->addMapLayer(areas);
  layers.mainMap = {top, areas};
  if (options.publicVersion && top->extent().isFinite() && !top->extent().isEmpty())
  {
    // The public map shows the shown cells, not where the suppressed single incidents lie.
    const QgsRectangle cells = top->extent().buffered(options.publicCellSize);
    layers.mainMapExtent = BoundingBox{cells.xMinimum(), cells.yMinimum(), cells.xMaximum(), cells.yMaximum()};
  }

  if (options.layoutTemplate == ReportTemplate::Report && !data->points.empty())
  {
    auto heat = ReportMapLayers::heatMap(*data, report.temporary->path());
    if (!heat)
      return heat.error();
    report.project->addMapLayer(heat->layer);
    auto *heatAreas = ReportMapLayers::areas(options.storePath);
    heatAreas->setName(QStringLiteral("Områden"));
    report.project->addMapLayer(heatAreas);
    layers.heatMap = {heatAreas, heat->layer};
    layers.heatMapExtent = heat->denseExtent;
  }
  report.layout = ReportLayout::build(report.project.get(), options, *data, layers);
  return report;
}
} // namespace

Result<ReportSummary> ReportWriter::write(const ReportOptions &options)
{
  QElapsedTimer timer;
  timer.start();
  auto report = prepare(options);
  if (!report)
    return report.error();

  QgsLayoutExporter exporter(report->layout.get());
  QgsLayoutExporter::PdfExportSettings settings;
  settings.forceVectorOutput = true;
  settings.rasterizeWholeImage = false;
  settings.appendGeoreference = false;
  settings.exportMetadata = true;
  settings.simplifyGeometries = true;
  settings.dpi = 300;
  // Text as text (searchable, fonts embedded), not as outlines.
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  const QgsLayoutExporter::ExportResult result = exporter.exportToPdf(options.outputPath, settings);
  if (result != QgsLayoutExporter::Success)
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("%1: the PDF could not be written (%2)").arg(options.outputPath).arg(static_cast<int>(result)));
  ReportSummary summary;
  summary.pages = report->layout->pageCollection()->pageCount();
  summary.incidents = report->incidents;
  summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  return summary;
}

Result<void> ReportWriter::saveTemplate(const ReportOptions &options, const QString &qptPath)
{
  auto report = prepare(options);
  if (!report)
    return report.error();
  // A template shows the layers of whatever project it is opened in: no fixed layer set, and
  // legends follow the project's layer tree.
  QList<QgsLayoutItem *> items;
  report->layout->layoutItems(items);
  for (QgsLayoutItem *item : std::as_const(items))
  {
    if (auto *map = qobject_cast<QgsLayoutItemMap *>(item))
    {
      map->setKeepLayerSet(false);
      map->setLayers({});
    }
    else if (auto *legend = qobject_cast<QgsLayoutItemLegend *>(item))
      legend->setAutoUpdateModel(true);
    else if (auto *label = qobject_cast<QgsLayoutItemLabel *>(item); label && label->id() == QLatin1String("source"))
      label->setText(QStringLiteral("Källa: Lägesbild. Framställd [% format_date(now(), 'yyyy-MM-dd') %]."));
  }
  if (!report->layout->saveAsTemplate(qptPath, QgsReadWriteContext()))
    return makeError(ErrorCode::BadInput, QStringLiteral("%1: the template could not be written").arg(qptPath));
  return {};
}

} // namespace lagesbild
