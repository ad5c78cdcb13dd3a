// Helpers for the demo tests: a canonical, order-independent fingerprint of a set of incidents
// and brute-force counts over an in-memory list (the independent reference for store queries).
#pragma once

#include "model/incident.h"
#include "time/daterange.h"

#include <QByteArray>

#include <vector>

namespace lagesbild::demo::test
{

//! SHA-256 over every field of every incident (not the row id), sorted by external id.
QByteArray fingerprint(std::vector<Incident> incidents);

//! Incidents of the kind with occurred_from in the period, counted one by one.
std::int64_t bruteForceCount(const std::vector<Incident> &incidents, IncidentKind kind, const DateRange &period);

} // namespace lagesbild::demo::test
