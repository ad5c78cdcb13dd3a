#include "arealocator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lagesbild::geocoding
{
namespace
{
double ringArea(const Ring &ring)
{
  double twice = 0.0;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    twice += (ring[j].x * ring[i].y) - (ring[i].x * ring[j].y);
  return std::abs(twice) / 2.0;
}
} // namespace

AreaLocator::AreaLocator(const std::vector<Area> &areas)
{
  mAreas.reserve(areas.size());
  for (const Area &area : areas)
  {
    Indexed indexed;
    indexed.code = area.code;
    indexed.municipality = area.type == QLatin1String("municipality");
    indexed.minX = indexed.minY = std::numeric_limits<double>::max();
    indexed.maxX = indexed.maxY = std::numeric_limits<double>::lowest();
    std::vector<Edge> edges;
    double largest = -1.0;
    const std::vector<Ring> *largestPolygon = nullptr;
    for (const auto &polygon : area.polygons)
    {
      double polygonSize = 0.0;
      for (std::size_t r = 0; r < polygon.size(); ++r)
      {
        const Ring &ring = polygon[r];
        if (ring.size() < 3)
          continue;
        const double size = ringArea(ring);
        polygonSize += r == 0 ? size : -size;
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        {
          edges.push_back({ring[j].x, ring[j].y, ring[i].x, ring[i].y});
          indexed.minX = std::min(indexed.minX, ring[i].x);
          indexed.maxX = std::max(indexed.maxX, ring[i].x);
          indexed.minY = std::min(indexed.minY, ring[i].y);
          indexed.maxY = std::max(indexed.maxY, ring[i].y);
        }
      }
      indexed.size += polygonSize;
      if (polygonSize > largest)
      {
        largest = polygonSize;
        largestPolygon = &polygon;
      }
    }
    if (edges.empty())
    {
      indexed.minX = indexed.minY = indexed.maxX = indexed.maxY = 0.0;
      mAreas.push_back(std::move(indexed));
      continue;
    }
    const int bandCount = std::clamp(static_cast<int>(edges.size() / 8), 1, kMaxBands);
    indexed.bandHeight = std::max((indexed.maxY - indexed.minY) / bandCount, 1e-9);
    indexed.bands.resize(static_cast<std::size_t>(bandCount));
    for (const Edge &edge : edges)
    {
      const double low = std::min(edge.y1, edge.y2);
      const double high = std::max(edge.y1, edge.y2);
      const int first = std::clamp(static_cast<int>((low - indexed.minY) / indexed.bandHeight), 0, bandCount - 1);
      const int last = std::clamp(static_cast<int>((high - indexed.minY) / indexed.bandHeight), 0, bandCount - 1);
      for (int band = first; band <= last; ++band)
        indexed.bands[static_cast<std::size_t>(band)].push_back(edge);
    }
    mAreas.push_back(std::move(indexed));
    // Interior point: the widest inside run across the middle of the largest polygon.
    if (largestPolygon)
    {
      Indexed &self = mAreas.back();
      double minY = std::numeric_limits<double>::max(), maxY = std::numeric_limits<double>::lowest();
      for (const PointXY &p : largestPolygon->front())
      {
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
      }
      const double y = (minY + maxY) / 2.0 + 1e-6;
      std::vector<double> crossings;
      for (const Ring &ring : *largestPolygon)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
          if ((ring[i].y > y) != (ring[j].y > y))
            crossings.push_back(ring[j].x + (y - ring[j].y) * (ring[i].x - ring[j].x) / (ring[i].y - ring[j].y));
      std::sort(crossings.begin(), crossings.end());
      self.interior = PointXY{(self.minX + self.maxX) / 2.0, y};
      double widest = -1.0;
      for (std::size_t i = 0; i + 1 < crossings.size(); i += 2)
        if (crossings[i + 1] - crossings[i] > widest)
        {
          widest = crossings[i + 1] - crossings[i];
          self.interior = PointXY{(crossings[i] + crossings[i + 1]) / 2.0, y};
        }
    }
  }
  mBySize.resize(mAreas.size());
  std::iota(mBySize.begin(), mBySize.end(), 0);
  std::stable_sort(mBySize.begin(), mBySize.end(), [this](int a, int b) { return mAreas[a].size < mAreas[b].size; });
}

bool AreaLocator::contains(int index, double x, double y) const
{
  const Indexed &area = mAreas[static_cast<std::size_t>(index)];
  if (area.bands.empty() || x < area.minX || x > area.maxX || y < area.minY || y > area.maxY)
    return false;
  const int band = std::clamp(static_cast<int>((y - area.minY) / area.bandHeight), 0, static_cast<int>(area.bands.size()) - 1);
  // Even-odd ray casting to the right over the edges of the band (holes and several polygons alike).
  bool inside = false;
  for (const Edge &e : area.bands[static_cast<std::size_t>(band)])
    if ((e.y2 > y) != (e.y1 > y) && x < e.x1 + (y - e.y1) * (e.x2 - e.x1) / (e.y2 - e.y1))
      inside = !inside;
  return inside;
}

int AreaLocator::indexAt(double x, double y, LocationPrecision precision) const
{
  if (precision != LocationPrecision::Municipality)
  {
    for (const int index : mBySize)
      if (contains(index, x, y))
        return index;
    return -1;
  }
  int largest = -1;
  for (const int index : mBySize)
  {
    if (!contains(index, x, y))
      continue;
    if (mAreas[static_cast<std::size_t>(index)].municipality)
      return index;
    largest = index;
  }
  return largest;
}

QString AreaLocator::codeAt(double x, double y, LocationPrecision precision) const
{
  const int index = indexAt(x, y, precision);
  return index < 0 ? QString() : mAreas[static_cast<std::size_t>(index)].code;
}

PointXY AreaLocator::interiorPoint(int index) const
{
  return mAreas[static_cast<std::size_t>(index)].interior;
}

} // namespace lagesbild::geocoding
