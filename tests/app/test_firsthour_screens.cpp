// UI tests of "the first hour" (issue 18): what a new coordinator meets on each screen, driven
// through the real widgets offscreen — typed dates, the calendar, the hour × weekday grid, the
// incident table and identify panel, the new-report and intervention forms, chart axes, the
// legend and filter in step, the hot-spot study area, and a map that is the largest part of the
// window at 1366×768 and 1600×1000 with the layout remembered.
#include "analysis/analysispane.h"
#include "analysis/chartstyle.h"
#include "analysis/comparisontab.h"
#include "analysis/patternstab.h"
#include "demo/demofigures.h"
#include "demo/demostorewriter.h"
#include "desktop/categorylegendsync.h"
#include "desktop/dateedit.h"
#include "desktop/datetext.h"
#include "desktop/filterpanel.h"
#include "desktop/incidentform.h"
#include "desktop/mainwindow.h"
#include "interventions/interventionform.h"
#include "interventions/interventionspanel.h"
#include "map/hotspotcontroller.h"
#include "map/incidenttablecolumns.h"
#include "session/storesession.h"
#include "store/incidentstore.h"
#include "time/stockholmtime.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <qgsattributetablemodel.h>
#include <qgsattributetableview.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolidentifyfeature.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyleOption>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>

#include <limits>
#include <memory>

using namespace lagesbild;

namespace
{
//! The bundled demo, written once for the whole run.
QString demoStore()
{
  static QTemporaryDir dir;
  static QString path;
  if (path.isEmpty())
  {
    path = dir.filePath(QStringLiteral("demo.gpkg"));
    const auto written = demo::DemoStoreWriter::write(path, demo::DemoOptions{});
    REQUIRE(written.ok());
  }
  return path;
}

//! A workspace window as the app builds it, at a screen size, the default layout applied.
struct Screen
{
    MainWindow window;
    Workspace workspace;

    explicit Screen(const QSize &size)
    {
      QSettings().clear(); // the first start
      workspace = Workspace::assemble(window);
      window.resize(size);
      window.show();
      window.resetLayout();
      settle();
    }

    void settle()
    {
      for (int i = 0; i < 5; ++i)
      {
        QCoreApplication::processEvents();
        QTest::qWait(20);
      }
    }

    QDockWidget *dock(const char *name) { return window.findChild<QDockWidget *>(QString::fromLatin1(name)); }
};

int area(const QWidget *widget)
{
  return widget->width() * widget->height();
}

//! The width Qt's style leaves for a cell's text in a table view.
int textWidthOfCell(const QTableView *view, int row, int column)
{
  QStyleOptionViewItem option;
  option.initFrom(view->viewport());
  option.rect = view->visualRect(view->model()->index(row, column));
  option.features |= QStyleOptionViewItem::HasDisplay;
  option.text = view->model()->index(row, column).data().toString();
  option.font = view->font();
  const QRect text = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
  return text.width();
}

void pressKeysInto(QDateEdit *edit, const QString &text)
{
  edit->setFocus();
  edit->selectAll();
  QTest::keyClick(edit, Qt::Key_Delete);
  QTest::keyClicks(edit, text);
  QTest::keyClick(edit, Qt::Key_Return);
}
} // namespace

TEST_CASE("DateText reads ISO and Swedish date forms", "[app][ui][dates]")
{
  const QDate march5(2021, 3, 5);
  for (const char *text :
       {"2021-03-05", "2021-3-5", "20210305", "5/3 2021", "5/3-2021", "5.3.2021", "5 mars 2021", "5 mar 2021", "5 March 2021", " 5/3 21 "})
  {
    INFO(text);
    const auto parsed = DateText::parse(QString::fromUtf8(text));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == march5);
  }
  CHECK(DateText::parse(QStringLiteral("31/2 2021")) == std::nullopt);
  CHECK(DateText::parse(QStringLiteral("5/3")) == std::nullopt);
  CHECK(DateText::parse(QStringLiteral("mars")) == std::nullopt);
  CHECK(DateText::parse(QStringLiteral("5 maj 2020")) == QDate(2020, 5, 5));
  CHECK(DateText::parse(QStringLiteral("1 okt. 2022")) == QDate(2022, 10, 1));
}

