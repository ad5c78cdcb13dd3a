#include "demoprofile.h"

#include <algorithm>

namespace lagesbild::demo
{
namespace
{
using Hours = std::array<double, 24>;

// Evening and night peaks where people go out; a commuter shape at the station; school days.
constexpr Hours kNightlifeHours = {6, 5, 4, 2, 1, 0.5, 0.5, 1, 1.5, 2, 2, 2.5, 3, 3, 3, 3.5, 4, 5, 6, 7, 8, 9, 9, 8};
constexpr Hours kStationHours = {3, 2, 1, 0.5, 0.5, 1, 3, 4, 3, 2, 2, 2, 2, 2, 3, 4, 5, 5, 5, 5, 6, 6, 5, 4};
constexpr Hours kSchoolHours = {2, 1, 0.5, 0.3, 0.3, 0.3, 0.5, 2, 5, 5, 4, 4, 4, 4, 3, 3, 3, 4, 5, 6, 6, 5, 4, 3};
constexpr Hours kHousingHours = {4, 3, 2, 1, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 8, 8, 7, 6, 5, 5};
constexpr Hours kBasementHours = {8, 7, 5, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 6, 8, 10, 11, 11, 10};
constexpr Hours kBackgroundHours = {3, 3, 3, 2, 2, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4};

constexpr std::array<double, 7> kWeekendWeekdays = {0.8, 0.8, 0.9, 1.0, 1.5, 1.7, 1.1};
constexpr std::array<double, 7> kStationWeekdays = {1.0, 1.0, 1.0, 1.0, 1.3, 1.2, 0.8};
constexpr std::array<double, 7> kSchoolWeekdays = {1.2, 1.2, 1.2, 1.2, 1.1, 0.7, 0.7};
constexpr std::array<double, 7> kHousingWeekdays = {0.9, 0.9, 0.9, 1.0, 1.2, 1.3, 1.1};
constexpr std::array<double, 7> kFlatWeekdays = {1.0, 1.0, 1.0, 1.0, 1.1, 1.1, 0.9};

// Summer peaks outdoors (park, harbour); a milder summer rise in the centre.
constexpr std::array<double, 12> kCentreMonths = {0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.1, 1.0, 0.9, 0.9};
constexpr std::array<double, 12> kOutdoorMonths = {0.3, 0.3, 0.4, 0.7, 1.2, 2.0, 2.6, 2.3, 1.2, 0.7, 0.4, 0.3};
constexpr std::array<double, 12> kSchoolMonths = {1.0, 1.0, 1.0, 1.1, 1.1, 0.8, 0.5, 0.8, 1.1, 1.1, 1.0, 0.9};
constexpr std::array<double, 12> kHousingMonths = {0.9, 0.9, 1.0, 1.0, 1.0, 1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0};
constexpr std::array<double, 12> kBackgroundMonths = {1.0, 0.9, 1.0, 1.0, 1.0, 1.1, 1.2, 1.1, 1.0, 1.0, 1.0, 1.1};

template<std::size_t N> std::array<double, N> normalisedMean(std::array<double, N> values)
{
  double sum = 0.0;
  for (double v : values)
    sum += v;
  for (double &v : values)
    v *= static_cast<double>(N) / sum;
  return values;
}

std::vector<WeightedCode> codes(std::initializer_list<std::pair<const char *, double>> list)
{
  std::vector<WeightedCode> result;
  for (const auto &[code, weight] : list)
    result.push_back({QString::fromUtf8(code), weight});
  return result;
}

DemoProfile profile(const char *name, const Hours &hours, const std::array<double, 7> &weekdays, const std::array<double, 12> &months,
                    double holidayFactor, bool nightlife, bool schoolHours)
{
  DemoProfile p;
  p.name = QString::fromUtf8(name);
  p.hours = hours;
  p.weekdays = normalisedMean(weekdays);
  p.months = normalisedMean(months);
  p.holidayFactor = holidayFactor;
  p.nightlife = nightlife;
  p.schoolHours = schoolHours;
  return p;
}

std::vector<DemoProfile> makeProfiles()
{
  std::vector<DemoProfile> all;

  // Category and source codes are those of the store's default taxonomy (core/store/defaulttaxonomy.cpp).
  DemoProfile centre = profile("centre", kNightlifeHours, kWeekendWeekdays, kCentreMonths, 1.25, true, false);
  centre.crimeCategories = codes({{"brott_misshandel", 3},
                                  {"brott_stold_snatteri", 3},
                                  {"brott_skadegorelse", 3},
                                  {"brott_narkotika", 1},
                                  {"brott_hot_ofredande", 1},
                                  {"brott_ran", 0.2}});
  centre.reportCategories = codes({{"otrygg_samling", 4},
                                   {"berusade_personer", 3},
                                   {"klotter", 2},
                                   {"nedskrapning", 2},
                                   {"skadegorelse", 2},
                                   {"hot_brak", 1},
                                   {"otrygg_plats", 1}});
  centre.reportSources = codes({{"kommunen", 1}, {"kommunen_fritid", 1}, {"nattvandrare", 3}, {"vaktare", 3}, {"naringslivet", 1}});
  all.push_back(centre);

  DemoProfile station = profile("station", kStationHours, kStationWeekdays, kCentreMonths, 1.2, true, false);
  station.crimeCategories =
    codes({{"brott_fordonsbrott", 5}, {"brott_skadegorelse", 3}, {"brott_stold_snatteri", 1}, {"brott_misshandel", 1}});
  station.reportCategories =
    codes({{"otrygg_plats", 4}, {"klotter", 3}, {"skadegorelse", 3}, {"otrygg_samling", 2}, {"berusade_personer", 2}});
  station.reportSources = codes({{"kommunen", 3}, {"vaktare", 3}, {"nattvandrare", 2}, {"allmanheten", 1}});
  all.push_back(station);

  DemoProfile school = profile("school", kSchoolHours, kSchoolWeekdays, kSchoolMonths, 0.6, false, true);
  school.crimeCategories = codes({{"brott_skadegorelse", 4}, {"brott_inbrott", 2}, {"brott_stold_snatteri", 1}});
  school.reportCategories = codes({{"klotter", 4}, {"skadegorelse", 3}, {"otrygg_samling", 3}, {"nedskrapning", 1}, {"brand", 1}});
  school.reportSources = codes({{"skolan", 5}, {"kommunen", 2}, {"nattvandrare", 1}, {"vaktare", 1}});
  all.push_back(school);

  DemoProfile housing = profile("housing", kHousingHours, kHousingWeekdays, kHousingMonths, 1.1, true, false);
  housing.crimeCategories = codes(
    {{"brott_inbrott", 2}, {"brott_bostadsinbrott", 1}, {"brott_skadegorelse", 3}, {"brott_stold_snatteri", 2}, {"brott_narkotika", 1}});
  housing.reportCategories =
    codes({{"skadegorelse", 3}, {"nedskrapning", 3}, {"otrygg_samling", 2}, {"klotter", 2}, {"brand", 1}, {"hot_brak", 1}});
  housing.reportSources = codes({{"bostadsbolaget", 6}, {"vaktare", 1}, {"nattvandrare", 1}});
  all.push_back(housing);

  // The basement: people gathering in it, suspected dealing, rubbish and damage.
  DemoProfile basement = profile("basement", kBasementHours, kHousingWeekdays, kHousingMonths, 1.1, true, false);
  basement.crimeCategories = codes({{"brott_inbrott", 2}, {"brott_narkotika", 2}, {"brott_skadegorelse", 1}});
  basement.reportCategories =
    codes({{"otrygg_samling", 5}, {"misstankt_narkotikahandel", 2}, {"nedskrapning", 2}, {"skadegorelse", 1}, {"hot_brak", 1}});
  basement.reportSources = codes({{"bostadsbolaget", 6}, {"vaktare", 2}, {"nattvandrare", 1}});
  all.push_back(basement);

  DemoProfile park = profile("park", kNightlifeHours, kWeekendWeekdays, kOutdoorMonths, 1.3, true, false);
  park.crimeCategories = codes({{"brott_misshandel", 2}, {"brott_narkotika", 2}, {"brott_skadegorelse", 2}, {"brott_stold_snatteri", 1}});
  park.reportCategories =
    codes({{"otrygg_samling", 4}, {"berusade_personer", 3}, {"nedskrapning", 3}, {"skadegorelse", 2}, {"klotter", 1}});
  park.reportSources = codes({{"kommunen_gata_park", 3}, {"kommunen_fritid", 1}, {"nattvandrare", 3}, {"vaktare", 1}});
  all.push_back(park);

  DemoProfile harbour = profile("harbour", kNightlifeHours, kWeekendWeekdays, kOutdoorMonths, 1.3, true, false);
  harbour.crimeCategories = codes({{"brott_stold_snatteri", 3}, {"brott_skadegorelse", 2}, {"brott_misshandel", 1}, {"brott_trafik", 1}});
  harbour.reportCategories = codes({{"otrygg_samling", 3}, {"berusade_personer", 3}, {"buskorning", 3}, {"nedskrapning", 2}, {"brand", 1}});
  harbour.reportSources = codes({{"kommunen_gata_park", 2}, {"nattvandrare", 2}, {"vaktare", 2}, {"allmanheten", 1}});
  all.push_back(harbour);

  DemoProfile village = profile("village", kHousingHours, kFlatWeekdays, kBackgroundMonths, 1.1, false, false);
  village.crimeCategories =
    codes({{"brott_bostadsinbrott", 2}, {"brott_stold_snatteri", 2}, {"brott_skadegorelse", 1}, {"brott_trafik", 1}});
  village.reportCategories = codes({{"buskorning", 2}, {"skadegorelse", 1}, {"nedskrapning", 1}});
  village.reportSources = codes({{"kommunen", 3}, {"nattvandrare", 1}, {"allmanheten", 1}});
  all.push_back(village);

  DemoProfile background = profile("background", kBackgroundHours, kFlatWeekdays, kBackgroundMonths, 1.0, false, false);
  background.crimeCategories = codes({{"brott_bostadsinbrott", 2},
                                      {"brott_inbrott", 1},
                                      {"brott_stold_snatteri", 3},
                                      {"brott_bedrageri", 3},
                                      {"brott_skadegorelse", 2},
                                      {"brott_misshandel", 1},
                                      {"brott_hot_ofredande", 1},
                                      {"brott_trafik", 2},
                                      {"brott_fordonsbrott", 1},
                                      {"brott_ovrigt", 1}});
  background.reportCategories = codes({{"buskorning", 2}, {"nedskrapning", 2}, {"skadegorelse", 1}, {"brand", 1}, {"ovrigt", 1}});
  background.reportSources = codes({{"kommunen", 3}, {"kommunen_raddningstjanst", 1}, {"nattvandrare", 1}, {"allmanheten", 1}});
  all.push_back(background);
  return all;
}
} // namespace

const DemoProfile *DemoProfile::find(const QString &name)
{
  static const std::vector<DemoProfile> sProfiles = makeProfiles();
  const auto found = std::find_if(sProfiles.begin(), sProfiles.end(), [&name](const DemoProfile &p) { return p.name == name; });
  return found == sProfiles.end() ? nullptr : &*found;
}

std::array<double, 24> DemoProfile::hourWeights(int weekday, bool holiday) const
{
  constexpr double kWeekendEveningFactor = 1.6;
  constexpr double kWeekendNightFactor = 2.2;
  constexpr double kNoSchoolDaytimeFactor = 0.25;
  std::array<double, 24> weights = hours;
  if (nightlife)
  {
    const bool eveningOut = weekday == 5 || weekday == 6; // Friday, Saturday
    const bool nightAfter = weekday == 6 || weekday == 7; // the early hours of Saturday, Sunday
    for (int hour = 0; hour < 24; ++hour)
    {
      if (eveningOut && hour >= 18)
        weights[hour] *= kWeekendEveningFactor;
      if (nightAfter && hour <= 4)
        weights[hour] *= kWeekendNightFactor;
    }
  }
  if (schoolHours && (holiday || weekday >= 6))
  {
    for (int hour = 8; hour <= 15; ++hour)
      weights[hour] *= kNoSchoolDaytimeFactor;
  }
  return weights;
}

} // namespace lagesbild::demo
