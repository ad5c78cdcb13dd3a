#include "rtreebulkloader.h"

#include "rtreenodes.h"
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
  const auto capacity = static_cast<std::size_t>((nodeSize - RtreeNodes::kNodeHeaderBytes) / RtreeNodes::kBytesPerCell);
  if (capacity < 4)
    return makeError(ErrorCode::StoreError, failed, QStringLiteral("unexpected node size %1").arg(nodeSize));
  return capacity;
}

PackedRtree RtreeBulkLoader::pack(std::vector<RtreeEntry> entries, std::size_t capacity)
{
  // Build the levels bottom-up until one node (the root) remains.
  std::vector<RtreeNodes::Level> levels;
  levels.push_back(RtreeNodes::packLevel(std::move(entries), capacity));
  if (levels.back().nodeCount() == 0)
    levels.back().nodeStarts.push_back(0); // an empty tree: an empty root leaf
  while (levels.back().nodeCount() > 1)
    levels.push_back(RtreeNodes::packLevel(RtreeNodes::nodeBoxes(levels.back()), capacity));
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
  std::vector<RtreeEntry> children;
  for (std::size_t l = 0; l < levels.size(); ++l)
  {
    const RtreeNodes::Level &level = levels[l];
    const bool isLeafLevel = l + 1 == levels.size();
    for (std::size_t k = 0; k < level.nodeCount(); ++k)
    {
      const std::int64_t nodeNumber = firstNodeNumber[l] + static_cast<std::int64_t>(k);
      const std::size_t begin = level.nodeStarts[k];
      const std::size_t end = level.nodeEnd(k);
      children.assign(level.cells.begin() + static_cast<std::ptrdiff_t>(begin), level.cells.begin() + static_cast<std::ptrdiff_t>(end));
      for (RtreeEntry &child : children)
      {
        if (isLeafLevel)
          tree.rowNodes.emplace_back(child.id, nodeNumber);
        else
        {
          child.id += firstNodeNumber[l + 1]; // a position in the level below, as a node number
          tree.parents.emplace_back(child.id, nodeNumber);
        }
      }
      tree.nodes.emplace_back(
        nodeNumber, RtreeNodes::encode(children.data(), children.size(), capacity, l == 0 ? std::optional<int>(depth) : std::nullopt));
    }
  }
  std::sort(tree.parents.begin(), tree.parents.end());
  RtreeNodes::sortByRowId(tree.rowNodes);
  return tree;
}

Result<void> RtreeBulkLoader::replaceContents(sqlite3 *db, const QString &rtreeName, std::vector<RtreeEntry> entries)
{
  auto capacity = nodeCapacity(db, rtreeName);
  if (!capacity)
    return capacity.error();
  return write(db, rtreeName, pack(std::move(entries), *capacity));
}

namespace
{
//! Inserts (a, b) pairs into table(columns) many rows per statement.
Result<void> insertPairs(sqlite3 *db, const QByteArray &table, const char *columns,
                         const std::vector<std::pair<std::int64_t, std::int64_t>> &pairs, const QString &failed)
{
  const std::string head = "INSERT INTO " + table.toStdString() + columns + " VALUES ";
  auto group = SqliteStatement::prepare(db, head + SqliteStatement::valueRows(2, kRowidsPerStatement));
  if (!group)
    return group.error();
  auto single = SqliteStatement::prepare(db, head + "(?1, ?2)");
  if (!single)
    return single.error();
  const std::size_t fullGroups = pairs.size() / kRowidsPerStatement;
  for (std::size_t g = 0; g < fullGroups; ++g)
  {
    for (int r = 0; r < kRowidsPerStatement; ++r)
    {
      const auto &[a, b] = pairs[g * kRowidsPerStatement + static_cast<std::size_t>(r)];
      group->bindInt64(2 * r + 1, a);
      group->bindInt64(2 * r + 2, b);
    }
    if (auto done = group->execute(failed); !done)
      return done;
  }
  for (std::size_t i = fullGroups * kRowidsPerStatement; i < pairs.size(); ++i)
  {
    single->bindInt64(1, pairs[i].first);
    single->bindInt64(2, pairs[i].second);
    if (auto done = single->execute(failed); !done)
      return done;
  }
  return {};
}
} // namespace

Result<void> RtreeBulkLoader::write(sqlite3 *db, const QString &rtreeName, const PackedRtree &tree)
{
  for (const QString &suffix : {QStringLiteral("_node"), QStringLiteral("_rowid"), QStringLiteral("_parent")})
    if (auto cleared = sqliteExec(db, ("DELETE FROM " + quoted(rtreeName + suffix)).constData()); !cleared)
      return cleared;
  return insert(db, rtreeName, tree);
}

Result<void> RtreeBulkLoader::insert(sqlite3 *db, const QString &rtreeName, const PackedRtree &tree)
{
  const QString failed = QCoreApplication::translate("IncidentStore", "The spatial index %1 could not be rebuilt.").arg(rtreeName);
  auto insertNode = SqliteStatement::prepare(db, "INSERT INTO " + quoted(rtreeName + QStringLiteral("_node")).toStdString() +
                                                   "(nodeno, data) VALUES (?1, ?2)");
  if (!insertNode)
    return insertNode.error();
  for (const auto &[nodeNumber, blob] : tree.nodes)
  {
    insertNode->bindInt64(1, nodeNumber);
    insertNode->bindBlobStatic(2, blob.data(), static_cast<int>(blob.size()));
    if (auto done = insertNode->execute(failed); !done)
      return done;
  }
  if (auto done = insertPairs(db, quoted(rtreeName + QStringLiteral("_parent")), "(nodeno, parentnode)", tree.parents, failed); !done)
    return done;
  return insertPairs(db, quoted(rtreeName + QStringLiteral("_rowid")), "(rowid, nodeno)", tree.rowNodes, failed);
}

} // namespace lagesbild
