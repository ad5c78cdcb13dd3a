// Shared test data for the analysis tests: hand-placed incidents at local times (through
// QTimeZone, not StockholmTime), a deterministic synthetic set over several years, and
// reference computations (exposure by walking the period hour by hour with QTimeZone).
#pragma once

#include "model/incident.h"
#include "model/incidentfilter.h"
#include "time/daterange.h"

#include <QDate>
#include <QTime>

#include <vector>

namespace lagesbild::test
{

//! UTC seconds of a local Stockholm time (the earlier instant of an ambiguous autumn time).
std::int64_t localToUtc(const QDate &date, const QTime &time);

Incident makeIncident(IncidentKind kind, const QString &category, const QString &source, const QString &area, std::int64_t occurredUtc);
Incident makeIncident(IncidentKind kind, const QString &category, const QString &source, const QString &area, const QDate &date,
                      const QTime &time);

//! count incidents spread uniformly over [from, to] (local days), fixed seed: several kinds,
//! categories, sources, areas (some none) and municipality-precision points.
std::vector<Incident> syntheticIncidents(int count, const QDate &from, const QDate &to, unsigned seed = 12345);

//! Seconds of the period whose local time has this group key (hour "0".."23", weekday "1".."7",
//! month "01".."12"); the whole period for other fields. Walks whole UTC hours with QTimeZone.
std::int64_t referenceExposure(const DateRange &period, GroupField field, const QString &key);

} // namespace lagesbild::test
