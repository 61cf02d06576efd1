package vn.vusta.thidua.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member unit invited to a meeting, and whether it came: its delegate's name and position. */
@Entity
@Table(name = "meeting_invitation")
class Invitation {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "meeting_id") private Meeting meeting;
    private long unitId;
    private boolean present;
    private String delegateName;
    private String delegatePosition;

    protected Invitation() {}

    Invitation(Meeting meeting, long unitId) {
        this.meeting = meeting;
        this.unitId = unitId;
    }

    void attend(boolean present, String name, String position) {
        this.present = present;
        this.delegateName = present ? name : null;
        this.delegatePosition = present ? position : null;
    }

    long getUnitId() { return unitId; }
    boolean isPresent() { return present; }
    String getDelegateName() { return delegateName; }
    String getDelegatePosition() { return delegatePosition; }
}
