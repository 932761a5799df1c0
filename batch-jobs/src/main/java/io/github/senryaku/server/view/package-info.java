/**
 * What each server page shows, as records the templates take (src/main/jte, compiled at build time into
 * {@code io.github.senryaku.server.templates}). They hold text only: the templates escape every value for
 * where it stands, so nothing here is HTML.
 */
package io.github.senryaku.server.view;
