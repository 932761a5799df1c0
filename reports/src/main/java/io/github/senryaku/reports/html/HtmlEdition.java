package io.github.senryaku.reports.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the annual report's HTML edition into a folder: {@code index.html} (概要), {@code overall.html} when the plan
 * has plan-wide targets, {@code goal-1.html} … one per basic goal, {@code budget.html}, {@code missing.html},
 * {@code glossary.html} and {@code style.css}. Nothing else is read: fonts are the reader's system fonts, and no
 * page runs a script or asks for anything outside the folder but the report's own PDF and kpi.csv beside it.
 *
 * <p>Every page is a jte template compiled at build time (content type HTML, so every value is escaped for where
 * it stands); the engine is made once and is safe to share between threads.
 */
public final class HtmlEdition {

    /** The package jte-maven-plugin compiles the templates into (reports/pom.xml). */
    private static final String TEMPLATES = "io.github.senryaku.reports.html.compiled";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlEdition.class.getClassLoader(), TEMPLATES);

    private HtmlEdition() {
    }

    /** The files written, in the order of the table of contents, the stylesheet last. */
    public record Rendered(List<String> files) {
    }

    /**
     * @param folder the site's folder, created if missing; files of the same names are replaced
     * @param downloads the report's other files the summary links to, in the folder's parent
     */
    public static Rendered write(ReportSnapshot snapshot, Path folder, List<Download> downloads) throws IOException {
        Files.createDirectories(folder);
        Site site = new Site(snapshot);
        List<String> files = new ArrayList<>();
        render(folder, files, Site.INDEX, "index.jte", site.index(downloads));
        if (!snapshot.plan().overallTargets().isEmpty()) {
            render(folder, files, Site.OVERALL, "overall.jte", site.overall());
        }
        for (BasicGoal goal : snapshot.plan().goals()) {
            render(folder, files, Site.goalFile(goal), "goal.jte", site.goal(goal));
        }
        render(folder, files, Site.BUDGET, "budget.jte", site.budget());
        render(folder, files, Site.MISSING, "missing.jte", site.missing());
        render(folder, files, Site.GLOSSARY, "glossary.jte", site.glossary());
        Files.writeString(folder.resolve(SiteStyle.FILE_NAME), SiteStyle.css(snapshot.rulebook()), StandardCharsets.UTF_8);
        files.add(SiteStyle.FILE_NAME);
        return new Rendered(List.copyOf(files));
    }

    private static void render(Path folder, List<String> files, String file, String template, Object page) throws IOException {
        try (Writer writer = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8)) {
            ENGINE.render(template, page, new WriterOutput(writer));
        }
        files.add(file);
    }
}
