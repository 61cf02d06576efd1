package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.support.IntegrationTest;

@IntegrationTest
@Transactional
@WithMockUser("vanphong.demo")
class RegroupingIntegrationTests {
    @Autowired Regrouping regrouping;
    @Autowired RegroupingPlans plans;
    @Autowired ClusterQueries queries;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager entityManager;

    Map<String, Regrouping.Row> rowsByCode(Regrouping.Draft draft) {
        return draft.rows().stream().collect(Collectors.toMap(r -> r.unit().code(), r -> r));
    }

    Map<Long, String> proposed(Regrouping.Draft draft) {
        var m = new HashMap<Long, String>();
        draft.rows().forEach(r -> { if (r.proposedCode() != null) m.put(r.unit().id(), r.proposedCode()); });
        return m;
    }

    /** The proposals, and for each flagged unit the office's explicit choice: the first cluster it comes from. */
    Map<Long, String> decided(Regrouping.Draft draft) {
        var m = proposed(draft);
        draft.rows().forEach(r -> m.putIfAbsent(r.unit().id(), r.originCodes().getFirst()));
        return m;
    }

    long id(Regrouping.Draft draft, String code) { return rowsByCode(draft).get(code).unit().id(); }

    List<String> texts(List<Regrouping.Problem> problems) {
        return problems.stream().map(p -> messages.get(p.key(), p.args().toArray())).toList();
    }

    @Test
    void theDraftFor2026ReplacesMergedUnitsBySuccessorsAndLeavesFlaggedOnesToADecision() {
        var draft = regrouping.draft(2026);
        assertThat(draft.rows()).hasSize(34);
        assertThat(draft.alreadyExists()).isFalse();
        var rows = rowsByCode(draft);
        // Hưng Yên + Thái Bình were both in Cụm 2: no decision needed
        assertThat(rows.get("LHH-HYN25").flag()).isEqualTo(Regrouping.Flag.NONE);
        assertThat(rows.get("LHH-HYN25").proposedCode()).isEqualTo("CUM-02");
        assertThat(rows.get("LHH-HYN25").formedFrom()).extracting(UnitRef::code).containsExactlyInAnyOrder("LHH-HYN", "LHH-TBH");
        // Bắc Ninh (Cụm 2) + Bắc Giang (Cụm 1): flagged, and not pre-filled: the office decides
        assertThat(rows.get("LHH-BNH25").flag()).isEqualTo(Regrouping.Flag.MIXED_ORIGIN);
        assertThat(rows.get("LHH-BNH25").originCodes()).containsExactly("CUM-01", "CUM-02");
        assertThat(rows.get("LHH-BNH25").proposedCode()).isNull();
        assertThat(rows.get("LHH-HNI").proposedCode()).isEqualTo("CUM-02");
        assertThat(draft.rows().stream().filter(r -> r.flag() == Regrouping.Flag.MIXED_ORIGIN).map(r -> r.unit().code()))
                .containsExactlyInAnyOrder("LHH-BNH25", "LHH-NBH25", "LHH-PTO25", "LHH-QNG25", "LHH-GLI25", "LHH-LDG25",
                        "LHH-DLK25", "LHH-AGG25");
    }

    @Test
    void everyFlaggedSuccessorIsAnExplicitDecisionAndSmallClustersAreWarned() {
        var draft = regrouping.draft(2026);
        var check = regrouping.check(2026, new Regrouping.Plan(proposed(draft)));
        assertThat(check.ok()).isFalse();
        assertThat(check.errors()).hasSize(8).extracting(Regrouping.Problem::key).containsOnly("regrouping.undecided");
        assertThat(texts(check.errors())).contains("Bắc Ninh hình thành từ đơn vị của nhiều cụm (CUM-01, CUM-02) hoặc là đơn vị mới: hãy chọn cụm cho đơn vị này.");
        assertThatThrownBy(() -> plans.save(2026, new Regrouping.Plan(proposed(draft)), "QĐ thử")).isInstanceOf(BusinessRuleException.class);
        assertThat(queries.ofYear(2026)).isEmpty();

        var decided = regrouping.check(2026, new Regrouping.Plan(decided(draft)));
        assertThat(decided.ok()).isTrue();
        // 34 unions in 9 clusters: Cụm 9 keeps Cần Thơ and Cà Mau only (minimum 4 by default)
        assertThat(texts(decided.warnings())).contains("Cụm thi đua số 9 – Nam Sông Hậu chỉ có 2 đơn vị, ít hơn mức tối thiểu 4; nên gộp với cụm khác hoặc bổ sung đơn vị.");
    }

