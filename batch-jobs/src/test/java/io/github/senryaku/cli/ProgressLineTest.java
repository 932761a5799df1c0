package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void toAFileOrPipe_onlyThePerFileLinesAreWritten() {
        StringWriter written = new StringWriter();
        PrintWriter out = new PrintWriter(written);
        try (ProgressLine progress = ProgressLine.of(out, 3)) { // no console under the test runner
            progress.rowsStaged(120);
            progress.fileEnded(() -> out.println("取込済      a.xlsx"));
            progress.fileEnded(() -> out.println("差戻し      b.xlsx"));
        }
        assertEquals("取込済      a.xlsx\n差戻し      b.xlsx\n", written.toString().replace("\r\n", "\n"));
    }

    @Test
    void theLineSays_filesDoneOfTotal_rowsPerSecond_andTimeLeft() {
        ProgressLine progress = ProgressLine.of(new PrintWriter(new StringWriter()), 4);
        assertTrue(progress.text().matches("取込中 0/4 ファイル  [\\d,]+ 行/秒  残り 計算中"), progress.text());
        progress.rowsStaged(1000);
        progress.fileEnded(() -> { });
        assertTrue(progress.text().matches("取込中 1/4 ファイル  [\\d,]+ 行/秒  残り約 \\d+:\\d\\d"), progress.text());
    }

    @Test
    void aReportsLineSays_formatsDoneOfTotal_theOneBeingMade_andTimeSoFar() {
        ProgressLine progress = ProgressLine.ofReport(new PrintWriter(new StringWriter()), 4);
        progress.making("PDF", 0);
        assertTrue(progress.text().matches("作成中 0/4 形式  PDF  経過 \\d+:\\d\\d"), progress.text());
        progress.making("HTML版", 3);
        assertTrue(progress.text().matches("作成中 3/4 形式  HTML版  経過 \\d+:\\d\\d"), progress.text());
    }

    @Test
    void aReportToAFileOrPipe_writesNoLine() {
        StringWriter written = new StringWriter();
        try (ProgressLine progress = ProgressLine.ofReport(new PrintWriter(written), 4)) {
            progress.making("PDF", 0);
        }
        assertEquals("", written.toString());
    }
}
