// lagesbild-cli interventions STORE [list|add|close|delete]: the store's interventions from the
// command line, as the app's Interventions dock handles them — list them (table, JSON or CSV),
// register one at a point with a radius, in a polygon or in a named area, end (close) one, or
// delete one. Every change goes through the store API with an audit row.
#include "analysis/analysisexport.h"
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/storeopener.h"
#include "cli/tableprinter.h"
#include "common/systemuser.h"
#include "importer/coordinatetransformer.h"
#include "model/interventiontypes.h"
#include "store/incidentstore.h"
#include "time/daterange.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace lagesbild::cli
{
namespace
{
const QString kCommand = QStringLiteral("interventions");

Result<QDate> parseDay(const QString &option, const QString &text)
{
  const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
  if (!day.isValid())
    return makeError(ErrorCode::Usage, QCoreApplication::translate("cli", "--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option, text));
  return day;
}

//! "X,Y" in the given CRS, brought to SWEREF 99 TM.
Result<PointXY> parsePoint(const QString &text, const QString &crs)
{
  const QStringList parts = text.split(QLatin1Char(','));
  bool okX = false;
  bool okY = false;
  const double first = parts.value(0).trimmed().toDouble(&okX);
  const double second = parts.value(1).trimmed().toDouble(&okY);
  if (parts.size() != 2 || !okX || !okY)
    return makeError(
      ErrorCode::Usage,
      QCoreApplication::translate("cli", "--at: \"%1\" is not X,Y (easting,northing; or lon,lat with --crs EPSG:4326)").arg(text));
  auto transformer = importer::CoordinateTransformer::fromUserInput(crs);
  if (!transformer)
    return makeError(ErrorCode::Usage, QStringLiteral("--crs: ") + transformer.error().message);
  std::vector<double> x{first};
  std::vector<double> y{second};
  std::vector<char> success(1, 1);
  transformer->transform(x, y, success);
  if (!success[0] || !importer::CoordinateTransformer::isInSweden(x[0], y[0]))
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("cli", "--at: %1 (%2) is not a place in Sweden").arg(text, transformer->sourceName()));
  return PointXY{x[0], y[0]};
}

//! "X Y, X Y, …" (at least three corners) in the given CRS; the ring is closed here.
Result<Ring> parsePolygon(const QString &text, const QString &crs)
{
  std::vector<double> x;
  std::vector<double> y;
  for (const QString &corner : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
  {
    const QStringList parts = corner.trimmed().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    bool okX = false;
    bool okY = false;
    const double cx = parts.value(0).toDouble(&okX);
    const double cy = parts.value(1).toDouble(&okY);
    if (parts.size() != 2 || !okX || !okY)
      return makeError(ErrorCode::Usage,
                       QCoreApplication::translate("cli", "--polygon: \"%1\" is not a corner \"X Y\"").arg(corner.trimmed()));
    x.push_back(cx);
    y.push_back(cy);
  }
  if (x.size() < 3)
    return makeError(ErrorCode::Usage, QCoreApplication::translate("cli", "--polygon needs at least three corners \"X Y, X Y, X Y\""));
  auto transformer = importer::CoordinateTransformer::fromUserInput(crs);
  if (!transformer)
    return makeError(ErrorCode::Usage, QStringLiteral("--crs: ") + transformer.error().message);
  std::vector<char> success(x.size(), 1);
  transformer->transform(x, y, success);
  Ring ring;
  for (std::size_t k = 0; k < x.size(); ++k)
  {
    if (!success[k] || !importer::CoordinateTransformer::isInSweden(x[k], y[k]))
      return makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "--polygon: corner %1 is not a place in Sweden").arg(k + 1));
    ring.push_back({x[k], y[k]});
  }
  if (ring.front().x != ring.back().x || ring.front().y != ring.back().y)
    ring.push_back(ring.front());
  return ring;
}

QString placeText(const Intervention &intervention)
{
  if (!intervention.boundary.empty())
    return QCoreApplication::translate("cli", "drawn polygon");
  if (intervention.centre)
    return QCoreApplication::translate("cli", "%1 m around %2, %3")
      .arg(QLocale().toString(intervention.radius, 'f', 0))
      .arg(intervention.centre->x, 0, 'f', 0)
      .arg(intervention.centre->y, 0, 'f', 0);
  if (!intervention.areaCode.isEmpty())
    return QCoreApplication::translate("cli", "area %1").arg(intervention.areaCode);
  return QString();
}

QString dayText(std::int64_t utc)
{
  return StockholmTime::instance().localDate(utc).toString(Qt::ISODate);
}

int list(const CommandLine &commandLine, IncidentStore &store)
{
  const auto interventions = store.interventions();
  if (!interventions)
    return reportError(kCommand, interventions.error());
  QTextStream &stream = out();
  if (commandLine.format() == OutputFormat::Json)
  {
    QJsonArray array;
    for (const Intervention &intervention : *interventions)
    {
      QJsonObject object{{QStringLiteral("id"), static_cast<qint64>(intervention.id)},
                         {QStringLiteral("type"), intervention.type},
                         {QStringLiteral("title"), intervention.title},
                         {QStringLiteral("start"), dayText(intervention.startUtc)},
                         {QStringLiteral("end"), intervention.endUtc ? QJsonValue(dayText(*intervention.endUtc)) : QJsonValue()},
                         {QStringLiteral("closed"), intervention.closed},
                         {QStringLiteral("place"), placeText(intervention)},
                         {QStringLiteral("actors"), QJsonArray::fromStringList(intervention.actors)}};
      array.append(object);
    }
    stream << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return ExitSuccess;
  }
  if (commandLine.format() == OutputFormat::Csv)
  {
    stream << AnalysisExport::csvLine({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("start"),
                                       QStringLiteral("end"), QStringLiteral("status"), QStringLiteral("place")});
    for (const Intervention &intervention : *interventions)
      stream << AnalysisExport::csvLine({QString::number(intervention.id), intervention.type, intervention.title,
                                         dayText(intervention.startUtc), intervention.endUtc ? dayText(*intervention.endUtc) : QString(),
                                         intervention.closed ? QStringLiteral("closed") : QStringLiteral("active"),
                                         placeText(intervention)});
    return ExitSuccess;
  }
  TablePrinter table;
  table.addColumn(QCoreApplication::translate("cli", "Id"), TablePrinter::Align::Right);
  for (const char *header : {QT_TRANSLATE_NOOP("cli", "Type"), QT_TRANSLATE_NOOP("cli", "Title"), QT_TRANSLATE_NOOP("cli", "Start"),
                             QT_TRANSLATE_NOOP("cli", "End"), QT_TRANSLATE_NOOP("cli", "Status"), QT_TRANSLATE_NOOP("cli", "Place")})
    table.addColumn(QCoreApplication::translate("cli", header), TablePrinter::Align::Left);
  for (const Intervention &intervention : *interventions)
    table.addRow({QString::number(intervention.id), InterventionTypes::name(intervention.type), intervention.title,
                  dayText(intervention.startUtc), intervention.endUtc ? dayText(*intervention.endUtc) : QString(),
                  intervention.closed ? QCoreApplication::translate("cli", "closed") : QCoreApplication::translate("cli", "active"),
                  placeText(intervention)});
  table.print(stream);
  const int count = static_cast<int>(interventions->size()); // outside translate(): see Importer::write
  stream << QCoreApplication::translate("cli", "%n intervention(s)", nullptr, count) << '\n';
  return ExitSuccess;
}

int add(const CommandLine &commandLine, IncidentStore &store)
{
  Intervention intervention;
  intervention.type = commandLine.value(QStringLiteral("type"));
  if (!InterventionTypes::codes().contains(intervention.type))
    return commandLine.usageError(QCoreApplication::translate("cli", "--type must be one of %1, not \"%2\"")
                                    .arg(InterventionTypes::codes().join(QStringLiteral(", ")), intervention.type));
  intervention.title = commandLine.value(QStringLiteral("title")).trimmed();
  if (intervention.title.isEmpty())
    return commandLine.usageError(QCoreApplication::translate("cli", "--title is required"));
  if (!commandLine.isSet(QStringLiteral("start")))
    return commandLine.usageError(QCoreApplication::translate("cli", "--start YYYY-MM-DD is required"));
  const auto start = parseDay(QStringLiteral("start"), commandLine.value(QStringLiteral("start")));
  if (!start)
    return commandLine.usageError(start.error().message);
  intervention.startUtc = DateRange(*start, *start).startUtc();
  if (commandLine.isSet(QStringLiteral("end")))
  {
    const auto end = parseDay(QStringLiteral("end"), commandLine.value(QStringLiteral("end")));
    if (!end)
      return commandLine.usageError(end.error().message);
    if (*end < *start)
      return commandLine.usageError(QCoreApplication::translate("cli", "--end (%1) is before --start (%2)")
                                      .arg(end->toString(Qt::ISODate), start->toString(Qt::ISODate)));
    intervention.endUtc = DateRange(*end, *end).endUtcExclusive() - 1;
  }

  const QString crs = commandLine.isSet(QStringLiteral("crs")) ? commandLine.value(QStringLiteral("crs")) : QStringLiteral("EPSG:3006");
  const int places = int(commandLine.isSet(QStringLiteral("at"))) + int(commandLine.isSet(QStringLiteral("polygon"))) +
                     int(commandLine.isSet(QStringLiteral("area")));
  if (places != 1)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "give the place as exactly one of --at X,Y --radius M, --polygon \"X Y, …\" or --area CODE"));
  if (commandLine.isSet(QStringLiteral("at")))
  {
    const auto centre = parsePoint(commandLine.value(QStringLiteral("at")), crs);
    if (!centre)
      return centre.error().code == ErrorCode::Usage ? commandLine.usageError(centre.error().message)
                                                     : reportError(kCommand, centre.error());
    bool ok = false;
    const double radius = commandLine.value(QStringLiteral("radius")).toDouble(&ok);
    if (!ok || !(radius > 0.0))
      return commandLine.usageError(QCoreApplication::translate("cli", "--radius must be a distance in metres above 0"));
    intervention.centre = *centre;
    intervention.radius = radius;
  }
  else if (commandLine.isSet(QStringLiteral("polygon")))
  {
    const auto ring = parsePolygon(commandLine.value(QStringLiteral("polygon")), crs);
    if (!ring)
      return ring.error().code == ErrorCode::Usage ? commandLine.usageError(ring.error().message) : reportError(kCommand, ring.error());
    intervention.boundary = {*ring};
  }
  else
  {
    intervention.areaCode = commandLine.value(QStringLiteral("area"));
    const auto areas = store.areas();
    if (!areas)
      return reportError(kCommand, areas.error());
    if (std::none_of(areas->begin(), areas->end(), [&](const Area &area) { return area.code == intervention.areaCode; }))
      return reportError(kCommand,
                         makeError(ErrorCode::BadInput,
                                   QCoreApplication::translate("cli", "--area: the store has no area \"%1\"").arg(intervention.areaCode)));
  }
  for (const QString &actor : commandLine.values(QStringLiteral("actor")))
    if (!actor.trimmed().isEmpty())
      intervention.actors << actor.trimmed();
  for (const QString &list : commandLine.values(QStringLiteral("trigger")))
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
    {
      bool ok = false;
      const qlonglong value = id.trimmed().toLongLong(&ok);
      if (!ok || value < 1)
        return commandLine.usageError(QCoreApplication::translate("cli", "--trigger: \"%1\" is not an incident id").arg(id.trimmed()));
      intervention.triggerIncidents.push_back(value);
    }
  intervention.note = commandLine.value(QStringLiteral("note"));

  const auto id = store.insertIntervention(intervention, SystemUser::name());
  if (!id)
    return reportError(kCommand, id.error());
  out() << QCoreApplication::translate("cli", "Intervention %1 registered: %2").arg(*id).arg(intervention.title) << '\n';
  return ExitSuccess;
}

