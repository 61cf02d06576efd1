package vn.vusta.thidua.campaign.sheet;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.identity.Role;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/**
 * Who may do what to scoring sheets, for pages and API alike: the VUSTA office manages every sheet; the officer of a
 * provincial union manages its own union's sheets (level PROVINCIAL, for its internal clusters) and reads VUSTA's;
 * any signed-in account reads the sheets of VUSTA's and the central clusters (how its unit is scored).
 */
@Component("sheetPolicy")
public class SheetPolicy {
    private final ActorContext actors;
    private final ScoringSheets sheets;
    private final UnitCatalog units;

    SheetPolicy(ActorContext actors, ScoringSheets sheets, UnitCatalog units) {
        this.actors = actors;
        this.sheets = sheets;
        this.units = units;
    }

    /** The list of sheets: the office and every unit's officer (a union's own sheets and VUSTA's, read only). */
    public boolean mayList() {
        var actor = actors.current();
        return actor.isOffice() || actor.has(Role.UNIT_OFFICER) && actor.unitId() != null;
    }

    /** New sheets and import: the office and provincial unions' officers. */
    public boolean mayManageSome() {
        var actor = actors.current();
        return actor.isOffice() || unionOf(actor) != null;
    }

    /** Reading a sheet: the office, anyone signed in for a non-provincial sheet, the owner union's officer. */
    public boolean mayView(long id) {
        var actor = actors.current();
        if (!actor.isAuthenticated()) return false;
        if (actor.isOffice()) return true;
        return sheets.findById(id).map(s -> s.getLevel() != ClusterLevel.PROVINCIAL || actor.actsFor(s.getOwnerUnitId())).orElse(false);
    }

    /** Changing a sheet, or copying it for a new year: the office; the owner union's officer for its PROVINCIAL sheets. */
    public boolean mayEdit(long id) {
        var actor = actors.current();
        if (actor.isOffice()) return true;
        var union = unionOf(actor);
        return union != null && sheets.findById(id)
                .map(s -> s.getLevel() == ClusterLevel.PROVINCIAL && s.getOwnerUnitId() == union).orElse(false);
    }

    /**
     * Copying a sheet: as its next version, whoever may edit it; into a union's own new sheet (level PROVINCIAL, for
     * its internal clusters), a union's officer from any sheet it may read that is not another union's.
     */
    public boolean mayCopy(long id) { return mayEdit(id) || mayCopyForUnion(id); }

    /** Whether the actor copies this sheet into its union's own sheet (it cannot edit the sheet itself). */
    public boolean mayCopyForUnion(long id) {
        var union = unionOf(actors.current());
        return union != null && sheets.findById(id).map(s -> s.getLevel() != ClusterLevel.PROVINCIAL).orElse(false);
    }

    /** The provincial union this actor is the officer of, or null. */
    Long unionOf(Actor actor) {
        if (!actor.has(Role.UNIT_OFFICER) || actor.unitId() == null) return null;
        return units.find(actor.unitId()).filter(u -> u.type() == UnitType.PROVINCIAL_UNION).map(u -> u.id()).orElse(null);
    }

    Actor actor() { return actors.current(); }
}
