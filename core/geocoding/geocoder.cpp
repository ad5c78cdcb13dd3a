#include "geocoder.h"

#include "arealocator.h"
#include "editdistance.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace lagesbild::geocoding
{
namespace
{
constexpr double kCellSize = 50.0;
constexpr std::uint64_t kCellOffset = 1u << 20;

std::uint64_t cellKey(std::int64_t column, std::int64_t row)
{
  return (static_cast<std::uint64_t>(column + kCellOffset) << 32) | static_cast<std::uint64_t>(row + kCellOffset);
}

std::int64_t cellOf(double value)
{
  return static_cast<std::int64_t>(std::floor(value / kCellSize));
}

//! The letter order of a register entry: none first, then a, b, c …
bool entryLess(const AddressPoint &a, const AddressPoint &b)
{
  if (a.number != b.number)
    return a.number < b.number;
  return a.letter.compare(b.letter, Qt::CaseInsensitive) < 0;
}

//! Most edits a street name may be away to be suggested: one per four letters, at most three.
int suggestionLimit(const QString &key)
{
  return std::clamp(static_cast<int>(key.size()) / 4, 1, 3);
}
} // namespace

Geocoder::Geocoder(std::vector<AddressPoint> addresses, const std::vector<Area> &areas) : mPoints(std::move(addresses))
{
  // Street keys are computed once per distinct spelling (a register repeats each street for
  // every number), groups once per street and town.
  QHash<QString, QString> keyOfStreet;
  QHash<QString, QString> keyOfTown;
  QHash<QString, int> groupOf;
  for (std::uint32_t i = 0; i < mPoints.size(); ++i)
  {
    const AddressPoint &point = mPoints[i];
    if (point.street.isEmpty())
    {
      if (!point.placeName.isEmpty())
      {
        const QString key = AddressNormalizer::key(point.placeName);
        if (!mPlaces.contains(key))
        {
          mPlaces.insert(key, NamedPlace{point.placeName, PointXY{point.x, point.y}});
          mPlacesByFolded.insert(AddressNormalizer::foldedKey(key), NamedPlace{point.placeName, PointXY{point.x, point.y}});
          mPlaceKeys.append(key);
        }
      }
      continue;
    }
    auto streetIt = keyOfStreet.find(point.street);
    if (streetIt == keyOfStreet.end())
      streetIt = keyOfStreet.insert(point.street, AddressNormalizer::key(point.street));
    auto townIt = keyOfTown.find(point.postalTown);
    if (townIt == keyOfTown.end())
      townIt = keyOfTown.insert(point.postalTown, AddressNormalizer::townKey(point.postalTown));
    const QString groupKey = *streetIt + QChar(0x1F) + *townIt + QChar(0x1F) + point.municipalityCode;
    auto groupIt = groupOf.find(groupKey);
    if (groupIt == groupOf.end())
    {
      const int index = static_cast<int>(mGroups.size());
      mGroups.push_back(StreetGroup{point.street, *townIt, point.postalTown, point.municipalityCode, {}});
      auto &byKey = mGroupsByKey[*streetIt];
      if (byKey.empty())
        mStreetKeys.append(*streetIt);
      byKey.push_back(index);
      mGroupsByFolded[AddressNormalizer::foldedKey(*streetIt)].push_back(index);
      groupIt = groupOf.insert(groupKey, index);
    }
    mGroups[static_cast<std::size_t>(*groupIt)].entries.push_back(i);
    mCells.emplace_back(cellKey(cellOf(point.x), cellOf(point.y)), i);
  }
  for (StreetGroup &group : mGroups)
    std::sort(group.entries.begin(), group.entries.end(),
              [this](std::uint32_t a, std::uint32_t b) { return entryLess(mPoints[a], mPoints[b]); });
  std::sort(mCells.begin(), mCells.end());

  // The store's areas are named places too ("Centrum", "Kungsör tätort"), by name and by code.
  const AreaLocator locator(areas);
  for (std::size_t i = 0; i < areas.size(); ++i)
  {
    if (areas[i].polygons.empty())
      continue;
    const PointXY interior = locator.interiorPoint(static_cast<int>(i));
    for (const QString &name : {areas[i].name, areas[i].code})
    {
      const QString key = AddressNormalizer::key(name);
      if (key.isEmpty() || mPlaces.contains(key))
        continue;
      mPlaces.insert(key, NamedPlace{areas[i].name, interior});
      mPlacesByFolded.insert(AddressNormalizer::foldedKey(key), NamedPlace{areas[i].name, interior});
      mPlaceKeys.append(key);
    }
  }
  mStreetSignatures.reserve(static_cast<std::size_t>(mStreetKeys.size()));
  for (const QString &key : std::as_const(mStreetKeys))
    mStreetSignatures.push_back(signature(key));
  mPlaceSignatures.reserve(static_cast<std::size_t>(mPlaceKeys.size()));
  for (const QString &key : std::as_const(mPlaceKeys))
    mPlaceSignatures.push_back(signature(key));
}

Geocoder::Signature Geocoder::signature(const QString &key)
{
  Signature counts{};
  for (const QChar c : key)
  {
    std::uint8_t &count = counts[c.unicode() % counts.size()];
    if (count < std::numeric_limits<std::uint8_t>::max())
      ++count;
  }
  return counts;
}

std::vector<int> Geocoder::groupsFor(const QString &streetKey) const
{
  if (auto it = mGroupsByKey.constFind(streetKey); it != mGroupsByKey.constEnd())
    return *it;
  if (auto it = mGroupsByFolded.constFind(AddressNormalizer::foldedKey(streetKey)); it != mGroupsByFolded.constEnd())
    return *it;
  return {};
}

QString Geocoder::groupLabel(const StreetGroup &group) const
{
  return group.town.isEmpty() ? group.name : group.name + QStringLiteral(", ") + group.town;
}

GeocodeResult Geocoder::placeOnStreet(const StreetGroup &group, const ParsedAddress &parsed) const
{
  GeocodeResult result;
  result.found = true;
  const auto &entries = group.entries;
  if (parsed.number <= 0)
  {
    // The street: its middle address.
    const AddressPoint &middle = mPoints[entries[entries.size() / 2]];
    result.point = PointXY{middle.x, middle.y};
    result.precision = LocationPrecision::Street;
    result.label = groupLabel(group);
    return result;
  }
  const auto first = std::lower_bound(entries.begin(), entries.end(), parsed.number,
                                      [this](std::uint32_t entry, int number) { return mPoints[entry].number < number; });
  auto last = first;
  while (last != entries.end() && mPoints[*last].number == parsed.number)
    ++last;
  auto labelled = [&](const AddressPoint &point)
  { return group.town.isEmpty() ? point.label() : point.label() + QStringLiteral(", ") + group.town; };
  if (first != last)
  {
    // The number is there: the letter decides between exact and nearest.
    for (auto it = first; it != last; ++it)
    {
      const AddressPoint &point = mPoints[*it];
      if (point.letter.compare(parsed.letter, Qt::CaseInsensitive) == 0)
      {
        result.point = PointXY{point.x, point.y};
        result.precision = LocationPrecision::Exact;
        result.label = labelled(point);
        return result;
      }
    }
    const AddressPoint &point = mPoints[*first];
    result.point = PointXY{point.x, point.y};
    result.precision = LocationPrecision::NearestNumber;
    result.label = labelled(point);
    return result;
  }
  // Not in the register: between the neighbours on the same side (same parity), else the nearest.
  const AddressPoint *below = nullptr;
  const AddressPoint *above = nullptr;
  const AddressPoint *nearest = nullptr;
  for (const std::uint32_t entry : entries)
  {
    const AddressPoint &point = mPoints[entry];
    if (!nearest || std::abs(point.number - parsed.number) < std::abs(nearest->number - parsed.number))
      nearest = &point;
    if (point.number % 2 != parsed.number % 2)
      continue;
    if (point.number < parsed.number && (!below || point.number >= below->number))
      below = &point;
    if (point.number > parsed.number && (!above || point.number < above->number))
      above = &point;
  }
  result.precision = LocationPrecision::NearestNumber;
  if (below && above)
  {
    const double t = static_cast<double>(parsed.number - below->number) / static_cast<double>(above->number - below->number);
    result.point = PointXY{below->x + t * (above->x - below->x), below->y + t * (above->y - below->y)};
    result.label = group.name + QLatin1Char(' ') + QString::number(parsed.number) +
                   (group.town.isEmpty() ? QString() : QStringLiteral(", ") + group.town);
    return result;
  }
  const AddressPoint &point = below ? *below : above ? *above : *nearest;
  result.point = PointXY{point.x, point.y};
  result.label = labelled(point);
  return result;
}

GeocodeResult Geocoder::geocode(const QString &address, const QString &town) const
{
  const ParsedAddress parsed = AddressNormalizer::parse(address);
  const QString townKey = town.trimmed().isEmpty() ? parsed.town : AddressNormalizer::townKey(town);
  GeocodeResult result;
  if (parsed.streetKey.isEmpty())
  {
    result.problem = QCoreApplication::translate("geocoding", "no street or place name");
    return result;
  }
  std::vector<int> groups = groupsFor(parsed.streetKey);
  // No number: a named place first ("Torget"), then the street as a whole.
  if (parsed.number <= 0)
  {
    const NamedPlace *place = nullptr;
    if (auto exact = mPlaces.constFind(parsed.streetKey); exact != mPlaces.constEnd())
      place = &*exact;
    else if (auto folded = mPlacesByFolded.constFind(AddressNormalizer::foldedKey(parsed.streetKey)); folded != mPlacesByFolded.constEnd())
      place = &*folded;
    if (place)
    {
      result.found = true;
      result.point = place->point;
      result.precision = LocationPrecision::NamedPlace;
      result.label = place->name;
      return result;
    }
  }
  if (groups.empty())
  {
    result.problem = QCoreApplication::translate("geocoding", "not in the address register");
    result.suggestions = suggestionsFor(parsed);
    return result;
  }
  if (groups.size() > 1 && !townKey.isEmpty())
  {
    std::vector<int> inTown;
    for (const int index : groups)
    {
      const StreetGroup &group = mGroups[static_cast<std::size_t>(index)];
      if (group.townKey == townKey || group.townKey + QLatin1Char('s') == townKey || group.municipalityCode == townKey)
        inTown.push_back(index);
    }
    if (!inTown.empty())
      groups = std::move(inTown);
  }
  if (groups.size() > 1)
  {
    result.problem =
      QCoreApplication::translate("geocoding", "the street is in several towns; give the town (a postort, ort or kommun column)");
    for (const int index : groups)
    {
      if (result.suggestions.size() >= kMaxSuggestions)
        break;
      const StreetGroup &group = mGroups[static_cast<std::size_t>(index)];
      QString suggestion = group.name;
      if (parsed.number > 0)
        suggestion += QLatin1Char(' ') + QString::number(parsed.number) +
                      (parsed.letter.isEmpty() ? QString() : QLatin1Char(' ') + parsed.letter.toUpper());
      result.suggestions.append(suggestion + QStringLiteral(", ") + group.town);
    }
    return result;
  }
  return placeOnStreet(mGroups[static_cast<std::size_t>(groups.front())], parsed);
}

QStringList Geocoder::suggestionsFor(const ParsedAddress &parsed) const
{
  const int limit = suggestionLimit(parsed.streetKey);
  std::multimap<int, QString> ranked;
  const QString number = parsed.number > 0 ? QLatin1Char(' ') + QString::number(parsed.number) +
                                               (parsed.letter.isEmpty() ? QString() : QLatin1Char(' ') + parsed.letter.toUpper())
                                           : QString();
  const Signature wanted = signature(parsed.streetKey);
  // An insertion or deletion changes the letter counts by one, a substitution by two, a
  // transposition not at all: a key whose counts differ by more than 2 * limit is too far.
  auto withinReach = [&wanted, limit](const Signature &candidate)
  {
    int difference = 0;
    for (std::size_t i = 0; i < wanted.size(); ++i)
      difference += std::abs(static_cast<int>(wanted[i]) - static_cast<int>(candidate[i]));
    return difference <= 2 * limit;
  };
  for (qsizetype i = 0; i < mStreetKeys.size(); ++i)
  {
    if (!withinReach(mStreetSignatures[static_cast<std::size_t>(i)]))
      continue;
    const QString &key = mStreetKeys.at(i);
    const int distance = boundedEditDistance(parsed.streetKey, key, limit);
    if (distance <= limit)
      ranked.emplace(distance, mGroups[static_cast<std::size_t>(mGroupsByKey.value(key).front())].name + number);
  }
  for (qsizetype i = 0; i < mPlaceKeys.size(); ++i)
  {
    if (!withinReach(mPlaceSignatures[static_cast<std::size_t>(i)]))
      continue;
    const QString &key = mPlaceKeys.at(i);
    const int distance = boundedEditDistance(parsed.streetKey, key, limit);
    if (distance <= limit)
      ranked.emplace(distance, mPlaces.value(key).name);
  }
  QStringList suggestions;
  for (const auto &[distance, text] : ranked)
  {
    if (suggestions.size() >= kMaxSuggestions)
      break;
    if (!suggestions.contains(text))
      suggestions.append(text);
  }
  return suggestions;
}

std::optional<AddressPoint> Geocoder::nearestAddress(double x, double y, double maxDistance) const
{
  const std::int64_t reach = static_cast<std::int64_t>(std::ceil(maxDistance / kCellSize));
  const std::int64_t column = cellOf(x);
  const std::int64_t row = cellOf(y);
  const AddressPoint *best = nullptr;
  double bestDistance = maxDistance * maxDistance;
  for (std::int64_t c = column - reach; c <= column + reach; ++c)
    for (std::int64_t r = row - reach; r <= row + reach; ++r)
    {
      const std::uint64_t key = cellKey(c, r);
      auto it = std::lower_bound(mCells.begin(), mCells.end(), std::make_pair(key, std::uint32_t(0)));
      for (; it != mCells.end() && it->first == key; ++it)
      {
        const AddressPoint &point = mPoints[it->second];
        const double d = (point.x - x) * (point.x - x) + (point.y - y) * (point.y - y);
        if (d <= bestDistance)
        {
          bestDistance = d;
          best = &point;
        }
      }
    }
  if (!best)
    return std::nullopt;
  return *best;
}

std::vector<PlaceHit> Geocoder::search(const QString &text, int limit) const
{
  std::vector<PlaceHit> hits;
  const ParsedAddress parsed = AddressNormalizer::parse(text);
  if (parsed.streetKey.isEmpty() || limit <= 0)
    return hits;
  // A full address first, when the text is one.
  if (parsed.number > 0)
  {
    const GeocodeResult result = geocode(text);
    if (result.found)
      hits.push_back({result.label, result.point, result.precision});
    return hits;
  }
  const QString folded = AddressNormalizer::foldedKey(parsed.streetKey);
  for (const QString &key : mPlaceKeys)
  {
    if (static_cast<int>(hits.size()) >= limit)
      return hits;
    if (AddressNormalizer::foldedKey(key).startsWith(folded))
    {
      const NamedPlace &place = mPlaces.value(key);
      if (std::none_of(hits.begin(), hits.end(), [&place](const PlaceHit &hit) { return hit.label == place.name; }))
        hits.push_back({place.name, place.point, LocationPrecision::NamedPlace});
    }
  }
  for (const QString &key : mStreetKeys)
  {
    if (static_cast<int>(hits.size()) >= limit)
      break;
    if (!AddressNormalizer::foldedKey(key).startsWith(folded))
      continue;
    for (const int index : mGroupsByKey.value(key))
    {
      if (static_cast<int>(hits.size()) >= limit)
        break;
      const StreetGroup &group = mGroups[static_cast<std::size_t>(index)];
      ParsedAddress street;
      street.streetKey = key;
      const GeocodeResult result = placeOnStreet(group, street);
      hits.push_back({result.label, result.point, LocationPrecision::Street});
    }
  }
  return hits;
}

} // namespace lagesbild::geocoding
