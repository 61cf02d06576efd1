package vn.vusta.thidua.common;

/**
 * The record asked for does not exist (404). Deliberately not a {@link BusinessRuleException}: forms that catch
 * broken rules to show them beside the input must let this one through to the error page.
 */
public class NotFoundException extends RuntimeException {
    private final String what;
    private final transient Object id;

    public NotFoundException(String what, Object id) {
        super("error.notFound");
        this.what = what;
        this.id = id;
    }

    /** The kind of record (unit, cluster, account…); its id is kept for logs, never shown to users. */
    String what() { return what; }

    Object id() { return id; }
}
