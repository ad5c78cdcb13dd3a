#include "comparisontab.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "cli/swedishformat.h"
#include "comparisonsentence.h"
#include "desktop/dateedit.h"
#include "desktop/storesession.h"
#include "numericitem.h"
#include "tableexport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace lagesbild
{
namespace
{
//! Bars beyond this many groups make the chart unreadable; the table holds them all.
constexpr int kMaximumBars = 8;

QDateEdit *makeDateEdit(QWidget *parent)
{
  auto *edit = new DateEdit(parent);
  edit->setCalendarPopup(true);
  edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  return edit;
}

} // namespace

std::vector<std::size_t> ComparisonTab::chartRows(const ComparisonResult &result, bool ordinal, int maximumBars)
{
  // Hours, weekdays and months all, in their order; other groups the largest (most incidents in
  // A and B together), largest first, so "the 8 largest groups" are the 8 bars drawn.
  std::vector<std::size_t> rows(result.rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    rows[i] = i;
  if (ordinal)
    return rows;
  std::stable_sort(rows.begin(), rows.end(),
                   [&result](std::size_t left, std::size_t right)
                   { return result.rows[left].a + result.rows[left].b > result.rows[right].a + result.rows[right].b; });
  if (static_cast<int>(rows.size()) > maximumBars)
    rows.resize(static_cast<std::size_t>(maximumBars));
  return rows;
}

namespace
{
QVariant optionalValue(const std::optional<double> &value)
{
  return value ? QVariant(*value) : QVariant();
}
} // namespace

ComparisonTab::ComparisonTab(StoreSession *session, QWidget *parent) : QWidget(parent), mSession(session)
{
  mPreset = new QComboBox(this);
  mPreset->addItem(tr("Custom"));
  mPreset->addItem(tr("Same period previous year"));
  mPreset->addItem(tr("Previous period of equal length"));
  mPreset->setCurrentIndex(static_cast<int>(PresetA::SameDaysPreviousYear));
  mFromA = makeDateEdit(this);
  mToA = makeDateEdit(this);
  mFromB = makeDateEdit(this);
  mToB = makeDateEdit(this);
  mGroupBy = new QComboBox(this);
  mGroupBy->addItem(tr("Category"), static_cast<int>(GroupField::Category));
  mGroupBy->addItem(tr("Source"), static_cast<int>(GroupField::Source));
  mGroupBy->addItem(tr("Area"), static_cast<int>(GroupField::Area));
  mGroupBy->addItem(tr("Hour"), static_cast<int>(GroupField::Hour));
  mGroupBy->addItem(tr("Weekday"), static_cast<int>(GroupField::Weekday));
  mGroupBy->addItem(tr("Month"), static_cast<int>(GroupField::Month));

  const QDate today = QDate::currentDate();
  const DateRange b(QDate(today.year(), 1, 1), today);
  mFromB->setDate(b.from());
  mToB->setDate(b.to());
  const DateRange a = b.sameDaysPreviousYear();
  mFromA->setDate(a.from());
  mToA->setDate(a.to());

  auto *periods = new QGridLayout;
  periods->addWidget(new QLabel(tr("Period B"), this), 0, 0);
  periods->addWidget(mFromB, 0, 1);
  periods->addWidget(new QLabel(QStringLiteral("–"), this), 0, 2);
  periods->addWidget(mToB, 0, 3);
  periods->addWidget(new QLabel(tr("Period A"), this), 1, 0);
  periods->addWidget(mFromA, 1, 1);
  periods->addWidget(new QLabel(QStringLiteral("–"), this), 1, 2);
  periods->addWidget(mToA, 1, 3);
  periods->addWidget(mPreset, 1, 4);
  periods->addWidget(new QLabel(tr("Group by"), this), 2, 0);
  periods->addWidget(mGroupBy, 2, 1, 1, 3);
  periods->setColumnStretch(5, 1);

  mSentence = new QLabel(this);
  mSentence->setWordWrap(true);
  QFont sentenceFont = mSentence->font();
  sentenceFont.setBold(true);
  sentenceFont.setPointSize(std::max(sentenceFont.pointSize(), 10));
  mSentence->setFont(sentenceFont);
  mTotals = new QLabel(this);
  mTotals->setWordWrap(true);

  mTable = new QTableWidget(this);
  mTable->setColumnCount(6);
  mTable->setHorizontalHeaderLabels({tr("Group"), tr("A"), tr("B"), tr("Change"), tr("Change %"), tr("Adjusted p")});
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->verticalHeader()->setVisible(false);
  mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  mTable->setSortingEnabled(true);
  mTable->setToolTip(tr("Click a row to show that group on the map"));

  mChartView = new QtCharts::QChartView(ChartStyle::createChart(), this);
  mChartView->setRenderHint(QPainter::Antialiasing);
  mChartView->setMinimumHeight(300);

  auto *exportTable = new QPushButton(tr("Export table…"), this);
  auto *exportChart = new QPushButton(tr("Export chart…"), this);
  auto *hotspotChange = new QPushButton(tr("Hot-spot change on map"), this);
  hotspotChange->setObjectName(QStringLiteral("hotspotChangeButton"));
  hotspotChange->setToolTip(tr("Show on the map where hot spots (Gi*) appeared, grew, shrank or disappeared from period A to "
                               "period B, and the change in incidents per cell"));
  auto *buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(exportTable);
  buttons->addWidget(exportChart);
  buttons->addWidget(hotspotChange);

  auto *splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(mTable);
  splitter->addWidget(mChartView);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 2);

  auto *layout = new QVBoxLayout(this);
  layout->addLayout(periods);
  layout->addWidget(mSentence);
  layout->addWidget(mTotals);
  layout->addWidget(splitter, 1);
  layout->addLayout(buttons);

  for (QDateEdit *edit : {mFromA, mToA})
    connect(edit, &QDateEdit::dateChanged, this,
            [this]
            {
              if (mUpdating)
                return;
              mUpdating = true;
              mPreset->setCurrentIndex(static_cast<int>(PresetA::Custom));
              mUpdating = false;
              periodEdited();
            });
  for (QDateEdit *edit : {mFromB, mToB})
    connect(edit, &QDateEdit::dateChanged, this,
            [this]
            {
              if (!mUpdating)
                setPeriodB(periodB());
            });
  connect(mPreset, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this](int index)
          {
            if (!mUpdating)
              setPresetA(static_cast<PresetA>(index));
          });
  connect(mGroupBy, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { recompute(); });
  connect(mTable, &QTableWidget::cellClicked, this, [this](int row, int) { rowClicked(row); });
  connect(exportTable, &QPushButton::clicked, this, &ComparisonTab::chooseTableExport);
  connect(exportChart, &QPushButton::clicked, this, &ComparisonTab::chooseChartExport);
  connect(hotspotChange, &QPushButton::clicked, this, [this]() { Q_EMIT hotspotChangeRequested(periodA(), periodB()); });
}

