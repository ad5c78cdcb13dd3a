#include "grouplabels.h"

#include "model/categorynames.h"

#include <QCoreApplication>
#include <QLocale>

namespace lagesbild
{

GroupLabels::GroupLabels(const std::vector<Category> &categories, const std::vector<Source> &sources, const std::vector<Area> &areas)
{
  // "Skadegörelse (anmält brott)" and "Skadegörelse (lägesrapport)": never two groups of one name.
  const CategoryNames names(categories, QLocale().language() == QLocale::Swedish);
  for (const Category &category : categories)
    mCategories.insert(category.code, names.name(category));
  for (const Source &source : sources)
    mSources.insert(source.code, source.name.isEmpty() ? source.code : source.name);
  for (const Area &area : areas)
    mAreas.insert(area.code, area.name.isEmpty() ? area.code : area.name);
}

QString GroupLabels::weekdayName(int isoWeekday)
{
  return QLocale(QLocale::Swedish, QLocale::Sweden).dayName(isoWeekday, QLocale::LongFormat);
}

QString GroupLabels::monthName(int month)
{
  return QLocale(QLocale::Swedish, QLocale::Sweden).monthName(month, QLocale::ShortFormat);
}

QString GroupLabels::label(GroupField field, const QString &key) const
{
  switch (field)
  {
  case GroupField::Category:
    return mCategories.value(key, key);
  case GroupField::Source:
    return mSources.value(key, key);
  case GroupField::Area:
    return key.isEmpty() ? QCoreApplication::translate("GroupLabels", "Outside every area") : mAreas.value(key, key);
  case GroupField::Hour:
  {
    const int hour = key.toInt();
    return QStringLiteral("%1–%2").arg(hour, 2, 10, QLatin1Char('0')).arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
  }
  case GroupField::Weekday:
    return weekdayName(key.toInt());
  case GroupField::Month:
    return QLocale(QLocale::Swedish, QLocale::Sweden).monthName(key.toInt(), QLocale::LongFormat);
  default:
    return key;
  }
}

} // namespace lagesbild
