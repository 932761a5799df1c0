package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.model.council.CouncilReview;
import io.github.senryaku.model.council.ReviewSubject;
import java.util.List;
import java.util.Optional;

/**
 * The shapes snapshot of R5 ({@link ShapesSnapshot}) with the review council's opinions on every kind of subject:
 * the plan as a whole (総括), goal G1, its target T1-2, policy P1-2 and its KPI K1-2-1 — and one on T2-1 written
 * with the characters HTML must escape. Each opinion and response carries a word found nowhere else, so a test can
 * find exactly where it is printed.
 */
public final class CouncilSnapshot {

    public static final String OVERALL_OPINION = "総括意見：計画全体の進捗はおおむね順調である。";
    public static final String OVERALL_RESPONSE = "総括対応：引き続き全庁で推進する。";
    public static final String GOAL_OPINION = "目標意見：しごとづくりの成果を市民に分かりやすく示すべきである。";
    public static final String GOAL_RESPONSE = "目標対応：次年度から成果指標を広報で公表する。";
    public static final String GOAL_BY = "第1回推進会議";
    public static final String TARGET_OPINION = "指標意見：転出超過の要因を年齢別に分析されたい。";
    public static final String TARGET_RESPONSE = "指標対応：住民基本台帳を用いて年齢別に分析する。";
    public static final String POLICY_OPINION = "施策意見：子育て支援の周知が不足している。";
    public static final String POLICY_RESPONSE = "施策対応：子育てアプリで周知を強化する。";
    public static final String KPI_OPINION = "待機意見：待機児童ゼロの維持を評価する。";
    public static final String KPI_RESPONSE = "待機対応：保育士確保の支援を継続する。";
    /** An opinion on T2-1 with markup in it: printed as text, never as markup. */
    public static final String MARKUP_OPINION = "<script>alert(\"x\")</script> & \"満足度\"の設問を見直すべき";
    public static final String MARKUP_RESPONSE = "設問は <b>変えない</b> & 経年比較を優先する";

    private CouncilSnapshot() {
    }

    public static ReportSnapshot r5() throws Exception {
        ReportSnapshot snapshot = ShapesSnapshot.r5();
        return snapshot.withCouncil(review(snapshot));
    }

    public static CouncilReview review(ReportSnapshot snapshot) {
        return new CouncilReview(snapshot.plan().code(), snapshot.year(), List.of(
                opinion("総括", OVERALL_OPINION, OVERALL_RESPONSE, ""),
                opinion("G1", GOAL_OPINION, GOAL_RESPONSE, GOAL_BY),
                opinion("T1-2", TARGET_OPINION, TARGET_RESPONSE, "委員A"),
                opinion("P1-2", POLICY_OPINION, POLICY_RESPONSE, ""),
                opinion("K1-2-1", KPI_OPINION, KPI_RESPONSE, "委員B"),
                opinion("T2-1", MARKUP_OPINION, MARKUP_RESPONSE, "")));
    }

    public static CouncilOpinion opinion(String subject, String opinion, String response, String by) {
        return new CouncilOpinion(ReviewSubject.parse(subject).orElseThrow(), opinion, response, Optional.of(by));
    }
}
