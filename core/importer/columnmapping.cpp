#include "columnmapping.h"

#include "messagetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lagesbild::importer
{
namespace
{
struct FieldNames
{
    ImportField field;
    const char *name;
    //! Known headers in priority order (already normalised: lower case, no å/ä/ö, no punctuation).
    std::vector<const char *> headers;
};

const std::vector<FieldNames> &fieldNames()
{
  static const std::vector<FieldNames> sNames = {
    {ImportField::ExternalId,
     "id",
     {"id", "externid", "externalid", "arendeid", "arendenummer", "arendenr", "arende", "diarienummer", "diarienr", "handelseid", "eventid",
      "nr"}},
    {ImportField::Kind, "kind", {"kind", "slag", "art"}},
    {ImportField::Category,
     "category",
     {"kategori", "category", "brottstyp", "brottskategori", "handelsetyp", "typavhandelse", "handelsekategori", "handelse", "typ", "type",
      "crimetype", "offence", "offense"}},
    {ImportField::Source,
     "source",
     {"kalla", "source", "rapportor", "rapporteradav", "inrapportor", "organisation", "aktor", "reporter", "reportedby"}},
    {ImportField::Occurred,
     "occurred",
     {"occurred", "occurredat", "datetime", "datumtid", "datumochtid", "tidpunkt", "handelsetid", "intraffad", "intraffade", "timestamp",
      "tidsstampel"}},
    {ImportField::Date, "date", {"datum", "date", "handelsedatum"}},
    {ImportField::Time, "time", {"tid", "time", "klockslag", "kl", "klockan"}},
    {ImportField::From,
     "from",
     {"fran", "from", "franochmed", "frantid", "frandatum", "tidfran", "datumfran", "start", "starttid", "occurredfrom", "begin"}},
    {ImportField::To,
     "to",
     {"till", "to", "tillochmed", "tilltid", "tilldatum", "tidtill", "datumtill", "slut", "sluttid", "occurredto", "end"}},
    {ImportField::Reported,
     "reported",
     {"reported", "reportedat", "rapporterad", "rapporteringsdatum", "anmald", "anmalningsdatum", "inrapporterad", "registrerad",
      "registreringsdatum"}},
    {ImportField::Latitude, "lat", {"lat", "latitude", "latitud", "breddgrad", "wgs84lat", "ycoordwgs84"}},
    {ImportField::Longitude, "lon", {"lon", "lng", "long", "longitude", "longitud", "langdgrad", "wgs84lon"}},
    {ImportField::Easting,
     "easting",
     {"easting", "e", "x", "ost", "ostlig", "sweref99e", "sweref99tme", "xkoord", "xkoordinat", "koordinatx"}},
    {ImportField::Northing,
     "northing",
     {"northing", "n", "y", "nord", "nordlig", "sweref99n", "sweref99tmn", "ykoord", "ykoordinat", "koordinaty"}},
    {ImportField::Address, "address", {"adress", "address", "gatuadress", "streetaddress", "street", "gata"}},
    {ImportField::Place, "place", {"plats", "place", "platsnamn", "location", "platsbeskrivning", "omrade"}},
    {ImportField::Description,
     "description",
     {"beskrivning", "description", "handelsebeskrivning", "kommentar", "kommentarer", "anteckning", "fritext", "text", "notering", "notes",
      "summary", "sammanfattning"}},
    {ImportField::PostalTown, "town", {"postort", "ort", "kommun", "kommunnamn", "stad", "city", "town", "postalcity", "posttown"}},
    {ImportField::Year, "year", {"year", "ar", "artal"}},
    {ImportField::Month, "month", {"month", "manad"}},
    {ImportField::Day, "day", {"day", "dag"}},
    {ImportField::Hour, "hour", {"hour", "timme"}},
    {ImportField::Minute, "minute", {"minute", "minut"}},
    {ImportField::Area, "area", {}},
  };
  return sNames;
}

void readValueMap(const QJsonObject &object, QHash<QString, QString> &map)
{
  for (auto it = object.begin(); it != object.end(); ++it)
    map.insert(ColumnMapping::normalizedValue(it.key()), it.value().toString().trimmed());
}
} // namespace

QString importFieldName(ImportField field)
{
  for (const auto &names : fieldNames())
    if (names.field == field)
      return QString::fromLatin1(names.name);
  return {};
}

std::optional<ImportField> importFieldFromName(const QString &name)
{
  const QString key = name.trimmed().toLower();
  for (const auto &names : fieldNames())
    if (key == QLatin1String(names.name))
      return names.field;
  if (key == QLatin1String("x"))
    return ImportField::Easting;
  if (key == QLatin1String("y"))
    return ImportField::Northing;
  if (key == QLatin1String("datetime"))
    return ImportField::Occurred;
  if (key == QLatin1String("latitude"))
    return ImportField::Latitude;
  if (key == QLatin1String("longitude"))
    return ImportField::Longitude;
  return std::nullopt;
}

QString normalizedHeader(const QString &header)
{
  const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
  QString result;
  result.reserve(decomposed.size());
  for (const QChar c : decomposed)
  {
    if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
      result.append(c);
  }
  return result;
}

Result<ColumnMapping> ColumnMapping::load(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("importer", "%1: cannot read the mapping file").arg(path),
                     file.errorString());
  return fromJson(file.readAll(), path);
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QString &fileLabel)
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
  if (document.isNull() || !document.isObject())
  {
    // Line of the error offset, for the message.
    const int line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
    return makeError(
      ErrorCode::BadInput,
      QCoreApplication::translate("importer", "%1:%2: not a JSON object: %3").arg(fileLabel).arg(line).arg(parseError.errorString()));
  }
  const QJsonObject root = document.object();
  ColumnMapping mapping;
  const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
  for (auto it = columns.begin(); it != columns.end(); ++it)
  {
    const auto field = importFieldFromName(it.key());
    if (!field)
      return makeError(ErrorCode::BadInput,
                       QCoreApplication::translate("importer", "%1: columns: unknown field \"%2\"").arg(fileLabel, it.key()));
    if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
      return makeError(ErrorCode::BadInput,
                       QCoreApplication::translate("importer", "%1: columns: %2: expected a column name").arg(fileLabel, it.key()));
    mapping.columns[*field] = it.value().toString().trimmed();
  }
  readValueMap(root.value(QStringLiteral("categories")).toObject(), mapping.categoryValues);
  readValueMap(root.value(QStringLiteral("sources")).toObject(), mapping.sourceValues);
  mapping.kind = root.value(QStringLiteral("kind")).toString().trimmed();
  mapping.source = root.value(QStringLiteral("source")).toString().trimmed();
  mapping.crs = root.value(QStringLiteral("crs")).toString().trimmed();
  mapping.dateFormat = root.value(QStringLiteral("dateFormat")).toString().trimmed();
  return mapping;
}

