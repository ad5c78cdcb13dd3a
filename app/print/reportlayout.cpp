#include "reportlayout.h"

#include "reportwording.h"

#include <qgsapplication.h>
#include <qgsbasicnumericformat.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutpoint.h>
#include <qgslayoutsize.h>
#include <qgslegendstyle.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

#include <QDate>
#include <QFileInfo>

#include <algorithm>

namespace lagesbild
{
namespace
{
const QString kFontFamily = QStringLiteral("DejaVu Sans");
constexpr double kMargin = 10.0; //!< mm around the page content

QFont font(double points, bool bold = false)
{
  QFont result(kFontFamily);
  result.setPointSizeF(points);
  result.setBold(bold);
  return result;
}

QgsTextFormat textFormat(double points, bool bold = false, const QColor &colour = Qt::black)
{
  QgsTextFormat format;
  format.setFont(font(points, bold));
  format.setSize(points);
  format.setSizeUnit(QgsUnitTypes::RenderPoints);
  format.setColor(colour);
  return format;
}

//! Places an item on a page, in millimetres from the page's top-left corner.
void place(QgsLayoutItem *item, int page, const QRectF &rect)
{
  item->attemptResize(QgsLayoutSize(rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters));
  item->attemptMove(QgsLayoutPoint(rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters), true, false, page);
}

class Builder
{
  public:
    Builder(QgsProject *project, const ReportOptions &options, const ReportData &data, const ReportLayers &layers)
      : mOptions(options), mData(data), mLayers(layers), mLayout(std::make_unique<QgsPrintLayout>(project))
    {
      mLayout->setName(title());
      mLayout->setUnits(QgsUnitTypes::LayoutMillimeters);
    }

    std::unique_ptr<QgsPrintLayout> build()
    {
      const bool report = mOptions.layoutTemplate == ReportTemplate::Report;
      const QString size = mOptions.layoutTemplate == ReportTemplate::MapA3 ? QStringLiteral("A3") : QStringLiteral("A4");
      mPageCount = report ? (mLayers.heatMap.isEmpty() ? 2 : 3) : 1;
      for (int page = 0; page < mPageCount; ++page)
      {
        auto *item = new QgsLayoutItemPage(mLayout.get());
        item->setPageSize(size, QgsLayoutItemPage::Landscape);
        mLayout->pageCollection()->addPage(item);
      }
      mPageSize = mLayout->pageCollection()->page(0)->pageSize().toQSizeF();

      if (report)
      {
        buildReportFirstPage();
        buildReportTablesPage();
        if (!mLayers.heatMap.isEmpty())
          buildHeatMapPage();
      }
      else
      {
        header(0, title(), subtitle());
        const double top = 30.0;
        const double legendWidth = mOptions.layoutTemplate == ReportTemplate::MapA3 ? 85.0 : 65.0;
        const QRectF mapRect(kMargin, top, mPageSize.width() - 3 * kMargin - legendWidth, mPageSize.height() - top - 18.0);
        QgsLayoutItemMap *map = mapItem(0, mapRect, mLayers.mainMap, QStringLiteral("map"), mLayers.mainMapExtent);
        legend(0, QRectF(mapRect.right() + kMargin, top, legendWidth, mapRect.height()), map, mLayers.mainMap, QStringLiteral("legend"));
        mapDecorations(0, map, mapRect);
        footer(0);
      }
      return std::move(mLayout);
    }

