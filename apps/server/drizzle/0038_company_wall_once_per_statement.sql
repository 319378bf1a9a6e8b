-- The company wall's policies read app.company_id once per statement instead of once per row.
-- current_setting() is a stable function: an index condition evaluates it once, but a policy applied
-- as a filter evaluates it for every row it looks at, and the list page filters its placements,
-- checks and referees row by row. Wrapped in a scalar subquery, PostgreSQL computes it once as an
-- InitPlan and every row compares with that value. What the policies allow is unchanged.
CREATE OR REPLACE FUNCTION wall_company_tables() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  owned record;
BEGIN
  FOR owned IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND c.column_name = 'company_id' AND t.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', owned.table_name);
    EXECUTE format('DROP POLICY IF EXISTS company_wall ON %I', owned.table_name);
    EXECUTE format(
      'CREATE POLICY company_wall ON %I USING (company_id = (SELECT nullif(current_setting(''app.company_id'', true), '''')::uuid))',
      owned.table_name
    );
  END LOOP;
  ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS company_wall ON companies;
  CREATE POLICY company_wall ON companies USING (id = (SELECT nullif(current_setting('app.company_id', true), '')::uuid));
END
$$;
--> statement-breakpoint
SELECT wall_company_tables();
