// BusyWait: how a store connection waits its turn when another connection — a second import,
// the app, another process — holds the lock it needs. SQLite's busy handler sleeps in short,
// growing steps, stops early when the Feedback is cancelled, and tells the Feedback that it
// waits. With a Feedback (work that shows progress and can be cancelled) it waits up to five
// minutes — a million-row import takes well under that; without one (an edit from the app's
// window) 30 seconds. Journal mode switches (WAL on open, the rollback journal of large batches
// and back) are retried the same way, because SQLite returns "database is locked" for them at
// once when two connections would otherwise wait for each other.
#pragma once

#include "common/feedback.h"
#include "common/result.h"

#include <QElapsedTimer>
#include <QString>

struct sqlite3;

namespace lagesbild
{

class BusyWait
{
  public:
    //! Installs the busy handler on db (which must outlive this object).
    explicit BusyWait(sqlite3 *db);
    ~BusyWait();
    BusyWait(const BusyWait &) = delete;
    BusyWait &operator=(const BusyWait &) = delete;

    //! Where waiting is reported and cancel is read; nullptr for none.
    void setFeedback(Feedback *feedback);
    //! The wait is over (the lock was taken): tells the Feedback so if it was told of waiting.
    void finished();

    //! Sets the journal mode ("wal" or "delete"); when wait, retries while another connection
    //! holds the lock, else gives up at once. Returns the mode the store is in afterwards.
    Result<QString> switchJournalMode(const QString &mode, bool wait);

    //! The longest wait for one lock, in milliseconds, with a Feedback and without one.
    static constexpr int kLimitMs = 5 * 60 * 1000;
    static constexpr int kLimitWithoutFeedbackMs = 30 * 1000;

  private:
    static int handler(void *self, int attempts);
    //! Sleeps one step of a wait that began when attempts was 0; false when it must give up.
    bool sleepStep(int attempts);

    sqlite3 *mDb;
    Feedback *mFeedback = nullptr;
    QElapsedTimer mWaiting;  //!< since the current wait began
    QElapsedTimer mLastStep; //!< since the last sleep
    bool mReported = false;
};

//! Sets a BusyWait's Feedback for one operation, and back to none (the wait finished) after it.
class BusyWaitScope
{
  public:
    BusyWaitScope(BusyWait *wait, Feedback *feedback) : mWait(wait)
    {
      if (mWait)
        mWait->setFeedback(feedback);
    }
    ~BusyWaitScope()
    {
      if (!mWait)
        return;
      mWait->finished();
      mWait->setFeedback(nullptr);
    }
    BusyWaitScope(const BusyWaitScope &) = delete;
    BusyWaitScope &operator=(const BusyWaitScope &) = delete;

  private:
    BusyWait *mWait;
};

} // namespace lagesbild
