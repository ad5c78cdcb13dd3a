// PushBatchReader: the reading half of ServerPush — walks a GeoPackage store month by month (a
// million rows never sit in memory at once) and cuts its incidents into batches of COPY text
// (tab-separated, the columns of ServerPush's staging table, de-duplication key first).
// next() may run on another thread than the one that made the reader, one call at a time, so
// the next batch is read while the server writes the last one.
#pragma once

#include "common/result.h"
#include "model/incident.h"

#include <QByteArray>
#include <QDate>

#include <vector>

namespace lagesbild
{

class IncidentStore;

struct PushBatch
{
    QByteArray rows; //!< COPY text, one line per incident
    int count = 0;   //!< 0: the store has no more incidents
};

class PushBatchReader
{
  public:
    //! Reads the months of the store's incidents (local time) up front.
    static Result<PushBatchReader> open(const IncidentStore &local, int batchSize);

    Result<PushBatch> next();

  private:
    PushBatchReader(const IncidentStore &local, std::vector<QDate> months, int batchSize)
      : mLocal(&local), mMonths(std::move(months)), mBatchSize(batchSize)
    {
    }

    const IncidentStore *mLocal;
    std::vector<QDate> mMonths; //!< first day of each month with incidents
    int mBatchSize;
    std::size_t mNextMonth = 0;
    std::vector<Incident> mMonth; //!< the month being cut
    std::size_t mPosition = 0;
};

} // namespace lagesbild
