package vn.vusta.thidua.organization;

/** How to reach a unit; its own officers may keep it up to date. */
public record Contact(String address, String phone, String email, String website, String contactPerson) {}
