// IncidentRowWriter: writes incidents into the `incidents` table through prepared statements:
// codes come as the integer ids ReferenceCodes resolved, the local hour and weekday come from
// StockholmTime's offset table, and text goes to SQLite as UTF-8 converted by hand into reused
// buffers, so writing a million rows does no per-row allocation of its own. Append mode, for
// large batches, writes many prepared rows (PreparedRow) per INSERT and lets SQLite number them.
#pragma once

#include "common/result.h"
#include "deduplicationkeyblocks.h"
#include "model/incident.h"
#include "referencecodes.h"
#include "sqlitestatement.h"

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
      Append, //!< many prepared rows per INSERT; the caller removes duplicates and records the keys
    };

    //! Rows per INSERT statement in Append mode.
    static constexpr int kRowsPerAppend = 128;

    static Result<IncidentRowWriter> prepare(sqlite3 *db, Mode mode);
    IncidentRowWriter(IncidentRowWriter &&) noexcept = default;
    IncidentRowWriter &operator=(IncidentRowWriter &&) noexcept = default;

    static LocalColumns localColumns(std::int64_t utcSeconds);
    //! ISO weekday 1..7 of a local day (days since 1970-01-01, a Thursday).
    static int weekdayOf(std::int64_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7) + 1; }
    //! A readable reason when the incident cannot be stored, empty when it can.
    static QString validate(const Incident &incident);

    //! Insert and Update: writes one row. Insert returns true when inserted, false when its key
    //! already exists. importId overrides incident.importBatch when given.
    Result<bool> write(const Incident &incident, const ReferenceCodes::Ids &ids, std::optional<std::int64_t> importId);
    //! The fid of the last row written by Insert.
    std::int64_t lastInsertedId() const;

    //! An incident as Append binds it: numbers, ids and the local parts computed, the text as
    //! UTF-8 in an arena (see IncidentBatchPreparer).
    struct PreparedRow
    {
        double x = 0.0;
        double y = 0.0;
        std::int64_t occurredFrom = 0;
        std::int64_t occurredTo = 0;
        std::int64_t reportedAt = 0;
        std::int64_t importBatch = 0; //!< 0: none
        std::int64_t dedupKey = 0;
        std::int64_t category = 0;
        std::int64_t source = 0;
        std::int64_t area = 0;            //!< 0: none
        std::size_t textOffset[3] = {};   //!< address, description, external id in the arena
        std::uint32_t textLength[3] = {}; //!< 0: NULL
        std::uint8_t kind = 0;
        std::uint8_t precision = 0;
        std::uint8_t hour = 0;
        std::uint8_t weekday = 0;
        bool hasOccurredTo = false;
        bool hasReportedAt = false;
        bool addressDerived = false;
    };
    static void prepareRow(const Incident &incident, const ReferenceCodes::Ids &ids, std::optional<std::int64_t> importId,
                           std::int64_t dedupKey, PreparedRow &row, std::string &arena);

    //! Append: queues a prepared row (its text in arena, which must not change until flush());
    //! written in groups. SQLite numbers the rows consecutively from max(fid, AUTOINCREMENT
    //! mark) + 1; the caller checks that after flush().
    Result<void> append(const PreparedRow &row, const std::string &arena);
    //! Append: writes the queued rows.
    Result<void> flush();

  private:
    //! Buffers bound to one row's parameters until the statement is stepped.
    struct RowBuffers
    {
        unsigned char geometry[32] = {};
        std::string address;
        std::string description;
        std::string externalId;
    };
    IncidentRowWriter(sqlite3 *db, Mode mode) : mDb(db), mMode(mode) {}
    //! Binds the column parameters of one row, starting at parameter first.
    void bindColumns(SqliteStatement &statement, int first, const Incident &incident, const ReferenceCodes::Ids &ids,
                     std::optional<std::int64_t> importId, RowBuffers &buffers);
    //! Binds the parameters of one prepared row, starting at parameter first.
    static void bindPrepared(SqliteStatement &statement, int first, const PreparedRow &row, const std::string &arena, RowBuffers &buffers);
    //! Writes text as UTF-8 into out (resized to fit); returns the byte count.
    static std::size_t toUtf8(const QString &text, std::string &out, std::size_t at);
    //! Binds text as UTF-8 through buffer (NULL when empty).
    static void bindText(SqliteStatement &statement, int index, const QString &text, std::string &buffer);
    Result<void> stepAppend(SqliteStatement &statement);

    sqlite3 *mDb = nullptr;
    Mode mMode = Mode::Insert;
    SqliteStatement mStatement;                  //!< Insert, Update, or Append with a full group of rows
    SqliteStatement mSingleAppend;               //!< Append of one row, for the rest of a batch
    std::optional<DeduplicationKeyBlocks> mKeys; //!< Insert: look up and record keys
    std::int64_t mLastInsertedId = 0;
    std::vector<RowBuffers> mBuffers; //!< one per row of a statement
    std::vector<const PreparedRow *> mQueued;
    const std::string *mArena = nullptr;
};

} // namespace lagesbild
