// ComparisonTab: the period comparison of the analysis pane — periods A and B (A from a preset:
// the same days a year before B, the period of equal length before B, or custom), a grouping,
// the plain sentence with totals, change and significance, a sortable table per group with
// change and Benjamini–Hochberg adjusted p, and a bar chart of A vs B per group.
#pragma once

#include "analysis/periodcomparison.h"
#include "common/result.h"
#include "grouplabels.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace QtCharts
{
class QChartView;
}

namespace lagesbild
{

class StoreSession;

class ComparisonTab : public QWidget
{
    Q_OBJECT

  public:
    //! How period A is chosen; the indexes of the preset combo box.
    enum class PresetA
    {
      Custom,
      SameDaysPreviousYear,
      PreviousPeriod,
    };

    explicit ComparisonTab(StoreSession *session, QWidget *parent = nullptr);

    DateRange periodA() const;
    DateRange periodB() const;
    //! Sets B and, unless A is custom, recomputes A from its preset.
    void setPeriodB(const DateRange &period);
    //! Sets A and makes its preset custom.
    void setPeriodA(const DateRange &period);
    void setPresetA(PresetA preset);
    void setGroupField(GroupField field);
    GroupField groupField() const;

    //! The filter the comparison runs under (its period is ignored).
    void setBaseFilter(const IncidentFilter &filter);
    //! Recomputes from the store now.
    void recompute();

    const std::optional<ComparisonResult> &result() const { return mResult; }
    QString sentence() const;
    QString totalsText() const;
    QTableWidget *table() const { return mTable; }
    QtCharts::QChartView *chartView() const { return mChartView; }

    //! Writes the table as CSV or XLSX / the chart as PNG or SVG, by suffix.
    Result<void> exportTable(const QString &path) const;
    Result<void> exportChart(const QString &path) const;

    //! Indexes of the result rows the chart draws: all for hours, weekdays and months, else the
    //! maximumBars largest groups (A + B), largest first.
    static std::vector<std::size_t> chartRows(const ComparisonResult &result, bool ordinal, int maximumBars);

  Q_SIGNALS:
    //! A or B changed (the time patterns follow them).
    void periodsChanged();
    //! The user clicked a row: show this group on the map.
    void filterRequested(const IncidentFilter &filter);
    //! The user asked to see how hot spots changed from A to B on the map.
    void hotspotChangeRequested(const DateRange &a, const DateRange &b);

  private:
    void periodEdited();
    void rowClicked(int row);
    void fillTable();
    void fillChart();
    void chooseTableExport();
    void chooseChartExport();

    StoreSession *mSession = nullptr;
    IncidentFilter mBaseFilter;
    std::optional<ComparisonResult> mResult;
    GroupLabels mLabels;
    QComboBox *mPreset = nullptr;
    QDateEdit *mFromA = nullptr;
    QDateEdit *mToA = nullptr;
    QDateEdit *mFromB = nullptr;
    QDateEdit *mToB = nullptr;
    QComboBox *mGroupBy = nullptr;
    QLabel *mSentence = nullptr;
    QLabel *mTotals = nullptr;
    QTableWidget *mTable = nullptr;
    QtCharts::QChartView *mChartView = nullptr;
    std::optional<GroupField> mShownField; //!< the grouping the table shows
    bool mUpdating = false;
};

} // namespace lagesbild
