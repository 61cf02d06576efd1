package vn.vusta.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit as the office edits it (every field) or its own officer (contact details only; the rest is ignored). The
 * sizes are the columns' (V1__schema.sql); the service still checks the rules that need the database.
 */
record UnitForm(Long version,
                @Size(max = 40, message = "{validation.maxLength}") String code,
                @Size(max = 300, message = "{validation.maxLength}") String name,
                @Size(max = 120, message = "{validation.maxLength}") String shortName,
                UnitType type,
                @Size(max = 120, message = "{validation.maxLength}") String province,
                UnitStatus status, LocalDate validFrom, LocalDate validTo,
                @Size(max = 300, message = "{validation.maxLength}") String address,
                @Size(max = 50, message = "{validation.maxLength}")
                @Pattern(regexp = ContactRules.PHONE, message = "{validation.phone}") String phone,
                @Size(max = 120, message = "{validation.maxLength}")
                @Pattern(regexp = ContactRules.EMAIL, message = "{validation.email}") String email,
                @Size(max = 200, message = "{validation.maxLength}")
                @Pattern(regexp = ContactRules.WEBSITE, message = "{validation.website}") String website,
                @Size(max = 120, message = "{validation.maxLength}") String contactPerson) {

    Contact contact() {
        return new Contact(UnitService.trim(address), UnitService.trim(phone), UnitService.trim(email), UnitService.trim(website),
                UnitService.trim(contactPerson));
    }

    static UnitForm of(Unit u) {
        var c = u.contact();
        return new UnitForm(u.getVersion(), u.getCode(), u.getName(), u.getShortName(), u.getType(), u.getProvince(), u.getStatus(),
                u.getValidFrom(), u.getValidTo(), c.address(), c.phone(), c.email(), c.website(), c.contactPerson());
    }

    /** The unit as it stands with new contact details (what an officer may change). */
    static UnitForm withContact(Unit u, Long version, Contact c) {
        return new UnitForm(version, u.getCode(), u.getName(), u.getShortName(), u.getType(), u.getProvince(), u.getStatus(),
                u.getValidFrom(), u.getValidTo(), c.address(), c.phone(), c.email(), c.website(), c.contactPerson());
    }
}
