/**
 * The demo (デモ): sample data made from the plan, clearly marked サンプルデータ — never official figures.
 */
package io.github.senryaku.demo;
