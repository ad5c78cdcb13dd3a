// Fuzz target: the CSV tokenizer on any bytes. Besides not crashing, every record must advance
// the reader, lines only grow, an unquoted record is its fields joined by the delimiter, and
// reading from a record boundary in the middle gives the same records as one pass (the
// property the importer's parallel reading relies on).
#include "fuzzsupport.h"

#include "importer/csvtokenizer.h"

#include <string>
#include <vector>

using lagesbild::importer::CsvTokenizer;

namespace
{
struct Record
{
    std::vector<std::string> fields;
    std::int64_t line = 0;
    std::size_t end = 0; //!< position after the record
};

std::vector<Record> readAll(std::string_view data, char delimiter, std::int64_t firstLine)
{
  CsvTokenizer tokenizer(data, delimiter, firstLine);
  std::vector<std::string_view> fields;
  std::vector<Record> records;
  std::size_t before = tokenizer.position();
  std::int64_t lastLine = firstLine;
  while (tokenizer.next(fields))
  {
    FUZZ_CHECK(tokenizer.position() > before);
    FUZZ_CHECK(tokenizer.position() <= data.size());
    FUZZ_CHECK(tokenizer.recordLine() >= lastLine);
    FUZZ_CHECK(tokenizer.line() >= tokenizer.recordLine());
    FUZZ_CHECK(!fields.empty());
    const std::string_view text = tokenizer.recordText();
    FUZZ_CHECK(text.data() >= data.data() && text.data() + text.size() <= data.data() + data.size());
    if (text.find('"') == std::string_view::npos && text.find('\r') == std::string_view::npos)
    {
      std::string joined;
      for (std::size_t i = 0; i < fields.size(); ++i)
      {
        if (i > 0)
          joined += delimiter;
        joined.append(fields[i]);
      }
      FUZZ_CHECK(joined == text);
    }
    Record record;
    for (const std::string_view field : fields)
      record.fields.emplace_back(field);
    record.line = tokenizer.recordLine();
    record.end = tokenizer.position();
    records.push_back(std::move(record));
    before = tokenizer.position();
    lastLine = tokenizer.recordLine();
  }
  FUZZ_CHECK(records.size() <= data.size());
  return records;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  lagesbild::fuzz::initialise(argc, argv);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const std::string_view text = lagesbild::fuzz::bytes(data, size);
  const char delimiter = CsvTokenizer::detectDelimiter(text);
  FUZZ_CHECK(delimiter == ';' || delimiter == ',' || delimiter == '\t');
  const std::vector<Record> records = readAll(text, delimiter, 1);
  if (records.size() < 2)
    return 0;
  // Resume from the end of the middle record, as a second part of the file would.
  const std::size_t middle = records.size() / 2 - 1;
  CsvTokenizer probe(text, delimiter);
  std::vector<std::string_view> fields;
  for (std::size_t k = 0; k <= middle; ++k)
    FUZZ_CHECK(probe.next(fields));
  const std::vector<Record> rest = readAll(text.substr(records[middle].end), delimiter, probe.line());
  FUZZ_CHECK(rest.size() == records.size() - middle - 1);
  for (std::size_t k = 0; k < rest.size(); ++k)
  {
    FUZZ_CHECK(rest[k].fields == records[middle + 1 + k].fields);
    FUZZ_CHECK(rest[k].line == records[middle + 1 + k].line);
  }
  return 0;
}
