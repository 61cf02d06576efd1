package vn.vusta.thidua.organization;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to reach a unit; its own officers may keep it up to date. The person, phone and e-mail are personal data
 * (Decree 13/2023/NĐ-CP): shown to signed-in users only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(String address, String phone, String email, String website, String contactPerson) {

    /** What anonymous visitors may see: the unit's address and website. */
    public Contact withoutPersonalData() { return new Contact(address, null, null, website, null); }
}
