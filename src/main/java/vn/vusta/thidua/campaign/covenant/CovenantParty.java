package vn.vusta.thidua.campaign.covenant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member unit bound by the covenant, and its confirmation in the system (who, when), once given. */
@Entity
@Table(name = "covenant_party")
public class CovenantParty {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "covenant_id") private Covenant covenant;
    private int position;
    private long unitId;
    private Long carriedFromUnitId;
    private String confirmedBy;
    private String confirmerName;
    private Instant confirmedAt;

    protected CovenantParty() {}

    CovenantParty(Covenant covenant, int position, long unitId, Long carriedFromUnitId) {
        this.covenant = covenant;
        this.position = position;
        this.unitId = unitId;
        this.carriedFromUnitId = carriedFromUnitId;
    }

    void place(int position, Long carriedFromUnitId) {
        this.position = position;
        this.carriedFromUnitId = carriedFromUnitId;
    }

    void confirm(String by, String name, Instant at) {
        confirmedBy = by;
        confirmerName = name;
        confirmedAt = at;
    }

    void clearConfirmation() {
        confirmedBy = null;
        confirmerName = null;
        confirmedAt = null;
    }

    public boolean isConfirmed() { return confirmedAt != null; }
    public Long getId() { return id; }
    public int getPosition() { return position; }
    public long getUnitId() { return unitId; }
    public Long getCarriedFromUnitId() { return carriedFromUnitId; }
    public String getConfirmedBy() { return confirmedBy; }
    public String getConfirmerName() { return confirmerName; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
