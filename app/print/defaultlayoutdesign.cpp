#include "defaultlayoutdesign.h"

#include "layoutstyle.h"

#include <qgsapplication.h>
#include <qgsbasicnumericformat.h>
#include <qgsfillsymbol.h>
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
#include <qgslegendstyle.h>
#include <qgsprintlayout.h>
#include <qgstablecell.h>

#include <QFileInfo>

namespace lagesbild
{
namespace
{
constexpr double kMargin = 10.0; //!< mm around the page content

class Designer
{
  public:
    Designer(QgsProject *project, const QString &name) : mLayout(std::make_unique<QgsPrintLayout>(project))
    {
      mLayout->setName(name);
      mLayout->setUnits(QgsUnitTypes::LayoutMillimeters);
    }

    std::unique_ptr<QgsPrintLayout> mapSheet(bool a3)
    {
      addPages(1, a3 ? QStringLiteral("A3") : QStringLiteral("A4"));
      header(0, QStringLiteral("[% @lagesbild_title %]"));
      const double top = 30.0;
      const double legendWidth = a3 ? 85.0 : 65.0;
      const QRectF mapRect(kMargin, top, mPageSize.width() - 3 * kMargin - legendWidth, mPageSize.height() - top - 18.0);
      QgsLayoutItemMap *map = mapItem(0, mapRect, QStringLiteral("map"));
      legend(0, QRectF(mapRect.right() + kMargin, top, legendWidth, mapRect.height()), map, QStringLiteral("legend"), 1);
      mapDecorations(0, map, mapRect, QString());
      footer(0);
      return std::move(mLayout);
    }

    std::unique_ptr<QgsPrintLayout> report()
    {
      addPages(3, QStringLiteral("A4"));
      reportFirstPage();
      reportTablesPage();
      heatMapPage();
      return std::move(mLayout);
    }

    std::unique_ptr<QgsPrintLayout> followUp()
    {
      addPages(1, QStringLiteral("A4"));
      const double width = mPageSize.width() - 2 * kMargin;
      label(0, QRectF(kMargin, 8.0, width, 10.0), QStringLiteral("Uppföljning av en insats"), 20.0, true, QStringLiteral("followup-title"));
      label(0, QRectF(kMargin, 18.5, width, 10.0), QStringLiteral("Typ, period och plats"), 10.0, false,
            QStringLiteral("followup-details"));
      const double top = 30.0;
      const double leftWidth = 135.0;
      label(0, QRectF(kMargin, top, leftWidth, 6.0), QStringLiteral("Före och efter"), 11.0, true,
            QStringLiteral("followup-table-heading"));
      QgsTableContents contents;
      contents << QgsTableRow{cell(QStringLiteral("Zon"), true),   cell(QStringLiteral("Före"), true),
                              cell(QStringLiteral("Efter"), true), cell(QStringLiteral("Förändring"), true),
                              cell(QStringLiteral("%"), true),     cell(QStringLiteral("p"), true)};
      table(0, QRectF(kMargin, top + 7.0, leftWidth, 24.0), contents, {40.0, 15.0, 15.0, 20.0, 16.0, 17.0},
            QStringLiteral("followup-table"));
      label(0, QRectF(kMargin, top + 33.0, leftWidth, 14.0), QStringLiteral("Perioderna och zonerna"), 7.5, false,
            QStringLiteral("followup-periods"));
      label(0, QRectF(kMargin, top + 50.0, leftWidth, 6.0), QStringLiteral("Bedömning"), 11.0, true,
            QStringLiteral("followup-verdict-heading"));
      auto *verdict = label(0, QRectF(kMargin, top + 57.0, leftWidth, 10.0), QStringLiteral("Utfallet i ord"), 10.0, true,
                            QStringLiteral("followup-verdict"));
      verdict->setFontColor(QColor(QStringLiteral("#7f0000")));
      label(0, QRectF(kMargin, top + 68.0, leftWidth, 40.0), QStringLiteral("Förklaring med siffror"), 8.5, false,
            QStringLiteral("followup-explanation"));
      label(0, QRectF(kMargin, top + 110.0, leftWidth, 40.0),
            QStringLiteral("Exakt Poissontest av förändringen i varje zon med hänsyn till periodernas längd (tvåsidigt). "
                           "Viktad förflyttningskvot (WDQ, Bowers och Johnson 2003): över 0 fick även buffertzonen det lugnare, "
                           "omkring 0 ingen förflyttning, mellan 0 och −1 flyttade en del av problemet, under −1 flyttade mer "
                           "än insatsen vann. Kontrollområdet visar den allmänna utvecklingen."),
            7.0, false, QStringLiteral("followup-note"));
      const double rightX = kMargin + leftWidth + kMargin;
      const double rightWidth = mPageSize.width() - rightX - kMargin;
      label(0, QRectF(rightX, top, rightWidth, 6.0), QStringLiteral("Per vecka"), 11.0, true, QStringLiteral("followup-chart-heading"));
      chartFrame(0, QRectF(rightX, top + 8.0, rightWidth, 100.0), QStringLiteral("followup-chart"));
      label(0, QRectF(rightX, top + 110.0, rightWidth, 10.0), QStringLiteral("Förklaring till diagrammet"), 7.0, false,
            QStringLiteral("followup-chart-key"));
      footer(0);
      return std::move(mLayout);
    }