Result<Intervention> findIntervention(IncidentStore &store, const QString &text)
{
  bool ok = false;
  const qlonglong id = text.toLongLong(&ok);
  if (!ok || id < 1)
    return makeError(ErrorCode::Usage, QCoreApplication::translate("cli", "\"%1\" is not an intervention id").arg(text));
  const auto interventions = store.interventions();
  if (!interventions)
    return interventions.error();
  for (const Intervention &intervention : *interventions)
    if (intervention.id == id)
      return intervention;
  return makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "The store has no intervention %1.").arg(id));
}

int close(const CommandLine &commandLine, IncidentStore &store, const QString &idText)
{
  auto intervention = findIntervention(store, idText);
  if (!intervention)
    return intervention.error().code == ErrorCode::Usage ? commandLine.usageError(intervention.error().message)
                                                         : reportError(kCommand, intervention.error());
  QDate end = QDate::currentDate();
  if (commandLine.isSet(QStringLiteral("end")))
  {
    const auto day = parseDay(QStringLiteral("end"), commandLine.value(QStringLiteral("end")));
    if (!day)
      return commandLine.usageError(day.error().message);
    end = *day;
  }
  else if (intervention->endUtc)
    end = StockholmTime::instance().localDate(*intervention->endUtc);
  if (end < StockholmTime::instance().localDate(intervention->startUtc))
    return commandLine.usageError(
      QCoreApplication::translate("cli", "--end (%1) is before the intervention's start").arg(end.toString(Qt::ISODate)));
  intervention->closed = true;
  intervention->endUtc = DateRange(end, end).endUtcExclusive() - 1;
  if (auto updated = store.updateIntervention(*intervention, SystemUser::name()); !updated)
    return reportError(kCommand, updated.error());
  out() << QCoreApplication::translate("cli", "Intervention %1 closed; it ended %2.").arg(intervention->id).arg(end.toString(Qt::ISODate))
        << '\n';
  return ExitSuccess;
}

