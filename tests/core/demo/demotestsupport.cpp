#include "demotestsupport.h"

#include <QCryptographicHash>

#include <algorithm>

namespace lagesbild::demo::test
{

QByteArray fingerprint(std::vector<Incident> incidents)
{
  std::sort(incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) { return a.externalId < b.externalId; });
  QCryptographicHash hash(QCryptographicHash::Sha256);
  for (const Incident &i : incidents)
  {
    const QString line = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                           .arg(i.externalId, kindCode(i.kind), i.category, i.source)
                           .arg(i.x, 0, 'f', 2)
                           .arg(i.y, 0, 'f', 2)
                           .arg(i.occurredFrom)
                           .arg(i.occurredTo ? QString::number(*i.occurredTo) : QStringLiteral("-"))
                           .arg(i.reportedAt ? QString::number(*i.reportedAt) : QStringLiteral("-")) +
                         QStringLiteral("|%1|%2|%3|%4\n").arg(i.address, i.description, i.area).arg(static_cast<int>(i.precision));
    hash.addData(line.toUtf8());
  }
  return hash.result().toHex();
}

std::int64_t bruteForceCount(const std::vector<Incident> &incidents, IncidentKind kind, const DateRange &period)
{
  return std::count_if(incidents.begin(), incidents.end(),
                       [&](const Incident &i) { return i.kind == kind && period.containsUtc(i.occurredFrom); });
}

} // namespace lagesbild::demo::test
