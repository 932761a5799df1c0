/** The evaluated plan as Japanese plain text, for the console. */
package io.github.senryaku.reports.text;
