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
    private final Clusters clusters;
    private final ClusterQueries queries;
    private final ClusterAuthority authority;
    private final ActorContext actors;
    private final UnitCatalog units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AccountDirectory accounts;
    @PersistenceContext private EntityManager entityManager;

    ClusterService(Clusters clusters, ClusterQueries queries, ClusterAuthority authority, ActorContext actors,
                   UnitCatalog units, AuditTrail audit, ApplicationEventPublisher events, AccountDirectory accounts) {
        this.clusters = clusters;
        this.queries = queries;
        this.authority = authority;
        this.actors = actors;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.accounts = accounts;
    }

    @Transactional
    void recordLeadership(long clusterId, LeadershipForm form) {
        var cluster = locked(clusterId);
        var write = authority.isPast(cluster) ? correction(cluster, form.correctionReason()) : new Write(authority.requireRecordLeadership(cluster), null);
        ConcurrentEditException.check(cluster.getVersion(), form.version());
        var before = cluster.snapshot();
        cluster.assignLeadership(form.headUnitId(), form.deputyUnitId(), form.date(), form.reference(), write.actor().username(),
                write.actor().isAdmin());
        clusters.saveAndFlush(cluster);
        write.audit(audit, "CLUSTER_LEADERSHIP_RECORDED", cluster, "Ghi nhận cụm trưởng, cụm phó " + cluster.getName() + " năm " + cluster.getYear(),
                before);
        events.publishEvent(new ClusterHeadChanged(cluster.getCode(), cluster.getYear(), cluster.getHeadUnitId(), cluster.getDeputyUnitId()));
    }

    /** The office confirms the head and deputy the outgoing head recorded: the outgoing head's right closes. */
    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    void confirmLeadership(long clusterId, Long version) {
        var actor = actors.requireAdmin();
        var cluster = locked(clusterId);
        if (authority.isPast(cluster)) throw new BusinessRuleException("cluster.year.closed", cluster.getYear());
        ConcurrentEditException.check(cluster.getVersion(), version);
        var before = cluster.snapshot();
        cluster.confirmLeadership(actor.username());
        clusters.saveAndFlush(cluster);
        audit.record("CLUSTER_LEADERSHIP_CONFIRMED", "cluster", clusterId, "Xác nhận cụm trưởng, cụm phó " + cluster.getName()
                + " năm " + cluster.getYear(), before, cluster.snapshot());
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    void updateDetails(long clusterId, ClusterDetailsForm form) {
        var cluster = locked(clusterId);
        var write = officeWrite(cluster, form.correctionReason());
        ConcurrentEditException.check(cluster.getVersion(), form.version());
        var before = cluster.snapshot();
        cluster.rename(form.name());
        if (form.supervisorUsername() != null && !form.supervisorUsername().isBlank()
                && accounts.enabledWithRole(Role.PRESIDIUM_MEMBER).stream().noneMatch(a -> a.username().equals(form.supervisorUsername()))) {
            throw new BusinessRuleException("cluster.supervisor.notPresidium", form.supervisorUsername());
        }
        cluster.assignSupervisor(form.supervisorName(), form.supervisorUsername());
        clusters.saveAndFlush(cluster);
        write.audit(audit, "CLUSTER_UPDATED", cluster, "Sửa thông tin " + cluster.getName() + " năm " + cluster.getYear(), before);
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    void addMember(long clusterId, Long unitId, Long version) { addMember(clusterId, unitId, version, null); }

    /** Adds a member; the cluster's version changes, so a concurrent leadership record or edit is refused. */
    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    void addMember(long clusterId, Long unitId, Long version, String correctionReason) {
        var cluster = locked(clusterId);
        var write = officeWrite(cluster, correctionReason);
        ConcurrentEditException.check(cluster.getVersion(), version);
        if (unitId == null) throw new BusinessRuleException("cluster.member.unitRequired");
        checkMayJoin(cluster, unitId);
        var before = cluster.snapshot();
        cluster.addMember(unitId, true);
        bump(cluster);
        clusters.saveAndFlush(cluster);
        write.audit(audit, "CLUSTER_MEMBER_ADDED", cluster, "Thêm " + units.get(unitId).shortName() + " vào " + cluster.getName()
                + " năm " + cluster.getYear(), before);
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    void removeMember(long clusterId, long unitId, Long version) { removeMember(clusterId, unitId, version, null); }

    /** Removes a member that is neither head nor deputy; the cluster's version changes. */
    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    void removeMember(long clusterId, long unitId, Long version, String correctionReason) {
        var cluster = locked(clusterId);
        var write = officeWrite(cluster, correctionReason);
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
        void audit(AuditTrail trail, String action, Cluster cluster, String summary, Map<String, Object> before) {
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

    /** The office writes an open year directly; a past year only as a correction with a reason. */
    private Write officeWrite(Cluster cluster, String correctionReason) {
        if (authority.isPast(cluster)) return correction(cluster, correctionReason);
        return new Write(actors.requireAdmin(), null);
    }

    private Write correction(Cluster cluster, String reason) {
        var actor = authority.requireCorrectHistory();
        if (reason == null || reason.isBlank()) throw new BusinessRuleException("cluster.year.closed", cluster.getYear());
        if (reason.trim().length() > 300) throw new BusinessRuleException("cluster.correction.tooLong", 300);
        return new Write(actor, reason.trim());
    }

    /** The cluster row locked until the transaction ends: concurrent writes to one cluster queue and see each other. */
    private Cluster locked(long clusterId) {
        return clusters.lockById(clusterId).orElseThrow(() -> new NotFoundException("cluster", clusterId));
    }

    /** A change of members is a change of the cluster: its version goes up, so forms opened before it are refused. */
    private void bump(Cluster cluster) { entityManager.lock(cluster, LockModeType.PESSIMISTIC_FORCE_INCREMENT); }

    /** A new cluster or block for a year: VUSTA's own, or a provincial union's internal one. */
    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    Cluster create(NewClusterForm form) {
        actors.requireAdmin();
        String code = form.code() == null ? "" : form.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9._-]{2,40}")) throw new BusinessRuleException("cluster.code.invalid");
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) throw new BusinessRuleException("cluster.year.invalid");
        if (form.name() == null || form.name().isBlank()) throw new BusinessRuleException("cluster.name.required");
        if (form.kind() == null || form.level() == null) throw new BusinessRuleException("cluster.kindLevel.required");
        if (clusters.findByCodeAndYear(code, form.year()).isPresent()) throw new BusinessRuleException("cluster.code.taken", code, form.year());
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
        var cluster = new Cluster(code, form.year(), form.name().trim(), form.kind(), form.level(), owner, true, null);
        clusters.saveAndFlush(cluster);
        audit.record("CLUSTER_CREATED", "cluster", cluster.getId(), "Lập " + cluster.getName() + " năm " + cluster.getYear(),
                null, cluster.snapshot());
        return cluster;
    }

    /** Which kinds of unit a cluster takes: VUSTA clusters take provincial unions, VUSTA blocks the associations and
     *  affiliated units, a union's internal clusters anything but VUSTA and provincial unions. */
    static Optional<String> typeRefusal(Cluster cluster, UnitSummary unit) {
        if (cluster.getLevel() == ClusterLevel.VUSTA && cluster.getKind() == ClusterKind.CLUSTER) {
            return unit.type() == UnitType.PROVINCIAL_UNION ? Optional.empty() : Optional.of("cluster.member.notProvincialUnion");
        }
        if (cluster.getLevel() == ClusterLevel.VUSTA) {
            return unit.type() == UnitType.NATIONAL_ASSOCIATION || unit.type() == UnitType.AFFILIATED_UNIT
                    ? Optional.empty() : Optional.of("cluster.member.notAssociation");
        }
        return unit.type() == UnitType.VUSTA || unit.type() == UnitType.PROVINCIAL_UNION
                ? Optional.of("cluster.member.notForProvincial") : Optional.empty();
    }

    /** The membership rules every way into a cluster goes through. */
    void checkMayJoin(Cluster cluster, long unitId) {
        var unit = units.get(unitId);
        int year = cluster.getYear();
        typeRefusal(cluster, unit).ifPresent(key -> { throw new BusinessRuleException(key, unit.shortName()); });
        if (unit.validTo() != null && unit.validTo().isBefore(LocalDate.of(year, 1, 1))) {
            var successor = units.successor(unitId);
            if (successor.isPresent()) {
                throw new BusinessRuleException("cluster.member.mergedAway", unit.shortName(), successor.get().unit().shortName(),
                        successor.get().effectiveDate(), year);
            }
            throw new BusinessRuleException("cluster.member.ended", unit.shortName(), unit.validTo(), year);
        }
        if (unit.validFrom() != null && unit.validFrom().isAfter(LocalDate.of(year, 12, 31))) {
            throw new BusinessRuleException("cluster.member.notYetFormed", unit.shortName(), unit.validFrom(), year);
        }
        clusters.membershipOf(unitId, year, cluster.getLevel())
                .filter(m -> !m.getCluster().getId().equals(cluster.getId()))
                .ifPresent(m -> {
                    throw new BusinessRuleException("cluster.member.inOtherCluster", unit.shortName(), m.getCluster().getName(), year);
                });
    }
}