  private:
    QString title() const
    {
      if (!mOptions.title.isEmpty())
        return mOptions.title;
      return mOptions.layoutTemplate == ReportTemplate::Report ? QStringLiteral("Lägesbild") : ReportWording::kind(mOptions.filter.kind);
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

    QgsLayoutItemLabel *label(int page, const QRectF &rect, const QString &text, double points, bool bold, const QString &id,
                              Qt::AlignmentFlag alignment = Qt::AlignLeft)
    {
      auto *item = new QgsLayoutItemLabel(mLayout.get());
      item->setText(text);
      item->setFont(font(points, bold));
      item->setHAlign(alignment);
      item->setVAlign(Qt::AlignTop);
      item->setMargin(0.0);
      item->setId(id);
      mLayout->addLayoutItem(item);
      place(item, page, rect);
      return item;
    }

    void header(int page, const QString &heading, const QString &subheading)
    {
      const double width = mPageSize.width() - 2 * kMargin;
      label(page, QRectF(kMargin, 8.0, width, 10.0), heading, 20.0, true, QStringLiteral("title"));
      label(page, QRectF(kMargin, 18.5, width, 10.0), subheading, 10.0, false, QStringLiteral("subtitle"));
    }

    void footer(int page)
    {
      const double y = mPageSize.height() - 8.0;
      const double width = mPageSize.width() - 2 * kMargin;
      const QString source = QStringLiteral("Källa: Lägesbild, %1 (%2). Framställd %3.")
                               .arg(QFileInfo(mOptions.storePath).fileName(), ReportWording::kind(mOptions.filter.kind).toLower(),
                                    ReportWording::date(QDate::currentDate()));
      label(page, QRectF(kMargin, y, width * 0.8, 5.0), source, 7.5, false, QStringLiteral("source"));
      label(page, QRectF(kMargin + width * 0.8, y, width * 0.2, 5.0), QStringLiteral("Sida [% @layout_page %] av [% @layout_numpages %]"),
            7.5, false, QStringLiteral("page-number"), Qt::AlignRight);
    }

    QgsLayoutItemMap *mapItem(int page, const QRectF &rect, const QList<QgsMapLayer *> &layers, const QString &id,
                              const std::optional<BoundingBox> &extentOverride = std::nullopt)
    {
      const std::optional<BoundingBox> &mapExtent = extentOverride ? extentOverride : mData.extent;
      auto *map = new QgsLayoutItemMap(mLayout.get());
      map->setId(id);
      map->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
      map->setLayers(layers);
      map->setKeepLayerSet(true);
      map->setFrameEnabled(true);
      map->setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes::LayoutMillimeters));
      mLayout->addLayoutItem(map);
      place(map, page, rect);
      if (mapExtent)
      {
        QgsRectangle extent(mapExtent->xMin, mapExtent->yMin, mapExtent->xMax, mapExtent->yMax);
        if (extent.width() < 500.0 || extent.height() < 500.0)
          extent = QgsRectangle(extent.center().x() - 500.0, extent.center().y() - 500.0, extent.center().x() + 500.0,
                                extent.center().y() + 500.0);
        extent.scale(1.08);
        map->zoomToExtent(extent);
      }
      return map;
    }

    void legend(int page, const QRectF &rect, QgsLayoutItemMap *map, const QList<QgsMapLayer *> &layers, const QString &id, int columns = 1)
    {
      auto *item = new QgsLayoutItemLegend(mLayout.get());
      item->setId(id);
      item->setTitle(QStringLiteral("Teckenförklaring"));
      item->setLinkedMap(map);
      item->setAutoUpdateModel(false);
      QgsLayerTree *root = item->model()->rootGroup();
      root->removeAllChildren();
      for (QgsMapLayer *layer : layers)
        root->addLayer(layer);
      item->setStyleFont(QgsLegendStyle::Title, font(11.0, true));
      item->setStyleFont(QgsLegendStyle::Subgroup, font(9.0, true));
      item->setStyleFont(QgsLegendStyle::SymbolLabel, font(columns > 1 ? 7.0 : 8.0));
      item->setResizeToContents(false);
      item->setWrapString(QString());
      item->setColumnCount(columns);
      item->setSplitLayer(columns > 1);
      item->setSymbolHeight(3.0);
      item->setSymbolWidth(columns > 1 ? 3.5 : 5.0);
      item->setColumnSpace(2.0);
      item->setStyleMargin(QgsLegendStyle::Symbol, QgsLegendStyle::Top, 1.2);
      item->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Top, 1.2);
      mLayout->addLayoutItem(item);
      place(item, page, rect);
    }

