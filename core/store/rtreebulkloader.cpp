#include "rtreebulkloader.h"

#include "radixsort.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>

namespace lagesbild
{
namespace
{
constexpr int kBytesPerCell = 8 + 4 * 4; // rowid + minx, maxx, miny, maxy as 32-bit floats
constexpr int kNodeHeaderBytes = 4;      // 16-bit depth (root only) + 16-bit cell count
constexpr int kRowidsPerStatement = 128;

float roundDown(double value)
{
  float f = static_cast<float>(value);
  if (static_cast<double>(f) > value)
    f = std::nextafter(f, -std::numeric_limits<float>::infinity());
  return f;
}

float roundUp(double value)
{
  float f = static_cast<float>(value);
  if (static_cast<double>(f) < value)
    f = std::nextafter(f, std::numeric_limits<float>::infinity());
  return f;
}

void putBigEndian16(unsigned char *out, int value)
{
  out[0] = static_cast<unsigned char>((value >> 8) & 0xFF);
  out[1] = static_cast<unsigned char>(value & 0xFF);
}

void putBigEndian32(unsigned char *out, std::uint32_t value)
{
  out[0] = static_cast<unsigned char>(value >> 24);
  out[1] = static_cast<unsigned char>(value >> 16);
  out[2] = static_cast<unsigned char>(value >> 8);
  out[3] = static_cast<unsigned char>(value);
}

void putBigEndian64(unsigned char *out, std::int64_t value)
{
  const auto u = static_cast<std::uint64_t>(value);
  putBigEndian32(out, static_cast<std::uint32_t>(u >> 32));
  putBigEndian32(out + 4, static_cast<std::uint32_t>(u));
}

void putFloat(unsigned char *out, float value)
{
  putBigEndian32(out, std::bit_cast<std::uint32_t>(value));
}

//! One level of the tree: cells in node order, and where each node's cells start.
struct Level
{
    std::vector<RtreeEntry> cells;       //!< leaf level: row ids; above: index of the child node in the level below
    std::vector<std::size_t> nodeStarts; //!< nodeStarts[k]..nodeStarts[k+1] are node k's cells
    std::size_t nodeCount() const { return nodeStarts.size(); }
    std::size_t nodeEnd(std::size_t k) const { return k + 1 < nodeStarts.size() ? nodeStarts[k + 1] : cells.size(); }
};

float centreX(const RtreeEntry &e)
{
  return e.minX * 0.5F + e.maxX * 0.5F;
}

float centreY(const RtreeEntry &e)
{
  return e.minY * 0.5F + e.maxY * 0.5F;
}

//! A float's bits as an unsigned integer of the same order (negative values reversed).
std::uint32_t orderedBits(float value)
{
  const auto bits = std::bit_cast<std::uint32_t>(value);
  return (bits & 0x80000000U) != 0 ? ~bits : (bits | 0x80000000U);
}

std::uint32_t centreXKey(const RtreeEntry &e)
{
  return orderedBits(centreX(e));
}

std::uint32_t centreYKey(const RtreeEntry &e)
{
  return orderedBits(centreY(e));
}

//! Sorts cells[0, n) by key, stably, through a radix sort of (key, position) pairs: linear,
//! where comparison sorts of the million-cell bottom level were most of a packing's time.
//! Reuses the scratch vectors between calls.
struct RadixScratch
{
    std::vector<std::uint64_t> pairs;
    std::vector<std::uint64_t> swapped;
    std::vector<RtreeEntry> gathered;
};

void sortByKey(RtreeEntry *cells, std::size_t n, std::uint32_t (*key)(const RtreeEntry &), RadixScratch &scratch)
{
  constexpr std::size_t kSmall = 64;
  if (n < kSmall || n > std::numeric_limits<std::uint32_t>::max())
  {
    std::stable_sort(cells, cells + n, [key](const RtreeEntry &a, const RtreeEntry &b) { return key(a) < key(b); });
    return;
  }
  std::vector<std::uint64_t> &pairs = scratch.pairs;
  pairs.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    pairs[i] = (static_cast<std::uint64_t>(key(cells[i])) << 32) | i;
  RadixSort::byUpperHalf(pairs, scratch.swapped);
  scratch.gathered.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    scratch.gathered[i] = cells[pairs[i] & 0xFFFFFFFFU];
  std::copy(scratch.gathered.begin(), scratch.gathered.begin() + static_cast<std::ptrdiff_t>(n), cells);
}

//! Sort-Tile-Recursive packing of cells into nodes of at most capacity cells.
Level packLevel(std::vector<RtreeEntry> cells, std::size_t capacity)
{
  Level level;
  const std::size_t n = cells.size();
  const std::size_t nodes = (n + capacity - 1) / capacity;
  const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
  const std::size_t sliceSize = std::max<std::size_t>(1, slices) * capacity;
  RadixScratch scratch;
  sortByKey(cells.data(), n, &centreXKey, scratch);
  for (std::size_t sliceStart = 0; sliceStart < n; sliceStart += sliceSize)
  {
    const std::size_t sliceEnd = std::min(n, sliceStart + sliceSize);
    sortByKey(cells.data() + sliceStart, sliceEnd - sliceStart, &centreYKey, scratch);
    for (std::size_t start = sliceStart; start < sliceEnd; start += capacity)
      level.nodeStarts.push_back(start);
  }
  level.cells = std::move(cells);
  return level;
}

//! Sorts (row id, leaf node) pairs by row id: by placement when the ids are about dense (fids
//! of a store), else by sorting.
void sortByRowId(std::vector<std::pair<std::int64_t, std::int64_t>> &rowNodes)
{
  if (rowNodes.empty())
    return;
  const auto [lowest, highest] = std::minmax_element(rowNodes.begin(), rowNodes.end());
  const std::int64_t first = lowest->first;
  const auto range = static_cast<std::uint64_t>(highest->first - first) + 1;
  if (highest->first < first || range > 2 * rowNodes.size() + 1024)
  {
    std::sort(rowNodes.begin(), rowNodes.end());
    return;
  }
  constexpr std::int64_t kNone = 0; // node numbers start at 1
  std::vector<std::int64_t> nodeOf(range, kNone);
  bool unique = true;
  for (const auto &[row, node] : rowNodes)
  {
    std::int64_t &slot = nodeOf[static_cast<std::size_t>(row - first)];
    unique = unique && slot == kNone;
    slot = node;
  }
  if (!unique)
  {
    std::sort(rowNodes.begin(), rowNodes.end());
    return;
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < nodeOf.size(); ++i)
    if (nodeOf[i] != kNone)
      rowNodes[out++] = {first + static_cast<std::int64_t>(i), nodeOf[i]};
}

//! The cells of the level above: one per node, with the node's bounding box.
std::vector<RtreeEntry> parentCells(const Level &level)
{
  std::vector<RtreeEntry> parents;
  parents.reserve(level.nodeCount());
  for (std::size_t k = 0; k < level.nodeCount(); ++k)
  {
    RtreeEntry box{static_cast<std::int64_t>(k), std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                   std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()};
    for (std::size_t i = level.nodeStarts[k]; i < level.nodeEnd(k); ++i)
    {
      const RtreeEntry &c = level.cells[i];
      box.minX = std::min(box.minX, c.minX);
      box.maxX = std::max(box.maxX, c.maxX);
      box.minY = std::min(box.minY, c.minY);
      box.maxY = std::max(box.maxY, c.maxY);
    }
    parents.push_back(box);
  }
  return parents;
}

QByteArray quoted(const QString &name)
{
  QString escaped = name;
  escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return (QLatin1Char('"') + escaped + QLatin1Char('"')).toUtf8();
}

} // namespace

RtreeEntry RtreeBulkLoader::entryForPoint(std::int64_t id, double x, double y)
{
  return entryForBox(id, x, x, y, y);
}

RtreeEntry RtreeBulkLoader::entryForBox(std::int64_t id, double minX, double maxX, double minY, double maxY)
{
  return RtreeEntry{id, roundDown(minX), roundUp(maxX), roundDown(minY), roundUp(maxY)};
}

Result<std::size_t> RtreeBulkLoader::nodeCapacity(sqlite3 *db, const QString &rtreeName)
{
  const QString failed = QCoreApplication::translate("IncidentStore", "The spatial index %1 could not be rebuilt.").arg(rtreeName);
  // The node size is fixed when the rtree is created; SQLite reads it back from the root's length.
  auto sizeQuery = SqliteStatement::prepare(db, "SELECT length(data) FROM " + quoted(rtreeName + QStringLiteral("_node")).toStdString() +
                                                  " WHERE nodeno = 1");
  if (!sizeQuery)
    return sizeQuery.error();
  if (sizeQuery->step() != SQLITE_ROW)
    return sqliteError(db, failed);
  const int nodeSize = static_cast<int>(sizeQuery->columnInt64(0));
  const auto capacity = static_cast<std::size_t>((nodeSize - kNodeHeaderBytes) / kBytesPerCell);
  if (capacity < 4)
    return makeError(ErrorCode::StoreError, failed, QStringLiteral("unexpected node size %1").arg(nodeSize));
  return capacity;
}

PackedRtree RtreeBulkLoader::pack(std::vector<RtreeEntry> entries, std::size_t capacity)
{
  const std::size_t nodeSize = kNodeHeaderBytes + capacity * kBytesPerCell;
  // Build the levels bottom-up until one node (the root) remains.
  std::vector<Level> levels;
  levels.push_back(packLevel(std::move(entries), capacity));
  if (levels.back().nodeCount() == 0)
    levels.back().nodeStarts.push_back(0); // an empty tree: an empty root leaf
  while (levels.back().nodeCount() > 1)
    levels.push_back(packLevel(parentCells(levels.back()), capacity));
  std::reverse(levels.begin(), levels.end()); // levels[0] is the root level
  const int depth = static_cast<int>(levels.size()) - 1;

  // Node numbers: the root is 1, then each level's nodes in order.
  std::vector<std::int64_t> firstNodeNumber(levels.size());
  std::int64_t next = 1;
  for (std::size_t l = 0; l < levels.size(); ++l)
  {
    firstNodeNumber[l] = next;
    next += static_cast<std::int64_t>(levels[l].nodeCount());
  }

  PackedRtree tree;
  tree.rowNodes.reserve(levels.back().cells.size());
  tree.nodes.reserve(static_cast<std::size_t>(next));
  for (std::size_t l = 0; l < levels.size(); ++l)
  {
    const Level &level = levels[l];
    const bool isLeafLevel = l + 1 == levels.size();
    for (std::size_t k = 0; k < level.nodeCount(); ++k)
    {
      const std::int64_t nodeNumber = firstNodeNumber[l] + static_cast<std::int64_t>(k);
      std::vector<unsigned char> blob(nodeSize, 0);
      if (l == 0)
        putBigEndian16(blob.data(), depth);
      const std::size_t begin = level.nodeStarts[k];
      const std::size_t end = level.nodeEnd(k);
      putBigEndian16(blob.data() + 2, static_cast<int>(end - begin));
      unsigned char *cell = blob.data() + kNodeHeaderBytes;
      for (std::size_t i = begin; i < end; ++i, cell += kBytesPerCell)
      {
        const RtreeEntry &e = level.cells[i];
        std::int64_t id = e.id;
        if (isLeafLevel)
          tree.rowNodes.emplace_back(id, nodeNumber);
        else
        {
          id = firstNodeNumber[l + 1] + e.id;
          tree.parents.emplace_back(id, nodeNumber);
        }
        putBigEndian64(cell, id);
        putFloat(cell + 8, e.minX);
        putFloat(cell + 12, e.maxX);
        putFloat(cell + 16, e.minY);
        putFloat(cell + 20, e.maxY);
      }
      tree.nodes.emplace_back(nodeNumber, std::move(blob));
    }
  }
  std::sort(tree.parents.begin(), tree.parents.end());
  sortByRowId(tree.rowNodes);
  return tree;
}

Result<void> RtreeBulkLoader::replaceContents(sqlite3 *db, const QString &rtreeName, std::vector<RtreeEntry> entries)
{
  auto capacity = nodeCapacity(db, rtreeName);
  if (!capacity)
    return capacity.error();
  return write(db, rtreeName, pack(std::move(entries), *capacity));
}

Result<void> RtreeBulkLoader::write(sqlite3 *db, const QString &rtreeName, const PackedRtree &tree)
{
  const QString failed = QCoreApplication::translate("IncidentStore", "The spatial index %1 could not be rebuilt.").arg(rtreeName);
  const QByteArray nodeTable = quoted(rtreeName + QStringLiteral("_node"));
  const QByteArray rowidTable = quoted(rtreeName + QStringLiteral("_rowid"));
  const QByteArray parentTable = quoted(rtreeName + QStringLiteral("_parent"));
  for (const QByteArray &table : {nodeTable, rowidTable, parentTable})
    if (auto cleared = sqliteExec(db, ("DELETE FROM " + table).constData()); !cleared)
      return cleared;

  auto insertNode = SqliteStatement::prepare(db, "INSERT INTO " + nodeTable.toStdString() + "(nodeno, data) VALUES (?1, ?2)");
  auto insertParent = SqliteStatement::prepare(db, "INSERT INTO " + parentTable.toStdString() + "(nodeno, parentnode) VALUES (?1, ?2)");
  auto insertRowid = SqliteStatement::prepare(db, "INSERT INTO " + rowidTable.toStdString() + "(rowid, nodeno) VALUES (?1, ?2)");
  // The row-to-leaf map has a row per entry: many rows per statement.
  auto insertRowidGroup = SqliteStatement::prepare(db, "INSERT INTO " + rowidTable.toStdString() + "(rowid, nodeno) VALUES " +
                                                         SqliteStatement::valueRows(2, kRowidsPerStatement));
  if (!insertRowidGroup)
    return insertRowidGroup.error();
  if (!insertNode)
    return insertNode.error();
  if (!insertParent)
    return insertParent.error();
  if (!insertRowid)
    return insertRowid.error();

  for (const auto &[nodeNumber, blob] : tree.nodes)
  {
    insertNode->bindInt64(1, nodeNumber);
    insertNode->bindBlobStatic(2, blob.data(), static_cast<int>(blob.size()));
    if (auto done = insertNode->execute(failed); !done)
      return done;
  }
  for (const auto &[child, parent] : tree.parents)
  {
    insertParent->bindInt64(1, child);
    insertParent->bindInt64(2, parent);
    if (auto done = insertParent->execute(failed); !done)
      return done;
  }
  const auto &rowNodes = tree.rowNodes;
  const std::size_t fullGroups = rowNodes.size() / kRowidsPerStatement;
  for (std::size_t g = 0; g < fullGroups; ++g)
  {
    for (int r = 0; r < kRowidsPerStatement; ++r)
    {
      const auto &[rowId, node] = rowNodes[g * kRowidsPerStatement + static_cast<std::size_t>(r)];
      insertRowidGroup->bindInt64(2 * r + 1, rowId);
      insertRowidGroup->bindInt64(2 * r + 2, node);
    }
    if (auto done = insertRowidGroup->execute(failed); !done)
      return done;
  }
  for (std::size_t i = fullGroups * kRowidsPerStatement; i < rowNodes.size(); ++i)
  {
    insertRowid->bindInt64(1, rowNodes[i].first);
    insertRowid->bindInt64(2, rowNodes[i].second);
    if (auto done = insertRowid->execute(failed); !done)
      return done;
  }
  return {};
}

} // namespace lagesbild
