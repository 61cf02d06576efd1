package vn.vusta.thidua.organization;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.AccountMoves;

/**
 * When units merge, the identity module proposes moving their officers' accounts to the successor. The listener
 * sits on this side because identity must not depend on this module (this module already depends on identity, so
 * the reverse would be a cycle); the event goes through the JDBC event publication registry all the same.
 */
@Component
class AccountsFollowMergers {
    private final AccountMoves moves;

    AccountsFollowMergers(AccountMoves moves) { this.moves = moves; }

    @ApplicationModuleListener
    void on(UnitsMerged event) {
        moves.unitsMerged(event.predecessorIds(), event.successorId(), event.effectiveDate(), event.legalRef());
    }
}
