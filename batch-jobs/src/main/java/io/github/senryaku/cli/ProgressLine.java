package io.github.senryaku.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * On a terminal, one line at the bottom that says how a long import goes — files done of the total, rows per
 * second, time left — rewritten in place a few times a second; the per-file lines are printed above it. With
 * the output going to a file or a pipe there is no such line: a log gets the per-file lines only.
 */
final class ProgressLine implements AutoCloseable {

    private static final String CLEAR = "\r\033[K";

    private final PrintWriter out;
    private final int total;
    private final boolean shown;
    private final long started = System.nanoTime();
    private final AtomicLong rows = new AtomicLong();
    private int done;
    private ScheduledExecutorService repaint;

    private ProgressLine(PrintWriter out, int total, boolean shown) {
        this.out = out;
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

    /** A progress line on a terminal (stdin and stdout both one), none otherwise. */
    static ProgressLine of(PrintWriter out, int total) {
        return new ProgressLine(out, total, System.console() != null && total > 1);
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

    /** {@code 取込中 12/100 ファイル  3,400 行/秒  残り約 0:35}. */
    String text() {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
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
