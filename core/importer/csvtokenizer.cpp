#include "csvtokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace lagesbild::importer
{

CsvTokenizer::CsvTokenizer(std::string_view data, char delimiter, std::int64_t firstLine)
  : mData(data), mDelimiter(delimiter), mLine(firstLine)
{
}

char CsvTokenizer::detectDelimiter(std::string_view data)
{
  constexpr std::array<char, 3> kCandidates = {';', '\t', ','};
  std::array<int, 3> counts = {0, 0, 0};
  bool quoted = false;
  for (const char c : data)
  {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r'))
      break;
    else if (!quoted)
    {
      for (std::size_t i = 0; i < kCandidates.size(); ++i)
        if (c == kCandidates[i])
          ++counts[i];
    }
  }
  const auto best = std::max_element(counts.begin(), counts.end());
  if (*best == 0)
    return ',';
  return kCandidates[static_cast<std::size_t>(best - counts.begin())];
}

std::string_view CsvTokenizer::readQuoted(std::size_t fieldIndex)
{
  // mPosition is just after the opening quote.
  const char *base = mData.data();
  const std::size_t size = mData.size();
  std::size_t start = mPosition;
  bool copied = false;
  std::string *scratch = nullptr;
  while (true)
  {
    const void *found = std::memchr(base + mPosition, '"', size - mPosition);
    const std::size_t quote = found ? static_cast<std::size_t>(static_cast<const char *>(found) - base) : size;
    mLine += std::count(base + mPosition, base + quote, '\n');
    if (quote >= size)
    {
      mUnterminatedQuote = true;
      mPosition = size;
      if (copied)
      {
        scratch->append(base + start, quote - start);
        return *scratch;
      }
      return mData.substr(start, quote - start);
    }
    if (quote + 1 < size && base[quote + 1] == '"')
    {
      // A doubled quote: copy what we have plus one quote, continue after the pair.
      if (!copied)
      {
        if (mScratch.size() <= fieldIndex)
          mScratch.resize(fieldIndex + 1);
        scratch = &mScratch[fieldIndex];
        scratch->clear();
        copied = true;
      }
      scratch->append(base + start, quote - start + 1);
      mPosition = quote + 2;
      start = mPosition;
      continue;
    }
    // The closing quote.
    mPosition = quote + 1;
    std::string_view value;
    if (copied)
    {
      scratch->append(base + start, quote - start);
      value = *scratch;
    }
    else
      value = mData.substr(start, quote - start);
    // Text between the closing quote and the delimiter is kept, as spreadsheets do.
    std::size_t tail = mPosition;
    while (tail < size && base[tail] != mDelimiter && base[tail] != '\n' && base[tail] != '\r')
      ++tail;
    if (tail > mPosition)
    {
      if (!copied)
      {
        if (mScratch.size() <= fieldIndex)
          mScratch.resize(fieldIndex + 1);
        scratch = &mScratch[fieldIndex];
        scratch->assign(value);
      }
      scratch->append(base + mPosition, tail - mPosition);
      value = *scratch;
      mPosition = tail;
    }
    return value;
  }
}

bool CsvTokenizer::next(std::vector<std::string_view> &fields)
{
  fields.clear();
  mUnterminatedQuote = false;
  const char *base = mData.data();
  const std::size_t size = mData.size();
  // Skip blank lines.
  while (mPosition < size && (base[mPosition] == '\n' || base[mPosition] == '\r'))
  {
    if (base[mPosition] == '\n')
      ++mLine;
    ++mPosition;
  }
  if (mPosition >= size)
    return false;
  mRecordLine = mLine;
  const std::size_t recordStart = mPosition;
  while (true)
  {
    std::string_view value;
    if (base[mPosition] == '"')
    {
      ++mPosition;
      value = readQuoted(fields.size());
    }
    else
    {
      const std::size_t start = mPosition;
      const char delimiter = mDelimiter;
      std::size_t p = mPosition;
      while (p < size && base[p] != delimiter && base[p] != '\n')
        ++p;
      std::size_t end = p;
      // Every carriage return before the break is line-ending debris, as the record's text has it.
      while (end > start && base[end - 1] == '\r')
        --end;
      value = mData.substr(start, end - start);
      mPosition = p;
    }
    fields.push_back(value);
    if (mPosition >= size)
      break;
    const char c = base[mPosition];
    if (c == mDelimiter)
    {
      ++mPosition;
      if (mPosition >= size)
      {
        fields.emplace_back();
        break;
      }
      continue;
    }
    // A line break (possibly \r\n after a quoted field).
    if (c == '\r')
      ++mPosition;
    if (mPosition < size && base[mPosition] == '\n')
    {
      ++mPosition;
      ++mLine;
    }
    break;
  }
  std::size_t recordEnd = mPosition;
  while (recordEnd > recordStart && (base[recordEnd - 1] == '\n' || base[recordEnd - 1] == '\r'))
    --recordEnd;
  mRecordText = mData.substr(recordStart, recordEnd - recordStart);
  return true;
}

} // namespace lagesbild::importer
