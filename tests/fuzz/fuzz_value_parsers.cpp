// Fuzz target: the value parsers for imported text — numbers (decimal comma or point,
// thousands separators), dates and times in every supported form and day/month order, a custom
// --date-format, and coordinates (a "lat,lon" pair as the police feed and CSV columns give them,
// transformed from WGS 84 to SWEREF 99 TM). Properties: a parsed number is a number, a parsed
// moment is a real calendar date and clock time with a plausible offset.
#include "fuzzsupport.h"

#include "importer/coordinatetransformer.h"
#include "importer/valueparsers.h"

#include <QDate>

#include <cmath>
#include <vector>

using namespace lagesbild::importer;

namespace
{
void checkMoment(MomentStatus status, const ParsedMoment &moment, bool custom)
{
  if (status == MomentStatus::Invalid)
    return;
  FUZZ_CHECK(moment.hasDate || moment.hasTime);
  if (moment.hasTime)
  {
    FUZZ_CHECK(moment.hour >= 0 && moment.hour <= 23);
    FUZZ_CHECK(moment.minute >= 0 && moment.minute <= 59);
    FUZZ_CHECK(moment.second >= 0 && moment.second <= 59);
  }
  if (moment.offsetSeconds)
    FUZZ_CHECK(*moment.offsetSeconds >= -14 * 3600 && *moment.offsetSeconds <= 14 * 3600);
  if (!moment.hasDate || custom)
    return;
  if (status == MomentStatus::Ok)
  {
    FUZZ_CHECK(isValidDate(moment.year, moment.month, moment.day));
    // Days since 1970 of the date agree with Qt's calendar.
    FUZZ_CHECK(daysFromCivil(moment.year, moment.month, moment.day) ==
               QDate(1970, 1, 1).daysTo(QDate(moment.year, moment.month, moment.day)));
  }
  else
    FUZZ_CHECK(isValidDate(moment.year, moment.month, moment.day) || isValidDate(moment.year, moment.day, moment.month));
}

const CoordinateTransformer &wgs84()
{
  static const CoordinateTransformer transformer = std::move(CoordinateTransformer::fromUserInput(QStringLiteral("EPSG:4326")).value());
  return transformer;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  lagesbild::fuzz::initialise(argc, argv);
  wgs84();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const std::string_view text = lagesbild::fuzz::bytes(data, size);

  double number = 0.0;
  if (parseNumber(text, number))
    FUZZ_CHECK(!std::isnan(number));
  const std::string_view trimmedText = trimmed(text);
  FUZZ_CHECK(trimmedText.size() <= text.size());

  static const DateTimeParser automatic;
  static const DateTimeParser custom(QStringLiteral("d/M/yyyy HH:mm"));
  for (const DayMonthOrder order : {DayMonthOrder::Unknown, DayMonthOrder::DayFirst, DayMonthOrder::MonthFirst})
  {
    DateTimeParser parser = automatic;
    parser.setOrder(order);
    ParsedMoment moment;
    DayMonthOrder evidence = DayMonthOrder::Unknown;
    const MomentStatus status = parser.parse(text, moment, &evidence);
    checkMoment(status, moment, false);
    if (order != DayMonthOrder::Unknown)
      FUZZ_CHECK(status != MomentStatus::Ambiguous);
  }
  ParsedMoment moment;
  checkMoment(custom.parse(text, moment), moment, true);

  // Coordinates: "lat,lon" (or lat and lon on two lines).
  const std::size_t split = text.find_first_of(",\n");
  if (split != std::string_view::npos)
  {
    double lat = 0.0;
    double lon = 0.0;
    if (parseNumber(text.substr(0, split), lat) && parseNumber(text.substr(split + 1), lon))
    {
      std::vector<double> x{lon};
      std::vector<double> y{lat};
      std::vector<char> success;
      wgs84().transform(x, y, success);
      FUZZ_CHECK(success.size() == 1);
      if (success[0] && CoordinateTransformer::isInSweden(x[0], y[0]))
        FUZZ_CHECK(std::isfinite(x[0]) && std::isfinite(y[0]));
    }
  }
  return 0;
}
