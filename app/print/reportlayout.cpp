#include "reportlayout.h"

#include "followuppage.h"
#include "layoutcharts.h"
#include "layoutstyle.h"
#include "map/basemaplayers.h"
#include "reportwording.h"

#include <qgsexpressioncontextutils.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutsize.h>
#include <qgsmaplayer.h>
#include <qgsmaplayerlegend.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

// The templates are compiled into the static print library; its resources need registering.
static void initLayoutResources()
{
  Q_INIT_RESOURCE(layouts);
}

namespace lagesbild
{
namespace
{
QgsTableCell cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft, const QColor &background = QColor())
{
  QgsTableCell result(text);
  result.setHorizontalAlignment(alignment);
  if (background.isValid())
    result.setBackgroundColor(background);
  return result;
}

//! A bold cell in the table's own font (so a font chosen in the template is kept).
QgsTableCell headerCell(const QgsLayoutItemManualTable *table, const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
  QgsTableCell result = cell(text, alignment);
  QgsTextFormat format = table->contentTextFormat();
  QFont font = format.font();
  font.setBold(true);
  format.setFont(font);
  result.setTextFormat(format);
  return result;
}

class Filler
{
  public:
    Filler(QgsPrintLayout *layout, const ReportOptions &options, const ReportData &data, const ReportLayers &layers)
      : mLayout(layout), mOptions(options), mData(data), mLayers(layers)
    {
    }

    Result<void> fill()
    {
      mLayout->setName(title());
      QgsExpressionContextUtils::setLayoutVariable(mLayout, QStringLiteral("lagesbild_title"), title());
      QgsExpressionContextUtils::setLayoutVariable(mLayout, QStringLiteral("lagesbild_subtitle"), subtitle());
      QgsExpressionContextUtils::setLayoutVariable(mLayout, QStringLiteral("lagesbild_source"), source());
      QgsExpressionContextUtils::setLayoutVariable(mLayout, QStringLiteral("lagesbild_assessment"),
                                                   mOptions.comment.isEmpty() ? QStringLiteral("(Ingen bedömning angiven.)")
                                                                              : mOptions.comment);

      auto *map = item<QgsLayoutItemMap>(QStringLiteral("map"));
      if (!map)
        return makeError(ErrorCode::BadInput, QStringLiteral("%1: the template has no map item with the id \"map\"").arg(templateName()));
      fillMap(map, mLayers.mainMap, mLayers.mainMapExtent);
      if (auto *legend = item<QgsLayoutItemLegend>(QStringLiteral("legend")))
        fillLegend(legend, mLayers.mainMap);

      if (mOptions.layoutTemplate == ReportTemplate::Report)
      {
        fillComparison();
        fillCategories();
        fillRepeatLocations();
        fillMatrix();
        fillHeatMapPage();
      }
      fillScaleBars();
      return {};
    }

  private:
    QString templateName() const
    {
      return mOptions.templatePath.isEmpty() ? ReportLayout::builtInTemplatePath(mOptions.layoutTemplate) : mOptions.templatePath;
    }

    template<class T> T *item(const QString &id) const { return qobject_cast<T *>(mLayout->itemById(id)); }

    QgsLayoutItemManualTable *table(const QString &id) const
    {
      auto *frame = item<QgsLayoutFrame>(id);
      return frame ? qobject_cast<QgsLayoutItemManualTable *>(frame->multiFrame()) : nullptr;
    }

    void hide(const QStringList &ids)
    {
      for (const QString &id : ids)
      {
        if (QgsLayoutItem *found = mLayout->itemById(id))
          found->setVisibility(false);
      }
    }

    QString title() const
    {
      if (!mOptions.title.isEmpty())
        return mOptions.title;
      const QString heading =
        mOptions.layoutTemplate == ReportTemplate::Report ? QStringLiteral("Lägesbild") : ReportWording::kind(mOptions.filter.kind);
      return mData.municipality ? QStringLiteral("%1 %2").arg(heading, ReportWording::municipality(*mData.municipality)) : heading;
    }

