package io.github.senryaku.reports.format;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's notes on a target (基準値・目標値・参考値の注) that reports print as footnotes. A note the
 * figure's own text already says is left out: a pending baseline's note is printed with it
 * (未公表・3月公表予定), a new indicator's {@code 新規} is its {@code －（新規）}, and a trend target's note is
 * its word (向上). A reference value is printed only here, with its figure, beside the baseline.
 */
public final class TargetNotes {

    /** Which figure a note belongs to, and where its mark is printed. */
    public enum Part {
        BASELINE, TARGET
    }

    /** One footnote: the figure it is on, and its text ({@code 基準値：2016～2020年度の累計}). */
    public record Note(Part part, String text) {
    }

    private TargetNotes() {
    }

    public static List<Note> of(NumericalTarget target) {
        List<Note> notes = new ArrayList<>();
        Baseline baseline = target.baseline();
        boolean said = baseline instanceof Baseline.Pending
                || baseline instanceof Baseline.None && baseline.note().equals("新規");
        if (!baseline.note().isEmpty() && !said) {
            notes.add(new Note(Part.BASELINE, "基準値：" + baseline.note()));
        }
        target.reference().filter(reference -> !reference.note().isEmpty()).ifPresent(reference ->
                notes.add(new Note(Part.BASELINE, "参考値 " + target.unit().format(reference.quantity()) + "（"
                        + target.periodKind().eraLabel(reference.year()) + "）：" + reference.note())));
        if (!target.target().note().isEmpty() && !(target.target() instanceof TargetValue.Trend)) {
            notes.add(new Note(Part.TARGET, "目標値：" + target.target().note()));
        }
        return notes;
    }
}
