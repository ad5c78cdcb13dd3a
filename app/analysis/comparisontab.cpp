#include "comparisontab.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "cli/swedishformat.h"
#include "comparisonsentence.h"
#include "desktop/dateedit.h"
#include "numericitem.h"
#include "session/storesession.h"
#include "tableexport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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

//! A number rounded to a few decimals for exports (no "−12.034482758620690" in a spreadsheet).
QVariant rounded(const std::optional<double> &value, int decimals)
{
  if (!value)
    return QVariant();
  const double scale = std::pow(10.0, decimals);
  return QVariant(std::round(*value * scale) / scale);
}

//! The kind as a column value: "Anmälda brott", "Lägesrapporter" or "Båda slagen".
QString kindName(const std::optional<IncidentKind> &kind)
{
  if (!kind)
    return ComparisonTab::tr("Both kinds");
  return *kind == IncidentKind::Crime ? ComparisonTab::tr("Reported crimes") : ComparisonTab::tr("Lägesbild reports");
}

//! A and B of each comparison: grey for the first kind (or a single comparison), blue for the second.
QBrush barBrush(int setIndex, bool several)
{
  if (!several || setIndex < 2)
    return setIndex % 2 == 0 ? ChartStyle::barBrushA() : ChartStyle::barBrushB();
  return setIndex % 2 == 0 ? QBrush(QColor(166, 198, 230)) : QBrush(QColor(20, 70, 140), Qt::Dense2Pattern);
}

QString isoPeriod(const DateRange &period)
{
  return QStringLiteral("%1–%2").arg(period.from().toString(Qt::ISODate), period.to().toString(Qt::ISODate));
}
} // namespace

ComparisonTab::ComparisonTab(StoreSession *session, QWidget *parent) : QWidget(parent), mSession(session)
{
  mPreset = new QComboBox(this);
  mPreset->addItem(tr("Custom"));
  mPreset->addItem(tr("Same period previous year"));
  mPreset->addItem(tr("Previous period of equal length"));
  mPreset->setCurrentIndex(static_cast<int>(PresetA::SameDaysPreviousYear));
  mPreset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  mPreset->setMinimumContentsLength(12);
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

  mSumKinds = new QCheckBox(tr("Sum both kinds"), this);
  mSumKinds->setObjectName(QStringLiteral("sumKinds"));
  mSumKinds->setToolTip(tr("Reported crimes and lägesbild reports are different things and are compared side by side. "
                           "Tick to compare their sum instead (labelled as a sum)."));
  mAnchor = new QLabel(this);
  mAnchor->setObjectName(QStringLiteral("periodAnchor"));
  mAnchor->setWordWrap(true);
  setDefaultPeriods();

  // A form whose labels go above their fields when the side column is narrow (1366x768).
  auto dateRange = [this](QDateEdit *from, QDateEdit *to)
  {
    auto *row = new QHBoxLayout;
    row->addWidget(from, 1);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(to, 1);
    return row;
  };
  auto *periods = new QFormLayout;
  periods->setRowWrapPolicy(QFormLayout::WrapLongRows);
  periods->addRow(tr("Period B"), dateRange(mFromB, mToB));
  periods->addRow(tr("Period A"), dateRange(mFromA, mToA));
  periods->addRow(QString(), mPreset);
  periods->addRow(tr("Group by"), mGroupBy);
  periods->addRow(QString(), mSumKinds);
  periods->addRow(mAnchor);

  mSentence = new QLabel(this);
  mSentence->setWordWrap(true);
  QFont sentenceFont = mSentence->font();
  sentenceFont.setBold(true);
  sentenceFont.setPointSize(std::max(sentenceFont.pointSize(), 10));
  mSentence->setFont(sentenceFont);
  mTotals = new QLabel(this);
  mTotals->setWordWrap(true);

  mTable = new QTableWidget(this);
  mTable->setColumnCount(7);
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
  auto *buttons = new QGridLayout;
  buttons->addWidget(exportTable, 0, 0);
  buttons->addWidget(exportChart, 0, 1);
  buttons->addWidget(hotspotChange, 1, 0, 1, 2);

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
              mPeriodsChosen = true;
              mAnchor->clear();
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
  connect(mSumKinds, &QCheckBox::toggled, this, [this] { recompute(); });
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
  mPeriodsChosen = true;
  mAnchor->clear();
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
  mPeriodsChosen = true;
  mAnchor->clear();
  mUpdating = true;
  mPreset->setCurrentIndex(static_cast<int>(PresetA::Custom));
  mFromA->setDate(period.from());
  mToA->setDate(period.to());
  mUpdating = false;
  periodEdited();
}

