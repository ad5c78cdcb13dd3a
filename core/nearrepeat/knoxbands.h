// KnoxBands: the space or time bands of a Knox test, given as a list of breaks. Breaks
// 0, 1, 100, 200 make the bands [0, 1), [1, 100), [100, 200) and the open-ended [200, ∞): every
// band is closed on the left and open on the right, the last break opens the open-ended band.
// The first break must be 0 so every pair falls in exactly one band.
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace lagesbild
{

class KnoxBands
{
  public:
    KnoxBands() = default;

    //! Breaks: at least two (one finite band), the first 0, strictly increasing, finite.
    static Result<KnoxBands> fromBreaks(std::vector<double> breaks);
    //! Parses "0,1,100,200" (dots as decimal points; spaces ignored).
    static Result<KnoxBands> parse(const QString &text);

    const std::vector<double> &breaks() const { return mBreaks; }
    //! All bands, the open-ended last one included.
    int count() const { return static_cast<int>(mBreaks.size()); }
    //! The bands with an upper bound.
    int finiteCount() const { return count() - 1; }
    //! The upper bound of the finite bands (the last break).
    double limit() const { return mBreaks.back(); }

    double from(int band) const { return mBreaks[static_cast<std::size_t>(band)]; }
    //! None for the open-ended band.
    std::optional<double> to(int band) const;
    //! The band of a value ≥ 0 (the open-ended band for values ≥ limit()).
    int bandOf(double value) const;

  private:
    std::vector<double> mBreaks;
};

} // namespace lagesbild
