package io.github.senryaku.reports.html;

/** A labelled value of a target's evaluation ({@code 達成率} → {@code 50.0%}). */
public record Fact(String label, String value) {
}
