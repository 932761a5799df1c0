package io.github.senryaku.model.plan;

/**
 * How a target's yearly figures make the value graded for a year. Departments always report the year's own
 * figure (単年度); the store keeps those, and the evaluation aggregates.
 */
public enum Aggregation {
    /** The year's own figure (単年度の値). */
    LEVEL("単年度"),
    /** The sum of the yearly figures from the first year counted (累計). */
    CUMULATIVE("累計"),
    /** The mean of the yearly figures reported from the first year counted (平均). */
    AVERAGE("平均");

    private final String japanese;

    Aggregation(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
