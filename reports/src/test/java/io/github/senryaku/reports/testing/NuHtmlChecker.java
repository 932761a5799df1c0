package io.github.senryaku.reports.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's validator, {@code nu.validator:validator} from Maven Central) run in-process, as its
 * command-line client {@code vnu} runs it: the HTML5 schema and every assertion checker, offline (the schemas are in
 * its jar). A page passes with no error; warnings are the checker's advice and are returned apart.
 */
public final class NuHtmlChecker {

    /** The schema {@code vnu} checks HTML against by default. */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Messages messages = new Messages();

    public NuHtmlChecker() throws Exception {
        // no log4j setup, no URL logging, no language detection (the pages declare lang="ja")
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML5_SCHEMA, new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(messages, false, false);
    }

    /** The checker's verdict on one HTML file. */
    public record Verdict(List<String> errors, List<String> warnings) {
    }

    public Verdict checkHtml(Path file) throws IOException, SAXException {
        messages.clear();
        validator.checkHtmlFile(file.toFile(), true);
        return messages.verdict(file);
    }

    /** The CSS checker Nu bundles (the W3C CSS validator), over a stylesheet. */
    public Verdict checkCss(Path file) throws IOException, SAXException {
        messages.clear();
        validator.checkCssFile(file.toFile(), true);
        return messages.verdict(file);
    }

    private static final class Messages implements ErrorHandler {
        private final List<SAXParseException> errors = new ArrayList<>();
        private final List<SAXParseException> warnings = new ArrayList<>();

        void clear() {
            errors.clear();
            warnings.clear();
        }

        Verdict verdict(Path file) {
            return new Verdict(errors.stream().map(e -> describe(file, e)).toList(),
                    warnings.stream().map(e -> describe(file, e)).toList());
        }

        private static String describe(Path file, SAXParseException e) {
            return file.getFileName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException exception) {
            warnings.add(exception);
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(exception);
        }

        @Override
        public void fatalError(SAXParseException exception) {
            errors.add(exception);
        }
    }
}
