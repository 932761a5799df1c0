package io.github.senryaku.cli;

/** The exit codes every senryaku command keeps to. */
final class ExitCodes {

    static final int OK = 0;
    /** A file the user gave is wrong: a plan, a rulebook, a workbook. */
    static final int INVALID_INPUT = 1;
    /** Wrong usage, or the system failed (a missing folder, a database down). */
    static final int USAGE_OR_SYSTEM = 2;

    private ExitCodes() {
    }
}
