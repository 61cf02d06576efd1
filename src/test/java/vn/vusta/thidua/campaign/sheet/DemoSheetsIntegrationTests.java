package vn.vusta.thidua.campaign.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.support.IntegrationTest;

/** The demo sheet others build demo campaigns on: realistic shape, every type and formula, 100 + 10 bonus, made once. */
@IntegrationTest
class DemoSheetsIntegrationTests {
    @Autowired DemoSheets demo;
    @Autowired ScoringSheets sheets;
    @Autowired TransactionTemplate tx;

    @Test
    void theDemoSheetIsMadeOnceWithEveryTypeAndFormulaAndAHundredPointsPlusTenBonus() {
        long id = demo.ensureDemoSheet();
        assertThat(demo.ensureDemoSheet()).isEqualTo(id);
        tx.executeWithoutResult(s -> {
            var sheet = sheets.withCriteria(id).orElseThrow();
            assertThat(sheet.isDemo()).isTrue();
            assertThat(sheet.getName()).contains("dữ liệu mẫu");
            assertThat(sheet.getCriteria()).hasSizeBetween(55, 65);
            assertThat(sheet.getCriteria().stream().map(Criterion::getType).collect(Collectors.toSet())).containsAll(EnumSet.allOf(CriterionType.class));
            assertThat(sheet.getCriteria().stream().map(Criterion::getFormula).filter(f -> f != null).collect(Collectors.toSet()))
                    .containsAll(EnumSet.allOf(Formula.class));
            assertThat(sheet.roots()).extracting(Criterion::getCode).containsExactly("I", "II", "III", "IV", "V", "VI", "VII");
            var outline = SheetOutline.of(sheet);
            assertThat(outline.maxTotal()).isEqualByComparingTo("100");
            assertThat(outline.bonusCap()).isEqualByComparingTo("10");
            assertThat(outline.penaltyCap()).isEqualByComparingTo("10");
            assertThat(outline.unusualTotal()).isFalse();
            assertThat(outline.rows()).noneMatch(SheetOutline.Row::shortfall);
            assertThat(outline.rows()).filteredOn(r -> r.criterion().getType().countsTowardsMax() && r.childrenMax() != null
                    && r.depth() > 0).allMatch(r -> r.childrenMax().compareTo(r.criterion().getMaxPoints()) == 0);
            assertThat(BigDecimal.ZERO).isNotNull();
        });
        assertThat(sheets.findAll().stream().filter(s -> s.getCode().equals(DemoSheets.CODE)).count()).isGreaterThanOrEqualTo(1);
    }
}
