package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.support.IntegrationTest;

@IntegrationTest
@Transactional
@WithMockUser("vanphong.demo")
class UnitEditingIntegrationTests {
    @Autowired UnitService service;
    @Autowired UnitCatalog catalog;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    static UnitForm form(Long version, String code, String name, LocalDate from, LocalDate to) {
        return new UnitForm(version, code, name, name, UnitType.NATIONAL_ASSOCIATION, null, UnitStatus.ACTIVE,
                from, to, null, null, null, null, null);
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
    void badUnitsAreRefusedWithAReasonAndNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from unit", Long.class);
        assertThat(refusal(() -> service.create(form(null, "LHH-HNI", "Trùng mã", null, null)))).isEqualTo("Mã đơn vị LHH-HNI đã được dùng.");
        assertThat(refusal(() -> service.create(form(null, "mã có dấu", "Hội", null, null))))
                .isEqualTo("Mã đơn vị gồm 2–40 ký tự chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.");
        assertThat(refusal(() -> service.create(form(null, "HOI-X", " ", null, null)))).isEqualTo("Tên đơn vị không được để trống.");
        assertThat(refusal(() -> service.create(form(null, "HOI-X", "Hội X", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1)))))
                .isEqualTo("Ngày kết thúc phải sau ngày bắt đầu.");
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(before);
    }

    @Test
    void anEditIsAuditedWithOldAndNewValues() {
        var created = service.create(form(null, "HOI-Y", "Hội Thử nghiệm Y", null, null));
        service.update(created.getId(), form(created.getVersion(), "HOI-Y", "Hội Thử nghiệm Y (tên mới)", null, null));
        var entry = jdbc.queryForMap("select action, old_value, new_value from audit_journal order by id desc limit 1");
        assertThat(entry.get("action")).isEqualTo("UNIT_UPDATED");
        assertThat((String) entry.get("old_value")).contains("\"name\":\"Hội Thử nghiệm Y\"");
        assertThat((String) entry.get("new_value")).contains("\"name\":\"Hội Thử nghiệm Y (tên mới)\"");
        assertThat(catalog.get(created.getId()).name()).isEqualTo("Hội Thử nghiệm Y (tên mới)");
    }

    @Test
    void twoOfficersEditingAtOnce_theSecondIsToldAndTheFirstIsKept() {
        var unit = catalog.entity(catalog.byCode("LHH-HNI").orElseThrow().id());
        long opened = unit.getVersion();
        var first = new UnitForm(opened, unit.getCode(), unit.getName(), unit.getShortName(), unit.getType(), unit.getProvince(),
                unit.getStatus(), unit.getValidFrom(), unit.getValidTo(), "Số 1 phố Thử", null, null, null, null);
        var second = new UnitForm(opened, unit.getCode(), unit.getName(), unit.getShortName(), unit.getType(), unit.getProvince(),
                unit.getStatus(), unit.getValidFrom(), unit.getValidTo(), "Số 2 phố Khác", null, null, null, null);
        service.update(unit.getId(), first);
        assertThatThrownBy(() -> service.update(unit.getId(), second)).isInstanceOf(vn.vusta.thidua.common.ConcurrentEditException.class);
        assertThat(catalog.entity(unit.getId()).contact().address()).isEqualTo("Số 1 phố Thử");
    }
}
