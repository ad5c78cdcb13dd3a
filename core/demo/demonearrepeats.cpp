#include "demonearrepeats.h"

#include "demogeometry.h"
#include "demoplaces.h"

#include <algorithm>
#include <cmath>

namespace lagesbild::demo
{
namespace
{
constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::uint64_t kNearRepeatStream = 0x6E656172ULL; // "near"

bool isResidentialBurglary(const Incident &incident)
{
  return incident.kind == IncidentKind::Crime && incident.category == QLatin1String("brott_bostadsinbrott");
}

BoundingBox grown(BoundingBox box, double by)
{
  box.xMin -= by;
  box.yMin -= by;
  box.xMax += by;
  box.yMax += by;
  return box;
}

BoundingBox ringsBounds(const std::vector<Ring> &rings)
{
  Area area;
  area.polygons.push_back(rings);
  return areaBounds(area);
}

bool boxContains(const BoundingBox &box, double x, double y)
{
  return x >= box.xMin && x <= box.xMax && y >= box.yMin && y <= box.yMax;
}
} // namespace

DemoNearRepeats::DemoNearRepeats(std::uint64_t seed, const DemoPlaces &places, const std::vector<Intervention> &interventions)
  : mPlaces(places), mRandom(seed ^ kNearRepeatStream)
{
  constexpr std::int64_t margin = kInterventionMarginDays * kSecondsPerDay;
  for (const Intervention &intervention : interventions)
  {
    const std::int64_t from = intervention.startUtc - margin;
    const std::int64_t to = intervention.endUtc.value_or(intervention.startUtc) + margin;
    if (intervention.centre)
    {
      const PointXY &c = *intervention.centre;
      mFrozen.push_back({grown({c.x, c.y, c.x, c.y}, intervention.radius + kInterventionClearance), from, to});
    }
    if (!intervention.areaCode.isEmpty())
    {
      if (const Area *area = mPlaces.area(intervention.areaCode))
        mFrozen.push_back({grown(areaBounds(*area), kInterventionClearance), from, to});
    }
    if (!intervention.boundary.empty())
      mFrozen.push_back({grown(ringsBounds(intervention.boundary), kInterventionClearance), from, to});
  }
}

bool DemoNearRepeats::nearIntervention(double x, double y, std::int64_t utc) const
{
  return std::any_of(mFrozen.begin(), mFrozen.end(),
                     [x, y, utc](const Frozen &frozen)
                     { return utc >= frozen.fromUtc && utc <= frozen.toUtc && boxContains(frozen.box, x, y); });
}

void DemoNearRepeats::apply(Incident &incident)
{
  if (!isResidentialBurglary(incident))
    return;
  while (!mRecent.empty() && incident.occurredFrom - mRecent.front().occurredFrom >= kFollowDays * kSecondsPerDay)
    mRecent.pop_front();

  // The same numbers are drawn for every burglary, so a refusal does not shift the ones after it.
  const double follow = mRandom.uniform();
  const double which = mRandom.uniform();
  double dx = 0.0;
  double dy = 0.0;
  do
  {
    dx = 2.0 * mRandom.uniform() - 1.0;
    dy = 2.0 * mRandom.uniform() - 1.0;
  } while (dx * dx + dy * dy > 1.0);

  if (follow < kFollowShare && !mRecent.empty() && !nearIntervention(incident.x, incident.y, incident.occurredFrom))
  {
    const std::size_t index = std::min(mRecent.size() - 1, static_cast<std::size_t>(which * static_cast<double>(mRecent.size())));
    const Incident &origin = mRecent[index];
    const double x = std::round(origin.x + dx * kFollowRadius);
    const double y = std::round(origin.y + dy * kFollowRadius);
    if (areaContains(mPlaces.municipality(), x, y) && !nearIntervention(x, y, incident.occurredFrom))
    {
      incident.x = x;
      incident.y = y;
      incident.area = mPlaces.areaCodeAt(x, y);
      incident.address.clear(); // a neighbouring house: the address of the place drawn no longer fits
      ++mMoved;
    }
  }
  mRecent.push_back(incident);
}

} // namespace lagesbild::demo
