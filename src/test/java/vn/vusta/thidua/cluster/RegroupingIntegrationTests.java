package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.support.IntegrationTest;

@IntegrationTest
@Transactional
@WithMockUser("vanphong.demo")
class RegroupingIntegrationTests {
    @Autowired Regrouping regrouping;
    @Autowired ClusterQueries queries;

    Map<String, Regrouping.Row> rowsByCode(Regrouping.Draft draft) {
        return draft.rows().stream().collect(Collectors.toMap(r -> r.unit().code(), r -> r));
    }

    Map<Long, String> proposed(Regrouping.Draft draft) {
        var m = new HashMap<Long, String>();
        draft.rows().forEach(r -> m.put(r.unit().id(), r.proposedCode()));
        return m;
    }

    @Test
    void theDraftFor2026ReplacesMergedUnitsBySuccessorsAndFlagsMixedOrigins() {
        var draft = regrouping.draft(2026);
        assertThat(draft.rows()).hasSize(34);
        assertThat(draft.alreadyExists()).isFalse();
        var rows = rowsByCode(draft);
        // Hưng Yên + Thái Bình were both in Cụm 2: no decision needed
        assertThat(rows.get("LHH-HYN25").flag()).isEqualTo(Regrouping.Flag.NONE);
        assertThat(rows.get("LHH-HYN25").proposedCode()).isEqualTo("CUM-02");
        assertThat(rows.get("LHH-HYN25").formedFrom()).extracting(UnitRef::code).containsExactlyInAnyOrder("LHH-HYN", "LHH-TBH");
        // Bắc Ninh (Cụm 2) + Bắc Giang (Cụm 1): flagged, proposed with the namesake's cluster
        assertThat(rows.get("LHH-BNH25").flag()).isEqualTo(Regrouping.Flag.MIXED_ORIGIN);
        assertThat(rows.get("LHH-BNH25").originCodes()).containsExactly("CUM-01", "CUM-02");
        assertThat(rows.get("LHH-BNH25").proposedCode()).isEqualTo("CUM-02");
        // An Giang (Cụm 8) + Kiên Giang (Cụm 9)
        assertThat(rows.get("LHH-AGG25").flag()).isEqualTo(Regrouping.Flag.MIXED_ORIGIN);
        // an unchanged unit keeps its cluster
        assertThat(rows.get("LHH-HNI").proposedCode()).isEqualTo("CUM-02");
        assertThat(rows.get("LHH-HNI").flag()).isEqualTo(Regrouping.Flag.NONE);
        assertThat(draft.rows().stream().filter(r -> r.flag() == Regrouping.Flag.MIXED_ORIGIN).map(r -> r.unit().code()))
                .containsExactlyInAnyOrder("LHH-BNH25", "LHH-NBH25", "LHH-PTO25", "LHH-QNG25", "LHH-GLI25", "LHH-LDG25",
                        "LHH-DLK25", "LHH-AGG25");
    }

    @Test
    void theCheckRefusesAnUnassignedUnitAndSavingChangesNothing() {
        var draft = regrouping.draft(2026);
        var assignment = proposed(draft);
        long bacNinh = rowsByCode(draft).get("LHH-BNH25").unit().id();
        assignment.remove(bacNinh);
        var check = regrouping.check(2026, assignment);
        assertThat(check.ok()).isFalse();
        assertThat(check.errors()).extracting(Regrouping.Problem::key).containsExactly("regrouping.unassigned");
        assertThatThrownBy(() -> regrouping.save(2026, assignment, "QĐ thử")).isInstanceOf(BusinessRuleException.class);
        assertThat(queries.ofYear(2026)).isEmpty();
    }

    @Test
    void aSavedSchemeCreatesTheNewYearAndLeavesHistoryUnchanged() {
        var before2025 = queries.ofYear(2025);
        var draft = regrouping.draft(2026);
        var assignment = proposed(draft);
        long anGiang = rowsByCode(draft).get("LHH-AGG25").unit().id();
        assignment.put(anGiang, "CUM-09");  // the office moves An Giang to Cụm 9
        assertThat(regrouping.check(2026, assignment).ok()).isTrue();
        int created = regrouping.save(2026, assignment, "Quyết định số 01/QĐ-LHHVN (thử)");
        var after = queries.ofYear(2026);
        assertThat(after).hasSize(created);
        assertThat(after.stream().mapToInt(ClusterView::size).sum()).isEqualTo(34);
        assertThat(queries.byCode("CUM-09", 2026).orElseThrow().members()).extracting(m -> m.unit().code()).contains("LHH-AGG25");
        assertThat(queries.ofYear(2025)).usingRecursiveComparison().isEqualTo(before2025);
        assertThat(regrouping.draft(2026).alreadyExists()).isTrue();
        assertThatThrownBy(() -> regrouping.save(2026, assignment, "lần hai")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    @WithMockUser("haiphong.demo")
    void onlyTheOfficeRegroups() {
        assertThatThrownBy(() -> regrouping.draft(2026)).isInstanceOf(AccessDeniedException.class);
    }
}
