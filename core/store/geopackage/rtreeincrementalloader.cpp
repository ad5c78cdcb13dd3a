#include "rtreeincrementalloader.h"

#include "rtreenodes.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace lagesbild
{
namespace
{
std::string quoted(const QString &name)
{
  QString escaped = name;
  escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return (QLatin1Char('"') + escaped + QLatin1Char('"')).toStdString();
}

QString failedText(const QString &rtreeName)
{
  return QCoreApplication::translate("IncidentStore", "The spatial index %1 could not be updated.").arg(rtreeName);
}
} // namespace

Result<std::optional<RtreeLeafLevel>> RtreeIncrementalLoader::readLeafLevel(sqlite3 *db, const QString &rtreeName)
{
  const QString failed = failedText(rtreeName);
  const std::string nodeTable = quoted(rtreeName + QStringLiteral("_node"));
  auto read = SqliteStatement::prepare(db, "SELECT data FROM " + nodeTable + " WHERE nodeno = ?1");
  if (!read)
    return read.error();
  auto largest = SqliteStatement::prepare(db, "SELECT max(nodeno) FROM " + nodeTable);
  if (!largest)
    return largest.error();
  if (largest->step() != SQLITE_ROW)
    return sqliteError(db, failed);

  RtreeLeafLevel level;
  level.largestNode = largest->columnInt64(0);
  std::vector<std::int64_t> frontier{1};
  std::vector<RtreeEntry> cells;
  for (int depth = -1; depth != 0; --depth)
  {
    std::vector<std::int64_t> below;
    for (const std::int64_t node : frontier)
    {
      read->bindInt64(1, node);
      if (read->step() != SQLITE_ROW)
        return makeError(ErrorCode::StoreError, failed, QStringLiteral("node %1 is missing").arg(node));
      int size = 0;
      const unsigned char *blob = read->columnBlob(0, &size);
      if (depth < 0)
      {
        depth = RtreeNodes::rootDepth(blob, static_cast<std::size_t>(size));
        if (depth == 0) // the root is the only leaf
          return std::optional<RtreeLeafLevel>();
      }
      cells.clear();
      if (!RtreeNodes::decode(blob, static_cast<std::size_t>(size), cells))
        return makeError(ErrorCode::StoreError, failed, QStringLiteral("node %1 is damaged").arg(node));
      read->reset();
      level.innerNodes.push_back(node);
      if (depth == 1)
        level.leaves.insert(level.leaves.end(), cells.begin(), cells.end());
      else
        std::transform(cells.begin(), cells.end(), std::back_inserter(below), [](const RtreeEntry &cell) { return cell.id; });
    }
    frontier = std::move(below);
  }
  return std::optional<RtreeLeafLevel>(std::move(level));
}

PackedRtree RtreeIncrementalLoader::pack(const RtreeLeafLevel &leafLevel, std::vector<RtreeEntry> entries, std::size_t capacity)
{
  PackedRtree tree;
  std::int64_t next = leafLevel.largestNode + 1;

  // The new leaves, numbered after every node in use.
  const RtreeNodes::Level newLeaves = RtreeNodes::packLevel(std::move(entries), capacity);
  std::vector<RtreeEntry> leafCells = leafLevel.leaves;
  std::vector<RtreeEntry> boxes = RtreeNodes::nodeBoxes(newLeaves);
  tree.rowNodes.reserve(newLeaves.cells.size());
  tree.nodes.reserve(newLeaves.nodeCount());
  for (std::size_t k = 0; k < newLeaves.nodeCount(); ++k)
  {
    const std::int64_t nodeNumber = next++;
    const std::size_t begin = newLeaves.nodeStarts[k];
    const std::size_t end = newLeaves.nodeEnd(k);
    for (std::size_t i = begin; i < end; ++i)
      tree.rowNodes.emplace_back(newLeaves.cells[i].id, nodeNumber);
    tree.nodes.emplace_back(nodeNumber, RtreeNodes::encode(newLeaves.cells.data() + begin, end - begin, capacity, std::nullopt));
    boxes[k].id = nodeNumber;
  }
  leafCells.insert(leafCells.end(), boxes.begin(), boxes.end());

  // The inner levels over all leaves, bottom-up: the first level's cells carry leaf node numbers,
  // the others positions in the level below.
  std::vector<RtreeNodes::Level> levels;
  levels.push_back(RtreeNodes::packLevel(std::move(leafCells), capacity));
  while (levels.back().nodeCount() > 1)
    levels.push_back(RtreeNodes::packLevel(RtreeNodes::nodeBoxes(levels.back()), capacity));
  const int depth = static_cast<int>(levels.size());

  std::vector<std::vector<std::int64_t>> numbers(levels.size());
  for (std::size_t j = 0; j + 1 < levels.size(); ++j)
    for (std::size_t k = 0; k < levels[j].nodeCount(); ++k)
      numbers[j].push_back(next++);
  numbers.back() = {1};

  std::vector<RtreeEntry> children;
  for (std::size_t j = 0; j < levels.size(); ++j)
  {
    const RtreeNodes::Level &level = levels[j];
    const bool isRoot = j + 1 == levels.size();
    for (std::size_t k = 0; k < level.nodeCount(); ++k)
    {
      const std::int64_t nodeNumber = numbers[j][k];
      children.assign(level.cells.begin() + static_cast<std::ptrdiff_t>(level.nodeStarts[k]),
                      level.cells.begin() + static_cast<std::ptrdiff_t>(level.nodeEnd(k)));
      for (RtreeEntry &child : children)
      {
        if (j > 0)
          child.id = numbers[j - 1][static_cast<std::size_t>(child.id)];
        tree.parents.emplace_back(child.id, nodeNumber);
      }
      tree.nodes.emplace_back(
        nodeNumber, RtreeNodes::encode(children.data(), children.size(), capacity, isRoot ? std::optional<int>(depth) : std::nullopt));
    }
  }
  std::sort(tree.nodes.begin(), tree.nodes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
  std::sort(tree.parents.begin(), tree.parents.end());
  RtreeNodes::sortByRowId(tree.rowNodes);
  return tree;
}

Result<void> RtreeIncrementalLoader::write(sqlite3 *db, const QString &rtreeName, const std::vector<std::int64_t> &oldInnerNodes,
                                           const PackedRtree &tree)
{
  const QString failed = failedText(rtreeName);
  auto remove = SqliteStatement::prepare(db, "DELETE FROM " + quoted(rtreeName + QStringLiteral("_node")) + " WHERE nodeno = ?1");
  if (!remove)
    return remove.error();
  for (const std::int64_t node : oldInnerNodes)
  {
    remove->bindInt64(1, node);
    if (auto done = remove->execute(failed); !done)
      return done;
  }
  // Every leaf and inner node has a new parent: the parent table is written anew.
  if (auto cleared = sqliteExec(db, ("DELETE FROM " + quoted(rtreeName + QStringLiteral("_parent"))).c_str()); !cleared)
    return cleared;
  return RtreeBulkLoader::insert(db, rtreeName, tree);
}

} // namespace lagesbild
