// AoristicOutput: the --aoristic forms of `patterns` and `compare` — incidents with a time window
// spread over it (core/analysis/aoristic.h), fractional counts printed with one decimal, every
// table headed as aoristic and saying how many windows were spread or counted at their start.
// `compare --aoristic` applies no significance test and says so.
#pragma once

#include "cli/commandline.h"
#include "model/incidentfilter.h"
#include "time/daterange.h"

#include <optional>

namespace lagesbild
{
class IncidentStore;
}

namespace lagesbild::cli
{

class AoristicOutput
{
  public:
    //! Adds --aoristic and --max-window-days N.
    static void addOptions(CommandLine &commandLine);
    //! Whether --aoristic was given.
    static bool requested(const CommandLine &commandLine);
    //! The window limit in seconds from --max-window-days (default 7); none when malformed.
    static std::optional<std::int64_t> limitSeconds(const CommandLine &commandLine);

    static int runPatterns(const CommandLine &commandLine, const IncidentStore &store, const IncidentFilter &filter,
                           const DateRange &period);
    static int runCompare(const CommandLine &commandLine, const IncidentStore &store, const IncidentFilter &filter, const DateRange &a,
                          const DateRange &b, std::optional<GroupField> groupBy);
};

} // namespace lagesbild::cli
