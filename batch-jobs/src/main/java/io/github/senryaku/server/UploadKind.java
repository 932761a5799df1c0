package io.github.senryaku.server;

import io.github.senryaku.server.auth.Role;

/** What a user uploads: the finance office's budget workbook, or a department's report. */
enum UploadKind {
    FINANCE("予算・決算ファイル（事業別予算決算）の取込"),
    DEPARTMENT("担当課の報告ファイルの取込");

    private final String title;

    UploadKind(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static UploadKind parse(String kind) {
        return "department".equals(kind) ? DEPARTMENT : FINANCE;
    }

    boolean allowedFor(Role role) {
        return this == FINANCE ? role.canUploadFinance() : role.canPlan();
    }
}
