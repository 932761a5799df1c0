/**
 * The strategy plan (総合戦略) as its text writes it: basic goals (基本目標), numerical targets (数値目標),
 * main policies (主要施策), measures (具体的な取組) and glossary terms (用語解説), with its revisions (改訂:
 * {@link io.github.senryaku.model.plan.PlanRevision}, applied by {@code StrategyPlan.inForce(year)}) and its
 * lineage (the plan it succeeds, the targets it continues, baselines inherited from an earlier plan's actual).
 * Immutable values; built by {@code io.github.senryaku.model.planfile} from a plan file.
 */
package io.github.senryaku.model.plan;
