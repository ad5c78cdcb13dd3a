#include "csvimporter.h"

#include "coordinatetransformer.h"
#include "csvtokenizer.h"
#include "incidentrowbuilder.h"
#include "lineendings.h"
#include "messagetext.h"
#include "textencoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
#include <thread>

namespace lagesbild::importer
{
namespace
{
constexpr std::int64_t kRowsPerProgressStep = 8192;
constexpr std::size_t kBinaryProbeBytes = 65536;
// Files from 2 × this size on are read in parts on several threads.
constexpr std::size_t kBytesPerPart = 4 * 1024 * 1024;
constexpr unsigned kMaximumParts = 8;

//! A run of whole records of the file: bytes [begin, end) of the text, from line firstLine.
struct CsvPart
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::int64_t firstLine = 1;
};

std::int64_t countLineBreaks(const char *begin, std::size_t size)
{
  std::int64_t count = 0;
  const char *end = begin + size;
  for (const char *p = begin; p < end; ++count, ++p)
  {
    p = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (p == nullptr)
      break;
  }
  return count;
}

//! Splits the records from bodyBegin (a record start on line bodyLine) into about `count`
//! parts of equal size, at record starts that a single pass would also reach: where no quote
//! comes before the line break after the goal, every record there is a plain line and the
//! byte after that line break starts one; otherwise the tokenizer itself reads up to the goal,
//! so a quoted line break is never taken for the end of a record.
std::vector<CsvPart> splitIntoParts(std::string_view text, char delimiter, std::size_t bodyBegin, std::int64_t bodyLine, std::size_t count)
{
  std::vector<CsvPart> parts;
  const char *base = text.data();
  const std::size_t bodySize = text.size() - bodyBegin;
  CsvPart part{bodyBegin, text.size(), bodyLine};
  for (std::size_t k = 1; k < count; ++k)
  {
    const std::size_t goal = bodyBegin + bodySize / count * k;
    if (goal <= part.begin)
      continue;
    std::size_t boundary = 0;
    std::int64_t line = 0;
    if (const void *lineBreak = std::memchr(base + goal, '\n', text.size() - goal))
    {
      const auto after = static_cast<std::size_t>(static_cast<const char *>(lineBreak) - base) + 1;
      if (std::memchr(base + part.begin, '"', after - part.begin) == nullptr)
      {
        boundary = after;
        line = part.firstLine + countLineBreaks(base + part.begin, after - part.begin);
      }
    }
    if (boundary == 0)
    {
      CsvTokenizer scout(text.substr(part.begin), delimiter, part.firstLine);
      std::vector<std::string_view> fields;
      while (part.begin + scout.position() < goal && scout.next(fields))
      {
      }
      boundary = part.begin + scout.position();
      line = scout.line();
    }
    if (boundary >= text.size())
      break;
    part.end = boundary;
    parts.push_back(part);
    part = CsvPart{boundary, text.size(), line};
  }
  parts.push_back(part);
  return parts;
}

//! Reads the records of one part into its builder and transforms their points; out is the
//! part's own result. The first of `partCount` parts makes room for the rows of all: the
//! others are appended to it.
Result<void> readRows(std::string_view text, const CsvPart &part, std::size_t partCount, char delimiter, TextEncoding encoding,
                      const QString &fileLabel, std::size_t headerCount, IncidentRowBuilder &builder,
                      const CoordinateTransformer &transformer, ParsedImport &out, Feedback *feedback, bool reportsProgress)
{
  const std::string_view bytes = text.substr(part.begin, part.end - part.begin);
  CsvTokenizer tokenizer(bytes, delimiter, part.firstLine);
  const auto lines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
  builder.reserve(partCount > 1 ? lines * partCount + lines / 8 : lines);
  std::vector<std::string_view> fields;
  std::int64_t rows = 0;
  while (tokenizer.next(fields))
  {
    if (++rows % kRowsPerProgressStep == 0 && feedback)
    {
      if (feedback->isCancelled())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("importer", "import cancelled"));
      // The parts are read at about the same speed: the first one's share stands for all.
      if (reportsProgress)
        feedback->setProgress(90.0 * static_cast<double>(tokenizer.position()) /
                              static_cast<double>(std::max<std::size_t>(1, bytes.size())));
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
      const QString message = QCoreApplication::translate("importer", "a quoted field starting on this line is never closed");
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
          QCoreApplication::translate("importer", "%1 fields but the header has %2 (a delimiter inside an unquoted value?)")
            .arg(fields.size())
            .arg(headerCount);
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
  builder.finish(transformer, false);
  return {};
}

template<typename Reference> void appendNew(std::vector<Reference> &to, const std::vector<Reference> &from)
{
  for (const Reference &reference : from)
    if (std::none_of(to.begin(), to.end(), [&reference](const Reference &known) { return known.code == reference.code; }))
      to.push_back(reference);
}

Result<void> parseOnce(std::string_view text, TextEncoding encoding, bool checkUtf8, const QString &fileLabel, const ImportOptions &options,
                       DayMonthOrder order, ParsedImport &out, Feedback *feedback, std::int64_t &ambiguous, bool &dayFirst,
                       bool &monthFirst)
{
  const char delimiter = CsvTokenizer::detectDelimiter(text);
  CsvTokenizer tokenizer(text, delimiter);
  std::vector<std::string_view> fields;
  if (!tokenizer.next(fields))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("importer", "%1: the file has no header line").arg(fileLabel));
  QStringList headers;
  for (const std::string_view field : fields)
    headers.append(decodeText(trimmed(field), encoding));
  out.header = headers;
  if (checkUtf8)
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (!isValidUtf8(fields[i]))
        out.warnings.push_back({fileLabel, tokenizer.recordLine(), QString(),
                                QCoreApplication::translate("importer", "invalid UTF-8 bytes in the column name %1")
                                  .arg(MessageText::quoted(headers.at(static_cast<int>(i))))});
  const ColumnMapping *mapping = options.mapping ? &*options.mapping : nullptr;
  auto layout = ColumnLayout::resolve(headers, mapping, fileLabel);
  if (!layout)
    return layout.error();

  // A large file is read in parts on all cores, each part with its own builder and reference
  // resolver; the parts' results are joined in file order, so the outcome is the same as one pass.
  const std::size_t cores = std::max(1U, std::min(kMaximumParts, std::thread::hardware_concurrency()));
  const std::size_t wanted = text.size() - tokenizer.position() >= kBytesPerPart * 2 ? cores : 1;
  const std::vector<CsvPart> parts = splitIntoParts(text, delimiter, tokenizer.position(), tokenizer.line(),
                                                    std::min(wanted, (text.size() - tokenizer.position()) / kBytesPerPart + 1));

  std::vector<ParsedImport> results(parts.size());
  std::vector<std::unique_ptr<ReferenceResolver>> resolvers;
  std::vector<std::unique_ptr<IncidentRowBuilder>> builders;
  for (std::size_t k = 0; k < parts.size(); ++k)
  {
    resolvers.push_back(std::make_unique<ReferenceResolver>(options.known, mapping));
    builders.push_back(std::make_unique<IncidentRowBuilder>(options, *layout, headers, fileLabel, encoding, *resolvers[k], results[k]));
    if (order != DayMonthOrder::Unknown)
      builders[k]->setDayMonthOrder(order);
    builders[k]->setCheckUtf8(checkUtf8);
  }
  const auto layoutIssues = builders.front()->checkLayout(IncidentRowBuilder::CoordinateSource::Columns);
  if (!layoutIssues.empty())
  {
    QStringList messages;
    for (const ImportIssue &issue : layoutIssues)
      messages.append(issue.toString());
    return makeError(ErrorCode::BadInput,
                     messages.join(QLatin1Char('\n')) +
                       QCoreApplication::translate("importer", " (columns: %1)").arg(MessageText::columnList(headers)));
  }
  // A transformation each: one is not thread-safe.
  std::vector<CoordinateTransformer> transformers;
  for (std::size_t k = 0; k < parts.size(); ++k)
  {
    auto transformer = CoordinateTransformer::fromUserInput(builders.front()->columnCrs());
    if (!transformer)
      return transformer.error();
    transformers.push_back(std::move(*transformer));
  }

  const auto headerCount = static_cast<std::size_t>(headers.size());
  std::vector<Result<void>> outcomes(parts.size());
  {
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < parts.size(); ++k)
      workers.emplace_back(
        [&, k]()
        {
          outcomes[k] = readRows(text, parts[k], parts.size(), delimiter, encoding, fileLabel, headerCount, *builders[k], transformers[k],
                                 results[k], feedback, false);
        });
    outcomes[0] = readRows(text, parts[0], parts.size(), delimiter, encoding, fileLabel, headerCount, *builders[0], transformers[0],
                           results[0], feedback, true);
    for (std::thread &worker : workers)
      worker.join();
  }
  for (const Result<void> &outcome : outcomes)
    if (!outcome)
      return outcome;

