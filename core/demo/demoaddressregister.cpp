#include "demoaddressregister.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>

namespace lagesbild::demo
{
namespace
{
constexpr int kNumbersBeyond = 6;       //!< numbers past the highest the demo uses
constexpr double kMetresPerNumber = 12; //!< along a street with one known point
constexpr double kSideOffset = 10;      //!< odd and even numbers on either side

struct KnownNumber
{
    int number;
    PointXY point;
};

struct Street
{
    QString name;
    QString town;
    std::map<int, PointXY> known;
};

//! "Skolgatan 10" → street and number; false when the text has no number.
bool splitStreet(const QString &text, QString &street, int &number)
{
  const QStringList words = text.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
  if (words.size() < 2)
    return false;
  bool ok = false;
  number = words.last().toInt(&ok);
  if (!ok || number <= 0)
    return false;
  street = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
  return true;
}

PointXY along(const PointXY &a, const PointXY &b, double t)
{
  return PointXY{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
}
} // namespace

std::vector<geocoding::AddressPoint> DemoAddressRegister::build(const DemoPlaces &places)
{
  const QString defaultTown = QString::fromUtf8(kPostalTown);
  std::map<QString, Street> streets; // by street and town
  std::map<QString, PointXY> named;  // place names
  for (const DemoPlace &place : places.places())
  {
    for (const DemoAddress &address : place.addresses)
    {
      // "Street N", "Street N, Town", "Name, Street N", or a place name ("Skolgården, Björkskolan").
      const QStringList parts = address.name.split(QLatin1Char(','));
      QString street;
      int number = 0;
      QString town = defaultTown;
      if (splitStreet(parts.first(), street, number))
      {
        if (parts.size() > 1)
          town = parts.at(1).trimmed();
      }
      else if (parts.size() > 1 && splitStreet(parts.at(1), street, number))
        named.emplace(parts.first().trimmed(), address.point);
      else
      {
        named.emplace(parts.first().trimmed(), address.point);
        continue;
      }
      Street &entry = streets[street + QLatin1Char('|') + town];
      entry.name = street;
      entry.town = town;
      entry.known.emplace(number, address.point);
    }
    // The place itself ("Hagaberg") at its first address; background places have none.
    if (!place.name.contains(QLatin1Char(',')) && !place.addresses.empty())
      named.emplace(place.name, place.addresses.front().point);
  }

  std::vector<geocoding::AddressPoint> out;
  for (const auto &[key, street] : streets)
  {
    const std::vector<KnownNumber> known = [&]
    {
      std::vector<KnownNumber> list;
      for (const auto &[number, point] : street.known)
        list.push_back({number, point});
      return list;
    }();
    const int highest = known.back().number + kNumbersBeyond;
    for (int number = 1; number <= highest; ++number)
    {
      PointXY point;
      if (const auto it = street.known.find(number); it != street.known.end())
        point = it->second;
      else if (known.size() == 1)
      {
        // One point: the street runs east from it, odd numbers north, even south.
        const double side = (number % 2 == known.front().number % 2) ? 0.0 : (number % 2 ? kSideOffset : -kSideOffset);
        point = PointXY{known.front().point.x + (number - known.front().number) * kMetresPerNumber, known.front().point.y + side};
      }
      else
      {
        // Between the known numbers around it, or beyond the first or last two.
        auto upper = std::find_if(known.begin(), known.end(), [number](const KnownNumber &k) { return k.number > number; });
        if (upper == known.begin())
          ++upper;
        if (upper == known.end())
          --upper;
        const KnownNumber &a = *(upper - 1);
        const KnownNumber &b = *upper;
        point = along(a.point, b.point, static_cast<double>(number - a.number) / static_cast<double>(b.number - a.number));
      }
      geocoding::AddressPoint address;
      address.street = street.name;
      address.number = number;
      address.postalTown = street.town;
      address.postcode = street.town == defaultTown ? QStringLiteral("736 30") : QStringLiteral("736 92");
      address.municipalityCode = QString::fromUtf8(kMunicipalityCode);
      address.x = std::round(point.x * 10.0) / 10.0;
      address.y = std::round(point.y * 10.0) / 10.0;
      out.push_back(std::move(address));
    }
  }
  for (const auto &[name, point] : named)
  {
    geocoding::AddressPoint place;
    place.placeName = name;
    place.postalTown = defaultTown;
    place.municipalityCode = QString::fromUtf8(kMunicipalityCode);
    place.x = point.x;
    place.y = point.y;
    out.push_back(std::move(place));
  }
  return out;
}

} // namespace lagesbild::demo
