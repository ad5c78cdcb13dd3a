// The demo's near-repeat pattern (DemoNearRepeats): the residential burglaries of 2020–2021 hold
// significantly more pairs within 200 m and a week than the Knox test's permutations give, while
// the other crimes show none; a moved burglary's named area is the one at its new place, and
// nothing moves near an intervention, so the follow-up figures of the demo stay.
#include "demo/demogenerator.h"
#include "demo/demonearrepeats.h"
#include "nearrepeat/knoxsummary.h"
#include "nearrepeat/knoxtest.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lagesbild;
using namespace lagesbild::demo;

namespace
{
const std::vector<Incident> &demoIncidents()
{
  static const std::vector<Incident> sIncidents = DemoGenerator::create()->generateAll();
  return sIncidents;
}

KnoxResult knoxOf(bool burglaries)
{
  const DateRange period(QDate(2020, 1, 1), QDate(2021, 12, 12));
  std::vector<KnoxEvent> events;
  for (const Incident &incident : demoIncidents())
  {
    const QDate day = StockholmTime::instance().localDate(incident.occurredFrom);
    const bool burglary = incident.category == QLatin1String("brott_bostadsinbrott");
    if (incident.kind == IncidentKind::Crime && burglary == burglaries && period.contains(day) &&
        incident.precision != LocationPrecision::Municipality)
      events.push_back({incident.x, incident.y, incident.occurredFrom});
  }
  KnoxOptions options;
  options.spaceBands = KnoxBands::parse(QStringLiteral("0,1,100,200,400")).value();
  options.timeBands = KnoxBands::parse(QStringLiteral("0,7,14,28")).value();
  options.permutations = 199;
  auto result = KnoxTest::run(events, options);
  REQUIRE(result.ok());
  return *result;
}
} // namespace

TEST_CASE("The demo's residential burglaries show a near-repeat pattern", "[demo][nearrepeat]")
{
  const KnoxResult result = knoxOf(true);
  INFO("burglaries " << result.events);
  CHECK(result.events > 80);
  // Within 200 m and the first week: far above chance and significant.
  std::int64_t observed = 0;
  double expected = 0.0;
  for (int space = 1; space <= 2; ++space)
  {
    observed += result.cell(space, 0).observed;
    expected += result.cell(space, 0).expected;
  }
  INFO("observed " << observed << ", expected " << expected);
  CHECK(static_cast<double>(observed) > 3.0 * expected);
  const auto headline = KnoxSummary::headline(result);
  REQUIRE(headline.has_value());
  CHECK(*headline->spaceTo <= 200.0);
  CHECK(*headline->timeTo <= 14.0);
  CHECK(*headline->ratio > 2.0);
  // A week later the burglars have moved on: [14, 28) days at 1–100 m is no longer raised.
  CHECK_FALSE(result.cell(1, 2).significant);
}

TEST_CASE("Moved burglaries carry the named area of their place and stay away from the interventions", "[demo][nearrepeat]")
{
  const auto generator = DemoGenerator::create();
  REQUIRE(generator.ok());
  int withoutAddress = 0;
  for (const Incident &incident : demoIncidents())
  {
    if (incident.category != QLatin1String("brott_bostadsinbrott"))
      continue;
    REQUIRE(generator->places().areaCodeAt(incident.x, incident.y) == incident.area);
    withoutAddress += incident.address.isEmpty() ? 1 : 0;
  }
  CHECK(withoutAddress > 0);
  for (const Intervention &intervention : generator->interventions())
  {
    if (!intervention.centre)
      continue;
    // A burglary at an exact place without its address was moved: never into an intervention's
    // clearance in the months around it.
    const std::int64_t margin = DemoNearRepeats::kInterventionMarginDays * 86400LL;
    for (const Incident &incident : demoIncidents())
    {
      if (incident.category != QLatin1String("brott_bostadsinbrott") || !incident.address.isEmpty() ||
          incident.precision != LocationPrecision::Exact || incident.occurredFrom < intervention.startUtc - margin ||
          incident.occurredFrom > intervention.endUtc.value_or(intervention.startUtc) + margin)
        continue;
      const double dx = incident.x - intervention.centre->x;
      const double dy = incident.y - intervention.centre->y;
      CHECK(std::sqrt(dx * dx + dy * dy) > intervention.radius + DemoNearRepeats::kInterventionClearance);
    }
  }
}

TEST_CASE("The demo's other crimes show no near-repeat pattern in the first week within 100 m", "[demo][nearrepeat]")
{
  const KnoxResult result = knoxOf(false);
  CHECK(result.events > 500);
  const KnoxCell &cell = result.cell(1, 0);
  INFO("observed " << cell.observed << ", expected " << cell.expected);
  CHECK(static_cast<double>(cell.observed) < 2.0 * cell.expected);
}