    void mapDecorations(int page, QgsLayoutItemMap *map, const QRectF &mapRect)
    {
      auto *scaleBar = new QgsLayoutItemScaleBar(mLayout.get());
      scaleBar->setId(QStringLiteral("scalebar"));
      scaleBar->setStyle(QStringLiteral("Single Box"));
      scaleBar->setLinkedMap(map);
      // Kilometres once the map is wider than 4 km, so the labels stay short ("2 km", not "2 000 m").
      scaleBar->applyDefaultSize(map->extent().width() > 4000.0 ? QgsUnitTypes::DistanceKilometers : QgsUnitTypes::DistanceMeters);
      scaleBar->setNumberOfSegmentsLeft(0);
      auto *numbers = new QgsBasicNumericFormat();
      numbers->setShowThousandsSeparator(true);
      numbers->setThousandsSeparator(QChar(0x00a0));
      numbers->setDecimalSeparator(QLatin1Char(','));
      numbers->setShowTrailingZeros(false);
      scaleBar->setNumericFormat(numbers);
      scaleBar->setTextFormat(textFormat(8.0));
      scaleBar->setBackgroundEnabled(true);
      scaleBar->setBackgroundColor(QColor(255, 255, 255, 200));
      mLayout->addLayoutItem(scaleBar);
      scaleBar->attemptMove(QgsLayoutPoint(mapRect.x() + 4.0, mapRect.bottom() - 14.0, QgsUnitTypes::LayoutMillimeters), true, false, page);

      auto *arrow = new QgsLayoutItemPicture(mLayout.get());
      arrow->setId(QStringLiteral("north-arrow"));
      QString svg;
      for (const QString &folder : QgsApplication::svgPaths())
      {
        if (QFileInfo::exists(folder + QStringLiteral("/arrows/NorthArrow_02.svg")))
        {
          svg = folder + QStringLiteral("/arrows/NorthArrow_02.svg");
          break;
        }
      }
      arrow->setPicturePath(svg, QgsLayoutItemPicture::FormatSVG);
      arrow->setLinkedMap(map);
      mLayout->addLayoutItem(arrow);
      place(arrow, page, QRectF(mapRect.right() - 16.0, mapRect.y() + 4.0, 12.0, 12.0));
    }

    QgsLayoutItemManualTable *table(int page, const QRectF &rect, const QgsTableContents &contents, const QList<double> &widths,
                                    const QString &id, double points = 8.0)
    {
      auto *item = new QgsLayoutItemManualTable(mLayout.get());
      mLayout->addMultiFrame(item);
      item->setTableContents(contents);
      item->setColumnWidths(widths);
      item->setIncludeTableHeader(false);
      item->setContentTextFormat(textFormat(points));
      item->setCellMargin(1.0);
      item->setGridStrokeWidth(0.15);
      item->setGridColor(QColor(QStringLiteral("#9e9e9e")));
      auto *frame = new QgsLayoutFrame(mLayout.get(), item);
      frame->setId(id);
      place(frame, page, rect);
      item->addFrame(frame);
      return item;
    }

