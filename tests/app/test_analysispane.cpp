// UI tests of the analyst's pane, driven offscreen on the Kungsör demo store written here:
// the numbers shown equal core/analysis's (the seed's −94 / −12,0 % for 2021-01-01..2021-12-12
// vs the same days of 2020), clicking a category row or matrix cells sets the shared filter,
// the aoristic toggle shows core's spread counts, and the table and chart exports read back (GDAL
// for XLSX, QFile for CSV) with the same numbers.
#include "analysis/analysispane.h"
#include "analysis/aoristic.h"
#include "analysis/comparisontab.h"
#include "analysis/numericitem.h"
#include "analysis/patternstab.h"
#include "analysis/periodcomparison.h"
#include "analysis/timepatterns.h"
#include "demo/demofigures.h"
#include "demo/demostorewriter.h"
#include "desktop/filterpanel.h"
#include "desktop/mainwindow.h"
#include "session/storesession.h"

#include <catch2/catch.hpp>

#include <gdal.h>
#include <ogr_api.h>

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace lagesbild;

namespace
{
struct Fixture
{
    QTemporaryDir dir;
    StoreSession session;
    FilterPanel panel;
    std::unique_ptr<AnalysisPane> pane;

    Fixture()
    {
      const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
      const auto written = demo::DemoStoreWriter::write(path, demo::DemoOptions{});
      REQUIRE(written.ok());
      REQUIRE(session.open(path).ok());
      panel.setReferenceData(session.categories(), session.sources(), session.areas());
      panel.setDataSpan(session.firstDay(), session.lastDay());
      IncidentFilter crimes;
      crimes.kind = IncidentKind::Crime;
      crimes.period = demo::DemoFigures::crimePeriod2021();
      panel.setFilter(crimes);
      pane = std::make_unique<AnalysisPane>(&session, &panel);
      pane->resize(1000, 900);
      pane->show();
      pane->refresh();
      QCoreApplication::processEvents();
    }

    IncidentFilter crimeFilter() const
    {
      IncidentFilter filter;
      filter.kind = IncidentKind::Crime;
      return filter;
    }
};

void clickCell(QTableWidget *table, int row, int column, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
  QTableWidgetItem *item = table->item(row, column);
  REQUIRE(item);
  table->scrollToItem(item);
  QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualItemRect(item).center());
}

QString csvLine(const QByteArray &csv, const QString &startsWith)
{
  for (const QByteArray &line : csv.split('\n'))
    if (QString::fromUtf8(line).startsWith(startsWith))
      return QString::fromUtf8(line);
  return {};
}
} // namespace

