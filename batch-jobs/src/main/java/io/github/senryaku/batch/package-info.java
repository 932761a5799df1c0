/**
 * The Jakarta Batch jobs of senryaku, one package each, and what they share: the runtime, the store and
 * the workbook readers. Every class in these packages with a bean-defining annotation is a CDI bean.
 */
package io.github.senryaku.batch;