TEST_CASE("Dates typed into the filter's From and To are taken", "[app][ui][dates]")
{
  FilterPanel panel;
  panel.setDataSpan(QDate(2019, 1, 1), QDate(2022, 12, 31));
  panel.show();
  auto *from = panel.findChild<QDateEdit *>(QStringLiteral("periodFrom"));
  auto *to = panel.findChild<QDateEdit *>(QStringLiteral("periodTo"));
  REQUIRE(from);
  REQUIRE(to);
  REQUIRE(qobject_cast<DateEdit *>(from));
  QApplication::setActiveWindow(&panel);

  const std::vector<std::pair<QString, QDate>> typed = {{QStringLiteral("2021-03-05"), QDate(2021, 3, 5)},
                                                        {QStringLiteral("5/3 2021"), QDate(2021, 3, 5)},
                                                        {QStringLiteral("7 juni 2020"), QDate(2020, 6, 7)},
                                                        {QStringLiteral("20200101"), QDate(2020, 1, 1)}};
  for (const auto &[text, date] : typed)
  {
    INFO(text.toStdString());
    pressKeysInto(from, text);
    CHECK(from->date() == date);
  }
  pressKeysInto(to, QStringLiteral("31 december 2021"));
  CHECK(to->date() == QDate(2021, 12, 31));
  REQUIRE(panel.filter().period.has_value());
  CHECK(panel.filter().period->from() == QDate(2020, 1, 1));
  CHECK(panel.filter().period->to() == QDate(2021, 12, 31));

  // Nonsense leaves the date as it was.
  pressKeysInto(to, QStringLiteral("31/2 2021"));
  CHECK(to->date() == QDate(2021, 12, 31));
}

TEST_CASE("The date calendar jumps a year at a time and shows whole weekday names", "[app][ui][dates]")
{
  DateEdit edit;
  edit.setDate(QDate(2023, 5, 10));
  YearCalendar *calendar = edit.yearCalendar();
  REQUIRE(calendar);
  // Opened as a person does: a click on the field's arrow.
  edit.resize(160, edit.sizeHint().height());
  edit.show();
  QTest::mouseClick(&edit, Qt::LeftButton, Qt::NoModifier, QPoint(edit.width() - 6, edit.height() / 2));
  QCoreApplication::processEvents();
  REQUIRE(calendar->isVisible());
  CHECK(calendar->selectedDate() == edit.date());
  REQUIRE(calendar->previousYearButton());
  REQUIRE(calendar->previousYearButton()->isVisible());
  QTest::mouseClick(calendar->previousYearButton(), Qt::LeftButton);
  QTest::mouseClick(calendar->previousYearButton(), Qt::LeftButton);
  CHECK(calendar->yearShown() == 2021);
  CHECK(calendar->monthShown() == 5);
  QTest::mouseClick(calendar->nextYearButton(), Qt::LeftButton);
  CHECK(calendar->yearShown() == 2022);

  auto *grid = calendar->findChild<QTableView *>();
  REQUIRE(grid);
  const QFontMetrics metrics(grid->font());
  // Column 0 holds the week numbers; 1..7 the days.
  for (int column = 1; column <= 7; ++column)
  {
    // Qt's calendar draws the weekday names as its first row.
    const QString name = grid->model()->index(0, column).data(Qt::DisplayRole).toString();
    INFO(name.toStdString());
    CHECK(name.size() >= 2);
    CHECK(metrics.horizontalAdvance(name) + 4 <= grid->columnWidth(column));
  }
}

TEST_CASE("The map canvas is the largest part of the window at 1366x768 and 1600x1000", "[app][ui][layout]")
{
  for (const QSize size : {QSize(1366, 768 - 32), QSize(1600, 1000 - 32)})
  {
    INFO(size.width() << "x" << size.height());
    Screen screen(size);
    REQUIRE(screen.window.openStore(demoStore()));
    screen.settle();
    const QgsMapCanvas *canvas = screen.window.mapCanvas();
    CHECK(area(canvas) * 100 >= area(&screen.window) * 40);
    CHECK(canvas->width() * 2 >= screen.window.width());
    for (QDockWidget *dock : screen.window.findChildren<QDockWidget *>())
    {
      if (dock->isVisible() && !dock->visibleRegion().isEmpty())
      {
        INFO(dock->objectName().toStdString() << " " << dock->width() << "x" << dock->height());
        CHECK(area(dock) < area(canvas));
      }
    }
    // The side panels fit their column: nothing to scroll sideways, no sentence cut at the edge.
    for (const char *name : {"filterScroll", "analysisScroll", "interventionsScroll"})
    {
      auto *scroll = screen.window.findChild<QScrollArea *>(QString::fromLatin1(name));
      REQUIRE(scroll);
      INFO(name << " needs " << scroll->widget()->minimumSizeHint().width() << ", has " << scroll->viewport()->width());
      CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
    }
    // Nothing forces the window taller or wider than the screen.
    CHECK(screen.window.minimumSizeHint().height() <= 768 - 32);
    CHECK(screen.window.minimumSizeHint().width() <= 1366);
  }
}

