#include "patternstab.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "cli/swedishformat.h"
#include "numericitem.h"
#include "session/storesession.h"
#include "store/incidentstore.h"
#include "tableexport.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <set>

namespace lagesbild
{

PatternsTab::PatternsTab(StoreSession *session, QWidget *parent) : QWidget(parent), mSession(session)
{
  mMatrixTitle = new QLabel(this);
  mMatrixTitle->setWordWrap(true);
  // Hours down, weekdays across: seven columns of two- or three-digit counts fit a side panel
  // at 1366x768, where 24 columns would need 700 pixels or cut the darkest cells to "…".
  mMatrix = new QTableWidget(24, 7, this);
  QStringList hours;
  for (int hour = 0; hour < 24; ++hour)
    hours << QStringLiteral("%1–%2").arg(hour, 2, 10, QLatin1Char('0')).arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
  mMatrix->setVerticalHeaderLabels(hours);
  QStringList days;
  const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
  for (int day = 1; day <= 7; ++day)
    days << swedish.dayName(day, QLocale::ShortFormat);
  mMatrix->setHorizontalHeaderLabels(days);
  mMatrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  mMatrix->horizontalHeader()->setMinimumSectionSize(18);
  // A number that does not fit is never cut to "…": the columns keep a width that holds the
  // widest count (see fillMatrix).
  mMatrix->setTextElideMode(Qt::ElideNone);
  mMatrix->setWordWrap(false);
  mMatrix->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  mMatrix->setStyleSheet(QStringLiteral("QTableView::item { padding: 0px; }"));
  mMatrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  mMatrix->verticalHeader()->setDefaultSectionSize(mMatrix->fontMetrics().height() + 4);
  mMatrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mMatrix->setSelectionMode(QAbstractItemView::ExtendedSelection);
  // All 24 hours without scrolling: the pane itself scrolls when the window is low.
  mMatrix->setMinimumHeight(mMatrix->horizontalHeader()->sizeHint().height() + 24 * mMatrix->verticalHeader()->defaultSectionSize() +
                            2 * mMatrix->frameWidth());
  mMatrix->setToolTip(tr("Select cells (drag or Ctrl-click) to show those weekdays and hours on the map"));
  QFont small = mMatrix->font();
  small.setPointSize(std::max(small.pointSize() - 1, ChartStyle::kMinimumPointSize));
  mMatrix->setFont(small);

  mTrendView = new QtCharts::QChartView(ChartStyle::createChart(), this);
  mTrendView->setRenderHint(QPainter::Antialiasing);
  mTrendView->setMinimumHeight(200);
  // Month names turn upright when the panel is too narrow for them side by side.
  connect(mTrendView->chart(), &QtCharts::QChart::plotAreaChanged, this,
          [this](const QRectF &plotArea)
          {
            for (QtCharts::QAbstractAxis *axis : mTrendView->chart()->axes(Qt::Horizontal))
              if (auto *categories = qobject_cast<QtCharts::QBarCategoryAxis *>(axis))
                ChartStyle::fitCategoryLabels(*categories, plotArea.width());
          });

  mShares = new QTableWidget(this);
  mShares->setColumnCount(5);
  mShares->setHorizontalHeaderLabels({tr("Category"), tr("A"), tr("Share A %"), tr("B"), tr("Share B %")});
  mShares->verticalHeader()->setVisible(false);
  mShares->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  mShares->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mShares->setSelectionBehavior(QAbstractItemView::SelectRows);
  mShares->setSelectionMode(QAbstractItemView::SingleSelection);
  mShares->setSortingEnabled(true);

  auto *exportMatrix = new QPushButton(tr("Export matrix…"), this);
  auto *exportShares = new QPushButton(tr("Export shares…"), this);
  auto *exportTrend = new QPushButton(tr("Export trend chart…"), this);
  // Two rows of buttons: the pane fits a narrow side column.
  auto *buttons = new QGridLayout;
  buttons->addWidget(exportMatrix, 0, 0);
  buttons->addWidget(exportShares, 0, 1);
  buttons->addWidget(exportTrend, 1, 0, 1, 2);

  auto *lower = new QTabWidget(this);
  lower->addTab(mTrendView, tr("Monthly trend"));
  lower->addTab(mShares, tr("Category shares"));

  mAoristic = new QCheckBox(tr("Spread time windows (aoristic)"), this);
  mAoristic->setObjectName(QStringLiteral("aoristic"));
  mAoristic->setToolTip(tr("An incident with a time window (\"between Friday 17:00 and Monday 07:30\") counts in every hour of it, "
                           "by the share of the window that hour covers, instead of wholly at its start. Windows longer than 7 days "
                           "are counted at their start."));

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(mAoristic);
  layout->addWidget(mMatrixTitle);
  layout->addWidget(mMatrix, 1);
  layout->addWidget(lower, 1);
  layout->addLayout(buttons);

  connect(mMatrix, &QTableWidget::cellClicked, this, [this] { emit filterRequested(selectionFilter()); });
  connect(mShares, &QTableWidget::cellClicked, this,
          [this](int row, int)
          {
            const QTableWidgetItem *item = mShares->item(row, 0);
            if (!item)
              return;
            IncidentFilter filter = mBaseFilter;
            filter.period = mPeriodB;
            filter.categories = QStringList{item->data(NumericItem::kKeyRole).toString()};
            emit filterRequested(filter);
          });
  // Exported tables say when their counts are aoristic.
  connect(exportMatrix, &QPushButton::clicked, this,
          [this] { exportTable(mMatrix, mAoristic->isChecked() ? tr("Hour by weekday (aoristic)") : tr("Hour by weekday")); });
  connect(exportShares, &QPushButton::clicked, this,
          [this] { exportTable(mShares, mAoristic->isChecked() ? tr("Category shares (aoristic)") : tr("Category shares")); });
  connect(exportTrend, &QPushButton::clicked, this, &PatternsTab::exportTrend);
  connect(mAoristic, &QCheckBox::toggled, this, &PatternsTab::recompute);
}

void PatternsTab::setPeriods(const DateRange &a, const DateRange &b)
{
  mPeriodA = a;
  mPeriodB = b;
}

void PatternsTab::setBaseFilter(const IncidentFilter &filter)
{
  mBaseFilter = filter;
  mBaseFilter.period.reset();
}

void PatternsTab::recompute()
{
  mResultA.reset();
  mResultB.reset();
  mShownA.reset();
  mShownB.reset();
  if (mSession && mSession->store() && mPeriodA.isValid() && mPeriodB.isValid())
  {
    mLabels = GroupLabels(mSession->categories(), mSession->sources(), mSession->areas());
    mShownA = countsOf(mPeriodA);
    mShownB = countsOf(mPeriodB);
  }
  fillMatrix();
  fillTrend();
  fillShares();
}

std::optional<PatternCounts> PatternsTab::countsOf(const DateRange &period)
{
  const IncidentStore &store = *mSession->store();
  if (mAoristic->isChecked())
  {
    const auto incidents = store.incidents(Aoristic::fetchFilter(mBaseFilter, period));
    if (!incidents)
      return std::nullopt;
    return PatternCounts::fromAoristic(Aoristic::tally(*incidents, period));
  }
  auto result = TimePatterns::compute(store, mBaseFilter, period);
  if (!result)
    return std::nullopt;
  (period == mPeriodA ? mResultA : mResultB) = result.value();
  return PatternCounts::fromPatterns(result.value());
}

void PatternsTab::fillMatrix()
{
  mMatrix->clearContents();
  if (!mShownB)
  {
    mMatrixTitle->setText(tr("No data"));
    return;
  }
  const PatternCounts &b = *mShownB;
  if (b.aoristic)
    mMatrixTitle->setText(
      tr("Hour × weekday, period B %1 (%2 in all), aoristic: %3 incidents spread over their time windows, %4 "
         "windows longer than %5 days counted at their start")
        .arg(b.period.toString(), b.format(b.total), cli::SwedishFormat::integer(b.spread), cli::SwedishFormat::integer(b.countedAtStart))
        .arg(b.limitSeconds / (24 * 3600)));
  else
    mMatrixTitle->setText(tr("Hour × weekday, period B %1 (%2 in all)").arg(b.period.toString(), b.format(b.total)));
  mMatrixTitle->setWordWrap(true);
  double maximum = 0.0;
  for (const auto &day : b.hourByWeekday)
    maximum = std::max(maximum, *std::max_element(day.begin(), day.end()));
  maximum = std::max(maximum, 1.0);
  // A count is never cut to "…": the columns are as wide as the widest count shown (aoristic
  // counts carry a decimal).
  const QFontMetrics metrics(mMatrix->font());
  int widest = metrics.horizontalAdvance(QStringLiteral("88"));
  for (const auto &day : b.hourByWeekday)
    for (const double count : day)
      widest = std::max(widest, metrics.horizontalAdvance(b.format(count)));
  mMatrix->horizontalHeader()->setMinimumSectionSize(widest + 2 * kCellTextMargin);
  for (int day = 0; day < 7; ++day)
    for (int hour = 0; hour < 24; ++hour)
    {
      const double count = b.hourByWeekday[static_cast<std::size_t>(day)][static_cast<std::size_t>(hour)];
      auto *item = new NumericItem(b.format(count), b.value(count));
      // White for none, near-black for the busiest cell: readable in print.
      const int grey = 255 - static_cast<int>(215.0 * count / maximum);
      item->setBackground(QColor(grey, grey, grey));
      item->setForeground(grey < 128 ? Qt::white : Qt::black);
      item->setTextAlignment(Qt::AlignCenter);
      item->setToolTip(tr("%1 %2:00–%3:00: %4").arg(GroupLabels::weekdayName(day + 1)).arg(hour).arg(hour + 1).arg(b.format(count)));
      mMatrix->setItem(hour, day, item);
    }
}

void PatternsTab::fillTrend()
{
  using namespace QtCharts;
  QChart *chart = mTrendView->chart();
  ChartStyle::clear(*chart);
  if (mShownA && mShownB)
  {
    auto *lineA = new QLineSeries;
    auto *lineB = new QLineSeries;
    lineA->setName(tr("A %1").arg(mShownA->period.toString()));
    lineB->setName(tr("B %1").arg(mShownB->period.toString()));
    lineA->setPen(ChartStyle::linePenA());
    lineB->setPen(ChartStyle::linePenB());
    double maximum = 1.0;
    for (std::size_t i = 0; i < mShownA->months.size(); ++i)
    {
      lineA->append(static_cast<qreal>(i), mShownA->months[i].second);
      maximum = std::max(maximum, mShownA->months[i].second);
    }
    for (std::size_t i = 0; i < mShownB->months.size(); ++i)
    {
      lineB->append(static_cast<qreal>(i), mShownB->months[i].second);
      maximum = std::max(maximum, mShownB->months[i].second);
    }
    chart->addSeries(lineA);
    chart->addSeries(lineB);
    // Month i of B lines up with month i of A; the axis names B's months.
    QStringList labels;
    const auto &months = mShownB->months.size() >= mShownA->months.size() ? mShownB->months : mShownA->months;
    // Three letters ("jan", "mar") fit a month's width on the axis; "mars" in full was cut to "m…".
    for (const auto &month : months)
      labels << GroupLabels::monthName(month.first.mid(5, 2).toInt()).remove(QLatin1Char('.')).left(3);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    ChartStyle::styleAxis(*axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    ChartStyle::fitCategoryLabels(*axisX, chart->plotArea().width());
    lineA->attachAxis(axisX);
    lineB->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    ChartStyle::setCountRange(*axisY, maximum);
    ChartStyle::styleAxis(*axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    lineA->attachAxis(axisY);
    lineB->attachAxis(axisY);
    chart->setTitle(mShownB->aoristic ? tr("Incidents per month (aoristic)") : tr("Incidents per month"));
  }
  ChartStyle::apply(*chart);
  if (chart->series().size() == 2)
  {
    static_cast<QLineSeries *>(chart->series().at(0))->setPen(ChartStyle::linePenA());
    static_cast<QLineSeries *>(chart->series().at(1))->setPen(ChartStyle::linePenB());
  }
}

void PatternsTab::fillShares()
{
  using cli::SwedishFormat;
  mShares->setSortingEnabled(false);
  mShares->clearContents();
  mShares->setRowCount(0);
  if (!mShownA || !mShownB)
  {
    mShares->setSortingEnabled(true);
    return;
  }
  QStringList codes;
  for (const auto &category : mShownB->categories)
    codes << category.first;
  for (const auto &category : mShownA->categories)
    if (!codes.contains(category.first))
      codes << category.first;
  const auto share = [](double count, double total) -> QVariant { return total > 0.0 ? QVariant(100.0 * count / total) : QVariant(); };
  mShares->setRowCount(static_cast<int>(codes.size()));
  for (int row = 0; row < codes.size(); ++row)
  {
    const QString &code = codes.at(row);
    const double a = mShownA->category(code);
    const double b = mShownB->category(code);
    const QString label = mLabels.label(GroupField::Category, code);
    auto *name = new NumericItem(label, label);
    name->setData(NumericItem::kKeyRole, code);
    mShares->setItem(row, 0, name);
    const QVariant shareA = share(a, mShownA->total);
    const QVariant shareB = share(b, mShownB->total);
    mShares->setItem(row, 1, new NumericItem(mShownA->format(a), mShownA->value(a)));
    mShares->setItem(row, 2,
                     new NumericItem(shareA.isValid() ? SwedishFormat::decimal(shareA.toDouble()) : SwedishFormat::missing(), shareA));
    mShares->setItem(row, 3, new NumericItem(mShownB->format(b), mShownB->value(b)));
    mShares->setItem(row, 4,
                     new NumericItem(shareB.isValid() ? SwedishFormat::decimal(shareB.toDouble()) : SwedishFormat::missing(), shareB));
    for (int column = 1; column < 5; ++column)
      mShares->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  }
  mShares->setSortingEnabled(true);
}

IncidentFilter PatternsTab::selectionFilter() const
{
  IncidentFilter filter = mBaseFilter;
  filter.period = mPeriodB;
  std::set<int> weekdays;
  std::set<int> hours;
  const auto selected = mMatrix->selectedItems();
  for (const QTableWidgetItem *item : selected)
  {
    weekdays.insert(item->column() + 1);
    hours.insert(item->row());
  }
  if (weekdays.size() < 7)
    filter.weekdays.assign(weekdays.begin(), weekdays.end());
  if (hours.size() < 24)
    filter.hours.assign(hours.begin(), hours.end());
  return filter;
}

void PatternsTab::exportTable(QTableWidget *table, const QString &name)
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), QString(), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
  if (path.isEmpty())
    return;
  if (const auto written = TableExport::write(TableExport::fromTableWidget(*table, name), path); !written.ok())
    QMessageBox::warning(this, tr("Export table"), written.error().toString());
}

void PatternsTab::exportTrend()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty())
    return;
  if (const auto written = ChartExport::save(*mTrendView, path); !written.ok())
    QMessageBox::warning(this, tr("Export chart"), written.error().toString());
}

} // namespace lagesbild
