package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.AccountDirectory;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.identity.Role;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;
import vn.vusta.thidua.organization.UnitType;

/** Changes to a cluster's year: leadership (head, deputy), members, name and person in charge. All audited. */
@Service
class ClusterService {
    private final ClusterYears clusters;
    private final Clusters identities;
    private final ClusterQueries queries;
    private final ClusterAuthority authority;
    private final ActorContext actors;
    private final UnitCatalog units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AccountDirectory accounts;
    private final MembershipRules rules;
    @PersistenceContext private EntityManager entityManager;

    ClusterService(ClusterYears clusters, Clusters identities, ClusterQueries queries, ClusterAuthority authority, ActorContext actors,
                   UnitCatalog units, AuditTrail audit, ApplicationEventPublisher events, AccountDirectory accounts, MembershipRules rules) {
        this.clusters = clusters;
        this.identities = identities;
        this.queries = queries;
        this.authority = authority;
        this.actors = actors;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.accounts = accounts;
        this.rules = rules;
    }

    @Transactional
    void recordLeadership(long clusterId, LeadershipForm form) {
        var cluster = locked(clusterId);
        var write = authority.isPast(cluster) ? correction(cluster, form.correctionReason()) : new Write(authority.requireRecordLeadership(cluster), null);
        ConcurrentEditException.check(cluster.getVersion(), form.version());
        var before = cluster.snapshot();
        cluster.assignLeadership(form.headUnitId(), form.deputyUnitId(), form.date(), form.reference(), write.actor().username(),
                write.actor().isOffice());
        clusters.saveAndFlush(cluster);
        write.audit(audit, "CLUSTER_LEADERSHIP_RECORDED", cluster, "Ghi nhận cụm trưởng, cụm phó " + cluster.getName() + " năm " + cluster.getYear(),
                before);
        events.publishEvent(new ClusterHeadChanged(cluster.getCode(), cluster.getYear(), cluster.getHeadUnitId(), cluster.getDeputyUnitId()));
    }

    /** The office confirms the head and deputy the outgoing head recorded: the outgoing head's right closes. */
    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    void confirmLeadership(long clusterId, Long version) {
        var actor = actors.current();
        var cluster = locked(clusterId);
        if (authority.isPast(cluster)) throw new BusinessRuleException("cluster.year.closed", cluster.getYear());
        ConcurrentEditException.check(cluster.getVersion(), version);
        var before = cluster.snapshot();
        cluster.confirmLeadership(actor.username());
        clusters.saveAndFlush(cluster);
        audit.record("CLUSTER_LEADERSHIP_CONFIRMED", "cluster", clusterId, "Xác nhận cụm trưởng, cụm phó " + cluster.getName()
                + " năm " + cluster.getYear(), before, cluster.snapshot());
    }

    @PreAuthorize("@clusterPolicy.mayManage(#clusterId)")
    @Transactional
    void updateDetails(long clusterId, ClusterDetailsForm form) {
        var cluster = locked(clusterId);
        var write = managerWrite(cluster, form.correctionReason());
        ConcurrentEditException.check(cluster.getVersion(), form.version());
        var before = cluster.snapshot();
        cluster.rename(form.name());
        if (!write.actor().isOffice()) {           // a union's officer names its cluster; the person in charge is the office's
            clusters.saveAndFlush(cluster);
            write.audit(audit, "CLUSTER_UPDATED", cluster, "Sửa thông tin " + cluster.getName() + " năm " + cluster.getYear(), before);
            return;
        }
        if (form.supervisorUsername() != null && !form.supervisorUsername().isBlank()
                && accounts.enabledWithRole(Role.PRESIDIUM_MEMBER).stream().noneMatch(a -> a.username().equals(form.supervisorUsername()))) {
            throw new BusinessRuleException("cluster.supervisor.notPresidium", form.supervisorUsername());
        }
        cluster.assignSupervisor(form.supervisorName(), form.supervisorUsername());
        clusters.saveAndFlush(cluster);
        write.audit(audit, "CLUSTER_UPDATED", cluster, "Sửa thông tin " + cluster.getName() + " năm " + cluster.getYear(), before);
    }

    @PreAuthorize("@clusterPolicy.mayManage(#clusterId)")
    @Transactional
    void addMember(long clusterId, Long unitId, Long version) { addMember(clusterId, unitId, version, null); }

    /** Adds a member; the cluster's version changes, so a concurrent leadership record or edit is refused. */
    @PreAuthorize("@clusterPolicy.mayManage(#clusterId)")
    @Transactional
    void addMember(long clusterId, Long unitId, Long version, String correctionReason) {
        var cluster = locked(clusterId);
        var write = managerWrite(cluster, correctionReason);
        ConcurrentEditException.check(cluster.getVersion(), version);
        if (unitId == null) throw new BusinessRuleException("cluster.member.unitRequired");
        rules.checkMayJoin(cluster, unitId);
        var before = cluster.snapshot();
        cluster.addMember(unitId, true);
        bump(cluster);
        clusters.saveAndFlush(cluster);
        write.audit(audit, "CLUSTER_MEMBER_ADDED", cluster, "Thêm " + units.get(unitId).shortName() + " vào " + cluster.getName()
                + " năm " + cluster.getYear(), before);
    }

