-- senryaku store, version 2: the finance office's budget and expenditure (事業別予算決算).
--
-- A finance import is an import_file like a department's (same statuses, same staging rule: rows are
-- written once under a STAGING import and read only once it is LANDED). A landed finance file replaces
-- the current lines of each year it holds; the replaced lines stay as history (superseded_at).

ALTER TABLE import_file ADD COLUMN source VARCHAR(12) DEFAULT 'DEPARTMENT' NOT NULL;  -- DEPARTMENT | FINANCE
ALTER TABLE import_file ADD COLUMN budget_count INT DEFAULT 0 NOT NULL;

-- A line of the finance workbook, in yen (a header in 千円 is multiplied out when read).
CREATE TABLE budget_line (
    import_file_id      BIGINT        NOT NULL REFERENCES import_file (id),
    ordinal             BIGINT        NOT NULL,
    project_code        VARCHAR(64)   NOT NULL,
    project_name        VARCHAR(400)  NOT NULL,
    measure_code        VARCHAR(16),              -- NULL: outside the strategy (戦略外)
    fiscal_year         INT           NOT NULL,
    budget_yen          NUMERIC(20, 0) NOT NULL,
    spent_yen           NUMERIC(20, 0) NOT NULL,
    funding             VARCHAR(200),
    sheet               VARCHAR(100)  NOT NULL,
    row_number          INT           NOT NULL,
    cell                VARCHAR(16)   NOT NULL,   -- the 事業コード cell, to name both lines of a repeated project
    superseded_at       TIMESTAMP WITH TIME ZONE,
    superseded_by_file  BIGINT REFERENCES import_file (id),
    PRIMARY KEY (import_file_id, ordinal)
);
CREATE INDEX budget_line_by_year ON budget_line (fiscal_year, superseded_at);
