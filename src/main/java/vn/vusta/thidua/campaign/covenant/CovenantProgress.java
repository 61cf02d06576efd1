package vn.vusta.thidua.campaign.covenant;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.progress.CovenantConfirmations;

/**
 * The progress dashboard's covenant column: when each member unit confirmed its cluster's covenant, from the parties'
 * confirmations, for a whole campaign in one query. A party that carries a merged-away member answers for that member
 * (the dashboard lists the cluster's members); a reopened covenant has no confirmations until they are given again.
 */
@Component
@Transactional(readOnly = true)
class CovenantProgress implements CovenantConfirmations {
    private final EntityManager em;

    CovenantProgress(EntityManager em) { this.em = em; }

    @Override
    public Map<Long, Instant> confirmedIn(long campaignId) {
        var out = new HashMap<Long, Instant>();
        em.createQuery("""
                        select p.unitId, p.carriedFromUnitId, p.confirmedAt from CovenantParty p
                        where p.covenant.campaignId = :c and p.confirmedAt is not null""", Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(r -> out.put(r[1] != null ? (Long) r[1] : (Long) r[0], (Instant) r[2]));
        return out;
    }
}
