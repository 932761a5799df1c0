package io.github.senryaku.reports.html;

/** One entry of the site's table of contents; the page being read is marked {@code aria-current="page"}. */
public record NavLink(String href, String label, boolean current) {
}