TEST_CASE("The window fits the screen and remembers the dock layout the user makes", "[app][ui][layout]")
{
  QSettings().clear();
  int rightWidth = 0;
  {
    MainWindow window;
    Workspace::assemble(window);
    window.show();
    QCoreApplication::processEvents();
    const QRect available = window.screen()->availableGeometry();
    CHECK(window.frameGeometry().height() <= available.height());
    CHECK(window.frameGeometry().width() <= available.width());
    QDockWidget *filter = window.findChild<QDockWidget *>(QStringLiteral("filterDock"));
    REQUIRE(filter);
    const int before = filter->width();
    // The user makes the panel narrower (on this small test screen the map column is at its minimum).
    window.resizeDocks({filter}, {before - 60}, Qt::Horizontal);
    QCoreApplication::processEvents();
    rightWidth = filter->width();
    REQUIRE(rightWidth <= before - 30);
    window.close(); // saves the layout
  }
  MainWindow again;
  Workspace::assemble(again);
  again.show();
  QCoreApplication::processEvents();
  QDockWidget *filter = again.findChild<QDockWidget *>(QStringLiteral("filterDock"));
  REQUIRE(filter);
  CHECK(std::abs(filter->width() - rightWidth) <= 8);
}

TEST_CASE("The incident table shows local times and names, not database columns", "[app][ui][table]")
{
  Screen screen(QSize(1366, 736));
  MainWindow &window = screen.window;
  REQUIRE(window.openStore(demoStore()));
  IncidentFilter week = IncidentFilter::all();
  week.period = DateRange(QDate(2021, 11, 1), QDate(2021, 11, 14));
  window.filterPanel()->setFilter(week);
  window.applyFilter();
  QDockWidget *tableDock = screen.dock("tableDock");
  REQUIRE(tableDock);
  tableDock->show();
  tableDock->raise();
  screen.settle();
  window.loadTable();
  screen.settle();
  QgsAttributeTableView *table = window.tableView();
  REQUIRE(table->model());
  REQUIRE(table->model()->rowCount() > 10);

  QStringList titles;
  for (int column = 0; column < table->model()->columnCount(); ++column)
    if (!table->isColumnHidden(column))
      titles << table->model()->headerData(column, Qt::Horizontal).toString();
  INFO(titles.join(QStringLiteral(", ")).toStdString());
  CHECK(titles.size() >= 6);
  for (const QString &column : IncidentTableColumns::hiddenColumns())
    CHECK_FALSE(titles.contains(column));
  for (const QString &title : titles)
    CHECK_FALSE(title.contains(QLatin1Char('_')));
  CHECK(titles.first() == QStringLiteral("Time"));

  // No epoch numbers, no ids: the reporter and the area by name, the time as local clock time.
  QStringList sourceNames;
  for (const Source &source : window.session()->sources())
    sourceNames << source.name;
  const QRegularExpression epoch(QStringLiteral("^\\d{9,10}$"));
  const QRegularExpression localTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
  const int reporterColumn = titles.indexOf(QStringLiteral("Reported by"));
  REQUIRE(reporterColumn >= 0);
  int visibleColumn = -1;
  std::vector<int> shownColumns;
  for (int column = 0; column < table->model()->columnCount(); ++column)
    if (!table->isColumnHidden(column))
      shownColumns.push_back(column);
  for (int row = 0; row < std::min(40, table->model()->rowCount()); ++row)
  {
    for (int column : shownColumns)
    {
      const QString text = table->model()->index(row, column).data().toString();
      CHECK_FALSE(epoch.match(text).hasMatch());
    }
    visibleColumn = shownColumns.at(static_cast<std::size_t>(reporterColumn));
    CHECK(sourceNames.contains(table->model()->index(row, visibleColumn).data().toString()));
    CHECK(localTime.match(table->model()->index(row, shownColumns.front()).data().toString()).hasMatch());
  }
  // The first row's time is the Stockholm clock time of that incident.
  const qint64 id = table->model()->index(0, 0).data(QgsAttributeTableModel::FeatureIdRole).toLongLong();
  const auto incident = window.session()->store()->incident(id);
  REQUIRE(incident.ok());
  REQUIRE(incident->has_value());
  const QString expected =
    StockholmTime::instance().formatIso((*incident)->occurredFrom).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
  CHECK(table->model()->index(0, shownColumns.front()).data().toString() == expected);

  // Several rows are visible at once.
  const int rowHeight = table->verticalHeader()->defaultSectionSize();
  CHECK(table->viewport()->height() >= 5 * rowHeight);
  // The status bar stays on the window.
  CHECK(window.statusBar()->isVisible());
  CHECK(window.statusBar()->geometry().bottom() <= window.height());
}

