#include "basemapcredit.h"

#include "layoutstyle.h"

#include <qgslayout.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmap.h>

namespace lagesbild
{

QgsLayoutItemLabel *BaseMapCredit::add(QgsLayoutItemMap *map, const QStringList &credits)
{
  if (credits.isEmpty() || !map->layout())
    return nullptr;
  auto *label = new QgsLayoutItemLabel(map->layout());
  // Printed sheets are in Swedish, like the rest of the report's wording.
  label->setText(QStringLiteral("Bakgrundskarta: ") + credits.join(QStringLiteral("; ")));
  label->setFont(LayoutStyle::font(kPoints));
  label->setFontColor(QColor(QStringLiteral("#555555")));
  label->setHAlign(Qt::AlignRight);
  label->setVAlign(Qt::AlignTop);
  label->setMargin(0.0);
  label->setId(map->id() + QStringLiteral("-credit"));
  map->layout()->addLayoutItem(label);
  const QRectF frame = LayoutStyle::rectOnPage(map);
  LayoutStyle::place(label, map->page(), QRectF(frame.left(), frame.bottom() + kGapMm, frame.width(), kHeightMm));
  return label;
}

} // namespace lagesbild