DateRange ComparisonTab::periodA() const
{
  return DateRange(std::min(mFromA->date(), mToA->date()), std::max(mFromA->date(), mToA->date()));
}

DateRange ComparisonTab::periodB() const
{
  return DateRange(std::min(mFromB->date(), mToB->date()), std::max(mFromB->date(), mToB->date()));
}

void ComparisonTab::setPeriodB(const DateRange &period)
{
  mUpdating = true;
  mFromB->setDate(period.from());
  mToB->setDate(period.to());
  const auto preset = static_cast<PresetA>(mPreset->currentIndex());
  if (preset != PresetA::Custom)
  {
    const DateRange a = preset == PresetA::SameDaysPreviousYear ? period.sameDaysPreviousYear() : period.previousPeriod();
    mFromA->setDate(a.from());
    mToA->setDate(a.to());
  }
  mUpdating = false;
  periodEdited();
}

void ComparisonTab::setPeriodA(const DateRange &period)
{
  mUpdating = true;
  mPreset->setCurrentIndex(static_cast<int>(PresetA::Custom));
  mFromA->setDate(period.from());
  mToA->setDate(period.to());
  mUpdating = false;
  periodEdited();
}

void ComparisonTab::setPresetA(PresetA preset)
{
  mUpdating = true;
  mPreset->setCurrentIndex(static_cast<int>(preset));
  mUpdating = false;
  setPeriodB(periodB());
}