TEST_CASE("The comparison shows the seed's −94 / −12,0 % and core/analysis's rows", "[analysispane]")
{
  Fixture fixture;
  ComparisonTab *tab = fixture.pane->comparisonTab();
  // Two clicks from B = 2021-01-01..2021-12-12: the preset "same period previous year".
  tab->setPresetA(ComparisonTab::PresetA::SameDaysPreviousYear);
  CHECK(tab->periodB() == demo::DemoFigures::crimePeriod2021());
  CHECK(tab->periodA() == demo::DemoFigures::crimePeriod2020());

  const auto core = PeriodComparison::compare(*fixture.session.store(), fixture.crimeFilter(), demo::DemoFigures::crimePeriod2020(),
                                              demo::DemoFigures::crimePeriod2021(), GroupField::Category);
  REQUIRE(core.ok());
  REQUIRE(tab->result());
  CHECK(tab->result()->a.total == 783);
  CHECK(tab->result()->b.total == 689);
  CHECK(tab->result()->change == -94);
  CHECK(tab->result()->pValue == Approx(core->pValue));

  const QString sentence = tab->sentence();
  INFO(sentence.toStdString());
  CHECK(sentence.contains(QStringLiteral("94")));
  CHECK(sentence.contains(QStringLiteral("\u221212,0\u00a0%")));
  // Only the totals and the period lengths enter the test: the same p as the core test's 0.01767.
  CHECK(core->pValue == Approx(0.017669901193752502).epsilon(1e-6));
  CHECK(sentence == QStringLiteral("Decrease of 94 reported crimes (\u221212,0\u00a0%), statistically significant (p = 0,018)"));
  bool shown = false;
  for (const QLabel *label : fixture.pane->findChildren<QLabel *>())
    shown = shown || label->text() == sentence;
  CHECK(shown);

  // Every table row equals core's row for the same key.
  QTableWidget *table = tab->table();
  REQUIRE(table->rowCount() == static_cast<int>(core->rows.size()));
  std::map<QString, ComparisonRow> byKey;
  for (const ComparisonRow &row : core->rows)
    byKey[row.key] = row;
  for (int row = 0; row < table->rowCount(); ++row)
  {
    const QString key = table->item(row, 0)->data(NumericItem::kKeyRole).toString();
    REQUIRE(byKey.count(key) == 1);
    const ComparisonRow &expected = byKey[key];
    CHECK(table->item(row, 1)->text() == QStringLiteral("Reported crimes"));
    CHECK(table->item(row, 2)->data(NumericItem::kValueRole).toLongLong() == expected.a);
    CHECK(table->item(row, 3)->data(NumericItem::kValueRole).toLongLong() == expected.b);
    CHECK(table->item(row, 4)->data(NumericItem::kValueRole).toLongLong() == expected.change);
    if (expected.pAdjusted)
      CHECK(table->item(row, 6)->data(NumericItem::kValueRole).toDouble() == Approx(*expected.pAdjusted));
  }
  // The headers say which days A and B are.
  CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("A 2020-01-01–2020-12-12"));
  CHECK(table->horizontalHeaderItem(3)->text() == QStringLiteral("B 2021-01-01–2021-12-12"));

  // Sorting by the change puts the largest decrease first.
  table->sortItems(4, Qt::AscendingOrder);
  std::int64_t smallest = 0;
  for (const ComparisonRow &row : core->rows)
    smallest = std::min(smallest, row.change);
  CHECK(table->item(0, 4)->data(NumericItem::kValueRole).toLongLong() == smallest);

  // The chart has A and B per category.
  auto *chart = tab->chartView()->chart();
  REQUIRE(chart->series().size() == 1);

  // Grouped by hour: 24 rows in natural order.
  tab->setGroupField(GroupField::Hour);
  CHECK(table->rowCount() == 24);
  CHECK(table->item(0, 0)->data(NumericItem::kKeyRole).toString() == QStringLiteral("0"));

  // Screenshots to look at: LAGESBILD_SCREENSHOT_DIR=/tmp test_analysispane
  tab->setGroupField(GroupField::Category);
  if (const QString screenshots = qEnvironmentVariable("LAGESBILD_SCREENSHOT_DIR"); !screenshots.isEmpty())
  {
    fixture.pane->tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    CHECK(fixture.pane->grab().save(screenshots + QStringLiteral("/analysispane-comparison.png")));
    CHECK(tab->exportChart(screenshots + QStringLiteral("/analysispane-chart.png")).ok());
    fixture.pane->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    CHECK(fixture.pane->grab().save(screenshots + QStringLiteral("/analysispane-patterns.png")));
  }
}

