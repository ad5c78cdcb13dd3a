#include "evaluationzones.h"

#include "polygongeometry.h"

#include <algorithm>
#include <cmath>

namespace lagesbild
{

EvaluationZones EvaluationZones::circle(const PointXY &centre, double radius, double bufferWidth)
{
  EvaluationZones zones;
  zones.mCentre = centre;
  zones.mRadius = radius;
  zones.mBufferWidth = bufferWidth;
  return zones;
}

EvaluationZones EvaluationZones::polygon(MultiPolygon treated, double bufferWidth)
{
  EvaluationZones zones;
  zones.mTreated = std::move(treated);
  zones.mBufferWidth = bufferWidth;
  return zones;
}

void EvaluationZones::setControlArea(MultiPolygon control)
{
  mControl = std::move(control);
}

EvaluationZone EvaluationZones::classify(const PointXY &point) const
{
  // Distance from the treated area: 0 inside it, so "≤ 0" is R and "≤ buffer" is B.
  double distance = 0.0;
  if (mCentre)
    distance = std::max(0.0, std::hypot(point.x - mCentre->x, point.y - mCentre->y) - mRadius);
  else
    distance = PolygonGeometry::distanceTo(mTreated, point);

  if (distance <= 0.0)
    return EvaluationZone::Treated;
  if (distance <= mBufferWidth)
    return EvaluationZone::Buffer;
  if (!mControl || PolygonGeometry::multiPolygonContains(*mControl, point))
    return EvaluationZone::Control;
  return EvaluationZone::Outside;
}

BoundingBox EvaluationZones::treatedAndBufferBounds() const
{
  BoundingBox box;
  if (mCentre)
  {
    box = BoundingBox{mCentre->x - mRadius, mCentre->y - mRadius, mCentre->x + mRadius, mCentre->y + mRadius};
  }
  else if (const auto treatedBox = PolygonGeometry::bounds(mTreated))
  {
    box = *treatedBox;
  }
  box.xMin -= mBufferWidth;
  box.yMin -= mBufferWidth;
  box.xMax += mBufferWidth;
  box.yMax += mBufferWidth;
  return box;
}

} // namespace lagesbild
