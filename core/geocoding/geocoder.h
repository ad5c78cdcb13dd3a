// Geocoder: places written addresses and place names with the address register — exact match
// first (after Swedish normalisation, see AddressNormalizer), then the nearest or interpolated
// number on the same street, the street alone, or a named place (register places and the
// store's areas) — and says how good the match is. A miss comes with up to three suggestions
// found by edit distance. Also answers the reverse question: the nearest register address to a
// point. Built once per import from the store's register; lookups are read-only and thread-safe.
#pragma once

#include "addressnormalizer.h"
#include "addresspoint.h"
#include "model/incident.h"
#include "model/reference.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild::geocoding
{

struct GeocodeResult
{
    bool found = false;
    PointXY point;
    //! Exact (the address itself), NearestNumber (interpolated or nearest number on the street),
    //! Street (no number given) or NamedPlace.
    LocationPrecision precision = LocationPrecision::Exact;
    QString label;           //!< the register's spelling of what was found: "Drottninggatan 4 B, Kungsör"
    QString problem;         //!< why nothing was found (not in the register, several towns …)
    QStringList suggestions; //!< up to three register addresses or places the text may have meant
};

//! A register address or place for the search box.
struct PlaceHit
{
    QString label;
    PointXY point;
    LocationPrecision precision = LocationPrecision::Exact;
};

class Geocoder
{
  public:
    Geocoder() = default;
    //! Indexes the register and the areas (by name and code, as named places).
    Geocoder(std::vector<AddressPoint> addresses, const std::vector<Area> &areas);

    bool isEmpty() const { return mPoints.empty() && mPlaces.isEmpty(); }
    std::size_t addressCount() const { return mPoints.size(); }

    //! Places an address or place name; town (a postal town or municipality, may be empty)
    //! chooses between streets of the same name.
    GeocodeResult geocode(const QString &address, const QString &town = QString()) const;

    //! The nearest register street address within maxDistance metres of the point.
    std::optional<AddressPoint> nearestAddress(double x, double y, double maxDistance) const;

    //! Register streets, places and addresses starting with the text (search box), at most limit.
    std::vector<PlaceHit> search(const QString &text, int limit) const;

    static constexpr int kMaxSuggestions = 3;

  private:
    struct StreetGroup
    {
        QString name; //!< the register's spelling
        QString townKey;
        QString town; //!< the register's spelling
        QString municipalityCode;
        std::vector<std::uint32_t> entries; //!< into mPoints, by number then letter
    };
    struct NamedPlace
    {
        QString name;
        PointXY point;
    };

    GeocodeResult placeOnStreet(const StreetGroup &group, const ParsedAddress &parsed) const;
    QString groupLabel(const StreetGroup &group) const;
    QStringList suggestionsFor(const ParsedAddress &parsed) const;
    std::vector<int> groupsFor(const QString &streetKey) const;

    std::vector<AddressPoint> mPoints;
    std::vector<StreetGroup> mGroups;
    QHash<QString, std::vector<int>> mGroupsByKey;    //!< street key → groups (one per town)
    QHash<QString, std::vector<int>> mGroupsByFolded; //!< folded street key → groups
    QHash<QString, NamedPlace> mPlaces;               //!< place key → place
    QHash<QString, NamedPlace> mPlacesByFolded;
    //! Letter counts of a key (folded into 32 buckets): half their difference is a lower bound
    //! of the edit distance, so suggestions skip most keys without computing it.
    using Signature = std::array<std::uint8_t, 32>;
    static Signature signature(const QString &key);

    QStringList mStreetKeys; //!< distinct street keys, for suggestions
    QStringList mPlaceKeys;
    std::vector<Signature> mStreetSignatures; //!< of mStreetKeys
    std::vector<Signature> mPlaceSignatures;  //!< of mPlaceKeys
    //! Street addresses by 50 m grid cell (key, index into mPoints), sorted, for nearestAddress.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> mCells;
};

} // namespace lagesbild::geocoding
