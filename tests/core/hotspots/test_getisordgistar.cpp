#include "hotspots/falsediscoveryrate.h"
#include "hotspots/getisordgistar.h"
#include "hotspots/hotspotcomparison.h"
#include "hotspots/hotspottrend.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lagesbild;

namespace
{
// Reference values printed by tests/core/hotspots/make_gistar_reference.py (python3 + numpy): a
// dense binary weight matrix from cell-centre distances (self included) and the z-score formula
// of R spdep's localG() for include.self() + style "B" (spdep/R/localG.R, gstari branch:
// si2 = sum((x - mean(x))^2)/n, z = (lag - Wi*xbar) / sqrt(si2*(n*S1i - Wi^2)/(n-1))), p two-sided
// normal, p_fdr by the textbook Benjamini–Hochberg definition. Grid: 8 × 6 cells of 50 m at
// x = 500000, y = 6500000 (row-major, row 0 south); bands 75 m (3 × 3 cells) and 100 m (13 cells).
const std::vector<double> kCounts = {0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 1.0, 1.0, 1.0, 2.0, 3.0, 0.0, 1.0, 1.0, 3.0, 1.0,
                                     0.0, 5.0, 7.0, 3.0, 0.0, 1.0, 1.0, 0.0, 2.0, 5.0, 9.0, 5.0, 3.0, 0.0, 0.0, 1.0,
                                     2.0, 3.0, 7.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0};
const std::vector<double> kZ75 = {
  -0.8918433805240783, -0.6098099145374172,  -0.8130798860498896,  -1.016349857562362,  -1.2196198290748343, -0.4065399430249448,
  -0.2032699715124724, -0.16215334191346883, -0.4065399430249448,  0.6889376666152479,  1.0334064999228718,  0.0,
  -1.205640916576684,  -0.8611720832690599,  -0.6889376666152479,  -0.6098099145374172, 1.016349857562362,   3.2724539164224278,
  4.133625999691487,   2.7557506664609916,   -0.17223441665381198, -0.8611720832690599, -1.205640916576684,  -0.8130798860498896,
  1.4228898005873067,  4.3058604163453,      5.683735749575796,    3.9613915830376754,  0.17223441665381198, -1.7223441665381198,
  -2.0668129998457436, -1.6261597720997791,  0.8130798860498896,   2.9279850831148035,  3.7891571663838635,  2.5835162498071798,
  -0.5167032499614359, -1.8945785831919317,  -2.239047416499556,   -1.6261597720997791, 0.0810766709567343,  1.2196198290748343,
  1.6261597720997791,  0.6098099145374172,   -1.2196198290748343,  -1.8294297436122513, -1.8294297436122513, -1.3783034062644846};
const std::vector<double> kP75 = {0.37247688611022023, 0.5419877330571734,     0.4161722577620843,     0.3094628143222715,
                                  0.22260902591439014, 0.6843459145795533,     0.838924024817457,      0.8711851012027673,
                                  0.6843459145795533,  0.49086249462395154,    0.3014137059313691,     1.0,
                                  0.2279559754139906,  0.3891432730989881,     0.49086249462395154,    0.5419877330571734,
                                  0.3094628143222715,  0.0010661825191084454,  3.5708438566368386e-05, 0.0058557616031405,
                                  0.8632532415823584,  0.3891432730989881,     0.2279559754139906,     0.4161722577620843,
                                  0.1547681033945447,  1.6633792308030353e-05, 1.3178384962122807e-08, 7.451421460656952e-05,
                                  0.8632532415823584,  0.08500719141589576,    0.038751778049937013,   0.10391567138271757,
                                  0.4161722577620843,  0.0034116641277150113,  0.00015115926240652554, 0.009779885992033987,
                                  0.605363327020305,   0.058148254368125665,   0.02515283111549453,    0.10391567138271757,
                                  0.9353809784772473,  0.22260902591439014,    0.10391567138271757,    0.5419877330571734,
                                  0.22260902591439014, 0.0673352552211064,     0.0673352552211064,     0.16810963197293416};
const std::vector<double> kPFdr75 = {
  0.5875373050758836,    0.6670618253011364,     0.5875373050758836,    0.5305076816953226,    0.43767547279486196,   0.7821096166623466,
  0.9090627142985398,    0.9090627142985398,     0.7821096166623466,    0.6544833261652687,    0.5305076816953226,    1.0,
  0.43767547279486196,   0.5875373050758836,     0.6544833261652687,    0.6670618253011364,    0.5305076816953226,    0.008529460152867563,
  0.0005713350170618942, 0.035134569618843,      0.9090627142985398,    0.5875373050758836,    0.43767547279486196,   0.5875373050758836,
  0.39099310331253395,   0.00039921101539272844, 6.325624781818948e-07, 0.0008941705752788342, 0.9090627142985398,    0.2720230125308664,
  0.1690986678542706,    0.2771084570205802,     0.5875373050758836,    0.023394268304331507,  0.0014511289191026452, 0.052159391957514595,
  0.726435992424366,     0.2308637321866505,     0.12073358935437375,   0.2771084570205802,    0.9552827014235719,    0.43767547279486196,
  0.2771084570205802,    0.6670618253011364,     0.43767547279486196,   0.2308637321866505,    0.2308637321866505,    0.403463116735042};
const std::vector<double> kNeighbours75 = {4.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 4.0, 6.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 6.0,
                                           6.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 6.0, 6.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 6.0,
                                           6.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 6.0, 4.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 4.0};
const std::vector<double> kZ100 = {
  -1.2196198290748343,  -0.2405122737952346, -0.34446883330762396, -0.8611720832690599, -1.5501097498843077, -0.8611720832690599,
  -0.6012806844880864,  -0.4065399430249448, -0.06012806844880873, 0.9063667367576222,  1.8630000619348437,  0.4657500154837109,
  -0.4657500154837109,  -1.3972500464511328, -1.0129981175526375,  -0.7816648898345122, 1.5501097498843077,  3.1050001032247394,
  3.832305618908831,    2.9246542881146342,  0.05042507393301076,  -1.008501478660219,  -1.7077500567736066, -1.205640916576684,
  2.0668129998457436,   4.502250149675872,   5.496333058698192,    3.2272047317127,     0.6555259611291421,  -1.4623271440573176,
  -1.5525000516123697,  -2.0668129998457436, 1.3829455743225982,   3.62546694703049,    4.036500134192162,   2.4840000825797914,
  -0.15525000516123696, -1.7077500567736066, -2.4525217582853323,  -2.0443543272594935, 0.2032699715124724,  1.3829455743225982,
  2.0668129998457436,   0.8611720832690599,  -0.8611720832690599,  -2.411281833153368,  -2.2247385326059193, -1.6261597720997791};
const std::vector<double> kP100 = {
  0.22260902591439014,    0.8099331493645413,    0.730493730873709,     0.3891432730989881,    0.12111517629670407,   0.3891432730989881,
  0.5476530524129567,     0.6843459145795533,    0.9520536350113933,    0.3647417727582588,    0.06246225751563058,   0.6413944472305826,
  0.6413944472305826,     0.16233839179985218,   0.311061060081954,     0.43441154074572347,   0.12111517629670407,   0.0019027895818087364,
  0.00012694789565053828, 0.0034483908635107065, 0.959783655689832,     0.3132137782186636,    0.08768272969202866,   0.2279559754139906,
  0.038751778049937013,   6.723777641931515e-06, 3.877698334159378e-08, 0.0012500598291325755, 0.5121291771864169,    0.1436515836342623,
  0.12054262037088992,    0.038751778049937013,  0.16668155469253318,   0.0002884397891753491, 5.425449469101142e-05, 0.012991577788963,
  0.8766242277298419,     0.08768272969202866,   0.014185879984899124,  0.04091855584824419,   0.838924024817457,     0.16668155469253318,
  0.038751778049937013,   0.3891432730989881,    0.3891432730989881,    0.0158965592066137,    0.026098795917663307,  0.10391567138271757};
const std::vector<double> kPFdr100 = {
  0.3773064420645362,    0.8835634356704087,     0.8154348623706518,     0.5188576974653175,   0.2527621070539911,    0.5188576974653175,
  0.674034526046716,     0.7821096166623466,     0.959783655689832,      0.5188576974653175,   0.176364021220604,     0.7509008162699503,
  0.7509008162699503,    0.29632276389783674,    0.48497617272567267,    0.5635609177241818,   0.2527621070539911,    0.01304769998954562,
  0.0015233747478064592, 0.02069034518106424,    0.959783655689832,      0.48497617272567267,  0.221514264485125,     0.3773064420645362,
  0.12275566754473258,   0.00016137066340635636, 1.8612952003965014e-06, 0.010000478633060604, 0.6469000132881056,    0.2873031672685246,
  0.2527621070539911,    0.12275566754473258,    0.29632276389783674,    0.002769021976083351, 0.0008680719150561828, 0.0680922239275158,
  0.9147383245876612,    0.221514264485125,      0.0680922239275158,     0.12275566754473258,  0.8948522931386208,    0.29632276389783674,
  0.12275566754473258,   0.5188576974653175,     0.5188576974653175,     0.06936680381067796,  0.10439518367065322,   0.24939761131852217};
const std::vector<double> kNeighbours100 = {6.0, 8.0,  9.0,  9.0,  9.0,  9.0,  8.0,  6.0, 8.0, 11.0, 12.0, 12.0, 12.0, 12.0, 11.0, 8.0,
                                            9.0, 12.0, 13.0, 13.0, 13.0, 13.0, 12.0, 9.0, 9.0, 12.0, 13.0, 13.0, 13.0, 13.0, 12.0, 9.0,
                                            8.0, 11.0, 12.0, 12.0, 12.0, 12.0, 11.0, 8.0, 6.0, 8.0,  9.0,  9.0,  9.0,  9.0,  8.0,  6.0};

Grid referenceGrid()
{
  auto grid = Grid::covering(BoundingBox{500000.0, 6500000.0, 500400.0, 6500300.0}, 50.0);
  REQUIRE(grid.ok());
  REQUIRE(grid->columns() == 8);
  REQUIRE(grid->rows() == 6);
  return *grid;
}

void compareWithReference(const GiStarResult &result, const std::vector<double> &z, const std::vector<double> &p,
                          const std::vector<double> &pFdr, const std::vector<double> &neighbours)
{
  REQUIRE(result.z.size() == z.size());
  for (std::size_t k = 0; k < z.size(); ++k)
  {
    INFO("cell " << k);
    CHECK(result.z[k] == Approx(z[k]).margin(1e-9));
    CHECK(result.p[k] == Approx(p[k]).margin(1e-12));
    CHECK(result.pFdr[k] == Approx(pFdr[k]).margin(1e-12));
    CHECK(result.neighbours[k] == static_cast<int>(neighbours[k]));
  }
}
} // namespace