TEST_CASE("The identify panel names the area and always says where", "[app][ui][table]")
{
  MainWindow window;
  REQUIRE(window.openStore(demoStore()));
  QgsVectorLayer *layer = window.incidentLayer();
  REQUIRE(layer);
  auto *tool = window.findChild<QgsMapToolIdentifyFeature *>();
  REQUIRE(tool);
  auto *details = window.findChild<QWidget *>(QStringLiteral("incidentDetails"));
  REQUIRE(details);
  // One incident with an address and an area, one without an address.
  const auto incidents = window.session()->store()->incidents(IncidentFilter::all(), 2000);
  REQUIRE(incidents.ok());
  const Incident *withArea = nullptr;
  const Incident *withoutAddress = nullptr;
  for (const Incident &incident : *incidents)
  {
    if (!withArea && !incident.area.isEmpty())
      withArea = &incident;
    if (!withoutAddress && incident.address.isEmpty())
      withoutAddress = &incident;
  }
  REQUIRE(withArea);
  REQUIRE(withoutAddress);
  QString areaName;
  for (const Area &area : window.session()->areas())
    if (area.code == withArea->area)
      areaName = area.name;
  REQUIRE(!areaName.isEmpty());
  REQUIRE(areaName != withArea->area);

  Q_EMIT tool->featureIdentified(layer->getFeature(withArea->id));
  const QString text = static_cast<QTextBrowser *>(details)->toPlainText();
  CHECK(text.contains(areaName));
  if (!areaName.contains(withArea->area))
    CHECK_FALSE(text.contains(withArea->area));

  Q_EMIT tool->featureIdentified(layer->getFeature(withoutAddress->id));
  const QString plain = static_cast<QTextBrowser *>(details)->toPlainText();
  const int place = plain.indexOf(QStringLiteral("Place"));
  REQUIRE(place >= 0);
  const int areaLabel = plain.indexOf(QStringLiteral("Area"), place);
  REQUIRE(areaLabel > place);
  const QString placeText = plain.mid(place + 5, areaLabel - place - 5).trimmed();
  INFO(plain.toStdString());
  CHECK(placeText.size() > 5);
}

TEST_CASE("The new-report form: the end is never before the start, no reporter is preselected", "[app][ui][form]")
{
  QSettings().remove(QStringLiteral("incidentForm/lastSource"));
  std::vector<Category> categories;
  Category graffiti;
  graffiti.code = QStringLiteral("klotter");
  graffiti.nameSv = QStringLiteral("Klotter");
  graffiti.nameEn = QStringLiteral("Graffiti");
  categories.push_back(graffiti);
  const std::vector<Source> sources = {{QStringLiteral("polisen"), QStringLiteral("Polisen")},
                                       {QStringLiteral("bostadsbolaget"), QStringLiteral("Bostadsbolaget")}};
  IncidentForm form(categories, sources);
  Incident incident;
  incident.kind = IncidentKind::Report;
  incident.x = 563000;
  incident.y = 6587000;
  incident.occurredFrom = StockholmTime::instance().toUtc(QDate(2021, 11, 20), QTime(22, 15));
  form.setIncident(incident);
  form.show();
  QCoreApplication::processEvents();

  auto *source = form.findChild<QComboBox *>(QStringLiteral("source"));
  REQUIRE(source);
  CHECK(source->currentData().toString().isEmpty()); // "— choose —", not Polisen

  auto *from = form.findChild<QDateTimeEdit *>(QStringLiteral("occurredFrom"));
  auto *to = form.findChild<QDateTimeEdit *>(QStringLiteral("occurredTo"));
  auto *window = form.findChild<QCheckBox *>(QStringLiteral("hasWindow"));
  REQUIRE(from);
  REQUIRE(to);
  REQUIRE(window);
  CHECK(from->dateTime().time() == QTime(22, 15));
  CHECK(to->dateTime() >= from->dateTime());
  window->setChecked(true);
  CHECK(to->dateTime() >= from->dateTime());
  source->setCurrentIndex(1);
  auto *category = form.findChild<QComboBox *>(QStringLiteral("category"));
  category->setCurrentIndex(1);
  const Incident entered = form.incident();
  REQUIRE(entered.occurredTo.has_value());
  CHECK(*entered.occurredTo >= entered.occurredFrom);
  CHECK(entered.occurredFrom == incident.occurredFrom);
  CHECK(form.validationProblems().isEmpty());

  // A new form opened now: the end equals the start, both now in Swedish time.
  IncidentForm fresh(categories, sources);
  auto *freshFrom = fresh.findChild<QDateTimeEdit *>(QStringLiteral("occurredFrom"));
  auto *freshTo = fresh.findChild<QDateTimeEdit *>(QStringLiteral("occurredTo"));
  CHECK(freshTo->dateTime() >= freshFrom->dateTime());
  const LocalParts now = StockholmTime::instance().toLocal(QDateTime::currentSecsSinceEpoch());
  CHECK(std::abs(freshFrom->time().hour() * 60 + freshFrom->time().minute() - (now.hour * 60 + now.minute)) <= 1);

  // Every label of the form is shown whole.
  for (QLabel *label : form.findChildren<QLabel *>())
    if (label->isVisible() && !label->wordWrap())
    {
      INFO(label->text().toStdString());
      CHECK(label->width() >= label->sizeHint().width());
    }
  for (QCheckBox *box : form.findChildren<QCheckBox *>())
    CHECK(box->width() >= box->sizeHint().width());
}

