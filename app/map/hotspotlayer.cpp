#include "hotspotlayer.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsrendererrange.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>

namespace lagesbild
{
namespace
{
struct ClassStyle
{
    const char *code;
    const char *colour;
    const char *label;
};

QgsFillSymbol *cellSymbol(const QString &colour, const QString &outline = QString())
{
  QVariantMap properties{{QStringLiteral("color"), colour}};
  if (outline.isEmpty())
    properties.insert(QStringLiteral("outline_style"), QStringLiteral("no"));
  else
  {
    properties.insert(QStringLiteral("outline_color"), outline);
    properties.insert(QStringLiteral("outline_width"), QStringLiteral("0.3"));
  }
  return QgsFillSymbol::createSimple(properties);
}

template<std::size_t N>
void applyCategories(QgsVectorLayer *layer, const QString &field, const ClassStyle (&classes)[N], const QString &outline = QString())
{
  QgsCategoryList categories;
  for (const ClassStyle &entry : classes)
    categories << QgsRendererCategory(QString::fromLatin1(entry.code), cellSymbol(QString::fromLatin1(entry.colour), outline),
                                      QCoreApplication::translate("HotspotLayer", entry.label));
  layer->setRenderer(new QgsCategorizedSymbolRenderer(field, categories));
}

std::unique_ptr<QgsVectorLayer> openCells(const QString &path, const QString &name, QString *error)
{
  auto layer = std::make_unique<QgsVectorLayer>(path, name, QStringLiteral("ogr"));
  if (!layer->isValid())
  {
    if (error)
      *error = QCoreApplication::translate("HotspotLayer", "The hot-spot grid could not be read back from %1").arg(path);
    return nullptr;
  }
  return layer;
}

//! Symmetric classes around zero for the change per cell: a decrease in blues, an increase in
//! reds, the breaks spread up to the largest change so a few big changes stand out.
void applyChangeRanges(QgsVectorLayer *layer)
{
  const int field = layer->fields().lookupField(QStringLiteral("change"));
  const double largest = std::max(std::abs(layer->minimumValue(field).toDouble()), std::abs(layer->maximumValue(field).toDouble()));
  const double top = std::max(3.0, std::ceil(largest));
  const double low = std::max(1.0, std::round(top / 3.0));
  const double mid = std::max(low + 1.0, std::round(2.0 * top / 3.0));
  const struct
  {
      double from;
      double to;
      const char *colour;
  } ranges[] = {
    {-top - 0.5, -mid - 0.5, "33,102,172,170"}, {-mid - 0.5, -low - 0.5, "103,169,207,160"}, {-low - 0.5, -0.5, "209,229,240,150"},
    {0.5, low + 0.5, "253,219,199,150"},        {low + 0.5, mid + 0.5, "239,138,98,160"},    {mid + 0.5, top + 0.5, "178,24,43,170"},
  };
  auto label = [](double from, double to)
  {
    const int first = static_cast<int>(std::ceil(from));
    const int last = static_cast<int>(std::floor(to));
    const QString sign = first > 0 ? QStringLiteral("+") : QString();
    auto text = [&sign](int value)
    { return (value > 0 ? sign : QString()) + QString::number(value).replace(QLatin1Char('-'), QChar(0x2212)); };
    return first == last ? text(first) : QStringLiteral("%1 … %2").arg(text(first), text(last));
  };
  QgsRangeList list;
  for (const auto &range : ranges)
    list << QgsRendererRange(range.from, range.to, cellSymbol(QString::fromLatin1(range.colour)), label(range.from, range.to));
  layer->setRenderer(new QgsGraduatedSymbolRenderer(QStringLiteral("change"), list));
}
} // namespace

QgsVectorLayer *HotspotLayer::openGiStar(const QString &path, QString *error)
{
  auto layer = openCells(path, QCoreApplication::translate("HotspotLayer", "Hot spots (Gi*)"), error);
  if (!layer)
    return nullptr;
  // Only significant cells are drawn: the rest would only hide the map.
  layer->setSubsetString(QStringLiteral("class <> 'ns'"));
  const ClassStyle classes[] = {
    {"hot99", "215,48,39,200", QT_TRANSLATE_NOOP("HotspotLayer", "Hot spot, 99 % confidence")},
    {"hot95", "252,141,89,190", QT_TRANSLATE_NOOP("HotspotLayer", "Hot spot, 95 % confidence")},
    {"hot90", "254,224,144,180", QT_TRANSLATE_NOOP("HotspotLayer", "Hot spot, 90 % confidence")},
    {"cold90", "224,243,248,180", QT_TRANSLATE_NOOP("HotspotLayer", "Cold spot, 90 % confidence")},
    {"cold95", "145,191,219,190", QT_TRANSLATE_NOOP("HotspotLayer", "Cold spot, 95 % confidence")},
    {"cold99", "69,117,180,200", QT_TRANSLATE_NOOP("HotspotLayer", "Cold spot, 99 % confidence")},
  };
  applyCategories(layer.get(), QStringLiteral("class"), classes);
  return layer.release();
}

std::vector<QgsVectorLayer *> HotspotLayer::openChange(const QString &path, QString *error)
{
  auto change = openCells(path, QCoreApplication::translate("HotspotLayer", "Change in incidents per cell (B − A)"), error);
  auto trend = openCells(path, QCoreApplication::translate("HotspotLayer", "Hot-spot change (Gi*, A → B)"), error);
  if (!change || !trend)
    return {};
  change->setSubsetString(QStringLiteral("change <> 0"));
  applyChangeRanges(change.get());
  trend->setSubsetString(QStringLiteral("trend <> 'none'"));
  // Dark outlines keep the classes apart from the change colours beneath, also in greyscale.
  const ClassStyle classes[] = {
    {"new", "215,48,39,230", QT_TRANSLATE_NOOP("HotspotLayer", "New hot spot")},
    {"intensifying", "127,0,0,230", QT_TRANSLATE_NOOP("HotspotLayer", "Intensifying hot spot")},
    {"persistent", "253,174,97,230", QT_TRANSLATE_NOOP("HotspotLayer", "Persistent hot spot")},
    {"diminishing", "116,173,209,230", QT_TRANSLATE_NOOP("HotspotLayer", "Diminishing hot spot")},
    {"disappearing", "49,54,149,230", QT_TRANSLATE_NOOP("HotspotLayer", "Disappearing hot spot")},
  };
  applyCategories(trend.get(), QStringLiteral("trend"), classes, QStringLiteral("35,35,35,255"));
  return {change.release(), trend.release()};
}

} // namespace lagesbild
