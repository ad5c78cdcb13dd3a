// DisplacementQuotient: WDQ, success measure, buffer displacement measure and total net effect
// on hand-made counts, each computed by hand in the comments (formulas as in Bowers & Johnson
// 2003 and Guerette 2009, POP tool guide 10, appendix B), with the verdict for each case and
// the zero counts that must give "cannot be computed" instead of a division by zero.
#include "followup/displacementquotient.h"
#include "followup/followuptext.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace lagesbild;

TEST_CASE("Diffusion of benefits", "[followup]")
{
  // R 40 → 20, B 30 → 24, C 400 → 400.
  // SM  = 20/400 − 40/400 = −0.05;  BDM = 24/400 − 30/400 = −0.015;  WDQ = −0.015 / −0.05 = 0.3
  // TNE = (40·400/400 − 20) + (30·400/400 − 24) = 20 + 6 = 26
  const auto d = DisplacementQuotient::compute({40, 20}, {30, 24}, {400, 400});
  REQUIRE(d.successMeasure().has_value());
  CHECK(*d.successMeasure() == Approx(-0.05));
  CHECK(*d.bufferDisplacementMeasure() == Approx(-0.015));
  CHECK(*d.quotient() == Approx(0.3));
  CHECK(*d.totalNetEffect() == Approx(26.0));
  CHECK(d.verdict() == FollowUpVerdict::DiffusionOfBenefits);
  CHECK_FALSE(d.tooFewReasons().any());

  // The buffer improving more than the treated area: R 40 → 30, B 40 → 20, C 100 → 100.
  // SM = 0.3 − 0.4 = −0.1; BDM = 0.2 − 0.4 = −0.2; WDQ = 2 (> 1: diffusion larger than the direct effect).
  const auto strong = DisplacementQuotient::compute({40, 30}, {40, 20}, {100, 100});
  CHECK(*strong.quotient() == Approx(2.0));
  CHECK(strong.verdict() == FollowUpVerdict::DiffusionOfBenefits);
  CHECK(FollowUpText::explanation(strong, 0.2, 0.05).contains(QStringLiteral("more than the treated area")));
}

TEST_CASE("Partial displacement, with a control area that grew", "[followup]")
{
  // R 50 → 30, B 20 → 28, C 500 → 600.
  // SM  = 30/600 − 50/500 = 0.05 − 0.1 = −0.05
  // BDM = 28/600 − 20/500 = 0.0466667 − 0.04 = 0.0066667
  // WDQ = 0.0066667 / −0.05 = −0.133333 (between −1 and 0: partial)
  // TNE = (50·1.2 − 30) + (20·1.2 − 28) = 30 − 4 = 26
  const auto d = DisplacementQuotient::compute({50, 30}, {20, 28}, {500, 600});
  CHECK(*d.successMeasure() == Approx(-0.05));
  CHECK(*d.bufferDisplacementMeasure() == Approx(0.0066666667));
  CHECK(*d.quotient() == Approx(-0.1333333333));
  CHECK(*d.totalNetEffect() == Approx(26.0));
  CHECK(d.verdict() == FollowUpVerdict::PartialDisplacement);
}

TEST_CASE("Displacement larger than the effect", "[followup]")
{
  // R 30 → 24, B 20 → 40, C 300 → 300.
  // SM = 24/300 − 30/300 = −0.02; BDM = 40/300 − 20/300 = 0.0666667; WDQ = −3.333333
  // TNE = (30 − 24) + (20 − 40) = −14: fourteen more incidents than without the intervention.
  const auto d = DisplacementQuotient::compute({30, 24}, {20, 40}, {300, 300});
  CHECK(*d.quotient() == Approx(-10.0 / 3.0));
  CHECK(*d.totalNetEffect() == Approx(-14.0));
  CHECK(d.verdict() == FollowUpVerdict::DisplacementExceedsEffect);
}

TEST_CASE("No displacement: the buffer follows the control area", "[followup]")
{
  // R 60 → 30, B 40 → 40, C 200 → 200: SM = 0.15 − 0.3 = −0.15, BDM = 0, WDQ = 0.
  const auto flat = DisplacementQuotient::compute({60, 30}, {40, 40}, {200, 200});
  CHECK(*flat.quotient() == Approx(0.0).margin(1e-12));
  CHECK(flat.verdict() == FollowUpVerdict::NoDisplacement);
  // B 40 → 41: BDM = 0.205 − 0.2 = 0.005, WDQ = 0.005 / −0.15 = −0.0333: inside the ±0.1 band.
  const auto slight = DisplacementQuotient::compute({60, 30}, {40, 41}, {200, 200});
  CHECK(*slight.quotient() == Approx(-1.0 / 30.0));
  CHECK(slight.verdict() == FollowUpVerdict::NoDisplacement);
  // An empty buffer is not a division problem: BDM = 0/… − 0/… = 0.
  const auto empty = DisplacementQuotient::compute({60, 30}, {0, 0}, {200, 200});
  CHECK(*empty.quotient() == 0.0);
  CHECK(empty.verdict() == FollowUpVerdict::NoDisplacement);
  // A narrower band turns the slight case into partial displacement.
  DisplacementQuotient::Thresholds strict;
  strict.neutralBand = 0.01;
  CHECK(DisplacementQuotient::compute({60, 30}, {40, 41}, {200, 200}, strict).verdict() == FollowUpVerdict::PartialDisplacement);
}

