/**
 * The store (データベース): imports, actuals and measure reports with their history, and the staging area
 * of an import in progress. Plain JDBC on H2 (embedded default) or PostgreSQL; the schema is created and
 * upgraded by Flyway migrations in {@code db/migration}.
 */
package io.github.senryaku.batch.store;
