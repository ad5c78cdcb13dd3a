#include "pushbatchreader.h"

#include "copytext.h"
#include "store/deduplicationkey.h"
#include "store/incidentstore.h"
#include "time/daterange.h"

#include <algorithm>

namespace lagesbild
{
namespace
{
using CopyText::appendNumber;
using CopyText::appendText;

void appendRow(QByteArray &data, const Incident &incident)
{
  appendNumber(data, DeduplicationKey::of(incident));
  data += incident.kind == IncidentKind::Crime ? "\t1\t" : "\t2\t";
  appendText(data, incident.category);
  data += '\t';
  appendText(data, incident.source);
  data += '\t' + QByteArray::number(incident.x, 'f', 3) + '\t' + QByteArray::number(incident.y, 'f', 3) + '\t';
  appendNumber(data, incident.occurredFrom);
  data += '\t';
  appendNumber(data, incident.occurredTo);
  data += '\t';
  appendNumber(data, incident.reportedAt);
  data += '\t';
  appendText(data, incident.area);
  data += '\t' + QByteArray::number(static_cast<int>(incident.precision)) + '\t';
  appendText(data, incident.address);
  data += '\t';
  appendText(data, incident.description);
  data += '\t';
  appendText(data, incident.externalId);
  data += '\n';
}
} // namespace

Result<PushBatchReader> PushBatchReader::open(const IncidentStore &local, int batchSize)
{
  const auto months = local.countBy(IncidentFilter::all(), {GroupField::Month});
  if (!months)
    return months.error();
  std::vector<QDate> firstDays;
  for (const GroupCount &month : *months)
  {
    const QDate first = QDate::fromString(month.keys.value(0) + QStringLiteral("-01"), Qt::ISODate);
    if (first.isValid())
      firstDays.push_back(first);
  }
  std::sort(firstDays.begin(), firstDays.end());
  return PushBatchReader(local, std::move(firstDays), std::max(1, batchSize));
}

Result<PushBatch> PushBatchReader::next()
{
  PushBatch batch;
  while (batch.count < mBatchSize)
  {
    if (mPosition == mMonth.size())
    {
      if (mNextMonth == mMonths.size())
        break;
      const QDate first = mMonths[mNextMonth++];
      IncidentFilter filter;
      filter.period = DateRange(first, first.addMonths(1).addDays(-1));
      auto incidents = mLocal->incidents(filter);
      if (!incidents)
        return incidents.error();
      mMonth = std::move(*incidents);
      mPosition = 0;
      continue;
    }
    appendRow(batch.rows, mMonth[mPosition++]);
    ++batch.count;
  }
  return batch;
}

} // namespace lagesbild
