// InterventionEvaluation end to end on crafted incidents in a brute-force in-memory store:
// counts per zone and period placed by hand (including points exactly on the radius, on the
// buffer's edge, on the period boundaries, in a polygon's hole, of the wrong kind and with only
// municipality precision), WDQ computed by hand, p-values from scipy
// (scipy.stats.binomtest(k, n, p).pvalue, scipy 1.10), and the weekly timeline against a brute
// force count in the test.
#include "followup/interventionevaluation.h"
#include "memoryincidents.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <cmath>
#include <map>

using namespace lagesbild;

namespace
{
constexpr double kCx = 500000.0;
constexpr double kCy = 6600000.0;

Incident incidentAt(double x, double y, const QDate &day, int hour, int minute = 0, IncidentKind kind = IncidentKind::Report,
                    LocationPrecision precision = LocationPrecision::Exact)
{
  Incident incident;
  incident.kind = kind;
  incident.category = kind == IncidentKind::Report ? QStringLiteral("skadegorelse") : QStringLiteral("misshandel");
  incident.source = QStringLiteral("vaktare");
  incident.x = x;
  incident.y = y;
  incident.occurredFrom = StockholmTime::instance().toUtc(day, QTime(hour, minute));
  incident.precision = precision;
  return incident;
}

Ring rectangle(double xMin, double yMin, double xMax, double yMax)
{
  return Ring{{xMin, yMin}, {xMax, yMin}, {xMax, yMax}, {xMin, yMax}, {xMin, yMin}};
}

Area area(const QString &code, const QString &type, std::vector<Ring> rings)
{
  Area a;
  a.code = code;
  a.name = code.toUpper();
  a.type = type;
  a.polygons.push_back(std::move(rings));
  return a;
}

// The basement scene: a 100 m circle around (kCx, kCy), a 200 m buffer, a 10 km municipality square.
// Intervention starts Wednesday 2021-03-10 10:00; before = 2021-02-10..03-09, after = 2021-03-10..04-06
// (the after period holds the 23-hour DST day 2021-03-28).
struct BasementScene
{
    QDate beforeFrom{2021, 2, 10};
    QDate afterFrom{2021, 3, 10};
    test::MemoryIncidents incidents;
    Intervention intervention;
    std::vector<Area> areas;

