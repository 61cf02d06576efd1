package vn.vusta.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Who may do what to units, for pages and API alike ({@code @PreAuthorize("@unitPolicy.mayEdit(#id)")}): the VUSTA
 * office keeps the register (new units, mergers, every field); a unit's own officer keeps its contact details; a
 * provincial union's officer keeps its member associations (hội thành viên). A union merged away hands its associations
 * to the unit carrying it on: from the merger date that unit's officer keeps them, the old union's officer no longer.
 */
@Component("unitPolicy")
public class UnitPolicy {
    private final ActorContext actors;
    private final UnitCatalog catalog;
    private final Clock clock;

    UnitPolicy(ActorContext actors, UnitCatalog catalog, Clock clock) {
        this.actors = actors;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The office, an officer of this very unit (contact details only), or the officer holding this association. */
    public boolean mayEdit(long unitId) {
        var actor = actors.current();
        return actor.isOffice() || actor.actsFor(unitId) || holdsAssociation(actor, unitId);
    }

    /** Every field of a unit, new units, mergers and the unions' merger decisions: the office. */
    public boolean mayKeepRegister() { return actors.current().isOffice(); }

    /** New member associations of this union: the office, or the union's own officer while the union acts. */
    public boolean mayAddAssociations(long unionId) {
        var actor = actors.current();
        if (actor.isOffice()) return catalog.find(unionId).map(u -> u.type() == UnitType.PROVINCIAL_UNION).orElse(false);
        if (!actor.actsFor(unionId)) return false;
        return catalog.find(unionId).filter(u -> u.type() == UnitType.PROVINCIAL_UNION && u.existsOn(today())).isPresent();
    }

    /** Names, dates and the end of a member association: the office, or the officer of the union holding it today. */
    public boolean mayManageAssociation(long associationId) {
        var actor = actors.current();
        if (actor.isOffice()) return catalog.find(associationId).map(UnitSummary::isAssociation).orElse(false);
        return holdsAssociation(actor, associationId);
    }

    /** Whether the actor is the officer of the union that holds this member association today. */
    boolean holdsAssociation(Actor actor, long unitId) {
        if (actor.unitId() == null || actor.actsFor(unitId)) return false;
        return catalog.find(unitId).filter(UnitSummary::isAssociation)
                .flatMap(a -> catalog.holderOn(a, today()))
                .map(holder -> actor.actsFor(holder.id()))
                .orElse(false);
    }

    private LocalDate today() { return LocalDate.now(clock); }
}