    QString source() const
    {
      const QString municipality =
        mData.municipality
          ? QStringLiteral("%1, kommunkod %2, ").arg(ReportWording::municipality(*mData.municipality), mData.municipality->code)
          : QString();
      return QStringLiteral("Källa: Lägesbild, %1%2 (%3). Framställd %4.")
        .arg(municipality, QFileInfo(mOptions.storePath).fileName(), ReportWording::kind(mOptions.filter.kind).toLower(),
             ReportWording::date(QDate::currentDate()));
    }

    //! The period and the filter in words.
    QString subtitle() const
    {
      QStringList parts;
      parts << ReportWording::kind(mOptions.filter.kind) + QStringLiteral(", ") + ReportWording::period(mOptions.period);
      if (mData.comparison)
        parts << QStringLiteral("jämfört med ") + ReportWording::period(mData.comparison->a.period);
      if (!mOptions.filter.categories.isEmpty())
      {
        QStringList names;
        for (const QString &code : mOptions.filter.categories)
          names << mData.categoryName(code);
        parts << QStringLiteral("kategori: ") + names.join(QStringLiteral(", "));
      }
      if (!mOptions.filter.areas.isEmpty())
        parts << QStringLiteral("område: ") + mOptions.filter.areas.join(QStringLiteral(", "));
      if (!mOptions.filter.sources.isEmpty())
        parts << QStringLiteral("källa: ") + mOptions.filter.sources.join(QStringLiteral(", "));
      if (!mOptions.filter.hours.empty())
      {
        QStringList hours;
        for (int hour : mOptions.filter.hours)
          hours << QString::number(hour);
        parts << QStringLiteral("timmar: ") + hours.join(QStringLiteral(", "));
      }
      if (!mOptions.filter.weekdays.empty())
      {
        QStringList days;
        for (int day : mOptions.filter.weekdays)
          days << ReportWording::weekday(day);
        parts << QStringLiteral("dagar: ") + days.join(QStringLiteral(", "));
      }
      if (mOptions.publicVersion)
        parts << QStringLiteral("offentlig version (rutor om %1 m, färre än %2 händelser visas inte)")
                   .arg(ReportWording::integer(std::llround(mOptions.publicCellSize)))
                   .arg(mOptions.minimumCount);
      return parts.join(QStringLiteral("; "));
    }

    void fillMap(QgsLayoutItemMap *map, const QList<QgsMapLayer *> &layers, const std::optional<BoundingBox> &extentOverride)
    {
      map->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
      map->setLayers(layers);
      map->setKeepLayerSet(true);
      const std::optional<BoundingBox> &mapExtent = extentOverride ? extentOverride : mData.extent;
      if (!mapExtent)
        return;
      QgsRectangle extent(mapExtent->xMin, mapExtent->yMin, mapExtent->xMax, mapExtent->yMax);
      if (extent.width() < 500.0 || extent.height() < 500.0)
        extent =
          QgsRectangle(extent.center().x() - 500.0, extent.center().y() - 500.0, extent.center().x() + 500.0, extent.center().y() + 500.0);
      extent.scale(1.08);
      map->zoomToExtent(extent);
    }

    void fillLegend(QgsLayoutItemLegend *legend, const QList<QgsMapLayer *> &layers)
    {
      legend->setAutoUpdateModel(false);
      QgsLayerTree *root = legend->model()->rootGroup();
      root->removeAllChildren();
      // The base map is credited under the map, not explained in the legend.
      for (QgsMapLayer *layer : layers)
        if (BaseMapLayers::sourceIndexOf(layer) < 0)
        {
          QgsLayerTreeLayer *node = root->addLayer(layer);
          if (node && layer->type() == QgsMapLayerType::RasterLayer)
            dropBandNameLine(legend, node);
        }
      legend->adjustBoxSize();
      legend->refresh();
    }

