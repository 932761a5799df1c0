/**
 * What the two import jobs share (取込の共通部分): one job execution per import run, with the steps of
 * {@code import-steps.xml} — stage (a partition per file: the file screened by
 * {@link io.github.senryaku.batch.importing.FileScreen} — its identity, headers, department and plan, recorded once
 * in the ledger — then its rows read from the same opened workbook, checked and staged in checkpointed chunks) and
 * land (the run's files one after another: checks across rows; each file lands whole or is sent back whole) —
 * and the filing, set-aside and recovery around them. What differs between senders is behind
 * {@link io.github.senryaku.batch.importing.ImportSource}; this package does not know the senders' packages.
 */
package io.github.senryaku.batch.importing;