    BasementScene()
    {
      intervention.id = 42;
      intervention.title = QStringLiteral("Källaren, Drottninggatan 3");
      intervention.centre = PointXY{kCx, kCy};
      intervention.radius = 100.0;
      intervention.startUtc = StockholmTime::instance().toUtc(afterFrom, QTime(10, 0));
      areas.push_back(
        area(QStringLiteral("kungsor"), QStringLiteral("municipality"), {rectangle(kCx - 5000, kCy - 5000, kCx + 5000, kCy + 5000)}));

      // Treated, before: 29 spread over the 28 days at 0..90 m, one exactly on the radius (100 m)
      // → 30 with the one at 23:59 on the last day before (below). After: 9 + one at 00:00 on the first day → 10.
      for (int i = 0; i < 29; ++i)
        add(polar(i == 0 ? 100.0 : (i % 10) * 10.0, 0.37 * i), beforeFrom.addDays(i % 28), 8 + i % 14);
      add({kCx + 30, kCy}, afterFrom.addDays(-1), 23, 59);
      for (int i = 0; i < 9; ++i)
        add(polar((i % 10) * 10.0, 1.1 * i), afterFrom.addDays(1 + 3 * i), 8 + i);
      add({kCx - 30, kCy}, afterFrom, 0, 0);

      // Buffer, before: 9 at 101..280 m plus one exactly on its outer edge (300 m) → 10. After: 20.
      for (int i = 0; i < 9; ++i)
        add(polar(101.0 + (i % 10) * 19.9, 0.5 * i), beforeFrom.addDays(3 * i), 12);
      add({kCx + 300.0, kCy}, beforeFrom.addDays(5), 14);
      for (int i = 0; i < 20; ++i)
        add(polar(101.0 + (i % 10) * 19.9, 0.9 * i), afterFrom.addDays(i % 28), 15);

      // Control, before: 199 more than 1 km away plus one just beyond the buffer (300.5 m) → 200. After: 220.
      for (int i = 0; i < 199; ++i)
        add(controlPoint(i), beforeFrom.addDays(i % 28), 9 + i % 12);
      add({kCx + 300.5, kCy}, beforeFrom.addDays(6), 14);
      for (int i = 0; i < 220; ++i)
        add(controlPoint(i + 7), afterFrom.addDays(i % 28), 9 + i % 12);

      // Never counted: outside the municipality, only municipality precision (the police feed's centre
      // point, here right in the treated area), and outside the two periods.
      for (int i = 0; i < 15; ++i)
      {
        add({kCx + 6000 + i, kCy}, beforeFrom.addDays(i), 12);
        add({kCx + 6000 + i, kCy}, afterFrom.addDays(i), 12);
      }
      for (int i = 0; i < 5; ++i)
      {
        incidents.add(incidentAt(kCx, kCy, beforeFrom.addDays(i), 12, 0, IncidentKind::Report, LocationPrecision::Municipality));
        incidents.add(incidentAt(kCx, kCy, afterFrom.addDays(i), 12, 0, IncidentKind::Report, LocationPrecision::Municipality));
      }
      add({kCx, kCy + 10}, beforeFrom.addDays(-1), 22);
      add({kCx, kCy + 10}, afterFrom.addDays(28), 8);

      // Seven reported crimes in the treated area after the start: only counted when --kind allows crimes.
      for (int i = 0; i < 7; ++i)
        incidents.add(incidentAt(kCx + 5, kCy + 5, afterFrom.addDays(2 * i), 21, 0, IncidentKind::Crime));
    }

    static PointXY polar(double distance, double angle) { return {kCx + distance * std::cos(angle), kCy + distance * std::sin(angle)}; }
    static PointXY controlPoint(int i) { return {kCx - 4000 + (i * 37) % 8000, kCy + 1000 + (i * 53) % 3000}; }
    void add(const PointXY &p, const QDate &day, int hour, int minute = 0) { incidents.add(incidentAt(p.x, p.y, day, hour, minute)); }
};

EvaluationOptions reportsOnly()
{
  EvaluationOptions options;
  options.filter.kind = IncidentKind::Report;
  return options;
}
} // namespace