    //! A raster's legend opens with its band ("Band 1", in English whatever the language): the
    //! layer's own name already says what the colours are, so only the colour ramp is shown.
    static void dropBandNameLine(QgsLayoutItemLegend *legend, QgsLayerTreeLayer *node)
    {
      const QList<QgsLayerTreeModelLegendNode *> nodes = legend->model()->layerOriginalLegendNodes(node);
      QList<int> order;
      for (int index = 0; index < nodes.size(); ++index)
      {
        if (!dynamic_cast<QgsSimpleLegendNode *>(nodes.at(index)))
          order << index;
      }
      if (order.size() == nodes.size())
        return;
      QgsMapLayerLegendUtils::setLegendNodeOrder(node, order);
      legend->model()->refreshLayerLegend(node);
    }

    //! Kilometres once the map is wider than 4 km, so the labels stay short ("2 km", not "2 000 m").
    void fillScaleBars()
    {
      QList<QgsLayoutItemScaleBar *> bars;
      mLayout->layoutItems(bars);
      for (QgsLayoutItemScaleBar *bar : std::as_const(bars))
      {
        if (!bar->linkedMap())
          continue;
        bar->applyDefaultSize(bar->linkedMap()->extent().width() > 4000.0 ? QgsUnitTypes::DistanceKilometers
                                                                          : QgsUnitTypes::DistanceMeters);
        bar->setNumberOfSegmentsLeft(0);
      }
    }

    //! A count, or "< N" in the public version when it is below the threshold.
    QString count(std::int64_t value) const
    {
      if (mOptions.publicVersion && value > 0 && value < mOptions.minimumCount)
        return QStringLiteral("< %1").arg(mOptions.minimumCount);
      return ReportWording::integer(value);
    }

    //! Page 1: one block per kind (reported crimes, lägesbild reports; the labelled sum only on
    //! request), each headed with its kind, with its periods, counts and change.
    void fillComparison()
    {
      auto *comparisonTable = table(QStringLiteral("comparison-table"));
      if (mData.kindComparisons.empty())
      {
        hide({QStringLiteral("comparison-heading"), QStringLiteral("comparison-table"), QStringLiteral("comparison-change"),
              QStringLiteral("comparison-note")});
        return;
      }
      if (comparisonTable)
      {
        QgsTableContents contents;
        for (const KindComparison &comparison : mData.kindComparisons)
        {
          contents << QgsTableRow{headerCell(comparisonTable, kindHeading(comparison.kind)),
                                  headerCell(comparisonTable, QStringLiteral("Antal"), Qt::AlignRight),
                                  headerCell(comparisonTable, QStringLiteral("Per 30 dagar"), Qt::AlignRight)};
          for (const ComparisonSide *side : {&comparison.result.a, &comparison.result.b})
            contents << QgsTableRow{cell(ReportWording::period(side->period)), cell(count(side->total), Qt::AlignRight),
                                    cell(ReportWording::decimal(side->ratePer30Days, 1), Qt::AlignRight)};
        }
        setTable(comparisonTable, contents, {58.0, 16.0, 22.0});
      }
      if (auto *change = item<QgsLayoutItemLabel>(QStringLiteral("comparison-change")))
      {
        QStringList lines;
        for (const KindComparison &comparison : mData.kindComparisons)
        {
          const ComparisonResult &result = comparison.result;
          lines << QStringLiteral("%1: %2 (%3), %4, %5")
                     .arg(kindHeading(comparison.kind), ReportWording::signedInteger(result.change),
                          ReportWording::changePercent(result.changePercent), ReportWording::pValue(result.pValue),
                          ReportWording::significance(result.pValue));
        }
        change->setText(lines.join(QLatin1Char('\n')));
      }
    }

    static QString kindHeading(const std::optional<IncidentKind> &kind)
    {
      return kind ? ReportWording::kind(kind) : QStringLiteral("Summa av båda slagen");
    }

