// KindComparison: a period comparison of one kind of incident. Reported crimes (police statistics)
// and lägesbild reports are different things and are never summed silently: the analysis pane and
// the report compare each kind on its own; kind none is the sum of both, made only on request and
// labelled as such.
#pragma once

#include "periodcomparison.h"

#include <optional>

namespace lagesbild
{

struct KindComparison
{
    std::optional<IncidentKind> kind; //!< none: both kinds summed (on request only)
    ComparisonResult result;
};

} // namespace lagesbild
