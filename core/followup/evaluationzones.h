// EvaluationZones: the three places an intervention's follow-up compares (Bowers & Johnson 2003).
// The treated (response) area R is a circle (point + radius) or a multipolygon; the buffer B is
// the ring of a given width just outside R, where displacement or diffusion would show; the
// control area C is a chosen polygon (usually the whole municipality) minus R and B, or, with
// no polygon, everywhere outside R and B. Every point falls in exactly one zone or none.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <optional>
#include <vector>

namespace lagesbild
{

enum class EvaluationZone
{
  Treated,
  Buffer,
  Control,
  Outside, //!< outside the control polygon (and outside R and B)
};

class EvaluationZones
{
  public:
    using MultiPolygon = std::vector<std::vector<Ring>>;

    //! Treated area = disc of radius around centre (radius > 0), buffer = bufferWidth outside it.
    static EvaluationZones circle(const PointXY &centre, double radius, double bufferWidth);
    //! Treated area = the multipolygon, buffer = points outside it within bufferWidth of its boundary.
    static EvaluationZones polygon(MultiPolygon treated, double bufferWidth);

    //! Restricts the control zone to this multipolygon (still minus R and B). Without it, the control
    //! zone is everything outside R and B.
    void setControlArea(MultiPolygon control);
    bool hasControlArea() const { return mControl.has_value(); }

    EvaluationZone classify(const PointXY &point) const;

    //! Box holding R and B (e.g. the map extent of a follow-up).
    BoundingBox treatedAndBufferBounds() const;

    double bufferWidth() const { return mBufferWidth; }

  private:
    EvaluationZones() = default;

    std::optional<PointXY> mCentre;
    double mRadius = 0.0;
    MultiPolygon mTreated;
    double mBufferWidth = 0.0;
    std::optional<MultiPolygon> mControl;
};

} // namespace lagesbild