int remove(const CommandLine &commandLine, IncidentStore &store, const QString &idText)
{
  const auto intervention = findIntervention(store, idText);
  if (!intervention)
    return intervention.error().code == ErrorCode::Usage ? commandLine.usageError(intervention.error().message)
                                                         : reportError(kCommand, intervention.error());
  if (auto deleted = store.deleteIntervention(intervention->id, SystemUser::name()); !deleted)
    return reportError(kCommand, deleted.error());
  out() << QCoreApplication::translate("cli", "Intervention %1 deleted.").arg(intervention->id) << '\n';
  return ExitSuccess;
}
} // namespace

int runInterventionsCommand(const QStringList &arguments)
{
  CommandLine commandLine(
    kCommand,
    QCoreApplication::translate("cli", "The store's interventions: list them, register one (at a point with a radius, in a polygon or in a "
                                       "named area), close one or delete one. Coordinates are SWEREF 99 TM unless --crs says otherwise."),
    QStringLiteral("STORE [list | add ... | close ID [--end DATE] | delete ID]"));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("type"), QCoreApplication::translate("cli", "add: %1.").arg(InterventionTypes::codes().join(QStringLiteral(", "))),
    QStringLiteral("TYPE")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("title"), QCoreApplication::translate("cli", "add: a title, e.g. the place and what is done."), QStringLiteral("TEXT")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("start"), QCoreApplication::translate("cli", "add: first day."), QStringLiteral("YYYY-MM-DD")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("end"), QCoreApplication::translate("cli", "add: last day (none: ongoing); close: the day it ended (default today)."),
    QStringLiteral("YYYY-MM-DD")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("at"), QCoreApplication::translate("cli", "add: the place as X,Y, with --radius."), QStringLiteral("X,Y")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("radius"), QCoreApplication::translate("cli", "add: metres around --at."), QStringLiteral("M")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("polygon"),
                                           QCoreApplication::translate("cli", "add: the place as corners \"X Y, X Y, X Y, …\"."),
                                           QStringLiteral("CORNERS")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("area"), QCoreApplication::translate("cli", "add: the place as a named area of the store."), QStringLiteral("CODE")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("crs"),
                                           QCoreApplication::translate("cli", "add: CRS of --at and --polygon (default EPSG:3006)."),
                                           QStringLiteral("EPSG:N")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("actor"), QCoreApplication::translate("cli", "add: an actor involved (repeatable)."), QStringLiteral("NAME")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("trigger"),
                       QCoreApplication::translate("cli", "add: ids of the incidents that led to it (comma-separated, repeatable)."),
                       QStringLiteral("ID,...")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("note"), QCoreApplication::translate("cli", "add: a note."), QStringLiteral("TEXT")));
  commandLine.addFormatOption();
  if (const auto exit = commandLine.parse(arguments, 1, 3))
    return *exit;

  const QStringList positional = commandLine.positional();
  const QString action = positional.value(1, QStringLiteral("list"));
  const bool needsId = action == QLatin1String("close") || action == QLatin1String("delete");
  if (action != QLatin1String("list") && action != QLatin1String("add") && !needsId)
    return commandLine.usageError(QCoreApplication::translate("cli", "unknown action \"%1\": list, add, close or delete").arg(action));
  if (needsId != (positional.size() == 3))
    return commandLine.usageError(needsId ? QCoreApplication::translate("cli", "%1 needs the intervention's id").arg(action)
                                          : QCoreApplication::translate("cli", "%1 takes no id").arg(action));

  // list only reads; add, close and delete write.
  auto store = openStore(kCommand, positional.at(0), action == QLatin1String("list") ? StoreAccess::Read : StoreAccess::Write);
  if (!store)
    return reportError(kCommand, store.error());
  if (action == QLatin1String("add"))
    return add(commandLine, **store);
  if (action == QLatin1String("close"))
    return close(commandLine, **store, positional.at(2));
  if (action == QLatin1String("delete"))
    return remove(commandLine, **store, positional.at(2));
  return list(commandLine, **store);
}

} // namespace lagesbild::cli
