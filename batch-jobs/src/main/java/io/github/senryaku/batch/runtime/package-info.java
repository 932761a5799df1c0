/**
 * The runtime that runs the batch jobs in Java SE: Weld SE for CDI, JBeret for Jakarta Batch with its
 * JDBC job repository in senryaku's own database, the resources the jobs share (settings, plan, store), the
 * names of the jobs and what the repository remembers of their executions ({@link JobHistory}). It imports
 * nothing from the job packages: they depend on it.
 */
package io.github.senryaku.batch.runtime;
