/**
 * Evaluation (評価) of a plan for a year from reported actuals: achievement rate (達成率), expected
 * progress (期待値), the grade a rulebook (評価基準) gives, a trend projection (達成見込み) and tallies per
 * basic goal. Pure functions over immutable values; the grading rules are data.
 */
package io.github.senryaku.model.evaluation;
