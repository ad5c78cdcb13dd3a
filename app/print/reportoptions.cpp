#include "reportoptions.h"

namespace lagesbild
{

std::optional<ReportTemplate> reportTemplateFromName(const QString &name)
{
  const QString key = name.trimmed().toLower();
  if (key == QLatin1String("map-a4"))
    return ReportTemplate::MapA4;
  if (key == QLatin1String("map-a3"))
    return ReportTemplate::MapA3;
  if (key == QLatin1String("report"))
    return ReportTemplate::Report;
  return std::nullopt;
}

QString reportTemplateName(ReportTemplate layoutTemplate)
{
  switch (layoutTemplate)
  {
  case ReportTemplate::MapA4:
    return QStringLiteral("map-a4");
  case ReportTemplate::MapA3:
    return QStringLiteral("map-a3");
  case ReportTemplate::Report:
    return QStringLiteral("report");
  }
  return QString();
}

} // namespace lagesbild
