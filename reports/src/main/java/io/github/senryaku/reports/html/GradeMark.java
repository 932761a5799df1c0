package io.github.senryaku.reports.html;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.reports.format.GradeColours;

/**
 * A grade as the pages show it: letter and word ({@code A（達成）}), on its colour's tint as a second cue only.
 *
 * @param tone the stylesheet class of the grade's colour ({@code tone-0} … {@code tone-4}, {@code tone-unrated})
 */
public record GradeMark(String text, String tone) {

    static GradeMark of(GradingRulebook rulebook, Grade grade) {
        return new GradeMark(grade.display(), SiteStyle.toneClass(GradeColours.rgb(rulebook, grade)));
    }
}
