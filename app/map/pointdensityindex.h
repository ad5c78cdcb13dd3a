// PointDensityIndex: the positions of the filtered incidents in memory, bucketed on a coarse grid,
// so the map can ask "how many incidents are in this view?" in constant time and count them per
// screen cell in one pass over the buckets the view touches. The map draws a crowded view (a
// police region's decade: millions of incidents in one town) as this density instead of millions
// of point symbols. Immutable once built: render threads share it.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace lagesbild
{

class PointDensityIndex
{
  public:
    //! Buckets per side of the grid over the points' extent (about 45 m on a municipality).
    static constexpr int kBucketsPerSide = 512;

    //! What an index keeps of the points.
    enum class Detail
    {
      Positions, //!< every position, by bucket
      Counts,    //!< only the count per bucket: built in a tenth of the time, for a first overview
    };

    PointDensityIndex() = default;
    //! The index of points (NaN coordinates are left out).
    explicit PointDensityIndex(const std::vector<PointXY> &points, Detail detail = Detail::Positions);

    std::size_t size() const { return mSize; }
    bool hasPositions() const { return mX != nullptr; }
    //! Side of a bucket in metres.
    double bucketSize() const { return mBucketSize; }
    //! The extent of the points (all zero when there are none).
    const BoundingBox &extent() const { return mExtent; }

    //! At least the points inside box, at most those in the buckets box touches: an upper
    //! bound within a bucket's width of the box, in constant time.
    std::size_t countNear(const BoundingBox &box) const;

    //! Points inside box (edges included) per cell of a raster of columns × rows cells covering
    //! box, row-major with row 0 at the top (north), as a screen draws them. Without positions,
    //! the incidents of a bucket whose centre is inside box, in the cell of that centre.
    std::vector<std::uint32_t> countPerCell(const BoundingBox &box, int columns, int rows) const;

  private:
    void countBuckets(const std::vector<PointXY> &points);
    void sortPositions(const std::vector<PointXY> &points);
    void sumCounts();
    //! Bucket range [first, last] touched by a span, clamped to the grid; false when outside.
    bool bucketRange(double from, double to, double origin, int buckets, int &first, int &last) const;

    BoundingBox mExtent;
    double mBucketSize = 1.0;
    int mColumns = 0;
    int mRows = 0;
    std::vector<std::uint32_t> mBucketStart; //!< bucket b holds [mBucketStart[b], mBucketStart[b + 1])
    std::vector<std::uint64_t> mSummed;      //!< (mColumns + 1) × (mRows + 1) summed-area table of counts
    std::size_t mSize = 0;
    std::unique_ptr<float[]> mX; //!< offsets from mExtent's corner, in bucket order
    std::unique_ptr<float[]> mY;
};

} // namespace lagesbild
