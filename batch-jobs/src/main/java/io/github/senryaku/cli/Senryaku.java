package io.github.senryaku.cli;

import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.YearFormatException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code senryaku} command. */
public final class Senryaku {

    private Senryaku() {
    }

    public static void main(String[] args) {
        // Japanese output must not depend on the server's locale settings: always UTF-8.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))) {
            err.println("senryaku: 警告: システムのロケールが UTF-8 ではありません（" + System.getProperty("sun.jnu.encoding")
                    + "）。日本語のファイル名を扱えません。LANG=C.UTF-8 などを設定するか ./senryaku から起動してください。");
        }
        int exitCode = run(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Runs one command line; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        quietConsoleLogging();
        CommandLine commandLine = new CommandLine(new SenryakuCommand(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(FiscalYear.class, Senryaku::year);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> handle(exception, failed.getErr()));
        return commandLine.execute(args);
    }

    /**
     * Libraries (Weld, JBeret, Flyway, POI) log to java.util.logging; their lines belong in the log file the
     * runtime opens in the data folder, not between the command's own output.
     */
    private static void quietConsoleLogging() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler handler : root.getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
    }

    private static FiscalYear year(String text) {
        try {
            return FiscalYear.parse(text);
        } catch (YearFormatException malformed) {
            throw new CommandLine.TypeConversionException(malformed.getMessage());
        }
    }

    /** A user's bad file lists its problems (exit 1); anything else is one line (exit 2), never a stack trace. */
    private static int handle(Exception exception, PrintWriter err) {
        if (exception instanceof InvalidFileException invalid) {
            invalid.problems().stream().map(Problem::describe).forEach(err::println);
            err.println("問題が " + invalid.problems().size() + " 件あります。");
            return ExitCodes.INVALID_INPUT;
        }
        if (exception instanceof io.github.senryaku.settings.PlansInForce.PlanChoiceException choice) {
            err.println("senryaku: " + choice.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName()
                : exception.getMessage().lines().findFirst().orElse("");
        java.util.logging.Logger.getLogger(Senryaku.class.getName()).log(java.util.logging.Level.SEVERE, message, exception);
        err.println("senryaku: " + message);
        return ExitCodes.USAGE_OR_SYSTEM;
    }
}
