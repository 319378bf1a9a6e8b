-- Row-level security as the second wall behind the repositories' company_id filters.
-- Every table with a company_id column (and companies itself, by id) shows a session only the rows
-- of the company named in the setting app.company_id; with the setting blank it shows nothing.
-- The tables' owner (migrations, operator jobs) is not subject to the policies: RLS is enabled but
-- not forced, and the request path runs as a role that owns nothing and cannot bypass RLS.
-- A later migration that adds a company-owned table calls wall_company_tables() again.
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
      'CREATE POLICY company_wall ON %I USING (company_id = nullif(current_setting(''app.company_id'', true), '''')::uuid)',
      owned.table_name
    );
  END LOOP;
  ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS company_wall ON companies;
  CREATE POLICY company_wall ON companies USING (id = nullif(current_setting('app.company_id', true), '')::uuid);
END
$$;
--> statement-breakpoint
SELECT wall_company_tables();
--> statement-breakpoint
-- The one question a company's request must ask across companies: which of these domains another
-- company already has (a domain decides who may join, so it belongs to one company). It runs as the
-- owner, past the policies, and answers only the domains, which the refusal names anyway.
CREATE OR REPLACE FUNCTION company_domains_taken(wanted text[], asking uuid) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT domain FROM company_domains WHERE domain = ANY(wanted) AND company_id <> asking
$$;
