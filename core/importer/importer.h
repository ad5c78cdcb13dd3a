// Importer: the entry point of core/importer for the CLI and the app. read() opens one file,
// detects its format, checks it and parses it into a ParsedImport (nothing is written); write()
// then inserts all its incidents into the store in ONE transaction with the import record, so
// a bad file, a cancel or a crash leaves the store unchanged, and re-importing adds nothing.
// Every text that leaves read() — incidents, names, messages, rejected rows, the file name —
// has its personal identity numbers masked.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "importoptions.h"
#include "parsedimport.h"

#include <QByteArray>
#include <QString>

namespace lagesbild
{
class IncidentStore;
struct InsertSummary;
} // namespace lagesbild

namespace lagesbild::importer
{

class Importer
{
  public:
    explicit Importer(ImportOptions options) : mOptions(std::move(options)) {}

    const ImportOptions &options() const { return mOptions; }

    //! The format of a file from its name and first bytes (ImportFormat::Auto is never returned).
    static ImportFormat detectFormat(const QString &path, const QByteArray &head);

    //! The store's categories and sources, for matching names to codes.
    static Result<KnownReferences> knownReferences(const IncidentStore &store);

    //! Reads and checks one file. File-level problems (missing, empty, binary, unreadable,
    //! missing columns) are errors; row problems are in ParsedImport::errors.
    Result<ParsedImport> read(const QString &path, Feedback *feedback = nullptr) const;

    //! Compares the rows that have an external id with the store's incidents of the same source
    //! and id: a row that differs in time, category, kind or place is a conflict (an error that
    //! rejects the row), not a duplicate. write() runs it when the caller has not.
    static Result<void> checkAgainstStore(const IncidentStore &store, ParsedImport &parsed);

    //! Inserts the parsed incidents and the import record atomically. Refuses (writing nothing)
    //! when the file had invalid rows and skipInvalid is off, and when every row was rejected.
    //! Fills the record's counts; names the new categories and sources after their file values;
    //! writes NAME.rejected.csv beside the input when rows were skipped.
    Result<InsertSummary> write(IncidentStore &store, ParsedImport &parsed, const QString &user, Feedback *feedback = nullptr) const;

    //! NAME.rejected.csv beside the input file (identity numbers in NAME masked).
    static QString rejectedPath(const QString &inputPath);
    //! Writes the rejected rows (original columns, line, reason) as UTF-8 CSV with `;`.
    static Result<void> writeRejectedRows(const ParsedImport &parsed, const QString &path);

  private:
    ImportOptions mOptions;
};

} // namespace lagesbild::importer
