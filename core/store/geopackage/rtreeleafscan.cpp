#include "rtreeleafscan.h"

#include "rtreeincrementalloader.h"
#include "rtreenodes.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace lagesbild::RtreeLeafScan
{

Result<void> forEachLeaf(sqlite3 *db, const QString &rtreeName, const std::function<void(const std::vector<RtreeEntry> &cells)> &visit)
{
  const QString failed = QCoreApplication::translate("IncidentStore", "The spatial index %1 could not be read.").arg(rtreeName);
  auto leafLevel = RtreeIncrementalLoader::readLeafLevel(db, rtreeName);
  if (!leafLevel)
    return leafLevel.error();
  // A root that is a leaf is the only node, and not an inner one.
  std::vector<std::int64_t> inner = leafLevel->has_value() ? (*leafLevel)->innerNodes : std::vector<std::int64_t>();
  std::sort(inner.begin(), inner.end());
  QString escaped = rtreeName + QStringLiteral("_node");
  escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  auto nodes = SqliteStatement::prepare(db, "SELECT nodeno, data FROM \"" + escaped.toStdString() + "\"");
  if (!nodes)
    return nodes.error();
  std::vector<RtreeEntry> cells;
  int rc = SQLITE_ROW;
  while ((rc = nodes->step()) == SQLITE_ROW)
  {
    if (std::binary_search(inner.begin(), inner.end(), nodes->columnInt64(0)))
      continue;
    int size = 0;
    const unsigned char *blob = nodes->columnBlob(1, &size);
    cells.clear();
    if (!RtreeNodes::decode(blob, static_cast<std::size_t>(size), cells))
      return makeError(ErrorCode::StoreError, failed, QStringLiteral("node %1 is damaged").arg(nodes->columnInt64(0)));
    visit(cells);
  }
  if (rc != SQLITE_DONE)
    return sqliteError(db, failed);
  return {};
}

} // namespace lagesbild::RtreeLeafScan
