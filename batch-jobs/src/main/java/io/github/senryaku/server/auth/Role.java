package io.github.senryaku.server.auth;

import java.util.Locale;

/** What an account may do on the upload page. */
public enum Role {
    /** 財政課: uploads the budget and expenditure workbook. */
    FINANCE("財政課"),
    /** 企画調整課: uploads department workbooks, sees imports, job runs, 未提出一覧 and reports. */
    PLANNING("企画調整課"),
    /** Administrator: everything. */
    ADMIN("管理者");

    private final String japanese;

    Role(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("役割「" + text + "」はありません。finance, planning, admin から選んでください");
        }
    }

    public boolean canUploadFinance() {
        return this == FINANCE || this == ADMIN;
    }

    public boolean canPlan() {
        return this == PLANNING || this == ADMIN;
    }
}
