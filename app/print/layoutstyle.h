// LayoutStyle: the look shared by the default templates and the code that fills them — the
// DejaVu Sans fonts, text formats, and placing an item on a page in millimetres.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

class QgsLayoutItem;
class QgsTextFormat;

namespace lagesbild
{

class LayoutStyle
{
  public:
    static QFont font(double points, bool bold = false);
    static QgsTextFormat textFormat(double points, bool bold = false, const QColor &colour = Qt::black);
    //! Places an item on a page, in millimetres from the page's top-left corner.
    static void place(QgsLayoutItem *item, int page, const QRectF &rect);
    //! An item's rectangle in millimetres on its own page.
    static QRectF rectOnPage(const QgsLayoutItem *item);
};

} // namespace lagesbild