TEST_CASE("No effect when the treated area did not drop relative to the control", "[followup]")
{
  // R 20 → 25, C 100 → 100: SM = 0.25 − 0.2 = +0.05.
  const auto rose = DisplacementQuotient::compute({20, 25}, {10, 5}, {100, 100});
  CHECK(*rose.successMeasure() == Approx(0.05));
  CHECK(rose.verdict() == FollowUpVerdict::NoEffect);
  // R 40 → 30 but C 400 → 200: SM = 30/200 − 40/400 = 0.15 − 0.1 = +0.05 — a drop, yet less than everywhere else.
  const auto lessThanControl = DisplacementQuotient::compute({40, 30}, {10, 10}, {400, 200});
  CHECK(*lessThanControl.successMeasure() == Approx(0.05));
  CHECK(lessThanControl.verdict() == FollowUpVerdict::NoEffect);
  // R 20 → 20, C 100 → 100: SM = 0 exactly, so WDQ = BDM / 0 must be absent, not infinite.
  const auto same = DisplacementQuotient::compute({20, 20}, {10, 15}, {100, 100});
  CHECK(*same.successMeasure() == 0.0);
  CHECK_FALSE(same.quotient().has_value());
  CHECK(same.verdict() == FollowUpVerdict::NoEffect);
  CHECK(FollowUpText::explanation(same, 1.0, 0.05).startsWith(QStringLiteral("No effect")));
}

TEST_CASE("Zero and small counts give 'too few incidents', never a division by zero", "[followup]")
{
  SECTION("no control incidents before: Cb = 0")
  {
    const auto d = DisplacementQuotient::compute({40, 20}, {30, 24}, {0, 50});
    CHECK_FALSE(d.successMeasure().has_value());
    CHECK_FALSE(d.bufferDisplacementMeasure().has_value());
    CHECK_FALSE(d.quotient().has_value());
    CHECK_FALSE(d.totalNetEffect().has_value());
    CHECK(d.verdict() == FollowUpVerdict::TooFewIncidents);
    CHECK(d.tooFewReasons().controlNoneBefore);
    CHECK(FollowUpText::explanation(d, 0.01, 0.05).contains(QStringLiteral("cannot be computed")));
  }
  SECTION("no control incidents after: Ca = 0")
  {
    const auto d = DisplacementQuotient::compute({40, 20}, {30, 24}, {50, 0});
    CHECK_FALSE(d.quotient().has_value());
    // TNE only divides by Cb: (40·0 − 20) + (30·0 − 24) = −44.
    CHECK(*d.totalNetEffect() == Approx(-44.0));
    CHECK(d.verdict() == FollowUpVerdict::TooFewIncidents);
    CHECK(d.tooFewReasons().controlNoneAfter);
  }
  SECTION("nothing in the treated area before: Rb = 0")
  {
    const auto d = DisplacementQuotient::compute({0, 12}, {30, 24}, {100, 100});
    CHECK(d.verdict() == FollowUpVerdict::TooFewIncidents);
    CHECK(d.tooFewReasons().treatedNoneBefore);
    CHECK(FollowUpText::explanation(d, 0.001, 0.05).contains(QStringLiteral("nothing could drop")));
  }
  SECTION("fewer than 10 incidents in the treated area")
  {
    // R 6 → 3 (9 in all): SM = 0.03 − 0.06 < 0 would say "an effect", but 9 incidents are too few.
    const auto d = DisplacementQuotient::compute({6, 3}, {5, 5}, {100, 100});
    REQUIRE(d.quotient().has_value());
    CHECK(d.verdict() == FollowUpVerdict::TooFewIncidents);
    CHECK(d.tooFewReasons().treatedBelowMinimum);
    CHECK(FollowUpText::tooFewExplanation(d).contains(QStringLiteral("only 9 incidents")));
    // Exactly the minimum is enough: R 7 → 3.
    CHECK(DisplacementQuotient::compute({7, 3}, {5, 5}, {100, 100}).verdict() != FollowUpVerdict::TooFewIncidents);
  }
  SECTION("everything zero")
  {
    const auto d = DisplacementQuotient::compute({0, 0}, {0, 0}, {0, 0});
    CHECK_FALSE(d.quotient().has_value());
    CHECK(d.verdict() == FollowUpVerdict::TooFewIncidents);
  }
}

TEST_CASE("Verdict codes are stable and round-trip", "[followup]")
{
  for (const auto verdict :
       {FollowUpVerdict::TooFewIncidents, FollowUpVerdict::NoEffect, FollowUpVerdict::DiffusionOfBenefits, FollowUpVerdict::NoDisplacement,
        FollowUpVerdict::PartialDisplacement, FollowUpVerdict::DisplacementExceedsEffect})
  {
    CHECK(verdictFromCode(verdictCode(verdict)) == verdict);
    CHECK_FALSE(verdictTitle(verdict).isEmpty());
  }
  CHECK(verdictCode(FollowUpVerdict::DiffusionOfBenefits) == QStringLiteral("diffusion"));
  CHECK_FALSE(verdictFromCode(QStringLiteral("nonsense")).has_value());
}

TEST_CASE("The explanation says whether the treated change could be chance", "[followup]")
{
  QLocale::setDefault(QLocale::c());
  const auto d = DisplacementQuotient::compute({40, 20}, {30, 24}, {400, 400});
  CHECK(FollowUpText::explanation(d, 0.0123, 0.05).contains(QStringLiteral("statistically significant (p = 0.012)")));
  CHECK(FollowUpText::explanation(d, 0.2, 0.05).contains(QStringLiteral("could be chance (p = 0.200)")));
  CHECK(FollowUpText::formatPValue(0.00001) == QStringLiteral("p < 0.001"));
  CHECK(FollowUpText::explanation(d, 0.2, 0.05).contains(QStringLiteral("WDQ = 0.30")));
}