TEST_CASE("Gi* z, p and p_fdr equal the spdep-formula reference", "[hotspots]")
{
  const Grid grid = referenceGrid();
  const auto band75 = GetisOrdGiStar(75.0).compute(grid, kCounts);
  REQUIRE(band75.ok());
  compareWithReference(*band75, kZ75, kP75, kPFdr75, kNeighbours75);
  const auto band100 = GetisOrdGiStar(100.0).compute(grid, kCounts);
  REQUIRE(band100.ok());
  compareWithReference(*band100, kZ100, kP100, kPFdr100, kNeighbours100);
}

TEST_CASE("Gi* distance bands include ties and are discs", "[hotspots]")
{
  CHECK(GetisOrdGiStar::bandHalfWidths(1.0) == std::vector<int>{1, 0});
  CHECK(GetisOrdGiStar::bandHalfWidths(1.5) == std::vector<int>{1, 1});
  CHECK(GetisOrdGiStar::bandHalfWidths(2.0) == std::vector<int>{2, 1, 0});
  CHECK(GetisOrdGiStar::bandHalfWidths(2.5) == std::vector<int>{2, 2, 1});
  CHECK(GetisOrdGiStar::bandHalfWidths(3.0) == std::vector<int>{3, 2, 2, 0});
  CHECK(GetisOrdGiStar::bandHalfWidths(0.5) == std::vector<int>{0});
}