Result<ColumnLayout> ColumnLayout::resolve(const QStringList &headers, const ColumnMapping *mapping, const QString &fileLabel)
{
  ColumnLayout layout;
  std::vector<bool> used(static_cast<std::size_t>(headers.size()), false);
  if (mapping)
  {
    for (const auto &[field, column] : mapping->columns)
    {
      int found = -1;
      for (int i = 0; i < headers.size(); ++i)
        if (headers.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
          found = i;
      if (found < 0)
        return makeError(
          ErrorCode::BadInput,
          QCoreApplication::translate("importer", "%1:1: %2: mapping names column %3, which is not in the file (columns: %4)")
            .arg(fileLabel, importFieldName(field), MessageText::quoted(column), MessageText::columnList(headers)));
      layout.set(field, found);
      used[static_cast<std::size_t>(found)] = true;
    }
  }
  QStringList normalized;
  for (const QString &header : headers)
    normalized.append(normalizedHeader(header));
  // Fields that stand for each other: once the mapping names one of a group, recognition
  // leaves the whole group alone (a "DAY" column must not become the date beside "occurred").
  static const std::vector<std::vector<ImportField>> kGroups = {
    {ImportField::Occurred, ImportField::Date, ImportField::Time, ImportField::From, ImportField::Year, ImportField::Month,
     ImportField::Day, ImportField::Hour, ImportField::Minute},
    {ImportField::Latitude, ImportField::Longitude, ImportField::Easting, ImportField::Northing},
  };
  auto mappedGroup = [&](ImportField field)
  {
    if (!mapping)
      return false;
    for (const auto &group : kGroups)
      if (std::find(group.begin(), group.end(), field) != group.end())
        return std::any_of(group.begin(), group.end(), [&](ImportField member) { return mapping->columns.count(member) > 0; });
    return false;
  };
  for (const auto &names : fieldNames())
  {
    if (layout.has(names.field) || mappedGroup(names.field))
      continue;
    for (const char *alias : names.headers)
    {
      const auto at = normalized.indexOf(QLatin1String(alias));
      if (at >= 0 && !used[static_cast<std::size_t>(at)])
      {
        layout.set(names.field, static_cast<int>(at));
        used[static_cast<std::size_t>(at)] = true;
        break;
      }
    }
  }
  // A used column whose name another column has too: which one holds the values is a guess.
  for (std::size_t f = 0; f < kImportFieldCount; ++f)
  {
    const int column = layout.index(static_cast<ImportField>(f));
    if (column < 0 || normalized.at(column).isEmpty())
      continue;
    for (int other = 0; other < normalized.size(); ++other)
      if (other != column && normalized.at(other) == normalized.at(column))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                           "importer", "%1:1: columns %2 and %3 are both named %4: rename one of them, or it is a guess which one is read")
                           .arg(fileLabel)
                           .arg(std::min(column, other) + 1)
                           .arg(std::max(column, other) + 1)
                           .arg(MessageText::quoted(headers.at(column).trimmed())));
  }
  return layout;
}

} // namespace lagesbild::importer
