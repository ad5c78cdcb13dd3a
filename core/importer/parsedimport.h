// ParsedImport: the result of reading one file — the incidents ready for one atomic store
// insert, the import record (counts, checksum), every error and warning with file, line and
// field, the rejected rows, and the categories and sources the import will create.
#pragma once

#include "importissue.h"
#include "importoptions.h"
#include "model/incident.h"
#include "model/reference.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lagesbild::importer
{

struct ParsedImport
{
    QString path;
    QString label; //!< the file as messages name it (identity numbers masked)
    ImportFormat format = ImportFormat::Auto;
    std::vector<Incident> incidents;
    std::vector<std::int64_t> incidentLines; //!< the line (feature, event) of each incident
    IssueUnit unit = IssueUnit::Line;        //!< what the lines count
    ImportRecord record;                     //!< read, rejected, masked, file name and checksum
    std::vector<ImportIssue> errors;         //!< each rejects its row (or the whole file when line is 0)
    std::vector<ImportIssue> warnings;
    QStringList header; //!< the columns of the rejected rows
    std::vector<RejectedRow> rejected;
    std::vector<Category> newCategories; //!< created by the import (listed in its summary)
    std::vector<Source> newSources;
    bool checkedAgainstStore = false; //!< Importer::checkAgainstStore ran

    bool hasErrors() const { return !errors.empty(); }
};

} // namespace lagesbild::importer
