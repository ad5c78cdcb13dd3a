#include "schemasql.h"

namespace lagesbild::SchemaSql
{

// Version 2, for the store behind the IncidentStore interface (PostgresStore):
//  - the address register (geocoding), which only the coordinator writes;
//  - the GeoPackage's geocoded location precisions 3..5 and its derived-address flag;
//  - geocoded points (3..5) count in the public grid as street level, as the GeoPackage treats them;
//  - the reporters may write the columns PostgresStore fills for every writer (the
//    de-duplication key computed on the client, so a record has the same key on both backends;
//    the derived area and address): the policies still hold their rows to their organisation,
//    and the key is unique per organisation (source, dedup_key), so a reporter's key cannot
//    collide with another organisation's rows;
//  - every role may read the schema version (PostgresStore::open checks it);
//  - audit_note, the one way a client records an import in the audit (as the login that ran it);
//  - the point's coordinates as stored generated columns x, y with an index on the time that
//    includes them, so the points of a period (hot-spot maps) are an index-only scan without a
//    geometry decoded per row (bench_store_server: the decoding was most of a points query).
const char *version2()
{
  return R"SQL(
ALTER TABLE lagesbild.incidents DROP CONSTRAINT incidents_location_precision_check;
ALTER TABLE lagesbild.incidents ADD CONSTRAINT incidents_location_precision_check CHECK (location_precision BETWEEN 0 AND 5);
ALTER TABLE lagesbild.incidents ADD COLUMN address_derived boolean NOT NULL DEFAULT false;
-- A key is unique within its organisation (the key hashes the source code in anyway), so a key a
-- reporter writes can only ever meet its own organisation's rows: it cannot make another
-- organisation's later report be skipped as a duplicate, nor learn that such a report exists.
ALTER TABLE lagesbild.incidents DROP CONSTRAINT incidents_dedup_key_key;
ALTER TABLE lagesbild.incidents ADD CONSTRAINT incidents_source_dedup_key UNIQUE (source, dedup_key);
GRANT INSERT (dedup_key, area, address_derived) ON lagesbild.incidents TO lagesbild_reporter;
GRANT UPDATE (area, address_derived) ON lagesbild.incidents TO lagesbild_reporter;
ALTER TABLE lagesbild.incidents ADD COLUMN x double precision GENERATED ALWAYS AS (ST_X(geom)) STORED,
  ADD COLUMN y double precision GENERATED ALWAYS AS (ST_Y(geom)) STORED;
CREATE INDEX incidents_time_points ON lagesbild.incidents (occurred_from) INCLUDE (x, y);

CREATE TABLE lagesbild.addresses (
  fid serial PRIMARY KEY,
  geom geometry(Point, 3006) NOT NULL,
  street text,
  number integer,
  letter text,
  postcode text,
  postal_town text,
  municipality_code text,
  place_name text
);
CREATE INDEX addresses_geom ON lagesbild.addresses USING gist (geom);
GRANT ALL ON lagesbild.addresses TO lagesbild_coordinator;
GRANT USAGE ON SEQUENCE lagesbild.addresses_fid_seq TO lagesbild_coordinator;
GRANT SELECT ON lagesbild.addresses TO lagesbild_analyst, lagesbild_police, lagesbild_reporter;

GRANT SELECT ON lagesbild.schema_version TO lagesbild_coordinator, lagesbild_analyst, lagesbild_reporter, lagesbild_police,
  lagesbild_public;

CREATE FUNCTION lagesbild.audit_note(note_action text, note_table text, note_row bigint, note_after jsonb) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lagesbild AS $$
BEGIN
  IF note_action <> 'import' THEN
    RAISE EXCEPTION 'audit_note records imports only';
  END IF;
  INSERT INTO lagesbild.audit (action, table_name, row_id, after_json) VALUES (note_action, note_table, note_row, note_after);
END $$;
REVOKE ALL ON FUNCTION lagesbild.audit_note(text, text, bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lagesbild.audit_note(text, text, bigint, jsonb) TO lagesbild_coordinator, lagesbild_police,
  lagesbild_reporter;

CREATE OR REPLACE VIEW lagesbild.public_grid_counts WITH (security_barrier) AS
  WITH settings AS (
    SELECT (SELECT value::double precision FROM lagesbild.meta WHERE key = 'public_cell_size_m') AS cell,
           (SELECT value::bigint FROM lagesbild.meta WHERE key = 'public_minimum_count') AS minimum
  ), cells AS (
    SELECT k.code AS kind,
           date_trunc('month', i.occurred_from AT TIME ZONE 'Europe/Stockholm')::date AS month,
           floor(ST_X(i.geom) / s.cell)::bigint AS col, floor(ST_Y(i.geom) / s.cell)::bigint AS row,
           s.cell, s.minimum
    FROM lagesbild.incidents i JOIN lagesbild.kinds k ON k.id = i.kind CROSS JOIN settings s
    WHERE i.geom IS NOT NULL AND i.location_precision <> 2
  )
  SELECT kind, month, (col + 0.5) * cell AS x, (row + 0.5) * cell AS y,
         ST_SetSRID(ST_MakeEnvelope(col * cell, row * cell, (col + 1) * cell, (row + 1) * cell), 3006)::geometry(Polygon, 3006) AS geom,
         count(*) AS incidents
  FROM cells
  GROUP BY kind, month, col, row, cell, minimum
  HAVING count(*) >= minimum;
)SQL";
}

} // namespace lagesbild::SchemaSql
