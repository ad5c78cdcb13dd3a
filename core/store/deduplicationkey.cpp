#include "deduplicationkey.h"

#include <cmath>
#include <limits>

namespace lagesbild
{
namespace
{
constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

class Fnv1a
{
  public:
    void addByte(std::uint8_t byte)
    {
      mHash ^= byte;
      mHash *= kFnvPrime;
    }
    void addInt64(std::int64_t value)
    {
      auto u = static_cast<std::uint64_t>(value);
      for (int i = 0; i < 8; ++i, u >>= 8)
        addByte(static_cast<std::uint8_t>(u & 0xFF));
    }
    void addText(const QString &text)
    {
      for (const QChar c : text)
      {
        addByte(static_cast<std::uint8_t>(c.unicode() & 0xFF));
        addByte(static_cast<std::uint8_t>(c.unicode() >> 8));
      }
      // A separator that UTF-16 text cannot contain: ("ab","c") and ("a","bc") differ.
      addByte(0xFF);
      addByte(0xFF);
    }
    //! FNV-1a spreads short inputs poorly over the high bits; a final mixer fixes that.
    std::int64_t finish() const
    {
      std::uint64_t z = mHash;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      return static_cast<std::int64_t>(z ^ (z >> 31));
    }

  private:
    std::uint64_t mHash = kFnvOffset;
};

std::int64_t centimetres(double metres)
{
  return static_cast<std::int64_t>(std::llround(metres * 100.0));
}
} // namespace

std::int64_t DeduplicationKey::of(const Incident &incident)
{
  Fnv1a hash;
  const QString externalId = incident.externalId.trimmed();
  if (!externalId.isEmpty())
  {
    hash.addByte('I');
    hash.addText(incident.source);
    hash.addText(externalId);
    return hash.finish();
  }
  hash.addByte('C');
  hash.addByte(static_cast<std::uint8_t>(incident.kind));
  hash.addText(incident.category);
  hash.addText(incident.source);
  hash.addInt64(centimetres(incident.x));
  hash.addInt64(centimetres(incident.y));
  hash.addInt64(incident.occurredFrom);
  hash.addInt64(incident.occurredTo.value_or(std::numeric_limits<std::int64_t>::min()));
  hash.addText(incident.address);
  hash.addText(incident.description);
  return hash.finish();
}

} // namespace lagesbild
