// PatternsTab: the time patterns of the analysis pane — the hour × weekday matrix of period B
// as shaded cells (select cells and click to show those weekdays and hours on the map), the
// monthly trend of A and B overlaid, and the share of each category in A and B; plain counts, or
// aoristic ones (each incident spread over its time window) when the toggle is on.
#pragma once

#include "analysis/timepatterns.h"
#include "common/result.h"
#include "grouplabels.h"
#include "patterncounts.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace QtCharts
{
class QChartView;
}

namespace lagesbild
{

class StoreSession;

class PatternsTab : public QWidget
{
    Q_OBJECT

  public:
    explicit PatternsTab(StoreSession *session, QWidget *parent = nullptr);

    void setPeriods(const DateRange &a, const DateRange &b);
    void setBaseFilter(const IncidentFilter &filter);
    void recompute();

    const std::optional<TimePatternsResult> &resultA() const { return mResultA; }
    const std::optional<TimePatternsResult> &resultB() const { return mResultB; }
    //! What the tab shows of period A and B (plain or aoristic counts).
    const std::optional<PatternCounts> &shownA() const { return mShownA; }
    const std::optional<PatternCounts> &shownB() const { return mShownB; }
    //! On: incidents with a time window are spread over it (aoristic counts).
    QCheckBox *aoristicBox() const { return mAoristic; }
    QLabel *matrixTitle() const { return mMatrixTitle; }
    //! 7 rows (Monday first) × 24 hour columns.
    QTableWidget *matrix() const { return mMatrix; }
    QTableWidget *shares() const { return mShares; }
    QtCharts::QChartView *trendView() const { return mTrendView; }

    //! The filter for the matrix's selected cells: their weekdays and hours in period B.
    IncidentFilter selectionFilter() const;

  Q_SIGNALS:
    void filterRequested(const IncidentFilter &filter);

  public:
    //! Pixels a cell of the hour × weekday grid leaves beside its text (style margins, frame).
    static constexpr int kCellTextMargin = 4;

  private:
    void fillMatrix();
    void fillTrend();
    void fillShares();
    std::optional<PatternCounts> countsOf(const DateRange &period);
    void exportTable(QTableWidget *table, const QString &name);
    void exportTrend();

    StoreSession *mSession = nullptr;
    IncidentFilter mBaseFilter;
    DateRange mPeriodA;
    DateRange mPeriodB;
    std::optional<TimePatternsResult> mResultA;
    std::optional<TimePatternsResult> mResultB;
    std::optional<PatternCounts> mShownA;
    std::optional<PatternCounts> mShownB;
    GroupLabels mLabels;
    QCheckBox *mAoristic = nullptr;
    QLabel *mMatrixTitle = nullptr;
    QTableWidget *mMatrix = nullptr;
    QtCharts::QChartView *mTrendView = nullptr;
    QTableWidget *mShares = nullptr;
};

} // namespace lagesbild
