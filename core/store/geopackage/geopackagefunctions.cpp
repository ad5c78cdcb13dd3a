#include "geopackagefunctions.h"

#include "geopackagegeometry.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lagesbild
{
namespace
{
enum class EnvelopePart
{
  MinX,
  MaxX,
  MinY,
  MaxY,
};

std::optional<Envelope> envelopeArgument(sqlite3_value *value)
{
  if (sqlite3_value_type(value) != SQLITE_BLOB)
    return std::nullopt;
  const auto *blob = static_cast<const unsigned char *>(sqlite3_value_blob(value));
  return GeoPackageGeometry::envelope(blob, sqlite3_value_bytes(value));
}

void isEmptyFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
  const auto env = envelopeArgument(arguments[0]);
  if (!env)
  {
    sqlite3_result_null(context);
    return;
  }
  sqlite3_result_int(context, env->isEmpty ? 1 : 0);
}

template<EnvelopePart part> void envelopeFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
  const auto env = envelopeArgument(arguments[0]);
  if (!env || env->isEmpty)
  {
    sqlite3_result_null(context);
    return;
  }
  switch (part)
  {
  case EnvelopePart::MinX:
    sqlite3_result_double(context, env->minX);
    break;
  case EnvelopePart::MaxX:
    sqlite3_result_double(context, env->maxX);
    break;
  case EnvelopePart::MinY:
    sqlite3_result_double(context, env->minY);
    break;
  case EnvelopePart::MaxY:
    sqlite3_result_double(context, env->maxY);
    break;
  }
}
} // namespace

Result<void> GeoPackageFunctions::registerOn(sqlite3 *db)
{
  using Function = void (*)(sqlite3_context *, int, sqlite3_value **);
  struct Entry
  {
      const char *name;
      Function function;
  };
  static constexpr Entry kFunctions[] = {
    {"ST_IsEmpty", &isEmptyFunction},
    {"ST_MinX", &envelopeFunction<EnvelopePart::MinX>},
    {"ST_MaxX", &envelopeFunction<EnvelopePart::MaxX>},
    {"ST_MinY", &envelopeFunction<EnvelopePart::MinY>},
    {"ST_MaxY", &envelopeFunction<EnvelopePart::MaxY>},
  };
  for (const Entry &entry : kFunctions)
  {
    if (sqlite3_create_function_v2(db, entry.name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, entry.function,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
      return sqliteError(db, QCoreApplication::translate("IncidentStore", "The GeoPackage SQL functions could not be registered."));
  }
  return {};
}

} // namespace lagesbild
