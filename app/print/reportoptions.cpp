#include "reportoptions.h"

#include "model/incident.h"

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

std::optional<QStringList> reportCommandLine(const ReportOptions &options)
{
  const IncidentFilter &filter = options.filter;
  if (filter.bbox || !filter.includeMunicipalityPrecision || options.storePath.isEmpty() || options.outputPath.isEmpty() ||
      !options.riskZones.empty())
    return std::nullopt;
  const auto numbers = [](const std::vector<int> &values)
  {
    QStringList parts;
    for (int value : values)
      parts << QString::number(value);
    return parts.join(QLatin1Char(','));
  };
  QStringList arguments{options.storePath, QStringLiteral("--period"), options.period.toString()};
  if (options.compareTo)
    arguments << QStringLiteral("--compare-to") << options.compareTo->toString();
  if (options.reportsPeriod)
    arguments << QStringLiteral("--reports-period") << options.reportsPeriod->toString();
  if (options.reportsCompareTo)
    arguments << QStringLiteral("--reports-compare-to") << options.reportsCompareTo->toString();
  if (options.sumKinds)
    arguments << QStringLiteral("--sum-kinds");
  arguments << QStringLiteral("--template")
            << (options.templatePath.isEmpty() ? reportTemplateName(options.layoutTemplate) : options.templatePath);
  if (!options.title.isEmpty())
    arguments << QStringLiteral("--title") << options.title;
  if (!options.comment.isEmpty())
    arguments << QStringLiteral("--comment") << options.comment;
  if (options.heatMap)
    arguments << QStringLiteral("--heatmap");
  if (options.publicVersion)
    arguments << QStringLiteral("--public") << QStringLiteral("--min-count") << QString::number(options.minimumCount)
              << QStringLiteral("--cell-size") << QString::number(options.publicCellSize, 'g', 10);
  for (std::int64_t id : options.interventionIds)
    arguments << QStringLiteral("--intervention") << QString::number(id);
  arguments << QStringLiteral("--kind") << (filter.kind ? kindCode(*filter.kind) : QStringLiteral("all"));
  for (const QString &category : filter.categories)
    arguments << QStringLiteral("--category") << category;
  for (const QString &source : filter.sources)
    arguments << QStringLiteral("--source") << source;
  for (const QString &area : filter.areas)
    arguments << QStringLiteral("--area") << area;
  if (!filter.hours.empty())
    arguments << QStringLiteral("--hours") << numbers(filter.hours);
  if (!filter.weekdays.empty())
    arguments << QStringLiteral("--weekdays") << numbers(filter.weekdays);
  arguments << QStringLiteral("--dpi") << QString::number(options.imageDpi);
  if (options.imageAllPages)
    arguments << QStringLiteral("--all-pages");
  arguments << QStringLiteral("--out") << options.outputPath;
  return arguments;
}

} // namespace lagesbild
