#include "incidentrowwriter.h"

#include "geopackagegeometry.h"
#include "incidentrow.h"
#include "store/deduplicationkey.h"
#include "store/isotimetext.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace lagesbild
{
namespace
{
constexpr int kColumnCount = 16; // the columns bindColumns binds
constexpr const char *kColumns = "geom, kind, category, source, occurred_utc, occurred_to_utc, reported_utc, local_hour, local_weekday, "
                                 "area, location_precision, address, description, external_id, import_id, address_derived";
// Insert: ?1..?16 the columns, ?17 the de-duplication key.
constexpr const char *kInsertSql =
  "INSERT INTO incidents (geom, kind, category, source, occurred_utc, occurred_to_utc, reported_utc, local_hour, local_weekday, "
  "area, location_precision, address, description, external_id, import_id, address_derived, dedup_key) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";
// Update: ?1..?16 the columns, ?17 the fid.
constexpr const char *kUpdateSql =
  "UPDATE incidents SET geom = ?1, kind = ?2, category = ?3, source = ?4, occurred_utc = ?5, occurred_to_utc = ?6, reported_utc = ?7, "
  "local_hour = ?8, local_weekday = ?9, area = ?10, location_precision = ?11, address = ?12, description = ?13, external_id = ?14, "
  "import_id = ?15, address_derived = ?16 WHERE fid = ?17";
// Append: rows of 17 parameters (the 16 columns, the de-duplication key). SQLite numbers the rows
// itself (max(fid, AUTOINCREMENT mark) + 1, + 2 …), which appends to the table without a seek.
constexpr int kAppendParameters = kColumnCount + 1;
constexpr std::int64_t kSecondsPerDay = 86400;
// Instants the store accepts: years 1900..2199, so every text column keeps four-digit years.
constexpr std::int64_t kEarliest = -2208988800LL;
constexpr std::int64_t kLatest = 7258118399LL;

std::string appendSql(int rows)
{
  return std::string("INSERT INTO incidents (") + kColumns + ", dedup_key) VALUES " + SqliteStatement::valueRows(kAppendParameters, rows);
}
} // namespace

Result<IncidentRowWriter> IncidentRowWriter::prepare(sqlite3 *db, Mode mode)
{
  IncidentRowWriter writer(db, mode);
  auto statement = SqliteStatement::prepare(db, mode == Mode::Insert   ? std::string(kInsertSql)
                                                : mode == Mode::Update ? std::string(kUpdateSql)
                                                                       : appendSql(kRowsPerAppend));
  if (!statement)
    return statement.error();
  writer.mStatement = std::move(statement.value());
  if (mode == Mode::Insert)
  {
    auto keys = DeduplicationKeyBlocks::prepare(db);
    if (!keys)
      return keys.error();
    writer.mKeys.emplace(std::move(keys.value()));
  }
  if (mode == Mode::Append)
  {
    auto single = SqliteStatement::prepare(db, appendSql(1));
    if (!single)
      return single.error();
    writer.mSingleAppend = std::move(single.value());
    writer.mBuffers.resize(kRowsPerAppend);
    writer.mQueued.reserve(kRowsPerAppend);
  }
  else
  {
    writer.mBuffers.resize(1);
  }
  return writer;
}

LocalColumns IncidentRowWriter::localColumns(std::int64_t utcSeconds)
{
  LocalColumns columns;
  columns.offsetSeconds = StockholmTime::instance().offsetAt(utcSeconds);
  const std::int64_t local = utcSeconds + columns.offsetSeconds;
  std::int64_t day = local / kSecondsPerDay;
  if (local % kSecondsPerDay < 0)
    --day;
  columns.day = day;
  columns.hour = static_cast<int>((local - day * kSecondsPerDay) / 3600);
  columns.weekday = weekdayOf(day);
  const CivilDate date = IsoTimeText::civilFromDays(day);
  columns.month = date.year * 100 + date.month;
  return columns;
}

QString IncidentRowWriter::validate(const Incident &incident)
{
  if (!std::isfinite(incident.x) || !std::isfinite(incident.y))
    return QCoreApplication::translate("IncidentStore", "the coordinates are not numbers");
  if (incident.kind != IncidentKind::Crime && incident.kind != IncidentKind::Report)
    return QCoreApplication::translate("IncidentStore", "the kind is neither crime nor report");
  if (static_cast<int>(incident.precision) > static_cast<int>(LocationPrecision::NamedPlace))
    return QCoreApplication::translate("IncidentStore", "the location precision is not one the store knows");
  if (incident.category.isEmpty())
    return QCoreApplication::translate("IncidentStore", "the category is empty");
  if (incident.source.isEmpty())
    return QCoreApplication::translate("IncidentStore", "the source is empty");
  auto inRange = [](std::int64_t t) { return t >= kEarliest && t <= kLatest; };
  if (!inRange(incident.occurredFrom) || (incident.occurredTo && !inRange(*incident.occurredTo)) ||
      (incident.reportedAt && !inRange(*incident.reportedAt)))
    return QCoreApplication::translate("IncidentStore", "a time lies outside the years 1900 to 2199");
  if (incident.occurredTo && *incident.occurredTo < incident.occurredFrom)
    return QCoreApplication::translate("IncidentStore", "occurred_to lies before occurred_from");
  return QString();
}

std::size_t IncidentRowWriter::toUtf8(const QString &text, std::string &out, std::size_t at)
{
  // UTF-16 to UTF-8 by hand into the reused buffer: no allocation once it has grown.
  const auto size = static_cast<std::size_t>(text.size());
  const auto *utf16 = reinterpret_cast<const char16_t *>(text.constData());
  if (out.size() < at + 3 * size)
    out.resize(at + 3 * size); // libstdc++ grows the capacity geometrically
  char *begin = out.data() + at;
  char *write = begin;
  for (std::size_t i = 0; i < size; ++i)
  {
    std::uint32_t c = utf16[i];
    if (c < 0x80)
    {
      *write++ = static_cast<char>(c);
      continue;
    }
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < size && utf16[i + 1] >= 0xDC00 && utf16[i + 1] < 0xE000)
      c = 0x10000 + ((c - 0xD800) << 10) + (utf16[++i] - 0xDC00u);
    else if (c >= 0xD800 && c < 0xE000)
      c = 0xFFFD; // a lone surrogate, as QString::toUtf8 writes it
    if (c < 0x800)
    {
      *write++ = static_cast<char>(0xC0 | (c >> 6));
    }
    else if (c < 0x10000)
    {
      *write++ = static_cast<char>(0xE0 | (c >> 12));
      *write++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    else
    {
      *write++ = static_cast<char>(0xF0 | (c >> 18));
      *write++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      *write++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    *write++ = static_cast<char>(0x80 | (c & 0x3F));
  }
  return static_cast<std::size_t>(write - begin);
}

void IncidentRowWriter::bindText(SqliteStatement &statement, int index, const QString &text, std::string &buffer)
{
  if (text.isEmpty())
  {
    statement.bindNull(index);
    return;
  }
  const std::size_t length = toUtf8(text, buffer, 0);
  statement.bindUtf8Static(index, buffer.data(), static_cast<int>(length));
}

void IncidentRowWriter::prepareRow(const Incident &incident, const ReferenceCodes::Ids &ids, std::optional<std::int64_t> importId,
                                   std::int64_t dedupKey, PreparedRow &row, std::string &arena)
{
  row.x = incident.x;
  row.y = incident.y;
  row.occurredFrom = incident.occurredFrom;
  row.hasOccurredTo = incident.occurredTo.has_value();
  row.occurredTo = incident.occurredTo.value_or(0);
  row.hasReportedAt = incident.reportedAt.has_value();
  row.reportedAt = incident.reportedAt.value_or(0);
  row.importBatch = std::max<std::int64_t>(0, importId.value_or(incident.importBatch));
  row.dedupKey = dedupKey;
  row.category = ids.category;
  row.source = ids.source;
  row.area = ids.area;
  row.kind = static_cast<std::uint8_t>(incident.kind);
  row.precision = static_cast<std::uint8_t>(incident.precision);
  row.addressDerived = incident.addressDerived;
  const LocalColumns local = localColumns(incident.occurredFrom);
  row.hour = static_cast<std::uint8_t>(local.hour);
  row.weekday = static_cast<std::uint8_t>(local.weekday);
  const QString *texts[3] = {&incident.address, &incident.description, &incident.externalId};
  for (int t = 0; t < 3; ++t)
  {
    row.textOffset[t] = 0;
    row.textLength[t] = 0;
    if (texts[t]->isEmpty())
      continue;
    const std::size_t at = arena.size();
    const std::size_t length = toUtf8(*texts[t], arena, at);
    arena.resize(at + length);
    row.textOffset[t] = at;
    row.textLength[t] = static_cast<std::uint32_t>(length);
  }
}

void IncidentRowWriter::bindPrepared(SqliteStatement &s, int first, const PreparedRow &row, const std::string &arena, RowBuffers &b)
{
  const int p = first - 1; // parameter p + n is column n (1-based)
  GeoPackageGeometry::encodePoint(row.x, row.y, GeoPackageGeometry::kSrsId, b.geometry);
  s.bindBlobStatic(p + 1, b.geometry, GeoPackageGeometry::kPointBlobSize);
  s.bindInt64(p + 2, row.kind);
  s.bindInt64(p + 3, row.category);
  s.bindInt64(p + 4, row.source);
  s.bindInt64(p + 5, row.occurredFrom);
  if (row.hasOccurredTo)
    s.bindInt64(p + 6, row.occurredTo);
  else
    s.bindNull(p + 6);
  if (row.hasReportedAt)
    s.bindInt64(p + 7, row.reportedAt);
  else
    s.bindNull(p + 7);
  s.bindInt64(p + 8, row.hour);
  s.bindInt64(p + 9, row.weekday);
  if (row.area > 0)
    s.bindInt64(p + 10, row.area);
  else
    s.bindNull(p + 10);
  s.bindInt64(p + 11, row.precision);
  for (int t = 0; t < 3; ++t)
  {
    if (row.textLength[t] == 0)
      s.bindNull(p + 12 + t);
    else
      s.bindUtf8Static(p + 12 + t, arena.data() + row.textOffset[t], static_cast<int>(row.textLength[t]));
  }
  if (row.importBatch > 0)
    s.bindInt64(p + 15, row.importBatch);
  else
    s.bindNull(p + 15);
  s.bindInt64(p + 16, row.addressDerived ? 1 : 0);
  s.bindInt64(p + 17, row.dedupKey);
}

void IncidentRowWriter::bindColumns(SqliteStatement &s, int first, const Incident &incident, const ReferenceCodes::Ids &ids,
                                    std::optional<std::int64_t> importId, RowBuffers &b)
{
  const int p = first - 1; // parameter p + n is column n (1-based)
  GeoPackageGeometry::encodePoint(incident.x, incident.y, GeoPackageGeometry::kSrsId, b.geometry);
  s.bindBlobStatic(p + 1, b.geometry, GeoPackageGeometry::kPointBlobSize);
  s.bindInt64(p + 2, static_cast<int>(incident.kind));
  s.bindInt64(p + 3, ids.category);
  s.bindInt64(p + 4, ids.source);
  s.bindInt64(p + 5, incident.occurredFrom);
  s.bindOptionalInt64(p + 6, incident.occurredTo);
  s.bindOptionalInt64(p + 7, incident.reportedAt);
  const LocalColumns local = localColumns(incident.occurredFrom);
  s.bindInt64(p + 8, local.hour);
  s.bindInt64(p + 9, local.weekday);
  if (ids.area > 0)
    s.bindInt64(p + 10, ids.area);
  else
    s.bindNull(p + 10);
  s.bindInt64(p + 11, static_cast<int>(incident.precision));
  bindText(s, p + 12, incident.address, b.address);
  bindText(s, p + 13, incident.description, b.description);
  bindText(s, p + 14, incident.externalId, b.externalId);
  const std::int64_t batch = importId.value_or(incident.importBatch);
  if (batch > 0)
    s.bindInt64(p + 15, batch);
  else
    s.bindNull(p + 15);
  s.bindInt64(p + 16, incident.addressDerived ? 1 : 0);
}

Result<bool> IncidentRowWriter::write(const Incident &incident, const ReferenceCodes::Ids &ids, std::optional<std::int64_t> importId)
{
  SqliteStatement &s = mStatement;
  RowBuffers &buffers = mBuffers.front();
  std::int64_t key = 0;
  if (mMode == Mode::Insert)
  {
    key = DeduplicationKey::of(incident);
    auto found = mKeys->contains(key);
    if (!found)
      return found.error();
    if (*found)
      return false;
  }
  bindColumns(s, 1, incident, ids, importId, buffers);
  s.bindInt64(kColumnCount + 1, mMode == Mode::Insert ? key : incident.id);

  const int rc = s.step();
  if (rc != SQLITE_DONE)
  {
    Error error = sqliteError(mDb, QCoreApplication::translate("IncidentStore", "The incident could not be written."));
    s.reset();
    return error;
  }
  s.reset();
  const bool changed = sqlite3_changes(mDb) > 0;
  if (mMode == Mode::Insert)
  {
    mLastInsertedId = sqlite3_last_insert_rowid(mDb);
    if (auto added = mKeys->add(key); !added)
      return added.error();
  }
  return changed;
}

std::int64_t IncidentRowWriter::lastInsertedId() const
{
  return mLastInsertedId;
}

Result<void> IncidentRowWriter::append(const PreparedRow &row, const std::string &arena)
{
  const auto slot = mQueued.size();
  bindPrepared(mStatement, static_cast<int>(slot) * kAppendParameters + 1, row, arena, mBuffers[slot]);
  mQueued.push_back(&row);
  mArena = &arena;
  if (mQueued.size() < static_cast<std::size_t>(kRowsPerAppend))
    return {};
  mQueued.clear();
  return stepAppend(mStatement);
}

Result<void> IncidentRowWriter::flush()
{
  // The group statement is partly bound: write the queued rows one by one instead.
  for (std::size_t i = 0; i < mQueued.size(); ++i)
  {
    bindPrepared(mSingleAppend, 1, *mQueued[i], *mArena, mBuffers[i]);
    if (auto done = stepAppend(mSingleAppend); !done)
      return done;
  }
  mQueued.clear();
  return {};
}

Result<void> IncidentRowWriter::stepAppend(SqliteStatement &statement)
{
  const int rc = statement.step();
  if (rc != SQLITE_DONE)
  {
    Error error = sqliteError(mDb, QCoreApplication::translate("IncidentStore", "The incidents could not be written."));
    statement.reset();
    return error;
  }
  statement.reset();
  return {};
}

} // namespace lagesbild