    @PreAuthorize("@clusterPolicy.mayManage(#clusterId)")
    @Transactional
    void removeMember(long clusterId, long unitId, Long version) { removeMember(clusterId, unitId, version, null); }

    /** Removes a member that is neither head nor deputy; the cluster's version changes. */
    @PreAuthorize("@clusterPolicy.mayManage(#clusterId)")
    @Transactional
    void removeMember(long clusterId, long unitId, Long version, String correctionReason) {
        var cluster = locked(clusterId);
        var write = managerWrite(cluster, correctionReason);
        ConcurrentEditException.check(cluster.getVersion(), version);
        var before = cluster.snapshot();
        cluster.removeMember(unitId);
        bump(cluster);
        clusters.saveAndFlush(cluster);
        write.audit(audit, "CLUSTER_MEMBER_REMOVED", cluster, "Bỏ " + units.get(unitId).shortName() + " khỏi " + cluster.getName()
                + " năm " + cluster.getYear(), before);
    }

    /** Who writes, and the reason when the write corrects a past year. */
    record Write(Actor actor, String correctionReason) {
        void audit(AuditTrail trail, String action, ClusterYear cluster, String summary, Map<String, Object> before) {
            var after = cluster.snapshot();
            if (correctionReason == null) {
                trail.record(action, "cluster", cluster.getId(), summary, before, after);
            } else {
                after.put("correctionOf", action);
                after.put("correctionReason", correctionReason);
                trail.record("CLUSTER_HISTORY_CORRECTED", "cluster", cluster.getId(),
                        "Sửa lịch sử: " + summary + " (lý do: " + correctionReason + ")", before, after);
            }
        }
    }

    /**
     * The office (or, for a union's internal cluster, the union's officer) writes an open year directly; a past year
     * only the office, as a correction with a reason.
     */
    private Write managerWrite(ClusterYear cluster, String correctionReason) {
        if (authority.isPast(cluster)) return correction(cluster, correctionReason);
        return new Write(authority.requireManage(cluster), null);
    }

    private Write correction(ClusterYear cluster, String reason) {
        var actor = authority.requireCorrectHistory();
        if (reason == null || reason.isBlank()) throw new BusinessRuleException("cluster.year.closed", cluster.getYear());
        if (reason.trim().length() > 300) throw new BusinessRuleException("cluster.correction.tooLong", 300);
        return new Write(actor, reason.trim());
    }

    /** The cluster row locked until the transaction ends: concurrent writes to one cluster queue and see each other. */
    private ClusterYear locked(long clusterId) {
        return clusters.lockById(clusterId).orElseThrow(() -> new NotFoundException("cluster", clusterId));
    }

    /** A change of members is a change of the cluster: its version goes up, so forms opened before it are refused. */
    private void bump(ClusterYear cluster) { entityManager.lock(cluster, LockModeType.PESSIMISTIC_FORCE_INCREMENT); }

    /** A new cluster or block for a year: VUSTA's own, or a provincial union's internal one. */
    @PreAuthorize("@clusterPolicy.mayManage() or #form.level() == T(vn.vusta.thidua.cluster.ClusterLevel).PROVINCIAL"
            + " and #form.ownerUnitId() != null and @clusterPolicy.mayCreateInternalClusters(#form.ownerUnitId())")
    @Transactional
    ClusterYear create(NewClusterForm form) {
        String code = form.code() == null ? "" : form.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9._-]{2,40}")) throw new BusinessRuleException("cluster.code.invalid");
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) throw new BusinessRuleException("cluster.year.invalid");
        if (form.name() == null || form.name().isBlank()) throw new BusinessRuleException("cluster.name.required");
        if (form.kind() == null || form.level() == null) throw new BusinessRuleException("cluster.kindLevel.required");
        if (!actors.current().isOffice() && authority.isPast(form.year())) throw new BusinessRuleException("cluster.year.closed", form.year());
        Long owner = null;
        if (form.level() == ClusterLevel.PROVINCIAL) {
            if (form.ownerUnitId() == null) throw new BusinessRuleException("cluster.owner.required");
            var union = units.get(form.ownerUnitId());
            if (union.type() != UnitType.PROVINCIAL_UNION || !union.existsOn(LocalDate.of(form.year(), 12, 31))
                    && !union.existsOn(LocalDate.of(form.year(), 1, 1))) {
                throw new BusinessRuleException("cluster.owner.notUnion", union.shortName(), form.year());
            }
            owner = union.id();
        }
        final Long ownerId = owner;
        var identity = identities.find(form.level(), ownerId, code);
        if (identity.isPresent() && clusters.existsByClusterIdAndYear(identity.get().getId(), form.year())) {
            throw new BusinessRuleException("cluster.code.taken", code, form.year());
        }
        var cluster = identity.orElseGet(() -> identities.save(new Cluster(code, form.name().trim(), form.kind(), form.level(), ownerId, form.year())));
        cluster.continueFrom(form.year());
        var year = new ClusterYear(identities.saveAndFlush(cluster), form.year(), form.name().trim(), true, null);
        clusters.saveAndFlush(year);
        audit.record("CLUSTER_CREATED", "cluster", year.getId(), "Lập " + year.getName() + " năm " + year.getYear(),
                null, year.snapshot());
        return year;
    }
}
