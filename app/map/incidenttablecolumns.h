// IncidentTableColumns: what the attribute table of the incidents layer shows a coordinator —
// local time first, then kind, category, reporter, area, place and description, each by name
// (the reporting organisation and the area read from the store's own tables through QGIS, the
// weekday by its name), with titles in the UI language. The store's bookkeeping columns (fid,
// UTC epoch seconds, location precision, import and de-duplication keys) stay in the layer but
// are hidden from the table. Applied after IncidentFields (which names categories and kinds).
#pragma once

#include <QStringList>

class QgsVectorLayer;

namespace lagesbild
{

class IncidentTableColumns
{
  public:
    static void apply(QgsVectorLayer *layer);
    //! The columns shown, in their order.
    static QStringList shownColumns();
    //! The store columns never shown in the table.
    static QStringList hiddenColumns();
};

} // namespace lagesbild
