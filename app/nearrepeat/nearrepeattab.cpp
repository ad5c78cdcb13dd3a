#include "nearrepeattab.h"

#include "cli/knoxlabels.h"
#include "cli/swedishformat.h"
#include "desktop/filterpanel.h"
#include "knoxtask.h"
#include "nearrepeat/knoxsummary.h"
#include "riskzoneslayer.h"
#include "session/storesession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qgsapplication.h>

#include <algorithm>

namespace lagesbild
{
namespace
{
const QString kDefaultSpaceBands = QStringLiteral("0,1,100,200,300,400");
const QString kDefaultTimeBands = QStringLiteral("0,7,14,21,28");
constexpr int kDefaultPermutations = 999;
constexpr int kDefaultRecentDays = 14;
constexpr double kRatioForFullColour = 3.0;

QColor lerp(const QColor &from, const QColor &to, double t)
{
  t = std::clamp(t, 0.0, 1.0);
  return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * t, from.greenF() + (to.greenF() - from.greenF()) * t,
                          from.blueF() + (to.blueF() - from.blueF()) * t);
}

//! White at ratio 1, deeper red up to kRatioForFullColour, pale blue below 1.
QColor ratioColour(const std::optional<double> &ratio)
{
  if (!ratio)
    return QColor(Qt::white);
  if (*ratio >= 1.0)
    return lerp(Qt::white, QColor(222, 45, 38), (*ratio - 1.0) / (kRatioForFullColour - 1.0));
  return lerp(Qt::white, QColor(158, 202, 225), 1.0 - *ratio);
}
} // namespace

NearRepeatTab::NearRepeatTab(StoreSession *session, FilterPanel *filterPanel, QgsProject *project, QWidget *parent)
  : QWidget(parent), mSession(session), mFilterPanel(filterPanel), mProject(project), mZones(std::make_unique<RiskZonesLayer>(project))
{
  mSpaceBands = new QLineEdit(kDefaultSpaceBands, this);
  mSpaceBands->setObjectName(QStringLiteral("spaceBands"));
  mSpaceBands->setToolTip(tr("Breaks in metres from 0; bands include the lower break, not the upper; the last band is open-ended. "
                             "0,1 is the same location."));
  mTimeBands = new QLineEdit(kDefaultTimeBands, this);
  mTimeBands->setObjectName(QStringLiteral("timeBands"));
  mTimeBands->setToolTip(tr("Breaks in whole days from 0; 0,7 means 0 to 6 days apart; the last band is open-ended."));
  mPermutations = new QSpinBox(this);
  mPermutations->setObjectName(QStringLiteral("permutations"));
  mPermutations->setRange(19, KnoxOptions::kMaximumPermutations);
  mPermutations->setValue(kDefaultPermutations);
  mDistance = new QComboBox(this);
  mDistance->addItem(tr("Straight line (Euclidean)"));
  mDistance->addItem(tr("Along streets (Manhattan)"));

  // Labels go above their fields when the side column is narrow (1366x768).
  mDistance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  mDistance->setMinimumContentsLength(12);
  auto *form = new QFormLayout;
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  form->addRow(tr("Distance bands (m)"), mSpaceBands);
  form->addRow(tr("Time bands (days)"), mTimeBands);
  form->addRow(tr("Permutations"), mPermutations);
  form->addRow(tr("Distance"), mDistance);

  mRunButton = new QPushButton(tr("Compute"), this);
  mRunButton->setObjectName(QStringLiteral("runKnox"));
  mCancelButton = new QPushButton(tr("Cancel"), this);
  mCancelButton->setEnabled(false);
  mProgress = new QProgressBar(this);
  mProgress->setRange(0, 100);
  mProgress->setValue(0);
  auto *runRow = new QHBoxLayout;
  runRow->addWidget(mRunButton);
  runRow->addWidget(mCancelButton);
  runRow->addWidget(mProgress, 1);

  mStatus = new QLabel(this);
  mStatus->setWordWrap(true);
  mTable = new QTableWidget(this);
  mTable->setObjectName(QStringLiteral("knoxTable"));
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  mSentence = new QLabel(this);
  mSentence->setObjectName(QStringLiteral("knoxSentence"));
  mSentence->setWordWrap(true);
  QFont bold = mSentence->font();
  bold.setBold(true);
  mSentence->setFont(bold);
  auto *legend = new QLabel(tr("Knox ratio = observed pairs / pairs expected by chance (times shuffled among the places). "
                               "Red: more than expected; * and bold: significant (p ≤ 0.05)."),
                            this);
  legend->setWordWrap(true);

  mZonesButton = new QPushButton(tr("Risk zones on the map"), this);
  mZonesButton->setObjectName(QStringLiteral("riskZones"));
  mZonesButton->setCheckable(true);
  mZonesButton->setEnabled(false);
  mZonesButton->setToolTip(tr("Around each incident of the last days of the period: the significant distance, labelled with the days "
                              "of raised risk left."));
  mRecentDays = new QSpinBox(this);
  mRecentDays->setRange(1, 365);
  mRecentDays->setValue(kDefaultRecentDays);
  mRecentDays->setSuffix(tr(" days"));
  mZonesStatus = new QLabel(this);
  mZonesStatus->setWordWrap(true);
  // The button above, what it covers below: the tab fits a narrow side column.
  auto *zonesRow = new QGridLayout;
  zonesRow->addWidget(mZonesButton, 0, 0, 1, 3);
  zonesRow->addWidget(new QLabel(tr("incidents of the last"), this), 1, 0);
  zonesRow->addWidget(mRecentDays, 1, 1);
  zonesRow->setColumnStretch(2, 1);

  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(runRow);
  layout->addWidget(mStatus);
  layout->addWidget(mTable, 1);
  layout->addWidget(mSentence);
  layout->addWidget(legend);
  layout->addLayout(zonesRow);
  layout->addWidget(mZonesStatus);
  if (!mProject)
  {
    mZonesButton->hide();
    mRecentDays->hide();
  }

  connect(mRunButton, &QPushButton::clicked, this, &NearRepeatTab::run);
  connect(mCancelButton, &QPushButton::clicked, this, &NearRepeatTab::cancel);
  connect(mZonesButton, &QPushButton::toggled, this, &NearRepeatTab::showZones);
  connect(mRecentDays, qOverload<int>(&QSpinBox::valueChanged), this,
          [this]()
          {
            if (mZonesButton->isChecked())
              updateZones();
          });
}

