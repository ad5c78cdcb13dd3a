#include "schemasql.h"

namespace lagesbild::SchemaSql
{

// The audit functions run as their owner (no one else may write the audit table) and record
// session_user, the login that made the change, also when QGIS edits a table directly.
const char *audit()
{
  return R"SQL(
-- Updates and deletes: a row each with the row before and after, as JSON.
CREATE FUNCTION lagesbild.audit_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lagesbild, public AS $$
BEGIN
  INSERT INTO lagesbild.audit (action, table_name, row_id, before_json, after_json)
  VALUES (lower(TG_OP), TG_TABLE_NAME, (to_jsonb(OLD) ->> TG_ARGV[0])::bigint, to_jsonb(OLD),
          CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(NEW) END);
  RETURN NULL;
END $$;
-- Inserts: a row each for up to 1000 rows of one statement, else one row with the count and
-- the key range (a push of a million rows is not copied into the audit).
CREATE FUNCTION lagesbild.audit_insert() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lagesbild, public AS $$
DECLARE
  inserted bigint;
  first_key bigint;
  last_key bigint;
BEGIN
  -- The key column by name: no row is turned into JSON unless it is recorded.
  EXECUTE format('SELECT count(*), min(%1$I), max(%1$I) FROM new_rows', TG_ARGV[0]) INTO inserted, first_key, last_key;
  IF inserted <= 1000 THEN
    INSERT INTO lagesbild.audit (action, table_name, row_id, after_json)
    SELECT 'insert', TG_TABLE_NAME, (to_jsonb(r) ->> TG_ARGV[0])::bigint, to_jsonb(r) FROM new_rows r;
  ELSE
    INSERT INTO lagesbild.audit (action, table_name, after_json)
    VALUES ('insert', TG_TABLE_NAME, jsonb_build_object('rows', inserted, 'first', first_key, 'last', last_key));
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION lagesbild.audit_change(), lagesbild.audit_insert() FROM PUBLIC;
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('incidents', 'fid'), ('areas', 'fid'), ('interventions', 'fid'), ('categories', 'id'),
                                 ('sources', 'id'), ('intervention_incidents', 'id')) AS v (name, key) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON lagesbild.%I FOR EACH ROW EXECUTE FUNCTION lagesbild.audit_change(%L)',
                   t.name || '_audit_change', t.name, t.key);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON lagesbild.%I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION lagesbild.audit_insert(%L)', t.name || '_audit_insert', t.name, t.key);
  END LOOP;
END $$;
)SQL";
}

} // namespace lagesbild::SchemaSql
