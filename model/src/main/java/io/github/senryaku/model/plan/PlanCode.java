package io.github.senryaku.model.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable codes departments type: {@code G1} goal, {@code T1-2} numerical target ({@code T0-1} a
 * plan-wide one), {@code K1-2-1} a policy's KPI, {@code P1-2} policy, {@code M1-2-3} measure. Parsing is forgiving in the ways people type: NFKC (full-width), any case, and
 * every dash-like character read as {@code -}, so {@code Ｔ３ー１} is {@code T3-1}.
 */
public sealed interface PlanCode permits GoalCode, TargetCode, PolicyCode, MeasureCode {

    /** Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus, katakana 長音 (ー, ｰ). */
    String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70\uFE63";

    Pattern SHAPE = Pattern.compile("([GTKPM])(\\d{1,6})(?:-(\\d{1,6}))?(?:-(\\d{1,6}))?");

    /** The code as printed: {@code T3-1}. */
    String text();

    static Optional<PlanCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(normalize(typed));
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer third = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        boolean planWide = m.group(1).equals("T") && first == 0;
        if (first < 1 && !planWide || second != null && second < 1 || third != null && third < 1) {
            return Optional.empty();
        }
        return switch (m.group(1)) {
            case "G" -> second == null ? Optional.of(new GoalCode(first)) : Optional.empty();
            case "T" -> second != null && third == null ? Optional.of(new TargetCode(first, second)) : Optional.empty();
            case "K" -> third != null ? Optional.of(new TargetCode(first, second, third)) : Optional.empty();
            case "P" -> second != null && third == null ? Optional.of(new PolicyCode(first, second)) : Optional.empty();
            case "M" -> third != null ? Optional.of(new MeasureCode(first, second, third)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** NFKC, trimmed, upper case, without inner spaces, every dash-like character as {@code -}. */
    static String normalize(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            out.append(DASHES.indexOf(c) >= 0 ? '-' : c);
        }
        return out.toString();
    }

    static int positive(int number, String what) {
        if (number < 1) {
            throw new IllegalArgumentException(what + " must be 1 or more: " + number);
        }
        return number;
    }
}