NearRepeatTab::~NearRepeatTab()
{
  cancel();
}

void NearRepeatTab::setBaseFilter(const IncidentFilter &filter)
{
  mBaseFilter = filter;
}

void NearRepeatTab::run()
{
  cancel();
  if (!mSession || !mSession->store())
    return;
  if (mFilterPanel)
    mBaseFilter = mFilterPanel->filter();
  KnoxOptions options;
  const auto space = KnoxBands::parse(mSpaceBands->text());
  const auto time = KnoxBands::parse(mTimeBands->text());
  if (!space || !time)
  {
    mStatus->setText(!space ? tr("Distance bands: %1").arg(space.error().message) : tr("Time bands: %1").arg(time.error().message));
    return;
  }
  options.spaceBands = *space;
  options.timeBands = *time;
  options.permutations = mPermutations->value();
  options.distance = mDistance->currentIndex() == 1 ? KnoxDistance::Manhattan : KnoxDistance::Euclidean;

  auto *task = new KnoxTask(mSession->path(), mBaseFilter, options);
  mTask = task;
  mRunButton->setEnabled(false);
  mCancelButton->setEnabled(true);
  mProgress->setValue(0);
  mStatus->setText(tr("Computing…"));
  connect(task, &QgsTask::progressChanged, mProgress, [this](double progress) { mProgress->setValue(static_cast<int>(progress)); });
  connect(task, &QgsTask::taskCompleted, this, [this, task]() { taskFinished(task, true); });
  connect(task, &QgsTask::taskTerminated, this, [this, task]() { taskFinished(task, false); });
  QgsApplication::taskManager()->addTask(task);
}

void NearRepeatTab::runAndShowZones()
{
  mShowZonesWhenDone = true;
  run();
}

void NearRepeatTab::cancel()
{
  if (mTask)
    mTask->cancel();
}

