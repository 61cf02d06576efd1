package vn.vusta.thidua.campaign;

/**
 * Who reviews a member's score sheet: the cluster head unit (the head's own sheet by the deputy or the Presidium
 * member in charge), the head and the deputy together, or pairs of units scoring each other. A unit never reviews
 * itself.
 */
public enum ReviewMode { HEAD, HEAD_AND_DEPUTY, CROSS_PAIRS }
