#include "schemasql.h"

namespace lagesbild::SchemaSql
{

// Times are timestamptz (the GeoPackage keeps UTC seconds); local_hour and local_weekday
// (Europe/Stockholm, 1 = Monday) are set by a trigger, as are created_at/created_by (which the
// reporters' 30 days run from, and which no one can set by hand) and a de-duplication key for
// rows that arrive without one (QGIS, QField). kinds is the lookup of the kind numbers.
const char *tables()
{
  return R"SQL(
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA lagesbild;
CREATE TABLE lagesbild.schema_version (
  version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by name NOT NULL DEFAULT session_user
);
CREATE TABLE lagesbild.meta (
  key text PRIMARY KEY,
  value text
);
CREATE TABLE lagesbild.kinds (
  id smallint PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name_sv text NOT NULL,
  name_en text NOT NULL
);
INSERT INTO lagesbild.kinds VALUES (1, 'crime', 'Anmält brott', 'Reported crime'), (2, 'report', 'Lägesbildsrapport', 'Lägesbild report');
CREATE TABLE lagesbild.categories (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  kind text NOT NULL REFERENCES lagesbild.kinds (code),
  name_sv text NOT NULL,
  name_en text NOT NULL,
  colour text NOT NULL,
  category_group text,
  sort_order integer NOT NULL DEFAULT 0,
  -- kinds.id of kind, so an incident's (category, kind) can reference its category and kind at once
  kind_id smallint GENERATED ALWAYS AS (CASE kind WHEN 'crime' THEN 1 WHEN 'report' THEN 2 END) STORED,
  UNIQUE (id, kind_id)
);
CREATE TABLE lagesbild.sources (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL
);
CREATE TABLE lagesbild.user_organisations (
  user_name name PRIMARY KEY,
  source integer NOT NULL REFERENCES lagesbild.sources (id)
);
CREATE TABLE lagesbild.imports (
  id serial PRIMARY KEY,
  file_name text NOT NULL,
  checksum text,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by name NOT NULL DEFAULT session_user,
  read_count integer NOT NULL DEFAULT 0,
  imported_count integer NOT NULL DEFAULT 0,
  duplicate_count integer NOT NULL DEFAULT 0,
  rejected_count integer NOT NULL DEFAULT 0,
  masked_count integer NOT NULL DEFAULT 0
);
CREATE INDEX imports_checksum ON lagesbild.imports (checksum);
CREATE TABLE lagesbild.audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_name name NOT NULL DEFAULT session_user,
  action text NOT NULL,
  table_name text NOT NULL,
  row_id bigint,
  before_json jsonb,
  after_json jsonb
);
CREATE INDEX audit_row ON lagesbild.audit (table_name, row_id);
CREATE TABLE lagesbild.areas (
  fid serial PRIMARY KEY,
  geom geometry(MultiPolygon, 3006),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  area_type text
);
CREATE INDEX areas_geom ON lagesbild.areas USING gist (geom);
CREATE TABLE lagesbild.incidents (
  fid bigserial PRIMARY KEY,
  geom geometry(Point, 3006),
  kind smallint NOT NULL CHECK (kind IN (1, 2)),
  category integer NOT NULL,
  source integer NOT NULL REFERENCES lagesbild.sources (id),
  occurred_from timestamptz NOT NULL,
  occurred_to timestamptz,
  reported_at timestamptz,
  local_hour smallint NOT NULL DEFAULT 0,
  local_weekday smallint NOT NULL DEFAULT 1,
  area integer REFERENCES lagesbild.areas (fid) ON DELETE SET NULL,
  location_precision smallint NOT NULL DEFAULT 0 CHECK (location_precision IN (0, 1, 2)),
  address text,
  description text,
  external_id text,
  import_id integer REFERENCES lagesbild.imports (id) ON DELETE SET NULL,
  dedup_key bigint UNIQUE, -- never null: the fill trigger sets it (no NOT NULL, so QGIS forms do not ask for it)
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by name NOT NULL DEFAULT session_user,
  CHECK (occurred_to IS NULL OR occurred_to >= occurred_from),
  -- the category exists and is of the incident's kind (one check instead of two)
  CONSTRAINT incidents_category_of_kind FOREIGN KEY (category, kind) REFERENCES lagesbild.categories (id, kind_id)
);
CREATE INDEX incidents_geom ON lagesbild.incidents USING gist (geom);
CREATE INDEX incidents_time ON lagesbild.incidents (occurred_from, kind, category, source, local_hour, local_weekday, area, location_precision);
CREATE INDEX incidents_source_created ON lagesbild.incidents (source, created_at);
CREATE FUNCTION lagesbild.incidents_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.local_hour := extract(hour FROM NEW.occurred_from AT TIME ZONE 'Europe/Stockholm');
  NEW.local_weekday := extract(isodow FROM NEW.occurred_from AT TIME ZONE 'Europe/Stockholm');
  IF TG_OP = 'INSERT' THEN
    NEW.created_at := now();
    NEW.created_by := session_user;
    IF NEW.dedup_key IS NULL THEN
      NEW.dedup_key := hashtextextended(concat_ws('|', NEW.kind, NEW.category, NEW.source, ST_AsText(NEW.geom), NEW.occurred_from,
                                                  NEW.occurred_to, NEW.address, NEW.description, NEW.external_id,
                                                  clock_timestamp()), 0);
    END IF;
  ELSE
    NEW.created_at := OLD.created_at;
    NEW.created_by := OLD.created_by;
    NEW.dedup_key := OLD.dedup_key;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER incidents_fill BEFORE INSERT OR UPDATE ON lagesbild.incidents
  FOR EACH ROW EXECUTE FUNCTION lagesbild.incidents_fill();
CREATE TABLE lagesbild.interventions (
  fid serial PRIMARY KEY,
  geom geometry(MultiPolygon, 3006),
  intervention_type text NOT NULL,
  title text,
  shape text NOT NULL CHECK (shape IN ('drawn', 'circle', 'area', 'none')),
  centre_x double precision,
  centre_y double precision,
  radius_m double precision,
  area text REFERENCES lagesbild.areas (code) ON UPDATE CASCADE ON DELETE SET NULL,
  closed boolean NOT NULL DEFAULT false,
  start_at timestamptz NOT NULL,
  end_at timestamptz,
  actors text,
  note text,
  created_by name NOT NULL DEFAULT session_user
);
CREATE INDEX interventions_geom ON lagesbild.interventions USING gist (geom);
CREATE TABLE lagesbild.intervention_incidents (
  id serial PRIMARY KEY,
  intervention_id integer NOT NULL REFERENCES lagesbild.interventions (fid) ON DELETE CASCADE,
  incident_id bigint NOT NULL REFERENCES lagesbild.incidents (fid) ON DELETE CASCADE,
  UNIQUE (intervention_id, incident_id)
);
CREATE INDEX intervention_incidents_incident ON lagesbild.intervention_incidents (incident_id);
CREATE TABLE lagesbild.saved_analyses (
  id serial PRIMARY KEY,
  name text NOT NULL,
  definition jsonb NOT NULL,
  owner name NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now()
);
)SQL";
}

} // namespace lagesbild::SchemaSql
