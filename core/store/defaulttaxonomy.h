// DefaultTaxonomy: the categories and sources every new store is seeded with.
// Category codes are unique across both kinds: reported crimes (kind crime, BRÅ's main crime
// groups) carry the prefix "brott_" (e.g. "brott_skadegorelse"); lägesbild reports (kind report)
// use the plain word (e.g. "skadegorelse", "klotter"). Each category has a distinct map colour.
#pragma once

#include "model/reference.h"

#include <vector>

namespace lagesbild
{

class DefaultTaxonomy
{
  public:
    static std::vector<Category> categories();
    static std::vector<Source> sources();
};

} // namespace lagesbild
