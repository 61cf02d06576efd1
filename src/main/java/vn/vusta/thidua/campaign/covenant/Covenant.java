package vn.vusta.thidua.campaign.covenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * A cluster's covenant (giao ước thi đua) in a campaign: the common commitments the head compiled, the parties (the
 * members with a submitted registration, whose targets it binds), and each party's confirmation. The head may change
 * it only before the first confirmation; later only by reopening it, which clears every confirmation.
 */
@Entity
@Table(name = "covenant")
public class Covenant {
    /** A party of the covenant as compiled: the unit, and the unit it carries on from (the 2025 merger), if any. */
    public record Party(long unitId, Long carriedFromUnitId) {}

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long campaignId;
    private long clusterId;
    @Enumerated(EnumType.STRING) private CovenantStatus status = CovenantStatus.DRAFT;
    private String commitments;
    private String place;
    private String compiledBy;
    private Instant compiledAt;
    private Instant signedAt;
    private int reopenCount;
    /** Counts the changes, so that every change (a confirmation too) takes the covenant's version: two last confirmations never both miss the signing. */
    private int revision;
    @Version private long version;
    @OneToMany(mappedBy = "covenant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CovenantParty> parties = new ArrayList<>();

    protected Covenant() {}

    public Covenant(long campaignId, long clusterId) {
        this.campaignId = campaignId;
        this.clusterId = clusterId;
    }

    /** Compiles (or, before the first confirmation, corrects) the covenant for the members' confirmation. */
    public void compile(String commitments, String place, List<Party> from, String by, Instant at) {
        if (commitments == null || commitments.isBlank()) throw new BusinessRuleException("covenant.commitments.required");
        if (from.isEmpty()) throw new BusinessRuleException("covenant.noRegistrations");
        if (status == CovenantStatus.SIGNED || confirmations() > 0) throw new BusinessRuleException("covenant.confirmed.reopenFirst");
        if (status == CovenantStatus.DRAFT) move(CovenantStatus.COMPILED);
        this.commitments = commitments.strip();
        this.place = place == null || place.isBlank() ? null : place.strip();
        // kept rows are updated in place: deleting and inserting a unit's row in one flush would break its uniqueness
        parties.removeIf(existing -> from.stream().noneMatch(p -> p.unitId() == existing.getUnitId()));
        int i = 0;
        for (var p : from) {
            int position = i++;
            party(p.unitId()).ifPresentOrElse(existing -> existing.place(position, p.carriedFromUnitId()),
                    () -> parties.add(new CovenantParty(this, position, p.unitId(), p.carriedFromUnitId())));
        }
        compiledBy = by;
        compiledAt = at;
        revision++;
    }

    /** The officer of a party confirms the covenant for its unit; the last confirmation signs it. */
    public void confirm(long unitId, String by, String name, Instant at) {
        if (status != CovenantStatus.COMPILED) throw new BusinessRuleException("covenant.notAwaitingConfirmation");
        var party = party(unitId).orElseThrow(() -> new BusinessRuleException("covenant.notAParty"));
        if (party.isConfirmed()) throw new BusinessRuleException("covenant.alreadyConfirmed");
        party.confirm(by, name, at);
        revision++;
        if (parties.stream().allMatch(CovenantParty::isConfirmed)) {
            move(CovenantStatus.SIGNED);
            signedAt = at;
        }
    }

    /** Back to preparation: every confirmation is cleared (the caller audits who had confirmed). */
    public void reopen(String reason) {
        if (reason == null || reason.isBlank()) throw new BusinessRuleException("covenant.reopen.reason");
        move(CovenantStatus.DRAFT);
        parties.forEach(CovenantParty::clearConfirmation);
        signedAt = null;
        reopenCount++;
        revision++;
    }

    private void move(CovenantStatus next) {
        if (!status.mayBecome(next)) throw new BusinessRuleException("covenant.transition", status.name(), next.name());
        status = next;
    }

    public Optional<CovenantParty> party(long unitId) { return parties.stream().filter(p -> p.getUnitId() == unitId).findFirst(); }

    public long confirmations() { return parties.stream().filter(CovenantParty::isConfirmed).count(); }

    /** Whether the head may still change the text (nobody has confirmed yet). */
    public boolean editable() { return status == CovenantStatus.DRAFT || status == CovenantStatus.COMPILED && confirmations() == 0; }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getClusterId() { return clusterId; }
    public CovenantStatus getStatus() { return status; }
    public String getCommitments() { return commitments; }
    public String getPlace() { return place; }
    public String getCompiledBy() { return compiledBy; }
    public Instant getCompiledAt() { return compiledAt; }
    public Instant getSignedAt() { return signedAt; }
    public int getReopenCount() { return reopenCount; }
    public long getVersion() { return version; }
    public List<CovenantParty> getParties() { return List.copyOf(parties); }
}
