/** The JSON contract of {@code senryaku plan show --format json}, which other tools read. */
package io.github.senryaku.reports.json;
