package io.github.senryaku.model.plan;

import java.util.Objects;

/** A term the plan explains (用語解説), such as リカレント教育; it is not a measure. */
public record GlossaryTerm(String term, String definition) {

    public GlossaryTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
    }
}
