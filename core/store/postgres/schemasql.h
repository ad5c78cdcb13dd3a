// SchemaSql: the SQL text of the server store: version 1 in three parts run in this order:
// the tables (the GeoPackage's logical tables in schema `lagesbild`, PostGIS geometry in
// EPSG:3006 with GiST indexes), the roles and what PostgreSQL lets each do (grants, column
// privileges, row-level security, security-barrier views), and the audit triggers; then the
// migration to each later version.
#pragma once

namespace lagesbild::SchemaSql
{

//! Tables, indexes, the incidents' fill trigger, the schema_version table.
const char *tables();
//! Group roles lagesbild_coordinator/analyst/reporter/police/public, grants, policies, views.
const char *security();
//! Audit triggers on incidents, areas, interventions, categories, sources and links.
const char *audit();
//! Version 2: the address register, geocoded precisions, derived addresses (schemasqlversion2.cpp).
const char *version2();
//! Version 3: the daily summary of counts and points kept by triggers (schemasqlversion3.cpp).
const char *version3();

} // namespace lagesbild::SchemaSql
