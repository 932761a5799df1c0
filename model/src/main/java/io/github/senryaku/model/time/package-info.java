/**
 * Years as Japanese administrations write them: fiscal years (年度, April–March) and calendar years
 * (暦年), in Gregorian numbers or in Japanese eras (和暦, 令和6年度). Era arithmetic comes from
 * {@link java.time.chrono.JapaneseEra}; nothing here keeps its own era table.
 */
package io.github.senryaku.model.time;