TEST_CASE("The basement intervention: counts, p-values and WDQ by hand", "[followup]")
{
  const BasementScene scene;
  const auto evaluation = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, reportsOnly());
  REQUIRE(evaluation.ok());

  CHECK(evaluation->periods().before() == DateRange(QDate(2021, 2, 10), QDate(2021, 3, 9)));
  CHECK(evaluation->periods().after() == DateRange(QDate(2021, 3, 10), QDate(2021, 4, 6)));

  CHECK(evaluation->treated().counts.before == 30);
  CHECK(evaluation->treated().counts.after == 10);
  CHECK(evaluation->treated().change == -20);
  CHECK(*evaluation->treated().changePercent == Approx(-66.666666667));
  CHECK(evaluation->buffer().counts.before == 10);
  CHECK(evaluation->buffer().counts.after == 20);
  CHECK(*evaluation->buffer().changePercent == Approx(100.0));
  CHECK(evaluation->control().counts.before == 200);
  CHECK(evaluation->control().counts.after == 220);

  // Exact Poisson test, after period one hour shorter (DST): binomtest(10, 40, tA / (tA + tB)) with
  // tB = 28·86400 s, tA = 28·86400 − 3600 s → 0.0022216774139639434 (scipy).
  CHECK(evaluation->treated().pValue == Approx(0.0022216774139639434).epsilon(1e-9));
  // binomtest(20, 30, same p) → 0.07054944380712284; binomtest(220, 420, same p) → 0.329390108504665.
  CHECK(evaluation->buffer().pValue == Approx(0.07054944380712284).epsilon(1e-9));
  CHECK(evaluation->control().pValue == Approx(0.329390108504665).epsilon(1e-9));

  // SM  = 10/220 − 30/200 = (2000 − 6600)/44000 = −4600/44000 = −0.1045454…
  // BDM = 20/220 − 10/200 = (4000 − 2200)/44000 =  1800/44000 =  0.0409090…
  // WDQ = 1800 / −4600 = −0.3913043…  → partial displacement
  // TNE = (30·1.1 − 10) + (10·1.1 − 20) = 23 − 9 = 14
  const DisplacementQuotient &d = evaluation->displacement();
  CHECK(*d.successMeasure() == Approx(-4600.0 / 44000.0));
  CHECK(*d.bufferDisplacementMeasure() == Approx(1800.0 / 44000.0));
  CHECK(*d.quotient() == Approx(-1800.0 / 4600.0));
  CHECK(*d.totalNetEffect() == Approx(14.0));
  CHECK(evaluation->verdict() == FollowUpVerdict::PartialDisplacement);

  QLocale::setDefault(QLocale::c());
  const QString text = evaluation->explanation();
  CHECK(text.startsWith(QStringLiteral("Partial displacement")));
  CHECK(text.contains(QStringLiteral("from 30 to 10")));
  CHECK(text.contains(QStringLiteral("WDQ = -0.39")));
  CHECK(text.contains(QStringLiteral("statistically significant (p = 0.002)")));
  CHECK(evaluation->controlAreaCode() == QStringLiteral("kungsor"));
  CHECK(evaluation->warnings().isEmpty());
}

TEST_CASE("The filter's kind is respected", "[followup]")
{
  const BasementScene scene;
  const auto all = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, EvaluationOptions());
  REQUIRE(all.ok());
  CHECK(all->treated().counts.before == 30);
  CHECK(all->treated().counts.after == 17); // + the 7 reported crimes

  EvaluationOptions crimes;
  crimes.filter.kind = IncidentKind::Crime;
  const auto onlyCrimes = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, crimes);
  REQUIRE(onlyCrimes.ok());
  CHECK(onlyCrimes->treated().counts.before == 0);
  CHECK(onlyCrimes->treated().counts.after == 7);
  CHECK_FALSE(onlyCrimes->treated().changePercent.has_value());
  CHECK(onlyCrimes->verdict() == FollowUpVerdict::TooFewIncidents);
}

TEST_CASE("The weekly timeline matches a brute-force count", "[followup]")
{
  const BasementScene scene;
  const auto evaluation = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, reportsOnly());
  REQUIRE(evaluation.ok());

  // Brute force: every report with an exact position within 100 m of the centre, by the Monday of its local week.
  std::map<QDate, std::int64_t> expected;
  const DateRange span(QDate(2021, 2, 10), QDate(2021, 4, 6));
  for (const Incident &incident : scene.incidents.incidents())
  {
    const QDate day = StockholmTime::instance().localDate(incident.occurredFrom);
    if (incident.kind != IncidentKind::Report || incident.precision == LocationPrecision::Municipality || !span.contains(day))
      continue;
    if (std::hypot(incident.x - kCx, incident.y - kCy) <= 100.0)
      ++expected[day.addDays(1 - day.dayOfWeek())];
  }

  const auto &weeks = evaluation->timeline();
  REQUIRE(weeks.size() == 9); // ISO weeks 6 to 14 of 2021
  CHECK(weeks.front().isoWeek == 6);
  CHECK(weeks.front().daysBefore == 5);
  CHECK(weeks.back().isoWeek == 14);
  CHECK(weeks.back().daysAfter == 2);
  // Week 10 straddles the start: Mon–Tue before, Wed–Sun after.
  CHECK(weeks[4].isoWeek == 10);
  CHECK(weeks[4].daysBefore == 2);
  CHECK(weeks[4].daysAfter == 5);
  std::int64_t treated = 0;
  std::int64_t buffer = 0;
  std::int64_t control = 0;
  for (const TimelineWeek &week : weeks)
  {
    CHECK(week.treated == expected[week.weekStart]);
    treated += week.treated;
    buffer += week.buffer;
    control += week.control;
  }
  CHECK(treated == 40);
  CHECK(buffer == 30);
  CHECK(control == 420);
}

