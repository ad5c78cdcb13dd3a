#include "demointerventions.h"

#include "demoplaces.h"
#include "time/daterange.h"

#include <algorithm>

namespace lagesbild::demo
{
namespace
{
// The basement problem: reports start to pile up in late July 2020 and peak in September.
const QDate kBasementRampStart(2020, 7, 20);
const QDate kBasementPeak(2020, 9, 15);
constexpr double kBasementPeakFactor = 25.0;
constexpr double kBasementFirstWeekFactor = 8.0;
constexpr double kBasementSecondWeekFactor = 3.0;
constexpr double kBasementCalmFactor = 0.6;
constexpr double kBasementCrimeShare = 0.2; //!< crimes follow the reports' bulge at a fifth of its height

const QDate kNightWalksStart(2020, 10, 9);
const QDate kNightWalksEnd(2020, 12, 19);
const QDate kStationLightingDone(2021, 2, 26);
const QDate kParkCleanUpStart(2021, 4, 26);
const QDate kParkCleanUpEnd(2021, 4, 30);
const QDate kHarbourGuardsStart(2021, 6, 18);
const QDate kHarbourGuardsEnd(2021, 8, 15);

bool within(const QDate &day, const QDate &from, const QDate &to)
{
  return day >= from && day <= to;
}

double basementReportFactor(const QDate &day)
{
  const QDate interventionStart = DemoInterventions::basementInterventionStart();
  if (day < kBasementRampStart)
    return 1.0;
  if (day < kBasementPeak)
  {
    const double share =
      static_cast<double>(kBasementRampStart.daysTo(day)) / static_cast<double>(kBasementRampStart.daysTo(kBasementPeak));
    return 1.0 + (kBasementPeakFactor - 1.0) * share;
  }
  if (day < interventionStart)
    return kBasementPeakFactor;
  const qint64 daysInto = interventionStart.daysTo(day);
  if (daysInto < 7)
    return kBasementFirstWeekFactor;
  if (daysInto < 14)
    return kBasementSecondWeekFactor;
  return kBasementCalmFactor;
}

Intervention intervention(const char *type, const QString &title, const QDate &from, const QDate &to, const QStringList &actors,
                          const QString &note)
{
  Intervention result;
  result.type = QString::fromLatin1(type);
  result.title = title;
  const DateRange range(from, to);
  result.startUtc = range.startUtc();
  result.endUtc = range.endUtcExclusive() - 1;
  result.actors = actors;
  result.note = note;
  return result;
}

PointXY addressPoint(const DemoPlaces &places, const QString &placeCode, const QString &address)
{
  for (const DemoPlace &place : places.places())
  {
    if (place.code != placeCode)
      continue;
    for (const DemoAddress &candidate : place.addresses)
    {
      if (candidate.name == address)
        return candidate.point;
    }
  }
  return {};
}
} // namespace

std::vector<Intervention> DemoInterventions::all(const DemoPlaces &places)
{
  std::vector<Intervention> result;

  Intervention basement = intervention(
    "police_presence", QStringLiteral("Fokus på källaren, Hagabergsvägen 12"), basementInterventionStart(), basementInterventionEnd(),
    {QStringLiteral("Polisen"), QStringLiteral("Väktare"), QStringLiteral("Nattvandrare"), QStringLiteral("Bostadsbolaget")},
    QStringLiteral("Bostadsbolaget rapporterade avvikelser i källaren. Polisiär närvaro, bevakning med väktare och nattvandring "
                   "styrdes till adressen under några veckor (syntetisk demoinsats)."));
  basement.centre = addressPoint(places, QStringLiteral("kallaren"), basementAddress());
  basement.radius = 100.0;
  result.push_back(basement);

  Intervention nightWalks =
    intervention("night_walks", QStringLiteral("Nattvandring riktad till Hagaberg"), kNightWalksStart, kNightWalksEnd,
                 {QStringLiteral("Nattvandrare")}, QStringLiteral("Fredags- och lördagskvällar (syntetisk demoinsats)."));
  nightWalks.areaCode = basementArea();
  result.push_back(nightWalks);

  Intervention lighting =
    intervention("lighting", QStringLiteral("Ny belysning vid stationen och pendlarparkeringen"), QDate(2021, 2, 15), kStationLightingDone,
                 {QStringLiteral("Kommunen")}, QStringLiteral("Belysningen byttes och kompletterades (syntetisk demoinsats)."));
  lighting.centre = addressPoint(places, QStringLiteral("stationen"), QStringLiteral("Stationsgatan 1"));
  lighting.radius = 150.0;
  result.push_back(lighting);

  Intervention cleanUp = intervention("clean_up", QStringLiteral("Städdag och klotterborttagning i Kungsparken"), kParkCleanUpStart,
                                      kParkCleanUpEnd, {QStringLiteral("Kommunen"), QStringLiteral("Skolan")},
                                      QStringLiteral("Skräp plockades och klotter togs bort (syntetisk demoinsats)."));
  cleanUp.areaCode = QStringLiteral("kungsparken");
  result.push_back(cleanUp);

  Intervention guards = intervention("guards", QStringLiteral("Väktare i hamnen under sommaren"), kHarbourGuardsStart, kHarbourGuardsEnd,
                                     {QStringLiteral("Väktare"), QStringLiteral("Kommunen")},
                                     QStringLiteral("Väktarrond kvällar och nätter (syntetisk demoinsats)."));
  guards.areaCode = QStringLiteral("hamnen");
  result.push_back(guards);
  return result;
}

double DemoInterventions::effect(const QString &placeCode, IncidentKind kind, const QDate &day)
{
  const bool report = kind == IncidentKind::Report;
  if (placeCode == QLatin1String("kallaren"))
  {
    const double factor = basementReportFactor(day);
    return report ? factor : 1.0 + (factor - 1.0) * kBasementCrimeShare;
  }
  if (placeCode == QLatin1String("hagaberg"))
  {
    double factor = 1.0;
    if (within(day, basementInterventionStart(), basementInterventionEnd()))
      factor *= 1.15; // a little displacement next door while the basement is watched
    if (within(day, kNightWalksStart, kNightWalksEnd))
      factor *= 0.8;
    return factor;
  }
  if (placeCode == QLatin1String("stationen") && day > kStationLightingDone)
    return report ? 0.65 : 0.85;
  if (placeCode == QLatin1String("hamnen") && within(day, kHarbourGuardsStart, kHarbourGuardsEnd))
    return 0.6;
  if (placeCode == QLatin1String("kungsparken"))
  {
    if (within(day, kHarbourGuardsStart, kHarbourGuardsEnd))
      return 1.15; // displacement from the guarded harbour
    if (report && day > kParkCleanUpEnd)
      return 0.9;
  }
  return 1.0;
}

} // namespace lagesbild::demo
