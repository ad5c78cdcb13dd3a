#include "csvimporter.h"

#include "coordinatetransformer.h"
#include "csvtokenizer.h"
#include "incidentrowbuilder.h"
#include "textencoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace lagesbild::importer
{
namespace
{
constexpr std::int64_t kRowsPerProgressStep = 8192;
constexpr std::size_t kBinaryProbeBytes = 65536;

QString tr(const char *text)
{
  return QCoreApplication::translate("importer", text);
}

Result<void> parseOnce(std::string_view text, TextEncoding encoding, const QString &fileLabel, const ImportOptions &options,
                       DayMonthOrder order, ParsedImport &out, Feedback *feedback, std::int64_t &ambiguous, bool &dayFirst,
                       bool &monthFirst)
{
  const char delimiter = CsvTokenizer::detectDelimiter(text);
  CsvTokenizer tokenizer(text, delimiter);
  std::vector<std::string_view> fields;
  if (!tokenizer.next(fields))
    return makeError(ErrorCode::BadInput, tr("%1: the file has no header line").arg(fileLabel));
  QStringList headers;
  for (const std::string_view field : fields)
    headers.append(decodeText(trimmed(field), encoding));
  out.header = headers;
  const ColumnMapping *mapping = options.mapping ? &*options.mapping : nullptr;
  auto layout = ColumnLayout::resolve(headers, mapping, fileLabel);
  if (!layout)
    return layout.error();

  ReferenceResolver resolver(options.known, mapping);
  IncidentRowBuilder builder(options, *layout, headers, fileLabel, encoding, resolver, out);
  if (order != DayMonthOrder::Unknown)
    builder.setDayMonthOrder(order);
  const auto layoutIssues = builder.checkLayout(IncidentRowBuilder::CoordinateSource::Columns);
  if (!layoutIssues.empty())
  {
    QStringList messages;
    for (const ImportIssue &issue : layoutIssues)
      messages.append(issue.toString());
    return makeError(ErrorCode::BadInput, messages.join(QLatin1Char('\n')) + tr(" (columns: %1)").arg(headers.join(QStringLiteral(", "))));
  }
  auto transformer = CoordinateTransformer::fromUserInput(builder.columnCrs());
  if (!transformer)
    return transformer.error();

  builder.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  const auto headerCount = static_cast<std::size_t>(headers.size());
  std::int64_t rows = 0;
  while (tokenizer.next(fields))
  {
    if (++rows % kRowsPerProgressStep == 0 && feedback)
    {
      if (feedback->isCancelled())
        return makeError(ErrorCode::Cancelled, tr("import cancelled"));
      feedback->setProgress(100.0 * static_cast<double>(tokenizer.position()) / static_cast<double>(tokenizer.size()));
    }
    bool blank = true;
    for (const std::string_view field : fields)
      blank = blank && trimmed(field).empty();
    if (blank)
      continue;
    if (tokenizer.unterminatedQuote())
    {
      ++out.record.read;
      ++out.record.rejected;
      const QString message = tr("a quoted field starting on this line is never closed");
      out.errors.push_back({fileLabel, tokenizer.recordLine(), QString(), message});
      out.rejected.push_back({tokenizer.recordLine(), {decodeText(tokenizer.recordText(), encoding)}, message});
      continue;
    }
    if (fields.size() > headerCount)
    {
      bool extraValues = false;
      for (std::size_t i = headerCount; i < fields.size(); ++i)
        extraValues = extraValues || !trimmed(fields[i]).empty();
      if (extraValues)
      {
        ++out.record.read;
        ++out.record.rejected;
        const QString message =
          tr("%1 fields but the header has %2 (a delimiter inside an unquoted value?)").arg(fields.size()).arg(headerCount);
        out.errors.push_back({fileLabel, tokenizer.recordLine(), QString(), message});
        RejectedRow rejected{tokenizer.recordLine(), {}, message};
        for (const std::string_view field : fields)
          rejected.values.append(decodeText(field, encoding));
        out.rejected.push_back(std::move(rejected));
        continue;
      }
    }
    builder.addRow(fields, tokenizer.recordLine());
  }
  builder.finish(*transformer);
  out.newCategories = resolver.newCategories();
  out.newSources = resolver.newSources();
  ambiguous = builder.ambiguousDates();
  dayFirst = builder.sawDayFirst();
  monthFirst = builder.sawMonthFirst();
  if (feedback)
    feedback->setProgress(100.0);
  return {};
}
} // namespace

Result<void> CsvImporter::parse(const QByteArray &data, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                                Feedback *feedback)
{
  QByteArray converted;
  const QByteArray &bytes = convertUtf16ToUtf8(data, converted) ? converted : data;
  if (std::memchr(bytes.constData(), '\0', std::min<std::size_t>(static_cast<std::size_t>(bytes.size()), kBinaryProbeBytes)))
    return makeError(ErrorCode::BadInput, tr("%1: not a text file (binary data); expected CSV").arg(fileLabel));
  const std::string_view all(bytes.constData(), static_cast<std::size_t>(bytes.size()));
  const DetectedEncoding detected = detectEncoding(all);
  const std::string_view text = all.substr(static_cast<std::size_t>(detected.bomLength));
  if (trimmed(text).find_first_not_of("\r\n") == std::string_view::npos)
    return makeError(ErrorCode::BadInput, tr("%1: the file is empty").arg(fileLabel));

  const ParsedImport initial = out;
  std::int64_t ambiguous = 0;
  bool dayFirst = false;
  bool monthFirst = false;
  if (auto result =
        parseOnce(text, detected.encoding, fileLabel, options, DayMonthOrder::Unknown, out, feedback, ambiguous, dayFirst, monthFirst);
      !result)
    return result;
  // Slash dates such as 5/3/2021: when other rows prove the order (13/3/2021), read again with it.
  if (ambiguous > 0 && dayFirst != monthFirst)
  {
    out = initial;
    const DayMonthOrder order = dayFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
    if (auto result = parseOnce(text, detected.encoding, fileLabel, options, order, out, feedback, ambiguous, dayFirst, monthFirst);
        !result)
      return result;
    out.warnings.push_back({fileLabel, 0, QString(),
                            dayFirst ? tr("dates such as 5/3/2021 were read day first (5 March), as other rows of the file show")
                                     : tr("dates such as 5/3/2021 were read month first (May 3), as other rows of the file show")});
  }
  return {};
}

} // namespace lagesbild::importer
