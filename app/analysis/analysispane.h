// AnalysisPane: the analyst's pane (a dock in the main window) — period comparison and time
// patterns under the same filter as the map. It follows the filter panel; clicking a table row
// or matrix cells sets the filter panel (and so the map) to that group.
#pragma once

#include "model/incidentfilter.h"

#include <QWidget>

#include <optional>

class QTabWidget;

namespace lagesbild
{

class ComparisonTab;
class FilterPanel;
class PatternsTab;
class StoreSession;

class AnalysisPane : public QWidget
{
    Q_OBJECT

  public:
    AnalysisPane(StoreSession *session, FilterPanel *filterPanel, QWidget *parent = nullptr);

    ComparisonTab *comparisonTab() const { return mComparison; }
    PatternsTab *patternsTab() const { return mPatterns; }
    QTabWidget *tabs() const { return mTabs; }

    //! Re-reads the filter panel and recomputes every tab (after a store is opened).
    void refresh();
    //! While held, a filter change only marks the pane out of date; release() brings it up to
    //! date. The window holds it until the map is drawn: its counts run on the UI thread and take
    //! seconds on a police region's decade, and the map comes first.
    void hold();
    void release();

  private:
    void filterPanelChanged();
    void applyFilter(const IncidentFilter &filter);
    void periodsChanged();

    StoreSession *mSession = nullptr;
    FilterPanel *mFilterPanel = nullptr;
    QTabWidget *mTabs = nullptr;
    ComparisonTab *mComparison = nullptr;
    PatternsTab *mPatterns = nullptr;
    //! The filter the pane itself set: its echo from the panel does not recompute the pane.
    std::optional<IncidentFilter> mOwnFilter;
    bool mHeld = false;
    bool mOutOfDate = false; //!< a refresh was asked for while held
};

} // namespace lagesbild
