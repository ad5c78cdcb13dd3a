// ReferenceResolver: turns category and source values as written in a file ("Skadegörelse",
// "AB Kungsörs Fastigheter") into the store's codes — through the mapping's value maps, then by
// code, Swedish or English name — and creates a new category or source under its own name
// (code = slug of the name) when nothing matches, so unknown values are reported, not dropped.
// Names are masked (IdentityNumberMasker) before anything is made of them; a new name that is
// too long or holds control characters is refused (TextLimits).
#pragma once

#include "columnmapping.h"
#include "common/result.h"
#include "geocoding/geocoder.h"
#include "model/reference.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace lagesbild::importer
{

//! The categories and sources already in the store.
struct KnownReferences
{
    std::vector<Category> categories;
    std::vector<Source> sources;
    //! The address register and the store's areas as named places, for rows without
    //! coordinates; null when the store has neither.
    std::shared_ptr<const geocoding::Geocoder> places;
    //! Area codes by case-folded code and name, for an area column.
    QHash<QString, QString> areaCodes;
};

class ReferenceResolver
{
  public:
    ReferenceResolver(const KnownReferences &known, const ColumnMapping *mapping);

    //! Stable ASCII code of a name: "Skadegörelse/klotter" → "skadegorelse_klotter".
    static QString slug(const QString &name);

    //! The code of a category or source value; an error (BadInput, the message names what is
    //! wrong) when a new one would have to be created under an unusable name.
    Result<QString> categoryCode(const QString &value, IncidentKind kind);
    Result<QString> sourceCode(const QString &value);

    //! Categories and sources that are not in the store yet, in order of first use.
    const std::vector<Category> &newCategories() const { return mNewCategories; }
    const std::vector<Source> &newSources() const { return mNewSources; }

  private:
    //! Normalised code / name / slug → code, for each kind (0: crime, 1: report) and for any kind.
    QHash<QString, QString> mCategoryLookup[3];
    QHash<QString, QString> mSourceLookup;
    QHash<QString, QString> mCategoryValueMap;
    QHash<QString, QString> mSourceValueMap;
    std::vector<Category> mNewCategories;
    std::vector<Source> mNewSources;
};

} // namespace lagesbild::importer
