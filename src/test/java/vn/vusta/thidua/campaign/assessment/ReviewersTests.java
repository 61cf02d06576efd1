package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.cluster.UnitRef;

/** Who reviews whom, per review mode; never oneself. */
class ReviewersTests {
    static UnitRef u(long id) { return new UnitRef(id, "U" + id, "Đơn vị " + id, "ĐV " + id); }

    static ClusterView cluster(int members, Long head, Long deputy) {
        var list = new java.util.ArrayList<ClusterView.Member>();
        for (long i = 1; i <= members; i++) list.add(new ClusterView.Member(u(i), true, null, null));
        return new ClusterView(1, "C", 2041, "Cụm", ClusterKind.CLUSTER, ClusterLevel.VUSTA, null, true, null, list,
                head == null ? null : u(head), deputy == null ? null : u(deputy), "Ủy viên", "phutrach.demo", null, null, null, false, 0);
    }

    @Test
    void theHeadReviewsTheMembersAndTheDeputyOrTheMemberInChargeReviewsTheHead() {
        var c = cluster(4, 1L, 2L);
        assertThat(Reviewers.of(ReviewMode.HEAD, c, 3, null)).containsExactly(new Reviewers.Seat(0, true, false, false, null));
        assertThat(Reviewers.of(ReviewMode.HEAD, c, 1, null)).containsExactly(new Reviewers.Seat(0, false, true, true, null));
        // a sheet carried over from the head's unit is still the head's sheet
        assertThat(Reviewers.of(ReviewMode.HEAD, c, 99, 1L)).containsExactly(new Reviewers.Seat(0, false, true, true, null));
    }

    @Test
    void headAndDeputyBothScoreTheOthersAndEachOthersSheetGoesToTheOtherOrTheMemberInCharge() {
        var c = cluster(4, 1L, 2L);
        assertThat(Reviewers.of(ReviewMode.HEAD_AND_DEPUTY, c, 3, null)).hasSize(2);
        assertThat(Reviewers.of(ReviewMode.HEAD_AND_DEPUTY, c, 1, null)).containsExactly(new Reviewers.Seat(0, false, true, true, null));
        assertThat(Reviewers.of(ReviewMode.HEAD_AND_DEPUTY, c, 2, null)).containsExactly(new Reviewers.Seat(0, true, false, true, null));
        assertThat(Reviewers.of(ReviewMode.HEAD_AND_DEPUTY, cluster(3, 1L, null), 3, null)).hasSize(1);
    }

    @Test
    void crossPairsScoreEachOtherAndTheOddOneIsScoredByTheHead() {
        var c = cluster(5, 5L, 2L);
        assertThat(Reviewers.of(ReviewMode.CROSS_PAIRS, c, 1, null)).containsExactly(new Reviewers.Seat(0, false, false, false, 2L));
        assertThat(Reviewers.of(ReviewMode.CROSS_PAIRS, c, 2, null)).containsExactly(new Reviewers.Seat(0, false, false, false, 1L));
        assertThat(Reviewers.of(ReviewMode.CROSS_PAIRS, c, 4, null)).containsExactly(new Reviewers.Seat(0, false, false, false, 3L));
        // the fifth is unpaired and is the head: the deputy or the member in charge
        assertThat(Reviewers.of(ReviewMode.CROSS_PAIRS, c, 5, null)).containsExactly(new Reviewers.Seat(0, false, true, true, null));
        for (long unit = 1; unit <= 5; unit++) {
            for (var seat : Reviewers.of(ReviewMode.CROSS_PAIRS, c, unit, null)) assertThat(seat.unitId() == null || seat.unitId() != unit).isTrue();
        }
        assertThat(List.of(ReviewMode.values())).hasSize(3);
    }
}
