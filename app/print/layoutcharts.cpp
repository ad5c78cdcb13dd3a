#include "layoutcharts.h"

#include "layoutstyle.h"
#include "reportwording.h"

#include <qgsfillsymbol.h>
#include <qgslayout.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemshape.h>

#include <algorithm>

namespace lagesbild
{
namespace
{
void bar(QgsLayout *layout, int page, const QRectF &rect, const QColor &colour)
{
  auto *item = new QgsLayoutItemShape(layout);
  item->setShapeType(QgsLayoutItemShape::Rectangle);
  QVariantMap properties;
  properties.insert(QStringLiteral("color"), colour.name(QColor::HexArgb));
  properties.insert(QStringLiteral("style"), QStringLiteral("solid"));
  properties.insert(QStringLiteral("outline_style"), QStringLiteral("no"));
  item->setSymbol(QgsFillSymbol::createSimple(properties));
  layout->addLayoutItem(item);
  LayoutStyle::place(item, page, rect);
}

void text(QgsLayout *layout, int page, const QRectF &rect, const QString &value, Qt::AlignmentFlag alignment)
{
  auto *item = new QgsLayoutItemLabel(layout);
  item->setText(value);
  item->setFont(LayoutStyle::font(6.0));
  item->setHAlign(alignment);
  item->setVAlign(Qt::AlignTop);
  item->setMargin(0.0);
  layout->addLayoutItem(item);
  LayoutStyle::place(item, page, rect);
}

//! The axis: a base line, the largest value at the top and 0 at the bottom, left of the plot.
void axis(QgsLayout *layout, int page, const QRectF &plot, std::int64_t largest)
{
  bar(layout, page, QRectF(plot.x(), plot.bottom(), plot.width(), 0.2), Qt::black);
  text(layout, page, QRectF(plot.x() - 8.5, plot.y() - 1.5, 7.5, 3.5), ReportWording::integer(largest), Qt::AlignRight);
  text(layout, page, QRectF(plot.x() - 8.5, plot.bottom() - 2.5, 7.5, 3.5), QStringLiteral("0"), Qt::AlignRight);
}
} // namespace

void LayoutCharts::monthlyBars(QgsLayout *layout, int page, const QRectF &rect, const std::vector<KeyCount> &months,
                               const std::vector<KeyCount> *earlier)
{
  if (months.empty())
    return;
  const QRectF plot(rect.x() + 8.0, rect.y(), rect.width() - 8.0, rect.height() - 5.0);
  std::int64_t largest = 1;
  for (const KeyCount &month : months)
    largest = std::max(largest, month.count);
  if (earlier)
  {
    for (const KeyCount &month : *earlier)
      largest = std::max(largest, month.count);
  }
  const std::size_t slotCount = std::max(months.size(), earlier ? earlier->size() : std::size_t{0});
  const double slot = plot.width() / static_cast<double>(slotCount);
  const double barWidth = earlier ? slot * 0.4 : slot * 0.7;
  auto height = [&](std::int64_t count) { return plot.height() * static_cast<double>(count) / static_cast<double>(largest); };
  static const char *const initials[] = {"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"};
  for (std::size_t index = 0; index < slotCount; ++index)
  {
    const double x = plot.x() + slot * static_cast<double>(index) + slot * 0.1;
    if (earlier && index < earlier->size() && (*earlier)[index].count > 0)
    {
      const double h = height((*earlier)[index].count);
      bar(layout, page, QRectF(x, plot.bottom() - h, barWidth, h), QColor(QStringLiteral("#9e9e9e")));
    }
    if (index < months.size() && months[index].count > 0)
    {
      const double h = height(months[index].count);
      bar(layout, page, QRectF(earlier ? x + barWidth : x, plot.bottom() - h, barWidth, h), QColor(QStringLiteral("#cb181d")));
    }
    if (index < months.size())
    {
      const int month = months[index].key.mid(5, 2).toInt();
      text(layout, page, QRectF(x, plot.bottom() + 0.8, slot * 0.8, 3.5), QString::fromLatin1(initials[(month + 11) % 12]),
           Qt::AlignHCenter);
    }
  }
  axis(layout, page, plot, largest);
}

void LayoutCharts::weeklyTimeline(QgsLayout *layout, int page, const QRectF &rect, const std::vector<TimelineWeek> &weeks,
                                  const DateRange &intervention)
{
  if (weeks.empty())
    return;
  const QRectF plot(rect.x() + 8.0, rect.y(), rect.width() - 8.0, rect.height() - 5.0);
  std::int64_t largest = 1;
  for (const TimelineWeek &week : weeks)
    largest = std::max({largest, week.treated, week.buffer});
  const double slot = plot.width() / static_cast<double>(weeks.size());
  auto height = [&](std::int64_t count) { return plot.height() * static_cast<double>(count) / static_cast<double>(largest); };
  for (std::size_t index = 0; index < weeks.size(); ++index)
  {
    const TimelineWeek &week = weeks[index];
    const double x = plot.x() + slot * static_cast<double>(index);
    // The days of this week the intervention ran.
    const QDate first = std::max(week.weekStart, intervention.from());
    const QDate last = std::min(week.weekStart.addDays(6), intervention.to());
    if (first <= last)
    {
      const double left = x + slot * static_cast<double>(week.weekStart.daysTo(first)) / 7.0;
      const double width = slot * static_cast<double>(first.daysTo(last) + 1) / 7.0;
      bar(layout, page, QRectF(left, plot.y(), width, plot.height()), QColor(QStringLiteral("#fde9a9")));
    }
    const double barWidth = slot * 0.38;
    if (week.treated > 0)
      bar(layout, page, QRectF(x + slot * 0.1, plot.bottom() - height(week.treated), barWidth, height(week.treated)),
          QColor(QStringLiteral("#cb181d")));
    if (week.buffer > 0)
      bar(layout, page, QRectF(x + slot * 0.1 + barWidth, plot.bottom() - height(week.buffer), barWidth, height(week.buffer)),
          QColor(QStringLiteral("#9e9e9e")));
    const std::size_t every = std::max<std::size_t>(1, (weeks.size() + 7) / 8);
    if (index % every == 0)
      text(layout, page, QRectF(x, plot.bottom() + 0.8, slot * static_cast<double>(every), 3.5), QStringLiteral("v. %1").arg(week.isoWeek),
           Qt::AlignLeft);
  }
  axis(layout, page, plot, largest);
}

} // namespace lagesbild