void NearRepeatTab::taskFinished(KnoxTask *task, bool ok)
{
  if (task != mTask)
    return; // an older, cancelled run
  mTask.clear();
  mRunButton->setEnabled(true);
  mCancelButton->setEnabled(false);
  if (!ok || !task->result())
  {
    mProgress->setValue(0);
    mStatus->setText(task->errorMessage().isEmpty() ? tr("Cancelled.") : task->errorMessage());
    Q_EMIT finished(false);
    return;
  }
  mProgress->setValue(100);
  mResult = task->result();
  mEvents = task->events();
  mStatus->setText(tr("%1 incidents, %2 pairs; %3 within %4 m.")
                     .arg(cli::SwedishFormat::integer(mResult->events), cli::SwedishFormat::integer(mResult->pairs),
                          cli::SwedishFormat::integer(mResult->pairsWithinSpaceLimit),
                          cli::SwedishFormat::integer(static_cast<std::int64_t>(mResult->options.spaceBands.limit()))));
  fillTable();
  mZonesButton->setEnabled(KnoxSummary::zone(*mResult).has_value());
  if (mShowZonesWhenDone && mZonesButton->isEnabled())
    mZonesButton->setChecked(true); // toggled → updateZones
  else if (mZonesButton->isChecked())
    updateZones();
  mShowZonesWhenDone = false;
  Q_EMIT finished(true);
}

void NearRepeatTab::fillTable()
{
  const KnoxOptions &options = mResult->options;
  mTable->clear();
  mTable->setRowCount(options.spaceBands.count());
  mTable->setColumnCount(options.timeBands.count());
  QStringList rows;
  for (int s = 0; s < options.spaceBands.count(); ++s)
    rows.append(cli::KnoxLabels::spaceBand(options.spaceBands, s));
  QStringList columns;
  for (int t = 0; t < options.timeBands.count(); ++t)
    columns.append(cli::KnoxLabels::timeBand(options.timeBands, t, options.timeDifference));
  mTable->setVerticalHeaderLabels(rows);
  mTable->setHorizontalHeaderLabels(columns);
  for (const KnoxCell &cell : mResult->cells)
  {
    auto *item = new QTableWidgetItem(cli::KnoxLabels::ratio(cell));
    item->setTextAlignment(Qt::AlignCenter);
    item->setBackground(ratioColour(cell.ratio));
    item->setForeground(QColor(Qt::black));
    if (cell.significant)
    {
      QFont font = item->font();
      font.setBold(true);
      item->setFont(font);
    }
    item->setData(Qt::UserRole, cell.significant);
    item->setToolTip(tr("Observed %1, expected %2, p = %3")
                       .arg(cli::SwedishFormat::integer(cell.observed), cli::SwedishFormat::decimal(cell.expected, 1),
                            cli::SwedishFormat::decimal(cell.pValue, 3)));
    mTable->setItem(cell.spaceBand, cell.timeBand, item);
  }

  QString what;
  if (mBaseFilter.categories.size() == 1 && mSession)
  {
    const bool swedish = QLocale().language() == QLocale::Swedish;
    for (const Category &category : mSession->categories())
    {
      if (category.code == mBaseFilter.categories.front())
        what = (swedish ? category.nameSv : category.nameEn).toLower();
    }
  }
  mSentence->setText(cli::KnoxLabels::sentence(*mResult, what));
}

std::optional<QDate> NearRepeatTab::referenceDay() const
{
  if (mBaseFilter.period)
    return mBaseFilter.period->to();
  if (mSession && mSession->lastDay().isValid())
    return mSession->lastDay();
  return std::nullopt;
}

void NearRepeatTab::showZones(bool on)
{
  if (on)
    updateZones();
  else
  {
    mZones->hide();
    mZonesStatus->clear();
    Q_EMIT riskZonesChanged({}, 0.0);
  }
}

void NearRepeatTab::updateZones()
{
  const auto zone = mResult ? KnoxSummary::zone(*mResult) : std::nullopt;
  const auto today = referenceDay();
  if (!zone || !today)
  {
    mZones->hide();
    mZonesStatus->setText(tr("No significant near-repeat pattern: no risk zones."));
    Q_EMIT riskZonesChanged({}, 0.0);
    return;
  }
  const std::vector<RiskZone> zones = RiskZones::of(mEvents, *zone, *today, mRecentDays->value());
  mZones->show(zones, zone->radius);
  Q_EMIT riskZonesChanged(zones, zone->radius);
  mZonesStatus->setText(tr("%n zone(s) of %1 m around the incidents of the %2 days up to %3; risk raised for %4 days after each.", nullptr,
                           static_cast<int>(zones.size()))
                          .arg(cli::SwedishFormat::integer(static_cast<std::int64_t>(zone->radius)))
                          .arg(mRecentDays->value())
                          .arg(today->toString(Qt::ISODate))
                          .arg(zone->days));
}

QString NearRepeatTab::zonesLayerId() const
{
  return mZones->layerId();
}

} // namespace lagesbild
