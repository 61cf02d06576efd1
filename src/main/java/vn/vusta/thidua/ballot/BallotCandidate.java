package vn.vusta.thidua.ballot;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A candidate on a ballot (a unit, a person or an option), in ballot order; paper_* hold a paper ballot's counts. */
@Entity
@Table(name = "ballot_candidate")
class BallotCandidate {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private int position;
    private Long unitId;
    private String personName;
    private String label;
    private Integer paperYes;
    private Integer paperNo;
    private Integer paperAbstain;

    protected BallotCandidate() {}

    BallotCandidate(int position, CandidateSpec spec) {
        this.position = position;
        this.unitId = spec.unitId();
        this.personName = spec.personName();
        this.label = spec.label().strip();
    }

    void paper(int yes, int no, int abstain) {
        this.paperYes = yes;
        this.paperNo = no;
        this.paperAbstain = abstain;
    }

    Long getId() { return id; }
    int getPosition() { return position; }
    Long getUnitId() { return unitId; }
    String getPersonName() { return personName; }
    String getLabel() { return label; }
}
