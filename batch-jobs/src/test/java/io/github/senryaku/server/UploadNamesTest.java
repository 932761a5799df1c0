package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.batch.workbook.Workbooks;
import org.junit.jupiter.api.Test;

class UploadNamesTest {

    @Test
    void namesTheInboxScanSkips_areTrimmed() {
        assertEquals("報告.xlsx", UploadNames.safe("~$報告.xlsx"));
        assertEquals("報告.xlsx", UploadNames.safe("報告.xlsx.part"));
        assertEquals("報告.xlsx", UploadNames.safe("~$.~$報告.xlsx.PART.part"));
        assertEquals("upload.xlsx", UploadNames.safe("~$"));
    }

    @Test
    void aNameCutToLength_neverStartsWithWhatTheScanSkips() {
        String sent = "あ" + "~$" + "い".repeat(64) + ".xlsx"; // 3 + 2 + 192 + 5 bytes: cutting "あ" bares "~$"

        String kept = UploadNames.safe(sent);

        assertEquals("い".repeat(64) + ".xlsx", kept);
    }

    @Test
    void theInboxName_takesTheExtensionOfTheContent() {
        assertEquals("報告.xlsx", UploadNames.inInbox("報告.xls", Workbooks.Format.XLSX));
        assertEquals("報告.xls", UploadNames.inInbox("報告.xlsx", Workbooks.Format.XLS));
        assertEquals("報告.xlsx", UploadNames.inInbox("報告", Workbooks.Format.XLSX));
        assertEquals("upload.xlsx", UploadNames.inInbox(".xlsx", Workbooks.Format.XLSX));
    }
}
