#include "schemasql.h"

namespace lagesbild::SchemaSql
{

// Version 3: the daily summary. The analyses' questions are counts per category, source, area,
// kind, day, week or month of a period, and the points of a period for a hot-spot map; asked of
// the incidents table they cost a read of every row in the period. lagesbild.daily_summary holds
// one row per local day and (kind, category, source, area, precision): its number of incidents
// and their points packed as big-endian int4 centimetres (x, y), so a count reads a row per day
// and group instead of a row per incident, and the points of all incidents are a few thousand
// values streamed as they lie.
//  - Kept by statement triggers in the writing transaction, so it is exactly as committed as the
//    rows: an insert appends (one upsert per group, in key order so two writers never deadlock);
//    an update or delete rebuilds the days its rows left and entered from the table, after
//    waiting for the appends in flight (see daily_summary_rebuild).
//  - Readable only by the roles whose policies on incidents see every row (coordinator, analyst,
//    police): a reporter's or the public's view of the rows is narrower, and PostgresStore reads
//    the rows for them (has_table_privilege at open).
//  - The triggers run as the schema's owner (SECURITY DEFINER), so a reporter's insert keeps the
//    summary without a right to read it.
//  - A point's centimetres must fit int4: coordinates beyond ±20,000 km (outside any projected
//    CRS of the Earth) are refused.
//  - The eight-column time index of version 1 is dropped: the counts it served come from the
//    summary, and every write saved its upkeep. A period's rows are still a range on
//    incidents_time_points.
const char *version3()
{
  return R"SQL(
ALTER TABLE lagesbild.incidents ADD CONSTRAINT incidents_coordinates_in_range
  CHECK (x IS NULL OR (abs(x) < 2e7 AND abs(y) < 2e7));

CREATE TABLE lagesbild.daily_summary (
  day date NOT NULL,
  kind smallint NOT NULL,
  category integer NOT NULL,
  source integer NOT NULL,
  area integer NOT NULL, -- 0: no area
  location_precision smallint NOT NULL,
  incidents bigint NOT NULL,
  points bytea NOT NULL, -- the located incidents' x, y as big-endian int4 centimetres
  PRIMARY KEY (day, kind, category, source, area, location_precision)
);
-- Centimetres do not compress: stored as they are, read without inflating.
ALTER TABLE lagesbild.daily_summary ALTER COLUMN points SET STORAGE EXTERNAL;
GRANT SELECT ON lagesbild.daily_summary TO lagesbild_coordinator, lagesbild_analyst, lagesbild_police;

-- A point as the summary packs it (PostgresPointCopy::readPackedCentimetres reads it); null
-- without a point, which string_agg skips. Inlined where it is used.
CREATE FUNCTION lagesbild.packed_point(x double precision, y double precision) RETURNS bytea
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT int4send(round(x * 100)::integer) || int4send(round(y * 100)::integer) $$;

CREATE FUNCTION lagesbild.daily_summary_append() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lagesbild AS $$
BEGIN
  INSERT INTO lagesbild.daily_summary AS s
  SELECT (n.occurred_from AT TIME ZONE 'Europe/Stockholm')::date, n.kind, n.category, n.source, coalesce(n.area, 0),
         n.location_precision, count(*),
         coalesce(string_agg(lagesbild.packed_point(n.x, n.y), ''::bytea), ''::bytea)
  FROM new_rows n
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (day, kind, category, source, area, location_precision)
  DO UPDATE SET incidents = s.incidents + EXCLUDED.incidents, points = s.points || EXCLUDED.points;
  RETURN NULL;
END $$;

-- The days of the changed rows (before and after) are rebuilt from the table, every group of each
-- day in one read of the day's rows. The lock waits for every transaction that appended and lets
-- no other append or rebuild start until this one commits: the rebuild reads the rows with a
-- snapshot taken after the lock (read committed), so an append that committed meanwhile is in it
-- and one that comes later adds to the rebuilt row; appends alone never wait for each other.
CREATE FUNCTION lagesbild.daily_summary_rebuild() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lagesbild AS $$
DECLARE
  days date[];
BEGIN
  LOCK TABLE lagesbild.daily_summary IN SHARE ROW EXCLUSIVE MODE;
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT changed.day) INTO days FROM (
      SELECT (o.occurred_from AT TIME ZONE 'Europe/Stockholm')::date AS day FROM old_rows o
      UNION ALL
      SELECT (n.occurred_from AT TIME ZONE 'Europe/Stockholm')::date FROM new_rows n) changed;
  ELSE
    SELECT array_agg(DISTINCT (o.occurred_from AT TIME ZONE 'Europe/Stockholm')::date) INTO days FROM old_rows o;
  END IF;
  IF days IS NULL THEN
    RETURN NULL;
  END IF;
  DELETE FROM lagesbild.daily_summary WHERE day = ANY (days);
  INSERT INTO lagesbild.daily_summary
  SELECT (i.occurred_from AT TIME ZONE 'Europe/Stockholm')::date, i.kind, i.category, i.source, coalesce(i.area, 0),
         i.location_precision, count(*),
         coalesce(string_agg(lagesbild.packed_point(i.x, i.y), ''::bytea), ''::bytea)
  FROM unnest(days) AS d (day)
  JOIN lagesbild.incidents i
    ON i.occurred_from >= d.day::timestamp AT TIME ZONE 'Europe/Stockholm'
   AND i.occurred_from < (d.day + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6;
  RETURN NULL;
END $$;

CREATE FUNCTION lagesbild.daily_summary_clear() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lagesbild AS $$
BEGIN
  TRUNCATE lagesbild.daily_summary;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION lagesbild.daily_summary_append(), lagesbild.daily_summary_rebuild(), lagesbild.daily_summary_clear()
  FROM PUBLIC;

CREATE TRIGGER incidents_summary_insert AFTER INSERT ON lagesbild.incidents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lagesbild.daily_summary_append();
CREATE TRIGGER incidents_summary_update AFTER UPDATE ON lagesbild.incidents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lagesbild.daily_summary_rebuild();
CREATE TRIGGER incidents_summary_delete AFTER DELETE ON lagesbild.incidents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lagesbild.daily_summary_rebuild();
CREATE TRIGGER incidents_summary_truncate AFTER TRUNCATE ON lagesbild.incidents
  FOR EACH STATEMENT EXECUTE FUNCTION lagesbild.daily_summary_clear();

INSERT INTO lagesbild.daily_summary
SELECT (i.occurred_from AT TIME ZONE 'Europe/Stockholm')::date, i.kind, i.category, i.source, coalesce(i.area, 0),
       i.location_precision, count(*),
       coalesce(string_agg(lagesbild.packed_point(i.x, i.y), ''::bytea), ''::bytea)
FROM lagesbild.incidents i
GROUP BY 1, 2, 3, 4, 5, 6;

DROP INDEX lagesbild.incidents_time;
)SQL";
}

} // namespace lagesbild::SchemaSql
