#include "categorynames.h"

#include <QSet>

namespace lagesbild
{
namespace
{
QString plainName(const Category &category, bool swedish)
{
  const QString name = swedish || category.nameEn.isEmpty() ? category.nameSv : category.nameEn;
  return name.isEmpty() ? category.code : name;
}
} // namespace

CategoryNames::CategoryNames(const std::vector<Category> &categories, bool swedish)
{
  QHash<QString, QSet<int>> kindsOfName;
  for (const Category &category : categories)
    kindsOfName[plainName(category, swedish).toCaseFolded()].insert(static_cast<int>(category.kind));
  for (const Category &category : categories)
  {
    const QString plain = plainName(category, swedish);
    const bool shared = kindsOfName.value(plain.toCaseFolded()).size() > 1;
    mNames.insert(category.code, shared ? QStringLiteral("%1 (%2)").arg(plain, kindWord(category.kind, swedish)) : plain);
  }
}

QString CategoryNames::name(const QString &code) const
{
  return mNames.value(code, code);
}

QString CategoryNames::name(const Category &category) const
{
  return mNames.value(category.code, category.nameSv.isEmpty() ? category.code : category.nameSv);
}

QString CategoryNames::kindWord(IncidentKind kind, bool swedish)
{
  if (swedish)
    return kind == IncidentKind::Crime ? QStringLiteral("anmält brott") : QStringLiteral("lägesrapport");
  return kind == IncidentKind::Crime ? QStringLiteral("reported crime") : QStringLiteral("lägesbild report");
}

} // namespace lagesbild
