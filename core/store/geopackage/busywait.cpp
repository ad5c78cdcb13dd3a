#include "busywait.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

namespace lagesbild
{
namespace
{
//! A wait is told to the Feedback once it has lasted this long (short waits are normal).
constexpr int kReportAfterMs = 200;
//! Sleep steps grow to this; a little randomness keeps two waiting connections out of step.
constexpr int kLongestStepMs = 50;
//! A lock request this long after the last sleep starts a new wait.
constexpr int kNewWaitAfterMs = 1000;
} // namespace

BusyWait::BusyWait(sqlite3 *db) : mDb(db)
{
  sqlite3_busy_handler(mDb, &BusyWait::handler, this);
}

BusyWait::~BusyWait()
{
  sqlite3_busy_handler(mDb, nullptr, nullptr);
}

void BusyWait::setFeedback(Feedback *feedback)
{
  mFeedback = feedback;
}

void BusyWait::finished()
{
  if (mReported && mFeedback)
    mFeedback->setWaiting(false);
  mReported = false;
  mWaiting.invalidate();
}

int BusyWait::handler(void *self, int attempts)
{
  return static_cast<BusyWait *>(self)->sleepStep(attempts) ? 1 : 0;
}

bool BusyWait::sleepStep(int attempts)
{
  if (!mWaiting.isValid() || (attempts == 0 && mLastStep.isValid() && mLastStep.elapsed() > kNewWaitAfterMs))
  {
    mWaiting.start();
    mReported = false;
  }
  if (mFeedback && mFeedback->isCancelled())
    return false;
  if (mWaiting.elapsed() >= (mFeedback ? kLimitMs : kLimitWithoutFeedbackMs))
    return false;
  if (!mReported && mWaiting.elapsed() >= kReportAfterMs)
  {
    mReported = true;
    if (mFeedback)
      mFeedback->setWaiting(true);
  }
  static thread_local std::minstd_rand jitter(std::random_device{}());
  const int step = std::min(kLongestStepMs, 1 + 2 * attempts) + static_cast<int>(jitter() % 8);
  std::this_thread::sleep_for(std::chrono::milliseconds(step));
  mLastStep.start();
  return true;
}

Result<QString> BusyWait::switchJournalMode(const QString &mode, bool wait)
{
  const std::string sql = "PRAGMA journal_mode = " + mode.toStdString();
  for (int attempt = 0;; ++attempt)
  {
    if (!wait)
      sqlite3_busy_handler(mDb, nullptr, nullptr);
    int rc = SQLITE_ERROR;
    QString result;
    {
      auto statement = SqliteStatement::prepare(mDb, sql);
      if (!statement)
      {
        if (!wait)
          sqlite3_busy_handler(mDb, &BusyWait::handler, this);
        return statement.error();
      }
      rc = statement->step();
      if (rc == SQLITE_ROW)
        result = statement->columnText(0).toLower();
    }
    if (!wait)
      sqlite3_busy_handler(mDb, &BusyWait::handler, this);
    if (rc == SQLITE_ROW)
      return result;
    const int primary = rc & 0xff;
    if (wait && (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) && sleepStep(attempt))
      continue;
    return sqliteError(mDb, QCoreApplication::translate("IncidentStore", "The journal mode of the store could not be changed."));
  }
}

} // namespace lagesbild