void ComparisonTab::setGroupField(GroupField field)
{
  const int index = mGroupBy->findData(static_cast<int>(field));
  if (index >= 0)
    mGroupBy->setCurrentIndex(index);
}

GroupField ComparisonTab::groupField() const
{
  return static_cast<GroupField>(mGroupBy->currentData().toInt());
}

void ComparisonTab::setBaseFilter(const IncidentFilter &filter)
{
  mBaseFilter = filter;
  mBaseFilter.period.reset();
}

void ComparisonTab::periodEdited()
{
  recompute();
  emit periodsChanged();
}

void ComparisonTab::recompute()
{
  mResult.reset();
  if (mSession && mSession->store())
  {
    mLabels = GroupLabels(mSession->categories(), mSession->sources(), mSession->areas());
    auto result = PeriodComparison::compare(*mSession->store(), mBaseFilter, periodA(), periodB(), groupField());
    if (result.ok())
      mResult = std::move(result.value());
    else
      mSentence->setText(result.error().toString());
  }
  if (mResult)
  {
    using cli::SwedishFormat;
    mSentence->setText(sentence());
    mTotals->setText(totalsText());
  }
  else if (!mSession || !mSession->store())
  {
    mSentence->setText(tr("No store open"));
    mTotals->clear();
  }
  fillTable();
  fillChart();
}

QString ComparisonTab::sentence() const
{
  return mResult ? ComparisonSentence::sentence(*mResult, mBaseFilter.kind) : QString();
}

QString ComparisonTab::totalsText() const
{
  if (!mResult)
    return {};
  using cli::SwedishFormat;
  return tr("A %1: %2 · B %3: %4 · change %5 (%6) · %7 → %8 per 30 days")
    .arg(mResult->a.period.toString(), SwedishFormat::integer(mResult->a.total), mResult->b.period.toString(),
         SwedishFormat::integer(mResult->b.total), SwedishFormat::signedInteger(mResult->change),
         SwedishFormat::changePercent(mResult->changePercent), SwedishFormat::decimal(mResult->a.ratePer30Days),
         SwedishFormat::decimal(mResult->b.ratePer30Days));
}

void ComparisonTab::fillTable()
{
  using cli::SwedishFormat;
  mTable->setSortingEnabled(false);
  mTable->clearContents();
  mTable->setRowCount(0);
  if (!mResult)
  {
    mTable->setSortingEnabled(true);
    return;
  }
  const GroupField field = groupField();
  if (!mShownField || *mShownField != field)
    mTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // a new grouping starts in core's order
  mShownField = field;
  mTable->setRowCount(static_cast<int>(mResult->rows.size()));
  int row = 0;
  for (const ComparisonRow &comparison : mResult->rows)
  {
    // Natural order for hours, weekdays and months; names otherwise.
    const bool ordinal = field == GroupField::Hour || field == GroupField::Weekday || field == GroupField::Month;
    auto *group = new NumericItem(mLabels.label(field, comparison.key),
                                  ordinal ? QVariant(comparison.key.toInt()) : QVariant(mLabels.label(field, comparison.key)));
    group->setData(NumericItem::kKeyRole, comparison.key);
    mTable->setItem(row, 0, group);
    mTable->setItem(row, 1, new NumericItem(SwedishFormat::integer(comparison.a), QVariant::fromValue<qlonglong>(comparison.a)));
    mTable->setItem(row, 2, new NumericItem(SwedishFormat::integer(comparison.b), QVariant::fromValue<qlonglong>(comparison.b)));
    mTable->setItem(row, 3,
                    new NumericItem(SwedishFormat::signedInteger(comparison.change), QVariant::fromValue<qlonglong>(comparison.change)));
    mTable->setItem(row, 4,
                    new NumericItem(SwedishFormat::changePercent(comparison.changePercent), optionalValue(comparison.changePercent)));
    auto *p = new NumericItem(SwedishFormat::pValue(comparison.pAdjusted), optionalValue(comparison.pAdjusted));
    if (comparison.pAdjusted && *comparison.pAdjusted < ComparisonSentence::kSignificanceLevel)
    {
      QFont bold = p->font();
      bold.setBold(true);
      p->setFont(bold);
    }
    mTable->setItem(row, 5, p);
    for (int column = 1; column < 6; ++column)
      mTable->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    ++row;
  }
  mTable->setSortingEnabled(true);
}