    static QgsTableCell cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft, bool bold = false,
                             const QColor &background = QColor())
    {
      QgsTableCell result(text);
      result.setHorizontalAlignment(alignment);
      if (bold)
        result.setTextFormat(textFormat(8.0, true));
      if (background.isValid())
        result.setBackgroundColor(background);
      return result;
    }

    //! A count, or "< N" in the public version when it is below the threshold.
    QString count(std::int64_t value) const
    {
      if (mOptions.publicVersion && value > 0 && value < mOptions.minimumCount)
        return QStringLiteral("< %1").arg(mOptions.minimumCount);
      return ReportWording::integer(value);
    }

    void buildReportFirstPage()
    {
      header(0, title(), subtitle());
      const double top = 30.0;
      const double sideWidth = 102.0;
      const QRectF mapRect(kMargin, top, mPageSize.width() - 3 * kMargin - sideWidth, mPageSize.height() - top - 16.0);
      QgsLayoutItemMap *map = mapItem(0, mapRect, mLayers.mainMap, QStringLiteral("map"), mLayers.mainMapExtent);
      mapDecorations(0, map, mapRect);
      const double sideX = mapRect.right() + kMargin;
      double y = top;

      if (mData.comparison)
      {
        const ComparisonResult &comparison = *mData.comparison;
        label(0, QRectF(sideX, y, sideWidth, 6.0), QStringLiteral("Jämförelse mellan perioderna"), 11.0, true,
              QStringLiteral("comparison-heading"));
        y += 7.0;
        QgsTableContents contents;
        contents << QgsTableRow{cell(QStringLiteral("Period"), Qt::AlignLeft, true), cell(QStringLiteral("Antal"), Qt::AlignRight, true),
                                cell(QStringLiteral("Per 30 dagar"), Qt::AlignRight, true)};
        for (const ComparisonSide *side : {&comparison.a, &comparison.b})
          contents << QgsTableRow{cell(ReportWording::period(side->period)), cell(count(side->total), Qt::AlignRight),
                                  cell(ReportWording::decimal(side->ratePer30Days, 1), Qt::AlignRight)};
        table(0, QRectF(sideX, y, sideWidth, 20.0), contents, {58.0, 16.0, 22.0}, QStringLiteral("comparison-table"));
        y += 22.0;
        const QString change =
          QStringLiteral("Förändring: %1 (%2)\n%3: %4")
            .arg(ReportWording::signedInteger(comparison.change), ReportWording::changePercent(comparison.changePercent),
                 ReportWording::pValue(comparison.pValue), ReportWording::significance(comparison.pValue));
        label(0, QRectF(sideX, y, sideWidth, 11.0), change, 9.5, true, QStringLiteral("comparison-change"));
        y += 12.0;
        label(0, QRectF(sideX, y, sideWidth, 12.0),
              QStringLiteral("Exakt test av två Poissonfördelade antal med hänsyn till periodernas längd (tvåsidigt). "
                             "Under 0,05 räknas förändringen som statistiskt säkerställd."),
              7.0, false, QStringLiteral("comparison-note"));
        y += 13.0;
      }

      label(0, QRectF(sideX, y, sideWidth, 6.0), QStringLiteral("Bedömning"), 11.0, true, QStringLiteral("assessment-heading"));
      y += 7.0;
      const double assessmentHeight = mData.comparison ? 32.0 : 60.0;
      auto *assessment = label(0, QRectF(sideX, y, sideWidth, assessmentHeight),
                               mOptions.comment.isEmpty() ? QStringLiteral("(Ingen bedömning angiven.)") : mOptions.comment, 9.0, false,
                               QStringLiteral("assessment"));
      assessment->setFrameEnabled(true);
      assessment->setFrameStrokeWidth(QgsLayoutMeasurement(0.15, QgsUnitTypes::LayoutMillimeters));
      assessment->setMargin(1.5);
      y += assessmentHeight + 3.0;
      legend(0, QRectF(sideX, y, sideWidth, mapRect.bottom() - y), map, mLayers.mainMap, QStringLiteral("legend"),
             mData.categoryCounts.size() > 5 ? 2 : 1);
      footer(0);
    }

    void buildReportTablesPage()
    {
      header(1, title() + QStringLiteral(": kategorier, tider och platser"), subtitle());
      const double top = 30.0;
      double leftY = top;

      // By category.
      label(1, QRectF(kMargin, leftY, 130.0, 6.0), QStringLiteral("Per kategori"), 11.0, true, QStringLiteral("category-heading"));
      leftY += 7.0;
      QgsTableContents categories;
      const bool compared = mData.categoryComparison.has_value();
      if (compared)
      {
        categories << QgsTableRow{
          cell(QStringLiteral("Kategori"), Qt::AlignLeft, true),
          cell(QString::number(mData.categoryComparison->a.period.from().year()) + QStringLiteral(" (A)"), Qt::AlignRight, true),
          cell(QString::number(mData.categoryComparison->b.period.from().year()) + QStringLiteral(" (B)"), Qt::AlignRight, true),
          cell(QStringLiteral("Förändring"), Qt::AlignRight, true), cell(QStringLiteral("%"), Qt::AlignRight, true)};
        int shown = 0;
        for (const ComparisonRow &row : mData.categoryComparison->rows)
        {
          if (++shown > 12)
            break;
          const bool hide = mOptions.publicVersion && (row.a < mOptions.minimumCount || row.b < mOptions.minimumCount);
          categories << QgsTableRow{cell(mData.categoryName(row.key)), cell(count(row.a), Qt::AlignRight),
                                    cell(count(row.b), Qt::AlignRight),
                                    cell(hide ? QStringLiteral("–") : ReportWording::signedInteger(row.change), Qt::AlignRight),
                                    cell(hide ? QStringLiteral("–") : ReportWording::changePercent(row.changePercent), Qt::AlignRight)};
        }
      }
      else
      {
        categories << QgsTableRow{cell(QStringLiteral("Kategori"), Qt::AlignLeft, true),
                                  cell(QStringLiteral("Antal"), Qt::AlignRight, true)};
        for (const GroupCount &row : mData.categoryCounts)
          categories << QgsTableRow{cell(mData.categoryName(row.keys.value(0))), cell(count(row.count), Qt::AlignRight)};
      }
      const double categoryHeight = 5.2 * static_cast<double>(categories.size()) + 2.0;
      table(1, QRectF(kMargin, leftY, 130.0, categoryHeight), categories,
            compared ? QList<double>{50.0, 16.0, 16.0, 20.0, 16.0} : QList<double>{80.0, 30.0}, QStringLiteral("category-table"));

      // Top repeat addresses (never in the public version: they point at places and people).
      const double rightX = kMargin + 140.0;
      const double rightWidth = mPageSize.width() - rightX - kMargin;
      if (mData.repeatLocations && !mOptions.publicVersion)
      {
        label(1, QRectF(rightX, top, rightWidth, 6.0), QStringLiteral("Platser med upprepade händelser"), 11.0, true,
              QStringLiteral("repeat-heading"));
        QgsTableContents places;
        places << QgsTableRow{cell(QStringLiteral("#"), Qt::AlignRight, true), cell(QStringLiteral("Adress"), Qt::AlignLeft, true),
                              cell(QStringLiteral("Antal"), Qt::AlignRight, true), cell(QStringLiteral("Andel"), Qt::AlignRight, true)};
        for (const RepeatLocation &place : mData.repeatLocations->places)
        {
          if (place.rank > 10 || place.count < 2)
            break;
          places << QgsTableRow{cell(QString::number(place.rank), Qt::AlignRight), cell(place.address),
                                cell(ReportWording::integer(place.count), Qt::AlignRight),
                                cell(ReportWording::decimal(100.0 * place.share, 1) + QStringLiteral(" %"), Qt::AlignRight)};
        }
        if (places.size() == 1)
          places << QgsTableRow{cell(QString()), cell(QStringLiteral("Ingen adress med mer än en händelse")), cell(QString()),
                                cell(QString())};
        table(1, QRectF(rightX, top + 7.0, rightWidth, 5.2 * static_cast<double>(places.size()) + 2.0), places,
              {8.0, rightWidth - 8.0 - 16.0 - 18.0 - 2.0, 16.0, 18.0}, QStringLiteral("repeat-table"));
      }

      // Hour × weekday matrix, shaded by count.
      if (mData.patterns)
      {
        const double matrixTop = std::max(leftY + categoryHeight + 6.0, 120.0);
        label(1, QRectF(kMargin, matrixTop, 200.0, 6.0), QStringLiteral("Timme × veckodag"), 11.0, true, QStringLiteral("matrix-heading"));
        std::int64_t largest = 1;
        for (const auto &day : mData.patterns->hourByWeekday)
          largest = std::max(largest, *std::max_element(day.begin(), day.end()));
        QgsTableContents matrix;
        QgsTableRow hours{cell(QString(), Qt::AlignLeft, true)};
        for (int hour = 0; hour < 24; ++hour)
          hours << cell(QString::number(hour), Qt::AlignHCenter, true);
        matrix << hours;
        for (int weekday = 1; weekday <= 7; ++weekday)
        {
          QgsTableRow row{cell(ReportWording::weekday(weekday, true), Qt::AlignLeft, true)};
          for (int hour = 0; hour < 24; ++hour)
          {
            const std::int64_t value = mData.patterns->hourByWeekday[static_cast<std::size_t>(weekday - 1)][static_cast<std::size_t>(hour)];
            const double share = static_cast<double>(value) / static_cast<double>(largest);
            const QColor shade = QColor::fromRgbF(1.0, 1.0 - 0.75 * share, 1.0 - 0.85 * share);
            const bool suppressed = mOptions.publicVersion && value > 0 && value < mOptions.minimumCount;
            row << cell(value == 0 || suppressed ? QString() : QString::number(value), Qt::AlignHCenter, false,
                        suppressed ? QColor(QStringLiteral("#eeeeee")) : shade);
          }
          matrix << row;
        }
        QList<double> widths{12.0};
        const double hourWidth = (mPageSize.width() - 2 * kMargin - 14.0 - 24 * 0.5) / 24.0 - 2.0;
        for (int hour = 0; hour < 24; ++hour)
          widths << hourWidth;
        table(1, QRectF(kMargin, matrixTop + 7.0, mPageSize.width() - 2 * kMargin, 44.0), matrix, widths, QStringLiteral("matrix-table"),
              7.0);
        label(1, QRectF(kMargin, matrixTop + 52.0, mPageSize.width() - 2 * kMargin, 5.0),
              mOptions.publicVersion
                ? QStringLiteral("Antal händelser per lokal timme och veckodag; grå rutor: färre än %1.").arg(mOptions.minimumCount)
                : QStringLiteral("Antal händelser per lokal timme och veckodag; mörkare: fler."),
              7.0, false, QStringLiteral("matrix-note"));
      }
      footer(1);
    }

    QgsLayoutItemShape *bar(int page, const QRectF &rect, const QColor &colour)
    {
      auto *item = new QgsLayoutItemShape(mLayout.get());
      item->setShapeType(QgsLayoutItemShape::Rectangle);
      QVariantMap properties;
      properties.insert(QStringLiteral("color"), colour.name());
      properties.insert(QStringLiteral("style"), QStringLiteral("solid"));
      properties.insert(QStringLiteral("outline_style"), QStringLiteral("no"));
      item->setSymbol(QgsFillSymbol::createSimple(properties));
      mLayout->addLayoutItem(item);
      place(item, page, rect);
      return item;
    }

    //! Incidents per month of the period (and of the comparison period beside it) as bars.
    void trendChart(int page, const QRectF &rect)
    {
      const std::vector<KeyCount> &months = mData.patterns->months;
      if (months.empty())
        return;
      const std::vector<KeyCount> *earlier = mData.comparePatterns ? &mData.comparePatterns->months : nullptr;
      label(page, QRectF(rect.x(), rect.y(), rect.width(), 6.0), QStringLiteral("Per månad"), 11.0, true, QStringLiteral("trend-heading"));
      const QRectF plot(rect.x() + 8.0, rect.y() + 9.0, rect.width() - 8.0, rect.height() - 22.0);
      std::int64_t largest = 1;
      for (const KeyCount &month : months)
        largest = std::max(largest, month.count);
      if (earlier)
      {
        for (const KeyCount &month : *earlier)
          largest = std::max(largest, month.count);
      }
      const std::size_t slotCount = std::max(months.size(), earlier ? earlier->size() : std::size_t{0});
      const double slot = plot.width() / static_cast<double>(slotCount);
      const double barWidth = earlier ? slot * 0.4 : slot * 0.7;
      auto height = [&](std::int64_t count) { return plot.height() * static_cast<double>(count) / static_cast<double>(largest); };
      static const char *const initials[] = {"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"};
      for (std::size_t index = 0; index < slotCount; ++index)
      {
        const double x = plot.x() + slot * static_cast<double>(index) + slot * 0.1;
        if (earlier && index < earlier->size() && (*earlier)[index].count > 0)
        {
          const double h = height((*earlier)[index].count);
          bar(page, QRectF(x, plot.bottom() - h, barWidth, h), QColor(QStringLiteral("#9e9e9e")));
        }
        if (index < months.size() && months[index].count > 0)
        {
          const double h = height(months[index].count);
          bar(page, QRectF(earlier ? x + barWidth : x, plot.bottom() - h, barWidth, h), QColor(QStringLiteral("#cb181d")));
        }
        if (index < months.size())
        {
          const int month = months[index].key.mid(5, 2).toInt();
          label(page, QRectF(x, plot.bottom() + 0.8, slot * 0.8, 3.5), QString::fromLatin1(initials[(month + 11) % 12]), 6.0, false,
                QStringLiteral("trend-month"), Qt::AlignHCenter);
        }
      }
      bar(page, QRectF(plot.x(), plot.bottom(), plot.width(), 0.2), Qt::black);
      label(page, QRectF(rect.x(), plot.y() - 1.5, 7.5, 3.5), ReportWording::integer(largest), 6.0, false, QStringLiteral("trend-axis"),
            Qt::AlignRight);
      label(page, QRectF(rect.x(), plot.bottom() - 2.5, 7.5, 3.5), QStringLiteral("0"), 6.0, false, QStringLiteral("trend-axis"),
            Qt::AlignRight);
      const QString key = earlier
                            ? QStringLiteral("Röd: %1. Grå: %2.")
                                .arg(ReportWording::period(mData.patterns->period), ReportWording::period(mData.comparePatterns->period))
                            : QStringLiteral("Händelser per månad, %1.").arg(ReportWording::period(mData.patterns->period));
      label(page, QRectF(rect.x(), plot.bottom() + 5.0, rect.width(), 8.0), key, 6.5, false, QStringLiteral("trend-key"));
    }

    void buildHeatMapPage()
    {
      header(2, title() + QStringLiteral(": täthet"), subtitle());
      const double top = 30.0;
      const double legendWidth = 65.0;
      const QRectF mapRect(kMargin, top, mPageSize.width() - 3 * kMargin - legendWidth, mPageSize.height() - top - 18.0);
      QgsLayoutItemMap *map = mapItem(2, mapRect, mLayers.heatMap, QStringLiteral("heatmap"), mLayers.heatMapExtent);
      legend(2, QRectF(mapRect.right() + kMargin, top, legendWidth, 60.0), map, mLayers.heatMap, QStringLiteral("heatmap-legend"));
      label(2, QRectF(mapRect.right() + kMargin, top + 64.0, legendWidth, 40.0),
            QStringLiteral("Kärntäthet (kvartisk kärna) av periodens händelser: var händelserna ligger tätt. "
                           "Färgen är relativ till periodens högsta täthet."),
            8.0, false, QStringLiteral("heatmap-note"));
      mapDecorations(2, map, mapRect);
      if (mData.patterns)
        trendChart(2, QRectF(mapRect.right() + kMargin, top + 90.0, legendWidth, 70.0));
      footer(2);
    }

    const ReportOptions &mOptions;
    const ReportData &mData;
    const ReportLayers &mLayers;
    std::unique_ptr<QgsPrintLayout> mLayout;
    QSizeF mPageSize;
    int mPageCount = 1;
};
} // namespace

std::unique_ptr<QgsPrintLayout> ReportLayout::build(QgsProject *project, const ReportOptions &options, const ReportData &data,
                                                    const ReportLayers &layers)
{
  return Builder(project, options, data, layers).build();
}

} // namespace lagesbild
