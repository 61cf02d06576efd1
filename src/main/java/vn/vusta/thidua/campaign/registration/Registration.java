package vn.vusta.thidua.campaign.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * A member unit's registration (đăng ký thi đua) in a campaign: its targets and the titles it aims for. The unit
 * edits it as a draft and submits it; the cluster head compiles the submitted registrations into the covenant.
 */
@Entity
@Table(name = "registration")
public class Registration {
    public enum Status { DRAFT, SUBMITTED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long campaignId;
    private long clusterId;
    private long unitId;
    private Long carriedFromUnitId;
    @Enumerated(EnumType.STRING) private Status status = Status.DRAFT;
    private String aimedTitles;
    private String submittedBy;
    private Instant submittedAt;
    private boolean late;
    private String reopenReason;
    private String reopenedBy;
    private Instant reopenedAt;
    @Version private long version;
    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Target> targets = new ArrayList<>();

    protected Registration() {}

    public Registration(long campaignId, long clusterId, long unitId) {
        this.campaignId = campaignId;
        this.clusterId = clusterId;
        this.unitId = unitId;
    }

    /** Replaces the targets and aimed titles of a draft. */
    public void fill(List<TargetSpec> specs, String aimedTitles) {
        if (status != Status.DRAFT) throw new BusinessRuleException("registration.submitted");
        targets.clear();
        int i = 0;
        for (var s : specs) targets.add(new Target(this, i++, s));
        this.aimedTitles = aimedTitles;
    }

    public void submit(String by, Instant at) { submit(by, at, false); }

    /** Submits; after the registration deadline it is accepted and marked late (never silently refused). */
    public void submit(String by, Instant at, boolean late) {
        if (status != Status.DRAFT) throw new BusinessRuleException("registration.submitted");
        if (targets.isEmpty()) throw new BusinessRuleException("registration.noTargets");
        status = Status.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        this.late = late;
    }

    /** Back to draft (the head or the office reopens it, e.g. to correct a target before the covenant is signed). */
    public void reopen() { status = Status.DRAFT; }

    /** Back to draft with the reason, who and when (shown to the unit). */
    public void reopen(String reason, String by, Instant at) {
        if (status != Status.SUBMITTED) throw new BusinessRuleException("registration.reopen.notSubmitted");
        if (reason == null || reason.isBlank()) throw new BusinessRuleException("registration.reopen.reason");
        status = Status.DRAFT;
        reopenReason = reason.strip();
        reopenedBy = by;
        reopenedAt = at;
    }

    /** The office carries a merged-away unit's registration over to its successor. */
    public void carryOverTo(long successorUnitId) {
        carriedFromUnitId = unitId;
        unitId = successorUnitId;
    }

    /** The registered target per quantitative criterion, for scoring. */
    public Map<Long, BigDecimal> targetsByCriterion() {
        var out = new HashMap<Long, BigDecimal>();
        for (var t : targets) if (t.getCriterionId() != null) out.put(t.getCriterionId(), t.getTargetValue());
        return out;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getClusterId() { return clusterId; }
    public long getUnitId() { return unitId; }
    public Long getCarriedFromUnitId() { return carriedFromUnitId; }
    public Status getStatus() { return status; }
    public String getAimedTitles() { return aimedTitles; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isLate() { return late; }
    public String getReopenReason() { return reopenReason; }
    public String getReopenedBy() { return reopenedBy; }
    public Instant getReopenedAt() { return reopenedAt; }
    public long getVersion() { return version; }
    public List<Target> getTargets() { return List.copyOf(targets); }
}