TEST_CASE("Reported crimes and reports are compared side by side, summed only on request", "[analysispane][kinds]")
{
  Fixture fixture;
  IncidentFilter both;
  both.period = demo::DemoFigures::crimePeriod2021();
  fixture.panel.setFilter(both);
  fixture.pane->refresh();
  ComparisonTab *tab = fixture.pane->comparisonTab();
  tab->setPresetA(ComparisonTab::PresetA::SameDaysPreviousYear);
  REQUIRE(tab->results().size() == 2);
  CHECK(tab->results()[0].kind == IncidentKind::Crime);
  CHECK(tab->results()[1].kind == IncidentKind::Report);
  // The police figure, not the −22 (−1,5 %) of crimes and reports summed.
  CHECK(tab->results()[0].result.change == -94);
  const QString sentence = tab->sentence();
  INFO(sentence.toStdString());
  const QStringList lines = sentence.split(QLatin1Char('\n'));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].startsWith(QStringLiteral("Reported crimes: Decrease of 94 reported crimes (\u221212,0\u00a0%)")));
  CHECK(lines[1].startsWith(QStringLiteral("Lägesbild reports: ")));
  CHECK_FALSE(sentence.contains(QStringLiteral("incidents")));
  // Every row of the table says its kind; the kinds' rows are not added together.
  QTableWidget *table = tab->table();
  QSet<QString> kinds;
  for (int row = 0; row < table->rowCount(); ++row)
    kinds << table->item(row, 1)->text();
  CHECK(kinds == QSet<QString>{QStringLiteral("Reported crimes"), QStringLiteral("Lägesbild reports")});
  // The two categories called "Skadegörelse" (in English "Criminal damage" and "Vandalism") are
  // told apart wherever they are named in Swedish.
  const QLocale before;
  QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
  tab->recompute();
  QLocale::setDefault(before);
  QSet<QString> groups;
  for (int row = 0; row < table->rowCount(); ++row)
    groups << table->item(row, 0)->text();
  INFO(QStringList(groups.begin(), groups.end()).join(QStringLiteral(" | ")).toStdString());
  CHECK(groups.contains(QStringLiteral("Skadegörelse (anmält brott)")));
  CHECK(groups.contains(QStringLiteral("Skadegörelse (lägesrapport)")));
  CHECK_FALSE(groups.contains(QStringLiteral("Skadegörelse")));

  const std::int64_t bothA = tab->results()[0].result.a.total + tab->results()[1].result.a.total;
  const std::int64_t bothB = tab->results()[0].result.b.total + tab->results()[1].result.b.total;

  // The sum, only when asked for, labelled as such.
  auto *sum = tab->findChild<QCheckBox *>(QStringLiteral("sumKinds"));
  REQUIRE(sum);
  CHECK_FALSE(sum->isChecked());
  sum->click();
  REQUIRE(tab->results().size() == 1);
  CHECK_FALSE(tab->results()[0].kind);
  CHECK(tab->sentence().startsWith(QStringLiteral("Sum of both kinds (reported crimes + lägesbild reports): ")));
  CHECK(tab->results()[0].result.a.total == bothA);
  CHECK(tab->results()[0].result.b.total == bothB);
}

TEST_CASE("Without a chosen period the comparison ends on the last day with data, and says so", "[analysispane][periods]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(demo::DemoStoreWriter::write(path, demo::DemoOptions{}).ok());
  StoreSession session;
  REQUIRE(session.open(path).ok());
  FilterPanel panel;
  panel.setReferenceData(session.categories(), session.sources(), session.areas());
  panel.setDataSpan(session.firstDay(), session.lastDay());
  AnalysisPane pane(&session, &panel);
  pane.refresh();
  ComparisonTab *tab = pane.comparisonTab();
  const QDate last = session.lastDay();
  REQUIRE(last.isValid());
  REQUIRE(last.year() < QDate::currentDate().year());
  CHECK(tab->periodB() == DateRange(QDate(last.year(), 1, 1), last));
  CHECK(tab->periodA() == DateRange(QDate(last.year(), 1, 1), last).sameDaysPreviousYear());
  REQUIRE(tab->result());
  CHECK(tab->result()->b.total > 0);
  auto *anchor = tab->findChild<QLabel *>(QStringLiteral("periodAnchor"));
  REQUIRE(anchor);
  CHECK(anchor->text().contains(last.toString(Qt::ISODate)));

  // The filter's presets count from the last day with data too, and say which dates they chose.
  auto *preset = panel.findChild<QComboBox *>(QStringLiteral("periodPreset"));
  REQUIRE(preset);
  for (const auto &[name, expected] :
       {std::pair{QStringLiteral("This year"), DateRange(QDate(last.year(), 1, 1), last)},
        std::pair{QStringLiteral("Last year"), DateRange(QDate(last.year() - 1, 1, 1), QDate(last.year() - 1, 12, 31))},
        std::pair{QStringLiteral("Last 12 months"), DateRange(last.addMonths(-12).addDays(1), last)}})
  {
    const int index = preset->findText(name);
    REQUIRE(index >= 0);
    preset->setCurrentIndex(index);
    Q_EMIT preset->activated(index);
    const IncidentFilter filter = panel.filter();
    REQUIRE(filter.period);
    CHECK(*filter.period == expected);
    auto *note = panel.findChild<QLabel *>(QStringLiteral("presetNote"));
    REQUIRE(note);
    CHECK(note->text().contains(expected.from().toString(Qt::ISODate)));
    CHECK(note->text().contains(last.toString(Qt::ISODate)));
    REQUIRE(session.store()->count(filter).value() > 0);
  }
}

