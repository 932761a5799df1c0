package io.github.senryaku.model.plan;

/** Where an indicator sits in a plan, which decides its code and which tally counts it. */
public enum IndicatorKind {
    /** 全体目標: a target of the whole strategy ({@code T0-1}), printed first. */
    OVERALL("全体目標"),
    /** 数値目標: a basic goal's numerical target ({@code T1-1}). */
    NUMERICAL("数値目標"),
    /** 重要業績評価指標 (KPI) of a main policy ({@code K1-2-1}), tallied apart from the 数値目標. */
    KPI("重要業績評価指標（KPI）");

    private final String japanese;

    IndicatorKind(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
