// MemoryIncidents: a brute-force IncidentQueries over a plain list of incidents, for tests.
// Every query is a straightforward loop with StockholmTime for local parts, written to be
// obviously right rather than fast: it is the independent reference the store's SQL and the
// analysis code are checked against.
#pragma once

#include "model/incidentqueries.h"

#include <vector>

namespace lagesbild::test
{

class MemoryIncidents final : public IncidentQueries
{
  public:
    MemoryIncidents() = default;
    explicit MemoryIncidents(std::vector<Incident> incidents) : mIncidents(std::move(incidents)) {}

    void add(const Incident &incident) { mIncidents.push_back(incident); }
    const std::vector<Incident> &incidents() const { return mIncidents; }

    //! Whether one incident passes the filter (same rules as the store).
    static bool matches(const Incident &incident, const IncidentFilter &filter);
    //! The text key of one field for one incident (same format as countBy's keys).
    static QString keyOf(const Incident &incident, GroupField field);

    Result<std::int64_t> count(const IncidentFilter &filter) const override;
    Result<std::vector<GroupCount>> countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const override;
    Result<std::vector<PointXY>> points(const IncidentFilter &filter) const override;

  private:
    std::vector<Incident> mIncidents;
};

} // namespace lagesbild::test
