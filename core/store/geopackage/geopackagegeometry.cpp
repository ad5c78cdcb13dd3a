#include "geopackagegeometry.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace lagesbild
{
namespace
{
constexpr std::uint8_t kFlagLittleEndian = 0x01;
constexpr std::uint8_t kEnvelopeXY = 0x01; // envelope indicator 1: [minx, maxx, miny, maxy]
constexpr std::uint8_t kFlagEmpty = 0x10;
constexpr std::uint8_t kFlagExtended = 0x20;
constexpr std::uint32_t kWkbPoint = 1;
constexpr std::uint32_t kWkbPolygon = 3;
constexpr std::uint32_t kWkbMultiPolygon = 6;
constexpr std::uint32_t kWkbGeometryCollection = 7;

static_assert(std::endian::native == std::endian::little, "the store writes little-endian blobs with memcpy");

void putUInt32(QByteArray &out, std::uint32_t value)
{
  out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putDouble(QByteArray &out, double value)
{
  out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

//! Reads WKB with per-geometry byte order; every read is bounds-checked.
class WkbReader
{
  public:
    WkbReader(const unsigned char *data, int size) : mData(data), mSize(size) {}

    bool readByte(std::uint8_t &value)
    {
      if (mPos + 1 > mSize)
        return false;
      value = mData[mPos++];
      return true;
    }
    bool readUInt32(std::uint32_t &value, bool littleEndian)
    {
      if (mPos + 4 > mSize)
        return false;
      std::memcpy(&value, mData + mPos, 4);
      if (!littleEndian)
        value = byteswap32(value);
      mPos += 4;
      return true;
    }
    bool readDouble(double &value, bool littleEndian)
    {
      if (mPos + 8 > mSize)
        return false;
      std::uint64_t bits;
      std::memcpy(&bits, mData + mPos, 8);
      if (!littleEndian)
        bits = byteswap64(bits);
      std::memcpy(&value, &bits, 8);
      mPos += 8;
      return true;
    }

    //! Reads a geometry header: byte order, base type (1..7) and coordinate dimension.
    bool readHeader(bool &littleEndian, std::uint32_t &baseType, int &dimension)
    {
      std::uint8_t order = 0;
      if (!readByte(order) || order > 1)
        return false;
      littleEndian = order == 1;
      std::uint32_t type = 0;
      if (!readUInt32(type, littleEndian))
        return false;
      bool hasZ = false;
      bool hasM = false;
      if (type & 0x80000000u)
        hasZ = true;
      if (type & 0x40000000u)
        hasM = true;
      type &= 0x0FFFFFFFu;
      switch (type / 1000)
      {
      case 0:
        break;
      case 1:
        hasZ = true;
        break;
      case 2:
        hasM = true;
        break;
      case 3:
        hasZ = hasM = true;
        break;
      default:
        return false;
      }
      baseType = type % 1000;
      dimension = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
      return true;
    }

    //! Extends env by every coordinate of the next geometry.
    bool scanEnvelope(Envelope &env, int depth = 0)
    {
      if (depth > 32)
        return false;
      bool le = true;
      std::uint32_t type = 0;
      int dimension = 2;
      if (!readHeader(le, type, dimension))
        return false;
      auto readPoints = [&](std::uint32_t count)
      {
        for (std::uint32_t i = 0; i < count; ++i)
        {
          double c[4];
          for (int d = 0; d < dimension; ++d)
            if (!readDouble(c[d], le))
              return false;
          if (std::isnan(c[0]) || std::isnan(c[1]))
            continue; // an empty point
          env.extend(c[0], c[1]);
        }
        return true;
      };
      std::uint32_t count = 0;
      switch (type)
      {
      case kWkbPoint:
        return readPoints(1);
      case 2: // LineString
        return readUInt32(count, le) && count <= static_cast<std::uint32_t>(mSize) && readPoints(count);
      case kWkbPolygon:
        if (!readUInt32(count, le) || count > static_cast<std::uint32_t>(mSize))
          return false;
        for (std::uint32_t r = 0; r < count; ++r)
        {
          std::uint32_t points = 0;
          if (!readUInt32(points, le) || points > static_cast<std::uint32_t>(mSize) || !readPoints(points))
            return false;
        }
        return true;
      case 4:
      case 5:
      case kWkbMultiPolygon:
      case kWkbGeometryCollection:
        if (!readUInt32(count, le) || count > static_cast<std::uint32_t>(mSize))
          return false;
        for (std::uint32_t g = 0; g < count; ++g)
          if (!scanEnvelope(env, depth + 1))
            return false;
        return true;
      default:
        return false;
      }
    }

    int position() const { return mPos; }

  private:
    static std::uint32_t byteswap32(std::uint32_t v) { return (v >> 24) | ((v >> 8) & 0xFF00u) | ((v << 8) & 0xFF0000u) | (v << 24); }
    static std::uint64_t byteswap64(std::uint64_t v)
    {
      return (static_cast<std::uint64_t>(byteswap32(static_cast<std::uint32_t>(v))) << 32) |
             byteswap32(static_cast<std::uint32_t>(v >> 32));
    }

    const unsigned char *mData;
    int mSize;
    int mPos = 0;
};

//! Parses the GP header; returns the WKB offset or -1. envelope is filled when the header has one.
int parseHeader(const unsigned char *blob, int size, std::optional<Envelope> &headerEnvelope, bool &emptyFlag)
{
  if (!blob || size < 8 || blob[0] != 'G' || blob[1] != 'P')
    return -1;
  const std::uint8_t flags = blob[3];
  if (flags & kFlagExtended)
    return -1;
  emptyFlag = (flags & kFlagEmpty) != 0;
  const int envelopeIndicator = (flags >> 1) & 0x07;
  static constexpr int kEnvelopeDoubles[] = {0, 4, 6, 6, 8};
  if (envelopeIndicator > 4)
    return -1;
  const int headerSize = 8 + 8 * kEnvelopeDoubles[envelopeIndicator];
  if (size < headerSize)
    return -1;
  if (envelopeIndicator > 0)
  {
    WkbReader reader(blob + 8, size - 8);
    const bool le = (flags & kFlagLittleEndian) != 0;
    Envelope env;
    reader.readDouble(env.minX, le);
    reader.readDouble(env.maxX, le);
    reader.readDouble(env.minY, le);
    reader.readDouble(env.maxY, le);
    env.isEmpty = std::isnan(env.minX);
    headerEnvelope = env;
  }
  return headerSize;
}

} // namespace

void GeoPackageGeometry::encodePoint(double x, double y, int srsId, unsigned char *out)
{
  out[0] = 'G';
  out[1] = 'P';
  out[2] = 0;                 // version 1
  out[3] = kFlagLittleEndian; // no envelope
  const std::int32_t srs = srsId;
  std::memcpy(out + 4, &srs, 4);
  out[8] = 1; // WKB little-endian
  const std::uint32_t type = kWkbPoint;
  std::memcpy(out + 9, &type, 4);
  std::memcpy(out + 13, &x, 8);
  std::memcpy(out + 21, &y, 8);
}

QByteArray GeoPackageGeometry::encodePoint(double x, double y, int srsId)
{
  QByteArray out(kPointBlobSize, Qt::Uninitialized);
  encodePoint(x, y, srsId, reinterpret_cast<unsigned char *>(out.data()));
  return out;
}

QByteArray GeoPackageGeometry::encodeMultiPolygon(const std::vector<std::vector<Ring>> &polygons, int srsId)
{
  Envelope env;
  std::size_t polygonCount = 0;
  for (const auto &polygon : polygons)
  {
    if (polygon.empty() || polygon.front().empty())
      continue;
    ++polygonCount;
    for (const Ring &ring : polygon)
      for (const PointXY &p : ring)
        env.extend(p.x, p.y);
  }
  if (polygonCount == 0)
    return QByteArray();

  QByteArray out;
  out.append('G');
  out.append('P');
  out.append(char(0));
  out.append(char(kFlagLittleEndian | (kEnvelopeXY << 1)));
  putUInt32(out, static_cast<std::uint32_t>(srsId));
  putDouble(out, env.minX);
  putDouble(out, env.maxX);
  putDouble(out, env.minY);
  putDouble(out, env.maxY);
  out.append(char(1));
  putUInt32(out, kWkbMultiPolygon);
  putUInt32(out, static_cast<std::uint32_t>(polygonCount));
  for (const auto &polygon : polygons)
  {
    if (polygon.empty() || polygon.front().empty())
      continue;
    out.append(char(1));
    putUInt32(out, kWkbPolygon);
    std::uint32_t ringCount = 0;
    for (const Ring &ring : polygon)
      ringCount += ring.empty() ? 0 : 1;
    putUInt32(out, ringCount);
    for (const Ring &ring : polygon)
    {
      if (ring.empty())
        continue;
      const bool closed = ring.front().x == ring.back().x && ring.front().y == ring.back().y && ring.size() > 1;
      putUInt32(out, static_cast<std::uint32_t>(ring.size() + (closed ? 0 : 1)));
      for (const PointXY &p : ring)
      {
        putDouble(out, p.x);
        putDouble(out, p.y);
      }
      if (!closed)
      {
        putDouble(out, ring.front().x);
        putDouble(out, ring.front().y);
      }
    }
  }
  return out;
}

std::optional<Envelope> GeoPackageGeometry::envelope(const unsigned char *blob, int size)
{
  std::optional<Envelope> headerEnvelope;
  bool emptyFlag = false;
  const int offset = parseHeader(blob, size, headerEnvelope, emptyFlag);
  if (offset < 0)
    return std::nullopt;
  if (emptyFlag)
    return Envelope{};
  if (headerEnvelope)
    return headerEnvelope;
  WkbReader reader(blob + offset, size - offset);
  Envelope env;
  if (!reader.scanEnvelope(env))
    return std::nullopt;
  return env;
}

std::optional<PointXY> GeoPackageGeometry::decodePoint(const unsigned char *blob, int size)
{
  // Fast path for what the store writes itself.
  if (size == kPointBlobSize && blob[0] == 'G' && blob[1] == 'P' && blob[3] == kFlagLittleEndian && blob[8] == 1 && blob[9] == kWkbPoint &&
      blob[10] == 0 && blob[11] == 0 && blob[12] == 0)
  {
    PointXY p;
    std::memcpy(&p.x, blob + 13, 8);
    std::memcpy(&p.y, blob + 21, 8);
    return p;
  }
  std::optional<Envelope> headerEnvelope;
  bool emptyFlag = false;
  const int offset = parseHeader(blob, size, headerEnvelope, emptyFlag);
  if (offset < 0 || emptyFlag)
    return std::nullopt;
  WkbReader reader(blob + offset, size - offset);
  bool le = true;
  std::uint32_t type = 0;
  int dimension = 2;
  PointXY p;
  if (!reader.readHeader(le, type, dimension) || type != kWkbPoint || !reader.readDouble(p.x, le) || !reader.readDouble(p.y, le))
    return std::nullopt;
  if (std::isnan(p.x) || std::isnan(p.y))
    return std::nullopt;
  return p;
}

std::optional<std::vector<std::vector<Ring>>> GeoPackageGeometry::decodeMultiPolygon(const unsigned char *blob, int size)
{
  std::optional<Envelope> headerEnvelope;
  bool emptyFlag = false;
  const int offset = parseHeader(blob, size, headerEnvelope, emptyFlag);
  if (offset < 0)
    return std::nullopt;
  std::vector<std::vector<Ring>> polygons;
  if (emptyFlag)
    return polygons;
  WkbReader reader(blob + offset, size - offset);
  auto readPolygon = [&](bool le, int dimension) -> bool
  {
    std::uint32_t ringCount = 0;
    if (!reader.readUInt32(ringCount, le) || ringCount > static_cast<std::uint32_t>(size))
      return false;
    std::vector<Ring> rings;
    for (std::uint32_t r = 0; r < ringCount; ++r)
    {
      std::uint32_t pointCount = 0;
      if (!reader.readUInt32(pointCount, le) || pointCount > static_cast<std::uint32_t>(size))
        return false;
      Ring ring;
      ring.reserve(pointCount);
      for (std::uint32_t i = 0; i < pointCount; ++i)
      {
        double c[4];
        for (int d = 0; d < dimension; ++d)
          if (!reader.readDouble(c[d], le))
            return false;
        ring.push_back({c[0], c[1]});
      }
      rings.push_back(std::move(ring));
    }
    polygons.push_back(std::move(rings));
    return true;
  };
  bool le = true;
  std::uint32_t type = 0;
  int dimension = 2;
  if (!reader.readHeader(le, type, dimension))
    return std::nullopt;
  if (type == kWkbPolygon)
    return readPolygon(le, dimension) ? std::optional(polygons) : std::nullopt;
  if (type != kWkbMultiPolygon)
    return std::nullopt;
  std::uint32_t count = 0;
  if (!reader.readUInt32(count, le) || count > static_cast<std::uint32_t>(size))
    return std::nullopt;
  for (std::uint32_t i = 0; i < count; ++i)
  {
    bool innerLe = true;
    std::uint32_t innerType = 0;
    int innerDimension = 2;
    if (!reader.readHeader(innerLe, innerType, innerDimension) || innerType != kWkbPolygon || !readPolygon(innerLe, innerDimension))
      return std::nullopt;
  }
  return polygons;
}

} // namespace lagesbild
