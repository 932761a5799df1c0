package io.github.senryaku.reports.html;

import io.github.senryaku.model.plan.GlossaryTerm;
import java.util.List;

/** 用語集: the grading rules in force, how each target shape is worked out, and the terms the report uses. */
public record GlossaryPage(Frame frame, String rulebookName, String rulebookDescription, String bandsHeader,
        List<Band> bands, String rateRule, List<String> shapeRules, List<GlossaryTerm> terms) {

    /** A row of the grading table: the grades it gives and when. */
    public record Band(String grades, String rule) {
    }
}
