/**
 * Rendering of an evaluated plan for people and tools. Takes model values only: no database, no batch
 * API, so every renderer is testable alone.
 */
package io.github.senryaku.reports;
