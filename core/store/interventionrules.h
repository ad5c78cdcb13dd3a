// InterventionRules: what an intervention must have before either store keeps it (a type; a
// centre, a named area or a drawn boundary of rings with at least three points; finite numbers;
// an end not before its start). One rule set, so both backends refuse the same interventions.
#pragma once

#include "model/reference.h"

#include <QString>

namespace lagesbild::InterventionRules
{

//! What is wrong with the intervention, in the store's words; empty when nothing is.
QString problem(const Intervention &intervention);

} // namespace lagesbild::InterventionRules
