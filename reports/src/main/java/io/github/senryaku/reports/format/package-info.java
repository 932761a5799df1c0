/** How figures, years and grades read in every report, so the text, PDF and Excel forms never disagree. */
package io.github.senryaku.reports.format;
