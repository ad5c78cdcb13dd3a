// DemoPlaces: the geography of the Kungsör demo — named areas (municipality boundary, built-up
// areas, districts, housing areas) and the places where incidents cluster, each with invented
// street addresses. Read from data/demo/kungsor-places.json and the SCB boundary GeoJSON, which
// the build embeds into the library so the generator needs no files at run time.
#pragma once

#include "common/result.h"
#include "model/reference.h"

#include <QString>

#include <vector>

namespace lagesbild::demo
{

struct DemoAddress
{
    QString name;        //!< "Hagabergsvägen 12"
    PointXY point;       //!< EPSG:3006
    double weight = 1.0; //!< relative share of the place's incidents
};

struct DemoPlace
{
    QString code;
    QString name;
    QString profile;            //!< behaviour in time and categories, see DemoProfile
    double jitter = 0.0;        //!< metres around an address
    double crimesPerYear = 0.0; //!< base level before seasonality and trend
    double reportsPerYear = 0.0;
    std::vector<DemoAddress> addresses; //!< empty: points anywhere (background)
};

class DemoPlaces
{
  public:
    //! Parses the places JSON and the municipality boundary GeoJSON (EPSG:3006).
    static Result<DemoPlaces> fromJson(const QByteArray &placesJson, const QByteArray &boundaryGeoJson);
    //! The inputs embedded at build time.
    static Result<DemoPlaces> embedded();

    //! All areas: the municipality first, then those of the places file.
    const std::vector<Area> &areas() const { return mAreas; }
    const std::vector<DemoPlace> &places() const { return mPlaces; }
    const Area &municipality() const { return mAreas.front(); }
    //! The area with this code, or nullptr.
    const Area *area(const QString &code) const;

    //! Code of the smallest area containing the point; empty when none does.
    QString areaCodeAt(double x, double y) const;

  private:
    std::vector<Area> mAreas;
    std::vector<std::size_t> mAreasBySize; //!< indexes into mAreas, smallest first
    std::vector<DemoPlace> mPlaces;
};

} // namespace lagesbild::demo