TEST_CASE("A saved report is confirmed and shown on the map, and its reporter remembered", "[app][ui][form]")
{
  QSettings().remove(QStringLiteral("incidentForm/lastSource"));
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  REQUIRE(window.openStore(demoStore()));
  window.applyFilter();
  const QgsPointXY clicked = window.mapCanvas()->extent().center();
  QString usedSource;
  QTimer::singleShot(200,
                     [&usedSource]()
                     {
                       auto *form = qobject_cast<IncidentForm *>(QApplication::activeModalWidget());
                       CHECK(form);
                       if (!form)
                         return;
                       auto *category = form->findChild<QComboBox *>(QStringLiteral("category"));
                       auto *source = form->findChild<QComboBox *>(QStringLiteral("source"));
                       CHECK(source->currentData().toString().isEmpty());
                       category->setCurrentIndex(1);
                       source->setCurrentIndex(2);
                       usedSource = source->currentData().toString();
                       form->accept();
                     });
  window.newReportAt(clicked);
  const qint64 saved = window.lastSavedReport();
  REQUIRE(saved > 0);
  CHECK(window.statusBar()->currentMessage().contains(QString::number(saved)));
  CHECK(window.incidentLayer()->selectedFeatureIds().contains(saved));
  CHECK(window.mapCanvas()->extent().contains(clicked));

  // The next form starts with the reporter used last.
  IncidentForm next(window.session()->categories(), window.session()->sources());
  CHECK(next.findChild<QComboBox *>(QStringLiteral("source"))->currentData().toString() == usedSource);
}

TEST_CASE("The intervention form starts at the map's centre, the list shows many, ended ones are closed", "[app][ui][interventions]")
{
  Screen screen(QSize(1366, 736));
  REQUIRE(screen.window.openStore(demoStore()));
  screen.window.mapCanvas()->setExtent(QgsRectangle(562000, 6586000, 564000, 6588000));
  screen.settle();
  InterventionForm form(screen.window.session(), screen.window.mapCanvas());
  const QgsPointXY centre = screen.window.mapCanvas()->extent().center();
  CHECK(std::abs(form.xSpin()->value() - centre.x()) <= 1.0);
  CHECK(std::abs(form.ySpin()->value() - centre.y()) <= 1.0);

  Intervention ended;
  ended.startUtc = StockholmTime::instance().toUtc(QDate(2020, 3, 1), QTime(0, 0));
  ended.endUtc = StockholmTime::instance().toUtc(QDate(2020, 10, 31), QTime(0, 0));
  CHECK(InterventionsPanel::statusText(ended, QDate(2026, 1, 1)) == QStringLiteral("Closed"));
  CHECK(InterventionsPanel::statusText(ended, QDate(2020, 6, 1)) == QStringLiteral("Active"));
  CHECK(InterventionsPanel::statusText(ended, QDate(2020, 1, 1)) == QStringLiteral("Planned"));
  Intervention open = ended;
  open.endUtc.reset();
  CHECK(InterventionsPanel::statusText(open, QDate(2026, 1, 1)) == QStringLiteral("Active"));

  QDockWidget *dock = screen.dock("interventionsDock");
  REQUIRE(dock);
  dock->raise();
  screen.settle();
  QTableWidget *list = screen.workspace.interventions->table();
  CHECK(list->viewport()->height() >= 5 * list->verticalHeader()->defaultSectionSize());
  for (int row = 0; row < list->rowCount(); ++row)
  {
    const Intervention &shown = screen.workspace.interventions->interventions()[static_cast<std::size_t>(row)];
    if (shown.endUtc && StockholmTime::instance().localDate(*shown.endUtc) < QDate::currentDate())
      CHECK(list->item(row, 3)->text() != QStringLiteral("Active"));
  }
}

