package vn.vusta.thidua.organization;

public enum UnitType { VUSTA, PROVINCIAL_UNION, NATIONAL_ASSOCIATION, AFFILIATED_UNIT }
