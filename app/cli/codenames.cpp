#include "codenames.h"

#include "cli/timelabels.h"
#include "model/categorynames.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

namespace lagesbild::cli
{

CodeNames CodeNames::load(const IncidentStore &store)
{
  CodeNames names;
  if (const auto categories = store.categories())
  {
    const CategoryNames categoryNames(*categories);
    for (const Category &category : *categories)
      names.mCategories.insert(category.code, categoryNames.name(category));
  }
  if (const auto sources = store.sources())
    for (const Source &source : *sources)
      names.mSources.insert(source.code, source.name.isEmpty() ? source.code : source.name);
  if (const auto areas = store.areas())
    for (const Area &area : *areas)
      names.mAreas.insert(area.code, area.name.isEmpty() ? area.code : area.name);
  return names;
}

QString CodeNames::area(const QString &code) const
{
  if (code.isEmpty())
    return QCoreApplication::translate("cli", "(outside named areas)");
  return mAreas.value(code, code);
}

QString CodeNames::group(GroupField field, const QString &key) const
{
  switch (field)
  {
  case GroupField::Category:
    return category(key);
  case GroupField::Source:
    return source(key);
  case GroupField::Area:
    return area(key);
  case GroupField::Hour:
    return TimeLabels::hourSpan(key.toInt());
  case GroupField::Weekday:
    return TimeLabels::weekday(key.toInt());
  case GroupField::Month:
    return TimeLabels::month(key.toInt());
  default:
    return key;
  }
}

} // namespace lagesbild::cli