TEST_CASE("Count axes tick on whole numbers", "[app][ui][charts]")
{
  for (const double maximum : {0.0, 1.0, 2.0, 3.0, 4.0, 7.0, 13.0, 94.0, 1234.0, 99999.0})
  {
    INFO(maximum);
    QtCharts::QValueAxis axis;
    ChartStyle::setCountRange(axis, maximum);
    const double step = (axis.max() - axis.min()) / (axis.tickCount() - 1);
    CHECK(axis.min() == 0.0);
    CHECK(axis.max() >= maximum);
    CHECK(step >= 1.0);
    CHECK(step == std::round(step));
    CHECK(axis.tickCount() <= 7);
  }
}

TEST_CASE("Charts and the hour grid show every value whole at 1366x768", "[app][ui][charts]")
{
  Screen screen(QSize(1366, 736));
  REQUIRE(screen.window.openStore(demoStore()));
  QDockWidget *analysisDock = screen.dock("analysisDock");
  REQUIRE(analysisDock);
  analysisDock->raise();
  AnalysisPane *pane = screen.workspace.analysis;
  ComparisonTab *comparison = pane->comparisonTab();
  comparison->setPeriodB(demo::DemoFigures::crimePeriod2021());
  comparison->setPeriodA(demo::DemoFigures::crimePeriod2020());
  comparison->setGroupField(GroupField::Category);
  comparison->recompute();
  screen.settle();

  SECTION("the comparison chart draws as many groups as its title names")
  {
    REQUIRE(comparison->result().has_value());
    const QtCharts::QChart *chart = comparison->chartView()->chart();
    QtCharts::QBarCategoryAxis *axis = nullptr;
    for (QtCharts::QAbstractAxis *candidate : chart->axes(Qt::Horizontal))
      axis = qobject_cast<QtCharts::QBarCategoryAxis *>(candidate);
    REQUIRE(axis);
    const int groups = static_cast<int>(comparison->result()->rows.size());
    const int drawn = axis->count();
    CHECK(drawn == std::min(groups, 8));
    if (groups > 8)
      CHECK(chart->title().contains(QString::number(drawn)));
    // They are the largest groups.
    const auto chosen = ComparisonTab::chartRows(*comparison->result(), false, 8);
    std::int64_t smallestShown = std::numeric_limits<std::int64_t>::max();
    for (std::size_t index : chosen)
      smallestShown = std::min(smallestShown, comparison->result()->rows[index].a + comparison->result()->rows[index].b);
    for (std::size_t i = 0; i < comparison->result()->rows.size(); ++i)
      if (std::find(chosen.begin(), chosen.end(), i) == chosen.end())
        CHECK(comparison->result()->rows[i].a + comparison->result()->rows[i].b <= smallestShown);
  }

  SECTION("the hour by weekday grid cuts no count")
  {
    pane->tabs()->setCurrentWidget(pane->patternsTab());
    screen.settle();
    QTableWidget *matrix = pane->patternsTab()->matrix();
    REQUIRE(matrix->isVisible());
    const QFontMetrics metrics(matrix->font());
    int twoDigits = 0;
    for (int day = 0; day < 7; ++day)
      for (int hour = 0; hour < 24; ++hour)
      {
        const QString text = matrix->item(hour, day)->text(); // hours down, weekdays across
        twoDigits += text.size() >= 2;
        INFO(day << " " << hour << " " << text.toStdString());
        CHECK(metrics.horizontalAdvance(text) <= textWidthOfCell(matrix, hour, day));
      }
    CHECK(twoDigits > 0);
    // And the whole grid, all 24 hours and 7 days, shows without scrolling inside it.
    CHECK(matrix->horizontalHeader()->length() <= matrix->viewport()->width());
    CHECK(matrix->verticalHeader()->length() <= matrix->viewport()->height());
  }

  SECTION("month names on the trend axis fit their place")
  {
    pane->tabs()->setCurrentWidget(pane->patternsTab());
    screen.settle();
    const auto *view = pane->patternsTab()->findChild<QtCharts::QChartView *>();
    REQUIRE(view);
    auto *tabs = qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget());
    if (tabs)
      tabs->setCurrentWidget(const_cast<QtCharts::QChartView *>(view));
    screen.settle();
    const QtCharts::QChart *chart = view->chart();
    QtCharts::QBarCategoryAxis *axis = nullptr;
    for (QtCharts::QAbstractAxis *candidate : chart->axes(Qt::Horizontal))
      axis = qobject_cast<QtCharts::QBarCategoryAxis *>(candidate);
    REQUIRE(axis);
    REQUIRE(axis->count() >= 6);
    const QFontMetrics metrics(axis->labelsFont());
    const double slot = chart->plotArea().width() / axis->count();
    for (const QString &label : axis->categories())
    {
      INFO(label.toStdString() << " in " << slot << " at " << axis->labelsAngle() << " degrees");
      // Level labels fit their width; in a panel too narrow for that they stand upright.
      CHECK((axis->labelsAngle() == 0 ? metrics.horizontalAdvance(label) : metrics.height()) <= slot);
      CHECK_FALSE(label.contains(QChar(0x2026)));
    }
  }
}

