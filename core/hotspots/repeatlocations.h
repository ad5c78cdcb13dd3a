// RepeatLocations: places (addresses) ranked by how many incidents happened there, with each
// place's share of all incidents and how many places hold half of them (the concentration the
// field calls the law of crime concentration). Input is a store-agnostic count by address
// (IncidentQueries::countBy with GroupField::Address). Addresses are normalised before ranking:
// surrounding and repeated white space removed, compared without case ("Storgatan  1" and
// "storgatan 1" are one place, shown in its most common spelling).
#pragma once

#include "model/incidentfilter.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace lagesbild
{

struct RepeatLocation
{
    int rank = 0; //!< 1 for the place with most incidents
    QString address;
    std::int64_t count = 0;
    double share = 0.0;           //!< count / all incidents (with or without address)
    double cumulativeShare = 0.0; //!< share of this and every higher-ranked place
};

struct RepeatLocationSummary
{
    std::vector<RepeatLocation> places; //!< ranked: count descending, then address
    std::int64_t totalIncidents = 0;    //!< all incidents counted, with or without address
    std::int64_t withoutAddress = 0;    //!< incidents with an empty address
    //! Fewest places holding at least half of all incidents; 0 when the places do not reach half.
    int placesForHalf = 0;
    //! placesForHalf as a share of all places.
    double shareOfPlacesForHalf = 0.0;
};

//! Ranks the places of a count by address (keys[0] is the address).
RepeatLocationSummary rankRepeatLocations(const std::vector<GroupCount> &countsByAddress);

//! The address as compared: white space simplified, case folded.
QString normalisedAddressKey(const QString &address);

} // namespace lagesbild