  private:
    void addPages(int count, const QString &size)
    {
      for (int page = 0; page < count; ++page)
      {
        auto *item = new QgsLayoutItemPage(mLayout.get());
        item->setPageSize(size, QgsLayoutItemPage::Landscape);
        mLayout->pageCollection()->addPage(item);
      }
      mPageSize = mLayout->pageCollection()->page(0)->pageSize().toQSizeF();
    }

    QgsLayoutItemLabel *label(int page, const QRectF &rect, const QString &text, double points, bool bold, const QString &id,
                              Qt::AlignmentFlag alignment = Qt::AlignLeft)
    {
      auto *item = new QgsLayoutItemLabel(mLayout.get());
      item->setText(text);
      item->setFont(LayoutStyle::font(points, bold));
      item->setHAlign(alignment);
      item->setVAlign(Qt::AlignTop);
      item->setMargin(0.0);
      item->setId(id);
      mLayout->addLayoutItem(item);
      LayoutStyle::place(item, page, rect);
      return item;
    }

    void header(int page, const QString &heading)
    {
      const double width = mPageSize.width() - 2 * kMargin;
      label(page, QRectF(kMargin, 8.0, width, 10.0), heading, 20.0, true, QStringLiteral("title"));
      label(page, QRectF(kMargin, 18.5, width, 10.0), QStringLiteral("[% @lagesbild_subtitle %]"), 10.0, false, QStringLiteral("subtitle"));
    }

    void footer(int page)
    {
      const double y = mPageSize.height() - 8.0;
      const double width = mPageSize.width() - 2 * kMargin;
      label(page, QRectF(kMargin, y, width * 0.8, 5.0), QStringLiteral("[% @lagesbild_source %]"), 7.5, false, QStringLiteral("source"));
      label(page, QRectF(kMargin + width * 0.8, y, width * 0.2, 5.0), QStringLiteral("Sida [% @layout_page %] av [% @layout_numpages %]"),
            7.5, false, QStringLiteral("page-number"), Qt::AlignRight);
    }

    QgsLayoutItemMap *mapItem(int page, const QRectF &rect, const QString &id)
    {
      auto *map = new QgsLayoutItemMap(mLayout.get());
      map->setId(id);
      map->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
      map->setFrameEnabled(true);
      map->setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes::LayoutMillimeters));
      mLayout->addLayoutItem(map);
      LayoutStyle::place(map, page, rect);
      // Kungsör, until the report sets the extent of its data.
      map->zoomToExtent(QgsRectangle(530000.0, 6585000.0, 560000.0, 6605000.0));
      return map;
    }

    void legend(int page, const QRectF &rect, QgsLayoutItemMap *map, const QString &id, int columns)
    {
      auto *item = new QgsLayoutItemLegend(mLayout.get());
      item->setId(id);
      item->setTitle(QStringLiteral("Teckenförklaring"));
      item->setLinkedMap(map);
      item->setStyleFont(QgsLegendStyle::Title, LayoutStyle::font(11.0, true));
      item->setStyleFont(QgsLegendStyle::Subgroup, LayoutStyle::font(9.0, true));
      item->setStyleFont(QgsLegendStyle::SymbolLabel, LayoutStyle::font(columns > 1 ? 7.0 : 8.0));
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
      LayoutStyle::place(item, page, rect);
    }

