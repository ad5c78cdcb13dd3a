// GeoPackageGeometry: encoding and decoding of GeoPackage binary geometry blobs (a "GP" header
// with SRS id and optional envelope, followed by ISO WKB), as OGC 12-128r18 §2.1.3 defines them.
// Points are written little-endian without envelope (a point is its own envelope, as GDAL does);
// multipolygons with an [minx, maxx, miny, maxy] envelope.
#pragma once

#include "model/reference.h"

#include <QByteArray>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild
{

struct Envelope
{
    double minX = 0.0;
    double maxX = 0.0;
    double minY = 0.0;
    double maxY = 0.0;
    bool isEmpty = true;

    //! Grows to take in the point.
    void extend(double x, double y)
    {
      if (isEmpty)
      {
        *this = Envelope{x, x, y, y, false};
        return;
      }
      minX = std::min(minX, x);
      maxX = std::max(maxX, x);
      minY = std::min(minY, y);
      maxY = std::max(maxY, y);
    }
    //! Grows to take in another envelope.
    void extend(const Envelope &other)
    {
      if (other.isEmpty)
        return;
      extend(other.minX, other.minY);
      extend(other.maxX, other.maxY);
    }
};

class GeoPackageGeometry
{
  public:
    //! SWEREF 99 TM, the SRS of every spatial table of the store.
    static constexpr int kSrsId = 3006;
    //! Bytes of a point blob: 8-byte header + 21-byte WKB point.
    static constexpr int kPointBlobSize = 29;

    //! Writes a point blob (kPointBlobSize bytes) to out.
    static void encodePoint(double x, double y, int srsId, unsigned char *out);
    static QByteArray encodePoint(double x, double y, int srsId = kSrsId);
    //! A MULTIPOLYGON blob with envelope; rings are closed when the last point differs from the
    //! first. An empty multipolygon gives an empty array (store NULL).
    static QByteArray encodeMultiPolygon(const std::vector<std::vector<Ring>> &polygons, int srsId = kSrsId);

    //! Envelope of any 2D/Z/M/ZM WKB geometry in a blob (from the header when present);
    //! nullopt when the blob is not a valid GeoPackage geometry.
    static std::optional<Envelope> envelope(const unsigned char *blob, int size);
    //! The point of a POINT blob; nullopt when it is not a non-empty point.
    static std::optional<PointXY> decodePoint(const unsigned char *blob, int size);
    //! Polygons of a MULTIPOLYGON or POLYGON blob; nullopt when it is neither.
    static std::optional<std::vector<std::vector<Ring>>> decodeMultiPolygon(const unsigned char *blob, int size);
};

} // namespace lagesbild
