#include "rtreenodes.h"

#include "radixsort.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <iterator>
#include <limits>

namespace lagesbild::RtreeNodes
{
namespace
{
void putBigEndian16(unsigned char *out, int value)
{
  out[0] = static_cast<unsigned char>((value >> 8) & 0xFF);
  out[1] = static_cast<unsigned char>(value & 0xFF);
}

void putBigEndian32(unsigned char *out, std::uint32_t value)
{
  out[0] = static_cast<unsigned char>(value >> 24);
  out[1] = static_cast<unsigned char>(value >> 16);
  out[2] = static_cast<unsigned char>(value >> 8);
  out[3] = static_cast<unsigned char>(value);
}

void putBigEndian64(unsigned char *out, std::int64_t value)
{
  const auto u = static_cast<std::uint64_t>(value);
  putBigEndian32(out, static_cast<std::uint32_t>(u >> 32));
  putBigEndian32(out + 4, static_cast<std::uint32_t>(u));
}

int bigEndian16(const unsigned char *in)
{
  return (in[0] << 8) | in[1];
}

std::uint32_t bigEndian32(const unsigned char *in)
{
  return (static_cast<std::uint32_t>(in[0]) << 24) | (static_cast<std::uint32_t>(in[1]) << 16) | (static_cast<std::uint32_t>(in[2]) << 8) |
         static_cast<std::uint32_t>(in[3]);
}

std::int64_t bigEndian64(const unsigned char *in)
{
  return static_cast<std::int64_t>((static_cast<std::uint64_t>(bigEndian32(in)) << 32) | bigEndian32(in + 4));
}

float centreX(const RtreeEntry &e)
{
  return e.minX * 0.5F + e.maxX * 0.5F;
}

float centreY(const RtreeEntry &e)
{
  return e.minY * 0.5F + e.maxY * 0.5F;
}

//! A float's bits as an unsigned integer of the same order (negative values reversed).
std::uint32_t orderedBits(float value)
{
  const auto bits = std::bit_cast<std::uint32_t>(value);
  return (bits & 0x80000000U) != 0 ? ~bits : (bits | 0x80000000U);
}

std::uint32_t centreXKey(const RtreeEntry &e)
{
  return orderedBits(centreX(e));
}

std::uint32_t centreYKey(const RtreeEntry &e)
{
  return orderedBits(centreY(e));
}

//! Sorts cells[0, n) by key, stably, through a radix sort of (key, position) pairs: linear,
//! where comparison sorts of the million-cell bottom level were most of a packing's time.
//! Reuses the scratch vectors between calls.
struct RadixScratch
{
    std::vector<std::uint64_t> pairs;
    std::vector<std::uint64_t> swapped;
    std::vector<RtreeEntry> gathered;
};

void sortByKey(RtreeEntry *cells, std::size_t n, std::uint32_t (*key)(const RtreeEntry &), RadixScratch &scratch)
{
  constexpr std::size_t kSmall = 64;
  if (n < kSmall || n > std::numeric_limits<std::uint32_t>::max())
  {
    std::stable_sort(cells, cells + n, [key](const RtreeEntry &a, const RtreeEntry &b) { return key(a) < key(b); });
    return;
  }
  std::vector<std::uint64_t> &pairs = scratch.pairs;
  pairs.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    pairs[i] = (static_cast<std::uint64_t>(key(cells[i])) << 32) | i;
  RadixSort::byUpperHalf(pairs, scratch.swapped);
  scratch.gathered.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    scratch.gathered[i] = cells[pairs[i] & 0xFFFFFFFFU];
  std::copy(scratch.gathered.begin(), scratch.gathered.begin() + static_cast<std::ptrdiff_t>(n), cells);
}
} // namespace

Level packLevel(std::vector<RtreeEntry> cells, std::size_t capacity)
{
  Level level;
  const std::size_t n = cells.size();
  const std::size_t nodes = (n + capacity - 1) / capacity;
  const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
  const std::size_t sliceSize = std::max<std::size_t>(1, slices) * capacity;
  RadixScratch scratch;
  sortByKey(cells.data(), n, &centreXKey, scratch);
  for (std::size_t sliceStart = 0; sliceStart < n; sliceStart += sliceSize)
  {
    const std::size_t sliceEnd = std::min(n, sliceStart + sliceSize);
    sortByKey(cells.data() + sliceStart, sliceEnd - sliceStart, &centreYKey, scratch);
    for (std::size_t start = sliceStart; start < sliceEnd; start += capacity)
      level.nodeStarts.push_back(start);
  }
  level.cells = std::move(cells);
  return level;
}

std::vector<RtreeEntry> nodeBoxes(const Level &level)
{
  std::vector<RtreeEntry> boxes;
  boxes.reserve(level.nodeCount());
  for (std::size_t k = 0; k < level.nodeCount(); ++k)
  {
    RtreeEntry box{static_cast<std::int64_t>(k), std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                   std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()};
    for (std::size_t i = level.nodeStarts[k]; i < level.nodeEnd(k); ++i)
    {
      const RtreeEntry &c = level.cells[i];
      box.minX = std::min(box.minX, c.minX);
      box.maxX = std::max(box.maxX, c.maxX);
      box.minY = std::min(box.minY, c.minY);
      box.maxY = std::max(box.maxY, c.maxY);
    }
    boxes.push_back(box);
  }
  return boxes;
}

std::vector<unsigned char> encode(const RtreeEntry *cells, std::size_t count, std::size_t capacity, std::optional<int> rootDepth)
{
  std::vector<unsigned char> blob(kNodeHeaderBytes + capacity * kBytesPerCell, 0);
  if (rootDepth)
    putBigEndian16(blob.data(), *rootDepth);
  putBigEndian16(blob.data() + 2, static_cast<int>(count));
  unsigned char *cell = blob.data() + kNodeHeaderBytes;
  for (std::size_t i = 0; i < count; ++i, cell += kBytesPerCell)
  {
    const RtreeEntry &e = cells[i];
    putBigEndian64(cell, e.id);
    putBigEndian32(cell + 8, std::bit_cast<std::uint32_t>(e.minX));
    putBigEndian32(cell + 12, std::bit_cast<std::uint32_t>(e.maxX));
    putBigEndian32(cell + 16, std::bit_cast<std::uint32_t>(e.minY));
    putBigEndian32(cell + 20, std::bit_cast<std::uint32_t>(e.maxY));
  }
  return blob;
}

bool decode(const unsigned char *blob, std::size_t size, std::vector<RtreeEntry> &cells)
{
  if (blob == nullptr || size < static_cast<std::size_t>(kNodeHeaderBytes))
    return false;
  const auto count = static_cast<std::size_t>(bigEndian16(blob + 2));
  if (kNodeHeaderBytes + count * kBytesPerCell > size)
    return false;
  const unsigned char *cell = blob + kNodeHeaderBytes;
  for (std::size_t i = 0; i < count; ++i, cell += kBytesPerCell)
    cells.push_back(RtreeEntry{bigEndian64(cell), std::bit_cast<float>(bigEndian32(cell + 8)), std::bit_cast<float>(bigEndian32(cell + 12)),
                               std::bit_cast<float>(bigEndian32(cell + 16)), std::bit_cast<float>(bigEndian32(cell + 20))});
  return true;
}

int rootDepth(const unsigned char *blob, std::size_t size)
{
  return blob != nullptr && size >= 2 ? bigEndian16(blob) : 0;
}

void sortByRowId(std::vector<std::pair<std::int64_t, std::int64_t>> &rowNodes)
{
  if (rowNodes.empty())
    return;
  const auto [lowest, highest] = std::minmax_element(rowNodes.begin(), rowNodes.end());
  const std::int64_t first = lowest->first;
  const auto range = static_cast<std::uint64_t>(highest->first - first) + 1;
  if (highest->first < first || range > 2 * rowNodes.size() + 1024)
  {
    std::sort(rowNodes.begin(), rowNodes.end());
    return;
  }
  constexpr std::int64_t kNone = 0; // node numbers start at 1
  std::vector<std::int64_t> nodeOf(range, kNone);
  bool unique = true;
  for (const auto &[row, node] : rowNodes)
  {
    std::int64_t &slot = nodeOf[static_cast<std::size_t>(row - first)];
    unique = unique && slot == kNone;
    slot = node;
  }
  if (!unique)
  {
    std::sort(rowNodes.begin(), rowNodes.end());
    return;
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < nodeOf.size(); ++i)
    if (nodeOf[i] != kNone)
      rowNodes[out++] = {first + static_cast<std::int64_t>(i), nodeOf[i]};
}

} // namespace lagesbild::RtreeNodes
