package io.github.senryaku.model.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewSubjectTest {

    @Test
    void parse_goalTargetKpiPolicyAndOverall_asTyped() {
        assertEquals(Optional.of(new ReviewSubject.Goal(new GoalCode(1))), ReviewSubject.parse("Ｇ１"));
        assertEquals(Optional.of(new ReviewSubject.Target(new TargetCode(3, 1))), ReviewSubject.parse("T3ー1"));
        assertEquals(Optional.of(new ReviewSubject.Target(TargetCode.kpi(new PolicyCode(1, 2), 1))),
                ReviewSubject.parse("k1-2-1"));
        assertEquals(Optional.of(new ReviewSubject.Policy(new PolicyCode(2, 1))), ReviewSubject.parse("P2-1"));
        assertEquals(Optional.of(new ReviewSubject.Overall()), ReviewSubject.parse(" 総 括 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M1-1-1", "", "全体", "G1-1"})
    void parse_measuresAndOtherTexts_areNoSubject(String typed) {
        assertTrue(ReviewSubject.parse(typed).isEmpty(), typed);
    }

    @Test
    void anOpinion_withoutItsResponse_orAResponseWithoutItsOpinion_isNoOpinion() {
        ReviewSubject goal = new ReviewSubject.Goal(new GoalCode(1));

        assertThrows(IllegalArgumentException.class, () -> new CouncilOpinion(goal, "意見", " ", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new CouncilOpinion(goal, "", "対応", Optional.empty()));
    }

    @Test
    void aReview_givesTheOpinionsAboutEachSubject_inTheOfficesOrder() {
        ReviewSubject goal = new ReviewSubject.Goal(new GoalCode(1));
        CouncilOpinion first = new CouncilOpinion(goal, "意見1", "対応1", Optional.of("第2回推進会議"));
        CouncilOpinion overall = new CouncilOpinion(new ReviewSubject.Overall(), "総括意見", "総括対応", Optional.of(" "));
        CouncilOpinion second = new CouncilOpinion(goal, "意見2", "対応2", Optional.empty());

        CouncilReview review = new CouncilReview("kanazawa-2nd", FiscalYear.of(2024), List.of(first, overall, second));

        assertEquals(List.of(first, second), review.about(goal));
        assertEquals(List.of(overall), review.overall());
        assertEquals(Optional.empty(), overall.by());
        assertEquals(List.of(goal, new ReviewSubject.Overall()), List.copyOf(review.subjects()));
    }
}
