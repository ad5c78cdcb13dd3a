// GroupLabels: readable names for the keys of a grouped count — category and source names
// from the store, area names, "22–23" for hours, Swedish weekday and month names.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <QHash>
#include <QString>

#include <vector>

namespace lagesbild
{

class GroupLabels
{
  public:
    GroupLabels() = default;
    GroupLabels(const std::vector<Category> &categories, const std::vector<Source> &sources, const std::vector<Area> &areas);

    QString label(GroupField field, const QString &key) const;
    //! "måndag" … "söndag" for ISO weekdays 1..7.
    static QString weekdayName(int isoWeekday);
    //! Short month name "jan" … "dec".
    static QString monthName(int month);

  private:
    QHash<QString, QString> mCategories;
    QHash<QString, QString> mSources;
    QHash<QString, QString> mAreas;
};

} // namespace lagesbild
