#include "incident.h"

namespace lagesbild
{

QString kindCode(IncidentKind kind)
{
  return kind == IncidentKind::Crime ? QStringLiteral("crime") : QStringLiteral("report");
}

std::optional<IncidentKind> kindFromCode(const QString &code)
{
  const QString c = code.trimmed().toLower();
  if (c == QLatin1String("crime") || c == QLatin1String("brott"))
    return IncidentKind::Crime;
  if (c == QLatin1String("report") || c == QLatin1String("händelse") || c == QLatin1String("rapport"))
    return IncidentKind::Report;
  return std::nullopt;
}

} // namespace lagesbild
