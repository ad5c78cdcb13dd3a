// GeoPackageStore: points for a kernel density from the R-tree's leaf boxes. A leaf node holds the
// boxes of about 50 incidents in 1.2 KB, where the table's pages hold 50 rows in about 12 KB: a
// scan of the leaves reads a tenth of the bytes of a scan of the table. A point's box is the point
// rounded outwards to 32-bit floats, so its centre is within half a metre of the point.
#include "geopackagestore.h"
#include "incidentdaysummaryquery.h"
#include "incidentfiltersql.h"
#include "rtreeleafscan.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>

namespace lagesbild
{
namespace
{
//! Below this share of the store a selection is read row by row from the table instead (exact).
constexpr std::int64_t kLeafScanMinimumShare = 8;

PointXY centreOf(const RtreeEntry &cell)
{
  return PointXY{(static_cast<double>(cell.minX) + static_cast<double>(cell.maxX)) * 0.5,
                 (static_cast<double>(cell.minY) + static_cast<double>(cell.maxY)) * 0.5};
}
} // namespace

Result<std::vector<PointXY>> GeoPackageStore::pointsForDensity(const IncidentFilter &filter) const
{
  // A period, codes or hours: the day summary's packed points (to the centimetre); the whole
  // store: the R-tree's leaves, which hold no more than the points.
  const IncidentFilterSql where(filter);
  if (!where.whereClause().empty())
  {
    auto summary = IncidentDaySummaryQuery::canAnswer(mDb, filter);
    if (!summary)
      return summary.error();
    if (*summary)
      return IncidentDaySummaryQuery::points(mDb, filter);
  }
  const QString rtreeName = QStringLiteral("rtree_incidents_geom");
  auto largestFid = SqliteStatement::prepare(mDb, "SELECT coalesce(max(fid), 0) FROM incidents");
  if (!largestFid)
    return largestFid.error();
  if (largestFid->step() != SQLITE_ROW)
    return sqliteError(mDb, tr("The incident points could not be read."));
  const auto largest = static_cast<std::size_t>(std::max<std::int64_t>(0, largestFid->columnInt64(0)));
  // Fresh memory is costly to touch (page faults): the result is reserved once, and a selection
  // is a bit per fid, not a table of points by fid.
  std::vector<PointXY> out;
  if (where.whereClause().empty())
  {
    out.reserve(largest);
    auto scanned = RtreeLeafScan::forEachLeaf(mDb, rtreeName,
                                              [&out](const std::vector<RtreeEntry> &cells)
                                              {
                                                for (const RtreeEntry &cell : cells)
                                                  out.push_back(centreOf(cell));
                                              });
    if (!scanned)
      return scanned.error();
    return out;
  }

  // The matching rows from the filter's index, as bits by fid; their points from the leaves.
  auto rows = SqliteStatement::prepare(mDb, "SELECT i.fid FROM incidents AS i" + where.whereClause());
  if (!rows)
    return rows.error();
  where.bind(*rows);
  constexpr std::size_t kBitsPerWord = 64;
  std::vector<std::uint64_t> selected(largest / kBitsPerWord + 1, 0);
  std::size_t count = 0;
  int rc = SQLITE_ROW;
  while ((rc = rows->step()) == SQLITE_ROW)
  {
    const auto fid = static_cast<std::size_t>(rows->columnInt64(0));
    if (fid > largest)
      continue;
    selected[fid / kBitsPerWord] |= std::uint64_t(1) << (fid % kBitsPerWord);
    ++count;
  }
  if (rc != SQLITE_DONE)
    return sqliteError(mDb, tr("The incident points could not be read."));
  if (count * kLeafScanMinimumShare < largest)
    return points(filter);

  out.reserve(count);
  auto scanned =
    RtreeLeafScan::forEachLeaf(mDb, rtreeName,
                               [&out, &selected, largest](const std::vector<RtreeEntry> &cells)
                               {
                                 for (const RtreeEntry &cell : cells)
                                 {
                                   const auto fid = static_cast<std::size_t>(cell.id);
                                   if (cell.id >= 0 && fid <= largest && (selected[fid / kBitsPerWord] >> (fid % kBitsPerWord) & 1U) != 0)
                                     out.push_back(centreOf(cell));
                                 }
                               });
  if (!scanned)
    return scanned.error();
  return out;
}

} // namespace lagesbild
