package io.github.senryaku.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * On a terminal, one line at the bottom that says how a long import goes — files done of the total, rows per
 * second, time left — or a report — formats done of the total, the one being made, time so far — rewritten in
 * place a few times a second; an import's per-file lines are printed above it. With the output going to a file
 * or a pipe there is no such line: a log gets the per-file lines only.
 */
final class ProgressLine implements AutoCloseable {

    private static final String CLEAR = "\r\033[K";

    /** What the line counts: an import's files, or a report's formats. */
    private enum Work { IMPORT, REPORT }

    private final PrintWriter out;
    private final Work work;
    private final int total;
    private final boolean shown;
    private final long started = System.nanoTime();
    private final AtomicLong rows = new AtomicLong();
    private int done;
    /** The report's format being made now. */
    private String making = "";
    private ScheduledExecutorService repaint;

    private ProgressLine(PrintWriter out, Work work, int total, boolean shown) {
        this.out = out;
        this.work = work;
        this.total = total;
        this.shown = shown;
        if (shown) {
            repaint = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "progress-line");
                thread.setDaemon(true);
                return thread;
            });
            repaint.scheduleAtFixedRate(this::paint, 200, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** An import's progress line on a terminal (stdin and stdout both one), none otherwise. */
    static ProgressLine of(PrintWriter out, int total) {
        return new ProgressLine(out, Work.IMPORT, total, System.console() != null && total > 1);
    }

    /** A report's progress line on a terminal, none otherwise: even one format (a large plan's PDF) takes a while. */
    static ProgressLine ofReport(PrintWriter out, int formats) {
        return new ProgressLine(out, Work.REPORT, formats, System.console() != null);
    }

    /** The report begins a format, {@code doneSoFar} of the total being done. */
    synchronized void making(String format, int doneSoFar) {
        making = format;
        done = doneSoFar;
    }

    void rowsStaged(long count) {
        rows.addAndGet(count);
    }

    /** Prints a finished file's lines above the progress line. */
    synchronized void fileEnded(Runnable printLines) {
        done++;
        if (shown) {
            out.print(CLEAR);
        }
        printLines.run();
        if (shown) {
            out.print(text());
        }
        out.flush();
    }

    private synchronized void paint() {
        out.print(CLEAR + text());
        out.flush();
    }

    /** {@code 取込中 12/100 ファイル  3,400 行/秒  残り約 0:35}, or {@code 作成中 1/4 形式  Excel  経過 0:12}. */
    synchronized String text() {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        if (work == Work.REPORT) {
            return String.format("作成中 %d/%d 形式  %s  経過 %s", done, total, making,
                    clock(Duration.ofSeconds(Math.round(seconds))));
        }
        String left = done == 0 ? "残り 計算中" : "残り約 " + clock(Duration.ofSeconds(
                Math.round(seconds / done * (total - done))));
        return String.format("取込中 %d/%d ファイル  %,d 行/秒  %s", done, total, Math.round(rows.get() / seconds), left);
    }

    private static String clock(Duration left) {
        long minutes = left.toMinutes();
        return minutes >= 60 ? String.format("%d:%02d:%02d", minutes / 60, minutes % 60, left.toSecondsPart())
                : String.format("%d:%02d", minutes, left.toSecondsPart());
    }

    /** Removes the line, leaving the per-file lines as a log of the run. */
    @Override
    public synchronized void close() {
        if (shown) {
            repaint.shutdownNow();
            out.print(CLEAR);
            out.flush();
        }
    }
}
