package io.github.senryaku.batch.workbook;

/** The streaming .xlsx reader on a file saved by LibreOffice Calc. */
class LibreOfficeXlsxTest extends WorkbookSourceContract {

    @Override
    String fixture() {
        return "観光政策課_R5-libreoffice.xlsx";
    }
}
