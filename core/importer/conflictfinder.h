// ConflictFinder: rows that carry the same record identity — the same source and external id —
// but say different things (another time, category, kind or place) are conflicts, not
// duplicates: the later row is reported (line, id, the fields that differ) and kept out of the
// import instead of being dropped silently by the store's de-duplication. Rows equal in those
// fields stay duplicates (a re-exported file). The description and the reported time are not
// compared: sources update them (the police feed rewrites its summaries).
#pragma once

#include "model/incident.h"
#include "parsedimport.h"

#include <QStringList>

#include <vector>

namespace lagesbild::importer
{

class ConflictFinder
{
  public:
    //! The compared fields in which a and b differ, by name ("time", "category" …), translated.
    static QStringList differingFields(const Incident &a, const Incident &b);

    //! Rows of the file with the id of an earlier row but different content: errors, moved to
    //! the rejected rows. Returns how many.
    static std::int64_t findInFile(ParsedImport &parsed);

    //! Rows of the file whose id is in the store (stored: the store's incidents of those ids)
    //! with different content: errors, moved to the rejected rows. Returns how many.
    static std::int64_t findAgainstStore(ParsedImport &parsed, const std::vector<Incident> &stored);

    //! The (source, external id) pairs of the parsed incidents that have an id.
    static std::vector<std::pair<QString, QString>> identities(const ParsedImport &parsed);
};

} // namespace lagesbild::importer
