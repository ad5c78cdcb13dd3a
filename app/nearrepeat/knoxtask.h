// KnoxTask: the Knox test of the filtered incidents on a QGIS task thread — it opens its own
// connection to the store, reads the incidents' places and times, and runs core/nearrepeat's
// KnoxTest (itself on two threads), so the pane stays responsive; cancel reaches the permutations.
#pragma once

#include "common/feedback.h"
#include "model/incidentfilter.h"
#include "nearrepeat/knoxtest.h"

#include <qgstaskmanager.h>

#include <optional>
#include <vector>

namespace lagesbild
{

class KnoxTask : public QgsTask
{
    Q_OBJECT

  public:
    KnoxTask(const QString &storePath, const IncidentFilter &filter, const KnoxOptions &options);

    bool run() override;
    void cancel() override;

    //! Once completed: the result, and the incidents it was computed from.
    const std::optional<KnoxResult> &result() const { return mResult; }
    const std::vector<KnoxEvent> &events() const { return mEvents; }
    QString errorMessage() const { return mError; }

  private:
    QString mStorePath;
    IncidentFilter mFilter;
    KnoxOptions mOptions;
    Feedback mFeedback;
    std::vector<KnoxEvent> mEvents;
    std::optional<KnoxResult> mResult;
    QString mError;
};

} // namespace lagesbild
