// Fuzz target: a CSV file through the importer's reading path (encoding and delimiter
// detection, tokenizer, header recognition, the row builder with its value parsers, coordinate
// transformation, personnummer masking). Properties: an accepted incident lies in Sweden with
// a valid time window and a category; every issue names the file and a line within it.
#include "fuzzsupport.h"

#include "importer/coordinatetransformer.h"
#include "importer/csvimporter.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>

using namespace lagesbild;
using namespace lagesbild::importer;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  lagesbild::fuzz::initialise(argc, argv);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<int>(size));
  const QString label = QStringLiteral("fuzz.csv");
  ImportOptions options;
  options.skipInvalid = true;
  ParsedImport parsed;
  const auto result = CsvImporter::parse(bytes, label, options, parsed);
  if (!result)
  {
    FUZZ_CHECK(!result.error().message.isEmpty());
    return 0;
  }
  const auto lines = static_cast<std::int64_t>(std::count(bytes.begin(), bytes.end(), '\n') + std::count(bytes.begin(), bytes.end(), '\r'));
  for (const Incident &incident : parsed.incidents)
  {
    FUZZ_CHECK(std::isfinite(incident.x) && std::isfinite(incident.y));
    FUZZ_CHECK(CoordinateTransformer::isInSweden(incident.x, incident.y));
    FUZZ_CHECK(!incident.category.isEmpty());
    FUZZ_CHECK(!incident.occurredTo || *incident.occurredTo >= incident.occurredFrom);
  }
  for (const auto *issues : {&parsed.errors, &parsed.warnings})
    for (const ImportIssue &issue : *issues)
    {
      FUZZ_CHECK(issue.file == label);
      FUZZ_CHECK(issue.line >= 0 && issue.line <= lines + 1);
      FUZZ_CHECK(!issue.message.isEmpty());
    }
  FUZZ_CHECK(parsed.rejected.size() <= parsed.errors.size() + parsed.incidents.size());
  return 0;
}
