package vn.vusta.thidua.common;

/** A rule of the domain was broken by the input; the message key resolves to a sentence the user can act on. */
public class BusinessRuleException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() { return messageKey; }

    public Object[] args() { return args; }
}
