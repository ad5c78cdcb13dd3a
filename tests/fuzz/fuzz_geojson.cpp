// Fuzz target: the GeoJSON import path — the bytes as a .geojson file in GDAL's in-memory file
// system, read by the OGR importer (GDAL's GeoJSON driver, feature geometry to points, header
// recognition, the row builder, transformation to SWEREF 99 TM). Properties as for CSV:
// accepted incidents lie in Sweden with a valid time window; every issue names the file.
#include "fuzzsupport.h"

#include "importer/coordinatetransformer.h"
#include "importer/ogrimporter.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>

#include <cmath>

using namespace lagesbild;
using namespace lagesbild::importer;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  lagesbild::fuzz::initialise(argc, argv);
  CPLSetErrorHandler(CPLQuietErrorHandler);
  // Nothing outside the in-memory file: no network, no sibling files.
  CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
  CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
  CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = "/vsimem/fuzz.geojson";
  VSILFILE *file = VSIFileFromMemBuffer(path, const_cast<GByte *>(data), static_cast<vsi_l_offset>(size), FALSE);
  if (!file)
    return 0;
  VSIFCloseL(file);
  const QString label = QStringLiteral("fuzz.geojson");
  ImportOptions options;
  options.format = ImportFormat::GeoJson;
  options.skipInvalid = true;
  ParsedImport parsed;
  const auto result = OgrImporter::parse(QString::fromLatin1(path), label, options, parsed);
  VSIUnlink(path);
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
  }
  for (const auto *issues : {&parsed.errors, &parsed.warnings})
    for (const ImportIssue &issue : *issues)
    {
      FUZZ_CHECK(issue.file == label);
      FUZZ_CHECK(issue.line >= 0);
    }
  return 0;
}
