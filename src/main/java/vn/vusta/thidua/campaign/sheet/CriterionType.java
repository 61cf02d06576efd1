package vn.vusta.thidua.campaign.sheet;

/**
 * What a node of the criteria tree is and how its score comes about.
 * <ul>
 * <li>GROUP: a group of criteria; its score is the sum of its children's, within ±its max points when set.</li>
 * <li>QUANTITATIVE: a value measured against the unit's registered target, scored by a {@link Formula}.</li>
 * <li>JUDGED: points given directly, from 0 to the max (most qualitative criteria of the sheets in use).</li>
 * <li>PASS_FAIL: the max when met, 0 when not.</li>
 * <li>PER_OCCURRENCE: fixed points per occurrence, capped at the max.</li>
 * <li>BONUS / PENALTY: points added / taken away, per occurrence when points per occurrence are set, else entered
 * directly; capped at the max.</li>
 * </ul>
 */
public enum CriterionType {
    GROUP, QUANTITATIVE, JUDGED, PASS_FAIL, PER_OCCURRENCE, BONUS, PENALTY;

    public boolean isGroup() { return this == GROUP; }

    /** True for the criteria that count towards the sheet's maximum (bonus and penalty come on top). */
    public boolean countsTowardsMax() { return this != BONUS && this != PENALTY; }
}
