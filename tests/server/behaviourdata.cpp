#include "behaviourdata.h"

#include "behaviourstores.h"

#include <random>

namespace lagesbild::test
{

Area squareArea(const QString &code, const QString &type, double x0, double y0, double size)
{
  Area area;
  area.code = code;
  area.name = code;
  area.type = type;
  area.polygons = {{{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}};
  return area;
}

std::vector<Area> behaviourAreas()
{
  return {squareArea(QStringLiteral("distrikt"), QStringLiteral("district"), 560000, 6580000, 10000),
          squareArea(QStringLiteral("bostad"), QStringLiteral("housing"), 562000, 6582000, 1000)};
}

std::vector<Incident> behaviourIncidents()
{
  const QStringList crimes{QStringLiteral("brott_misshandel"), QStringLiteral("brott_skadegorelse"), QStringLiteral("brott_narkotika")};
  const QStringList reports{QStringLiteral("klotter"), QStringLiteral("brand"), QStringLiteral("otrygg_samling")};
  const QStringList sources{QStringLiteral("polisen"), QStringLiteral("bostadsbolaget"), QStringLiteral("vaktare"),
                            QStringLiteral("nattvandrare")};
  std::mt19937_64 random(19);
  const std::int64_t start = localUtc(QDate(2020, 1, 1), QTime(0, 0));
  const std::int64_t end = localUtc(QDate(2022, 1, 1), QTime(0, 0));
  std::uniform_int_distribution<std::int64_t> time(start, end - 1);
  std::uniform_real_distribution<double> x(558000, 572000);
  std::uniform_real_distribution<double> y(6578000, 6592000);
  std::vector<Incident> incidents;
  for (int i = 0; i < 600; ++i)
  {
    const bool crime = i % 3 == 0;
    Incident incident = makeIncident(crime ? IncidentKind::Crime : IncidentKind::Report,
                                     crime ? crimes[i % crimes.size()] : reports[i % reports.size()], sources[i % sources.size()],
                                     // every fifth in the housing area, so it has enough rows
                                     i % 5 == 0 ? 562000 + (i % 97) * 10.0 : std::round(x(random) * 100) / 100,
                                     i % 5 == 0 ? 6582000 + (i % 89) * 11.0 : std::round(y(random) * 100) / 100, time(random),
                                     i % 2 == 0 ? QStringLiteral("ext-%1").arg(i) : QString());
    if (i % 17 == 0)
      incident.precision = LocationPrecision::Municipality;
    if (i % 7 == 0)
      incident.address = QStringLiteral("Drottninggatan %1").arg(i % 4 + 1);
    incidents.push_back(incident);
  }
  return incidents;
}

std::vector<std::pair<QString, IncidentFilter>> behaviourFilters()
{
  std::vector<std::pair<QString, IncidentFilter>> filters;
  filters.emplace_back(QStringLiteral("all"), IncidentFilter::all());
  IncidentFilter f;
  f.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12));
  filters.emplace_back(QStringLiteral("period 2021-01-01..2021-12-12"), f);
  f = {};
  f.period = DateRange(QDate(2020, 3, 29), QDate(2020, 10, 25));
  filters.emplace_back(QStringLiteral("period from spring to autumn change day 2020"), f);
  f = {};
  f.kind = IncidentKind::Crime;
  filters.emplace_back(QStringLiteral("kind crime"), f);
  f = {};
  f.kind = IncidentKind::Report;
  f.categories = QStringList{QStringLiteral("klotter"), QStringLiteral("brand")};
  filters.emplace_back(QStringLiteral("reports: klotter, brand"), f);
  f = {};
  f.sources = QStringList{QStringLiteral("vaktare"), QStringLiteral("nattvandrare")};
  filters.emplace_back(QStringLiteral("sources vaktare, nattvandrare"), f);
  f = {};
  f.areas = QStringList{QStringLiteral("bostad")};
  filters.emplace_back(QStringLiteral("area bostad"), f);
  f = {};
  f.areas = QStringList{QStringLiteral("distrikt"), QString()};
  filters.emplace_back(QStringLiteral("area distrikt or none"), f);
  f = {};
  f.bbox = BoundingBox{561000, 6581000, 566000, 6586000};
  filters.emplace_back(QStringLiteral("bounding box"), f);
  f = {};
  f.hours = {22, 23, 0, 1, 2};
  filters.emplace_back(QStringLiteral("hours 22-02"), f);
  f = {};
  f.weekdays = {6, 7};
  filters.emplace_back(QStringLiteral("weekend"), f);
  f = {};
  f.includeMunicipalityPrecision = false;
  filters.emplace_back(QStringLiteral("without municipality precision"), f);
  f = {};
  f.period = DateRange(QDate(2020, 6, 1), QDate(2021, 5, 31));
  f.kind = IncidentKind::Report;
  f.sources = QStringList{QStringLiteral("bostadsbolaget"), QStringLiteral("vaktare"), QStringLiteral("nattvandrare")};
  f.areas = QStringList{QStringLiteral("bostad"), QStringLiteral("distrikt")};
  f.bbox = BoundingBox{558000, 6578000, 570000, 6590000};
  f.hours = {18, 19, 20, 21, 22, 23};
  f.weekdays = {5, 6, 7};
  f.includeMunicipalityPrecision = false;
  filters.emplace_back(QStringLiteral("every field at once"), f);
  return filters;
}

} // namespace lagesbild::test
