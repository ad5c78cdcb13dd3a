// IsoTimeText: fast, allocation-free ISO 8601 text for the store's time columns — GeoPackage
// DATETIME values (UTC, "2021-03-05T21:30:00.000Z") and local text with offset
// ("2021-03-05T22:30:00+01:00", as StockholmTime::formatIso) — and the proleptic Gregorian
// calendar arithmetic behind them. Formatting a million rows through QDateTime would cost seconds.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace lagesbild
{

struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;
};

class IsoTimeText
{
  public:
    static constexpr int kUtcLength = 24;   //!< "YYYY-MM-DDTHH:MM:SS.000Z"
    static constexpr int kLocalLength = 25; //!< "YYYY-MM-DDTHH:MM:SS+01:00"

    //! Calendar date of a day number (days since 1970-01-01), and back.
    static CivilDate civilFromDays(std::int64_t days);
    static std::int64_t daysFromCivil(int year, int month, int day);

    //! Writes kUtcLength characters (no terminator).
    static void writeUtc(std::int64_t utcSeconds, char *out);
    //! Writes kLocalLength characters: the local time utc + offset with its offset.
    static void writeLocal(std::int64_t utcSeconds, int offsetSeconds, char *out);

    static QString utcText(std::int64_t utcSeconds);
    //! Parses a GeoPackage DATETIME ("YYYY-MM-DDTHH:MM[:SS[.sss]]Z" or with a ±HH:MM offset).
    static std::optional<std::int64_t> parse(std::string_view text);
    static std::optional<std::int64_t> parse(const QString &text);
};

} // namespace lagesbild
