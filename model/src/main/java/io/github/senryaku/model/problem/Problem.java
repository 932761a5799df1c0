package io.github.senryaku.model.problem;

import java.util.Objects;

/**
 * One mistake in a user's file.
 *
 * @param input   the text that was found there, as found; empty when nothing was
 * @param message what is wrong, in Japanese
 * @param hint    what to do about it, in Japanese; may be empty
 */
public record Problem(Severity severity, Location location, String input, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        input = input == null ? "" : input;
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(Location location, String input, String message, String hint) {
        return new Problem(Severity.ERROR, location, input, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a console: {@code plans/x.yaml:12 (goals[0].unit): 単位がありません。…}. */
    public String describe() {
        return location.describe() + ": " + (severity == Severity.WARNING ? "[警告] " : "")
                + message + (input.isEmpty() ? "" : "（入力値: 「" + input + "」）")
                + (hint.isEmpty() ? "" : " " + hint);
    }
}
