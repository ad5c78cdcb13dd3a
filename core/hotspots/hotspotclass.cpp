#include "hotspotclass.h"

namespace lagesbild
{

QString hotspotClassName(HotspotClass value)
{
  switch (value)
  {
  case HotspotClass::Cold99:
    return QStringLiteral("cold99");
  case HotspotClass::Cold95:
    return QStringLiteral("cold95");
  case HotspotClass::Cold90:
    return QStringLiteral("cold90");
  case HotspotClass::NotSignificant:
    return QStringLiteral("ns");
  case HotspotClass::Hot90:
    return QStringLiteral("hot90");
  case HotspotClass::Hot95:
    return QStringLiteral("hot95");
  case HotspotClass::Hot99:
    return QStringLiteral("hot99");
  }
  return {};
}

std::optional<HotspotClass> hotspotClassFromName(const QString &name)
{
  for (int level = -3; level <= 3; ++level)
  {
    const auto value = static_cast<HotspotClass>(level);
    if (hotspotClassName(value) == name)
      return value;
  }
  return std::nullopt;
}

HotspotClass classifyHotspot(double z, double pFdr)
{
  int level = 0;
  if (pFdr < 0.01)
    level = 3;
  else if (pFdr < 0.05)
    level = 2;
  else if (pFdr < 0.10)
    level = 1;
  if (level == 0 || !(z != 0.0))
    return HotspotClass::NotSignificant;
  return static_cast<HotspotClass>(z > 0.0 ? level : -level);
}

} // namespace lagesbild
