#include "coordinatetransformer.h"

#include "gdalerrorscope.h"

#include <QCoreApplication>

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <thread>

namespace lagesbild::importer
{
namespace
{
constexpr int kSwerefEpsg = 3006;
// EPSG:3006's area of use in its own coordinates (EPSG registry), widened by about 10 km.
constexpr double kSwedenMinX = 170000.0;
constexpr double kSwedenMaxX = 1100000.0;
constexpr double kSwedenMinY = 6090000.0;
constexpr double kSwedenMaxY = 7700000.0;

QString nameOf(const OGRSpatialReference &reference)
{
  const char *authority = reference.GetAuthorityName(nullptr);
  const char *code = reference.GetAuthorityCode(nullptr);
  if (authority && code)
    return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
  const char *name = reference.GetName();
  return name ? QString::fromUtf8(name) : QStringLiteral("unknown CRS");
}
} // namespace

void CoordinateTransformer::Deleter::operator()(OGRCoordinateTransformation *transformation) const
{
  OGRCoordinateTransformation::DestroyCT(transformation);
}

CoordinateTransformer::CoordinateTransformer(CoordinateTransformer &&) noexcept = default;
CoordinateTransformer &CoordinateTransformer::operator=(CoordinateTransformer &&) noexcept = default;
CoordinateTransformer::~CoordinateTransformer() = default;

Result<CoordinateTransformer> CoordinateTransformer::fromUserInput(const QString &crs)
{
  OGRSpatialReference reference;
  QString text = crs.trimmed();
  bool isNumber = false;
  text.toInt(&isNumber);
  if (isNumber)
    text = QStringLiteral("EPSG:") + text;
  CPLPushErrorHandler(CPLQuietErrorHandler);
  const bool known = !text.isEmpty() && reference.SetFromUserInput(text.toUtf8().constData()) == OGRERR_NONE;
  CPLPopErrorHandler();
  if (!known)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("importer", "unknown coordinate reference system \"%1\"").arg(crs));
  return fromSpatialReference(reference);
}

Result<CoordinateTransformer> CoordinateTransformer::fromSpatialReference(const OGRSpatialReference &sourceReference)
{
  GdalErrorScope errors; // PROJ's own messages are never printed: a failure is our message below
  OGRSpatialReference source(sourceReference);
  source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference target;
  target.importFromEPSG(kSwerefEpsg);
  target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  CoordinateTransformer transformer;
  transformer.mSourceName = nameOf(source);
  if (source.IsSame(&target))
    return transformer;
  CPLPushErrorHandler(CPLQuietErrorHandler);
  OGRCoordinateTransformation *transformation = OGRCreateCoordinateTransformation(&source, &target);
  CPLPopErrorHandler();
  if (!transformation)
    return makeError(
      ErrorCode::BadInput,
      QCoreApplication::translate("importer", "cannot transform from %1 to SWEREF 99 TM (EPSG:3006)").arg(transformer.mSourceName));
  transformer.mTransformation.reset(transformation);
  return transformer;
}

void CoordinateTransformer::transform(std::vector<double> &x, std::vector<double> &y, std::vector<char> &success) const
{
  // Points PROJ cannot transform are reported by the callers, row by row; its own lines never print.
  GdalErrorScope errors;
  const std::size_t count = std::min(x.size(), y.size());
  success.assign(count, 1);
  if (!mTransformation || count == 0)
    return;
  std::vector<int> ok(count, 0);
  // PROJ's transverse Mercator costs about half a microsecond a point: a large array is split
  // over the cores, each part with its own copy of the transformation (one is not thread-safe).
  constexpr std::size_t kPointsPerThread = 65536;
  const std::size_t threads =
    std::clamp<std::size_t>(count / kPointsPerThread, 1, std::max(1U, std::min(8U, std::thread::hardware_concurrency())));
  const std::size_t part = (count + threads - 1) / threads;
  std::vector<std::unique_ptr<OGRCoordinateTransformation, Deleter>> copies;
  for (std::size_t t = 1; t < threads; ++t)
    if (copies.emplace_back(mTransformation->Clone()); !copies.back())
    {
      copies.clear(); // cannot copy: the whole array on this thread
      break;
    }
  auto transformPart = [&x, &y, &ok, count, part](OGRCoordinateTransformation *transformation, std::size_t t)
  {
    const std::size_t begin = std::min(count, t * part);
    const std::size_t size = std::min(count, begin + part) - begin;
    GdalErrorScope threadErrors; // GDAL's handler stack is per thread
    if (size > 0)
      transformation->Transform(size, x.data() + begin, y.data() + begin, nullptr, ok.data() + begin);
  };
  if (copies.empty())
  {
    mTransformation->Transform(count, x.data(), y.data(), nullptr, ok.data());
  }
  else
  {
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t)
      workers.emplace_back(transformPart, copies[t - 1].get(), t);
    transformPart(mTransformation.get(), 0);
    for (std::thread &worker : workers)
      worker.join();
  }
  for (std::size_t i = 0; i < count; ++i)
    success[i] = ok[i] != 0 ? 1 : 0;
}

bool CoordinateTransformer::isInSweden(double x, double y)
{
  return x >= kSwedenMinX && x <= kSwedenMaxX && y >= kSwedenMinY && y <= kSwedenMaxY;
}

} // namespace lagesbild::importer
