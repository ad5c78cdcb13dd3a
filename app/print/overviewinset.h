// OverviewInset: a small map of the whole municipality in a corner of a printed map sheet, with
// the main map's extent framed in red, so a sheet zoomed to the town still shows where in the
// municipality it is. Drawn with the municipality's outline, the built-up areas and the base map.
#pragma once

#include <QList>
#include <QString>

class QgsLayoutItemMap;
class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;
class QgsRectangle;

namespace lagesbild
{

class OverviewInset
{
  public:
    static constexpr double kSizeMm = 44.0;
    static constexpr double kMarginMm = 3.0;
    //! The inset shows the municipality with this much room around it (1.05 = 5 %).
    static constexpr double kPadding = 1.05;
    //! The inset is left out when the main map shows more than this share of the municipality's width.
    static constexpr double kMaximumShare = 0.6;

    //! Adds the inset (item id "overview") in the bottom-right corner of main, with the store's
    //! municipality and built-up areas over baseMap (owned by project); nullptr when main already
    //! shows most of the municipality or the store has no municipality.
    static QgsLayoutItemMap *add(QgsPrintLayout *layout, QgsProject *project, QgsLayoutItemMap *main, const QString &storePath,
                                 const QList<QgsMapLayer *> &baseMap);
};

} // namespace lagesbild
