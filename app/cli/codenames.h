// CodeNames: the names people read for the codes the store keeps — Swedish category names,
// source (organisation) names and area names — for lagesbild-cli's human tables.
#pragma once

#include "model/incidentfilter.h"

#include <QHash>
#include <QString>

namespace lagesbild
{
class IncidentStore;
}

namespace lagesbild::cli
{

//! Display names for codes: Swedish category names, source and area names.
class CodeNames
{
  public:
    static CodeNames load(const IncidentStore &store);
    QString category(const QString &code) const { return mCategories.value(code, code); }
    QString source(const QString &code) const { return mSources.value(code, code); }
    QString area(const QString &code) const;
    //! The name of a comparison group: a category, source or area name, or an hour, weekday or month.
    QString group(GroupField field, const QString &key) const;

  private:
    QHash<QString, QString> mCategories;
    QHash<QString, QString> mSources;
    QHash<QString, QString> mAreas;
};

} // namespace lagesbild::cli
