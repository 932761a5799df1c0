package io.github.senryaku.server.view;

import java.util.Optional;

/**
 * A sentence that tells how something went, shown in the colour and weight of its tone; it may carry a
 * link inside it ({@code text}, then the link, then {@code after}), as in 「…<a>もう一度サインイン</a>してください。」.
 */
public record Notice(boolean ok, String text, Optional<Link> link, String after) {

    public static Notice ok(String text) {
        return new Notice(true, text, Optional.empty(), "");
    }

    public static Notice ng(String text) {
        return new Notice(false, text, Optional.empty(), "");
    }

    public static Notice ng(String text, Link link, String after) {
        return new Notice(false, text, Optional.of(link), after);
    }

    /** The style sheet's class for the tone. */
    public String tone() {
        return ok ? "ok" : "ng";
    }
}
