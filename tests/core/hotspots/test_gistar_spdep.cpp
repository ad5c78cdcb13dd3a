// Gi* z-scores against R spdep's localG() (include.self(), style "B"): the reference values are in
// tests/fixtures/spdep/localg_reference.csv, written once by make_localg.R beside it (the test
// never calls R). 12 × 9 cells with empty cells and clusters; distance bands 1, 1.5 (diagonal
// neighbours included) and 2.5 cells.
#include "hotspots/getisordgistar.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace lagesbild;

namespace
{
struct ReferenceCell
{
    int row = 0;
    int column = 0;
    double count = 0.0;
    double z = 0.0;
};

struct ReferenceCase
{
    double bandInCells = 0.0;
    std::vector<ReferenceCell> cells;
};

//! The fixture's cases by number; fails the test when the file is missing or malformed.
std::map<int, ReferenceCase> readReference()
{
  QFile file(QStringLiteral(LAGESBILD_SPDEP_FIXTURE));
  INFO("fixture " << LAGESBILD_SPDEP_FIXTURE);
  REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  std::map<int, ReferenceCase> cases;
  bool headerSeen = false;
  int lineNumber = 0;
  while (!file.atEnd())
  {
    ++lineNumber;
    const QString line = QString::fromUtf8(file.readLine()).trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
      continue;
    if (!headerSeen)
    {
      REQUIRE(line == QStringLiteral("case,band,row,column,count,z"));
      headerSeen = true;
      continue;
    }
    const QStringList fields = line.split(QLatin1Char(','));
    INFO("line " << lineNumber << ": " << line.toStdString());
    REQUIRE(fields.size() == 6);
    bool ok[6] = {};
    const int number = fields[0].toInt(&ok[0]);
    ReferenceCase &reference = cases[number];
    reference.bandInCells = fields[1].toDouble(&ok[1]);
    ReferenceCell cell;
    cell.row = fields[2].toInt(&ok[2]);
    cell.column = fields[3].toInt(&ok[3]);
    cell.count = fields[4].toDouble(&ok[4]);
    cell.z = fields[5].toDouble(&ok[5]);
    for (bool fieldOk : ok)
      REQUIRE(fieldOk);
    reference.cells.push_back(cell);
  }
  return cases;
}
} // namespace

TEST_CASE("Gi* z equals R spdep localG with include.self and style B to 1e-9", "[hotspots]")
{
  const std::map<int, ReferenceCase> cases = readReference();
  REQUIRE(cases.size() == 3);
  const double cell = 100.0;
  // 12 × 9 cells of 100 m, aligned at x = 500000, y = 6500000 (row 0 south, as in the fixture).
  const auto grid = Grid::covering(BoundingBox{500000.0, 6500000.0, 500000.0 + 12 * cell, 6500000.0 + 9 * cell}, cell);
  REQUIRE(grid.ok());
  REQUIRE(grid->columns() == 12);
  REQUIRE(grid->rows() == 9);
  for (const auto &[number, reference] : cases)
  {
    INFO("case " << number << ", band " << reference.bandInCells << " cells");
    REQUIRE(reference.cells.size() == grid->cellCount());
    std::vector<double> counts(grid->cellCount(), -1.0);
    for (const ReferenceCell &at : reference.cells)
      counts[grid->index(at.column, at.row)] = at.count;
    const auto result = GetisOrdGiStar(reference.bandInCells * cell).compute(*grid, counts);
    REQUIRE(result.ok());
    double worst = 0.0;
    int significant = 0;
    for (const ReferenceCell &at : reference.cells)
    {
      const double ours = result->z[grid->index(at.column, at.row)];
      worst = std::max(worst, std::fabs(ours - at.z) / std::max(1.0, std::fabs(at.z)));
      significant += std::fabs(at.z) > 1.96;
    }
    INFO("worst difference (relative above |z| = 1) " << worst);
    CHECK(worst <= 1e-9);
    CHECK(significant > 0); // the fixture has hot or cold spots to get right
  }
}
