#include "knoxbands.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace lagesbild
{

Result<KnoxBands> KnoxBands::fromBreaks(std::vector<double> breaks)
{
  if (breaks.size() < 2)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("KnoxBands", "Give at least two breaks, e.g. 0,1,100,200"));
  if (breaks.front() != 0.0)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("KnoxBands", "The first break must be 0"));
  for (std::size_t i = 0; i < breaks.size(); ++i)
  {
    if (!std::isfinite(breaks[i]))
      return makeError(ErrorCode::BadInput, QCoreApplication::translate("KnoxBands", "The breaks must be numbers"));
    if (i > 0 && breaks[i] <= breaks[i - 1])
      return makeError(
        ErrorCode::BadInput,
        QCoreApplication::translate("KnoxBands", "The breaks must increase: %1 follows %2").arg(breaks[i]).arg(breaks[i - 1]));
  }
  KnoxBands bands;
  bands.mBreaks = std::move(breaks);
  return bands;
}

Result<KnoxBands> KnoxBands::parse(const QString &text)
{
  std::vector<double> breaks;
  const QStringList parts = text.split(QLatin1Char(','));
  for (const QString &part : parts)
  {
    bool ok = false;
    const double value = part.trimmed().toDouble(&ok);
    if (!ok)
      return makeError(ErrorCode::BadInput, QCoreApplication::translate("KnoxBands", "\"%1\" is not a number").arg(part.trimmed()));
    breaks.push_back(value);
  }
  return fromBreaks(std::move(breaks));
}

std::optional<double> KnoxBands::to(int band) const
{
  if (band + 1 >= count())
    return std::nullopt;
  return mBreaks[static_cast<std::size_t>(band + 1)];
}

int KnoxBands::bandOf(double value) const
{
  const auto above = std::upper_bound(mBreaks.begin(), mBreaks.end(), value);
  return std::max(0, static_cast<int>(above - mBreaks.begin()) - 1);
}

} // namespace lagesbild
