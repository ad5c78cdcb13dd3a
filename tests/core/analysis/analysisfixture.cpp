#include "analysisfixture.h"

#include <QDateTime>
#include <QTimeZone>

namespace lagesbild::test
{
namespace
{
const QTimeZone &stockholm()
{
  static const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
  return zone;
}

//! A small deterministic generator (64-bit LCG), so the data never depends on the library.
class Generator
{
  public:
    explicit Generator(unsigned seed) : mState(seed) {}
    std::uint32_t next()
    {
      mState = mState * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::uint32_t>(mState >> 33);
    }
    std::int64_t below(std::int64_t bound) { return static_cast<std::int64_t>(next()) % bound; }

  private:
    std::uint64_t mState;
};
} // namespace

std::int64_t localToUtc(const QDate &date, const QTime &time)
{
  return QDateTime(date, time, stockholm()).toSecsSinceEpoch();
}

Incident makeIncident(IncidentKind kind, const QString &category, const QString &source, const QString &area, std::int64_t occurredUtc)
{
  Incident incident;
  incident.kind = kind;
  incident.category = category;
  incident.source = source;
  incident.area = area;
  incident.occurredFrom = occurredUtc;
  incident.x = 540000.0;
  incident.y = 6580000.0;
  return incident;
}

Incident makeIncident(IncidentKind kind, const QString &category, const QString &source, const QString &area, const QDate &date,
                      const QTime &time)
{
  return makeIncident(kind, category, source, area, localToUtc(date, time));
}

std::vector<Incident> syntheticIncidents(int count, const QDate &from, const QDate &to, unsigned seed)
{
  static const QStringList crimeCategories = {QStringLiteral("skadegorelse"), QStringLiteral("stold"), QStringLiteral("misshandel"),
                                              QStringLiteral("narkotika")};
  static const QStringList reportCategories = {QStringLiteral("klotter"), QStringLiteral("nedskrapning"),
                                               QStringLiteral("ordningsstorning")};
  static const QStringList sources = {QStringLiteral("polisen"), QStringLiteral("bostadsbolaget"), QStringLiteral("vaktare"),
                                      QStringLiteral("nattvandrare")};
  static const QStringList areas = {QString(), QStringLiteral("centrum"), QStringLiteral("valhall"), QStringLiteral("stationen")};
  Generator generator(seed);
  const std::int64_t start = localToUtc(from, QTime(0, 0));
  const std::int64_t span = localToUtc(to.addDays(1), QTime(0, 0)) - start;
  std::vector<Incident> incidents;
  incidents.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
  {
    const bool crime = generator.below(3) != 0;
    const QStringList &categories = crime ? crimeCategories : reportCategories;
    Incident incident =
      makeIncident(crime ? IncidentKind::Crime : IncidentKind::Report, categories.at(static_cast<int>(generator.below(categories.size()))),
                   sources.at(static_cast<int>(generator.below(sources.size()))), areas.at(static_cast<int>(generator.below(areas.size()))),
                   start + generator.below(span));
    incident.id = i + 1;
    incident.x = 540000.0 + static_cast<double>(generator.below(5000));
    incident.y = 6580000.0 + static_cast<double>(generator.below(5000));
    incident.address = QStringLiteral("Storgatan %1").arg(generator.below(20) + 1);
    if (generator.below(10) == 0)
      incident.precision = LocationPrecision::Municipality;
    incidents.push_back(incident);
  }
  return incidents;
}

std::int64_t referenceExposure(const DateRange &period, GroupField field, const QString &key)
{
  const std::int64_t start = localToUtc(period.from(), QTime(0, 0));
  const std::int64_t end = localToUtc(period.to().addDays(1), QTime(0, 0));
  if (field != GroupField::Hour && field != GroupField::Weekday && field != GroupField::Month)
    return end - start;
  const int wanted = key.toInt();
  std::int64_t seconds = 0;
  for (std::int64_t t = start; t < end; t += 3600)
  {
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, stockholm());
    const int value = field == GroupField::Hour      ? local.time().hour()
                      : field == GroupField::Weekday ? local.date().dayOfWeek()
                                                     : local.date().month();
    if (value == wanted)
      seconds += 3600;
  }
  return seconds;
}

} // namespace lagesbild::test
