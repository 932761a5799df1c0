/**
 * {@code senryaku serve}: the long-running process for the city's server — the scheduler (nightly import,
 * year-end report; cron expressions in Asia/Tokyo, missed runs caught up from the job repository), the
 * HTTP endpoints (Jersey on the JDK's HTTP server, with bounded threads, time limits and security headers on
 * every answer), the pages (jte templates in src/main/jte over the records of {@code server.view}), the one
 * role check ({@link io.github.senryaku.server.RoleFilter}), and an orderly stop on SIGTERM.
 */
package io.github.senryaku.server;
