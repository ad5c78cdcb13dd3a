// FilterOptions: the incident filter options that `compare` and `patterns` share
// (--kind, --category, --source, --area, --hours, --weekdays), added to a CommandLine and read
// back into an IncidentFilter. Codes are checked against the store, so a typo is an error
// naming the option rather than a silent empty result.
#pragma once

#include "cli/commandline.h"
#include "common/result.h"
#include "model/incidentfilter.h"

#include <QString>

namespace lagesbild
{
class IncidentStore;
}

namespace lagesbild::cli
{

class FilterOptions
{
  public:
    static void add(CommandLine &commandLine);
    //! Usage errors (exit 2) for malformed values, BadInput (exit 1) for codes the store lacks.
    static Result<IncidentFilter> read(const CommandLine &commandLine, const IncidentStore &store);
    //! "brott", "rapporter" … for a table title; empty for all kinds.
    static QString kindLabel(const IncidentFilter &filter);
};

} // namespace lagesbild::cli