TEST_CASE("Only this category, from the legend or the filter list, and both stay in step", "[app][ui][legend]")
{
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  REQUIRE(window.openStore(demoStore()));
  window.applyFilter();
  QgsVectorLayer *layer = window.incidentLayer();
  REQUIRE(layer);
  const auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>(layer->renderer());
  const QgsFeatureRenderer *renderer = categorized ? layer->renderer() : layer->renderer()->embeddedRenderer();
  REQUIRE(renderer);
  const QgsLegendSymbolList items = renderer->legendSymbolItems();
  REQUIRE(items.size() >= 4);
  auto *sync = window.findChild<CategoryLegendSync *>();
  REQUIRE(sync);
  const QString key = items.at(2).ruleKey();
  const QString code = sync->codeForLegendKey(key);
  REQUIRE(!code.isEmpty());
  auto ticked = [&window, &items]()
  {
    QStringList keys;
    for (const QgsLegendSymbolItem &item : items)
      if (window.incidentLayer()->renderer()->legendSymbolItemChecked(item.ruleKey()))
        keys << item.ruleKey();
    return keys;
  };

  SECTION("the legend's 'only this category' filters to it in one action")
  {
    auto *view = window.findChild<QgsLayerTreeView *>(QStringLiteral("layerTree"));
    REQUIRE(view);
    QgsLayerTreeLayer *node = window.project()->layerTreeRoot()->findLayer(layer);
    REQUIRE(node);
    QgsLayerTreeModelLegendNode *legendNode = nullptr;
    for (QgsLayerTreeModelLegendNode *candidate : view->layerTreeModel()->layerLegendNodes(node))
      if (candidate->data(QgsLayerTreeModelLegendNode::RuleKeyRole).toString() == key)
        legendNode = candidate;
    REQUIRE(legendNode);
    view->setCurrentIndex(view->proxyModel()->mapFromSource(view->layerTreeModel()->legendNode2index(legendNode)));
    std::unique_ptr<QMenu> menu(view->menuProvider()->createContextMenu());
    REQUIRE(menu);
    QAction *only = menu->findChild<QAction *>(QStringLiteral("onlyThisCategory"));
    REQUIRE(only);
    only->trigger();
    window.applyFilter();
    CHECK(window.filterPanel()->filter().categories == QStringList{code});
    CHECK(ticked() == QStringList{key});
    const auto expected = window.session()->store()->count(window.filterPanel()->filter());
    REQUIRE(expected.ok());
    CHECK(window.matchCount() == *expected);
  }

  SECTION("the filter list's 'only' unticks the others in the legend")
  {
    auto *tree = window.filterPanel()->findChild<QTreeWidget *>(QStringLiteral("categories"));
    REQUIRE(tree);
    QTreeWidgetItem *item = nullptr;
    for (int top = 0; top < tree->topLevelItemCount(); ++top)
      for (int i = 0; i < tree->topLevelItem(top)->childCount(); ++i)
        if (tree->topLevelItem(top)->child(i)->data(0, Qt::UserRole + 1).toString() == code)
          item = tree->topLevelItem(top)->child(i);
    REQUIRE(item);
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QTimer::singleShot(100,
                       []()
                       {
                         auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                         CHECK(menu);
                         if (!menu)
                           return;
                         QAction *only = menu->findChild<QAction *>(QStringLiteral("onlyThisCategory"));
                         CHECK(only);
                         if (!only)
                           return;
                         only->trigger();
                         menu->close();
                       });
    Q_EMIT tree->customContextMenuRequested(at);
    window.applyFilter();
    CHECK(window.filterPanel()->filter().categories == QStringList{code});
    CHECK(ticked() == QStringList{key});
  }

  SECTION("unticking a category in the legend takes it out of the filter")
  {
    window.incidentLayer()->renderer()->checkLegendSymbolItem(key, false);
    window.incidentLayer()->emitStyleChanged();
    window.applyFilter();
    const QStringList categories = window.filterPanel()->filter().categories;
    CHECK_FALSE(categories.isEmpty());
    CHECK_FALSE(categories.contains(code));
    CHECK(categories.size() == items.size() - 1);
    // and ticking it again shows all
    window.incidentLayer()->renderer()->checkLegendSymbolItem(key, true);
    window.incidentLayer()->emitStyleChanged();
    CHECK(window.filterPanel()->filter().categories.isEmpty());
  }
}

