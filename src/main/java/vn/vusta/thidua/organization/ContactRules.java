package vn.vusta.thidua.organization;

/** The shape of contact details; blank means "not given" (forms send empty fields). */
final class ContactRules {
    private ContactRules() {}

    static final String PHONE = "^\\s*$|^\\s*[0-9 +().-]{6,30}\\s*$";
    /** Hibernate Validator's @Email accepts "a@b"; a real address has a dot in its domain. */
    static final String EMAIL = "^\\s*$|^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$";
    /** Only http and https (never javascript: or data:), a host with a dot, no spaces. */
    static final String WEBSITE = "^\\s*$|^\\s*(?i:https?)://[^\\s/?#@]+\\.[^\\s/?#@]+([/?#]\\S*)?\\s*$";
}
