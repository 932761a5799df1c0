/**
 * What the two import jobs share (取込の共通部分): one job execution per import run, one partition per file in
 * each of the steps of {@code import-steps.xml} — screen ({@link io.github.senryaku.batch.importing.ImportScreenBatchlet}:
 * the file's identity, headers, department and plan, recorded once in the ledger), stage (rows read, checked
 * and staged in checkpointed chunks) and land (checks across rows; the file lands whole or is sent back whole) —
 * and the filing, set-aside and recovery around them. What differs between senders is behind
 * {@link io.github.senryaku.batch.importing.ImportSource}; this package does not know the senders' packages.
 */
package io.github.senryaku.batch.importing;
