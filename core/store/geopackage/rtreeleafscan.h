// RtreeLeafScan: every leaf cell (row id and float box) of a SQLite R-tree, read straight from its
// node table in storage order — about 25 bytes a row, where the table's rows are a few hundred —
// for reading every point of a large store fast. The inner nodes are found first (a fiftieth of
// the nodes) so that their cells are skipped.
#pragma once

#include "common/result.h"
#include "rtreebulkloader.h"

#include <QString>

#include <cstddef>
#include <functional>

struct sqlite3;

namespace lagesbild::RtreeLeafScan
{

//! Calls visit with the cells of each leaf node of the rtree virtual table rtreeName.
Result<void> forEachLeaf(sqlite3 *db, const QString &rtreeName, const std::function<void(const std::vector<RtreeEntry> &cells)> &visit);

} // namespace lagesbild::RtreeLeafScan