    void fillCategories()
    {
      auto *categoryTable = table(QStringLiteral("category-table"));
      if (!categoryTable)
        return;
      QgsTableContents categories;
      if (mData.categoryComparison)
      {
        categories << QgsTableRow{
          headerCell(categoryTable, QStringLiteral("Kategori")),
          headerCell(categoryTable, QString::number(mData.categoryComparison->a.period.from().year()) + QStringLiteral(" (A)"),
                     Qt::AlignRight),
          headerCell(categoryTable, QString::number(mData.categoryComparison->b.period.from().year()) + QStringLiteral(" (B)"),
                     Qt::AlignRight),
          headerCell(categoryTable, QStringLiteral("Förändring"), Qt::AlignRight),
          headerCell(categoryTable, QStringLiteral("%"), Qt::AlignRight)};
        int shown = 0;
        for (const ComparisonRow &row : mData.categoryComparison->rows)
        {
          if (++shown > 12)
            break;
          const bool hideChange = mOptions.publicVersion && (row.a < mOptions.minimumCount || row.b < mOptions.minimumCount);
          categories << QgsTableRow{
            cell(mData.categoryName(row.key)), cell(count(row.a), Qt::AlignRight), cell(count(row.b), Qt::AlignRight),
            cell(hideChange ? QStringLiteral("–") : ReportWording::signedInteger(row.change), Qt::AlignRight),
            cell(hideChange ? QStringLiteral("–") : ReportWording::changePercent(row.changePercent), Qt::AlignRight)};
        }
        setTable(categoryTable, categories, {50.0, 16.0, 16.0, 20.0, 16.0});
        return;
      }
      categories << QgsTableRow{headerCell(categoryTable, QStringLiteral("Kategori")),
                                headerCell(categoryTable, QStringLiteral("Antal"), Qt::AlignRight)};
      for (const GroupCount &row : mData.categoryCounts)
        categories << QgsTableRow{cell(mData.categoryName(row.keys.value(0))), cell(count(row.count), Qt::AlignRight)};
      setTable(categoryTable, categories, {80.0, 30.0});
    }

    //! Top repeat addresses (never in the public version: they point at places and people).
    void fillRepeatLocations()
    {
      auto *places = table(QStringLiteral("repeat-table"));
      if (!mData.repeatLocations || mOptions.publicVersion || !places)
      {
        hide({QStringLiteral("repeat-heading"), QStringLiteral("repeat-table")});
        return;
      }
      QgsTableContents rows;
      rows << QgsTableRow{headerCell(places, QStringLiteral("#"), Qt::AlignRight), headerCell(places, QStringLiteral("Adress")),
                          headerCell(places, QStringLiteral("Antal"), Qt::AlignRight),
                          headerCell(places, QStringLiteral("Andel"), Qt::AlignRight)};
      for (const RepeatLocation &place : mData.repeatLocations->places)
      {
        if (place.rank > 10 || place.count < 2)
          break;
        rows << QgsTableRow{cell(QString::number(place.rank), Qt::AlignRight), cell(place.address),
                            cell(ReportWording::integer(place.count), Qt::AlignRight),
                            cell(ReportWording::decimal(100.0 * place.share, 1) + QStringLiteral(" %"), Qt::AlignRight)};
      }
      if (rows.size() == 1)
        rows << QgsTableRow{cell(QString()), cell(QStringLiteral("Ingen adress med mer än en händelse")), cell(QString()), cell(QString())};
      setTable(places, rows, {8.0, 70.0, 16.0, 18.0});
    }

