package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Ranks and tie-breaks: three-way ties, everyone equal, ties that survive every rule, ranks skipped as in sports. */
class RankingTests {
    static BigDecimal d(String s) { return s == null ? null : new BigDecimal(s); }

    static Standing grouped(long id, String fin, String... groups) {
        return new Standing(id, d(fin), d(fin), d(fin), Arrays.stream(groups).map(BigDecimal::new).toList(), BigDecimal.ZERO);
    }

    static Standing unit(long id, String fin) { return grouped(id, fin); }

    static Standing unit(long id, String self, String review, String fin, String penalties) {
        return new Standing(id, d(self), d(review), d(fin), List.of(), d(penalties));
    }

    static List<String> ranks(List<Ranking.Place> places) {
        return places.stream().map(p -> p.standing().unitId() + ":" + p.rank() + (p.shared() ? "=" : "")).toList();
    }

    @Test
    void higherTotalFirstAndDistinctTotalsNeedNoRule() {
        var places = Ranking.rank(List.of(unit(1, "80"), unit(2, "95.5"), unit(3, "90")), TieBreak.SHARED);
        assertThat(ranks(places)).containsExactly("2:1", "3:2", "1:3");
    }

    @Test
    void sharedRankSkipsTheNextAsInSports() {
        var places = Ranking.rank(List.of(unit(1, "90"), unit(2, "90"), unit(3, "85"), unit(4, "85"), unit(5, "85"), unit(6, "70")), TieBreak.SHARED);
        assertThat(ranks(places)).containsExactly("1:1=", "2:1=", "3:3=", "4:3=", "5:3=", "6:6");
    }

    @Test
    void everyoneEqualSharesTheFirstRank() {
        var places = Ranking.rank(List.of(grouped(1, "50", "20", "30"), grouped(2, "50", "20", "30"), grouped(3, "50", "20", "30")), TieBreak.GROUPS_IN_ORDER);
        assertThat(ranks(places)).containsExactly("1:1=", "2:1=", "3:1=");
    }

    @Test
    void groupsInOrderBreakAThreeWayTieByGroupIThenII() {
        var places = Ranking.rank(List.of(
                grouped(1, "90", "40", "30", "20"),
                grouped(2, "90", "45", "25", "20"),
                grouped(3, "90", "40", "35", "15"),
                grouped(4, "91", "30", "30", "31")), TieBreak.GROUPS_IN_ORDER);
        assertThat(ranks(places)).containsExactly("4:1", "2:2", "3:3", "1:4");
    }

    @Test
    void aTieThatSurvivesEveryGroupIsShared() {
        var places = Ranking.rank(List.of(
                grouped(1, "90", "40", "30", "20"),
                grouped(2, "90", "45", "25", "20"),
                grouped(3, "90", "40", "30", "20"),
                grouped(4, "60", "20", "20", "20")), TieBreak.GROUPS_IN_ORDER);
        assertThat(ranks(places)).containsExactly("2:1", "1:2=", "3:2=", "4:4");
    }

    @Test
    void fewerPenaltiesRanksHigherThenShares() {
        var places = Ranking.rank(List.of(
                unit(1, "90", "90", "88", "2"),
                unit(2, "90", "90", "88", "0"),
                unit(3, "90", "90", "88", "2"),
                unit(4, "90", "90", "90", "5")), TieBreak.FEWER_PENALTIES);
        assertThat(ranks(places)).containsExactly("4:1", "2:2", "1:3=", "3:3=");
    }

    @Test
    void reviewThenSelfBreakTies() {
        var places = Ranking.rank(List.of(
                unit(1, "95", "90", "88", "0"),
                unit(2, "92", "91", "88", "0"),
                unit(3, "99", "90", "88", "0"),
                unit(4, "99", "90", "88", "0")), TieBreak.REVIEW_THEN_SELF);
        assertThat(ranks(places)).containsExactly("2:1", "3:2=", "4:2=", "1:4");
    }

    @Test
    void unitsWithoutAFinalTotalComeLastWithoutARank() {
        var places = Ranking.rank(List.of(unit(1, "95", null, null, "0"), unit(2, "80"), unit(3, "70")), TieBreak.GROUPS_IN_ORDER);
        assertThat(ranks(places)).containsExactly("2:1", "3:2", "1:null");
    }

    @Test
    void theCampaignsStoredRuleIsReadAndAnUnknownOneShares() {
        assertThat(TieBreak.of("GROUPS_IN_ORDER")).isEqualTo(TieBreak.GROUPS_IN_ORDER);
        assertThat(TieBreak.of(" fewer_penalties ")).isEqualTo(TieBreak.FEWER_PENALTIES);
        assertThat(TieBreak.of("COIN_TOSS")).isEqualTo(TieBreak.SHARED);
        assertThat(TieBreak.of(null)).isEqualTo(TieBreak.SHARED);
    }
}
