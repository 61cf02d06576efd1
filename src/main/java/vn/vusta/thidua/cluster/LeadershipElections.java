package vn.vusta.thidua.cluster;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;

/**
 * Next year's head or deputy elected at a cluster's year-end summary (a closed ballot of its meeting): recorded on the
 * next year's row through the same leadership record the rotation form writes, with the meeting as its reference,
 * unconfirmed until the office confirms it. Called by the meeting module after the count, not by a person.
 */
@Service
public class LeadershipElections {
    private final ClusterYears clusters;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    LeadershipElections(ClusterYears clusters, AuditTrail audit, ApplicationEventPublisher events) {
        this.clusters = clusters;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Records {@code unitId} as head ({@code deputy} false) or deputy of the year after cluster-year {@code clusterYearId}.
     * Refused (with the reason) when that year has no row yet, its leadership is already confirmed by the office, the
     * unit is not its member, or it already holds the other place.
     */
    @Transactional
    public void recordElected(long clusterYearId, long unitId, boolean deputy, LocalDate date, String reference) {
        var current = clusters.findById(clusterYearId).orElseThrow(() -> new NotFoundException("cluster", clusterYearId));
        int nextYear = current.getYear() + 1;
        var nextId = clusters.findByClusterIdAndYear(current.getClusterId(), nextYear)
                .orElseThrow(() -> new BusinessRuleException("cluster.leadership.nextYearMissing", nextYear)).getId();
        var next = clusters.lockById(nextId).orElseThrow();
        // the office has settled next year's leadership already: the count does not overwrite its confirmation
        if (next.isLeadershipConfirmed()) throw new BusinessRuleException("cluster.leadership.electionAfterConfirmation", nextYear);
        var before = next.snapshot();
        next.recordElected(unitId, deputy, date, reference);
        clusters.saveAndFlush(next);
        audit.record("CLUSTER_LEADERSHIP_RECORDED", "cluster", next.getId(), (deputy ? "Ghi nhận cụm phó " : "Ghi nhận cụm trưởng ")
                + next.getName() + " năm " + nextYear + " theo kết quả bỏ phiếu: " + reference, before, next.snapshot());
        events.publishEvent(new ClusterHeadChanged(next.getCode(), nextYear, next.getHeadUnitId(), next.getDeputyUnitId()));
    }
}
