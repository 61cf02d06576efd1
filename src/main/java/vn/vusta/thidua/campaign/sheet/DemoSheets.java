package vn.vusta.thidua.campaign.sheet;

import static vn.vusta.thidua.campaign.sheet.CriterionType.GROUP;
import static vn.vusta.thidua.campaign.sheet.CriterionType.JUDGED;
import static vn.vusta.thidua.campaign.sheet.CriterionType.PASS_FAIL;
import static vn.vusta.thidua.campaign.sheet.CriterionType.QUANTITATIVE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/**
 * DEMO ONLY (demo switch {@code thidua.demo.enabled}): a scoring sheet of realistic shape for VUSTA's clusters of
 * provincial unions, 61 nodes in seven groups, every criterion type and formula, 100 points plus at most 10 bonus and
 * 10 penalty. Invented, and labelled "dữ liệu mẫu" in its name and on every page. Others build demo campaigns on it.
 */
@Component
@Order(3)
public class DemoSheets implements ApplicationRunner {
    /** The demo sheet's code (owner: VUSTA). */
    public static final String CODE = "BD-CUM-LHH-MAU";
    private final ScoringSheets sheets;
    private final UnitCatalog units;
    private final AuditTrail audit;
    private final Environment environment;

    DemoSheets(ScoringSheets sheets, UnitCatalog units, AuditTrail audit, Environment environment) {
        this.sheets = sheets;
        this.units = units;
        this.audit = audit;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoOn()) ensureDemoSheet();
    }

    private boolean demoOn() { return environment.getProperty("thidua.demo.enabled", Boolean.class, false); }

    /** The demo sheet's id, made once (idempotent). Refuses when the demo switch is off. */
    @Transactional
    public long ensureDemoSheet() {
        if (!demoOn()) throw new IllegalStateException("demo data only under the demo switch (thidua.demo.enabled)");
        long vusta = units.search(new UnitCatalog.Criteria(null, UnitType.VUSTA, null, null)).getFirst().id();
        var existing = sheets.findByOwnerUnitIdOrderByCodeAscSheetVersionDesc(vusta).stream()
                .filter(s -> s.getCode().equals(CODE) && s.getSheetVersion() == 1).findFirst();
        if (existing.isPresent()) return existing.get().getId();
        var sheet = new ScoringSheet(CODE, 1, "Bảng chấm điểm thi đua các cụm Liên hiệp Hội tỉnh, thành phố (dữ liệu mẫu)",
                vn.vusta.thidua.cluster.ClusterLevel.VUSTA, vusta, LocalDate.of(2024, 1, 1));
        sheet.describe(sheet.getName(), LocalDate.of(2024, 1, 1), null, "Dữ liệu mẫu, không phải văn bản thật");
        sheet.markDemo();
        DemoSheetTree.build(sheet);
        sheets.save(sheet);
        audit.record("SHEET_CREATED", "scoring_sheet", sheet.getId(), "Lập bảng điểm mẫu " + SheetEditor.label(sheet) + " (dữ liệu mẫu)",
                null, Map.of("code", CODE, "criteria", sheet.getCriteria().size(), "demo", true));
        return sheet.getId();
    }

    static CriterionSpec spec(String code, String name, CriterionType type, Formula formula, String max, String per, boolean evidence,
                              String unit, String guidance) {
        return new CriterionSpec(code, name, guidance, type, formula, new BigDecimal(max), per == null ? null : new BigDecimal(per),
                evidence, unit);
    }

    static CriterionSpec group(String code, String name, String max) { return spec(code, name, GROUP, null, max, null, false, null, null); }

    static CriterionSpec quantitative(String code, String name, Formula f, String max, String unit, String guidance) {
        return spec(code, name, QUANTITATIVE, f, max, null, true, unit, guidance);
    }

    static CriterionSpec judged(String code, String name, String max, String guidance) { return spec(code, name, JUDGED, null, max, null, false, null, guidance); }

    static CriterionSpec passFail(String code, String name, String max, boolean evidence) {
        return spec(code, name, PASS_FAIL, null, max, null, evidence, null, null);
    }

    static CriterionSpec perOccurrence(CriterionType type, String code, String name, String max, String per, String unit) {
        return spec(code, name, type, null, max, per, true, unit, null);
    }

}
