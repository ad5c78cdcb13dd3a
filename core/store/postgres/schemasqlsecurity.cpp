#include "schemasql.h"

namespace lagesbild::SchemaSql
{

// Group roles are cluster-wide and created once; logins are members of one of them
// (server add-user). Views run with their owner's rights (the role that ran server init), so
// incidents_shared and public_grid_counts show rows the base table's policies would hide, but
// only the columns and aggregates they select. The 30 days run from created_at.
const char *security()
{
  return R"SQL(
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['lagesbild_coordinator', 'lagesbild_analyst', 'lagesbild_reporter', 'lagesbild_police', 'lagesbild_public'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;

-- The reporter's organisation: the source its login was registered for (server add-user).
CREATE FUNCTION lagesbild.my_organisation() RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, lagesbild
  AS $$ SELECT source FROM lagesbild.user_organisations WHERE user_name = session_user $$;
REVOKE ALL ON FUNCTION lagesbild.my_organisation() FROM PUBLIC;

REVOKE ALL ON SCHEMA lagesbild FROM PUBLIC;
GRANT USAGE ON SCHEMA lagesbild TO lagesbild_coordinator, lagesbild_analyst, lagesbild_reporter, lagesbild_police, lagesbild_public;
GRANT EXECUTE ON FUNCTION lagesbild.my_organisation() TO lagesbild_coordinator, lagesbild_analyst, lagesbild_reporter, lagesbild_police;

-- coordinator: everything (the audit only to read)
GRANT ALL ON lagesbild.meta, lagesbild.categories, lagesbild.sources, lagesbild.user_organisations, lagesbild.imports,
  lagesbild.areas, lagesbild.incidents, lagesbild.interventions, lagesbild.intervention_incidents, lagesbild.saved_analyses
  TO lagesbild_coordinator;
GRANT SELECT ON lagesbild.kinds, lagesbild.audit TO lagesbild_coordinator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA lagesbild TO lagesbild_coordinator;

-- analyst: reads everything but the audit and the logins; writes interventions and saved analyses
GRANT SELECT ON lagesbild.meta, lagesbild.kinds, lagesbild.categories, lagesbild.sources, lagesbild.imports, lagesbild.areas,
  lagesbild.incidents TO lagesbild_analyst;
GRANT SELECT, INSERT, UPDATE, DELETE ON lagesbild.interventions, lagesbild.intervention_incidents, lagesbild.saved_analyses
  TO lagesbild_analyst;
GRANT USAGE ON SEQUENCE lagesbild.interventions_fid_seq, lagesbild.intervention_incidents_id_seq, lagesbild.saved_analyses_id_seq
  TO lagesbild_analyst;

-- police: reads everything an analyst reads, writes reported crimes (the policies below)
GRANT SELECT ON lagesbild.meta, lagesbild.kinds, lagesbild.categories, lagesbild.sources, lagesbild.imports, lagesbild.areas,
  lagesbild.interventions, lagesbild.intervention_incidents TO lagesbild_police;
GRANT SELECT, INSERT, UPDATE, DELETE ON lagesbild.incidents TO lagesbild_police;
GRANT USAGE ON SEQUENCE lagesbild.incidents_fid_seq TO lagesbild_police;

-- reporter: the reference tables, its own reports (policies below) through these columns only
GRANT SELECT ON lagesbild.meta, lagesbild.kinds, lagesbild.categories, lagesbild.sources, lagesbild.areas TO lagesbild_reporter;
GRANT SELECT ON lagesbild.incidents TO lagesbild_reporter;
GRANT INSERT (geom, kind, category, source, occurred_from, occurred_to, reported_at, location_precision, address, description,
  external_id) ON lagesbild.incidents TO lagesbild_reporter;
GRANT UPDATE (geom, category, occurred_from, occurred_to, reported_at, location_precision, address, description)
  ON lagesbild.incidents TO lagesbild_reporter;
GRANT USAGE ON SEQUENCE lagesbild.incidents_fid_seq TO lagesbild_reporter;

ALTER TABLE lagesbild.incidents ENABLE ROW LEVEL SECURITY;
CREATE POLICY coordinator_all ON lagesbild.incidents FOR ALL TO lagesbild_coordinator USING (true) WITH CHECK (true);
CREATE POLICY analyst_read ON lagesbild.incidents FOR SELECT TO lagesbild_analyst USING (true);
CREATE POLICY police_read ON lagesbild.incidents FOR SELECT TO lagesbild_police USING (true);
CREATE POLICY police_insert ON lagesbild.incidents FOR INSERT TO lagesbild_police WITH CHECK (kind = 1);
CREATE POLICY police_update ON lagesbild.incidents FOR UPDATE TO lagesbild_police USING (kind = 1) WITH CHECK (kind = 1);
CREATE POLICY police_delete ON lagesbild.incidents FOR DELETE TO lagesbild_police USING (kind = 1);
CREATE POLICY reporter_read ON lagesbild.incidents FOR SELECT TO lagesbild_reporter
  USING (source = lagesbild.my_organisation() AND created_at > now() - interval '30 days');
CREATE POLICY reporter_insert ON lagesbild.incidents FOR INSERT TO lagesbild_reporter
  WITH CHECK (source = lagesbild.my_organisation() AND kind = 2);
CREATE POLICY reporter_update ON lagesbild.incidents FOR UPDATE TO lagesbild_reporter
  USING (source = lagesbild.my_organisation() AND created_at > now() - interval '30 days')
  WITH CHECK (source = lagesbild.my_organisation() AND kind = 2);

-- Every organisation's incidents for the reporters' map: the free text (description, external id)
-- only of the reporter's own rows of the last 30 days.
CREATE VIEW lagesbild.incidents_shared WITH (security_barrier) AS
  SELECT i.fid, i.geom, i.kind, i.category, i.source, i.occurred_from, i.occurred_to, i.reported_at, i.local_hour,
    i.local_weekday, i.area, i.location_precision, i.address,
    CASE WHEN i.source = lagesbild.my_organisation() AND i.created_at > now() - interval '30 days' THEN i.description END
      AS description
  FROM lagesbild.incidents i;
GRANT SELECT ON lagesbild.incidents_shared TO lagesbild_coordinator, lagesbild_analyst, lagesbild_reporter, lagesbild_police;

-- The public: incidents counted in 250 m cells per month and kind; cells with fewer than
-- public_minimum_count (meta, default 5) incidents are left out.
INSERT INTO lagesbild.meta (key, value) VALUES ('public_cell_size_m', '250'), ('public_minimum_count', '5');
CREATE VIEW lagesbild.public_grid_counts WITH (security_barrier) AS
  WITH settings AS (
    SELECT (SELECT value::double precision FROM lagesbild.meta WHERE key = 'public_cell_size_m') AS cell,
           (SELECT value::bigint FROM lagesbild.meta WHERE key = 'public_minimum_count') AS minimum
  ), cells AS (
    SELECT k.code AS kind,
           date_trunc('month', i.occurred_from AT TIME ZONE 'Europe/Stockholm')::date AS month,
           floor(ST_X(i.geom) / s.cell)::bigint AS col, floor(ST_Y(i.geom) / s.cell)::bigint AS row,
           s.cell, s.minimum
    FROM lagesbild.incidents i JOIN lagesbild.kinds k ON k.id = i.kind CROSS JOIN settings s
    WHERE i.geom IS NOT NULL AND i.location_precision < 2
  )
  SELECT kind, month, (col + 0.5) * cell AS x, (row + 0.5) * cell AS y,
         ST_SetSRID(ST_MakeEnvelope(col * cell, row * cell, (col + 1) * cell, (row + 1) * cell), 3006)::geometry(Polygon, 3006) AS geom,
         count(*) AS incidents
  FROM cells
  GROUP BY kind, month, col, row, cell, minimum
  HAVING count(*) >= minimum;
GRANT SELECT ON lagesbild.public_grid_counts TO lagesbild_coordinator, lagesbild_analyst, lagesbild_reporter, lagesbild_police,
  lagesbild_public;
)SQL";
}

} // namespace lagesbild::SchemaSql
