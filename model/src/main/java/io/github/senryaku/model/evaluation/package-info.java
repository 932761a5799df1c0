/**
 * Evaluation (評価) of a plan for a year from reported actuals: achievement rate (達成率), expected
 * progress (期待値), the grade a rulebook (評価基準) gives, a trend projection (達成見込み) and tallies per
 * basic goal; and a plan followed over its whole period, year by year, to each target's final grade and
 * whether it was met ({@link io.github.senryaku.model.evaluation.FinalEvaluation}: 最終評価). Pure functions
 * over immutable values; the grading rules are data.
 */
package io.github.senryaku.model.evaluation;
