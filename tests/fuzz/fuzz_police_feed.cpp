// Fuzz target: the police events feed reader (JSON array of events) and the event-time parser
// for the names ("11 april 00:37, Brand, Kungsör"). Properties: accepted events have a time
// window that does not run backwards, are marked as municipality-precision points in Sweden,
// and every issue names the file.
#include "fuzzsupport.h"

#include "importer/coordinatetransformer.h"
#include "importer/policefeedimporter.h"

#include <QByteArray>

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
  const QString label = QStringLiteral("fuzz.json");

  // The name parser alone, on the text as a name, published 2023-04-11 01:24:01 UTC.
  if (const auto time = PoliceFeedImporter::timeFromName(QString::fromUtf8(bytes), 1681176241))
    FUZZ_CHECK(!time->to || *time->to >= time->from);

  PoliceFeedImporter::looksLikeFeed(bytes);
  ImportOptions options;
  options.skipInvalid = true;
  ParsedImport parsed;
  const auto result = PoliceFeedImporter::parse(bytes, label, options, parsed);
  if (!result)
  {
    FUZZ_CHECK(!result.error().message.isEmpty());
    return 0;
  }
  for (const Incident &incident : parsed.incidents)
  {
    FUZZ_CHECK(std::isfinite(incident.x) && std::isfinite(incident.y));
    FUZZ_CHECK(CoordinateTransformer::isInSweden(incident.x, incident.y));
    FUZZ_CHECK(!incident.occurredTo || *incident.occurredTo >= incident.occurredFrom);
    FUZZ_CHECK(!incident.category.isEmpty());
  }
  for (const auto *issues : {&parsed.errors, &parsed.warnings})
    for (const ImportIssue &issue : *issues)
    {
      FUZZ_CHECK(issue.file == label);
      FUZZ_CHECK(issue.line >= 0);
    }
  return 0;
}
