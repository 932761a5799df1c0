package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.ImportLedger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kinds of upload: as a form names them, as the ledger records them, and which may wait for the night. */
class UploadKindTest {

    @Test
    void eachKind_isParsedFromItsFormParameter_andAnyOtherNameIsTheFinanceWorkbook() {
        for (UploadKind kind : UploadKind.values()) {
            assertEquals(kind, UploadKind.parse(kind.param()));
        }
        assertEquals(UploadKind.COUNCIL, UploadKind.parse("council"));
        assertEquals(UploadKind.FINANCE, UploadKind.parse(null));
        assertEquals(UploadKind.FINANCE, UploadKind.parse("COUNCIL"), "the parameter is lower case, as the links send it");
    }

    @Test
    void eachLedgerSource_isShownByItsKindsWord() {
        assertEquals(Optional.of("予算決算"), UploadKind.ofSource(ImportLedger.FINANCE).map(UploadKind::label));
        assertEquals(Optional.of("担当課報告"), UploadKind.ofSource(ImportLedger.DEPARTMENT).map(UploadKind::label));
        assertEquals(Optional.of("推進会議意見"), UploadKind.ofSource(ImportLedger.COUNCIL).map(UploadKind::label));
        assertEquals(Optional.empty(), UploadKind.ofSource("OTHER"));
    }

    @Test
    void onlyADepartmentsWorkbook_mayWaitForTheNightlyImport() {
        assertTrue(UploadKind.DEPARTMENT.mayWaitForTheNight());
        assertFalse(UploadKind.FINANCE.mayWaitForTheNight());
        assertFalse(UploadKind.COUNCIL.mayWaitForTheNight(), "the nightly import takes departments' workbooks only");
    }
}
