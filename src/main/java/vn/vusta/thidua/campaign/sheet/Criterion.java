package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One node of a scoring sheet's criteria tree: a group, a criterion or a sub-criterion. */
@Entity
@Table(name = "criterion")
public class Criterion {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "sheet_id") private ScoringSheet sheet;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "parent_id") private Criterion parent;
    private int position;
    private String code;
    private String name;
    private String guidance;
    @Enumerated(EnumType.STRING) private CriterionType type;
    @Enumerated(EnumType.STRING) private Formula formula;
    private BigDecimal maxPoints;
    private BigDecimal pointsPerOccurrence;
    private boolean evidenceRequired;
    private String unitOfMeasure;

    protected Criterion() {}

    Criterion(ScoringSheet sheet, Criterion parent, int position, CriterionSpec spec) {
        this.sheet = sheet;
        this.parent = parent;
        this.position = position;
        apply(spec);
    }

    void apply(CriterionSpec spec) {
        spec.check();
        this.code = spec.code();
        this.name = spec.name();
        this.guidance = spec.guidance();
        this.type = spec.type();
        this.formula = spec.formula();
        this.maxPoints = spec.maxPoints();
        this.pointsPerOccurrence = spec.pointsPerOccurrence();
        this.evidenceRequired = spec.evidenceRequired();
        this.unitOfMeasure = spec.unitOfMeasure();
    }

    public CriterionSpec spec() {
        return new CriterionSpec(code, name, guidance, type, formula, maxPoints, pointsPerOccurrence, evidenceRequired, unitOfMeasure);
    }

    void moveTo(int position) { this.position = position; }

    public Long getId() { return id; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Criterion other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() { return Criterion.class.hashCode(); }
    public ScoringSheet getSheet() { return sheet; }
    public Criterion getParent() { return parent; }
    public Long parentId() { return parent == null ? null : parent.getId(); }
    public int getPosition() { return position; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getGuidance() { return guidance; }
    public CriterionType getType() { return type; }
    public Formula getFormula() { return formula; }
    public BigDecimal getMaxPoints() { return maxPoints; }
    public BigDecimal getPointsPerOccurrence() { return pointsPerOccurrence; }
    public boolean isEvidenceRequired() { return evidenceRequired; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
}
