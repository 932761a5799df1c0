package io.github.senryaku.model.planfile;

import java.util.HashSet;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The events of a YAML file as the composer pulls them, stopped at two limits before the node tree is
 * built. Nesting: snakeyaml-engine 2.10 has no depth limit (SnakeYAML 1.x's {@code nestingDepthLimit} is
 * 50) and its composer recurses once per level, so a file nested 3,000 deep overflows the stack; counting
 * here stops it at {@value #MAX_DEPTH}, a few dozen frames down. Aliases of collections ("billion
 * laughs"): the engine's own {@code maxAliasesForCollections} throws with English text and no line, so
 * the same rule is counted here first, with the alias's line.
 */
final class LimitedParser implements Parser {

    /** A plan file nests about 8 deep (goals, policies, measures…); SnakeYAML 1.x allows 50. */
    static final int MAX_DEPTH = 50;

    /** The engine's default for {@code maxAliasesForCollections}. */
    static final int MAX_COLLECTION_ALIASES = 50;

    private final Parser parser;
    private final Set<Anchor> collectionAnchors = new HashSet<>();
    private int depth;
    private int collectionAliases;

    LimitedParser(Parser parser) {
        this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                ((NodeEvent) event).getAnchor().ifPresent(collectionAnchors::add);
                if (++depth > MAX_DEPTH) {
                    throw new Exceeded(event, "入れ子が深すぎます（上限 " + MAX_DEPTH + " 段）",
                            "字下げや括弧 [ ] { } の対応を確かめてください。計画ファイルの入れ子は 10 段ほどです");
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Scalar -> ((NodeEvent) event).getAnchor().ifPresent(collectionAnchors::remove);
            case Alias -> {
                if (collectionAnchors.contains(((AliasEvent) event).getAlias())
                        && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                    throw new Exceeded(event, "リストやマッピングを指す別名（*）が多すぎます（上限 "
                            + MAX_COLLECTION_ALIASES + " 個）", "別名（& と *）を使わずに書いてください");
                }
            }
            default -> {
                // documents, streams and comments do not nest
            }
        }
        return event;
    }

    /** A limit the file went over, at the line of the event that went over it (0 when lines are not kept). */
    static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final String hint;

        Exceeded(Event event, String message, String hint) {
            super(message, null, false, false);
            this.line = event.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
            this.hint = hint;
        }

        int line() {
            return line;
        }

        String hint() {
            return hint;
        }
    }
}