void ComparisonTab::fillChart()
{
  using namespace QtCharts;
  QChart *chart = mChartView->chart();
  ChartStyle::clear(*chart);
  if (mResult)
  {
    const GroupField field = groupField();
    auto *setA = new QBarSet(tr("A %1").arg(mResult->a.period.toString()));
    auto *setB = new QBarSet(tr("B %1").arg(mResult->b.period.toString()));
    setA->setBrush(ChartStyle::barBrushA());
    setB->setBrush(ChartStyle::barBrushB());
    setA->setPen(ChartStyle::barPen());
    setB->setPen(ChartStyle::barPen());
    QStringList labels;
    const bool ordinal = field == GroupField::Hour || field == GroupField::Weekday || field == GroupField::Month;
    const std::vector<std::size_t> chosen = chartRows(*mResult, ordinal, kMaximumBars);
    const int shown = static_cast<int>(chosen.size());
    std::int64_t highest = 0;
    for (const std::size_t index : chosen)
    {
      const ComparisonRow &row = mResult->rows[index];
      highest = std::max({highest, row.a, row.b});
      *setA << static_cast<qreal>(row.a);
      *setB << static_cast<qreal>(row.b);
      // Qt Charts drops what does not fit a bar group's width, so names go one word a line.
      QString label =
        field == GroupField::Hour ? row.key : mLabels.label(field, row.key).split(QLatin1Char(' ')).join(QStringLiteral("<br>"));
      // The axis keeps one bar group per distinct label: two groups of the same name (a crime and
      // a report category) would silently become one, 8 groups drawn as 7.
      while (labels.contains(label))
        label += QChar(0x200B);
      labels << label;
    }
    auto *series = new QBarSeries;
    series->append(setA);
    series->append(setB);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    ChartStyle::styleAxis(*categories);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    ChartStyle::styleAxis(*values);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    ChartStyle::setCountRange(*values, static_cast<double>(highest));
    chart->setTitle(shown < static_cast<int>(mResult->rows.size()) ? tr("A vs B, the %1 largest groups").arg(shown) : tr("A vs B"));
  }
  ChartStyle::apply(*chart);
  if (mResult && !chart->series().isEmpty())
  {
    auto *series = static_cast<QAbstractBarSeries *>(chart->series().constFirst());
    series->barSets().at(0)->setBrush(ChartStyle::barBrushA());
    series->barSets().at(1)->setBrush(ChartStyle::barBrushB());
  }
}

void ComparisonTab::rowClicked(int row)
{
  const QTableWidgetItem *item = mTable->item(row, 0);
  if (!item)
    return;
  const QString key = item->data(NumericItem::kKeyRole).toString();
  IncidentFilter filter = mBaseFilter;
  filter.period = periodB();
  switch (groupField())
  {
  case GroupField::Category:
    filter.categories = QStringList{key};
    break;
  case GroupField::Source:
    filter.sources = QStringList{key};
    break;
  case GroupField::Area:
    if (key.isEmpty())
      return;
    filter.areas = QStringList{key};
    break;
  case GroupField::Hour:
    filter.hours = {key.toInt()};
    break;
  case GroupField::Weekday:
    filter.weekdays = {key.toInt()};
    break;
  default:
    return; // months of several years are not a filter
  }
  emit filterRequested(filter);
}

Result<void> ComparisonTab::exportTable(const QString &path) const
{
  return TableExport::write(TableExport::fromTableWidget(*mTable, tr("Comparison")), path);
}

Result<void> ComparisonTab::exportChart(const QString &path) const
{
  return ChartExport::save(*mChartView, path);
}

void ComparisonTab::chooseTableExport()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), QString(), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
  if (path.isEmpty())
    return;
  if (const auto written = exportTable(path); !written.ok())
    QMessageBox::warning(this, tr("Export table"), written.error().toString());
}

void ComparisonTab::chooseChartExport()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty())
    return;
  if (const auto written = exportChart(path); !written.ok())
    QMessageBox::warning(this, tr("Export chart"), written.error().toString());
}

} // namespace lagesbild