namespace
{
// The courtyard scene: an area intervention on a 400 m square with a 100 m square hole (an inner
// courtyard that is not part of the treated area), 50 m buffer, 14 days before and after Wednesday
// 2021-05-05 (no DST change: equal exposures).
struct CourtyardScene
{
    test::MemoryIncidents incidents;
    Intervention intervention;
    std::vector<Area> areas;
    QDate start{2021, 5, 5};

    CourtyardScene()
    {
      intervention.id = 5;
      intervention.areaCode = QStringLiteral("gard");
      intervention.startUtc = StockholmTime::instance().toUtc(start, QTime(12, 0));
      areas.push_back(area(QStringLiteral("gard"), QStringLiteral("housing"),
                           {rectangle(499000, 6601000, 499400, 6601400), rectangle(499150, 6601150, 499250, 6601250)}));
      areas.push_back(area(QStringLiteral("kommun"), QStringLiteral("municipality"), {rectangle(490000, 6590000, 510000, 6610000)}));
      areas.push_back(area(QStringLiteral("other"), QStringLiteral("district"), {rectangle(490000, 6590000, 491000, 6591000)}));

      const auto many = [&](int count, const PointXY &p, int firstDay)
      {
        for (int i = 0; i < count; ++i)
          incidents.add(incidentAt(p.x + i, p.y, start.addDays(firstDay + i % 14), 18));
      };
      many(12, {499050, 6601050}, -14); // in the frame: treated, before
      many(4, {499050, 6601050}, 0);    // treated, after
      many(3, {499200, 6601200}, -14);  // in the courtyard, 50 m from its walls: buffer, not treated
      many(1, {499200, 6601200}, 0);
      many(2, {499420, 6601200}, -14); // 20 m outside the east side: buffer
      many(2, {499420, 6601200}, 0);
      many(30, {499500, 6601200}, -14); // 100 m outside: control
      many(30, {499500, 6601200}, 0);
      many(25, {490500, 6590500}, -14); // in the district "other" (inside the municipality)
      many(20, {490500, 6590500}, 0);
      many(4, {520000, 6590500}, -14); // outside the municipality
    }
};
} // namespace

TEST_CASE("An area intervention with a hole, the municipality and a chosen control area", "[followup]")
{
  const CourtyardScene scene;
  EvaluationOptions options;
  options.beforeDays = 14;
  options.afterDays = 14;
  options.bufferWidth = 50.0;

  const auto municipal = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, options);
  REQUIRE(municipal.ok());
  CHECK(municipal->treated().counts.before == 12);
  CHECK(municipal->treated().counts.after == 4);
  CHECK(municipal->buffer().counts.before == 5);
  CHECK(municipal->buffer().counts.after == 3);
  CHECK(municipal->control().counts.before == 55);
  CHECK(municipal->control().counts.after == 50);
  // binomtest(4, 16, 0.5) → 0.076812744140625 (scipy): equal periods, not significant.
  CHECK(municipal->treated().pValue == Approx(0.076812744140625).epsilon(1e-9));
  // WDQ = (3/50 − 5/55) / (4/50 − 12/55) = (165 − 250) / (220 − 600) = 85/380 = 0.2236842 → diffusion
  CHECK(*municipal->displacement().quotient() == Approx(85.0 / 380.0));
  CHECK(municipal->verdict() == FollowUpVerdict::DiffusionOfBenefits);
  QLocale::setDefault(QLocale::c());
  CHECK(municipal->explanation().contains(QStringLiteral("could be chance (p = 0.077)")));
  CHECK(municipal->treatedDescription() == QStringLiteral("GARD (gard)"));

  options.controlAreaCode = QStringLiteral("other");
  const auto district = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, options);
  REQUIRE(district.ok());
  CHECK(district->control().counts.before == 25);
  CHECK(district->control().counts.after == 20);
  // WDQ = (3/20 − 5/25) / (4/20 − 12/25) = (75 − 100) / (100 − 240) = 25/140 = 0.1785714
  CHECK(*district->displacement().quotient() == Approx(25.0 / 140.0));
  CHECK(district->verdict() == FollowUpVerdict::DiffusionOfBenefits);

  // Without a municipality area the control is everything outside R and B, with a warning.
  std::vector<Area> noMunicipality{scene.areas[0], scene.areas[2]};
  options.controlAreaCode.clear();
  const auto everywhere = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, noMunicipality, options);
  REQUIRE(everywhere.ok());
  CHECK(everywhere->control().counts.before == 59);
  CHECK(everywhere->control().counts.after == 50);
  CHECK(everywhere->controlAreaCode().isEmpty());
  CHECK(everywhere->warnings().size() == 1);
}