    void mapDecorations(int page, QgsLayoutItemMap *map, const QRectF &mapRect, const QString &idPrefix)
    {
      auto *scaleBar = new QgsLayoutItemScaleBar(mLayout.get());
      scaleBar->setId(idPrefix + QStringLiteral("scalebar"));
      scaleBar->setStyle(QStringLiteral("Single Box"));
      scaleBar->setLinkedMap(map);
      scaleBar->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
      scaleBar->setNumberOfSegmentsLeft(0);
      auto *numbers = new QgsBasicNumericFormat();
      numbers->setShowThousandsSeparator(true);
      numbers->setThousandsSeparator(QChar(0x00a0));
      numbers->setDecimalSeparator(QLatin1Char(','));
      numbers->setShowTrailingZeros(false);
      scaleBar->setNumericFormat(numbers);
      scaleBar->setTextFormat(LayoutStyle::textFormat(8.0));
      scaleBar->setBackgroundEnabled(true);
      scaleBar->setBackgroundColor(QColor(255, 255, 255, 200));
      mLayout->addLayoutItem(scaleBar);
      scaleBar->attemptMove(QgsLayoutPoint(mapRect.x() + 4.0, mapRect.bottom() - 14.0, QgsUnitTypes::LayoutMillimeters), true, false, page);

      auto *arrow = new QgsLayoutItemPicture(mLayout.get());
      arrow->setId(idPrefix + QStringLiteral("north-arrow"));
      for (const QString &folder : QgsApplication::svgPaths())
      {
        if (QFileInfo::exists(folder + QStringLiteral("/arrows/NorthArrow_02.svg")))
        {
          arrow->setPicturePath(folder + QStringLiteral("/arrows/NorthArrow_02.svg"), QgsLayoutItemPicture::FormatSVG);
          break;
        }
      }
      arrow->setLinkedMap(map);
      mLayout->addLayoutItem(arrow);
      LayoutStyle::place(arrow, page, QRectF(mapRect.right() - 16.0, mapRect.y() + 4.0, 12.0, 12.0));
    }

    static QgsTableCell cell(const QString &text, bool bold = false)
    {
      QgsTableCell result(text);
      if (bold)
        result.setTextFormat(LayoutStyle::textFormat(8.0, true));
      return result;
    }

    //! An empty table (its header row only, as a hint): the report fills the contents.
    void table(int page, const QRectF &rect, const QgsTableContents &contents, const QList<double> &widths, const QString &id,
               double points = 8.0)
    {
      auto *item = new QgsLayoutItemManualTable(mLayout.get());
      mLayout->addMultiFrame(item);
      item->setTableContents(contents);
      item->setColumnWidths(widths);
      item->setIncludeTableHeader(false);
      item->setContentTextFormat(LayoutStyle::textFormat(points));
      item->setCellMargin(1.0);
      item->setGridStrokeWidth(0.15);
      item->setGridColor(QColor(QStringLiteral("#9e9e9e")));
      auto *frame = new QgsLayoutFrame(mLayout.get(), item);
      frame->setId(id);
      LayoutStyle::place(frame, page, rect);
      item->addFrame(frame);
    }

    //! Where the report draws a chart: a thin frame the chart's bars are drawn inside.
    void chartFrame(int page, const QRectF &rect, const QString &id)
    {
      auto *item = new QgsLayoutItemShape(mLayout.get());
      item->setShapeType(QgsLayoutItemShape::Rectangle);
      QVariantMap properties;
      properties.insert(QStringLiteral("color"), QStringLiteral("#ffffff"));
      properties.insert(QStringLiteral("style"), QStringLiteral("no"));
      properties.insert(QStringLiteral("outline_style"), QStringLiteral("no"));
      item->setSymbol(QgsFillSymbol::createSimple(properties));
      item->setId(id);
      mLayout->addLayoutItem(item);
      LayoutStyle::place(item, page, rect);
    }

