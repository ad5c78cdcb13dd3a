#include "evaluationperiods.h"

#include "time/stockholmtime.h"

#include <QCoreApplication>

namespace lagesbild
{

Result<EvaluationPeriods> EvaluationPeriods::of(const Intervention &intervention, int beforeDays, int afterDays,
                                                AfterPeriodStart afterStart)
{
  if (beforeDays < 1 || afterDays < 1)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate(
                                            "FollowUp", "The before and after periods must be at least one day long (got %1 and %2 days).")
                                            .arg(beforeDays)
                                            .arg(afterDays));

  const StockholmTime &time = StockholmTime::instance();
  const QDate startDay = time.localDate(intervention.startUtc);
  EvaluationPeriods periods;
  periods.mBefore = DateRange(startDay.addDays(-beforeDays), startDay.addDays(-1));

  if (afterStart == AfterPeriodStart::InterventionStart)
  {
    periods.mAfter = DateRange(startDay, startDay.addDays(afterDays - 1));
    return periods;
  }

  if (!intervention.endUtc)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("FollowUp", "Intervention %1 has no end date, so there is no period after it; "
                                                             "measure the after period from its start instead.")
                       .arg(intervention.id));
  const QDate endDay = time.localDate(*intervention.endUtc);
  if (endDay < startDay)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("FollowUp", "Intervention %1 ends (%2) before it starts (%3).")
                                            .arg(intervention.id)
                                            .arg(endDay.toString(Qt::ISODate), startDay.toString(Qt::ISODate)));
  periods.mDuring = DateRange(startDay, endDay);
  periods.mAfter = DateRange(endDay.addDays(1), endDay.addDays(afterDays));
  return periods;
}

EvaluationPhase EvaluationPeriods::phaseOf(const QDate &day) const
{
  if (day < mBefore.from() || mBefore.contains(day))
    return EvaluationPhase::Before;
  if (mDuring && mDuring->contains(day))
    return EvaluationPhase::During;
  return EvaluationPhase::After;
}

std::vector<PeriodChunk> EvaluationPeriods::weekChunks() const
{
  std::vector<PeriodChunk> chunks;
  const QDate last = mAfter.to();
  QDate day = mBefore.from();
  while (day <= last)
  {
    const EvaluationPhase phase = phaseOf(day);
    const QDate sunday = day.addDays(7 - day.dayOfWeek());
    QDate end = std::min(sunday, last);
    // Stop the chunk where the phase changes.
    for (QDate d = day.addDays(1); d <= end; d = d.addDays(1))
    {
      if (phaseOf(d) != phase)
      {
        end = d.addDays(-1);
        break;
      }
    }
    PeriodChunk chunk;
    chunk.days = DateRange(day, end);
    chunk.phase = phase;
    chunk.weekStart = day.addDays(1 - day.dayOfWeek());
    chunk.isoWeek = day.weekNumber(&chunk.isoYear);
    chunks.push_back(chunk);
    day = end.addDays(1);
  }
  return chunks;
}

} // namespace lagesbild
