package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A criterion as typed in the sheet editor; {@code version} is the sheet's version when the page was opened. */
record CriterionForm(Long version, Long parentId,
                     @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.maxLength}")
                     @Pattern(regexp = "[\\p{L}\\d]+(\\.[\\p{L}\\d]+)*", message = "{criterion.code.pattern}") String code,
                     @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.maxLength}") String name,
                     @NotNull(message = "{validation.required}") CriterionType type, Formula formula,
                     @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{criterion.points.range}")
                     @DecimalMax(value = "1000", message = "{criterion.points.range}") @Digits(integer = 6, fraction = 2, message = "{criterion.points.digits}")
                     BigDecimal maxPoints,
                     @DecimalMin(value = "0.01", message = "{criterion.points.range}") @DecimalMax(value = "1000", message = "{criterion.points.range}")
                     @Digits(integer = 6, fraction = 2, message = "{criterion.points.digits}") BigDecimal pointsPerOccurrence,
                     Boolean evidenceRequired,
                     @Size(max = 60, message = "{validation.maxLength}") String unitOfMeasure,
                     @Size(max = 4000, message = "{validation.maxLength}") String guidance) {

    static CriterionForm blank(long version, Long parentId) {
        return new CriterionForm(version, parentId, "", "", CriterionType.JUDGED, null, null, null, false, null, null);
    }

    static CriterionForm of(Criterion c, long version) {
        return new CriterionForm(version, c.parentId(), c.getCode(), c.getName(), c.getType(), c.getFormula(), c.getMaxPoints(),
                c.getPointsPerOccurrence(), c.isEvidenceRequired(), c.getUnitOfMeasure(), c.getGuidance());
    }

    CriterionForm withVersion(long sheetVersion) {
        return new CriterionForm(sheetVersion, parentId, code, name, type, formula, maxPoints, pointsPerOccurrence, evidenceRequired,
                unitOfMeasure, guidance);
    }

    CriterionSpec spec() {
        return new CriterionSpec(code.strip(), name.strip(), blankToNull(guidance), type,
                type == CriterionType.QUANTITATIVE ? formula : null, maxPoints, pointsPerOccurrence, Boolean.TRUE.equals(evidenceRequired),
                blankToNull(unitOfMeasure));
    }

    static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
