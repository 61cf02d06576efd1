package vn.vusta.thidua.common;

public class NotFoundException extends BusinessRuleException {
    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
