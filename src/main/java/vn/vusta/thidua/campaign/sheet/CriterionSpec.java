package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;

import vn.vusta.thidua.common.BusinessRuleException;

/** What defines a criterion, as entered in the sheet editor or read from a sheet's XLSX. */
public record CriterionSpec(String code, String name, String guidance, CriterionType type, Formula formula,
                            BigDecimal maxPoints, BigDecimal pointsPerOccurrence, boolean evidenceRequired,
                            String unitOfMeasure) {

    /** Refuses a combination the scoring cannot use, with a message naming the criterion. */
    public void check() {
        if (code == null || code.isBlank() || name == null || name.isBlank()) throw new BusinessRuleException("criterion.codeAndName");
        if (type == null) throw new BusinessRuleException("criterion.type.missing", code);
        if (maxPoints == null || maxPoints.signum() < 0) throw new BusinessRuleException("criterion.max.invalid", code);
        if ((type == CriterionType.QUANTITATIVE) != (formula != null)) throw new BusinessRuleException("criterion.formula.onlyQuantitative", code);
        if (type == CriterionType.PER_OCCURRENCE && pointsPerOccurrence == null) throw new BusinessRuleException("criterion.perOccurrence.missing", code);
        if (pointsPerOccurrence != null && pointsPerOccurrence.signum() <= 0) throw new BusinessRuleException("criterion.perOccurrence.invalid", code);
    }
}
