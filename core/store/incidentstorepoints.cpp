// IncidentStore: points for a kernel density from the R-tree's leaf boxes. A leaf node holds the
// boxes of about 50 incidents in 1.2 KB, where the table's pages hold 50 rows in about 12 KB: a
// scan of the leaves reads a tenth of the bytes of a scan of the table. A point's box is the point
// rounded outwards to 32-bit floats, so its centre is within half a metre of the point.
#include "incidentfiltersql.h"
#include "incidentstore.h"
#include "rtreeleafscan.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>

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

Result<std::vector<PointXY>> IncidentStore::pointsForDensity(const IncidentFilter &filter) const
{
  const QString rtreeName = QStringLiteral("rtree_incidents_geom");
  std::vector<PointXY> out;
  const IncidentFilterSql where(filter);
  if (where.whereClause().empty())
  {
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

  // The matching rows from the filter's index, their points from the leaves by fid.
  auto rows = SqliteStatement::prepare(mDb, "SELECT i.fid FROM incidents AS i" + where.whereClause());
  if (!rows)
    return rows.error();
  where.bind(*rows);
  std::vector<std::int64_t> fids;
  std::int64_t largest = 0;
  int rc = SQLITE_ROW;
  while ((rc = rows->step()) == SQLITE_ROW)
  {
    fids.push_back(rows->columnInt64(0));
    largest = std::max(largest, fids.back());
  }
  if (rc != SQLITE_DONE)
    return sqliteError(mDb, tr("The incident points could not be read."));
  if (static_cast<std::int64_t>(fids.size()) * kLeafScanMinimumShare < largest)
    return points(filter);

  constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  std::vector<PointXY> byFid(static_cast<std::size_t>(largest) + 1, PointXY{kNone, kNone});
  auto scanned = RtreeLeafScan::forEachLeaf(mDb, rtreeName,
                                            [&byFid](const std::vector<RtreeEntry> &cells)
                                            {
                                              for (const RtreeEntry &cell : cells)
                                                if (cell.id >= 0 && static_cast<std::size_t>(cell.id) < byFid.size())
                                                  byFid[static_cast<std::size_t>(cell.id)] = centreOf(cell);
                                            });
  if (!scanned)
    return scanned.error();
  out.reserve(fids.size());
  for (const std::int64_t fid : fids)
    if (const PointXY &point = byFid[static_cast<std::size_t>(fid)]; !std::isnan(point.x))
      out.push_back(point);
  return out;
}

} // namespace lagesbild