void ComparisonTab::setDefaultPeriods()
{
  const bool hasData = mSession && mSession->isOpen() && mSession->lastDay().isValid();
  const QDate last = hasData ? mSession->lastDay() : QDate::currentDate();
  const DateRange b(QDate(last.year(), 1, 1), last);
  const DateRange a =
    static_cast<PresetA>(mPreset->currentIndex()) == PresetA::PreviousPeriod ? b.previousPeriod() : b.sameDaysPreviousYear();
  mUpdating = true;
  mFromB->setDate(b.from());
  mToB->setDate(b.to());
  mFromA->setDate(a.from());
  mToA->setDate(a.to());
  mUpdating = false;
  mAnchor->setText(hasData ? tr("Periods chosen from the data: B is %1 up to the last day with data, %2; A is %3.")
                               .arg(QString::number(last.year()), last.toString(Qt::ISODate), isoPeriod(a))
                           : tr("No data yet: B is this year up to today."));
}

void ComparisonTab::setSumKinds(bool sum)
{
  mSumKinds->setChecked(sum);
}

bool ComparisonTab::sumKinds() const
{
  return mSumKinds->isChecked();
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
  mResults.clear();
  if (mSession && mSession->store())
  {
    if (!mPeriodsChosen && mSession->lastDay().isValid() && mToB->date() != mSession->lastDay())
      setDefaultPeriods();
    mLabels = GroupLabels(mSession->categories(), mSession->sources(), mSession->areas());
    // Never a silent sum: one comparison per kind unless the filter picks one or the user asks for the sum.
    std::vector<std::optional<IncidentKind>> kinds;
    if (mBaseFilter.kind || mSumKinds->isChecked())
      kinds.push_back(mBaseFilter.kind);
    else
      kinds = {IncidentKind::Crime, IncidentKind::Report};
    for (const std::optional<IncidentKind> &kind : kinds)
    {
      IncidentFilter filter = mBaseFilter;
      filter.kind = kind;
      auto result = PeriodComparison::compare(*mSession->store(), filter, periodA(), periodB(), groupField());
      if (!result.ok())
      {
        mResults.clear();
        mSentence->setText(result.error().toString());
        break;
      }
      mResults.push_back(KindComparison{kind, std::move(result.value())});
    }
    if (!mResults.empty())
      mResult = mResults.front().result;
  }
  if (mResult)
  {
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

QString ComparisonTab::heading(const KindComparison &comparison) const
{
  if (!comparison.kind)
    return tr("Sum of both kinds (reported crimes + lägesbild reports)");
  return kindName(comparison.kind);
}

QString ComparisonTab::sentence() const
{
  const bool headed = mResults.size() > 1 || (!mResults.empty() && !mResults.front().kind && mSumKinds->isChecked());
  QStringList lines;
  for (const KindComparison &comparison : mResults)
  {
    const QString line = ComparisonSentence::sentence(comparison.result, comparison.kind);
    lines << (headed ? tr("%1: %2").arg(heading(comparison), line) : line);
  }
  return lines.join(QLatin1Char('\n'));
}

QString ComparisonTab::totalsText() const
{
  using cli::SwedishFormat;
  const bool headed = mResults.size() > 1;
  QStringList lines;
  for (const KindComparison &comparison : mResults)
  {
    const ComparisonResult &result = comparison.result;
    const QString line = tr("A %1: %2 · B %3: %4 · change %5 (%6) · %7 → %8 per 30 days")
                           .arg(result.a.period.toString(), SwedishFormat::integer(result.a.total), result.b.period.toString(),
                                SwedishFormat::integer(result.b.total), SwedishFormat::signedInteger(result.change),
                                SwedishFormat::changePercent(result.changePercent), SwedishFormat::decimal(result.a.ratePer30Days),
                                SwedishFormat::decimal(result.b.ratePer30Days));
    lines << (headed ? tr("%1: %2").arg(heading(comparison), line) : line);
  }
  return lines.join(QLatin1Char('\n'));
}

void ComparisonTab::fillTable()
{
  using cli::SwedishFormat;
  mTable->setSortingEnabled(false);
  mTable->clearContents();
  mTable->setRowCount(0);
  mTable->setHorizontalHeaderLabels({tr("Group"), tr("Kind"), tr("A %1").arg(isoPeriod(periodA())), tr("B %1").arg(isoPeriod(periodB())),
                                     tr("Change"), tr("Change %"), tr("Adjusted p")});
  if (mResults.empty())
  {
    mTable->setSortingEnabled(true);
    return;
  }
  const GroupField field = groupField();
  if (!mShownField || *mShownField != field)
    mTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // a new grouping starts in core's order
  mShownField = field;
  int rows = 0;
  for (const KindComparison &comparison : mResults)
    rows += static_cast<int>(comparison.result.rows.size());
  mTable->setRowCount(rows);
  int row = 0;
  // Natural order for hours, weekdays and months; names otherwise.
  const bool ordinal = field == GroupField::Hour || field == GroupField::Weekday || field == GroupField::Month;
  for (const KindComparison &kindComparison : mResults)
  {
    for (const ComparisonRow &comparison : kindComparison.result.rows)
    {
      const QString label = mLabels.label(field, comparison.key);
      auto *group = new NumericItem(label, ordinal ? QVariant(comparison.key.toInt()) : QVariant(label));
      group->setData(NumericItem::kKeyRole, comparison.key);
      group->setData(NumericItem::kKindRole, kindComparison.kind ? kindCode(*kindComparison.kind) : QString());
      mTable->setItem(row, 0, group);
      mTable->setItem(row, 1, new NumericItem(kindName(kindComparison.kind), kindName(kindComparison.kind)));
      mTable->setItem(row, 2, new NumericItem(SwedishFormat::integer(comparison.a), QVariant::fromValue<qlonglong>(comparison.a)));
      mTable->setItem(row, 3, new NumericItem(SwedishFormat::integer(comparison.b), QVariant::fromValue<qlonglong>(comparison.b)));
      mTable->setItem(row, 4,
                      new NumericItem(SwedishFormat::signedInteger(comparison.change), QVariant::fromValue<qlonglong>(comparison.change)));
      mTable->setItem(row, 5,
                      new NumericItem(SwedishFormat::changePercent(comparison.changePercent), optionalValue(comparison.changePercent)));
      auto *p = new NumericItem(SwedishFormat::pValue(comparison.pAdjusted), optionalValue(comparison.pAdjusted));
      if (comparison.pAdjusted && *comparison.pAdjusted < ComparisonSentence::kSignificanceLevel)
      {
        QFont bold = p->font();
        bold.setBold(true);
        p->setFont(bold);
      }
      mTable->setItem(row, 6, p);
      for (int column = 2; column < 7; ++column)
        mTable->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      ++row;
    }
  }
  mTable->setSortingEnabled(true);
}

void ComparisonTab::fillChart()
{
  using namespace QtCharts;
  QChart *chart = mChartView->chart();
  ChartStyle::clear(*chart);
  if (!mResults.empty())
  {
    const GroupField field = groupField();
    const bool ordinal = field == GroupField::Hour || field == GroupField::Weekday || field == GroupField::Month;
    // The groups: in natural order, or the largest (over every comparison shown) first.
    QStringList keys;
    QHash<QString, std::int64_t> sizes;
    for (const KindComparison &comparison : mResults)
    {
      for (const ComparisonRow &row : comparison.result.rows)
      {
        if (!sizes.contains(row.key))
          keys << row.key;
        sizes[row.key] += row.a + row.b;
      }
    }
    if (ordinal)
      std::sort(keys.begin(), keys.end(), [](const QString &l, const QString &r) { return l.toInt() < r.toInt(); });
    else
      std::stable_sort(keys.begin(), keys.end(), [&sizes](const QString &l, const QString &r) { return sizes.value(l) > sizes.value(r); });
    const int shown = ordinal ? static_cast<int>(keys.size()) : std::min<int>(kMaximumBars, static_cast<int>(keys.size()));
    const bool several = mResults.size() > 1;
    std::int64_t highest = 0;
    auto *series = new QBarSeries;
    int setIndex = 0;
    for (const KindComparison &comparison : mResults)
    {
      QHash<QString, const ComparisonRow *> byKey;
      for (const ComparisonRow &row : comparison.result.rows)
        byKey.insert(row.key, &row);
      const QString suffix = several ? QStringLiteral(" · ") + kindName(comparison.kind) : QString();
      auto *setA = new QBarSet(tr("A %1").arg(comparison.result.a.period.toString()) + suffix);
      auto *setB = new QBarSet(tr("B %1").arg(comparison.result.b.period.toString()) + suffix);
      for (int i = 0; i < shown; ++i)
      {
        const ComparisonRow *row = byKey.value(keys.at(i));
        *setA << static_cast<qreal>(row ? row->a : 0);
        *setB << static_cast<qreal>(row ? row->b : 0);
        if (row)
          highest = std::max({highest, row->a, row->b});
      }
      for (QBarSet *set : {setA, setB})
      {
        set->setBrush(barBrush(setIndex++, several));
        set->setPen(ChartStyle::barPen());
        series->append(set);
      }
    }
    QStringList labels;
    for (int i = 0; i < shown; ++i)
    {
      // Qt Charts drops what does not fit a bar group's width, so names go one word a line.
      QString label =
        field == GroupField::Hour ? keys.at(i) : mLabels.label(field, keys.at(i)).split(QLatin1Char(' ')).join(QStringLiteral("<br>"));
      // The axis keeps one bar group per distinct label: two groups of the same name (a crime and
      // a report category) would silently become one, 8 groups drawn as 7.
      while (labels.contains(label))
        label += QChar(0x200B);
      labels << label;
    }
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
    chart->setTitle(shown < static_cast<int>(keys.size()) ? tr("A vs B, the %1 largest groups").arg(shown) : tr("A vs B"));
  }
  ChartStyle::apply(*chart);
  if (!mResults.empty() && !chart->series().isEmpty())
  {
    auto *series = static_cast<QAbstractBarSeries *>(chart->series().constFirst());
    const bool several = mResults.size() > 1;
    for (int index = 0; index < series->barSets().size(); ++index)
      series->barSets().at(index)->setBrush(barBrush(index, several));
  }
}

void ComparisonTab::rowClicked(int row)
{
  const QTableWidgetItem *item = mTable->item(row, 0);
  if (!item)
    return;
  const QString key = item->data(NumericItem::kKeyRole).toString();
  IncidentFilter filter = mBaseFilter;
  if (const auto kind = kindFromCode(item->data(NumericItem::kKindRole).toString()))
    filter.kind = kind;
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

QString ComparisonTab::description() const
{
  QStringList kinds;
  for (const KindComparison &comparison : mResults)
    kinds << heading(comparison);
  QStringList filter;
  if (!mBaseFilter.categories.isEmpty())
  {
    QStringList names;
    for (const QString &code : mBaseFilter.categories)
      names << mLabels.label(GroupField::Category, code);
    filter << tr("categories: %1").arg(names.join(QStringLiteral(", ")));
  }
  if (!mBaseFilter.sources.isEmpty())
  {
    QStringList names;
    for (const QString &code : mBaseFilter.sources)
      names << mLabels.label(GroupField::Source, code);
    filter << tr("sources: %1").arg(names.join(QStringLiteral(", ")));
  }
  if (!mBaseFilter.areas.isEmpty())
  {
    QStringList names;
    for (const QString &code : mBaseFilter.areas)
      names << mLabels.label(GroupField::Area, code);
    filter << tr("areas: %1").arg(names.join(QStringLiteral(", ")));
  }
  if (!mBaseFilter.hours.empty())
  {
    QStringList hours;
    for (int hour : mBaseFilter.hours)
      hours << QString::number(hour);
    filter << tr("hours: %1").arg(hours.join(QStringLiteral(", ")));
  }
  if (!mBaseFilter.weekdays.empty())
  {
    QStringList days;
    for (int day : mBaseFilter.weekdays)
      days << GroupLabels::weekdayName(day);
    filter << tr("weekdays: %1").arg(days.join(QStringLiteral(", ")));
  }
  QStringList lines;
  lines << tr("Period comparison: %1").arg(kinds.join(QStringLiteral("; ")));
  lines << tr("Period A %1, period B %2 (local days, both inclusive)").arg(isoPeriod(periodA()), isoPeriod(periodB()));
  lines << tr("Grouped by: %1").arg(mGroupBy->currentText());
  lines << (filter.isEmpty() ? tr("Filter: none") : tr("Filter: %1").arg(filter.join(QStringLiteral("; "))));
  lines << tr("Change % rounded to one decimal; p adjusted for many groups (Benjamini–Hochberg), exact Poisson test; the total row's p is "
              "the test of the totals.");
  if (mSession && mSession->isOpen())
    lines << tr("Store: %1").arg(mSession->path());
  return lines.join(QLatin1Char('\n'));
}

ExportTable ComparisonTab::exportContents() const
{
  ExportTable table;
  table.name = tr("Comparison");
  table.description = description().split(QLatin1Char('\n'));
  table.headers =
    QStringList{tr("Group"),    tr("Kind"),      tr("A %1").arg(isoPeriod(periodA())), tr("B %1").arg(isoPeriod(periodB())), tr("Change"),
                tr("Change %"), tr("Adjusted p")};
  const GroupField field = groupField();
  for (const KindComparison &comparison : mResults)
  {
    const QString kind = kindName(comparison.kind);
    for (const ComparisonRow &row : comparison.result.rows)
      table.rows.push_back({mLabels.label(field, row.key), kind, QVariant::fromValue<qlonglong>(row.a),
                            QVariant::fromValue<qlonglong>(row.b), QVariant::fromValue<qlonglong>(row.change),
                            rounded(row.changePercent, 1), rounded(row.pAdjusted, 4)});
    const ComparisonResult &result = comparison.result;
    table.rows.push_back({tr("Total"), kind, QVariant::fromValue<qlonglong>(result.a.total), QVariant::fromValue<qlonglong>(result.b.total),
                          QVariant::fromValue<qlonglong>(result.change), rounded(result.changePercent, 1),
                          rounded(std::optional<double>(result.pValue), 4)});
  }
  return table;
}

Result<void> ComparisonTab::exportTable(const QString &path) const
{
  return TableExport::write(exportContents(), path);
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
