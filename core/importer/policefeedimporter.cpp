#include "policefeedimporter.h"
#include <cmath>

#include "coordinatetransformer.h"
#include "identitynumbermasker.h"
#include "messagetext.h"
#include "policefeedtypes.h"
#include "referenceresolver.h"
#include "textlimits.h"
#include "time/stockholmtime.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace lagesbild::importer
{
namespace
{
constexpr std::int64_t kEventsPerProgressStep = 256;

int monthFromSwedishName(const QString &name)
{
  static const QStringList kMonths = {QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("mars"),
                                      QStringLiteral("april"),   QStringLiteral("maj"),      QStringLiteral("juni"),
                                      QStringLiteral("juli"),    QStringLiteral("augusti"),  QStringLiteral("september"),
                                      QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december")};
  return static_cast<int>(kMonths.indexOf(name.toLower())) + 1;
}

QString idText(const QJsonValue &value)
{
  if (value.isString())
    return value.toString().trimmed();
  if (value.isDouble())
  {
    // Ids are whole numbers; anything else (a fraction, or beyond 2^53 where doubles stop being
    // exact) is written as JSON gave it rather than converted out of range.
    const double number = value.toDouble();
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0)
      return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', 17);
  }
  return {};
}
} // namespace

bool PoliceFeedImporter::looksLikeFeed(const QByteArray &data)
{
  const QJsonDocument document = QJsonDocument::fromJson(data);
  if (!document.isArray())
    return false;
  const QJsonArray events = document.array();
  if (events.isEmpty())
    return true;
  const QJsonObject first = events.first().toObject();
  return first.contains(QStringLiteral("datetime")) && first.contains(QStringLiteral("location"));
}

std::optional<PoliceFeedImporter::EventTime> PoliceFeedImporter::timeFromName(const QString &name, std::int64_t publishedUtc)
{
  static const QRegularExpression kPattern(QStringLiteral("^\\s*(\\d{1,2})\\s+([a-zåäö]+)\\s+(\\d{1,2})[.:](\\d{2})"
                                                          "(?:\\s*[-–]\\s*(?:(\\d{1,2})\\s+([a-zåäö]+)\\s+)?(\\d{1,2})[.:](\\d{2}))?"),
                                           QRegularExpression::CaseInsensitiveOption);
  const QRegularExpressionMatch match = kPattern.match(name);
  if (!match.hasMatch())
    return std::nullopt;
  const StockholmTime &stockholm = StockholmTime::instance();
  const QDate published = stockholm.localDate(publishedUtc);
  auto dateFor = [&](int day, int month) -> QDate
  {
    // The year of publication, or the year before when that date lies after the publication.
    QDate date(published.year(), month, day);
    if (date.isValid() && date > published.addDays(1))
      date = QDate(published.year() - 1, month, day);
    return date;
  };
  const int month = monthFromSwedishName(match.captured(2));
  const QDate day = month > 0 ? dateFor(match.captured(1).toInt(), month) : QDate();
  const QTime time(match.captured(3).toInt(), match.captured(4).toInt());
  if (!day.isValid() || !time.isValid())
    return std::nullopt;
  EventTime result;
  result.from = stockholm.toUtc(day, time);
  if (match.capturedLength(7) > 0)
  {
    QDate endDay = day;
    if (match.capturedLength(5) > 0)
    {
      const int endMonth = monthFromSwedishName(match.captured(6));
      endDay = endMonth > 0 ? dateFor(match.captured(5).toInt(), endMonth) : QDate();
    }
    const QTime endTime(match.captured(7).toInt(), match.captured(8).toInt());
    if (endDay.isValid() && endTime.isValid())
    {
      std::int64_t to = stockholm.toUtc(endDay, endTime);
      if (to < result.from && match.capturedLength(5) == 0)
        to = stockholm.toUtc(endDay.addDays(1), endTime); // "18.00 - 06.00": over midnight
      if (to >= result.from)
        result.to = to;
    }
  }
  return result;
}

Result<void> PoliceFeedImporter::parse(const QByteArray &data, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                                       Feedback *feedback)
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
  if (document.isNull())
  {
    const auto line = data.left(parseError.offset).count('\n') + 1;
    return makeError(
      ErrorCode::BadInput,
      QCoreApplication::translate("importer", "%1:%2: not valid JSON: %3").arg(fileLabel).arg(line).arg(parseError.errorString()));
  }
  if (!document.isArray())
    return makeError(
      ErrorCode::BadInput,
      QCoreApplication::translate("importer", "%1: expected the police events feed (a JSON array of events)").arg(fileLabel));

  const ColumnMapping *mapping = options.mapping ? &*options.mapping : nullptr;
  ReferenceResolver resolver(options.known, mapping);
  const auto source = resolver.sourceCode(options.source.isEmpty() ? QStringLiteral("polisen") : options.source);
  if (!source)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("importer", "%1: source: %2").arg(fileLabel, source.error().message));
  const QString sourceCode = *source;
  out.unit = IssueUnit::Event;
  QStringList unknownTypes;
  out.header = QStringList{QStringLiteral("id"),   QStringLiteral("datetime"), QStringLiteral("name"),
                           QStringLiteral("type"), QStringLiteral("location"), QStringLiteral("gps")};

  auto transformer = CoordinateTransformer::fromUserInput(QStringLiteral("EPSG:4326"));
  if (!transformer)
    return transformer.error();

  const DateTimeParser dates;
  const QJsonArray events = document.array();
  std::vector<Incident> pending;
  std::vector<double> xs;
  std::vector<double> ys;
  std::vector<std::int64_t> numbers;
  std::int64_t fallbackTimes = 0;
  for (qsizetype i = 0; i < events.size(); ++i)
  {
    if (feedback && i % kEventsPerProgressStep == 0)
    {
      if (feedback->isCancelled())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("importer", "import cancelled"));
      feedback->setProgress(100.0 * static_cast<double>(i) / static_cast<double>(events.size()));
    }
    const std::int64_t number = i + 1; // events are numbered from 1 in messages
    ++out.record.read;
    const QJsonObject event = events.at(i).toObject();
    const QJsonObject location = event.value(QStringLiteral("location")).toObject();
    QStringList reasons;
    auto fail = [&](const QString &field, const QString &message)
    {
      out.errors.push_back({fileLabel, number, field, message, IssueUnit::Event});
      reasons.append(field + QStringLiteral(": ") + message);
    };
    //! A text of the event, masked; false (with an error) when it is too long.
    auto readText = [&](const QString &field, QString text, int maxLength, QString &into)
    {
      if (const QString problem = TextLimits::lengthProblem(text, maxLength); !problem.isEmpty())
      {
        fail(field, problem);
        return false;
      }
      out.record.masked += IdentityNumberMasker::mask(text);
      into = text;
      return true;
    };

    Incident incident;
    const QString type = event.value(QStringLiteral("type")).toString().trimmed();
    const std::optional<PoliceFeedType> known = PoliceFeedTypes::find(type);
    // The table decides crime or report; --kind overrides it for every event.
    incident.kind = options.kind ? *options.kind : known ? known->kind : IncidentKind::Report;
    incident.source = sourceCode;
    incident.precision = LocationPrecision::Municipality;
    readText(QStringLiteral("id"), idText(event.value(QStringLiteral("id"))), TextLimits::kMaxExternalId, incident.externalId);
    if (incident.externalId.isEmpty())
      fail(QStringLiteral("id"), QCoreApplication::translate("importer", "missing event id"));
    else if (incident.externalId.contains(IdentityNumberMasker::replacement()))
      fail(QStringLiteral("id"), QCoreApplication::translate("importer", "the event id holds a personal identity number"));

    const QString published = event.value(QStringLiteral("datetime")).toString();
    const QByteArray publishedUtf8 = published.toUtf8();
    ParsedMoment moment;
    std::optional<std::int64_t> publishedUtc;
    if (dates.parse(std::string_view(publishedUtf8.constData(), static_cast<std::size_t>(publishedUtf8.size())), moment) ==
          MomentStatus::Ok &&
        moment.hasDate)
    {
      const std::int64_t seconds = moment.hour * 3600 + moment.minute * 60 + moment.second;
      publishedUtc = moment.offsetSeconds ? daysFromCivil(moment.year, moment.month, moment.day) * 86400 + seconds - *moment.offsetSeconds
                                          : StockholmTime::instance().toUtc(QDate(moment.year, moment.month, moment.day),
                                                                            QTime(moment.hour, moment.minute, moment.second));
    }
    else
      fail(QStringLiteral("datetime"),
           published.isEmpty()
             ? QCoreApplication::translate("importer", "missing")
             : QCoreApplication::translate("importer", "cannot read %1 as a date and time").arg(MessageText::quoted(published)));

    const QString name = event.value(QStringLiteral("name")).toString().trimmed();
    if (publishedUtc)
    {
      incident.reportedAt = *publishedUtc;
      if (const auto eventTime = timeFromName(name, *publishedUtc))
      {
        incident.occurredFrom = eventTime->from;
        incident.occurredTo = eventTime->to;
      }
      else
      {
        incident.occurredFrom = *publishedUtc;
        ++fallbackTimes;
      }
    }

    if (type.isEmpty())
      fail(QStringLiteral("type"), QCoreApplication::translate("importer", "missing event type"));
    else
    {
      // --kind maps the type itself; otherwise the table's category, or "Övrigt" for a type it lacks.
      const QString categoryValue = options.kind ? type
                                    : known      ? QString::fromUtf8(known->category)
                                                 : QString::fromLatin1(PoliceFeedTypes::kUnknownCategory);
      if (auto category = resolver.categoryCode(categoryValue, incident.kind))
      {
        incident.category = *category;
        out.record.masked += IdentityNumberMasker::contains(type) ? 1 : 0;
      }
      else
        fail(QStringLiteral("type"), category.error().message);
      // The warning names the type: masked, as every text of the feed.
      if (const QString maskedType = IdentityNumberMasker::masked(type); !options.kind && !known && !unknownTypes.contains(maskedType))
        unknownTypes.append(maskedType);
    }

    const QString gps = location.value(QStringLiteral("gps")).toString().trimmed();
    const QStringList parts = gps.split(QLatin1Char(','));
    double lat = 0.0;
    double lon = 0.0;
    bool gpsOk = parts.size() == 2;
    if (gpsOk)
    {
      const QByteArray latText = parts.at(0).toUtf8();
      const QByteArray lonText = parts.at(1).toUtf8();
      gpsOk = parseNumber(std::string_view(latText.constData(), static_cast<std::size_t>(latText.size())), lat) &&
              parseNumber(std::string_view(lonText.constData(), static_cast<std::size_t>(lonText.size())), lon);
    }
    if (!gpsOk)
      fail(QStringLiteral("location.gps"),
           gps.isEmpty() ? QCoreApplication::translate("importer", "missing")
                         : QCoreApplication::translate("importer", "%1 is not \"lat,lon\"").arg(MessageText::quoted(gps)));

    QString description = event.value(QStringLiteral("summary")).toString().trimmed();
    QString url = event.value(QStringLiteral("url")).toString().trimmed();
    if (url.startsWith(QLatin1Char('/')))
      url.prepend(QStringLiteral("https://polisen.se"));
    if (!url.isEmpty())
      description += (description.isEmpty() ? QString() : QStringLiteral("\n")) + url;
    readText(QStringLiteral("location.name"), location.value(QStringLiteral("name")).toString().trimmed(), TextLimits::kMaxText,
             incident.address);
    readText(QStringLiteral("summary"), description, TextLimits::kMaxText, incident.description);
    if (!reasons.isEmpty())
    {
      ++out.record.rejected;
      out.rejected.push_back({number,
                              {incident.externalId, published, name, type, location.value(QStringLiteral("name")).toString(), gps},
                              reasons.join(QStringLiteral("; "))});
      continue;
    }

    pending.push_back(std::move(incident));
    xs.push_back(lon);
    ys.push_back(lat);
    numbers.push_back(number);
  }

  std::vector<char> success;
  transformer->transform(xs, ys, success);
  for (std::size_t i = 0; i < pending.size(); ++i)
  {
    if (!success[i] || !CoordinateTransformer::isInSweden(xs[i], ys[i]))
    {
      const QString message = QCoreApplication::translate("importer", "the point is outside Sweden");
      out.errors.push_back({fileLabel, numbers[i], QStringLiteral("location.gps"), message, IssueUnit::Event});
      out.rejected.push_back({numbers[i], {pending[i].externalId}, message});
      ++out.record.rejected;
      continue;
    }
    pending[i].x = xs[i];
    pending[i].y = ys[i];
    out.incidents.push_back(std::move(pending[i]));
    out.incidentLines.push_back(numbers[i]);
  }
  if (fallbackTimes > 0)
  {
    const int events = static_cast<int>(fallbackTimes); // outside translate(): see Importer::write
    out.warnings.push_back(
      {fileLabel, 0, QStringLiteral("name"),
       QCoreApplication::translate("importer", "%n event(s) had no time in their name; the publication time was used", nullptr, events)});
  }
  if (!unknownTypes.isEmpty())
    out.warnings.push_back({fileLabel, 0, QStringLiteral("type"),
                            QCoreApplication::translate("importer", "event types not in the table, imported as reports in \"Övrigt\": %1")
                              .arg(unknownTypes.join(QStringLiteral(", ")))});
  out.warnings.push_back(
    {fileLabel, 0, QStringLiteral("location.gps"),
     QCoreApplication::translate(
       "importer", "police feed points are municipality or county centres: marked as municipality precision, not street level")});
  out.newCategories = resolver.newCategories();
  out.newSources = resolver.newSources();
  if (feedback)
    feedback->setProgress(100.0);
  return {};
}

} // namespace lagesbild::importer
