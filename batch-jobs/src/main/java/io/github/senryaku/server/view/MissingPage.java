package io.github.senryaku.server.view;

import java.util.List;
import java.util.Optional;

/**
 * 未提出一覧: the form that chooses the plan and the year, each field with its error when the choice could not
 * be read, and — when it could — the count and the table of what is missing.
 */
public record MissingPage(Frame frame, List<Choice> plans, String year, Optional<String> planError,
        Optional<String> yearError, Optional<String> summary, Optional<Table> missing) {

    /** A plan in force as the form offers it. */
    public record Choice(String code, String label, boolean selected) {
    }
}
