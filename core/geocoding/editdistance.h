// Edit distance (Levenshtein, with adjacent transpositions counted as one edit) between two
// short strings, bounded: the work stops as soon as the distance must exceed the limit. Used to
// suggest register streets for a misspelt one ("Hagbergsvägen" → "Hagabergsvägen").
#pragma once

#include <QString>

namespace lagesbild::geocoding
{

//! The distance between a and b, or limit + 1 when it is greater than limit.
int boundedEditDistance(const QString &a, const QString &b, int limit);

} // namespace lagesbild::geocoding
