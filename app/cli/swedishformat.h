// SwedishFormat: numbers as Swedish readers expect them in tables — a space between thousands,
// a decimal comma, a real minus sign (−) and "%" after a space: "1 234", "−12,0 %", "0,018".
// Human output only; JSON and CSV keep plain machine numbers.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace lagesbild::cli
{

class SwedishFormat
{
  public:
    //! "1 234 567", "−94"
    static QString integer(std::int64_t value);
    //! Like integer, with "+" before positive values: "+12", "−94", "0".
    static QString signedInteger(std::int64_t value);
    //! Fixed decimals: "67,7", "1 234,50", "−0,3"
    static QString decimal(double value, int decimals = 1);
    //! "−12,0 %", "+3,4 %"; "–" when there is no value (the base was 0).
    static QString changePercent(const std::optional<double> &value);
    //! "0,018", "< 0,001"; "–" when there is no value.
    static QString pValue(const std::optional<double> &value);
    //! The text shown for a missing value.
    static QString missing();
};

} // namespace lagesbild::cli
