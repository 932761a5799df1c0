package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradingRulebook;
import java.util.List;

/**
 * The colour of a grade in every report: the rulebook's grades from best to worst run from green to red,
 * and the grade for what cannot be graded (未評価) is grey. Rulebooks differ in how many grades they have,
 * so colours are spread over the scale rather than fixed per letter.
 */
public final class GradeColours {

    /** Green to red, readable as text on white and as a fill under black text. */
    private static final int[] SCALE = {0x2E7D32, 0x7CB342, 0xF2A900, 0xEF6C00, 0xC62828};
    private static final int UNRATED = 0x9E9E9E;

    private GradeColours() {
    }

    /** The colour as 0xRRGGBB. */
    public static int rgb(GradingRulebook rulebook, Grade grade) {
        if (grade.equals(rulebook.unrated())) {
            return UNRATED;
        }
        List<Grade> rated = rulebook.grades().stream().filter(g -> !g.equals(rulebook.unrated())).toList();
        int index = rated.indexOf(grade);
        if (index < 0 || rated.size() == 1) {
            return SCALE[0];
        }
        return SCALE[Math.round(index * (SCALE.length - 1f) / (rated.size() - 1))];
    }

    /** A light tint of the grade's colour, for cell fills under dark text. */
    public static int tint(GradingRulebook rulebook, Grade grade) {
        int rgb = rgb(rulebook, grade);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (lighten(r) << 16) | (lighten(g) << 8) | lighten(b);
    }

    private static int lighten(int channel) {
        return channel + (255 - channel) * 3 / 4;
    }
}
