package io.github.senryaku.server.view;

import java.util.Optional;

/**
 * What became of an upload: the outcome's sentence; for a rejected file, the error workbook's link, the
 * errors shown ({@code problems}) and how many more the workbook lists; and where to go next.
 */
public record OutcomePage(Frame frame, Notice notice, Optional<Link> errorWorkbook, Optional<Table> problems,
        Optional<String> notShown, Link again) {
}
