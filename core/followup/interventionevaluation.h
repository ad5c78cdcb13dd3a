// InterventionEvaluation: the follow-up of one intervention — did it get calmer where it was
// done, and did the problem move next door? Counts incidents in the treated area, the buffer
// around it and a control area, before and after (EvaluationZones × EvaluationPeriods) through
// IncidentQueries: candidates come from a bounding-box query, the exact zone from the geometry.
// Adds an exact Poisson test of each zone's change (periods of unequal length allowed), the
// weighted displacement quotient with its verdict, and a weekly timeline of the counts.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "displacementquotient.h"
#include "evaluationperiods.h"
#include "model/incidentqueries.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace lagesbild
{

struct EvaluationOptions
{
    int beforeDays = 28;
    int afterDays = 28;
    AfterPeriodStart afterStart = AfterPeriodStart::InterventionStart;
    double bufferWidth = 200.0; //!< metres outside the treated area
    //! Area code of the control area. Empty: the store's municipality area (type "municipality")
    //! when it has one, else everywhere outside the treated area and the buffer.
    QString controlAreaCode;
    //! Kind, categories, sources, hours, weekdays … to count. Its period and bbox are replaced per
    //! query, and incidents that only say which municipality they are in are always left out (they
    //! have no street position, so they cannot be placed in a zone).
    IncidentFilter filter;
    DisplacementQuotient::Thresholds thresholds;
    double significanceLevel = 0.05;
    //! When set, an after period reaching this day or later gets a warning (its counts are incomplete).
    std::optional<QDate> today;
};

//! One zone's before/after counts and what they say.
struct ZoneSummary
{
    ZoneCounts counts;
    std::int64_t change = 0;             //!< after − before
    std::optional<double> changePercent; //!< absent when before = 0
    double pValue = 1.0;                 //!< exact Poisson test, two-sided, adjusted for the period lengths
};

//! Incidents per ISO week over the before, during and after periods.
struct TimelineWeek
{
    QDate weekStart; //!< Monday
    int isoYear = 0;
    int isoWeek = 0;
    int daysBefore = 0; //!< days of this week in the before period
    int daysDuring = 0;
    int daysAfter = 0;
    std::int64_t treated = 0;
    std::int64_t buffer = 0;
    std::int64_t control = 0;
};

class InterventionEvaluation
{
  public:
    //! areas: the store's areas (for an intervention given as an area, the control area and the
    //! municipality). NotFound when a named area is missing; BadInput for impossible options.
    static Result<InterventionEvaluation> evaluate(const IncidentQueries &queries, const Intervention &intervention,
                                                   const std::vector<Area> &areas, const EvaluationOptions &options,
                                                   Feedback *feedback = nullptr);

    const Intervention &intervention() const { return mIntervention; }
    const EvaluationOptions &options() const { return mOptions; }
    const EvaluationPeriods &periods() const { return mPeriods; }

    const ZoneSummary &treated() const { return mTreated; }
    const ZoneSummary &buffer() const { return mBuffer; }
    const ZoneSummary &control() const { return mControl; }
    const DisplacementQuotient &displacement() const { return mDisplacement; }
    FollowUpVerdict verdict() const { return mDisplacement.verdict(); }
    //! Plain-language explanation of the verdict with its numbers (translatable).
    QString explanation() const;

    //! What the treated area is, e.g. "150 m around 6583000, 521000" or "Centrum (centrum)".
    const QString &treatedDescription() const { return mTreatedDescription; }
    //! What the control area is.
    const QString &controlDescription() const { return mControlDescription; }
    //! The control area's code; empty when it is everywhere outside the treated area and buffer.
    const QString &controlAreaCode() const { return mControlAreaCode; }

    const std::vector<TimelineWeek> &timeline() const { return mTimeline; }
    //! Things the reader should know (incomplete periods, fallback control area …), translatable.
    const QStringList &warnings() const { return mWarnings; }

  private:
    InterventionEvaluation() = default;

    Intervention mIntervention;
    EvaluationOptions mOptions;
    EvaluationPeriods mPeriods;
    ZoneSummary mTreated;
    ZoneSummary mBuffer;
    ZoneSummary mControl;
    DisplacementQuotient mDisplacement;
    QString mTreatedDescription;
    QString mControlDescription;
    QString mControlAreaCode;
    std::vector<TimelineWeek> mTimeline;
    QStringList mWarnings;
};

} // namespace lagesbild
