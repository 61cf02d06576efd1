package vn.vusta.thidua.cluster;

import vn.vusta.thidua.organization.UnitSummary;

/** A unit named in a cluster: id, code, full name and short name. */
public record UnitRef(long id, String code, String name, String shortName) {
    static UnitRef of(UnitSummary u) { return u == null ? null : new UnitRef(u.id(), u.code(), u.name(), u.shortName()); }
}
