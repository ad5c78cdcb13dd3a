// RtreeBulkLoader: builds a GeoPackage R-tree spatial index in one pass (Sort-Tile-Recursive
// packing) and writes it straight into the SQLite R-tree's shadow tables (%_node, %_rowid,
// %_parent) in the node format of SQLite's rtree module. Inserting a million points one by one
// through the rtree module takes ~10 s; packing them takes a fraction of that and gives a
// better tree. Used by bulk inserts inside their transaction; the tree is checked by tests with
// SQLite's own rtreecheck().
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

struct sqlite3;

namespace lagesbild
{

//! One leaf cell: a row id and its box in the R-tree's 32-bit float coordinates.
struct RtreeEntry
{
    std::int64_t id = 0;
    float minX = 0.0F;
    float maxX = 0.0F;
    float minY = 0.0F;
    float maxY = 0.0F;
};

//! A packed tree ready to be written: node blobs, child→parent and row→leaf maps, in key order.
struct PackedRtree
{
    std::vector<std::pair<std::int64_t, std::vector<unsigned char>>> nodes; //!< node number, node blob
    std::vector<std::pair<std::int64_t, std::int64_t>> parents;             //!< child node, parent node
    std::vector<std::pair<std::int64_t, std::int64_t>> rowNodes;            //!< row id, leaf node
};

class RtreeBulkLoader
{
  public:
    //! The box of a point rounded outwards to floats, as SQLite's rtree stores coordinates.
    static RtreeEntry entryForPoint(std::int64_t id, double x, double y);
    static RtreeEntry entryForBox(std::int64_t id, double minX, double maxX, double minY, double maxY);

    //! Replaces every entry of the existing 2-D rtree virtual table rtreeName by entries.
    //! Must run inside the caller's write transaction.
    static Result<void> replaceContents(sqlite3 *db, const QString &rtreeName, std::vector<RtreeEntry> entries);

    // The same in steps, so the packing (pure computation, no SQLite) can run on another thread:
    //! Cells per node of the existing rtree virtual table rtreeName.
    static Result<std::size_t> nodeCapacity(sqlite3 *db, const QString &rtreeName);
    //! Packs entries into nodes of capacity cells (thread-safe: touches no database).
    static PackedRtree pack(std::vector<RtreeEntry> entries, std::size_t capacity);
    //! Replaces the contents of rtreeName by a packed tree, inside the caller's write transaction.
    static Result<void> write(sqlite3 *db, const QString &rtreeName, const PackedRtree &tree);
    //! Adds a packed tree's nodes, parent links and rows to rtreeName as they are (nothing is
    //! cleared), inside the caller's write transaction.
    static Result<void> insert(sqlite3 *db, const QString &rtreeName, const PackedRtree &tree);
};

} // namespace lagesbild
