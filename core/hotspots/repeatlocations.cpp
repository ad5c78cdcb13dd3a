#include "repeatlocations.h"

#include <QHash>

#include <algorithm>

namespace lagesbild
{

QString normalisedAddressKey(const QString &address)
{
  return address.simplified().toCaseFolded();
}

RepeatLocationSummary rankRepeatLocations(const std::vector<GroupCount> &countsByAddress)
{
  struct Place
  {
      std::int64_t count = 0;
      QString shownAs;
      std::int64_t shownCount = -1;
  };
  RepeatLocationSummary summary;
  QHash<QString, Place> places;
  for (const GroupCount &group : countsByAddress)
  {
    if (group.count <= 0)
      continue;
    summary.totalIncidents += group.count;
    const QString written = group.keys.isEmpty() ? QString() : group.keys.at(0).simplified();
    if (written.isEmpty())
    {
      summary.withoutAddress += group.count;
      continue;
    }
    Place &place = places[normalisedAddressKey(written)];
    place.count += group.count;
    if (group.count > place.shownCount || (group.count == place.shownCount && written < place.shownAs))
    {
      place.shownAs = written;
      place.shownCount = group.count;
    }
  }
  summary.places.reserve(static_cast<std::size_t>(places.size()));
  for (auto it = places.cbegin(); it != places.cend(); ++it)
  {
    RepeatLocation location;
    location.address = it->shownAs;
    location.count = it->count;
    summary.places.push_back(location);
  }
  std::sort(summary.places.begin(), summary.places.end(),
            [](const RepeatLocation &a, const RepeatLocation &b)
            {
              if (a.count != b.count)
                return a.count > b.count;
              return a.address < b.address;
            });
  std::int64_t running = 0;
  const double total = static_cast<double>(summary.totalIncidents);
  for (std::size_t k = 0; k < summary.places.size(); ++k)
  {
    RepeatLocation &location = summary.places[k];
    location.rank = static_cast<int>(k) + 1;
    running += location.count;
    location.share = static_cast<double>(location.count) / total;
    location.cumulativeShare = static_cast<double>(running) / total;
    if (summary.placesForHalf == 0 && 2 * running >= summary.totalIncidents)
      summary.placesForHalf = location.rank;
  }
  if (!summary.places.empty())
    summary.shareOfPlacesForHalf = static_cast<double>(summary.placesForHalf) / static_cast<double>(summary.places.size());
  return summary;
}

} // namespace lagesbild
