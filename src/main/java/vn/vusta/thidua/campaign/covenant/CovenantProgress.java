package vn.vusta.thidua.campaign.covenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.progress.CovenantConfirmations;

/**
 * The progress dashboard's covenant column: each covenant of a campaign, whether it is compiled (or signed), and when
 * each party confirmed it, in one query. A party that carries a merged-away member answers for that member (the
 * dashboard lists the cluster's members); a reopened covenant is in preparation again and has no confirmations until
 * it is compiled and they are given again.
 */
@Component
@Transactional(readOnly = true)
class CovenantProgress implements CovenantConfirmations {
    private final EntityManager em;

    CovenantProgress(EntityManager em) { this.em = em; }

    @Override
    public List<Covenant> of(long campaignId) {
        var compiled = new LinkedHashMap<Long, Boolean>();
        var parties = new HashMap<Long, Map<Long, Instant>>();
        em.createQuery("""
                        select c.clusterId, c.status, p.unitId, p.carriedFromUnitId, p.confirmedAt
                        from Covenant c left join c.parties p where c.campaignId = :c""", Object[].class)
                .setParameter("c", campaignId).getResultList()
                .forEach(r -> {
                    long cluster = (Long) r[0];
                    compiled.put(cluster, r[1] != CovenantStatus.DRAFT);
                    var of = parties.computeIfAbsent(cluster, k -> new HashMap<>());
                    if (r[2] != null) of.put(r[3] != null ? (Long) r[3] : (Long) r[2], (Instant) r[4]);
                });
        var out = new ArrayList<Covenant>();
        compiled.forEach((cluster, isCompiled) -> out.add(new Covenant(cluster, isCompiled, parties.get(cluster))));
        return out;
    }
}
