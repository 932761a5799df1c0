-- senryaku store, version 9: the review council's opinions (推進会議・外部有識者の意見) and the planning office's
-- responses to them (対応方針), one row per opinion, about a goal, a target or KPI, a policy, or the plan as a
-- whole (総括) in one year.
--
-- A council import is an import_file like the others (source COUNCIL; same statuses and the same staging rule:
-- rows are written once under a STAGING import and read only once it is LANDED). A landed file replaces, for
-- each plan, year and subject it names, every current opinion an earlier file gave that subject; the replaced
-- rows stay as history (superseded_at). Subjects the file does not name keep their opinions.
-- Idempotent (IF NOT EXISTS): on H2 a DDL statement commits by itself, so an upgrade a crash cut short is run
-- again whole at the next start.

ALTER TABLE import_file ADD COLUMN IF NOT EXISTS opinion_count INT DEFAULT 0 NOT NULL;

CREATE TABLE IF NOT EXISTS council_opinion (
    import_file_id      BIGINT        NOT NULL REFERENCES import_file (id),
    ordinal             BIGINT        NOT NULL,
    subject_code        VARCHAR(16)   NOT NULL,   -- G1, T1-2, T0-1, K1-2-1, P1-2, or 総括
    fiscal_year         INT           NOT NULL,
    opinion             VARCHAR(4000) NOT NULL,
    response            VARCHAR(4000) NOT NULL,
    given_by            VARCHAR(200),             -- 委員・会議: who gave it, or at which meeting
    sheet               VARCHAR(100)  NOT NULL,
    row_number          INT           NOT NULL,
    cell                VARCHAR(16)   NOT NULL,   -- the 対象コード cell
    plan_code           VARCHAR(64)   NOT NULL,
    superseded_at       TIMESTAMP WITH TIME ZONE,
    superseded_by_file  BIGINT REFERENCES import_file (id),
    PRIMARY KEY (import_file_id, ordinal)
);
CREATE INDEX IF NOT EXISTS council_opinion_by_plan_year
    ON council_opinion (plan_code, fiscal_year, subject_code, superseded_at);
