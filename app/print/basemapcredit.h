// BaseMapCredit: the base map's credit ("Bakgrundskarta: © OpenStreetMap-bidragsgivare") in small
// grey type just under each printed map that draws the base map, right-aligned to the map's edge,
// where map users look for it. Kept out of the sheet's one-line source footer, which a long credit
// would push off the page.
#pragma once

#include <QStringList>

class QgsLayoutItemMap;
class QgsLayoutItemLabel;

namespace lagesbild
{

class BaseMapCredit
{
  public:
    static constexpr double kPoints = 6.5;
    static constexpr double kHeightMm = 3.5;
    static constexpr double kGapMm = 0.8;

    //! Adds the credit under map (item id "<map id>-credit"); nullptr when credits is empty.
    static QgsLayoutItemLabel *add(QgsLayoutItemMap *map, const QStringList &credits);
};

} // namespace lagesbild
