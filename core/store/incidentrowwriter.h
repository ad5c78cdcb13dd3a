// IncidentRowWriter: writes incidents into the `incidents` table through prepared statements,
// computing the derived columns (UTC DATETIME text, local text with offset, local
// day/hour/weekday/month through StockholmTime's offset table, the de-duplication key) into
// reused buffers, so writing a million rows does no per-row allocation of its own.
// Append mode, for large batches, writes many rows per INSERT with explicit fids.
#pragma once

#include "common/result.h"
#include "isotimetext.h"
#include "model/incident.h"
#include "sqlitestatement.h"

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lagesbild
{

//! Local calendar columns of an instant, as the store keeps them.
struct LocalColumns
{
    std::int64_t day = 0; //!< days since 1970-01-01, local calendar
    int hour = 0;         //!< 0..23
    int weekday = 1;      //!< ISO 1..7
    int month = 197001;   //!< YYYYMM
    int offsetSeconds = 3600;
};

class IncidentRowWriter
{
  public:
    enum class Mode
    {
      Insert, //!< one row per INSERT, skipping rows whose de-duplication key exists (and recording new keys)
      Update, //!< UPDATE by fid, keeping the row's de-duplication key
      Append, //!< many rows per INSERT with given fids; the caller removes duplicates and records the keys
    };

    static Result<IncidentRowWriter> prepare(sqlite3 *db, Mode mode);
    IncidentRowWriter(IncidentRowWriter &&) noexcept = default;
    IncidentRowWriter &operator=(IncidentRowWriter &&) noexcept = default;

    static LocalColumns localColumns(std::int64_t utcSeconds);
    //! A readable reason when the incident cannot be stored, empty when it can.
    static QString validate(const Incident &incident);

    //! Insert and Update: writes one row. Insert returns true when inserted, false when its key
    //! already exists. importId overrides incident.importBatch when given.
    Result<bool> write(const Incident &incident, std::optional<std::int64_t> importId);
    //! The fid of the last row written by Insert.
    std::int64_t lastInsertedId() const;

    //! Append: queues a row with its fid and de-duplication key; written in groups.
    Result<void> append(const Incident &incident, std::optional<std::int64_t> importId, std::int64_t fid, std::int64_t dedupKey);
    //! Append: writes the queued rows.
    Result<void> flush();

  private:
    //! Buffers bound to one row's parameters until the statement is stepped.
    struct RowBuffers
    {
        unsigned char geometry[32] = {};
        char occurredFrom[IsoTimeText::kUtcLength] = {};
        char occurredTo[IsoTimeText::kUtcLength] = {};
        char reportedAt[IsoTimeText::kUtcLength] = {};
        char occurredLocal[IsoTimeText::kLocalLength] = {};
    };
    struct QueuedRow
    {
        const Incident *incident = nullptr;
        std::optional<std::int64_t> importId;
        std::int64_t fid = 0;
        std::int64_t dedupKey = 0;
    };

    IncidentRowWriter(sqlite3 *db, Mode mode) : mDb(db), mMode(mode) {}
    //! Binds the 19 column parameters of one row, starting at parameter first.
    void bindColumns(SqliteStatement &statement, int first, const Incident &incident, std::optional<std::int64_t> importId,
                     RowBuffers &buffers);
    //! UTF-8 of a category/source code, converted once per writer.
    const QByteArray &utf8Code(const QString &code);
    Result<void> stepAppend(SqliteStatement &statement);

    sqlite3 *mDb = nullptr;
    Mode mMode = Mode::Insert;
    SqliteStatement mStatement;    //!< Insert, Update, or Append with a full group of rows
    SqliteStatement mSingleAppend; //!< Append of one row, for the rest of a batch
    SqliteStatement mKeyExists;    //!< Insert: is the key in incident_keys?
    SqliteStatement mAddKey;       //!< Insert: record the new row's key
    std::int64_t mLastInsertedId = 0;
    std::vector<RowBuffers> mBuffers; //!< one per row of a statement
    std::vector<QueuedRow> mQueued;
    QHash<QString, QByteArray> mCodes;
};

} // namespace lagesbild
