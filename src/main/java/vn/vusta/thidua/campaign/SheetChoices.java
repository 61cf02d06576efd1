package vn.vusta.thidua.campaign;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.cluster.ClusterLevel;

/** The scoring sheets a campaign may use: the owner's sheets of the campaign's level, in force during its year. */
@Component
@Transactional(readOnly = true)
class SheetChoices {
    record Choice(long id, String code, int version, String name, LocalDate validFrom, LocalDate validTo, boolean locked) {}

    private final EntityManager em;

    SheetChoices(EntityManager em) { this.em = em; }

    List<Choice> forCampaign(int year, ClusterLevel level, long ownerUnitId) {
        return em.createQuery("""
                        select s from ScoringSheet s where s.level = :level and s.ownerUnitId = :owner
                        and s.validFrom <= :end and (s.validTo is null or s.validTo >= :start)
                        order by s.code, s.sheetVersion desc""", ScoringSheet.class)
                .setParameter("level", level).setParameter("owner", ownerUnitId)
                .setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", LocalDate.of(year, 12, 31))
                .getResultList().stream()
                .map(s -> new Choice(s.getId(), s.getCode(), s.getSheetVersion(), s.getName(), s.getValidFrom(), s.getValidTo(), s.isLocked()))
                .toList();
    }

    boolean allowed(long sheetId, int year, ClusterLevel level, long ownerUnitId) {
        return forCampaign(year, level, ownerUnitId).stream().anyMatch(c -> c.id() == sheetId);
    }
}
