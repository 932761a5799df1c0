package io.github.senryaku.batch.workbook;

import java.nio.file.Path;

/** The workbook fixtures kept as test resources. */
public final class WorkbookFixtures {

    private WorkbookFixtures() {
    }

    /** A workbook saved by LibreOffice Calc (see fixtures/libreoffice/README.md). */
    public static Path libreOffice(String name) {
        return WorkbookSourceContract.resource(name);
    }
}
