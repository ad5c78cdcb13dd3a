// CategoryNames: the name a person sees for a category, everywhere one is named (layer tree,
// filter, tables, charts, legends, print, CLI). A crime category and a report category may share
// a name ("Skadegörelse" is both); such names carry their kind — "Skadegörelse (anmält brott)",
// "Skadegörelse (lägesrapport)" — so the two are never mistaken for each other.
#pragma once

#include "reference.h"

#include <QHash>
#include <QString>

#include <vector>

namespace lagesbild
{

class CategoryNames
{
  public:
    CategoryNames() = default;
    //! swedish: Swedish names and kinds (nameSv), else English (nameEn, falling back to nameSv).
    explicit CategoryNames(const std::vector<Category> &categories, bool swedish = true);

    //! The name of a category code, with its kind when another kind has a category of that name;
    //! the code itself when unknown.
    QString name(const QString &code) const;
    //! The name of a category as name(category.code) would give it.
    QString name(const Category &category) const;
    //! The kind in words, for suffixes and headings: "anmält brott" / "lägesrapport".
    static QString kindWord(IncidentKind kind, bool swedish = true);

  private:
    QHash<QString, QString> mNames;
};

} // namespace lagesbild