TEST_CASE("Clicking a category row or matrix cells sets the shared filter", "[analysispane]")
{
  Fixture fixture;
  ComparisonTab *tab = fixture.pane->comparisonTab();
  QTableWidget *table = tab->table();
  REQUIRE(table->rowCount() > 1);
  const int rowsBefore = table->rowCount();
  const QString key = table->item(1, 0)->data(NumericItem::kKeyRole).toString();
  QSignalSpy changed(&fixture.panel, &FilterPanel::filterChanged);
  clickCell(table, 1, 0);
  const IncidentFilter filter = fixture.panel.filter();
  CHECK(filter.categories == QStringList{key});
  CHECK(filter.kind == IncidentKind::Crime);
  REQUIRE(filter.period);
  CHECK(*filter.period == demo::DemoFigures::crimePeriod2021());
  // The panel's (debounced) echo does not collapse the pane's table to the clicked row.
  CHECK(changed.wait(3000));
  CHECK(table->rowCount() == rowsBefore);

  // Saturday 22–02: four cells of the matrix.
  fixture.pane->tabs()->setCurrentIndex(1);
  PatternsTab *patterns = fixture.pane->patternsTab();
  QTableWidget *matrix = patterns->matrix();
  for (int hour : {23, 0, 1})
    matrix->setRangeSelected(QTableWidgetSelectionRange(hour, 5, hour, 5), true);
  clickCell(matrix, 22, 5, Qt::ControlModifier); // hours down, weekdays across
  const IncidentFilter saturdayNight = fixture.panel.filter();
  CHECK(saturdayNight.weekdays == std::vector<int>{6});
  CHECK(saturdayNight.hours == std::vector<int>{0, 1, 22, 23});
}

TEST_CASE("The time patterns equal core/analysis's", "[analysispane]")
{
  Fixture fixture;
  PatternsTab *patterns = fixture.pane->patternsTab();
  const auto core = TimePatterns::compute(*fixture.session.store(), fixture.crimeFilter(), demo::DemoFigures::crimePeriod2021());
  REQUIRE(core.ok());
  REQUIRE(patterns->resultB());
  CHECK(patterns->resultB()->total == 689);
  QTableWidget *matrix = patterns->matrix();
  std::int64_t sum = 0;
  for (int day = 0; day < 7; ++day)
    for (int hour = 0; hour < 24; ++hour)
    {
      const auto shown = matrix->item(hour, day)->data(NumericItem::kValueRole).toLongLong();
      CHECK(shown == core->hourByWeekday[static_cast<std::size_t>(day)][static_cast<std::size_t>(hour)]);
      sum += shown;
    }
  CHECK(sum == 689);
  auto *trend = patterns->trendView()->chart();
  CHECK(trend->series().size() == 2);
  std::int64_t shares = 0;
  for (int row = 0; row < patterns->shares()->rowCount(); ++row)
    shares += patterns->shares()->item(row, 3)->data(NumericItem::kValueRole).toLongLong();
  CHECK(shares == 689);
}

