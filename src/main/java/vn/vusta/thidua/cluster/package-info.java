/**
 * Emulation clusters (cụm) and blocks (khối) per year: members, head, deputy and Presidium member in charge,
 * the rotation of the head, and the regrouping of clusters after mergers. History of earlier years is never
 * rewritten: each year is its own row.
 */
package vn.vusta.thidua.cluster;
