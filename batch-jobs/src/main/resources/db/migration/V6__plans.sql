-- senryaku store, version 6: several plans in one store. Every import and every row it brought belongs to
-- one plan (plan.code): T1-1 of R3 in kanazawa-2nd and T1-1 of R3 in another plan are two facts.
--
-- Rows stored before this version belong to the plan the settings named then (${legacy_plan}), the only one
-- a store could hold. On PostgreSQL the whole script is one transaction; on H2, where DDL commits by itself,
-- the store copies its database file before migrating and puts the copy back if the migration is cut short
-- (Store.open), so a crash never leaves a half-migrated store. The statements are idempotent as well.

-- Each column is added with the legacy plan as its default, which fills the existing rows in the same statement
-- (on PostgreSQL without rewriting the table), then the default is dropped: every new row names its plan.

ALTER TABLE import_file ADD COLUMN IF NOT EXISTS plan_code VARCHAR(64) DEFAULT '${legacy_plan}';  -- NULL: sent back before its plan was known
ALTER TABLE import_file ALTER COLUMN plan_code DROP DEFAULT;

ALTER TABLE actual ADD COLUMN IF NOT EXISTS plan_code VARCHAR(64) DEFAULT '${legacy_plan}' NOT NULL;
ALTER TABLE actual ALTER COLUMN plan_code DROP DEFAULT;
DROP INDEX IF EXISTS actual_by_target;
CREATE INDEX IF NOT EXISTS actual_by_plan_target ON actual (plan_code, target_code, fiscal_year, superseded_at);

ALTER TABLE measure_report ADD COLUMN IF NOT EXISTS plan_code VARCHAR(64) DEFAULT '${legacy_plan}' NOT NULL;
ALTER TABLE measure_report ALTER COLUMN plan_code DROP DEFAULT;
DROP INDEX IF EXISTS measure_report_by_measure;
CREATE INDEX IF NOT EXISTS measure_report_by_plan_measure
    ON measure_report (plan_code, measure_code, fiscal_year, superseded_at);

ALTER TABLE budget_line ADD COLUMN IF NOT EXISTS plan_code VARCHAR(64) DEFAULT '${legacy_plan}' NOT NULL;
ALTER TABLE budget_line ALTER COLUMN plan_code DROP DEFAULT;
DROP INDEX IF EXISTS budget_line_by_year;
CREATE INDEX IF NOT EXISTS budget_line_by_plan_year ON budget_line (plan_code, fiscal_year, superseded_at);