    @Test
    void aPlanCreatesRenamesMergesAndDissolvesClustersAndLeavesHistoryUnchanged() {
        var before2025 = queries.ofYear(2025);
        var draft = regrouping.draft(2026);
        var assignment = decided(draft);
        // the Mekong clusters 8 and 9 become one new cluster "CUM-10"
        assignment.replaceAll((unit, code) -> code.equals("CUM-08") || code.equals("CUM-09") ? "CUM-10" : code);
        var plan = new Regrouping.Plan(assignment, Map.of("CUM-06", "Cụm thi đua số 6 – Nam Trung Bộ"),
                List.of(new Regrouping.Header("cum-10", "Cụm thi đua số 10 – Đồng bằng sông Cửu Long", true)));
        assertThat(regrouping.check(2026, plan).ok()).isTrue();
        int created = plans.save(2026, plan, "Quyết định số 01/QĐ-LHHVN (thử)");
        assertThat(created).isEqualTo(8);
        var after = queries.ofYear(2026);
        assertThat(after.stream().mapToInt(ClusterView::size).sum()).isEqualTo(34);
        assertThat(queries.byCode("CUM-10", 2026).orElseThrow().members()).extracting(m -> m.unit().code())
                .containsExactlyInAnyOrder("LHH-CTO25", "LHH-CMU25", "LHH-AGG25", "LHH-VLG25", "LHH-DTP25");
        assertThat(queries.byCode("CUM-06", 2026).orElseThrow().name()).isEqualTo("Cụm thi đua số 6 – Nam Trung Bộ");
        assertThat(queries.byCode("CUM-06", 2025).orElseThrow().name()).isEqualTo("Cụm thi đua số 6");
        assertThat(jdbc.queryForMap("select e.ended_after_year, m.code from emulation_cluster e join emulation_cluster m on m.id = e.merged_into_id where e.code = 'CUM-09'"))
                .containsEntry("ended_after_year", 2025).containsEntry("code", "CUM-10");
        assertThat(queries.ofYear(2025)).usingRecursiveComparison().isEqualTo(before2025);
    }

    @Test
    void aSavedPlanIsReopenedAndRevisedKeepingRecordedHeads() {
        var draft = regrouping.draft(2026);
        var assignment = decided(draft);
        plans.save(2026, new Regrouping.Plan(assignment), "Quyết định số 01/QĐ-LHHVN (thử)");
        long cum2 = queries.byCode("CUM-02", 2026).orElseThrow().id();
        jdbc.update("update cluster set head_unit_id = ? where id = ?", id(draft, "LHH-HNI"), cum2);
        entityManager.clear();    // the head was recorded behind this transaction's back

        var reopened = regrouping.draft(2026);
        assertThat(reopened.alreadyExists()).isTrue();
        assertThat(proposed(reopened)).isEqualTo(assignment);       // the saved plan, as saved
        var revised = proposed(reopened);
        revised.put(id(draft, "LHH-AGG25"), "CUM-09");              // the office moves An Giang to Cụm 9
        long revisions = jdbc.queryForObject("select count(*) from audit_journal where action = 'CLUSTER_SCHEME_REVISED'", Long.class);
        plans.save(2026, new Regrouping.Plan(revised), "Quyết định số 02/QĐ-LHHVN (thử)");
        assertThat(queries.byCode("CUM-09", 2026).orElseThrow().members()).extracting(m -> m.unit().code()).contains("LHH-AGG25");
        assertThat(queries.byCode("CUM-08", 2026).orElseThrow().members()).extracting(m -> m.unit().code()).doesNotContain("LHH-AGG25");
        assertThat(queries.byCode("CUM-02", 2026).orElseThrow().head().code()).isEqualTo("LHH-HNI");
        assertThat(jdbc.queryForObject("select count(*) from audit_journal where action = 'CLUSTER_SCHEME_REVISED'", Long.class))
                .isEqualTo(revisions + 1);
    }

    @Test
    void aPlanUsedByACampaignIsNotReopened() {
        var hooked = new Regrouping(null, null, List.of(year -> year == 2026), 4);
        assertThat(hooked.locked(2026)).isTrue();
        assertThat(hooked.locked(2027)).isFalse();
        var draft = regrouping.draft(2026);
        var usedDraft = new Regrouping.Draft(2026, 2025, true, true, draft.clusters(), draft.rows());
        assertThat(texts(regrouping.check(usedDraft, new Regrouping.Plan(decided(draft))).errors()))
                .contains("Phương án cụm năm 2026 đã được dùng cho phong trào thi đua của năm, không mở lại được; hãy sửa từng cụm.");
    }

    @Test
    @WithMockUser("haiphong.demo")
    void onlyTheOfficeRegroups() {
        assertThatThrownBy(() -> regrouping.draft(2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.save(2026, new Regrouping.Plan(Map.of()), "QĐ")).isInstanceOf(AccessDeniedException.class);
    }
}
