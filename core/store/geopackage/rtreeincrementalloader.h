// RtreeIncrementalLoader: adds a batch's entries to the SQLite R-tree of a store larger than the
// batch at a cost that follows the batch, not the store. The new entries are packed into new
// leaves (Sort-Tile-Recursive); the store's leaves stay as they are, unread and unwritten; only
// the levels above the leaves — one cell per leaf, about a fiftieth of the entries — are packed
// anew over the old and the new leaves, so the upper tree stays as tight as a whole packing.
// The old leaves' boxes come from the inner nodes alone; nothing is read from the table.
#pragma once

#include "common/result.h"
#include "rtreebulkloader.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

struct sqlite3;

namespace lagesbild
{

//! The leaves of an R-tree as the inner nodes see them, and the nodes above them.
struct RtreeLeafLevel
{
    std::vector<RtreeEntry> leaves;       //!< one cell per leaf: its node number as id, its box
    std::vector<std::int64_t> innerNodes; //!< every node above the leaves, the root (1) included
    std::int64_t largestNode = 0;         //!< the highest node number in use
};

class RtreeIncrementalLoader
{
  public:
    //! The leaf level of the rtree virtual table rtreeName; nullopt when its root is a leaf (such a
    //! small tree is cheaper to pack whole).
    static Result<std::optional<RtreeLeafLevel>> readLeafLevel(sqlite3 *db, const QString &rtreeName);
    //! Packs entries into new leaves numbered after leafLevel.largestNode, and new inner levels
    //! over the old and new leaves (the root is node 1). Thread-safe: touches no database.
    static PackedRtree pack(const RtreeLeafLevel &leafLevel, std::vector<RtreeEntry> entries, std::size_t capacity);
    //! Replaces the inner nodes oldInnerNodes of rtreeName by the tree's and adds its leaves and
    //! rows, inside the caller's write transaction.
    static Result<void> write(sqlite3 *db, const QString &rtreeName, const std::vector<std::int64_t> &oldInnerNodes,
                              const PackedRtree &tree);
};

} // namespace lagesbild
