#include "patternstab.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "cli/swedishformat.h"
#include "desktop/storesession.h"
#include "numericitem.h"
#include "tableexport.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
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

  auto *layout = new QVBoxLayout(this);
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
  connect(exportMatrix, &QPushButton::clicked, this, [this] { exportTable(mMatrix, tr("Hour by weekday")); });
  connect(exportShares, &QPushButton::clicked, this, [this] { exportTable(mShares, tr("Category shares")); });
  connect(exportTrend, &QPushButton::clicked, this, &PatternsTab::exportTrend);
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
  if (mSession && mSession->store() && mPeriodA.isValid() && mPeriodB.isValid())
  {
    mLabels = GroupLabels(mSession->categories(), mSession->sources(), mSession->areas());
    if (auto a = TimePatterns::compute(*mSession->store(), mBaseFilter, mPeriodA); a.ok())
      mResultA = std::move(a.value());
    if (auto b = TimePatterns::compute(*mSession->store(), mBaseFilter, mPeriodB); b.ok())
      mResultB = std::move(b.value());
  }
  fillMatrix();
  fillTrend();
  fillShares();
}

void PatternsTab::fillMatrix()
{
  mMatrix->clearContents();
  if (!mResultB)
  {
    mMatrixTitle->setText(tr("No data"));
    return;
  }
  mMatrixTitle->setText(
    tr("Hour × weekday, period B %1 (%2 in all)").arg(mResultB->period.toString(), cli::SwedishFormat::integer(mResultB->total)));
  std::int64_t maximum = 1;
  for (const auto &day : mResultB->hourByWeekday)
    maximum = std::max(maximum, *std::max_element(day.begin(), day.end()));
  mMatrix->horizontalHeader()->setMinimumSectionSize(minimumColumnWidth(maximum));
  for (int day = 0; day < 7; ++day)
    for (int hour = 0; hour < 24; ++hour)
    {
      const std::int64_t count = mResultB->hourByWeekday[static_cast<std::size_t>(day)][static_cast<std::size_t>(hour)];
      auto *item = new NumericItem(QString::number(count), QVariant::fromValue<qlonglong>(count));
      // White for none, near-black for the busiest cell: readable in print.
      const int grey = 255 - static_cast<int>(215.0 * static_cast<double>(count) / static_cast<double>(maximum));
      item->setBackground(QColor(grey, grey, grey));
      item->setForeground(grey < 128 ? Qt::white : Qt::black);
      item->setTextAlignment(Qt::AlignCenter);
      item->setToolTip(tr("%1 %2:00–%3:00: %4").arg(GroupLabels::weekdayName(day + 1)).arg(hour).arg(hour + 1).arg(count));
      mMatrix->setItem(hour, day, item);
    }
}

int PatternsTab::minimumColumnWidth(std::int64_t largestCount) const
{
  // Digits are equally wide: the widest count is as wide as that many 8s, plus the cell's margins.
  const QFontMetrics metrics(mMatrix->font());
  const QString widest(static_cast<int>(QString::number(std::max<std::int64_t>(largestCount, 10)).size()), QLatin1Char('8'));
  return metrics.horizontalAdvance(widest) + 2 * kCellTextMargin;
}

void PatternsTab::fillTrend()
{
  using namespace QtCharts;
  QChart *chart = mTrendView->chart();
  ChartStyle::clear(*chart);
  if (mResultA && mResultB)
  {
    auto *lineA = new QLineSeries;
    auto *lineB = new QLineSeries;
    lineA->setName(tr("A %1").arg(mResultA->period.toString()));
    lineB->setName(tr("B %1").arg(mResultB->period.toString()));
    lineA->setPen(ChartStyle::linePenA());
    lineB->setPen(ChartStyle::linePenB());
    std::int64_t maximum = 1;
    for (std::size_t i = 0; i < mResultA->months.size(); ++i)
    {
      lineA->append(static_cast<qreal>(i), static_cast<qreal>(mResultA->months[i].count));
      maximum = std::max(maximum, mResultA->months[i].count);
    }
    for (std::size_t i = 0; i < mResultB->months.size(); ++i)
    {
      lineB->append(static_cast<qreal>(i), static_cast<qreal>(mResultB->months[i].count));
      maximum = std::max(maximum, mResultB->months[i].count);
    }
    chart->addSeries(lineA);
    chart->addSeries(lineB);
    // Month i of B lines up with month i of A; the axis names B's months.
    QStringList labels;
    const auto &months = mResultB->months.size() >= mResultA->months.size() ? mResultB->months : mResultA->months;
    // Three letters ("jan", "mar") fit a month's width on the axis; "mars" in full was cut to "m…".
    for (const KeyCount &month : months)
      labels << GroupLabels::monthName(month.key.mid(5, 2).toInt()).remove(QLatin1Char('.')).left(3);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    ChartStyle::styleAxis(*axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    ChartStyle::fitCategoryLabels(*axisX, chart->plotArea().width());
    lineA->attachAxis(axisX);
    lineB->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    ChartStyle::setCountRange(*axisY, static_cast<double>(maximum));
    ChartStyle::styleAxis(*axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    lineA->attachAxis(axisY);
    lineB->attachAxis(axisY);
    chart->setTitle(tr("Incidents per month"));
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
  if (!mResultA || !mResultB)
  {
    mShares->setSortingEnabled(true);
    return;
  }
  QStringList codes;
  for (const KeyCount &category : mResultB->categories)
    codes << category.key;
  for (const KeyCount &category : mResultA->categories)
    if (!codes.contains(category.key))
      codes << category.key;
  const auto countOf = [](const TimePatternsResult &result, const QString &code)
  {
    for (const KeyCount &category : result.categories)
      if (category.key == code)
        return category.count;
    return std::int64_t{0};
  };
  const auto share = [](std::int64_t count, std::int64_t total) -> QVariant
  { return total > 0 ? QVariant(100.0 * static_cast<double>(count) / static_cast<double>(total)) : QVariant(); };
  mShares->setRowCount(static_cast<int>(codes.size()));
  for (int row = 0; row < codes.size(); ++row)
  {
    const QString &code = codes.at(row);
    const std::int64_t a = countOf(*mResultA, code);
    const std::int64_t b = countOf(*mResultB, code);
    const QString label = mLabels.label(GroupField::Category, code);
    auto *name = new NumericItem(label, label);
    name->setData(NumericItem::kKeyRole, code);
    mShares->setItem(row, 0, name);
    const QVariant shareA = share(a, mResultA->total);
    const QVariant shareB = share(b, mResultB->total);
    mShares->setItem(row, 1, new NumericItem(SwedishFormat::integer(a), QVariant::fromValue<qlonglong>(a)));
    mShares->setItem(row, 2,
                     new NumericItem(shareA.isValid() ? SwedishFormat::decimal(shareA.toDouble()) : SwedishFormat::missing(), shareA));
    mShares->setItem(row, 3, new NumericItem(SwedishFormat::integer(b), QVariant::fromValue<qlonglong>(b)));
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
