package vn.vusta.thidua.campaign.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * A registration as entered: one row per quantitative criterion of the sheet (the scoring uses its target) and free
 * rows for other targets; the titles aimed for (known ones by code, others as lines of text).
 */
public class RegistrationForm {
    public static final List<String> KNOWN_TITLES = List.of("CO_THI_DUA_VUSTA", "BANG_KHEN_VUSTA", "CO_THI_DUA_CHINH_PHU",
            "BANG_KHEN_THU_TUONG", "TAP_THE_LAO_DONG_XUAT_SAC");

    private Long version;
    @Valid private List<Row> targets = new ArrayList<>();
    private List<String> titles = new ArrayList<>();
    @Size(max = 1000, message = "{validation.maxLength}") private String otherTitles;

    public static class Row {
        private Long criterionId;
        private String criterionCode;
        @Size(max = 500, message = "{validation.maxLength}") private String indicator;
        @Size(max = 60, message = "{validation.maxLength}") private String unitOfMeasure;
        @DecimalMin(value = "0", message = "{registration.target.nonNegative}") private BigDecimal targetValue;

        public Row() {}

        public Row(Long criterionId, String criterionCode, String indicator, String unitOfMeasure, BigDecimal targetValue) {
            this.criterionId = criterionId;
            this.criterionCode = criterionCode;
            this.indicator = indicator;
            this.unitOfMeasure = unitOfMeasure;
            this.targetValue = targetValue;
        }

        /** A free row left empty is no target. */
        public boolean blank() {
            return criterionId == null && (indicator == null || indicator.isBlank()) && targetValue == null;
        }

        public Long getCriterionId() { return criterionId; }
        public void setCriterionId(Long v) { criterionId = v; }
        public String getCriterionCode() { return criterionCode; }
        public void setCriterionCode(String v) { criterionCode = v; }
        public String getIndicator() { return indicator; }
        public void setIndicator(String v) { indicator = v; }
        public String getUnitOfMeasure() { return unitOfMeasure; }
        public void setUnitOfMeasure(String v) { unitOfMeasure = v; }
        public BigDecimal getTargetValue() { return targetValue; }
        public void setTargetValue(BigDecimal v) { targetValue = v; }
    }

    /** The titles as stored: one per line, known ones by code. */
    public String aimedTitles() {
        var lines = new ArrayList<String>();
        titles.stream().filter(KNOWN_TITLES::contains).distinct().forEach(lines::add);
        if (otherTitles != null) otherTitles.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    public void readTitles(String stored) {
        titles = new ArrayList<>();
        var other = new ArrayList<String>();
        if (stored != null) stored.lines().forEach(l -> (KNOWN_TITLES.contains(l) ? titles : other).add(l));
        otherTitles = String.join("\n", other);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<Row> getTargets() { return targets; }
    public void setTargets(List<Row> targets) { this.targets = targets; }
    public List<String> getTitles() { return titles; }
    public void setTitles(List<String> titles) { this.titles = titles; }
    public String getOtherTitles() { return otherTitles; }
    public void setOtherTitles(String otherTitles) { this.otherTitles = otherTitles; }
}
