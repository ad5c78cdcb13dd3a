#include "lineendings.h"

#include <algorithm>
#include <cstring>

namespace lagesbild::importer
{

bool LineEndings::convertCarriageReturns(std::string_view text, std::string &out)
{
  // The common files cost one memchr: no CR at all, or CRLF from the first CR on.
  const void *firstCr = std::memchr(text.data(), '\r', text.size());
  if (firstCr == nullptr)
    return false;
  const auto first = static_cast<std::size_t>(static_cast<const char *>(firstCr) - text.data());
  if (first + 1 < text.size() && text[first + 1] == '\n')
    return false;
  std::size_t loneCr = 0;
  for (std::size_t i = first; i < text.size(); ++i)
    if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
      ++loneCr;
  const auto lineFeeds = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  if (loneCr <= lineFeeds)
    return false;
  out.assign(text);
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i] == '\r' && (i + 1 >= out.size() || out[i + 1] != '\n'))
      out[i] = '\n';
  return true;
}

} // namespace lagesbild::importer
