#include "analysispane.h"

#include "comparisontab.h"
#include "desktop/filterpanel.h"
#include "patternstab.h"
#include "session/storesession.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lagesbild
{
namespace
{
QStringList sorted(QStringList list)
{
  list.sort();
  return list;
}

std::vector<int> sorted(std::vector<int> list)
{
  std::sort(list.begin(), list.end());
  return list;
}

bool sameFilter(const IncidentFilter &one, const IncidentFilter &other)
{
  return one.period == other.period && one.kind == other.kind && sorted(one.categories) == sorted(other.categories) &&
         sorted(one.sources) == sorted(other.sources) && sorted(one.areas) == sorted(other.areas) &&
         sorted(one.hours) == sorted(other.hours) && sorted(one.weekdays) == sorted(other.weekdays);
}
} // namespace

AnalysisPane::AnalysisPane(StoreSession *session, FilterPanel *filterPanel, QWidget *parent)
  : QWidget(parent), mSession(session), mFilterPanel(filterPanel)
{
  mTabs = new QTabWidget(this);
  mComparison = new ComparisonTab(session, mTabs);
  mPatterns = new PatternsTab(session, mTabs);
  mTabs->addTab(mComparison, tr("Period comparison"));
  mTabs->addTab(mPatterns, tr("Time patterns"));
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mTabs);

  connect(mComparison, &ComparisonTab::periodsChanged, this, &AnalysisPane::periodsChanged);
  connect(mComparison, &ComparisonTab::filterRequested, this, &AnalysisPane::applyFilter);
  connect(mPatterns, &PatternsTab::filterRequested, this, &AnalysisPane::applyFilter);
  if (mFilterPanel)
    connect(mFilterPanel, &FilterPanel::filterChanged, this, &AnalysisPane::filterPanelChanged);
  if (mSession)
    connect(mSession, &StoreSession::incidentsChanged, this, &AnalysisPane::refresh);
}

void AnalysisPane::hold()
{
  mHeld = true;
}

void AnalysisPane::release()
{
  mHeld = false;
  if (mOutOfDate)
  {
    mOutOfDate = false;
    refresh();
  }
}

void AnalysisPane::refresh()
{
  if (mHeld)
  {
    mOutOfDate = true;
    return;
  }
  const IncidentFilter filter = mFilterPanel ? mFilterPanel->filter() : IncidentFilter::all();
  mComparison->setBaseFilter(filter);
  mPatterns->setBaseFilter(filter);
  if (filter.period && *filter.period != mComparison->periodB())
  {
    mComparison->setPeriodB(*filter.period); // recomputes both tabs
    return;
  }
  mComparison->recompute();
  periodsChanged();
}

void AnalysisPane::filterPanelChanged()
{
  if (mOwnFilter && sameFilter(*mOwnFilter, mFilterPanel->filter()))
    return; // the echo of a row or cell click: the pane keeps showing all groups
  mOwnFilter.reset();
  refresh();
}

void AnalysisPane::applyFilter(const IncidentFilter &filter)
{
  if (!mFilterPanel)
    return;
  mFilterPanel->setFilter(filter);
  mOwnFilter = mFilterPanel->filter();
}

void AnalysisPane::periodsChanged()
{
  mPatterns->setPeriods(mComparison->periodA(), mComparison->periodB());
  mPatterns->recompute();
}

} // namespace lagesbild
