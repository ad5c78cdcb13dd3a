#include "incidentrowbuilder.h"

#include "identitynumbermasker.h"
#include "messagetext.h"
#include "textlimits.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

namespace lagesbild::importer
{
namespace
{
constexpr std::int64_t kSecondsPerDay = 86400;
// Sweden in WGS 84 degrees (with a margin), to reject obviously wrong points before transforming.
constexpr double kMinLongitude = 10.0;
constexpr double kMaxLongitude = 25.0;
constexpr double kMinLatitude = 54.5;
constexpr double kMaxLatitude = 69.5;
// Reverse geocoding: how far the nearest register address may be (as IncidentStore's).
constexpr double kDerivedAddressDistance = 50.0;

QString quoted(const QString &value)
{
  return MessageText::quoted(value);
}
} // namespace

struct IncidentRowBuilder::RowContext
{
    const std::vector<std::string_view> &fields;
    std::int64_t line;
    QStringList reasons;
    int masked = 0; //!< identity numbers masked in the row; counted when the row is kept
    std::string_view value(const ColumnLayout &layout, ImportField field) const
    {
      const int index = layout.index(field);
      return index >= 0 && static_cast<std::size_t>(index) < fields.size() ? trimmed(fields[static_cast<std::size_t>(index)])
                                                                           : std::string_view();
    }
};

IncidentRowBuilder::IncidentRowBuilder(const ImportOptions &options, const ColumnLayout &layout, const QStringList &headers,
                                       const QString &fileLabel, TextEncoding encoding, ReferenceResolver &resolver, ParsedImport &out)
  : mOptions(options), mLayout(layout), mHeaders(headers), mFileLabel(fileLabel), mEncoding(encoding), mResolver(resolver), mOut(out),
    mDates(!options.dateFormat.isEmpty() ? options.dateFormat
           : options.mapping             ? options.mapping->dateFormat
                                         : QString())
{
  mFirstPending = out.incidents.size();
  if (options.kind)
    mDefaultKind = *options.kind;
  else if (options.mapping && kindFromCode(options.mapping->kind))
    mDefaultKind = *kindFromCode(options.mapping->kind);
  QString source = options.source;
  if (source.isEmpty() && options.mapping)
    source = options.mapping->source;
  if (source.isEmpty())
    source = QStringLiteral("okand");
  mDefaultSource = source;
  const bool hasEastNorth = layout.has(ImportField::Easting) && layout.has(ImportField::Northing);
  mLatLon = !hasEastNorth && layout.has(ImportField::Latitude) && layout.has(ImportField::Longitude);
  mColumnsInSweref = columnCrs() == QLatin1String("EPSG:3006");
  mFieldOfColumn.assign(static_cast<std::size_t>(headers.size()), -1);
  for (std::size_t f = 0; f < kImportFieldCount; ++f)
  {
    const int column = layout.index(static_cast<ImportField>(f));
    if (column >= 0 && column < headers.size())
      mFieldOfColumn[static_cast<std::size_t>(column)] = static_cast<int>(f);
  }
}

QString IncidentRowBuilder::columnCrs() const
{
  if (!mOptions.crs.isEmpty())
    return mOptions.crs;
  if (mOptions.mapping && !mOptions.mapping->crs.isEmpty())
    return mOptions.mapping->crs;
  return mLatLon ? QStringLiteral("EPSG:4326") : QStringLiteral("EPSG:3006");
}

std::vector<ImportIssue> IncidentRowBuilder::checkLayout(CoordinateSource coordinateSource) const
{
  std::vector<ImportIssue> issues;
  const bool hasTime = mLayout.has(ImportField::Occurred) || mLayout.has(ImportField::Date) || mLayout.has(ImportField::From) ||
                       mLayout.has(ImportField::Time) || mLayout.has(ImportField::Year);
  if (!hasTime)
    issues.push_back(
      {mFileLabel, 1, QString(), QCoreApplication::translate("importer", "no date or time column (such as datum, tid, date, från)")});
  if (coordinateSource == CoordinateSource::Columns && !mLatLon &&
      !(mLayout.has(ImportField::Easting) && mLayout.has(ImportField::Northing)) && !canGeocode())
    issues.push_back(
      {mFileLabel, 1, QString(),
       (mLayout.has(ImportField::Address) || mLayout.has(ImportField::Place))
         ? QCoreApplication::translate("importer", "no coordinate columns, and the store has no address register to place the "
                                                   "addresses with (lagesbild-cli addresses STORE import FILE)")
         : QCoreApplication::translate("importer", "no coordinate columns (lat and lon, or E and N / x and y)")});
  if (!mLayout.has(ImportField::Category))
    issues.push_back({mFileLabel, 1, QString(),
                      QCoreApplication::translate("importer", "no category column (such as kategori, brottstyp, händelse, category)")});
  return issues;
}

QString IncidentRowBuilder::columnName(ImportField field) const
{
  const int index = mLayout.index(field);
  if (index >= 0 && index < mHeaders.size() && !mHeaders.at(index).trimmed().isEmpty())
    return mHeaders.at(index).trimmed();
  return importFieldName(field);
}

void IncidentRowBuilder::error(RowContext &row, ImportField field, const QString &message)
{
  const QString name = columnName(field);
  mOut.errors.push_back({mFileLabel, row.line, name, message, mUnit});
  row.reasons.append(name + QStringLiteral(": ") + message);
}

void IncidentRowBuilder::warning(std::int64_t line, ImportField field, const QString &message)
{
  if (mOut.warnings.size() < kMaxListedWarnings)
    mOut.warnings.push_back({mFileLabel, line, columnName(field), message, mUnit});
}

int IncidentRowBuilder::readMoment(RowContext &row, ImportField field, ParsedMoment &moment)
{
  const std::string_view text = row.value(mLayout, field);
  if (text.empty())
    return 0;
  DayMonthOrder evidence = DayMonthOrder::Unknown;
  const MomentStatus status = mDates.parse(text, moment, &evidence);
  mSawDayFirst = mSawDayFirst || evidence == DayMonthOrder::DayFirst;
  mSawMonthFirst = mSawMonthFirst || evidence == DayMonthOrder::MonthFirst;
  if (status == MomentStatus::Ok)
    return 1;
  if (status == MomentStatus::Ambiguous)
  {
    ++mAmbiguousDates;
    error(row, field,
          QCoreApplication::translate(
            "importer", "%1 could be day/month or month/day: give --date-format (e.g. \"d/M/yyyy HH:mm\" or \"M/d/yyyy HH:mm\")")
            .arg(quoted(decode(text))));
    return -1;
  }
  error(row, field, QCoreApplication::translate("importer", "cannot read %1 as a date or time").arg(quoted(decode(text))));
  return -1;
}

std::int64_t IncidentRowBuilder::toUtc(RowContext &row, ImportField field, const ParsedMoment &moment)
{
  const std::int64_t localSeconds = moment.hour * 3600 + moment.minute * 60 + moment.second;
  if (moment.offsetSeconds)
    return daysFromCivil(moment.year, moment.month, moment.day) * kSecondsPerDay + localSeconds - *moment.offsetSeconds;
  const std::int64_t day = daysFromCivil(moment.year, moment.month, moment.day);
  DayOffset &cached = mDayCache[static_cast<std::size_t>(day) % kDayCacheSize];
  if (cached.day != day)
  {
    const StockholmTime &stockholm = StockholmTime::instance();
    const QDate date(moment.year, moment.month, moment.day);
    bool adjustedAtStart = false;
    bool adjustedAtEnd = false;
    const std::int64_t atStart = stockholm.toUtc(date, QTime(0, 0), LocalTimeChoice::Earlier, &adjustedAtStart);
    const std::int64_t atEnd = stockholm.toUtc(date, QTime(23, 0), LocalTimeChoice::Earlier, &adjustedAtEnd);
    const std::int64_t startOffset = day * kSecondsPerDay - atStart;
    const std::int64_t endOffset = day * kSecondsPerDay + 23 * 3600 - atEnd;
    cached = {day, startOffset, !adjustedAtStart && !adjustedAtEnd && startOffset == endOffset};
  }
  if (cached.uniform)
    return day * kSecondsPerDay + localSeconds - cached.offset;
  bool adjusted = false;
  const std::int64_t utc = StockholmTime::instance().toUtc(
    QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second), LocalTimeChoice::Earlier, &adjusted);
  if (adjusted)
  {
    ++mAdjustedTimes;
    warning(row.line, field,
            QCoreApplication::translate("importer",
                                        "%1 falls in a daylight-saving change (occurs twice or not at all); the earlier instant was used")
              .arg(QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
  }
  return utc;
}

bool IncidentRowBuilder::readTimes(RowContext &row, Incident &incident)
{
  // The day: a date column, or the date inside the start value.
  ParsedMoment date;
  const bool splitDate = mLayout.has(ImportField::Year);
  const int dateStatus = splitDate ? readSplitDate(row, date) : readMoment(row, ImportField::Date, date);
  if (dateStatus < 0)
    return false;
  if (dateStatus > 0 && !date.hasDate)
  {
    error(row, ImportField::Date,
          QCoreApplication::translate("importer", "%1 has no date").arg(quoted(decode(row.value(mLayout, ImportField::Date)))));
    return false;
  }
  ImportField startField = splitDate ? ImportField::Year : ImportField::Date;
  for (const ImportField candidate : {ImportField::From, ImportField::Occurred, ImportField::Time})
  {
    if (mLayout.has(candidate) && !row.value(mLayout, candidate).empty())
    {
      startField = candidate;
      break;
    }
  }
  ParsedMoment start = date;
  if (startField != ImportField::Date && startField != ImportField::Year)
  {
    if (readMoment(row, startField, start) < 0)
      return false;
    if (!start.hasDate)
    {
      if (dateStatus == 0)
      {
        error(row, startField, QCoreApplication::translate("importer", "a time without a date (no date column)"));
        return false;
      }
      start.hasDate = true;
      start.year = date.year;
      start.month = date.month;
      start.day = date.day;
    }
  }
  else if (dateStatus == 0)
  {
    const ImportField missing = mLayout.has(ImportField::Occurred) ? ImportField::Occurred
                                : splitDate                        ? ImportField::Year
                                                                   : ImportField::Date;
    error(row, missing, QCoreApplication::translate("importer", "missing date"));
    return false;
  }
  incident.occurredFrom = toUtc(row, startField, start);
  const bool wholeDay = !start.hasTime;
  if (wholeDay)
  {
    const QDate day(start.year, start.month, start.day);
    incident.occurredTo = StockholmTime::instance().startOfDayUtc(day.addDays(1)) - 1;
  }

  ParsedMoment end;
  const int endStatus = readMoment(row, ImportField::To, end);
  if (endStatus < 0)
    return false;
  if (endStatus > 0)
  {
    const bool timeOnly = !end.hasDate;
    if (timeOnly)
    {
      end.year = start.year;
      end.month = start.month;
      end.day = start.day;
    }
    std::int64_t to = 0;
    if (!end.hasTime)
    {
      to = StockholmTime::instance().startOfDayUtc(QDate(end.year, end.month, end.day).addDays(1)) - 1;
    }
    else
    {
      to = toUtc(row, ImportField::To, end);
      if (timeOnly && to < incident.occurredFrom)
      {
        const QDate nextDay = QDate(end.year, end.month, end.day).addDays(1);
        end.year = nextDay.year();
        end.month = nextDay.month();
        end.day = nextDay.day();
        to = toUtc(row, ImportField::To, end);
      }
    }
    if (to < incident.occurredFrom)
    {
      error(row, ImportField::To,
            QCoreApplication::translate("importer", "%1 is before the start of the time window")
              .arg(quoted(decode(row.value(mLayout, ImportField::To)))));
      return false;
    }
    incident.occurredTo = to;
  }

  ParsedMoment reported;
  const int reportedStatus = readMoment(row, ImportField::Reported, reported);
  if (reportedStatus < 0)
    return false;
  if (reportedStatus > 0)
  {
    if (!reported.hasDate)
    {
      error(row, ImportField::Reported, QCoreApplication::translate("importer", "a time without a date"));
      return false;
    }
    incident.reportedAt = toUtc(row, ImportField::Reported, reported);
  }
  return true;
}

bool IncidentRowBuilder::readCoordinates(RowContext &row, const PointXY *point, double &x, double &y)
{
  if (point)
  {
    x = point->x;
    y = point->y;
    return true;
  }
  const ImportField xField = mLatLon ? ImportField::Longitude : ImportField::Easting;
  const ImportField yField = mLatLon ? ImportField::Latitude : ImportField::Northing;
  const std::string_view xText = row.value(mLayout, xField);
  const std::string_view yText = row.value(mLayout, yField);
  bool ok = true;
  if (xText.empty() && yText.empty())
  {
    error(row, xField, QCoreApplication::translate("importer", "missing coordinates"));
    return false;
  }
  if (!parseNumber(xText, x))
  {
    error(row, xField,
          xText.empty() ? QCoreApplication::translate("importer", "missing coordinate")
                        : QCoreApplication::translate("importer", "%1 is not a number").arg(quoted(decode(xText))));
    ok = false;
  }
  if (!parseNumber(yText, y))
  {
    error(row, yField,
          yText.empty() ? QCoreApplication::translate("importer", "missing coordinate")
                        : QCoreApplication::translate("importer", "%1 is not a number").arg(quoted(decode(yText))));
    ok = false;
  }
  if (!ok)
    return false;
  if (mLatLon && !mColumnsInSweref)
  {
    if (x > kMaxLongitude && y < kMaxLongitude && y > 0)
    {
      std::swap(x, y); // latitude and longitude exchanged
      ++mSwappedAxes;
    }
    if (x < kMinLongitude || x > kMaxLongitude || y < kMinLatitude || y > kMaxLatitude)
    {
      error(row, yField,
            QCoreApplication::translate("importer", "%1, %2 is outside Sweden").arg(quoted(decode(yText)), quoted(decode(xText))));
      return false;
    }
  }
  else if (mColumnsInSweref)
  {
    if (x > 5e6 && y < 2e6)
    {
      std::swap(x, y); // Swedish convention: X is northing
      ++mSwappedAxes;
    }
    if (!CoordinateTransformer::isInSweden(x, y))
    {
      error(row, xField,
            QCoreApplication::translate("importer", "%1, %2 is outside Sweden (SWEREF 99 TM)")
              .arg(quoted(decode(xText)), quoted(decode(yText))));
      return false;
    }
  }
  return true;
}

bool IncidentRowBuilder::maskedText(RowContext &row, ImportField field, int maxLength, QString &text)
{
  const std::string_view bytes = row.value(mLayout, field);
  if (bytes.empty())
  {
    text.clear();
    return true;
  }
  text = decode(bytes);
  // Characters are never more than bytes: only long byte strings need counting.
  if (bytes.size() > static_cast<std::size_t>(maxLength))
    if (const QString problem = TextLimits::lengthProblem(text, maxLength); !problem.isEmpty())
    {
      error(row, field, problem);
      return false;
    }
  row.masked += IdentityNumberMasker::mask(text);
  return true;
}

bool IncidentRowBuilder::readReference(RowContext &row, ImportField field, IncidentKind kind, QString &code)
{
  const std::string_view text = row.value(mLayout, field);
  CodeCache &cache = field == ImportField::Category ? mCategoryCache : mSourceCache;
  auto it = cache.find(text);
  if (it == cache.end())
  {
    CachedCode cached;
    const QString value = field == ImportField::Source && text.empty() ? mDefaultSource : decode(text);
    cached.masked = IdentityNumberMasker::contains(value);
    auto resolved = field == ImportField::Category ? mResolver.categoryCode(value, kind) : mResolver.sourceCode(value);
    if (resolved)
      cached.code = *resolved;
    else
      cached.problem = resolved.error().message;
    it = cache.emplace(std::string(text), std::move(cached)).first;
  }
  if (it->second.masked)
    ++row.masked;
  if (!it->second.problem.isEmpty())
  {
    error(row, field, it->second.problem);
    return false;
  }
  code = it->second.code;
  return true;
}

bool IncidentRowBuilder::checkUtf8(RowContext &row)
{
  bool ok = true;
  for (std::size_t i = 0; i < row.fields.size(); ++i)
  {
    if (isValidUtf8(row.fields[i]))
      continue;
    const QString message =
      QCoreApplication::translate(
        "importer", "invalid UTF-8 bytes in %1 (the file is UTF-8 elsewhere): fix the character, or save the file again as UTF-8")
        .arg(quoted(decode(row.fields[i])));
    const int field = i < mFieldOfColumn.size() ? mFieldOfColumn[i] : -1;
    if (field >= 0)
    {
      error(row, static_cast<ImportField>(field), message);
      ok = false;
    }
    else if (mOut.warnings.size() < kMaxListedWarnings)
    {
      const QString column = static_cast<qsizetype>(i) < mHeaders.size() ? mHeaders.at(static_cast<int>(i)).trimmed() : QString();
      mOut.warnings.push_back(
        {mFileLabel, row.line, column, message + QCoreApplication::translate("importer", " (column not imported)"), mUnit});
    }
  }
  return ok;
}

void IncidentRowBuilder::reject(RowContext &row)
{
  ++mOut.record.rejected;
  RejectedRow rejected;
  rejected.line = row.line;
  for (const std::string_view field : row.fields)
    rejected.values.append(decode(field));
  rejected.reason = row.reasons.join(QStringLiteral("; "));
  mOut.rejected.push_back(std::move(rejected));
}

void IncidentRowBuilder::addRow(const std::vector<std::string_view> &fields, std::int64_t line, const PointXY *point,
                                LocationPrecision pointPrecision)
{
  ++mOut.record.read;
  RowContext row{fields, line, {}};
  if (mCheckUtf8 && !checkUtf8(row))
  {
    reject(row);
    return;
  }
  Incident incident;
  incident.kind = mDefaultKind;
  incident.precision = point ? pointPrecision : LocationPrecision::Exact;
  bool ok = true;

  if (const std::string_view kindText = row.value(mLayout, ImportField::Kind); !kindText.empty())
  {
    const auto kind = kindFromCode(decode(kindText));
    if (kind)
      incident.kind = *kind;
    else
    {
      error(row, ImportField::Kind,
            QCoreApplication::translate("importer", "%1 is neither crime nor report").arg(quoted(decode(kindText))));
      ok = false;
    }
  }

  if (row.value(mLayout, ImportField::Category).empty())
  {
    error(row, ImportField::Category, QCoreApplication::translate("importer", "missing category"));
    ok = false;
  }
  else
    ok = readReference(row, ImportField::Category, incident.kind, incident.category) && ok;
  ok = readReference(row, ImportField::Source, incident.kind, incident.source) && ok;

  ok = readTimes(row, incident) && ok;
  double x = 0.0;
  double y = 0.0;
  bool placed = false;
  if (!point && canGeocode() && row.value(mLayout, mLatLon ? ImportField::Longitude : ImportField::Easting).empty() &&
      row.value(mLayout, mLatLon ? ImportField::Latitude : ImportField::Northing).empty())
  {
    placed = geocode(row, incident, x, y);
    ok = placed && ok;
  }
  else
    ok = readCoordinates(row, point, x, y) && ok;

  if (const std::string_view areaText = row.value(mLayout, ImportField::Area); ok && !areaText.empty())
  {
    const QString code = mOptions.known.areaCodes.value(decode(areaText).trimmed().toCaseFolded());
    if (code.isEmpty())
    {
      error(row, ImportField::Area,
            QCoreApplication::translate("importer", "%1 is not an area of the store").arg(quoted(decode(areaText))));
      ok = false;
    }
    incident.area = code;
  }

  QString place;
  ok = maskedText(row, ImportField::ExternalId, TextLimits::kMaxExternalId, incident.externalId) && ok;
  ok = maskedText(row, ImportField::Address, TextLimits::kMaxText, incident.address) && ok;
  ok = maskedText(row, ImportField::Place, TextLimits::kMaxText, place) && ok;
  ok = maskedText(row, ImportField::Description, TextLimits::kMaxText, incident.description) && ok;
  if (!ok)
  {
    reject(row);
    return;
  }
  if (incident.externalId.contains(IdentityNumberMasker::replacement()))
  {
    // An id made of a personal number is no stable id once masked: the row is de-duplicated
    // by its content instead.
    incident.externalId.clear();
    warning(line, ImportField::ExternalId,
            QCoreApplication::translate(
              "importer", "the id held a personal identity number: it was removed, and the row is recognised by its content instead"));
  }
  if (incident.address.isEmpty())
    incident.address = place;
  else if (!place.isEmpty() && place != incident.address)
    incident.address += QStringLiteral(", ") + place;

  mOut.record.masked += row.masked;
  mOut.incidents.push_back(std::move(incident));
  if (placed)
  {
    mPlacedRows.push_back(mX.size());
    mPlacedPoints.push_back(PointXY{x, y});
  }
  mX.push_back(x);
  mY.push_back(y);
  mLines.push_back(line);
}

bool IncidentRowBuilder::canGeocode() const
{
  return mOptions.known.places && !mOptions.known.places->isEmpty() &&
         (mLayout.has(ImportField::Address) || mLayout.has(ImportField::Place));
}

bool IncidentRowBuilder::geocode(RowContext &row, Incident &incident, double &x, double &y)
{
  const QString address = decode(row.value(mLayout, ImportField::Address)).trimmed();
  const QString place = decode(row.value(mLayout, ImportField::Place)).trimmed();
  const QString town = decode(row.value(mLayout, ImportField::PostalTown)).trimmed();
  if (address.isEmpty() && place.isEmpty())
  {
    error(row, mLayout.has(ImportField::Address) ? ImportField::Address : ImportField::Place,
          QCoreApplication::translate("importer", "no coordinates and no address or place"));
    return false;
  }
  const geocoding::Geocoder &places = *mOptions.known.places;
  geocoding::GeocodeResult result = places.geocode(address.isEmpty() ? place : address, town);
  if (!result.found && !address.isEmpty() && !place.isEmpty())
  {
    const geocoding::GeocodeResult byPlace = places.geocode(place, town);
    if (byPlace.found)
      result = byPlace;
  }
  if (!result.found)
  {
    const QString text = address.isEmpty() ? place : address;
    const ImportField field = address.isEmpty() ? ImportField::Place : ImportField::Address;
    if (result.suggestions.isEmpty())
      error(row, field, text + QStringLiteral(": ") + result.problem);
    else
      error(row, field,
            QCoreApplication::translate("importer", "%1: %2; did you mean %3?")
              .arg(text, result.problem, result.suggestions.join(QCoreApplication::translate("importer", " or "))));
    return false;
  }
  x = result.point.x;
  y = result.point.y;
  incident.precision = result.precision;
  return true;
}

int IncidentRowBuilder::readSplitDate(RowContext &row, ParsedMoment &moment)
{
  const ImportField parts[] = {ImportField::Year, ImportField::Month, ImportField::Day, ImportField::Hour, ImportField::Minute};
  int values[5] = {0, 1, 1, 0, 0};
  bool any = false;
  for (int i = 0; i < 5; ++i)
  {
    const std::string_view text = row.value(mLayout, parts[i]);
    if (text.empty())
    {
      if (i < 3 && mLayout.has(parts[i]) && any)
      {
        error(row, parts[i], QCoreApplication::translate("importer", "missing date part"));
        return -1;
      }
      continue;
    }
    double number = 0.0;
    if (!parseNumber(text, number) || number != static_cast<int>(number))
    {
      error(row, parts[i], QCoreApplication::translate("importer", "%1 is not a whole number").arg(quoted(decode(text))));
      return -1;
    }
    values[i] = static_cast<int>(number);
    any = any || i == 0;
  }
  if (!any)
    return 0;
  if (!QDate::isValid(values[0], values[1], values[2]))
  {
    error(row, ImportField::Day,
          QCoreApplication::translate("importer", "%1-%2-%3 is not a date").arg(values[0]).arg(values[1]).arg(values[2]));
    return -1;
  }
  if (values[3] < 0 || values[3] > 23 || values[4] < 0 || values[4] > 59)
  {
    error(row, ImportField::Hour, QCoreApplication::translate("importer", "%1:%2 is not a time of day").arg(values[3]).arg(values[4]));
    return -1;
  }
  moment = ParsedMoment{};
  moment.hasDate = true;
  moment.year = values[0];
  moment.month = values[1];
  moment.day = values[2];
  moment.hasTime = mLayout.has(ImportField::Hour) && !row.value(mLayout, ImportField::Hour).empty();
  moment.hour = values[3];
  moment.minute = values[4];
  return 1;
}

void IncidentRowBuilder::reserve(std::size_t rows)
{
  mOut.incidents.reserve(mOut.incidents.size() + rows);
  mOut.incidentLines.reserve(mOut.incidentLines.size() + rows);
  mX.reserve(rows);
  mY.reserve(rows);
  mLines.reserve(rows);
}

void IncidentRowBuilder::finish(const CoordinateTransformer &transformer, bool summaryWarnings)
{
  std::vector<char> success;
  transformer.transform(mX, mY, success);
  // Geocoded points are in EPSG:3006 already.
  for (std::size_t k = 0; k < mPlacedRows.size(); ++k)
  {
    mX[mPlacedRows[k]] = mPlacedPoints[k].x;
    mY[mPlacedRows[k]] = mPlacedPoints[k].y;
    success[mPlacedRows[k]] = 1;
  }
  const geocoding::Geocoder *places =
    mOptions.known.places && mOptions.known.places->addressCount() > 0 ? mOptions.known.places.get() : nullptr;
  // Compact in place: accepted incidents keep their order, rejected points are dropped.
  std::size_t kept = mFirstPending;
  for (std::size_t i = 0; i < mX.size(); ++i)
  {
    Incident &incident = mOut.incidents[mFirstPending + i];
    if (!success[i] || !CoordinateTransformer::isInSweden(mX[i], mY[i]))
    {
      const QString message = success[i] ? QCoreApplication::translate("importer", "the point (%1, %2 in EPSG:3006) is outside Sweden")
                                             .arg(mX[i], 0, 'f', 0)
                                             .arg(mY[i], 0, 'f', 0)
                                         : QCoreApplication::translate("importer", "the point cannot be transformed to EPSG:3006");
      mOut.errors.push_back({mFileLabel, mLines[i], QCoreApplication::translate("importer", "geometry"), message, mUnit});
      mOut.rejected.push_back({mLines[i], {}, message});
      ++mOut.record.rejected;
      continue;
    }
    incident.x = mX[i];
    incident.y = mY[i];
    // A point without an address gets the nearest register address, marked as derived.
    if (places && incident.address.isEmpty() && incident.precision == LocationPrecision::Exact)
    {
      if (const auto nearest = places->nearestAddress(incident.x, incident.y, kDerivedAddressDistance))
      {
        incident.address = nearest->label();
        incident.addressDerived = true;
      }
    }
    if (kept != mFirstPending + i)
      mOut.incidents[kept] = std::move(incident);
    mOut.incidentLines.push_back(mLines[i]);
    ++kept;
  }
  mOut.incidents.resize(kept);
  if (summaryWarnings)
    addSummaryWarnings(mOut, mFileLabel, mSwappedAxes, mAdjustedTimes);
  mFirstPending = mOut.incidents.size();
  mX.clear();
  mY.clear();
  mLines.clear();
  mPlacedRows.clear();
  mPlacedPoints.clear();
}

void IncidentRowBuilder::addSummaryWarnings(ParsedImport &out, const QString &fileLabel, std::int64_t swappedAxes,
                                            std::int64_t adjustedTimes)
{
  // Plain translate() calls with int counts, so that lupdate sees the messages (it skipped them
  // behind a helper function).
  const int swapped = static_cast<int>(swappedAxes);
  const int adjusted = static_cast<int>(adjustedTimes);
  if (swapped > 0)
    out.warnings.push_back(
      {fileLabel, 0, QString(),
       QCoreApplication::translate(
         "importer", "%n row(s) had the two coordinates exchanged (x as northing or lat/lon swapped); they were read the other way round",
         nullptr, swapped)});
  if (adjusted > 0)
    out.warnings.push_back(
      {fileLabel, 0, QString(),
       QCoreApplication::translate("importer", "%n local time(s) fell in a daylight-saving change; the earlier instant was used", nullptr,
                                   adjusted)});
}

} // namespace lagesbild::importer
