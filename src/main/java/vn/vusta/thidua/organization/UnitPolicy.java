package vn.vusta.thidua.organization;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Who may do what to units, for pages and API alike ({@code @PreAuthorize("@unitPolicy.mayEdit(#id)")}): the VUSTA
 * office keeps the register (new units, mergers, every field); a unit's own officer keeps its contact details.
 */
@Component("unitPolicy")
public class UnitPolicy {
    private final ActorContext actors;

    UnitPolicy(ActorContext actors) { this.actors = actors; }

    /** The office, or an officer of this very unit (who may change its contact details only). */
    public boolean mayEdit(long unitId) {
        var actor = actors.current();
        return actor.isOffice() || actor.actsFor(unitId);
    }

    /** Every field of a unit, new units, mergers and the unions' merger decisions: the office. */
    public boolean mayKeepRegister() { return actors.current().isOffice(); }
}
