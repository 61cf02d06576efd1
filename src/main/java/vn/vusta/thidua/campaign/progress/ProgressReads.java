package vn.vusta.thidua.campaign.progress;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.registration.Registration;

/**
 * The state of every member unit of a campaign in two queries, whatever the number of units: registrations and
 * score sheets, keyed by the unit they belong to (and by the merged-away unit they were carried over from).
 */
@Component
class ProgressReads {
    private final EntityManager em;

    ProgressReads(EntityManager em) { this.em = em; }

    record RegistrationState(long unitId, Long carriedFromUnitId, boolean submitted, Instant submittedAt) {}

    record SheetState(long id, long unitId, Long carriedFromUnitId, ScoreSheetStatus status) {}

    Map<Long, RegistrationState> registrations(long campaignId) {
        var out = new HashMap<Long, RegistrationState>();
        em.createQuery("""
                select r.unitId, r.carriedFromUnitId, r.status, r.submittedAt from Registration r
                where r.campaignId = :campaign""", Object[].class).setParameter("campaign", campaignId)
                .getResultList().forEach(row -> {
                    var s = new RegistrationState((Long) row[0], (Long) row[1], row[2] == Registration.Status.SUBMITTED, (Instant) row[3]);
                    out.put(s.unitId(), s);
                    if (s.carriedFromUnitId() != null) out.putIfAbsent(s.carriedFromUnitId(), s);
                });
        return out;
    }

    Map<Long, SheetState> sheets(long campaignId) {
        var out = new HashMap<Long, SheetState>();
        em.createQuery("""
                select s.id, s.unitId, s.carriedFromUnitId, s.status from ScoreSheet s
                where s.campaignId = :campaign""", Object[].class).setParameter("campaign", campaignId)
                .getResultList().forEach(row -> {
                    var s = new SheetState((Long) row[0], (Long) row[1], (Long) row[2], (ScoreSheetStatus) row[3]);
                    out.put(s.unitId(), s);
                    if (s.carriedFromUnitId() != null) out.putIfAbsent(s.carriedFromUnitId(), s);
                });
        return out;
    }
}
