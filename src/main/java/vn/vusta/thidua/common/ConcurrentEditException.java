package vn.vusta.thidua.common;

/** Someone else saved the same record after the form was opened (optimistic locking). */
public class ConcurrentEditException extends BusinessRuleException {
    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }

    /** Throws when the version the user edited is not the version stored now. */
    public static void check(long stored, Long edited) {
        if (edited == null || stored != edited) throw new ConcurrentEditException();
    }
}
