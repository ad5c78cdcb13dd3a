// ColumnMapping: which column of an imported table holds which incident field, and how
// category and source values translate to codes. Read from a small JSON file (--mapping):
//   { "columns": { "occurred": "Datum", "category": "Brottstyp", "lat": "Lat", "lon": "Long" },
//     "categories": { "Skadegörelse/klotter": "klotter" },
//     "sources": { "AB Kungsörs Fastigheter": "bostadsbolaget" },
//     "kind": "report", "source": "nattvandrare", "crs": "EPSG:3006", "dateFormat": "d/M/yyyy HH:mm" }
// Fields not named in "columns" are still recognised from common Swedish and English headers;
// what the mapping names always wins: when it names any time column (occurred, date, time, from,
// year …) no other time column is taken by recognition, and likewise for the coordinates.
// A date split over columns: "year", "month", "day" (with "hour", "minute"), or "date" + "time".
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <map>

namespace lagesbild::importer
{

//! The incident fields a column can hold.
enum class ImportField
{
  ExternalId,
  Kind,
  Category,
  Source,
  Occurred, //!< date and time in one value
  Date,     //!< the date, with the time in Time or From/To
  Time,     //!< time of day (or a full date and time)
  From,     //!< start of the time window
  To,       //!< end of the time window
  Reported,
  Latitude,
  Longitude,
  Easting,  //!< x in --crs (SWEREF 99 TM by default)
  Northing, //!< y in --crs
  Address,
  Place,
  Description,
  PostalTown, //!< postal town or municipality: chooses between equal street names when geocoding
  Year,       //!< a date split over columns: year, month, day (and hour, minute)
  Month,
  Day,
  Hour,
  Minute,
  Area, //!< the area code or name, overriding the one found from the point (only through a mapping)
};
constexpr std::size_t kImportFieldCount = 24;

//! The name of a field in mapping files and messages ("category", "lat" …).
QString importFieldName(ImportField field);
std::optional<ImportField> importFieldFromName(const QString &name);

//! A header reduced for matching: lower case, å/ä/ö → a/a/o, only letters and digits.
QString normalizedHeader(const QString &header);

struct ColumnMapping
{
    std::map<ImportField, QString> columns;
    QHash<QString, QString> categoryValues; //!< key: normalizedValue(raw)
    QHash<QString, QString> sourceValues;   //!< key: normalizedValue(raw)
    QString kind;
    QString source;
    QString crs;
    QString dateFormat;

    static Result<ColumnMapping> load(const QString &path);
    static Result<ColumnMapping> fromJson(const QByteArray &json, const QString &fileLabel);

    //! Key used for value maps: trimmed, case-folded.
    static QString normalizedValue(const QString &value) { return value.trimmed().toCaseFolded(); }
};

//! Column index of each field in one table (-1: absent).
class ColumnLayout
{
  public:
    ColumnLayout() { mIndex.fill(-1); }
    int index(ImportField field) const { return mIndex[static_cast<std::size_t>(field)]; }
    bool has(ImportField field) const { return index(field) >= 0; }
    void set(ImportField field, int column) { mIndex[static_cast<std::size_t>(field)] = column; }

    //! Maps the headers with the mapping (when given) and the known header names. An error
    //! names a mapping column that is not in the table.
    static Result<ColumnLayout> resolve(const QStringList &headers, const ColumnMapping *mapping, const QString &fileLabel);

  private:
    std::array<int, kImportFieldCount> mIndex;
};

} // namespace lagesbild::importer
