/**
 * Append-only, hash-chained audit trail of every change (who, when, what, old and new values) and its verification.
 * Writes of other modules call {@link vn.vusta.thidua.audit.AuditTrail} inside their own transaction.
 */
package vn.vusta.thidua.audit;
