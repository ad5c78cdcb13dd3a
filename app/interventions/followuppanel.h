// FollowUpPanel: the follow-up of the selected intervention — incidents before and after in the
// treated area, the buffer ring and the control area with the exact Poisson p, the weighted
// displacement quotient and its verdict in plain words (also when the counts are too few), and
// the weekly timeline with the intervention period shaded. Periods are of equal length; the
// number of days, where "after" starts and the buffer width can be changed.
#pragma once

#include "followup/interventionevaluation.h"
#include "model/reference.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace QtCharts
{
class QChartView;
} // namespace QtCharts

namespace lagesbild
{

class StoreSession;

class FollowUpPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit FollowUpPanel(StoreSession *session, QWidget *parent = nullptr);

    //! Evaluates this intervention with the panel's options and shows the result.
    void setIntervention(const Intervention &intervention);
    //! Shows nothing (no intervention selected).
    void clear();

    //! The options the panel evaluates with (defaults: 28 days before and after from the start, 200 m buffer).
    EvaluationOptions options() const;

    //! The last evaluation shown (absent when none or when it failed).
    const std::optional<InterventionEvaluation> &evaluation() const { return mEvaluation; }
    std::int64_t interventionId() const { return mIntervention ? mIntervention->id : 0; }

    QTableWidget *countsTable() const { return mCounts; }
    QLabel *verdictLabel() const { return mVerdict; }
    QLabel *explanationLabel() const { return mExplanation; }
    QLabel *measuresLabel() const { return mMeasures; }
    QSpinBox *daysSpin() const { return mDays; }
    QDoubleSpinBox *bufferSpin() const { return mBuffer; }
    QComboBox *afterStartBox() const { return mAfterStart; }
    QPushButton *addToReportButton() const { return mAddToReport; }
    QtCharts::QChartView *chartView() const { return mChartView; }

  Q_SIGNALS:
    void addToReportRequested(std::int64_t interventionId);
    //! A new evaluation is shown (or none, when it failed).
    void evaluated();

  private:
    void evaluate();
    void showEvaluation(const InterventionEvaluation &evaluation);
    void showError(const QString &message);

    StoreSession *mSession = nullptr;
    std::optional<Intervention> mIntervention;
    std::optional<InterventionEvaluation> mEvaluation;

    QLabel *mTitle = nullptr;
    QSpinBox *mDays = nullptr;
    QComboBox *mAfterStart = nullptr;
    QDoubleSpinBox *mBuffer = nullptr;
    QTableWidget *mCounts = nullptr;
    QLabel *mMeasures = nullptr;
    QLabel *mVerdict = nullptr;
    QLabel *mExplanation = nullptr;
    QtCharts::QChartView *mChartView = nullptr;
    QPushButton *mAddToReport = nullptr;
};

} // namespace lagesbild
