package io.github.senryaku.model.evaluation;

/** What a rulebook's bands compare. */
public enum Basis {
    /** The achievement rate itself (達成率, %). */
    RATE("達成率"),
    /** The achievement rate as a share of the expected progress (達成率 ÷ 期待値 × 100). */
    PROGRESS_RATIO("期待値に対する進捗率");

    private final String japanese;

    Basis(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
