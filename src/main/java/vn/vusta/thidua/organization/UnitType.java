package vn.vusta.thidua.organization;

/** Kinds of unit (domain.md glossary); a {@link #MEMBER_ASSOCIATION} (hội thành viên) belongs to a provincial union. */
public enum UnitType { VUSTA, PROVINCIAL_UNION, NATIONAL_ASSOCIATION, AFFILIATED_UNIT, MEMBER_ASSOCIATION }
