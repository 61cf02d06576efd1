package vn.vusta.thidua.campaign.assessment;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;

/**
 * Loads a sheet with its entries to change it: its version goes up at commit even when only entries change, so
 * that two people saving the same sheet never overwrite each other (the second gets a conflict, nothing is lost).
 */
@Component
class SheetChanges {
    private final ScoreSheets sheets;
    private final EntityManager em;

    SheetChanges(ScoreSheets sheets, EntityManager em) {
        this.sheets = sheets;
        this.em = em;
    }

    Optional<ScoreSheet> load(long id) {
        var sheet = sheets.withEntries(id);
        sheet.ifPresent(s -> em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        return sheet;
    }
}
