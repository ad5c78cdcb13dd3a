#include "referenceresolver.h"

#include "identitynumbermasker.h"
#include "textlimits.h"

#include <array>

namespace lagesbild::importer
{
namespace
{
void addLookup(QHash<QString, QString> &lookup, const QString &key, const QString &code)
{
  if (!key.trimmed().isEmpty() && !lookup.contains(ColumnMapping::normalizedValue(key)))
    lookup.insert(ColumnMapping::normalizedValue(key), code);
}

QString lookUp(const QHash<QString, QString> &lookup, const QString &value)
{
  const QString key = ColumnMapping::normalizedValue(value);
  auto it = lookup.constFind(key);
  if (it != lookup.constEnd())
    return *it;
  it = lookup.constFind(ReferenceResolver::slug(value));
  return it != lookup.constEnd() ? *it : QString();
}

constexpr int kAnyKind = 2;

int kindSlot(IncidentKind kind)
{
  return kind == IncidentKind::Crime ? 0 : 1;
}

//! A readable colour for a new category, the same for the same code.
QString colourFor(const QString &code)
{
  static constexpr std::array<const char *, 10> kPalette = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                                            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
  return QString::fromLatin1(kPalette[qHash(code) % kPalette.size()]);
}
} // namespace

ReferenceResolver::ReferenceResolver(const KnownReferences &known, const ColumnMapping *mapping)
{
  for (const Category &category : known.categories)
  {
    for (QHash<QString, QString> *lookup : {&mCategoryLookup[kindSlot(category.kind)], &mCategoryLookup[kAnyKind]})
    {
      addLookup(*lookup, category.code, category.code);
      addLookup(*lookup, category.nameSv, category.code);
      addLookup(*lookup, category.nameEn, category.code);
      addLookup(*lookup, slug(category.nameSv), category.code);
    }
  }
  for (const Source &source : known.sources)
  {
    addLookup(mSourceLookup, source.code, source.code);
    addLookup(mSourceLookup, source.name, source.code);
    addLookup(mSourceLookup, slug(source.name), source.code);
  }
  if (mapping)
  {
    mCategoryValueMap = mapping->categoryValues;
    mSourceValueMap = mapping->sourceValues;
  }
}

QString ReferenceResolver::slug(const QString &name)
{
  const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
  QString result;
  result.reserve(decomposed.size());
  bool pendingSeparator = false;
  for (const QChar c : decomposed)
  {
    if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
    {
      if (pendingSeparator && !result.isEmpty())
        result.append(QLatin1Char('_'));
      pendingSeparator = false;
      result.append(c);
    }
    else if (c.category() != QChar::Mark_NonSpacing)
      pendingSeparator = true;
  }
  return result.isEmpty() ? QStringLiteral("okand") : result;
}

Result<QString> ReferenceResolver::categoryCode(const QString &value, IncidentKind kind)
{
  QString name = value.trimmed();
  const auto mapped = mCategoryValueMap.constFind(ColumnMapping::normalizedValue(name));
  if (mapped != mCategoryValueMap.constEnd())
    name = *mapped;
  IdentityNumberMasker::mask(name);
  // The same kind first: "Skadegörelse" is a crime category and a report category.
  QString known = lookUp(mCategoryLookup[kindSlot(kind)], name);
  if (known.isEmpty())
    known = lookUp(mCategoryLookup[kAnyKind], name);
  if (!known.isEmpty())
    return known;
  if (const QString problem = TextLimits::referenceNameProblem(name); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, problem);
  Category category;
  category.code = slug(name);
  category.nameSv = name;
  category.nameEn = name;
  category.kind = kind;
  category.colour = colourFor(category.code);
  mNewCategories.push_back(category);
  addLookup(mCategoryLookup[kAnyKind], name, category.code);
  addLookup(mCategoryLookup[kAnyKind], category.code, category.code);
  return category.code;
}

Result<QString> ReferenceResolver::sourceCode(const QString &value)
{
  QString name = value.trimmed();
  const auto mapped = mSourceValueMap.constFind(ColumnMapping::normalizedValue(name));
  if (mapped != mSourceValueMap.constEnd())
    name = *mapped;
  IdentityNumberMasker::mask(name);
  const QString known = lookUp(mSourceLookup, name);
  if (!known.isEmpty())
    return known;
  if (const QString problem = TextLimits::referenceNameProblem(name); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, problem);
  Source source;
  source.code = slug(name);
  source.name = name;
  mNewSources.push_back(source);
  addLookup(mSourceLookup, name, source.code);
  addLookup(mSourceLookup, source.code, source.code);
  return source.code;
}

} // namespace lagesbild::importer