    void reportFirstPage()
    {
      header(0, QStringLiteral("[% @lagesbild_title %]"));
      const double top = 30.0;
      const double sideWidth = 102.0;
      const QRectF mapRect(kMargin, top, mPageSize.width() - 3 * kMargin - sideWidth, mPageSize.height() - top - 16.0);
      QgsLayoutItemMap *map = mapItem(0, mapRect, QStringLiteral("map"));
      mapDecorations(0, map, mapRect, QString());
      const double sideX = mapRect.right() + kMargin;
      double y = top;
      label(0, QRectF(sideX, y, sideWidth, 6.0), QStringLiteral("Jämförelse mellan perioderna"), 11.0, true,
            QStringLiteral("comparison-heading"));
      y += 7.0;
      // One block per kind: reported crimes and lägesbild reports side by side, never summed.
      QgsTableContents contents;
      for (const char *kind : {"Anmälda brott", "Lägesrapporter"})
        contents << QgsTableRow{cell(QString::fromUtf8(kind), true), cell(QStringLiteral("Antal"), true),
                                cell(QStringLiteral("Per 30 dagar"), true)}
                 << QgsTableRow{cell(QStringLiteral("Period A")), cell(QString()), cell(QString())}
                 << QgsTableRow{cell(QStringLiteral("Period B")), cell(QString()), cell(QString())};
      table(0, QRectF(sideX, y, sideWidth, 32.0), contents, {58.0, 16.0, 22.0}, QStringLiteral("comparison-table"));
      y += 33.0;
      label(0, QRectF(sideX, y, sideWidth, 20.0), QStringLiteral("Förändring och p-värde per slag"), 9.5, true,
            QStringLiteral("comparison-change"));
      y += 21.0;
      label(0, QRectF(sideX, y, sideWidth, 9.0),
            QStringLiteral("Anmälda brott och lägesrapporter jämförs var för sig. Exakt test av två Poissonfördelade antal med hänsyn "
                           "till periodernas längd (tvåsidigt); under 0,05 räknas förändringen som statistiskt säkerställd."),
            7.0, false, QStringLiteral("comparison-note"));
      y += 10.0;
      label(0, QRectF(sideX, y, sideWidth, 6.0), QStringLiteral("Bedömning"), 11.0, true, QStringLiteral("assessment-heading"));
      y += 7.0;
      auto *assessment = label(0, QRectF(sideX, y, sideWidth, 24.0), QStringLiteral("[% @lagesbild_assessment %]"), 9.0, false,
                               QStringLiteral("assessment"));
      assessment->setFrameEnabled(true);
      assessment->setFrameStrokeWidth(QgsLayoutMeasurement(0.15, QgsUnitTypes::LayoutMillimeters));
      assessment->setMargin(1.5);
      y += 26.0;
      legend(0, QRectF(sideX, y, sideWidth, mapRect.bottom() - y), map, QStringLiteral("legend"), 2);
      footer(0);
    }

