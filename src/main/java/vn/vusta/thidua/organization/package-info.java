/**
 * Units (VUSTA, provincial unions, national branch associations, affiliated units) and their lineage through
 * mergers with effective dates, so that "as of a date" questions have one answer and history stays on the old unit.
 */
package vn.vusta.thidua.organization;
