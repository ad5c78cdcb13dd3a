// EvaluationPeriods: before/after/during days of an intervention and the ISO-week chunks of the
// timeline. Calendar facts checked by hand: 2021-02-10 is a Wednesday in ISO week 6, 2021-03-10
// a Wednesday in week 10, and 2021-03-28 the spring DST change (a 23-hour day).
#include "followup/evaluationperiods.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

using namespace lagesbild;

namespace
{
Intervention startingAt(const QDate &day, int hour, std::optional<QDate> endDay = std::nullopt)
{
  Intervention intervention;
  intervention.id = 7;
  intervention.startUtc = StockholmTime::instance().toUtc(day, QTime(hour, 0));
  if (endDay)
    intervention.endUtc = StockholmTime::instance().toUtc(*endDay, QTime(12, 0));
  return intervention;
}
} // namespace

TEST_CASE("Before and after periods measured from the start", "[followup]")
{
  // Starts Wednesday 2021-03-10 at 23:30 local (22:30 UTC): the local day, not the UTC day, counts.
  Intervention late;
  late.startUtc = StockholmTime::instance().toUtc(QDate(2021, 3, 10), QTime(23, 30));
  const auto periods = EvaluationPeriods::of(late, 28, 28, AfterPeriodStart::InterventionStart);
  REQUIRE(periods.ok());
  CHECK(periods->before() == DateRange(QDate(2021, 2, 10), QDate(2021, 3, 9)));
  CHECK(periods->after() == DateRange(QDate(2021, 3, 10), QDate(2021, 4, 6)));
  CHECK_FALSE(periods->during().has_value());
  // The after period holds the 23-hour DST day: one hour shorter than the before period.
  CHECK(periods->before().durationSeconds() - periods->after().durationSeconds() == 3600);

  const std::vector<PeriodChunk> chunks = periods->weekChunks();
  // Wed 10 Feb .. Sun 14 Feb (week 6), 3 full weeks 7–9, Mon 8 .. Tue 9 Mar (week 10, before),
  // Wed 10 .. Sun 14 Mar (week 10, after), weeks 11–13 full, Mon 5 .. Tue 6 Apr (week 14).
  REQUIRE(chunks.size() == 10);
  CHECK(chunks[0].days == DateRange(QDate(2021, 2, 10), QDate(2021, 2, 14)));
  CHECK(chunks[0].isoWeek == 6);
  CHECK(chunks[0].isoYear == 2021);
  CHECK(chunks[0].weekStart == QDate(2021, 2, 8));
  CHECK(chunks[4].days == DateRange(QDate(2021, 3, 8), QDate(2021, 3, 9)));
  CHECK(chunks[4].phase == EvaluationPhase::Before);
  CHECK(chunks[5].days == DateRange(QDate(2021, 3, 10), QDate(2021, 3, 14)));
  CHECK(chunks[5].phase == EvaluationPhase::After);
  CHECK(chunks[5].isoWeek == 10);
  CHECK(chunks[9].days == DateRange(QDate(2021, 4, 5), QDate(2021, 4, 6)));
  int days = 0;
  for (const PeriodChunk &chunk : chunks)
    days += chunk.days.dayCount();
  CHECK(days == 56);
}

TEST_CASE("After period measured from the end, with the intervention between", "[followup]")
{
  const auto periods =
    EvaluationPeriods::of(startingAt(QDate(2020, 12, 28), 9, QDate(2021, 1, 10)), 14, 7, AfterPeriodStart::InterventionEnd);
  REQUIRE(periods.ok());
  CHECK(periods->before() == DateRange(QDate(2020, 12, 14), QDate(2020, 12, 27)));
  CHECK(periods->during() == DateRange(QDate(2020, 12, 28), QDate(2021, 1, 10)));
  CHECK(periods->after() == DateRange(QDate(2021, 1, 11), QDate(2021, 1, 17)));
  CHECK(periods->phaseOf(QDate(2021, 1, 1)) == EvaluationPhase::During);
  // 2020-12-28 is the Monday of ISO week 53 of 2020; 2021-01-04 starts week 1 of 2021.
  const auto chunks = periods->weekChunks();
  REQUIRE(chunks.size() == 5);
  CHECK(chunks[2].isoYear == 2020);
  CHECK(chunks[2].isoWeek == 53);
  CHECK(chunks[2].phase == EvaluationPhase::During);
  CHECK(chunks[3].isoYear == 2021);
  CHECK(chunks[3].isoWeek == 1);
  CHECK(chunks[4].phase == EvaluationPhase::After);
}

TEST_CASE("Impossible periods are errors", "[followup]")
{
  CHECK(EvaluationPeriods::of(startingAt(QDate(2021, 3, 10), 9), 0, 28, AfterPeriodStart::InterventionStart).error().code ==
        ErrorCode::BadInput);
  const auto noEnd = EvaluationPeriods::of(startingAt(QDate(2021, 3, 10), 9), 28, 28, AfterPeriodStart::InterventionEnd);
  REQUIRE_FALSE(noEnd.ok());
  CHECK(noEnd.error().message.contains(QStringLiteral("no end date")));
  const auto backwards =
    EvaluationPeriods::of(startingAt(QDate(2021, 3, 10), 9, QDate(2021, 3, 1)), 28, 28, AfterPeriodStart::InterventionEnd);
  CHECK(backwards.error().code == ErrorCode::BadInput);
}
