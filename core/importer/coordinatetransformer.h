// CoordinateTransformer: brings imported coordinates into the store's SWEREF 99 TM (EPSG:3006)
// with GDAL/OGR (PROJ underneath), never with hand-written formulas. Axis order is always
// x = easting/longitude, y = northing/latitude (OAMS_TRADITIONAL_GIS_ORDER), and whole arrays
// are transformed in one call.
#pragma once

#include "common/result.h"

#include <QString>

#include <memory>
#include <vector>

class OGRCoordinateTransformation;
class OGRSpatialReference;

namespace lagesbild::importer
{

class CoordinateTransformer
{
  public:
    //! From a user's CRS text: "EPSG:3006", "3006", a PROJ string or WKT.
    static Result<CoordinateTransformer> fromUserInput(const QString &crs);
    //! From a layer's spatial reference (copied).
    static Result<CoordinateTransformer> fromSpatialReference(const OGRSpatialReference &sourceReference);

    CoordinateTransformer(CoordinateTransformer &&) noexcept;
    CoordinateTransformer &operator=(CoordinateTransformer &&) noexcept;
    ~CoordinateTransformer();

    //! True when the source already is EPSG:3006.
    bool isIdentity() const { return !mTransformation; }
    //! The source CRS as "EPSG:N" when it has an EPSG code, else its name.
    QString sourceName() const { return mSourceName; }

    //! Transforms x/y in place; success[i] is false where a point could not be transformed.
    void transform(std::vector<double> &x, std::vector<double> &y, std::vector<char> &success) const;

    //! True when an EPSG:3006 point lies within Sweden's extent (EPSG:3006 area of use, with a margin).
    static bool isInSweden(double x, double y);

  private:
    struct Deleter
    {
        void operator()(OGRCoordinateTransformation *transformation) const;
    };
    CoordinateTransformer() = default;

    std::unique_ptr<OGRCoordinateTransformation, Deleter> mTransformation;
    QString mSourceName;
};

} // namespace lagesbild::importer
