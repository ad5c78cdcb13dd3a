#include "conflictfinder.h"

#include "identitynumbermasker.h"
#include "messagetext.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace lagesbild::importer
{
namespace
{
//! Points closer than this are the same place (the de-duplication key rounds to centimetres).
constexpr double kSamePlaceMetres = 0.01;

QString identity(const Incident &incident)
{
  return incident.source + QChar(0x1F) + incident.externalId.trimmed();
}

//! Removes the incidents marked in drop (and their lines), keeping the order of the others.
void removeMarked(ParsedImport &parsed, const std::vector<char> &drop)
{
  std::size_t kept = 0;
  for (std::size_t i = 0; i < parsed.incidents.size(); ++i)
  {
    if (drop[i])
      continue;
    if (kept != i)
    {
      parsed.incidents[kept] = std::move(parsed.incidents[i]);
      if (i < parsed.incidentLines.size())
        parsed.incidentLines[kept] = parsed.incidentLines[i];
    }
    ++kept;
  }
  parsed.incidents.resize(kept);
  if (parsed.incidentLines.size() > kept)
    parsed.incidentLines.resize(kept);
}

void reportConflict(ParsedImport &parsed, std::size_t index, const QString &message)
{
  const std::int64_t line = index < parsed.incidentLines.size() ? parsed.incidentLines[index] : 0;
  const QString field = QCoreApplication::translate("importer", "id");
  const QString file = IdentityNumberMasker::masked(parsed.label.isEmpty() ? parsed.path : parsed.label);
  parsed.errors.push_back({file, line, field, message, parsed.unit});
  parsed.rejected.push_back({line, {}, field + QStringLiteral(": ") + message});
  ++parsed.record.rejected;
}
} // namespace

QStringList ConflictFinder::differingFields(const Incident &a, const Incident &b)
{
  QStringList fields;
  if (a.occurredFrom != b.occurredFrom || a.occurredTo != b.occurredTo)
    fields.append(QCoreApplication::translate("importer", "time"));
  if (a.kind != b.kind)
    fields.append(QCoreApplication::translate("importer", "kind"));
  if (a.category != b.category)
    fields.append(QCoreApplication::translate("importer", "category"));
  if (a.address.trimmed() != b.address.trimmed() || std::hypot(a.x - b.x, a.y - b.y) >= kSamePlaceMetres)
    fields.append(QCoreApplication::translate("importer", "place"));
  return fields;
}

std::vector<std::pair<QString, QString>> ConflictFinder::identities(const ParsedImport &parsed)
{
  std::vector<std::pair<QString, QString>> ids;
  for (const Incident &incident : parsed.incidents)
    if (!incident.externalId.trimmed().isEmpty())
      ids.emplace_back(incident.source, incident.externalId.trimmed());
  return ids;
}

std::int64_t ConflictFinder::findInFile(ParsedImport &parsed)
{
  QHash<QString, std::size_t> first;
  std::vector<char> drop;
  std::int64_t conflicts = 0;
  for (std::size_t i = 0; i < parsed.incidents.size(); ++i)
  {
    const Incident &incident = parsed.incidents[i];
    if (incident.externalId.trimmed().isEmpty())
      continue;
    if (first.isEmpty())
      first.reserve(static_cast<int>(parsed.incidents.size() - i));
    const QString key = identity(incident);
    const auto found = first.constFind(key);
    if (found == first.constEnd())
    {
      first.insert(key, i);
      continue;
    }
    const std::size_t earlier = *found;
    const QStringList fields = differingFields(parsed.incidents[earlier], incident);
    if (fields.isEmpty())
      continue; // the same record twice: a duplicate
    if (drop.empty())
      drop.assign(parsed.incidents.size(), 0);
    drop[i] = 1;
    ++conflicts;
    const std::int64_t earlierLine = earlier < parsed.incidentLines.size() ? parsed.incidentLines[earlier] : 0;
    reportConflict(parsed, i,
                   QCoreApplication::translate(
                     "importer", "id %1 was already on line %2 with a different %3: a conflict, not a duplicate; the row was not imported")
                     .arg(MessageText::quoted(incident.externalId), QString::number(earlierLine), fields.join(QStringLiteral(", "))));
  }
  if (conflicts > 0)
    removeMarked(parsed, drop);
  return conflicts;
}

std::int64_t ConflictFinder::findAgainstStore(ParsedImport &parsed, const std::vector<Incident> &stored)
{
  if (stored.empty())
    return 0;
  QHash<QString, const Incident *> byIdentity;
  for (const Incident &incident : stored)
    byIdentity.insert(identity(incident), &incident);
  std::vector<char> drop(parsed.incidents.size(), 0);
  std::int64_t conflicts = 0;
  for (std::size_t i = 0; i < parsed.incidents.size(); ++i)
  {
    const Incident &incident = parsed.incidents[i];
    if (incident.externalId.trimmed().isEmpty())
      continue;
    const auto it = byIdentity.constFind(identity(incident));
    if (it == byIdentity.constEnd())
      continue;
    const QStringList fields = differingFields(**it, incident);
    if (fields.isEmpty())
      continue;
    drop[i] = 1;
    ++conflicts;
    reportConflict(parsed, i,
                   QCoreApplication::translate(
                     "importer",
                     "id %1 is already in the store (incident %2) with a different %3: a conflict, not a duplicate; the row was not "
                     "imported")
                     .arg(MessageText::quoted(incident.externalId), QString::number((*it)->id), fields.join(QStringLiteral(", "))));
  }
  if (conflicts > 0)
    removeMarked(parsed, drop);
  return conflicts;
}

} // namespace lagesbild::importer
