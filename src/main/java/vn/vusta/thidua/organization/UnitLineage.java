package vn.vusta.thidua.organization;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vusta.thidua.common.ReferenceChanges;

/** One link "predecessor became (part of) successor on effectiveDate", with the legal reference. */
@Entity
@Table(name = "unit_lineage")
@EntityListeners(ReferenceChanges.class)
class UnitLineage {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private Long predecessorId;
    private Long successorId;
    private LocalDate effectiveDate;
    private String kind;
    private String legalRef;
    private String unionLegalRef;
    private LocalDate unionEffectiveDate;

    protected UnitLineage() {}

    UnitLineage(Long predecessorId, Long successorId, LocalDate effectiveDate, String legalRef) {
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.effectiveDate = effectiveDate;
        this.kind = "MERGER";
        this.legalRef = legalRef;
    }

    /** The union's own merger decision (it may come weeks after the provinces merged). */
    void recordUnionDecision(String reference, LocalDate date) {
        this.unionLegalRef = reference;
        this.unionEffectiveDate = date;
    }

    Long getPredecessorId() { return predecessorId; }
    Long getSuccessorId() { return successorId; }
    LocalDate getEffectiveDate() { return effectiveDate; }
    String getKind() { return kind; }
    String getLegalRef() { return legalRef; }
    String getUnionLegalRef() { return unionLegalRef; }
    LocalDate getUnionEffectiveDate() { return unionEffectiveDate; }
}
