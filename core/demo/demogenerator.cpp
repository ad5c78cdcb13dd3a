#include "demogenerator.h"

#include "democalendar.h"
#include "demofigures.h"
#include "demogeometry.h"
#include "demointerventions.h"
#include "demonearrepeats.h"
#include "demoprofile.h"
#include "demorandom.h"
#include "demotaxonomy.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QHash>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lagesbild::demo
{
namespace
{
constexpr double kDaysPerYear = 365.25;
constexpr std::uint64_t kPlanStream = 0x706C616EULL;     // "plan"
constexpr std::uint64_t kIncidentStream = 0x696E6369ULL; // "inci"
constexpr double kBackgroundInTownShare = 0.5;           //!< background incidents in the built-up area rather than anywhere
constexpr double kCrimeWindowShare = 0.6;                //!< property crimes with a time window (from..to)
constexpr int kSecondsPerMinute = 60;
constexpr int kSecondsPerHour = 3600;
constexpr std::int64_t kSecondsPerDay = 86400;

int kindIndex(IncidentKind kind)
{
  return kind == IncidentKind::Crime ? 0 : 1;
}

IncidentKind kindAt(int index)
{
  return index == 0 ? IncidentKind::Crime : IncidentKind::Report;
}

std::vector<double> cumulative(const std::vector<double> &weights)
{
  std::vector<double> result(weights.size());
  double sum = 0.0;
  for (std::size_t i = 0; i < weights.size(); ++i)
  {
    sum += weights[i];
    result[i] = sum;
  }
  return result;
}

bool hasTimeWindow(const QString &category)
{
  return category == QLatin1String("brott_inbrott") || category == QLatin1String("brott_bostadsinbrott") ||
         category == QLatin1String("brott_stold_snatteri") || category == QLatin1String("brott_fordonsbrott") ||
         category == QLatin1String("brott_skadegorelse");
}

Error internalError(const QString &message)
{
  return makeError(ErrorCode::Internal, message);
}
} // namespace

DemoGenerator::DemoGenerator(DemoOptions options, DemoPlaces places) : mOptions(options), mPlaces(std::move(places)) {}

Result<DemoGenerator> DemoGenerator::create(const DemoOptions &options)
{
  if (options.scale < 1)
    return makeError(
      ErrorCode::Usage,
      QCoreApplication::translate("DemoGenerator", "The scale must be a whole number of at least 1, not %1").arg(options.scale));
  auto places = DemoPlaces::embedded();
  if (!places)
    return places.error();
  DemoGenerator generator(options, std::move(*places));
  const auto planned = generator.plan();
  if (!planned)
    return planned.error();
  return generator;
}

std::vector<Intervention> DemoGenerator::interventions() const
{
  return DemoInterventions::all(mPlaces);
}

std::int64_t DemoGenerator::plannedCount(IncidentKind kind) const
{
  const auto &counts = mCounts[kindIndex(kind)];
  std::int64_t total = 0;
  for (const std::int64_t n : counts)
    total += n;
  return total;
}

std::int64_t DemoGenerator::plannedCount() const
{
  return plannedCount(IncidentKind::Crime) + plannedCount(IncidentKind::Report);
}

Result<void> DemoGenerator::plan()
{
  // Days of the demo period.
  const StockholmTime &stockholm = StockholmTime::instance();
  for (QDate day = DemoCalendar::firstDay(); day <= DemoCalendar::lastDay(); day = day.addDays(1))
  {
    const std::int64_t start = stockholm.startOfDayUtc(day);
    const std::int64_t nextStart = stockholm.startOfDayUtc(day.addDays(1));
    mDays.push_back({day, day.dayOfWeek(), DemoCalendar::isSchoolHoliday(day), start, nextStart - start != kSecondsPerDay});
  }
  const std::size_t dayCount = mDays.size();

  // Places with their lookup tables.
  for (std::size_t placeIndex = 0; placeIndex < mPlaces.places().size(); ++placeIndex)
  {
    const DemoPlace &place = mPlaces.places()[placeIndex];
    const DemoProfile *profile = DemoProfile::find(place.profile);
    if (!profile)
      return internalError(QStringLiteral("Demo place \"%1\" has an unknown profile \"%2\"").arg(place.code, place.profile));
    PreparedPlace prepared;
    prepared.placeIndex = placeIndex;
    prepared.background = place.addresses.empty();
    std::vector<double> weights;
    for (const DemoAddress &address : place.addresses)
      weights.push_back(address.weight);
    prepared.addressCumulative = cumulative(weights);
    for (int k = 0; k < kKinds; ++k)
    {
      const auto &categories = k == 0 ? profile->crimeCategories : profile->reportCategories;
      weights.clear();
      for (const WeightedCode &entry : categories)
      {
        prepared.categoryCodes[k].push_back(entry.code);
        prepared.categoryDescriptions[k].push_back(DemoTaxonomy::description(entry.code));
        weights.push_back(entry.weight);
      }
      prepared.categoryCumulative[k] = cumulative(weights);
    }
    weights.clear();
    for (const WeightedCode &entry : profile->reportSources)
    {
      prepared.sourceCodes.push_back(entry.code);
      weights.push_back(entry.weight);
    }
    prepared.sourceCumulative = cumulative(weights);
    for (int weekday = 1; weekday <= 7; ++weekday)
    {
      for (const bool holiday : {false, true})
      {
        const auto hours = profile->hourWeights(weekday, holiday);
        std::array<double, 24> running{};
        double sum = 0.0;
        for (int hour = 0; hour < 24; ++hour)
          running[hour] = (sum += hours[hour]);
        prepared.hourCumulative.push_back(running);
      }
    }
    mPrepared.push_back(std::move(prepared));
  }
  const std::size_t placeCount = mPrepared.size();

  const auto &areas = mPlaces.areas();
  const auto urban =
    std::find_if(areas.begin(), areas.end(), [](const Area &area) { return area.code == QLatin1String("kungsor-tatort"); });
  if (urban == areas.end())
    return internalError(QStringLiteral("Demo places lack the area \"kungsor-tatort\""));
  mUrbanAreaIndex = static_cast<std::size_t>(urban - areas.begin());
  mUrbanBounds = areaBounds(*urban);
  mMunicipalityBounds = areaBounds(mPlaces.municipality());

  // Daily level per kind and place.
  for (int k = 0; k < kKinds; ++k)
  {
    const IncidentKind kind = kindAt(k);
    mLevel[k].assign(dayCount * placeCount, 0.0);
    for (std::size_t d = 0; d < dayCount; ++d)
    {
      const Day &day = mDays[d];
      const double trend = DemoCalendar::trend(kind, day.date);
      for (std::size_t p = 0; p < placeCount; ++p)
      {
        const DemoPlace &place = mPlaces.places()[mPrepared[p].placeIndex];
        const DemoProfile &profile = *DemoProfile::find(place.profile);
        const double perYear = kind == IncidentKind::Crime ? place.crimesPerYear : place.reportsPerYear;
        double level = perYear / kDaysPerYear * trend * profile.weekdays[day.weekday - 1] * profile.months[day.date.month() - 1];
        if (day.holiday)
          level *= profile.holidayFactor;
        level *= DemoInterventions::effect(place.code, kind, day.date);
        mLevel[k][d * placeCount + p] = level;
      }
    }
  }

  // Segments and the number of incidents per day.
  const QDate first = DemoCalendar::firstDay();
  DemoRandom random(mOptions.seed ^ kPlanStream);
  const std::vector<DemoAnchor> allAnchors = DemoFigures::anchors();
  for (int k = 0; k < kKinds; ++k)
  {
    std::vector<double> dayLevel(dayCount, 0.0);
    for (std::size_t d = 0; d < dayCount; ++d)
    {
      for (std::size_t p = 0; p < placeCount; ++p)
        dayLevel[d] += mLevel[k][d * placeCount + p];
    }

    struct Segment
    {
        std::size_t first = 0;
        std::size_t last = 0;
        std::int64_t anchored = -1;
        double level = 0.0;
        double factor = 0.0; //!< incidents per unit of level
    };
    std::vector<DemoAnchor> anchors;
    std::copy_if(allAnchors.begin(), allAnchors.end(), std::back_inserter(anchors),
                 [k](const DemoAnchor &a) { return kindIndex(a.kind) == k; });
    std::sort(anchors.begin(), anchors.end(), [](const DemoAnchor &a, const DemoAnchor &b) { return a.period.from() < b.period.from(); });

    std::vector<Segment> segments;
    std::size_t next = 0;
    for (const DemoAnchor &anchor : anchors)
    {
      const auto from = static_cast<std::size_t>(first.daysTo(anchor.period.from()));
      const auto to = static_cast<std::size_t>(first.daysTo(anchor.period.to()));
      if (from < next || to >= dayCount)
        return internalError(QStringLiteral("Demo anchor periods overlap or leave the demo period"));
      if (from > next)
        segments.push_back({next, from - 1, -1, 0.0, 0.0});
      segments.push_back({from, to, anchor.count, 0.0, 0.0});
      next = to + 1;
    }
    if (next < dayCount)
      segments.push_back({next, dayCount - 1, -1, 0.0, 0.0});

    // Anchored segments fix the incidents per unit of level; the others interpolate it in time.
    std::vector<std::pair<double, double>> anchorFactors; //!< (middle day, factor)
    for (Segment &segment : segments)
    {
      for (std::size_t d = segment.first; d <= segment.last; ++d)
        segment.level += dayLevel[d];
      if (segment.anchored >= 0)
      {
        if (segment.level <= 0.0)
          return internalError(QStringLiteral("A demo anchor period has no incidents to place"));
        segment.factor = static_cast<double>(segment.anchored) / segment.level;
        anchorFactors.emplace_back(static_cast<double>(segment.first + segment.last) / 2.0, segment.factor);
      }
    }

    mCounts[k].assign(dayCount, 0);
    for (Segment &segment : segments)
    {
      std::int64_t target = 0;
      if (segment.anchored >= 0)
      {
        target = segment.anchored * mOptions.scale;
      }
      else
      {
        const double middle = static_cast<double>(segment.first + segment.last) / 2.0;
        double factor = anchorFactors.front().second;
        if (middle >= anchorFactors.back().first)
          factor = anchorFactors.back().second;
        for (std::size_t i = 0; i + 1 < anchorFactors.size(); ++i)
        {
          const auto &[x0, f0] = anchorFactors[i];
          const auto &[x1, f1] = anchorFactors[i + 1];
          if (middle >= x0 && middle < x1)
            factor = f0 + (f1 - f0) * (middle - x0) / (x1 - x0);
        }
        target = std::llround(segment.level * factor * mOptions.scale);
      }
      if (target == 0)
        continue;
      std::vector<double> running;
      running.reserve(segment.last - segment.first + 1);
      double sum = 0.0;
      for (std::size_t d = segment.first; d <= segment.last; ++d)
        running.push_back(sum += dayLevel[d]);
      for (std::int64_t i = 0; i < target; ++i)
        ++mCounts[k][segment.first + random.pick(running)];
    }
  }
  return {};
}

PointXY DemoGenerator::randomPointIn(const Area &area, const BoundingBox &bounds, DemoRandom &random) const
{
  for (;;)
  {
    const double x = bounds.xMin + random.uniform() * (bounds.xMax - bounds.xMin);
    const double y = bounds.yMin + random.uniform() * (bounds.yMax - bounds.yMin);
    if (areaContains(area, x, y))
      return {std::round(x), std::round(y)};
  }
}

void DemoGenerator::makeIncident(IncidentKind kind, std::size_t dayIndex, const PreparedPlace &prepared, DemoRandom &random,
                                 Incident &incident) const
{
  static const StockholmTime &stockholm = StockholmTime::instance();
  const int k = kindIndex(kind);
  const Day &day = mDays[dayIndex];
  const DemoPlace &place = mPlaces.places()[prepared.placeIndex];

  incident.kind = kind;
  const std::size_t category = random.pick(prepared.categoryCumulative[k]);
  incident.category = prepared.categoryCodes[k][category];
  incident.source =
    kind == IncidentKind::Crime ? DemoTaxonomy::policeSource() : prepared.sourceCodes[random.pick(prepared.sourceCumulative)];

  // Where.
  if (prepared.background)
  {
    const bool inTown = random.uniform() < kBackgroundInTownShare;
    const PointXY point = inTown ? randomPointIn(mPlaces.areas()[mUrbanAreaIndex], mUrbanBounds, random)
                                 : randomPointIn(mPlaces.municipality(), mMunicipalityBounds, random);
    incident.x = point.x;
    incident.y = point.y;
    incident.address.clear();
    incident.precision = LocationPrecision::Approximate;
  }
  else
  {
    const DemoAddress &address = place.addresses[random.pick(prepared.addressCumulative)];
    // Uniform in a disc of radius jitter, by rejection from the square around it.
    double dx = 0.0;
    double dy = 0.0;
    do
    {
      dx = 2.0 * random.uniform() - 1.0;
      dy = 2.0 * random.uniform() - 1.0;
    } while (dx * dx + dy * dy > 1.0);
    incident.x = std::round(address.point.x + dx * place.jitter);
    incident.y = std::round(address.point.y + dy * place.jitter);
    incident.address = address.name;
    incident.precision = LocationPrecision::Exact;
  }
  incident.area = mPlaces.areaCodeAt(incident.x, incident.y);

  // When: a local hour by the place's profile, minutes (reports are written to five minutes).
  const auto &hours = prepared.hourCumulative[static_cast<std::size_t>((day.weekday - 1) * 2 + (day.holiday ? 1 : 0))];
  const int hour = static_cast<int>(random.pick(hours.data(), hours.size()));
  int minute = static_cast<int>(random.below(60));
  if (kind == IncidentKind::Report)
    minute -= minute % 5;
  // Local time to UTC: plain addition except on the two DST days of a year.
  incident.occurredFrom =
    day.offsetChanges ? stockholm.toUtc(day.date, QTime(hour, minute)) : day.startUtc + hour * kSecondsPerHour + minute * kSecondsPerMinute;
  incident.occurredTo.reset();
  if (kind == IncidentKind::Crime && hasTimeWindow(incident.category) && random.uniform() < kCrimeWindowShare)
    incident.occurredTo = incident.occurredFrom + (30 + static_cast<std::int64_t>(random.below(690))) * kSecondsPerMinute;
  const double delay = random.uniform();
  const std::int64_t start = incident.occurredTo.value_or(incident.occurredFrom);
  if (kind == IncidentKind::Crime)
    incident.reportedAt = start + 20 * kSecondsPerMinute + static_cast<std::int64_t>(delay * delay * 36.0 * kSecondsPerHour);
  else
    incident.reportedAt = start + 5 * kSecondsPerMinute + static_cast<std::int64_t>(delay * delay * 48.0 * kSecondsPerHour);

  incident.description = prepared.categoryDescriptions[k][category];
}

Result<std::int64_t> DemoGenerator::generate(const Sink &sink, std::size_t chunkSize) const
{
  chunkSize = std::max<std::size_t>(1, chunkSize);
  DemoRandom random(mOptions.seed ^ kIncidentStream);
  const std::size_t placeCount = mPrepared.size();
  std::vector<Incident> chunk;
  chunk.reserve(std::min<std::size_t>(chunkSize, static_cast<std::size_t>(plannedCount())));
  std::vector<Incident> today;
  std::vector<std::pair<std::int64_t, std::size_t>> order; //!< (occurred_from, index into today)
  char externalId[48];
  std::vector<double> placeCumulative(placeCount);
  std::int64_t serial = 0;
  DemoNearRepeats nearRepeats(mOptions.seed, mPlaces, interventions());

  for (std::size_t d = 0; d < mDays.size(); ++d)
  {
    today.clear();
    for (int k = 0; k < kKinds; ++k)
    {
      const std::int64_t n = mCounts[k][d];
      if (n == 0)
        continue;
      double sum = 0.0;
      for (std::size_t p = 0; p < placeCount; ++p)
        placeCumulative[p] = (sum += mLevel[k][d * placeCount + p]);
      for (std::int64_t i = 0; i < n; ++i)
      {
        const std::size_t p = random.pick(placeCumulative);
        today.emplace_back();
        makeIncident(kindAt(k), d, mPrepared[p], random, today.back());
      }
    }
    // Time order within the day: sort keys, not whole incidents.
    order.clear();
    for (std::size_t i = 0; i < today.size(); ++i)
      order.emplace_back(today[i].occurredFrom, i);
    std::sort(order.begin(), order.end());
    for (const auto &[occurredFrom, index] : order)
    {
      Incident &incident = today[index];
      nearRepeats.apply(incident);
      std::snprintf(externalId, sizeof externalId, "kungsor-demo-%09lld", static_cast<long long>(++serial));
      incident.externalId = QString::fromLatin1(externalId);
      chunk.push_back(std::move(incident));
      if (chunk.size() >= chunkSize)
      {
        if (!sink(chunk))
          return makeError(ErrorCode::Cancelled, QCoreApplication::translate("DemoGenerator", "The demo generation was cancelled"));
        chunk.clear();
      }
    }
  }
  if (!chunk.empty() && !sink(chunk))
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("DemoGenerator", "The demo generation was cancelled"));
  return serial;
}

std::vector<Incident> DemoGenerator::generateAll() const
{
  std::vector<Incident> all;
  all.reserve(static_cast<std::size_t>(plannedCount()));
  const auto generated = generate(
    [&all](std::vector<Incident> &chunk)
    {
      std::move(chunk.begin(), chunk.end(), std::back_inserter(all));
      return true;
    });
  (void)generated;
  return all;
}

} // namespace lagesbild::demo
