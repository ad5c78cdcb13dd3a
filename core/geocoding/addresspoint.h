// AddressPoint: one entry of the address register — a street address (street, number, letter,
// postcode, postal town, municipality code) or a named place (a square, a park, a school) — with
// its point in SWEREF 99 TM (EPSG:3006). The store keeps them in its `addresses` layer.
#pragma once

#include <QString>

namespace lagesbild::geocoding
{

struct AddressPoint
{
    QString street;           //!< "Drottninggatan"; empty for a named place
    int number = 0;           //!< 0: none
    QString letter;           //!< "B"; empty when none
    QString postcode;         //!< "736 30"
    QString postalTown;       //!< "Kungsör"
    QString municipalityCode; //!< "1961"
    QString placeName;        //!< "Torget", "Kungsörs skola"; empty for a street address
    double x = 0.0;           //!< easting, EPSG:3006
    double y = 0.0;           //!< northing, EPSG:3006

    //! "Drottninggatan 4 B" or the place name.
    QString label() const
    {
      if (street.isEmpty())
        return placeName;
      QString text = street;
      if (number > 0)
        text += QLatin1Char(' ') + QString::number(number);
      if (!letter.isEmpty())
        text += QLatin1Char(' ') + letter;
      return text;
    }
};

} // namespace lagesbild::geocoding