TEST_CASE("A drawn polygon (with a hole) is the treated area, counted as by hand", "[followup]")
{
  // The courtyard drawn on the map instead of named: the same frame with its hole, no area code.
  CourtyardScene scene;
  scene.intervention.areaCode.clear();
  scene.intervention.boundary = scene.areas[0].polygons.front();
  EvaluationOptions options;
  options.beforeDays = 14;
  options.afterDays = 14;
  options.bufferWidth = 50.0;
  const auto drawn = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, options);
  REQUIRE(drawn.ok());
  CHECK(drawn->treated().counts.before == 12);
  CHECK(drawn->treated().counts.after == 4);
  CHECK(drawn->buffer().counts.before == 5); // the courtyard and the strip outside
  CHECK(drawn->buffer().counts.after == 3);
  CHECK(drawn->control().counts.before == 55);
  CHECK(drawn->control().counts.after == 50);
  CHECK(*drawn->displacement().quotient() == Approx(85.0 / 380.0));
  CHECK(drawn->treatedDescription().contains(QStringLiteral("4")));

  // A drawn polygon wins over a centre and radius, as the store draws it.
  scene.intervention.centre = PointXY{520000, 6590500};
  scene.intervention.radius = 10.0;
  const auto both = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, options);
  REQUIRE(both.ok());
  CHECK(both->treated().counts.before == 12);
}

TEST_CASE("Evaluation errors name what is wrong", "[followup]")
{
  const CourtyardScene scene;
  EvaluationOptions options;

  options.controlAreaCode = QStringLiteral("nowhere");
  const auto unknownControl = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, options);
  REQUIRE_FALSE(unknownControl.ok());
  CHECK(unknownControl.error().code == ErrorCode::NotFound);
  CHECK(unknownControl.error().message.contains(QStringLiteral("nowhere")));

  options.controlAreaCode.clear();
  Intervention missingArea = scene.intervention;
  missingArea.areaCode = QStringLiteral("borta");
  CHECK(InterventionEvaluation::evaluate(scene.incidents, missingArea, scene.areas, options).error().code == ErrorCode::NotFound);

  Intervention nowhere = scene.intervention;
  nowhere.areaCode.clear();
  CHECK(InterventionEvaluation::evaluate(scene.incidents, nowhere, scene.areas, options).error().code == ErrorCode::BadInput);

  options.bufferWidth = 0.0;
  CHECK(InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, options).error().code == ErrorCode::BadInput);

  options.bufferWidth = 200.0;
  options.today = QDate(2021, 5, 10);
  const auto ongoing = InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, options);
  REQUIRE(ongoing.ok());
  CHECK(ongoing->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("incomplete")));

  Feedback feedback;
  feedback.cancel();
  CHECK(InterventionEvaluation::evaluate(scene.incidents, scene.intervention, scene.areas, EvaluationOptions(), &feedback).error().code ==
        ErrorCode::Cancelled);
}
