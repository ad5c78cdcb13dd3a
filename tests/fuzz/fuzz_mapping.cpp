// Fuzz target: the mapping-file reader (--mapping MAP.json) and the column layout it resolves
// against a table's headers. Properties: a loaded mapping names only known fields, and a
// resolved layout points every field at a column that exists.
#include "fuzzsupport.h"

#include "importer/columnmapping.h"

#include <QByteArray>

using namespace lagesbild::importer;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  lagesbild::fuzz::initialise(argc, argv);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<int>(size));
  const auto mapping = ColumnMapping::fromJson(bytes, QStringLiteral("fuzz-map.json"));
  if (!mapping)
  {
    FUZZ_CHECK(!mapping.error().message.isEmpty());
    return 0;
  }
  const QStringList headers = {QStringLiteral("Datum"), QStringLiteral("Brottstyp"), QStringLiteral("Källa"), QStringLiteral("Lat"),
                               QStringLiteral("Lon"),   QStringLiteral("Ärende"),    QStringLiteral("När"),   QStringLiteral("Öst"),
                               QStringLiteral("Nord"),  QStringLiteral("Vad")};
  const auto layout = ColumnLayout::resolve(headers, &*mapping, QStringLiteral("fuzz.csv"));
  if (!layout)
  {
    FUZZ_CHECK(!layout.error().message.isEmpty());
    return 0;
  }
  for (std::size_t i = 0; i < kImportFieldCount; ++i)
  {
    const int column = layout->index(static_cast<ImportField>(i));
    FUZZ_CHECK(column >= -1 && column < headers.size());
  }
  for (const auto &[field, column] : mapping->columns)
    FUZZ_CHECK(!importFieldName(field).isEmpty());
  return 0;
}
