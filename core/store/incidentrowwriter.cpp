#include "incidentrowwriter.h"

#include "deduplicationkey.h"
#include "geopackagegeometry.h"
#include "incidentrow.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cmath>

namespace lagesbild
{
namespace
{
constexpr int kColumnCount = 19; // the columns bindColumns binds
constexpr const char *kColumns =
  "geom, kind, category, source, occurred_from, occurred_to, reported_at, occurred_local, address, description, area, external_id, "
  "import_id, location_precision, occurred_utc, local_day, local_hour, local_weekday, local_month";
// Insert: ?1..?19 the columns, ?20 the de-duplication key.
constexpr const char *kInsertSql =
  "INSERT INTO incidents (geom, kind, category, source, occurred_from, occurred_to, reported_at, occurred_local, address, "
  "description, area, external_id, import_id, location_precision, occurred_utc, local_day, local_hour, local_weekday, "
  "local_month, dedup_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";
constexpr const char *kKeyExistsSql = "SELECT 1 FROM incident_keys WHERE dedup_key = ?1";
constexpr const char *kAddKeySql = "INSERT INTO incident_keys (dedup_key, fid) VALUES (?1, ?2)";
// Update: ?1..?19 the columns, ?20 the fid.
constexpr const char *kUpdateSql =
  "UPDATE incidents SET geom = ?1, kind = ?2, category = ?3, source = ?4, occurred_from = ?5, occurred_to = ?6, reported_at = ?7, "
  "occurred_local = ?8, address = ?9, description = ?10, area = ?11, external_id = ?12, import_id = ?13, location_precision = ?14, "
  "occurred_utc = ?15, local_day = ?16, local_hour = ?17, local_weekday = ?18, local_month = ?19 WHERE fid = ?20";
// Append: rows of 21 parameters (the 19 columns, the de-duplication key, the fid).
constexpr int kAppendParameters = kColumnCount + 2;
constexpr int kRowsPerAppend = 64;
constexpr std::int64_t kSecondsPerDay = 86400;
// Instants the store accepts: years 1900..2199, so every text column keeps four-digit years.
constexpr std::int64_t kEarliest = -2208988800LL;
constexpr std::int64_t kLatest = 7258118399LL;

std::string appendSql(int rows)
{
  std::string sql = std::string("INSERT INTO incidents (") + kColumns + ", dedup_key, fid) VALUES ";
  for (int r = 0; r < rows; ++r)
  {
    sql += r == 0 ? "(" : ", (";
    for (int p = 0; p < kAppendParameters; ++p)
      sql += p == 0 ? "?" : ", ?";
    sql += ")";
  }
  return sql;
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
    auto exists = SqliteStatement::prepare(db, kKeyExistsSql);
    if (!exists)
      return exists.error();
    auto addKey = SqliteStatement::prepare(db, kAddKeySql);
    if (!addKey)
      return addKey.error();
    writer.mKeyExists = std::move(exists.value());
    writer.mAddKey = std::move(addKey.value());
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
  columns.weekday = static_cast<int>(((day % 7) + 7 + 3) % 7) + 1; // 1970-01-01 was a Thursday
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

const QByteArray &IncidentRowWriter::utf8Code(const QString &code)
{
  auto it = mCodes.find(code);
  if (it == mCodes.end())
    it = mCodes.insert(code, code.toUtf8());
  return it.value();
}

void IncidentRowWriter::bindColumns(SqliteStatement &s, int first, const Incident &incident, std::optional<std::int64_t> importId,
                                    RowBuffers &b)
{
  const int p = first - 1; // parameter p + n is column n (1-based)
  GeoPackageGeometry::encodePoint(incident.x, incident.y, GeoPackageGeometry::kSrsId, b.geometry);
  s.bindBlobStatic(p + 1, b.geometry, GeoPackageGeometry::kPointBlobSize);
  s.bindUtf8Static(p + 2, incident.kind == IncidentKind::Crime ? "crime" : "report", -1);
  const QByteArray &category = utf8Code(incident.category);
  s.bindUtf8Static(p + 3, category.constData(), static_cast<int>(category.size()));
  const QByteArray &source = utf8Code(incident.source);
  s.bindUtf8Static(p + 4, source.constData(), static_cast<int>(source.size()));
  IsoTimeText::writeUtc(incident.occurredFrom, b.occurredFrom);
  s.bindUtf8Static(p + 5, b.occurredFrom, IsoTimeText::kUtcLength);
  if (incident.occurredTo)
  {
    IsoTimeText::writeUtc(*incident.occurredTo, b.occurredTo);
    s.bindUtf8Static(p + 6, b.occurredTo, IsoTimeText::kUtcLength);
  }
  else
    s.bindNull(p + 6);
  if (incident.reportedAt)
  {
    IsoTimeText::writeUtc(*incident.reportedAt, b.reportedAt);
    s.bindUtf8Static(p + 7, b.reportedAt, IsoTimeText::kUtcLength);
  }
  else
    s.bindNull(p + 7);
  const LocalColumns local = localColumns(incident.occurredFrom);
  IsoTimeText::writeLocal(incident.occurredFrom, local.offsetSeconds, b.occurredLocal);
  s.bindUtf8Static(p + 8, b.occurredLocal, IsoTimeText::kLocalLength);
  s.bindText(p + 9, incident.address, true);
  s.bindText(p + 10, incident.description, true);
  if (incident.area.isEmpty())
    s.bindNull(p + 11);
  else
  {
    const QByteArray &area = utf8Code(incident.area);
    s.bindUtf8Static(p + 11, area.constData(), static_cast<int>(area.size()));
  }
  s.bindText(p + 12, incident.externalId, true);
  const std::int64_t batch = importId.value_or(incident.importBatch);
  if (batch > 0)
    s.bindInt64(p + 13, batch);
  else
    s.bindNull(p + 13);
  s.bindUtf8Static(p + 14, IncidentRow::precisionCode(incident.precision), -1);
  s.bindInt64(p + 15, incident.occurredFrom);
  s.bindInt64(p + 16, local.day);
  s.bindInt64(p + 17, local.hour);
  s.bindInt64(p + 18, local.weekday);
  s.bindInt64(p + 19, local.month);
}

Result<bool> IncidentRowWriter::write(const Incident &incident, std::optional<std::int64_t> importId)
{
  SqliteStatement &s = mStatement;
  RowBuffers &buffers = mBuffers.front();
  std::int64_t key = 0;
  if (mMode == Mode::Insert)
  {
    key = DeduplicationKey::of(incident);
    mKeyExists.bindInt64(1, key);
    const int found = mKeyExists.step();
    mKeyExists.reset();
    if (found == SQLITE_ROW)
      return false;
    if (found != SQLITE_DONE)
      return sqliteError(mDb, QCoreApplication::translate("IncidentStore", "The incident could not be written."));
  }
  bindColumns(s, 1, incident, importId, buffers);
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
    mAddKey.bindInt64(1, key);
    mAddKey.bindInt64(2, mLastInsertedId);
    if (auto added = mAddKey.execute(QCoreApplication::translate("IncidentStore", "The incident could not be written.")); !added)
      return added.error();
  }
  return changed;
}

std::int64_t IncidentRowWriter::lastInsertedId() const
{
  return mLastInsertedId;
}

Result<void> IncidentRowWriter::append(const Incident &incident, std::optional<std::int64_t> importId, std::int64_t fid,
                                       std::int64_t dedupKey)
{
  const auto slot = mQueued.size();
  RowBuffers &buffers = mBuffers[slot];
  const int first = static_cast<int>(slot) * kAppendParameters + 1;
  bindColumns(mStatement, first, incident, importId, buffers);
  mStatement.bindInt64(first + kColumnCount, dedupKey);
  mStatement.bindInt64(first + kColumnCount + 1, fid);
  mQueued.push_back(QueuedRow{&incident, importId, fid, dedupKey});
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
    RowBuffers &buffers = mBuffers[i];
    bindColumns(mSingleAppend, 1, *mQueued[i].incident, mQueued[i].importId, buffers);
    mSingleAppend.bindInt64(kColumnCount + 1, mQueued[i].dedupKey);
    mSingleAppend.bindInt64(kColumnCount + 2, mQueued[i].fid);
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