TEST_CASE("Gi* classes follow the FDR-adjusted p and the sign of z", "[hotspots]")
{
  CHECK(classifyHotspot(3.0, 0.009) == HotspotClass::Hot99);
  CHECK(classifyHotspot(3.0, 0.01) == HotspotClass::Hot95);
  CHECK(classifyHotspot(2.0, 0.049) == HotspotClass::Hot95);
  CHECK(classifyHotspot(1.8, 0.07) == HotspotClass::Hot90);
  CHECK(classifyHotspot(1.8, 0.10) == HotspotClass::NotSignificant);
  CHECK(classifyHotspot(-3.0, 0.001) == HotspotClass::Cold99);
  CHECK(classifyHotspot(-2.0, 0.03) == HotspotClass::Cold95);
  CHECK(classifyHotspot(-1.7, 0.09) == HotspotClass::Cold90);
  for (int level = -3; level <= 3; ++level)
  {
    const auto value = static_cast<HotspotClass>(level);
    CHECK(hotspotClassFromName(hotspotClassName(value)) == value);
  }
  CHECK(hotspotClassName(HotspotClass::NotSignificant) == QStringLiteral("ns"));

  // The reference grid at 100 m: the cluster's core is hot at 99 % after FDR.
  const auto result = GetisOrdGiStar(100.0).compute(referenceGrid(), kCounts);
  REQUIRE(result.ok());
  for (std::size_t k = 0; k < kCounts.size(); ++k)
    CHECK(result->classes[k] == classifyHotspot(kZ100[k], kPFdr100[k]));
  CHECK(result->classes[referenceGrid().index(2, 3)] == HotspotClass::Hot99);
}

