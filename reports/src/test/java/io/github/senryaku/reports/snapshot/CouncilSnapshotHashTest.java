package io.github.senryaku.reports.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.model.council.CouncilReview;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The council's opinions are part of what a report shows, so they are part of its data fingerprint. */
class CouncilSnapshotHashTest {

    @Test
    void snapshotWithoutOpinions_keepsTheHashItHadBeforeOpinionsWereKept() throws Exception {
        ReportSnapshot known = KnownSnapshot.r6();

        ReportSnapshot withEmptyReview = known.withCouncil(new CouncilReview(known.plan().code(), known.year(), List.of()));

        assertTrue(known.council().isEmpty());
        assertEquals(ReportSnapshotTest.KNOWN_HASH, withEmptyReview.sha256());
        assertFalse(SnapshotHash.canonical(known).contains("\ncouncil\t"));
    }

    @Test
    void canonicalText_hasALinePerOpinion_inTheOfficesOrder() throws Exception {
        String canonical = SnapshotHash.canonical(CouncilSnapshot.r5());

        int overall = canonical.indexOf("\ncouncil\t総括\t" + CouncilSnapshot.OVERALL_OPINION + "\t"
                + CouncilSnapshot.OVERALL_RESPONSE + "\t\n");
        int target = canonical.indexOf("\ncouncil\tT1-2\t" + CouncilSnapshot.TARGET_OPINION + "\t"
                + CouncilSnapshot.TARGET_RESPONSE + "\t委員A\n");
        assertTrue(overall > 0, canonical);
        assertTrue(target > overall, canonical);
    }

    @Test
    void hash_changesWithAnOpinion_aResponse_whoGaveIt_andTheirOrder() throws Exception {
        ReportSnapshot shapes = ShapesSnapshot.r5();
        ReportSnapshot council = CouncilSnapshot.r5();
        List<CouncilOpinion> opinions = council.council().opinions();

        List<String> hashes = List.of(shapes.sha256(), council.sha256(),
                with(shapes, replaced(opinions, 2, CouncilSnapshot.opinion("T1-2", CouncilSnapshot.TARGET_OPINION + "。",
                        CouncilSnapshot.TARGET_RESPONSE, "委員A"))).sha256(),
                with(shapes, replaced(opinions, 2, CouncilSnapshot.opinion("T1-2", CouncilSnapshot.TARGET_OPINION,
                        "別の対応", "委員A"))).sha256(),
                with(shapes, replaced(opinions, 2, CouncilSnapshot.opinion("T1-2", CouncilSnapshot.TARGET_OPINION,
                        CouncilSnapshot.TARGET_RESPONSE, "委員C"))).sha256(),
                with(shapes, reversed(opinions)).sha256());

        assertEquals(hashes.size(), hashes.stream().distinct().count(), hashes.toString());
        assertEquals(council.sha256(), CouncilSnapshot.r5().sha256(), "the same opinions give the same hash");
    }

    @Test
    void reviewOfAnotherYear_orPlan_isRefused() throws Exception {
        ReportSnapshot shapes = ShapesSnapshot.r5();

        assertThrows(IllegalArgumentException.class, () -> shapes.withCouncil(
                new CouncilReview(shapes.plan().code(), shapes.year().plus(1), List.of())));
        assertThrows(IllegalArgumentException.class, () -> shapes.withCouncil(
                new CouncilReview("another-plan", shapes.year(), List.of())));
    }

    private static ReportSnapshot with(ReportSnapshot snapshot, List<CouncilOpinion> opinions) {
        return snapshot.withCouncil(new CouncilReview(snapshot.plan().code(), snapshot.year(), opinions));
    }

    private static List<CouncilOpinion> replaced(List<CouncilOpinion> opinions, int index, CouncilOpinion by) {
        List<CouncilOpinion> changed = new ArrayList<>(opinions);
        changed.set(index, by);
        return changed;
    }

    private static List<CouncilOpinion> reversed(List<CouncilOpinion> opinions) {
        List<CouncilOpinion> changed = new ArrayList<>(opinions);
        Collections.reverse(changed);
        return changed;
    }
}
