// DemoProfile: how incidents at one kind of place behave in the demo — hour-of-day, weekday and
// month shape, school-holiday effect, and the mix of categories and reporting sources. Places in
// data/demo/kungsor-places.json name their profile ("centre", "station", "school", "housing",
// "basement", "park", "harbour", "village", "background").
#pragma once

#include <QString>

#include <array>
#include <vector>

namespace lagesbild::demo
{

struct WeightedCode
{
    QString code;
    double weight = 1.0;
};

struct DemoProfile
{
    QString name;
    std::array<double, 24> hours{};   //!< relative weight of each local hour
    std::array<double, 7> weekdays{}; //!< Monday..Sunday, relative daily level
    std::array<double, 12> months{};  //!< January..December, relative daily level
    double holidayFactor = 1.0;       //!< daily level on school-holiday days
    bool nightlife = false;           //!< Friday/Saturday evenings and the nights after them are busier
    bool schoolHours = false;         //!< daytime hours mostly on school days
    std::vector<WeightedCode> crimeCategories;
    std::vector<WeightedCode> reportCategories;
    std::vector<WeightedCode> reportSources;

    //! The profile of this name, or nullptr.
    static const DemoProfile *find(const QString &name);
    //! Hour weights for one local day: ISO weekday 1..7, whether it is a school holiday.
    std::array<double, 24> hourWeights(int weekday, bool holiday) const;
};

} // namespace lagesbild::demo
