/**
 * The runtime that runs the batch jobs in Java SE: Weld SE for CDI, JBeret for Jakarta Batch with its
 * JDBC job repository in senryaku's own database, and the resources the jobs share (settings, plan, store).
 */
package io.github.senryaku.batch.runtime;
