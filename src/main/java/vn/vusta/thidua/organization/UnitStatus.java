package vn.vusta.thidua.organization;

/** ACTIVE: operating; MERGED: merged into a successor (see lineage); DISSOLVED: ended without successor. */
public enum UnitStatus { ACTIVE, MERGED, DISSOLVED }
