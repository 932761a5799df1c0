package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that config/plans/kanazawa-2nd.yaml says what the plan's text in seeds/ says: every 基本目標,
 * every 数値目標 figure with its year, every policy and measure line with its [新規] mark, the glossary —
 * and nothing the seed does not say.
 */
class SeedFidelityTest {

    private static final Pattern GOAL_HEADING = Pattern.compile("^【基本目標(\\d+)】(.+)$", Pattern.MULTILINE);
    private static final Pattern YEAR_TOKEN = Pattern.compile("(\\S+)\\(([A-Z]\\d+)\\)");
    private static final Pattern NUMBERED_POLICY = Pattern.compile("^\\((\\d+)\\)\\s*(.+)$");
    private static final String NEW_MARK = "[新規]";
    /** Lines of the seed's 主要施策 that are neither policies nor measures (a figure's caption). */
    private static final Set<String> CAPTIONS = Set.of("子育ての喜びの実感に向けた施策イメージ");

    private static String seed;
    private static StrategyPlan plan;
    private static Map<Integer, String> sections;

    @BeforeAll
    static void read() throws Exception {
        Path seeds = ProjectFiles.root().resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            seed = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SeedFidelityTest::text)
                    .collect(Collectors.joining("\n"));
        }
        plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        sections = goalSections(seed);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The seed's text per 基本目標, keyed by number, whatever order the seed prints them in. */
    private static Map<Integer, String> goalSections(String text) {
        Map<Integer, String> byNumber = new TreeMap<>();
        Matcher heading = GOAL_HEADING.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (heading.find()) {
            starts.add(new int[] {Integer.parseInt(heading.group(1)), heading.start()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : text.length();
            byNumber.put(starts.get(i)[0], text.substring(starts.get(i)[1], end));
        }
        return byNumber;
    }

    @Test
    void header_titlePeriodLawAndSummary_areTheSeeds() {
        assertTrue(seed.contains(plan.title()));
        assertTrue(seed.contains(plan.basisLaw()));
        assertTrue(seed.contains(plan.summary()), plan.summary());
        assertTrue(seed.contains(plan.period().from().eraLabel() + "から" + plan.period().years().size() + "年間"));
    }

    @Test
    void goals_everyBasicGoalWithItsTitle_inNumberOrder() {
        assertEquals(List.copyOf(sections.keySet()), plan.goals().stream().map(BasicGoal::number).toList());
        for (BasicGoal goal : plan.goals()) {
            Matcher heading = GOAL_HEADING.matcher(sections.get(goal.number()));
            assertTrue(heading.find());
            assertEquals(heading.group(2).strip(), goal.title());
        }
    }

    @Test
    void numericalTargets_everyFigureStateAndYear_matchTheSeed() {
        for (BasicGoal goal : plan.goals()) {
            String targets = between(sections.get(goal.number()), "【数値目標】", "【主要施策】");
            Set<String> inSeed = new HashSet<>();
            Matcher token = YEAR_TOKEN.matcher(targets);
            while (token.find()) {
                inSeed.add(token.group(1) + "(" + token.group(2) + ")");
            }
            Set<String> inPlan = new HashSet<>();
            for (NumericalTarget target : goal.targets()) {
                assertTrue(targets.contains(target.name()), target.name());
                assertTrue(targets.contains(target.statement()), target.statement());
                inPlan.add(written(target.baseline(), target));
                inPlan.add(written(target.target(), target));
                target.reference().ifPresent(r -> inPlan.add("参考：" + r.quantity().format() + "(" + r.year().shortCode() + ")"));
            }
            assertEquals(inSeed, inPlan, "基本目標" + goal.number());
        }
    }

    @Test
    void policiesAndMeasures_everyLineWithItsNewMark_inTheSeedsOrder() {
        for (BasicGoal goal : plan.goals()) {
            String policiesText = sections.get(goal.number()).substring(sections.get(goal.number()).indexOf("【主要施策】"));
            List<Policy> policies = goal.policies();
            int policyIndex = -1;
            List<Measure> seen = new ArrayList<>();
            for (String raw : policiesText.lines().skip(1).toList()) {
                String line = raw.strip();
                if (line.isEmpty() || CAPTIONS.contains(line) || isGlossary(line)) {
                    continue;
                }
                Matcher numbered = NUMBERED_POLICY.matcher(line);
                String item = numbered.matches() ? numbered.group(2).strip() : bullet(line);
                Optional<Policy> policy = policies.stream().filter(p -> p.title().equals(item)).findFirst();
                if (policy.isPresent()) {
                    policyIndex++;
                    assertEquals(policies.get(policyIndex), policy.get(), "policies out of the seed's order: " + item);
                    if (numbered.matches()) {
                        assertEquals(Integer.parseInt(numbered.group(1)), policy.get().number(), item);
                    }
                    continue;
                }
                boolean isNew = item.contains(NEW_MARK);
                String title = item.replace(NEW_MARK, "").strip();
                assertTrue(policyIndex >= 0, "measure before any policy: " + line);
                Measure measure = policies.get(policyIndex).measures().stream().filter(m -> m.title().equals(title))
                        .findFirst().orElseGet(() -> fail("基本目標" + goal.number() + ": line not in the plan file: " + line));
                assertEquals(isNew, measure.isNew(), "[新規] of " + measure.code());
                seen.add(measure);
            }
            assertEquals(policies.size(), policyIndex + 1, "基本目標" + goal.number() + " policies");
            assertEquals(policies.stream().flatMap(p -> p.measures().stream()).toList(), seen,
                    "基本目標" + goal.number() + ": the plan file's measures, in the seed's order");
        }
    }

    @Test
    void measureCodes_numberTheSeedsOrderWithinEachPolicy() {
        for (Policy policy : plan.policies().toList()) {
            for (int i = 0; i < policy.measures().size(); i++) {
                assertEquals("M" + policy.code().goal() + "-" + policy.number() + "-" + (i + 1),
                        policy.measures().get(i).code().text());
            }
        }
    }

    @Test
    void glossary_everyTermOfTheSeed_andOnlyThose() {
        List<String> inSeed = seed.lines().map(String::strip).filter(SeedFidelityTest::isGlossary).map(SeedFidelityTest::bullet)
                .toList();

        assertEquals(inSeed, plan.glossary().stream().map(g -> g.term() + "・・・" + g.definition()).toList());
        assertFalse(plan.measures().anyMatch(m -> m.title().startsWith("リカレント教育・")));
    }

    @Test
    void counts_fourGoalsSixteenPoliciesTwentyThreeMeasuresNineteenNew() {
        assertEquals(4, plan.goals().size());
        assertEquals(5, plan.targets().count());
        assertEquals(16, plan.policies().count());
        assertEquals(23, plan.measures().count());
        assertEquals(19, plan.measures().filter(Measure::isNew).count());
        assertEquals(seed.split(Pattern.quote(NEW_MARK), -1).length - 1, 19);
    }

    private static String written(Baseline baseline, NumericalTarget target) {
        String year = "(" + baseline.year().shortCode() + ")";
        if (baseline instanceof Baseline.Figure figure) {
            return written(figure.quantity(), target) + year;
        }
        if (baseline instanceof Baseline.Pending pending) {
            return pending.note() + year;
        }
        return ((Baseline.State) baseline).state() + year;
    }

    private static String written(TargetValue value, NumericalTarget target) {
        String year = "(" + value.year().shortCode() + ")";
        if (value instanceof TargetValue.Figure figure) {
            return written(figure.quantity(), target) + year;
        }
        return ((TargetValue.State) value).state() + year;
    }

    private static String written(Quantity quantity, NumericalTarget target) {
        return target.unit().format(quantity);
    }

    private static boolean isGlossary(String line) {
        return line.contains("・・・");
    }

    private static String bullet(String line) {
        return line.startsWith("- ") ? line.substring(2).strip() : line;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertTrue(start >= 0 && end > start, "section " + from);
        return text.substring(start + from.length(), end);
    }
}
