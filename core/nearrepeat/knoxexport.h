// KnoxExport: the machine-readable forms of a Knox test — the JSON of the CLI contract
// ({"permutations":N,"cells":[{"space_from","space_to","time_from","time_to","observed",
// "expected","ratio","p_value"}…]}, null for an open upper bound) and CSV with a header row.
#pragma once

#include "knoxtest.h"

#include <QByteArray>

namespace lagesbild
{

class KnoxExport
{
  public:
    //! Cells space band major; each also carries "significant" (true/false; 1/0 in CSV).
    static QByteArray json(const KnoxResult &result);
    //! space_from,space_to,time_from,time_to,observed,expected,ratio,p_value,significant
    static QByteArray csv(const KnoxResult &result);
};

} // namespace lagesbild
