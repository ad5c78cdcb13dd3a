#include "hotspottrend.h"

namespace lagesbild
{

QString hotspotTrendName(HotspotTrend trend)
{
  switch (trend)
  {
  case HotspotTrend::None:
    return QStringLiteral("none");
  case HotspotTrend::New:
    return QStringLiteral("new");
  case HotspotTrend::Persistent:
    return QStringLiteral("persistent");
  case HotspotTrend::Intensifying:
    return QStringLiteral("intensifying");
  case HotspotTrend::Diminishing:
    return QStringLiteral("diminishing");
  case HotspotTrend::Disappearing:
    return QStringLiteral("disappearing");
  }
  return {};
}

HotspotTrend classifyTrend(HotspotClass inA, HotspotClass inB)
{
  const int levelA = hotLevel(inA);
  const int levelB = hotLevel(inB);
  if (levelA == 0)
    return levelB == 0 ? HotspotTrend::None : HotspotTrend::New;
  if (levelB == 0)
    return HotspotTrend::Disappearing;
  if (levelB > levelA)
    return HotspotTrend::Intensifying;
  if (levelB < levelA)
    return HotspotTrend::Diminishing;
  return HotspotTrend::Persistent;
}

} // namespace lagesbild