TEST_CASE("The aoristic toggle spreads time windows as core's Aoristic does, and says so", "[analysispane][aoristic]")
{
  Fixture fixture;
  PatternsTab *patterns = fixture.pane->patternsTab();
  REQUIRE(patterns->shownB());
  CHECK_FALSE(patterns->shownB()->aoristic);
  const double plainMonday22 = patterns->matrix()->item(22, 0)->data(NumericItem::kValueRole).toDouble();

  patterns->aoristicBox()->setChecked(true); // recomputes
  REQUIRE(patterns->shownB());
  REQUIRE(patterns->shownB()->aoristic);
  CHECK_FALSE(patterns->resultB().has_value());

  // The same tally straight from core: the incidents that can reach into the period, spread.
  const DateRange period = demo::DemoFigures::crimePeriod2021();
  const auto incidents = fixture.session.store()->incidents(Aoristic::fetchFilter(fixture.crimeFilter(), period));
  REQUIRE(incidents.ok());
  const AoristicTally core = Aoristic::tally(*incidents, period);
  // The demo's property crimes often have windows: some weight moves away from the starts.
  CHECK(core.spread > 100);
  // Windows that cross the period's first or last midnight bring in or take out a share.
  CHECK(core.total == Approx(689.0).margin(5.0));
  QTableWidget *matrix = patterns->matrix();
  double sum = 0.0;
  bool anyFraction = false;
  for (int day = 0; day < 7; ++day)
    for (int hour = 0; hour < 24; ++hour)
    {
      const double shown = matrix->item(hour, day)->data(NumericItem::kValueRole).toDouble(); // hours down
      CHECK(shown == Approx(core.hourByWeekday[static_cast<std::size_t>(day)][static_cast<std::size_t>(hour)]));
      anyFraction = anyFraction || shown != std::floor(shown);
      sum += shown;
    }
  CHECK(anyFraction);
  CHECK(sum == Approx(core.total));
  CHECK(matrix->item(22, 0)->data(NumericItem::kValueRole).toDouble() != Approx(plainMonday22)); // hours down, weekdays across
  CHECK(patterns->matrixTitle()->text().contains(QStringLiteral("aoristic")));
  CHECK(patterns->trendView()->chart()->title().contains(QStringLiteral("aoristic")));
  double shares = 0.0;
  for (int row = 0; row < patterns->shares()->rowCount(); ++row)
    shares += patterns->shares()->item(row, 3)->data(NumericItem::kValueRole).toDouble();
  CHECK(shares == Approx(core.total));

  patterns->aoristicBox()->setChecked(false);
  REQUIRE(patterns->resultB());
  CHECK(patterns->resultB()->total == 689);
  CHECK_FALSE(patterns->matrixTitle()->text().contains(QStringLiteral("aoristic")));
}

