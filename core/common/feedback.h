// Feedback: progress reporting and cancellation for long work (imports, hot spots, reports).
// The worker calls setProgress and checks isCancelled; the UI or CLI reads progress and cancels.
// A worker that waits for another program writing to the same store says so with setWaiting.
// Thread-safe: a worker thread and the UI thread may use one Feedback at once.
#pragma once

#include <atomic>
#include <functional>

namespace lagesbild
{

class Feedback
{
  public:
    using ProgressCallback = std::function<void(double percent)>;

    Feedback() = default;
    explicit Feedback(ProgressCallback callback) : mCallback(std::move(callback)) {}

    void cancel() { mCancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return mCancelled.load(std::memory_order_relaxed); }

    //! 0..100; calls the callback (on the worker's thread) when the value moved by ≥ 0.1.
    void setProgress(double percent)
    {
      const double last = mProgress.exchange(percent, std::memory_order_relaxed);
      if (mCallback && (percent - last >= 0.1 || percent <= 0.0 || percent >= 100.0 || percent < last))
        mCallback(percent);
    }
    double progress() const { return mProgress.load(std::memory_order_relaxed); }

    using WaitingCallback = std::function<void(bool waiting)>;
    //! Called (on the worker's thread) when the work starts and stops waiting for its turn at the
    //! store (another import is writing). Set it before the work starts.
    void setWaitingCallback(WaitingCallback callback) { mWaitingCallback = std::move(callback); }
    void setWaiting(bool waiting)
    {
      if (mWaiting.exchange(waiting, std::memory_order_relaxed) != waiting && mWaitingCallback)
        mWaitingCallback(waiting);
    }
    bool isWaiting() const { return mWaiting.load(std::memory_order_relaxed); }

  private:
    ProgressCallback mCallback;
    WaitingCallback mWaitingCallback;
    std::atomic<bool> mCancelled{false};
    std::atomic<double> mProgress{0.0};
    std::atomic<bool> mWaiting{false};
};

} // namespace lagesbild
