// NearRepeatTab: the "Närupprepning" tab of the analysis pane — the Knox test of the filtered
// incidents (bands, permutations and distance chosen here) run by a KnoxTask off the UI thread
// with progress and cancel; the table of Knox ratios shaded by ratio with significant cells
// marked; the finding in one sentence; and the risk zones of the latest incidents on the map.
#pragma once

#include "model/incidentfilter.h"
#include "nearrepeat/knoxtest.h"
#include "nearrepeat/riskzones.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QgsProject;

namespace lagesbild
{

class FilterPanel;
class KnoxTask;
class RiskZonesLayer;
class StoreSession;

class NearRepeatTab : public QWidget
{
    Q_OBJECT

  public:
    //! filterPanel: the filter the test follows (may be null: setBaseFilter then); project: where
    //! the risk zones layer goes (may be null: no map button then).
    NearRepeatTab(StoreSession *session, FilterPanel *filterPanel, QgsProject *project, QWidget *parent = nullptr);
    ~NearRepeatTab() override;

    //! The filter of the map, when there is no filter panel; its period (or the store's span)
    //! bounds the incidents tested.
    void setBaseFilter(const IncidentFilter &filter);
    //! Runs the test now and shows the risk zones when it has finished (the app's --near-repeat).
    void runAndShowZones();
    //! Starts the test (cancelling a running one).
    void run();
    void cancel();
    bool isRunning() const { return !mTask.isNull(); }

    const std::optional<KnoxResult> &result() const { return mResult; }
    QTableWidget *table() const { return mTable; }
    QLabel *sentence() const { return mSentence; }
    QLineEdit *spaceBandsEdit() const { return mSpaceBands; }
    QLineEdit *timeBandsEdit() const { return mTimeBands; }
    QSpinBox *permutationsBox() const { return mPermutations; }
    QPushButton *runButton() const { return mRunButton; }
    QPushButton *zonesButton() const { return mZonesButton; }
    QSpinBox *recentDaysBox() const { return mRecentDays; }
    //! The risk zones layer on the map, null when not shown.
    QString zonesLayerId() const;

  Q_SIGNALS:
    //! A test finished (successfully or not).
    void finished(bool ok);
    //! The risk zones on the map changed (empty: none shown); radius in metres.
    void riskZonesChanged(const std::vector<RiskZone> &zones, double radius);

  private:
    void taskFinished(KnoxTask *task, bool ok);
    void fillTable();
    void showZones(bool on);
    void updateZones();
    std::optional<QDate> referenceDay() const;

    StoreSession *mSession = nullptr;
    FilterPanel *mFilterPanel = nullptr;
    QgsProject *mProject = nullptr;
    IncidentFilter mBaseFilter;
    QPointer<KnoxTask> mTask;
    std::optional<KnoxResult> mResult;
    std::vector<KnoxEvent> mEvents;
    std::unique_ptr<RiskZonesLayer> mZones;
    bool mShowZonesWhenDone = false;

    QLineEdit *mSpaceBands = nullptr;
    QLineEdit *mTimeBands = nullptr;
    QSpinBox *mPermutations = nullptr;
    QComboBox *mDistance = nullptr;
    QPushButton *mRunButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;
    QTableWidget *mTable = nullptr;
    QLabel *mSentence = nullptr;
    QPushButton *mZonesButton = nullptr;
    QSpinBox *mRecentDays = nullptr;
    QLabel *mZonesStatus = nullptr;
};

} // namespace lagesbild