    //! Hour × weekday, shaded by count.
    void fillMatrix()
    {
      auto *matrixTable = table(QStringLiteral("matrix-table"));
      if (!mData.patterns || !matrixTable)
      {
        hide({QStringLiteral("matrix-heading"), QStringLiteral("matrix-table"), QStringLiteral("matrix-note")});
        return;
      }
      std::int64_t largest = 1;
      for (const auto &day : mData.patterns->hourByWeekday)
        largest = std::max(largest, *std::max_element(day.begin(), day.end()));
      QgsTableContents matrix;
      QgsTableRow hours{headerCell(matrixTable, QString())};
      for (int hour = 0; hour < 24; ++hour)
        hours << headerCell(matrixTable, QString::number(hour), Qt::AlignHCenter);
      matrix << hours;
      for (int weekday = 1; weekday <= 7; ++weekday)
      {
        QgsTableRow row{headerCell(matrixTable, ReportWording::weekday(weekday, true))};
        for (int hour = 0; hour < 24; ++hour)
        {
          const std::int64_t value = mData.patterns->hourByWeekday[static_cast<std::size_t>(weekday - 1)][static_cast<std::size_t>(hour)];
          const double share = static_cast<double>(value) / static_cast<double>(largest);
          const QColor shade = QColor::fromRgbF(1.0, 1.0 - 0.75 * share, 1.0 - 0.85 * share);
          const bool suppressed = mOptions.publicVersion && value > 0 && value < mOptions.minimumCount;
          row << cell(value == 0 || suppressed ? QString() : QString::number(value), Qt::AlignHCenter,
                      suppressed ? QColor(QStringLiteral("#eeeeee")) : shade);
        }
        matrix << row;
      }
      QList<double> widths{12.0};
      for (int hour = 0; hour < 24; ++hour)
        widths << 8.5;
      setTable(matrixTable, matrix, widths);
      if (auto *note = item<QgsLayoutItemLabel>(QStringLiteral("matrix-note")))
        note->setText(mOptions.publicVersion
                        ? QStringLiteral("Antal händelser per lokal timme och veckodag; grå rutor: färre än %1.").arg(mOptions.minimumCount)
                        : QStringLiteral("Antal händelser per lokal timme och veckodag; mörkare: fler."));
    }

    //! Contents and column widths in the proportions given, stretched to the table's frame.
    static void setTable(QgsLayoutItemManualTable *table, const QgsTableContents &contents, const QList<double> &proportions)
    {
      table->setTableContents(contents);
      if (table->frameCount() == 0)
        return;
      const double frameWidth = table->frame(0)->rect().width();
      const double columns = static_cast<double>(proportions.size());
      const double available = frameWidth - columns * 2.0 * table->cellMargin() - (columns + 1.0) * table->gridStrokeWidth() - 0.5;
      double total = 0.0;
      for (double proportion : proportions)
        total += proportion;
      QList<double> widths;
      for (double proportion : proportions)
        widths << std::max(1.0, available * proportion / total);
      table->setColumnWidths(widths);
    }

    void fillHeatMapPage()
    {
      auto *heatMap = item<QgsLayoutItemMap>(QStringLiteral("heatmap"));
      if (!heatMap)
        return;
      if (mLayers.heatMap.isEmpty())
      {
        // No incidents, no density: the page goes, with everything on it.
        const int page = heatMap->page();
        QList<QgsLayoutItem *> items;
        mLayout->layoutItems(items);
        for (QgsLayoutItem *onPage : std::as_const(items))
        {
          if (onPage->type() != QgsLayoutItemRegistry::LayoutPage && onPage->page() == page)
            mLayout->removeLayoutItem(onPage);
        }
        mLayout->pageCollection()->deletePage(page);
        return;
      }
      fillMap(heatMap, mLayers.heatMap, mLayers.heatMapExtent);
      if (auto *legend = item<QgsLayoutItemLegend>(QStringLiteral("heatmap-legend")))
        fillLegend(legend, mLayers.heatMap);
      QgsLayoutItem *chart = mLayout->itemById(QStringLiteral("trend-chart"));
      if (!mData.patterns || mData.patterns->months.empty() || !chart)
      {
        hide({QStringLiteral("trend-heading"), QStringLiteral("trend-chart"), QStringLiteral("trend-key")});
        return;
      }
      const std::vector<KeyCount> *earlier = mData.comparePatterns ? &mData.comparePatterns->months : nullptr;
      LayoutCharts::monthlyBars(mLayout, chart->page(), LayoutStyle::rectOnPage(chart), mData.patterns->months, earlier);
      if (auto *key = item<QgsLayoutItemLabel>(QStringLiteral("trend-key")))
        key->setText(earlier ? QStringLiteral("Röd: %1. Grå: %2.")
                                 .arg(ReportWording::period(mData.patterns->period), ReportWording::period(mData.comparePatterns->period))
                             : QStringLiteral("Händelser per månad, %1.").arg(ReportWording::period(mData.patterns->period)));
    }

