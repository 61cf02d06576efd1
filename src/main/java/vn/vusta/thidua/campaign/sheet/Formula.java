package vn.vusta.thidua.campaign.sheet;

/**
 * How a quantitative criterion turns a value into points, against the unit's registered target.
 * <ul>
 * <li>PROPORTIONAL: max × value / target, never above the max (below target, points in proportion).</li>
 * <li>FULL_AT_TARGET: the max when the value reaches the target, 0 below it ("hoàn thành chỉ tiêu").</li>
 * <li>RELATIVE_TO_BEST: the best value of the cluster gets the max, the others max × value / best.</li>
 * </ul>
 */
public enum Formula { PROPORTIONAL, FULL_AT_TARGET, RELATIVE_TO_BEST }