TEST_CASE("Benjamini-Hochberg adjusted p-values", "[hotspots]")
{
  // By hand (n = 8): sorted p = .0001 .0004 .01 .06 .062 .07 .1 .8; n·p/rank = .0008 .0016 .02667 .12 .0992
  // .09333 .11429 .8; running minimum from the top (same as R's p.adjust(p, "BH")).
  const std::vector<double> p = {0.01, 0.0001, 0.0004, 0.06, 0.07, 0.8, 0.1, 0.062};
  const std::vector<double> expected = {
    0.02666666666666667, 0.0008, 0.0016, 0.09333333333333334, 0.09333333333333334, 0.8, 0.1142857142857143, 0.09333333333333334};
  const std::vector<double> adjusted = benjaminiHochberg(p);
  REQUIRE(adjusted.size() == expected.size());
  for (std::size_t k = 0; k < p.size(); ++k)
    CHECK(adjusted[k] == Approx(expected[k]).epsilon(1e-12));
  // Ties and a value that would exceed 1 after scaling.
  const std::vector<double> tied = benjaminiHochberg({0.5, 0.5, 0.9, 0.01});
  CHECK(tied[0] == Approx(0.6666666666666666));
  CHECK(tied[1] == Approx(0.6666666666666666));
  CHECK(tied[2] == Approx(0.9));
  CHECK(tied[3] == Approx(0.04));
  CHECK(benjaminiHochberg({}).empty());
}

TEST_CASE("Gi* of a constant grid is not significant anywhere", "[hotspots]")
{
  const Grid grid = referenceGrid();
  const auto result = GetisOrdGiStar(100.0).compute(grid, std::vector<double>(grid.cellCount(), 2.0));
  REQUIRE(result.ok());
  for (std::size_t k = 0; k < grid.cellCount(); ++k)
  {
    CHECK(result->z[k] == 0.0);
    CHECK(result->classes[k] == HotspotClass::NotSignificant);
  }
  const auto wrongSize = GetisOrdGiStar(100.0).compute(grid, {1.0, 2.0});
  REQUIRE_FALSE(wrongSize.ok());
  const auto badDistance = GetisOrdGiStar(0.0).compute(grid, kCounts);
  REQUIRE_FALSE(badDistance.ok());
  CHECK(badDistance.error().message.contains(QStringLiteral("distance")));
}

TEST_CASE("hot spot trends between two periods", "[hotspots]")
{
  using C = HotspotClass;
  CHECK(classifyTrend(C::NotSignificant, C::Hot90) == HotspotTrend::New);
  CHECK(classifyTrend(C::Cold99, C::Hot99) == HotspotTrend::New);
  CHECK(classifyTrend(C::Hot95, C::Hot95) == HotspotTrend::Persistent);
  CHECK(classifyTrend(C::Hot90, C::Hot99) == HotspotTrend::Intensifying);
  CHECK(classifyTrend(C::Hot99, C::Hot95) == HotspotTrend::Diminishing);
  CHECK(classifyTrend(C::Hot90, C::NotSignificant) == HotspotTrend::Disappearing);
  CHECK(classifyTrend(C::NotSignificant, C::Cold95) == HotspotTrend::None);
  CHECK(hotspotTrendName(HotspotTrend::Intensifying) == QStringLiteral("intensifying"));

  // Period A: a cluster in the west; period B: the same cluster and a new one in the east.
  const auto grid = Grid::covering(BoundingBox{0.0, 0.0, 1000.0, 1000.0}, 50.0);
  REQUIRE(grid.ok());
  std::vector<PointXY> a, b;
  for (int k = 0; k < 60; ++k)
  {
    const PointXY west{200.0 + (k % 5) * 11.0, 500.0 + (k % 7) * 9.0};
    a.push_back(west);
    b.push_back(west);
    b.push_back({800.0 + (k % 6) * 10.0, 300.0 + (k % 4) * 12.0});
  }
  for (int k = 0; k < 200; ++k)
  {
    const PointXY background{(k * 37) % 1000 + 0.5, (k * 53) % 1000 + 0.5};
    a.push_back(background);
    b.push_back(background);
  }
  const auto comparison = compareHotspots(*grid, a, b, 125.0);
  REQUIRE(comparison.ok());
  int column = 0, row = 0;
  REQUIRE(grid->cellOf({820.0, 310.0}, column, row));
  CHECK(comparison->trends[grid->index(column, row)] == HotspotTrend::New);
  REQUIRE(grid->cellOf({210.0, 510.0}, column, row));
  CHECK(hotLevel(comparison->classesA[grid->index(column, row)]) > 0);
  CHECK(hotLevel(comparison->classesB[grid->index(column, row)]) > 0);
  for (std::size_t k = 0; k < grid->cellCount(); ++k)
    CHECK(comparison->trends[k] == classifyTrend(comparison->classesA[k], comparison->classesB[k]));
  const auto nothing = compareHotspots(*grid, {}, b, 125.0);
  REQUIRE_FALSE(nothing.ok());
}
