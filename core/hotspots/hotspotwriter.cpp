#include "hotspotwriter.h"

#include "geotiffwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <functional>

namespace lagesbild
{

namespace
{

constexpr int swerefEpsg = 3006;
//! The GeoPackage writer, when this program has GDAL (installGeoPackageCellWriter).
std::atomic<GeoPackageCellWriter> sGeoPackageWriter{nullptr};

QString extensionOf(const QString &path)
{
  return QFileInfo(path).suffix().toLower();
}

QString shortest(double value)
{
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return QString::fromLatin1(buffer, static_cast<int>(result.ptr - buffer));
}

Result<void> writeCsv(const Grid &grid, const std::vector<CellColumn> &columns, const QString &path)
{
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  QString header = QStringLiteral("x,y");
  for (const CellColumn &column : columns)
    header += QLatin1Char(',') + column.name;
  QByteArray chunk = header.toUtf8() + '\n';
  for (int row = 0; row < grid.rows(); ++row)
  {
    for (int cellColumn = 0; cellColumn < grid.columns(); ++cellColumn)
    {
      const std::size_t at = grid.index(cellColumn, row);
      QString line = shortest(grid.centreX(cellColumn)) + QLatin1Char(',') + shortest(grid.centreY(row));
      for (const CellColumn &column : columns)
      {
        line += QLatin1Char(',');
        if (column.text)
          line += column.text(at);
        else if (column.hasValues())
          line += shortest((*column.numbers)[at]);
      }
      chunk += line.toUtf8();
      chunk += '\n';
    }
    if (chunk.size() > (1 << 20))
    {
      file.write(chunk);
      chunk.clear();
    }
  }
  file.write(chunk);
  if (!file.commit())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  return {};
}

Result<void> writeByExtension(const Grid &grid, const std::vector<CellColumn> &columns, const std::vector<GeoTiffWriter::Band> &bands,
                              const QString &path, const CellSelection &keep)
{
  const QString extension = extensionOf(path);
  if (extension == QLatin1String("csv"))
    return writeCsv(grid, columns, path);
  if (extension == QLatin1String("gpkg"))
  {
    if (const GeoPackageCellWriter writer = sGeoPackageWriter.load())
      return writer(grid, columns, path, keep);
    return makeError(ErrorCode::Internal, QStringLiteral("this program writes no GeoPackage (installGeoPackageCellWriter)"));
  }
  if (extension == QLatin1String("tif") || extension == QLatin1String("tiff"))
    return GeoTiffWriter::write(grid, bands, swerefEpsg, path);
  return makeError(ErrorCode::Usage,
                   QCoreApplication::translate("hotspots", "Cannot write %1: the output must end in .tif, .gpkg or .csv.").arg(path));
}

} // namespace

bool isSupportedGridOutput(const QString &path)
{
  const QString extension = extensionOf(path);
  return extension == QLatin1String("csv") || extension == QLatin1String("gpkg") || extension == QLatin1String("tif") ||
         extension == QLatin1String("tiff");
}

bool canWriteGridOutput(const QString &path)
{
  return isSupportedGridOutput(path) && (extensionOf(path) != QLatin1String("gpkg") || sGeoPackageWriter.load() != nullptr);
}

void installGeoPackageCellWriter(GeoPackageCellWriter writer)
{
  sGeoPackageWriter.store(writer);
}

bool gridOutputUsesCounts(const QString &path, HotspotMethod method)
{
  const QString extension = extensionOf(path);
  const bool geoTiff = extension == QLatin1String("tif") || extension == QLatin1String("tiff");
  return !geoTiff || method == HotspotMethod::Count;
}

Result<void> writeHotspotGrid(const HotspotGrid &result, const QString &path, const CellSelection &keep)
{
  std::vector<CellColumn> columns = {
    {QStringLiteral("count"), &result.counts, {}}, {QStringLiteral("value"), &result.values, {}}, {QStringLiteral("z"), &result.z, {}},
    {QStringLiteral("p"), &result.p, {}},          {QStringLiteral("p_fdr"), &result.pFdr, {}},   {QStringLiteral("class"), nullptr, {}},
  };
  if (!result.classes.empty())
    columns.back().text = [&result](std::size_t at) { return hotspotClassName(result.classes[at]); };
  std::vector<GeoTiffWriter::Band> bands(1);
  switch (result.method)
  {
  case HotspotMethod::KernelDensity:
    bands[0] = {QStringLiteral("value"), &result.values};
    break;
  case HotspotMethod::GiStar:
    bands[0] = {QStringLiteral("z"), &result.z};
    break;
  case HotspotMethod::Count:
    bands[0] = {QStringLiteral("count"), &result.counts};
    break;
  }
  if (bands[0].values->size() != result.grid.cellCount())
    return makeError(ErrorCode::Internal,
                     QStringLiteral("hot-spot layer has %1 values for %2 cells").arg(bands[0].values->size()).arg(result.grid.cellCount()));
  return writeByExtension(result.grid, columns, bands, path, keep);
}

Result<void> writeHotspotComparison(const HotspotComparison &comparison, const QString &path, const CellSelection &keep)
{
  std::vector<double> change(comparison.grid.cellCount());
  std::vector<double> trendCodes(comparison.grid.cellCount());
  for (std::size_t k = 0; k < change.size(); ++k)
  {
    change[k] = comparison.countsB[k] - comparison.countsA[k];
    trendCodes[k] = static_cast<double>(comparison.trends[k]);
  }
  const std::vector<CellColumn> columns = {
    {QStringLiteral("count_a"), &comparison.countsA, {}},
    {QStringLiteral("count_b"), &comparison.countsB, {}},
    {QStringLiteral("change"), &change, {}},
    {QStringLiteral("z_a"), &comparison.zA, {}},
    {QStringLiteral("z_b"), &comparison.zB, {}},
    {QStringLiteral("class_a"), nullptr, [&comparison](std::size_t at) { return hotspotClassName(comparison.classesA[at]); }},
    {QStringLiteral("class_b"), nullptr, [&comparison](std::size_t at) { return hotspotClassName(comparison.classesB[at]); }},
    {QStringLiteral("trend"), nullptr, [&comparison](std::size_t at) { return hotspotTrendName(comparison.trends[at]); }},
  };
  const std::vector<GeoTiffWriter::Band> bands = {{QStringLiteral("change"), &change}, {QStringLiteral("trend"), &trendCodes}};
  return writeByExtension(comparison.grid, columns, bands, path, keep);
}

Result<void> writeRepeatLocationsCsv(const RepeatLocationSummary &summary, const QString &path)
{
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  QByteArray text = "rank,address,count,share,cumulative_share\n";
  for (const RepeatLocation &place : summary.places)
  {
    QString address = place.address;
    if (address.contains(QLatin1Char(',')) || address.contains(QLatin1Char('"')) || address.contains(QLatin1Char('\n')))
      address = QLatin1Char('"') + address.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    text += QStringLiteral("%1,%2,%3,%4,%5\n")
              .arg(place.rank)
              .arg(address)
              .arg(place.count)
              .arg(shortest(place.share), shortest(place.cumulativeShare))
              .toUtf8();
  }
  file.write(text);
  if (!file.commit())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  return {};
}

} // namespace lagesbild
