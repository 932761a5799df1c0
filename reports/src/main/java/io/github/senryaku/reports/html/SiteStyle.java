package io.github.senryaku.reports.html;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.reports.format.GradeColours;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The site's one stylesheet, {@code style.css}: the fixed rules (layout, focus, print on A4) kept as a resource beside
 * this class, then one rule per grade colour of the rulebook, so a grade's tint is the PDF's ({@link GradeColours}).
 */
final class SiteStyle {

    static final String FILE_NAME = "style.css";

    private SiteStyle() {
    }

    static String toneClass(int rgb) {
        return "tone-" + hex(rgb);
    }

    static String css(GradingRulebook rulebook) throws IOException {
        StringBuilder css = new StringBuilder(fixedRules());
        css.append("\n/* Grade tints, from the rulebook's colours (the same as the PDF's). */\n");
        Set<Integer> colours = new LinkedHashSet<>();
        for (Grade grade : rulebook.grades()) {
            colours.add(GradeColours.rgb(rulebook, grade));
        }
        for (int rgb : colours) {
            int tint = tintOf(rulebook, rgb);
            css.append('.').append(toneClass(rgb)).append(" { background-color: #").append(hex(tint)).append("; }\n");
        }
        return css.toString();
    }

    private static int tintOf(GradingRulebook rulebook, int rgb) {
        return rulebook.grades().stream().filter(grade -> GradeColours.rgb(rulebook, grade) == rgb)
                .map(grade -> GradeColours.tint(rulebook, grade)).findFirst().orElseThrow();
    }

    private static String fixedRules() throws IOException {
        try (InputStream in = SiteStyle.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IOException(FILE_NAME + " is missing from the reports jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String hex(int rgb) {
        return String.format(Locale.ROOT, "%06x", rgb & 0xFFFFFF);
    }
}
