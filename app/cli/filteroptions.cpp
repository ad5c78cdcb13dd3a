#include "filteroptions.h"

#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace lagesbild::cli
{
namespace
{
QStringList splitValues(const QStringList &values)
{
  QStringList result;
  for (const QString &value : values)
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
      result.append(part.trimmed());
  return result;
}

Error usage(const QString &message)
{
  return makeError(ErrorCode::Usage, message);
}

//! "5,6", "1-5" or both mixed; ISO weekdays 1..7.
std::optional<std::vector<int>> parseWeekdays(const QString &text)
{
  static const QRegularExpression span(QStringLiteral("^([1-7])\\s*-\\s*([1-7])$"));
  static const QRegularExpression single(QStringLiteral("^[1-7]$"));
  std::set<int> days;
  const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
  if (parts.isEmpty())
    return std::nullopt;
  for (const QString &raw : parts)
  {
    const QString part = raw.trimmed();
    if (const auto m = span.match(part); m.hasMatch())
    {
      const int from = m.captured(1).toInt();
      const int to = m.captured(2).toInt();
      if (from > to)
        return std::nullopt;
      for (int d = from; d <= to; ++d)
        days.insert(d);
    }
    else if (single.match(part).hasMatch())
    {
      days.insert(part.toInt());
    }
    else
    {
      return std::nullopt;
    }
  }
  return std::vector<int>(days.begin(), days.end());
}

Result<void> checkCodes(const QStringList &codes, const QStringList &known, const QString &option)
{
  for (const QString &code : codes)
  {
    if (!known.contains(code))
      return makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "--%1 \"%2\" is not in the store (known: %3)")
                                              .arg(option, code, known.join(QStringLiteral(", "))));
  }
  return {};
}
} // namespace

void FilterOptions::add(CommandLine &commandLine)
{
  commandLine.addOption(QCommandLineOption(QStringLiteral("kind"),
                                           QCoreApplication::translate("cli", "Reported crimes, lägesbild reports or all (default)."),
                                           QStringLiteral("crime|report|all"), QStringLiteral("all")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("category"),
                                           QCoreApplication::translate("cli", "Only this category code (repeatable, or comma-separated)."),
                                           QStringLiteral("C")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("source"),
                                           QCoreApplication::translate("cli", "Only this source code (repeatable, or comma-separated)."),
                                           QStringLiteral("S")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("area"),
                                           QCoreApplication::translate("cli", "Only this area code (repeatable, or comma-separated)."),
                                           QStringLiteral("A")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("hours"), QCoreApplication::translate("cli", "Only these local hours: a span over midnight 18-02 or a list 8,9,10."),
    QStringLiteral("H")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("weekdays"),
                                           QCoreApplication::translate("cli", "Only these ISO weekdays (1 Monday … 7 Sunday): 5,6 or 1-5."),
                                           QStringLiteral("D")));
}

Result<IncidentFilter> FilterOptions::read(const CommandLine &commandLine, const IncidentStore &store)
{
  IncidentFilter filter;
  const QString kind = commandLine.value(QStringLiteral("kind")).trimmed().toLower();
  if (kind != QLatin1String("all"))
  {
    const auto parsed = kindFromCode(kind);
    if (!parsed)
      return usage(QCoreApplication::translate("cli", "unknown --kind \"%1\": use crime, report or all").arg(kind));
    filter.kind = parsed;
  }
  if (commandLine.isSet(QStringLiteral("hours")))
  {
    const auto hours = IncidentFilter::parseHours(commandLine.value(QStringLiteral("hours")));
    if (!hours)
      return usage(QCoreApplication::translate("cli", "bad --hours \"%1\": write a span such as 18-02 or a list such as 8,9,10")
                     .arg(commandLine.value(QStringLiteral("hours"))));
    filter.hours = *hours;
  }
  if (commandLine.isSet(QStringLiteral("weekdays")))
  {
    const auto weekdays = parseWeekdays(commandLine.value(QStringLiteral("weekdays")));
    if (!weekdays)
      return usage(QCoreApplication::translate("cli", "bad --weekdays \"%1\": write ISO weekdays 1-7 such as 5,6 or 1-5")
                     .arg(commandLine.value(QStringLiteral("weekdays"))));
    filter.weekdays = *weekdays;
  }

  filter.categories = splitValues(commandLine.values(QStringLiteral("category")));
  filter.sources = splitValues(commandLine.values(QStringLiteral("source")));
  filter.areas = splitValues(commandLine.values(QStringLiteral("area")));
  if (!filter.categories.isEmpty())
  {
    const auto categories = store.categories();
    if (!categories)
      return categories.error();
    QStringList known;
    for (const Category &category : *categories)
      known.append(category.code);
    if (auto checked = checkCodes(filter.categories, known, QStringLiteral("category")); !checked)
      return checked.error();
  }
  if (!filter.sources.isEmpty())
  {
    const auto sources = store.sources();
    if (!sources)
      return sources.error();
    QStringList known;
    for (const Source &source : *sources)
      known.append(source.code);
    if (auto checked = checkCodes(filter.sources, known, QStringLiteral("source")); !checked)
      return checked.error();
  }
  if (!filter.areas.isEmpty())
  {
    const auto areas = store.areas();
    if (!areas)
      return areas.error();
    QStringList known;
    for (const Area &area : *areas)
      known.append(area.code);
    if (auto checked = checkCodes(filter.areas, known, QStringLiteral("area")); !checked)
      return checked.error();
  }
  return filter;
}

QString FilterOptions::kindLabel(const IncidentFilter &filter)
{
  if (!filter.kind)
    return QCoreApplication::translate("cli", "crimes and reports");
  return *filter.kind == IncidentKind::Crime ? QCoreApplication::translate("cli", "reported crimes")
                                             : QCoreApplication::translate("cli", "lägesbild reports");
}

} // namespace lagesbild::cli