TEST_CASE("Hot spots: computed within the tätort by default, the change map zooms to its result, few incidents warned",
          "[app][ui][hotspots]")
{
  MainWindow window;
  window.resize(1366, 736);
  window.show();
  REQUIRE(window.openStore(demoStore()));
  window.applyFilter();
  QComboBox *chooser = window.studyAreaChooser();
  REQUIRE(chooser);
  INFO(chooser->currentText().toStdString());
  CHECK(chooser->currentIndex() >= 2); // a named area, not "all incidents"
  CHECK(window.hotspots()->studyArea().extent.has_value());
  const QString studyName = window.hotspots()->studyArea().name;
  CHECK(chooser->currentText().contains(studyName));

  const QgsRectangle municipality = window.mapCanvas()->extent();
  QSignalSpy updated(window.hotspots(), &HotspotController::updated);
  window.showHotspotChange(demo::DemoFigures::crimePeriod2020(), demo::DemoFigures::crimePeriod2021());
  REQUIRE(updated.wait(120000));
  QCoreApplication::processEvents();
  // Zoomed to the result: much closer than the municipality view, and the result in sight.
  const QgsRectangle view = window.mapCanvas()->extent();
  CHECK(view.width() < municipality.width() / 2);
  CHECK(view.intersects(window.hotspots()->resultExtent()));
  // The legend says where and on how many incidents.
  bool named = false;
  for (const QString &id : window.hotspots()->layerIds())
    named = named || window.project()->mapLayer(id)->name().contains(QStringLiteral("within %1").arg(studyName));
  CHECK(named);
  CHECK_FALSE(window.hotspots()->note().contains(QStringLiteral("minimum")));

  // A small filtered set: a warning with the minimum used.
  IncidentFilter few = window.filterPanel()->filter();
  few.period = DateRange(QDate(2021, 11, 1), QDate(2021, 11, 14));
  few.kind = IncidentKind::Crime;
  window.filterPanel()->setFilter(few);
  window.setHotspotsVisible(false);
  window.applyFilter();
  window.setHotspotsVisible(true);
  REQUIRE(updated.wait(120000));
  INFO(window.hotspots()->note().toStdString());
  CHECK(window.hotspots()->note().contains(QStringLiteral("minimum %1").arg(window.hotspots()->minimumIncidents())));
  bool warned = false;
  for (const QString &id : window.hotspots()->layerIds())
    warned = warned || window.project()->mapLayer(id)->name().contains(QStringLiteral("too few"));
  CHECK(warned);

  // The study area's points only: the view as study area counts fewer incidents than the tätort.
  window.mapCanvas()->setExtent(
    QgsRectangle(view.center().x() - 300, view.center().y() - 300, view.center().x() + 300, view.center().y() + 300));
  const int viewItem = chooser->findData(-2);
  REQUIRE(viewItem >= 0);
  chooser->setCurrentIndex(viewItem);
  Q_EMIT chooser->activated(viewItem);
  CHECK(window.hotspots()->studyArea().extent.has_value());
  // The view as the study area is the canvas's extent (a 600 m square widened to the canvas's shape).
  const QgsRectangle shown = window.mapCanvas()->extent();
  CHECK(window.hotspots()->studyArea().extent->xMin == Approx(shown.xMinimum()).margin(1.0));
  CHECK(window.hotspots()->studyArea().extent->xMax == Approx(shown.xMaximum()).margin(1.0));
  CHECK(window.hotspots()->studyArea().extent->yMin == Approx(shown.yMinimum()).margin(1.0));
  CHECK(window.hotspots()->studyArea().extent->yMax == Approx(shown.yMaximum()).margin(1.0));
  CHECK(shown.height() == Approx(600.0).margin(1.0));
}
