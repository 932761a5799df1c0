package io.github.senryaku.server;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.server.auth.Role;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a user uploads: the finance office's budget workbook, a department's report, or the planning office's
 * workbook of the review council's opinions. Each kind is one source of the import ledger, which is how the
 * planning pages name an import and who may read its error workbook.
 */
enum UploadKind {
    FINANCE("予算・決算ファイル（事業別予算決算）の取込", ImportLedger.FINANCE, "予算決算"),
    DEPARTMENT("担当課の報告ファイルの取込", ImportLedger.DEPARTMENT, "担当課報告"),
    COUNCIL("推進会議意見（意見と対応方針）の取込", ImportLedger.COUNCIL, "推進会議意見");

    private final String title;
    private final String source;
    private final String label;

    UploadKind(String title, String source, String label) {
        this.title = title;
        this.source = source;
        this.label = label;
    }

    /** The upload form's title, as the menu offers it. */
    String title() {
        return title;
    }

    /** The import's kind in a word, as the list of imports shows it. */
    String label() {
        return label;
    }

    /** The {@code kind} a form and a menu link send: the name in lower case. */
    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a form names; the finance workbook when it names none (or none there is). */
    static UploadKind parse(String kind) {
        return Stream.of(values()).filter(upload -> upload.param().equals(kind)).findFirst().orElse(FINANCE);
    }

    /** The kind whose imports the ledger records under {@code source} (ImportLedger.FINANCE, DEPARTMENT, COUNCIL). */
    static Optional<UploadKind> ofSource(String source) {
        return Stream.of(values()).filter(upload -> upload.source.equals(source)).findFirst();
    }

    /** The finance office uploads the budget workbook; the planning office the departments' and the council's. */
    boolean allowedFor(Role role) {
        return this == FINANCE ? role.canUploadFinance() : role.canPlan();
    }

    /** Whether a workbook of this kind may wait in the inbox for the nightly import, which takes departments' only. */
    boolean mayWaitForTheNight() {
        return this == DEPARTMENT;
    }
}
