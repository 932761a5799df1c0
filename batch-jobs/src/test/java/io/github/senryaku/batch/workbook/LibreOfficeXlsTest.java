package io.github.senryaku.batch.workbook;

/** The legacy .xls reader on a file saved by LibreOffice Calc. */
class LibreOfficeXlsTest extends WorkbookSourceContract {

    @Override
    String fixture() {
        return "department-R5-libreoffice.xls";
    }
}
