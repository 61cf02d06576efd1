package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.support.IntegrationTest;

@IntegrationTest
@Transactional
@RecordApplicationEvents
@WithMockUser("vanphong.demo")
class MergerIntegrationTests {
    @Autowired Mergers mergers;
    @Autowired UnitService unitService;
    @Autowired UnitCatalog catalog;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    long create(String code, String name, LocalDate from) {
        return unitService.create(new UnitForm(null, code, name, name, UnitType.NATIONAL_ASSOCIATION, null,
                UnitStatus.ACTIVE, from, null, null, null, null, null, null)).getId();
    }

    long id(String code) { return catalog.byCode(code).orElseThrow().id(); }

    String refusal(MergerForm form) {
        try {
            mergers.merge(form);
        } catch (BusinessRuleException e) {
            return messages.of(e);
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void mergingEndsThePredecessorsAndLinksTheSuccessor() {
        long a = create("HOI-A", "Hội Thử nghiệm A", null);
        long b = create("HOI-B", "Hội Thử nghiệm B", null);
        long c = create("HOI-C", "Hội Thử nghiệm C", JAN_2026);
        mergers.merge(new MergerForm(List.of(a, b), c, JAN_2026, "Quyết định thử 01/QĐ", null, null));
        assertThat(catalog.get(a).status()).isEqualTo(UnitStatus.MERGED);
        assertThat(catalog.get(a).validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(catalog.predecessors(c)).extracting(l -> l.unit().code()).containsExactly("HOI-A", "HOI-B");
        assertThat(catalog.carrierOn(b, JAN_2026).orElseThrow().id()).isEqualTo(c);
        assertThat(catalog.existingOn(LocalDate.of(2025, 12, 31), UnitType.NATIONAL_ASSOCIATION)).extracting(UnitSummary::code)
                .contains("HOI-A", "HOI-B").doesNotContain("HOI-C");
        assertThat(events.stream(UnitsMerged.class)).singleElement()
                .satisfies(e -> assertThat(e.predecessorIds()).containsExactly(a, b));
        assertThat(jdbc.queryForObject("select count(*) from audit_journal where action = 'UNITS_MERGED' and entity_id = ?",
                Long.class, String.valueOf(c))).isEqualTo(1);
    }

    @Test
    void impossibleMergersAreRefusedWithAReason() {
        long c = create("HOI-C", "Hội Thử nghiệm C", JAN_2026);
        assertThat(refusal(new MergerForm(List.of(id("LHH-YBI")), c, JAN_2026, "QĐ", null, null)))
                .isEqualTo("Yên Bái đã hợp nhất vào Lào Cai.");
        assertThat(refusal(new MergerForm(List.of(id("LHH-HNI")), c, LocalDate.of(2025, 12, 1), "QĐ", null, null)))
                .isEqualTo("Hội Thử nghiệm C không hoạt động vào ngày 01/12/2025; hãy sửa ngày bắt đầu hoạt động của đơn vị kế thừa.");
        assertThat(refusal(new MergerForm(List.of(c), c, JAN_2026, "QĐ", null, null)))
                .isEqualTo("Đơn vị kế thừa không thể đồng thời là đơn vị hợp nhất.");
        assertThat(refusal(new MergerForm(List.of(id("LHH-HNI")), c, JAN_2026, " ", null, null)))
                .isEqualTo("Hãy nhập căn cứ (nghị quyết, quyết định).");
        assertThat(catalog.get(id("LHH-HNI")).status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(events.stream(UnitsMerged.class)).isEmpty();
    }

    @Test
    void aUnionCannotBeMergedIntoAUnitOfAnotherType() {
        long c = create("HOI-C", "Hội Thử nghiệm C", JAN_2026);
        assertThat(refusal(new MergerForm(List.of(id("LHH-HNI")), c, JAN_2026, "QĐ", null, null)))
                .isEqualTo("Hà Nội không thể hợp nhất vào Hội Thử nghiệm C: đơn vị hợp nhất và đơn vị kế thừa phải cùng loại.");
        assertThat(catalog.get(id("LHH-HNI")).status()).isEqualTo(UnitStatus.ACTIVE);
    }

    @Test
    void anEditCannotContradictTheLineage() {
        var merged = catalog.entity(id("LHH-YBI")); // Yên Bái, merged into Lào Cai on 01/07/2025
        java.util.function.BiFunction<UnitStatus, LocalDate, UnitForm> edit = (status, to) -> new UnitForm(merged.getVersion(),
                merged.getCode(), merged.getName(), merged.getShortName(), merged.getType(), merged.getProvince(), status,
                merged.getValidFrom(), to, null, null, null, null, null);
        String before = jdbc.queryForObject("select u::text from unit u where code = 'LHH-YBI'", String.class);
        assertThat(refusal(() -> unitService.update(merged.getId(), edit.apply(UnitStatus.ACTIVE, null))))
                .isEqualTo("Đơn vị này đã hợp nhất vào đơn vị kế thừa: trạng thái phải là «Đã hợp nhất» và ngày kết thúc là 30/06/2025, ngày trước ngày hợp nhất.");
        assertThat(refusal(() -> unitService.update(merged.getId(), edit.apply(UnitStatus.MERGED, LocalDate.of(2025, 12, 31)))))
                .contains("30/06/2025");
        assertThat(jdbc.queryForObject("select u::text from unit u where code = 'LHH-YBI'", String.class)).isEqualTo(before);
        // unchanged status and date: the edit goes through
        unitService.update(merged.getId(), edit.apply(UnitStatus.MERGED, LocalDate.of(2025, 6, 30)));

        long c = create("HOI-D", "Hội Thử nghiệm D", null);
        var d = catalog.entity(c);
        assertThat(refusal(() -> unitService.update(c, new UnitForm(d.getVersion(), d.getCode(), d.getName(), d.getShortName(),
                d.getType(), null, UnitStatus.MERGED, null, LocalDate.of(2025, 12, 31), null, null, null, null, null))))
                .startsWith("Trạng thái «Đã hợp nhất» chỉ được ghi khi ghi nhận việc hợp nhất");
        var laoCai = catalog.entity(id("LHH-LCI25"));
        assertThat(refusal(() -> unitService.update(laoCai.getId(), new UnitForm(laoCai.getVersion(), laoCai.getCode(), laoCai.getName(),
                laoCai.getShortName(), UnitType.NATIONAL_ASSOCIATION, laoCai.getProvince(), laoCai.getStatus(), laoCai.getValidFrom(),
                laoCai.getValidTo(), null, null, null, null, null))))
                .startsWith("Đơn vị đã có quá trình hợp nhất nên không đổi được loại đơn vị");
    }

    String refusal(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            return messages.of(e);
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void theUnionsOwnMergerDecisionIsKeptBesideTheProvinceDate() {
        long daNang = id("LHH-DNG25");
        mergers.recordUnionDecision(daNang, "Quyết định số 889/QĐ-UBND", LocalDate.of(2025, 8, 20));
        assertThat(catalog.predecessors(daNang)).hasSize(2).allSatisfy(l -> {
            assertThat(l.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(l.unionLegalRef()).isEqualTo("Quyết định số 889/QĐ-UBND");
            assertThat(l.unionEffectiveDate()).isEqualTo(LocalDate.of(2025, 8, 20));
        });
    }

    @Test
    @WithMockUser("haiphong.demo")
    void onlyTheOfficeRecordsMergers() {
        assertThatThrownBy(() -> mergers.merge(new MergerForm(List.of(id("LHH-HNI")), id("LHH-HPG25"), JAN_2026, "QĐ", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mergers.recordUnionDecision(id("LHH-DNG25"), "QĐ", null)).isInstanceOf(AccessDeniedException.class);
    }
}
