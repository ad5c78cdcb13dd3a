// RtreeNodes: the pieces every writer of a SQLite R-tree's shadow tables shares — one level of a
// Sort-Tile-Recursive packing, the boxes of a level's nodes, and the node blob format of SQLite's
// rtree module (big-endian: 16-bit depth, root only; 16-bit cell count; cells of a 64-bit id and
// four 32-bit floats). Used by RtreeBulkLoader (a whole tree) and RtreeIncrementalLoader (new
// leaves under new upper levels).
#pragma once

#include "rtreebulkloader.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace lagesbild::RtreeNodes
{

constexpr int kBytesPerCell = 8 + 4 * 4; // id + minx, maxx, miny, maxy as 32-bit floats
constexpr int kNodeHeaderBytes = 4;      // 16-bit depth (root only) + 16-bit cell count

//! One level of a tree: cells in node order, and where each node's cells start.
struct Level
{
    std::vector<RtreeEntry> cells;       //!< the cells; their ids are the caller's (row ids, node numbers or positions)
    std::vector<std::size_t> nodeStarts; //!< nodeStarts[k]..nodeStarts[k+1] are node k's cells
    std::size_t nodeCount() const { return nodeStarts.size(); }
    std::size_t nodeEnd(std::size_t k) const { return k + 1 < nodeStarts.size() ? nodeStarts[k + 1] : cells.size(); }
};

//! Sort-Tile-Recursive packing of cells into nodes of at most capacity cells.
Level packLevel(std::vector<RtreeEntry> cells, std::size_t capacity);
//! One cell per node of level: the node's bounding box, with the node's position as id.
std::vector<RtreeEntry> nodeBoxes(const Level &level);

//! A node blob of capacity cells holding cells[begin, end) with the given ids; depth only for the root.
std::vector<unsigned char> encode(const RtreeEntry *cells, std::size_t count, std::size_t capacity, std::optional<int> rootDepth);
//! The cells of a node blob (ids as stored); false when the blob is not a node.
bool decode(const unsigned char *blob, std::size_t size, std::vector<RtreeEntry> &cells);
//! The depth stored in a root node blob.
int rootDepth(const unsigned char *blob, std::size_t size);

//! Sorts (row id, leaf node) pairs by row id: by placement when the ids are about dense, else by sorting.
void sortByRowId(std::vector<std::pair<std::int64_t, std::int64_t>> &rowNodes);

} // namespace lagesbild::RtreeNodes
