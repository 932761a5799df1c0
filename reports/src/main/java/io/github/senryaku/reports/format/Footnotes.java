package io.github.senryaku.reports.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The footnotes of one table (※1, ※2, …): each note gets the next number, the cell it is on gets the mark,
 * and the lines are printed under the table. Numbers start at 1 in every table, as printed plans do.
 */
public final class Footnotes {

    private final List<String> lines = new ArrayList<>();

    /** Numbers a target's notes; the marks of one part, in order, to append to its cell ({@code ※1※2}). */
    public Marks add(String prefix, List<TargetNotes.Note> notes) {
        StringBuilder baseline = new StringBuilder();
        StringBuilder target = new StringBuilder();
        for (TargetNotes.Note note : notes) {
            String mark = "※" + (lines.size() + 1);
            lines.add(mark + " " + prefix + note.text());
            (note.part() == TargetNotes.Part.BASELINE ? baseline : target).append(mark);
        }
        return new Marks(baseline.toString(), target.toString());
    }

    /** The marks a row's cells carry; empty strings when there is no note. */
    public record Marks(String baseline, String target) {
        public String all() {
            return baseline + target;
        }
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** {@code ※1 基準値：2016～2020年度の累計}, one per note, in number order. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public String toString() {
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
