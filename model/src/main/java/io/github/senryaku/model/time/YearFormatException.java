package io.github.senryaku.model.time;

/** A text that is not a year; the message quotes it and shows the forms that are accepted. */
public final class YearFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;

    YearFormatException(String input, String reason) {
        super("「" + input + "」は年度として読めません" + (reason.isEmpty() ? "" : "（" + reason + "）")
                + "。例: R6、令和6年度、令和元年度、2024、FY2024");
        this.input = input;
    }

    public String input() {
        return input;
    }
}
