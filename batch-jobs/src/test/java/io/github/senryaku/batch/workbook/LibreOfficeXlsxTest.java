package io.github.senryaku.batch.workbook;

/** The streaming .xlsx reader on a file saved by LibreOffice Calc. */
class LibreOfficeXlsxTest extends WorkbookSourceContract {

    @Override
    String fixture() {
        return "department-R5-libreoffice.xlsx";
    }
}