  std::int64_t swappedAxes = 0;
  std::int64_t adjustedTimes = 0;
  ambiguous = 0;
  dayFirst = false;
  monthFirst = false;
  for (std::size_t k = 0; k < parts.size(); ++k)
  {
    ParsedImport &part = results[k];
    if (out.incidents.empty())
    {
      out.incidents = std::move(part.incidents);
      out.incidentLines = std::move(part.incidentLines);
    }
    else
    {
      out.incidents.insert(out.incidents.end(), std::make_move_iterator(part.incidents.begin()),
                           std::make_move_iterator(part.incidents.end()));
      out.incidentLines.insert(out.incidentLines.end(), part.incidentLines.begin(), part.incidentLines.end());
    }
    out.errors.insert(out.errors.end(), part.errors.begin(), part.errors.end());
    out.rejected.insert(out.rejected.end(), std::make_move_iterator(part.rejected.begin()), std::make_move_iterator(part.rejected.end()));
    for (const ImportIssue &warning : part.warnings)
      if (out.warnings.size() < IncidentRowBuilder::kMaxListedWarnings)
        out.warnings.push_back(warning);
    out.record.read += part.record.read;
    out.record.rejected += part.record.rejected;
    out.record.masked += part.record.masked;
    appendNew(out.newCategories, resolvers[k]->newCategories());
    appendNew(out.newSources, resolvers[k]->newSources());
    swappedAxes += builders[k]->swappedAxes();
    adjustedTimes += builders[k]->adjustedTimes();
    ambiguous += builders[k]->ambiguousDates();
    dayFirst = dayFirst || builders[k]->sawDayFirst();
    monthFirst = monthFirst || builders[k]->sawMonthFirst();
  }
  // Rows rejected while reading and points rejected by the transformation, in file order.
  std::stable_sort(out.rejected.begin(), out.rejected.end(), [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
  IncidentRowBuilder::addSummaryWarnings(out, fileLabel, swappedAxes, adjustedTimes);
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
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("importer", "%1: not a text file (binary data); expected CSV").arg(fileLabel));
  const std::string_view all(bytes.constData(), static_cast<std::size_t>(bytes.size()));
  const DetectedEncoding detected = detectEncoding(all);
  std::string_view text = all.substr(static_cast<std::size_t>(detected.bomLength));
  if (trimmed(text).find_first_not_of("\r\n") == std::string_view::npos)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("importer", "%1: the file is empty").arg(fileLabel));
  std::string withLineFeeds;
  const bool carriageReturns = LineEndings::convertCarriageReturns(text, withLineFeeds);
  if (carriageReturns)
    text = withLineFeeds;
  // A UTF-8 file with a few broken bytes stays UTF-8: the rows holding them are reported.
  const bool checkUtf8 = detected.encoding == TextEncoding::Utf8 && detected.invalidSequences > 0;

