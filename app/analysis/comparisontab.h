// ComparisonTab: the period comparison of the analysis pane — periods A and B (A from a preset:
// the same days a year before B, the period of equal length before B, or custom), a grouping,
// the plain sentence with totals, change and significance, a sortable table per group with
// change and Benjamini–Hochberg adjusted p, and a bar chart of A vs B per group.
// Reported crimes and lägesbild reports are different things: unless the filter picks one kind,
// they are compared side by side (one sentence and one set of rows per kind, each headed with
// its kind); their sum appears only when the user ticks "sum both kinds", labelled as such.
// Before a store has data the periods end on the last day with data, never on today.
#pragma once

#include "analysis/kindcomparison.h"
#include "analysis/periodcomparison.h"
#include "common/result.h"
#include "grouplabels.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
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
struct ExportTable;

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

    //! The first comparison shown (reported crimes when both kinds are shown side by side).
    const std::optional<ComparisonResult> &result() const { return mResult; }
    //! Every comparison shown: one per kind side by side, or one (a kind, or the labelled sum).
    const std::vector<KindComparison> &results() const { return mResults; }
    //! Sums both kinds into one comparison (only on request; labelled as a sum).
    void setSumKinds(bool sum);
    bool sumKinds() const;
    //! One line per comparison, headed with its kind when there are several or they are summed.
    QString sentence() const;
    QString totalsText() const;
    //! What an export of the table holds: kind, periods and filter in words.
    QString description() const;
    //! The table as it is exported: dated headers, a kind column, a total row per kind, rounded percentages.
    ExportTable exportContents() const;
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
    //! The heading of a comparison: "Anmälda brott", "Lägesrapporter", or the labelled sum.
    QString heading(const KindComparison &comparison) const;
    //! The periods a new tab shows: the year up to the last day with data (today without data).
    void setDefaultPeriods();

    StoreSession *mSession = nullptr;
    IncidentFilter mBaseFilter;
    std::optional<ComparisonResult> mResult;
    std::vector<KindComparison> mResults;
    QCheckBox *mSumKinds = nullptr;
    QLabel *mAnchor = nullptr;
    bool mPeriodsChosen = false; //!< the user (or the filter) set the periods: data no longer moves them
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
