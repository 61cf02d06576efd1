package vn.vusta.thidua.audit;

/**
 * Result of walking the audit chain: {@code intact} or the first broken link and why.
 * {@code brokenSeq} is the sequence number at which the chain stops matching.
 */
public record AuditVerification(boolean intact, long checkedEntries, Long brokenSeq, String reason) {
    static AuditVerification ok(long checked) { return new AuditVerification(true, checked, null, null); }

    static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason);
    }
}
