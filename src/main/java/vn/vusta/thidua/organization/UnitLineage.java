package vn.vusta.thidua.organization;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One link "predecessor became (part of) successor on effectiveDate", with the legal reference. */
@Entity
@Table(name = "unit_lineage")
class UnitLineage {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private Long predecessorId;
    private Long successorId;
    private LocalDate effectiveDate;
    private String kind;
    private String legalRef;
    private String unionLegalRef;

    protected UnitLineage() {}

    Long getPredecessorId() { return predecessorId; }
    Long getSuccessorId() { return successorId; }
    LocalDate getEffectiveDate() { return effectiveDate; }
    String getKind() { return kind; }
    String getLegalRef() { return legalRef; }
    String getUnionLegalRef() { return unionLegalRef; }
}
