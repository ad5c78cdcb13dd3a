#include "layoutstyle.h"

#include <qgslayout.h>
#include <qgslayoutitem.h>
#include <qgslayoutpoint.h>
#include <qgslayoutsize.h>
#include <qgstextformat.h>

namespace lagesbild
{

QFont LayoutStyle::font(double points, bool bold)
{
  QFont result(QStringLiteral("DejaVu Sans"));
  result.setPointSizeF(points);
  result.setBold(bold);
  return result;
}

QgsTextFormat LayoutStyle::textFormat(double points, bool bold, const QColor &colour)
{
  QgsTextFormat format;
  format.setFont(font(points, bold));
  format.setSize(points);
  format.setSizeUnit(QgsUnitTypes::RenderPoints);
  format.setColor(colour);
  return format;
}

void LayoutStyle::place(QgsLayoutItem *item, int page, const QRectF &rect)
{
  item->attemptResize(QgsLayoutSize(rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters));
  item->attemptMove(QgsLayoutPoint(rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters), true, false, page);
}

QRectF LayoutStyle::rectOnPage(const QgsLayoutItem *item)
{
  const QPointF topLeft = item->pagePos();
  return QRectF(topLeft, item->rect().size());
}

} // namespace lagesbild
