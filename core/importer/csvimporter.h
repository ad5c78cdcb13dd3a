// CsvImporter: the fast path for CSV as municipalities export it — delimiter (`;`, `,`, tab)
// and encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252) detected, quoted
// fields, decimal commas, Swedish and international dates. Reads bytes with a hand-written
// tokenizer; GDAL is used only to transform the coordinates, in one batch.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "importoptions.h"
#include "parsedimport.h"

#include <QByteArray>
#include <QString>

namespace lagesbild::importer
{

class CsvImporter
{
  public:
    //! Parses the file's bytes into out (incidents, issues, counts). A file-level problem (no
    //! header, missing columns, a mapping column not in the file) is an error; row problems are
    //! out.errors. Cancel through feedback returns ErrorCode::Cancelled.
    static Result<void> parse(const QByteArray &data, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                              Feedback *feedback = nullptr);
};

} // namespace lagesbild::importer