    QgsPrintLayout *mLayout;
    const ReportOptions &mOptions;
    const ReportData &mData;
    const ReportLayers &mLayers;
};

QgsLayoutSize firstPageSize(const QDomDocument &document)
{
  const QDomElement pages = document.documentElement().firstChildElement(QStringLiteral("PageCollection"));
  const QDomElement page = pages.firstChildElement(QStringLiteral("LayoutItem"));
  return QgsLayoutSize::decodeSize(page.attribute(QStringLiteral("size"), QStringLiteral("297,210,mm")));
}
} // namespace

QString ReportLayout::builtInTemplatePath(ReportTemplate layoutTemplate)
{
  return QStringLiteral(":/lagesbild/layouts/%1.qpt").arg(reportTemplateName(layoutTemplate));
}

QString ReportLayout::followUpTemplatePath()
{
  return QStringLiteral(":/lagesbild/layouts/followup.qpt");
}

Result<QDomDocument> ReportLayout::readTemplate(const QString &path)
{
  initLayoutResources();
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(ErrorCode::NotFound, QStringLiteral("%1: the layout template cannot be read (%2)").arg(path, file.errorString()));
  QDomDocument document;
  QString message;
  int line = 0;
  int column = 0;
  if (!document.setContent(&file, &message, &line, &column))
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("%1, line %2, column %3: not a layout template (%4)").arg(path).arg(line).arg(column).arg(message));
  if (document.documentElement().tagName() != QLatin1String("Layout"))
    return makeError(ErrorCode::BadInput, QStringLiteral("%1: not a QGIS layout template (no <Layout> element)").arg(path));
  return document;
}

ReportTemplate ReportLayout::kindOf(const QDomDocument &document)
{
  const QDomNodeList items = document.elementsByTagName(QStringLiteral("LayoutItem"));
  for (int index = 0; index < items.size(); ++index)
  {
    const QString id = items.at(index).toElement().attribute(QStringLiteral("id"));
    if (id == QLatin1String("category-table") || id == QLatin1String("comparison-table"))
      return ReportTemplate::Report;
  }
  return firstPageSize(document).width() > 350.0 ? ReportTemplate::MapA3 : ReportTemplate::MapA4;
}

Result<std::unique_ptr<QgsPrintLayout>> ReportLayout::build(QgsProject *project, const ReportOptions &options, const ReportData &data,
                                                            const ReportLayers &layers)
{
  const QString path = options.templatePath.isEmpty() ? builtInTemplatePath(options.layoutTemplate) : options.templatePath;
  const auto document = readTemplate(path);
  if (!document)
    return document.error();
  auto layout = std::make_unique<QgsPrintLayout>(project);
  bool ok = false;
  layout->loadFromTemplate(*document, QgsReadWriteContext(), true, &ok);
  if (!ok || layout->pageCollection()->pageCount() == 0)
    return makeError(ErrorCode::BadInput, QStringLiteral("%1: the layout template could not be loaded").arg(path));
  if (const auto filled = Filler(layout.get(), options, data, layers).fill(); !filled)
    return filled.error();

  if (!data.followUps.empty())
  {
    const auto followUp = readTemplate(followUpTemplatePath());
    if (!followUp)
      return followUp.error();
    const QgsLayoutSize pageSize = firstPageSize(*followUp);
    for (const InterventionEvaluation &evaluation : data.followUps)
    {
      auto *page = new QgsLayoutItemPage(layout.get());
      page->setPageSize(pageSize);
      layout->pageCollection()->addPage(page);
      const int pageNumber = layout->pageCollection()->pageCount() - 1;
      QPointF position = layout->pageCollection()->pagePositionToLayoutPosition(pageNumber, QgsLayoutPoint(1.0, 1.0));
      const QList<QgsLayoutItem *> items =
        layout->addItemsFromXml(followUp->documentElement(), *followUp, QgsReadWriteContext(), &position, true);
      FollowUpPage::fill(layout.get(), pageNumber, items, evaluation);
    }
  }
  return layout;
}

} // namespace lagesbild
