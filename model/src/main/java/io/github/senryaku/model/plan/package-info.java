/**
 * The strategy plan (総合戦略) as its text writes it: basic goals (基本目標), numerical targets (数値目標),
 * main policies (主要施策), measures (具体的な取組) and glossary terms (用語解説). Immutable values; built
 * by {@code io.github.senryaku.model.planfile} from a plan file.
 */
package io.github.senryaku.model.plan;
