package io.github.senryaku.model.plan;

/** Which way a numerical target is met. */
public enum Direction {
    /** More is better: 出生率 1.69, 入込客数 1,121万人. */
    INCREASE("増加"),
    /** Less is better: 市外へ就職する学生数 約2,000人 → 1,800人. */
    DECREASE("減少"),
    /**
     * Stay at or above a level (現状維持): the target's value, or the baseline when the plan gives none, less
     * the target's tolerance.
     */
    MAINTAIN("維持"),
    /** A state to reach rather than a figure: 未整備 → 整備. */
    MILESTONE("段階");

    private final String japanese;

    Direction(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