TEST_CASE("Table exports read back with the same numbers and charts export as PNG and SVG", "[analysispane][export]")
{
  Fixture fixture;
  ComparisonTab *tab = fixture.pane->comparisonTab();
  REQUIRE(tab->result());
  const ComparisonRow first = tab->result()->rows.front();
  QTableWidget *table = tab->table();
  int firstRow = -1;
  for (int row = 0; row < table->rowCount(); ++row)
    if (table->item(row, 0)->data(NumericItem::kKeyRole).toString() == first.key)
      firstRow = row;
  REQUIRE(firstRow >= 0);
  const QString label = table->item(firstRow, 0)->text();

  const QString csvPath = fixture.dir.filePath(QStringLiteral("comparison.csv"));
  REQUIRE(tab->exportTable(csvPath).ok());
  QFile csv(csvPath);
  REQUIRE(csv.open(QIODevice::ReadOnly));
  const QByteArray csvText = csv.readAll();
  INFO(csvText.toStdString());
  // An export says what it is: kind, both periods and the filter, before the header.
  CHECK(csvText.startsWith("Period comparison: Reported crimes\n"));
  CHECK(csvText.contains("Period A 2020-01-01–2020-12-12, period B 2021-01-01–2021-12-12"));
  CHECK(csvText.contains("Filter: none"));
  CHECK(csvText.contains("\nGroup,Kind,A 2020-01-01–2020-12-12,B 2021-01-01–2021-12-12,Change,Change %,Adjusted p\n"));
  const QStringList fields = csvLine(csvText, label + QLatin1Char(',')).split(QLatin1Char(','));
  REQUIRE(fields.size() == 7);
  CHECK(fields.at(1) == QStringLiteral("Reported crimes"));
  CHECK(fields.at(2).toLongLong() == first.a);
  CHECK(fields.at(3).toLongLong() == first.b);
  CHECK(fields.at(4).toLongLong() == first.change);
  // Rounded: one decimal for percentages, four for p.
  CHECK(fields.at(5).toDouble() == Approx(std::round(first.changePercent.value_or(0.0) * 10.0) / 10.0));
  CHECK(fields.at(5).size() <= 6);
  CHECK(fields.at(6).toDouble() == Approx(first.pAdjusted.value_or(-1.0)).margin(0.00005));
  // A total row with the seed's figures.
  CHECK(csvLine(csvText, QStringLiteral("Total,")) == QStringLiteral("Total,Reported crimes,783,689,-94,-12,0.0177"));

  const QString xlsxPath = fixture.dir.filePath(QStringLiteral("comparison.xlsx"));
  REQUIRE(tab->exportTable(xlsxPath).ok());
  GDALAllRegister();
  const char *const options[] = {"HEADERS=FORCE", nullptr};
  GDALDatasetH dataset = GDALOpenEx(xlsxPath.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, options, nullptr);
  REQUIRE(dataset);
  REQUIRE(GDALDatasetGetLayerCount(dataset) == 2); // the table and what it is
  OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
  CHECK(OGR_L_GetFeatureCount(layer, TRUE) == table->rowCount() + 1);
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
  const int groupField = OGR_FD_GetFieldIndex(definition, "Group");
  const int aField = OGR_FD_GetFieldIndex(definition, "A 2020-01-01–2020-12-12");
  const int bField = OGR_FD_GetFieldIndex(definition, "B 2021-01-01–2021-12-12");
  const int pField = OGR_FD_GetFieldIndex(definition, "Adjusted p");
  REQUIRE(groupField >= 0);
  REQUIRE(aField >= 0);
  REQUIRE(bField >= 0);
  REQUIRE(pField >= 0);
  std::int64_t totalA = 0;
  std::int64_t totalB = 0;
  bool foundFirst = false;
  OGR_L_ResetReading(layer);
  while (OGRFeatureH feature = OGR_L_GetNextFeature(layer))
  {
    const QString group = QString::fromUtf8(OGR_F_GetFieldAsString(feature, groupField));
    if (group != QLatin1String("Total"))
    {
      totalA += OGR_F_GetFieldAsInteger64(feature, aField);
      totalB += OGR_F_GetFieldAsInteger64(feature, bField);
    }
    if (group == label)
    {
      foundFirst = true;
      CHECK(OGR_F_GetFieldAsInteger64(feature, aField) == first.a);
      CHECK(OGR_F_GetFieldAsInteger64(feature, bField) == first.b);
      CHECK(OGR_F_GetFieldAsDouble(feature, pField) == Approx(first.pAdjusted.value_or(-1.0)).margin(0.00005));
    }
    OGR_F_Destroy(feature);
  }
  GDALClose(dataset);
  CHECK(foundFirst);
  CHECK(totalA == 783);
  CHECK(totalB == 689);

  const QString pngPath = fixture.dir.filePath(QStringLiteral("chart.png"));
  REQUIRE(tab->exportChart(pngPath).ok());
  QImage png(pngPath);
  CHECK_FALSE(png.isNull());
  CHECK(png.width() >= 2 * tab->chartView()->width());
  const QString svgPath = fixture.dir.filePath(QStringLiteral("chart.svg"));
  REQUIRE(tab->exportChart(svgPath).ok());
  QFile svg(svgPath);
  REQUIRE(svg.open(QIODevice::ReadOnly));
  CHECK(svg.readAll().contains("<svg"));
  CHECK_FALSE(tab->exportChart(fixture.dir.filePath(QStringLiteral("chart.gif"))).ok());
}

TEST_CASE("As a dock of the main window the pane follows the opened store", "[analysispane]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(demo::DemoStoreWriter::write(path, demo::DemoOptions{}).ok());
  MainWindow window;
  // The snippet given to the lead for app/desktop/main.cpp.
  auto *dock = new QDockWidget(QStringLiteral("Analysis"), &window);
  dock->setObjectName(QStringLiteral("analysisDock"));
  auto *pane = new AnalysisPane(window.session(), window.filterPanel(), dock);
  dock->setWidget(pane);
  window.addDockWidget(Qt::RightDockWidgetArea, dock);
  QSignalSpy changed(window.filterPanel(), &FilterPanel::filterChanged);
  REQUIRE(window.openStore(path));
  REQUIRE((changed.count() > 0 || changed.wait(3000)));
  QCoreApplication::processEvents();
  IncidentFilter crimes;
  crimes.kind = IncidentKind::Crime;
  crimes.period = demo::DemoFigures::crimePeriod2021();
  window.filterPanel()->setFilter(crimes);
  REQUIRE(changed.wait(3000));
  REQUIRE(pane->comparisonTab()->result());
  CHECK(pane->comparisonTab()->periodA() == demo::DemoFigures::crimePeriod2020());
  CHECK(pane->comparisonTab()->result()->change == -94);
}
