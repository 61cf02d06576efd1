/**
 * Append-only, keyed, anchored audit trail of every change (who, when, what, old and new values), and its
 * verification.
 * <ul>
 * <li>Writers call {@link vn.vusta.thidua.audit.AuditTrail#record} inside their transaction: it inserts into
 * {@code audit_journal}, so the entry commits or rolls back with the change, with no shared lock.</li>
 * <li>After commit (and every few seconds, on any node) {@link vn.vusta.thidua.audit.AuditSealer} chains committed
 * journal rows in order into {@code audit_entry}: HMAC-SHA256 with a key outside the database over a
 * length-prefixed input. Only sealing a batch holds the chain head's row lock.</li>
 * <li>Database triggers refuse UPDATE/DELETE/TRUNCATE on the sealed table (PostgreSQL and H2).</li>
 * <li>{@link vn.vusta.thidua.audit.AuditCheckpoints} signs (Ed25519) the head into files outside the database;
 * {@link vn.vusta.thidua.audit.AuditVerifier} streams the chain, checks it against key and checkpoints, reports
 * every break and records each run.</li>
 * <li>Anonymous entries ({@link vn.vusta.thidua.audit.AuditTrail#recordAnonymous}) name no actor and carry only the
 * day: the only kind ballot records may use.</li>
 * </ul>
 * Limits: a database administrator can still delete or edit journal rows before they are sealed (normally well
 * under a second), and cut the chain's tail back to the newest checkpoint unseen; checkpoints are as safe as the
 * directory the office keeps them in.
 */
package vn.vusta.thidua.audit;
