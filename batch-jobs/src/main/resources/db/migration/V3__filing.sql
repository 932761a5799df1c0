-- senryaku store, version 3: an import knows where its file was read from and when the file was filed.
--
-- A landed (or sent-back) import is committed durably before its file moves to archive/ (or rejected/);
-- filed_at is set once the move is done. An import that ended with filed_at still NULL was interrupted
-- between the two: the next run finishes the move (source_path → stored_as) instead of reading the file again.
-- Rows before this version were filed when they ended.

-- Idempotent (IF NOT EXISTS): on H2 a DDL statement commits by itself, so an upgrade a crash cut short
-- is run again whole at the next start.
ALTER TABLE import_file ADD COLUMN IF NOT EXISTS source_path VARCHAR(4096);
ALTER TABLE import_file ADD COLUMN IF NOT EXISTS filed_at TIMESTAMP WITH TIME ZONE;
UPDATE import_file SET filed_at = finished_at WHERE status IN ('LANDED', 'REJECTED');
CREATE INDEX IF NOT EXISTS import_file_unfiled ON import_file (status, filed_at);