    void reportTablesPage()
    {
      header(1, QStringLiteral("[% @lagesbild_title %]: kategorier, tider och platser"));
      const double top = 30.0;
      label(1, QRectF(kMargin, top, 130.0, 6.0), QStringLiteral("Per kategori"), 11.0, true, QStringLiteral("category-heading"));
      QgsTableContents categories;
      categories << QgsTableRow{cell(QStringLiteral("Kategori"), true), cell(QStringLiteral("A"), true), cell(QStringLiteral("B"), true),
                                cell(QStringLiteral("Förändring"), true), cell(QStringLiteral("%"), true)};
      table(1, QRectF(kMargin, top + 7.0, 130.0, 72.0), categories, {50.0, 16.0, 16.0, 20.0, 16.0}, QStringLiteral("category-table"));

      const double rightX = kMargin + 140.0;
      const double rightWidth = mPageSize.width() - rightX - kMargin;
      label(1, QRectF(rightX, top, rightWidth, 6.0), QStringLiteral("Platser med upprepade händelser"), 11.0, true,
            QStringLiteral("repeat-heading"));
      QgsTableContents places;
      places << QgsTableRow{cell(QStringLiteral("#"), true), cell(QStringLiteral("Adress"), true), cell(QStringLiteral("Antal"), true),
                            cell(QStringLiteral("Andel"), true)};
      table(1, QRectF(rightX, top + 7.0, rightWidth, 60.0), places, {8.0, rightWidth - 8.0 - 16.0 - 18.0 - 2.0, 16.0, 18.0},
            QStringLiteral("repeat-table"));

      const double matrixTop = 120.0;
      label(1, QRectF(kMargin, matrixTop, 200.0, 6.0), QStringLiteral("Timme × veckodag"), 11.0, true, QStringLiteral("matrix-heading"));
      QgsTableContents matrix;
      QgsTableRow hours{cell(QString(), true)};
      for (int hour = 0; hour < 24; ++hour)
        hours << cell(QString::number(hour), true);
      matrix << hours;
      QList<double> widths{12.0};
      const double hourWidth = (mPageSize.width() - 2 * kMargin - 14.0 - 24 * 0.5) / 24.0 - 2.0;
      for (int hour = 0; hour < 24; ++hour)
        widths << hourWidth;
      table(1, QRectF(kMargin, matrixTop + 7.0, mPageSize.width() - 2 * kMargin, 44.0), matrix, widths, QStringLiteral("matrix-table"),
            7.0);
      label(1, QRectF(kMargin, matrixTop + 52.0, mPageSize.width() - 2 * kMargin, 5.0), QStringLiteral("Förklaring till tabellen"), 7.0,
            false, QStringLiteral("matrix-note"));
      footer(1);
    }

    void heatMapPage()
    {
      header(2, QStringLiteral("[% @lagesbild_title %]: täthet"));
      const double top = 30.0;
      const double legendWidth = 65.0;
      const QRectF mapRect(kMargin, top, mPageSize.width() - 3 * kMargin - legendWidth, mPageSize.height() - top - 18.0);
      QgsLayoutItemMap *map = mapItem(2, mapRect, QStringLiteral("heatmap"));
      legend(2, QRectF(mapRect.right() + kMargin, top, legendWidth, 60.0), map, QStringLiteral("heatmap-legend"), 1);
      label(2, QRectF(mapRect.right() + kMargin, top + 64.0, legendWidth, 40.0),
            QStringLiteral("Kärntäthet (kvartisk kärna) av periodens händelser: var händelserna ligger tätt. "
                           "Färgen är relativ till periodens högsta täthet."),
            8.0, false, QStringLiteral("heatmap-note"));
      mapDecorations(2, map, mapRect, QStringLiteral("heatmap-"));
      const QRectF chart(mapRect.right() + kMargin, top + 90.0, legendWidth, 70.0);
      label(2, QRectF(chart.x(), chart.y(), chart.width(), 6.0), QStringLiteral("Per månad"), 11.0, true, QStringLiteral("trend-heading"));
      chartFrame(2, QRectF(chart.x(), chart.y() + 8.0, chart.width(), chart.height() - 20.0), QStringLiteral("trend-chart"));
      label(2, QRectF(chart.x(), chart.bottom() - 8.0, chart.width(), 8.0), QStringLiteral("Förklaring till diagrammet"), 6.5, false,
            QStringLiteral("trend-key"));
      footer(2);
    }

    std::unique_ptr<QgsPrintLayout> mLayout;
    QSizeF mPageSize;
};
} // namespace

std::unique_ptr<QgsPrintLayout> DefaultLayoutDesign::create(QgsProject *project, ReportTemplate layoutTemplate)
{
  switch (layoutTemplate)
  {
  case ReportTemplate::MapA4:
    return Designer(project, QStringLiteral("Kartblad A4")).mapSheet(false);
  case ReportTemplate::MapA3:
    return Designer(project, QStringLiteral("Kartblad A3")).mapSheet(true);
  case ReportTemplate::Report:
    break;
  }
  return Designer(project, QStringLiteral("Lägesbild")).report();
}

std::unique_ptr<QgsPrintLayout> DefaultLayoutDesign::createFollowUp(QgsProject *project)
{
  return Designer(project, QStringLiteral("Uppföljning")).followUp();
}

} // namespace lagesbild