  const ParsedImport initial = out;
  std::int64_t ambiguous = 0;
  bool dayFirst = false;
  bool monthFirst = false;
  if (auto result = parseOnce(text, detected.encoding, checkUtf8, fileLabel, options, DayMonthOrder::Unknown, out, feedback, ambiguous,
                              dayFirst, monthFirst);
      !result)
    return result;
  // Slash dates such as 5/3/2021: when other rows prove the order (13/3/2021), read again with it.
  if (ambiguous > 0 && dayFirst != monthFirst)
  {
    out = initial;
    const DayMonthOrder order = dayFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
    if (auto result =
          parseOnce(text, detected.encoding, checkUtf8, fileLabel, options, order, out, feedback, ambiguous, dayFirst, monthFirst);
        !result)
      return result;
    out.warnings.push_back(
      {fileLabel, 0, QString(),
       dayFirst
         ? QCoreApplication::translate("importer", "dates such as 5/3/2021 were read day first (5 March), as other rows of the file show")
         : QCoreApplication::translate("importer",
                                       "dates such as 5/3/2021 were read month first (May 3), as other rows of the file show")});
  }
  if (detected.encoding == TextEncoding::Windows1252)
  {
    const int invalid = static_cast<int>(std::min<std::int64_t>(detected.invalidSequences, std::numeric_limits<int>::max()));
    out.warnings.push_back({fileLabel, 0, QString(),
                            QCoreApplication::translate(
                              "importer",
                              "the file is not UTF-8 (%n byte(s) UTF-8 cannot have): it was read as Windows-1252 (Latin-1); check that "
                              "å, ä and ö look right",
                              nullptr, invalid)});
  }
  if (carriageReturns)
    out.warnings.push_back(
      {fileLabel, 0, QString(),
       QCoreApplication::translate("importer", "the lines end with a carriage return alone (old Mac format); read as line breaks")});
  if (out.record.read == 0)
    out.warnings.push_back(
      {fileLabel, 0, QString(), QCoreApplication::translate("importer", "the file has no rows (only the header line); nothing to import")});
  return {};
}

} // namespace lagesbild::importer
