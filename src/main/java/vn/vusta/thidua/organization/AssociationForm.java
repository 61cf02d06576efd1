package vn.vusta.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new member association of a union (hội thành viên), as its officer or the office enters it. */
record AssociationForm(@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.maxLength}") String name,
                       @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.maxLength}") String shortName,
                       LocalDate validFrom,
                       @Size(max = 300, message = "{validation.maxLength}") String address,
                       @Size(max = 50, message = "{validation.maxLength}")
                       @Pattern(regexp = ContactRules.PHONE, message = "{validation.phone}") String phone,
                       @Size(max = 120, message = "{validation.maxLength}")
                       @Pattern(regexp = ContactRules.EMAIL, message = "{validation.email}") String email,
                       @Size(max = 200, message = "{validation.maxLength}")
                       @Pattern(regexp = ContactRules.WEBSITE, message = "{validation.website}") String website,
                       @Size(max = 120, message = "{validation.maxLength}") String contactPerson) {

    static AssociationForm empty() { return new AssociationForm("", "", null, "", "", "", "", ""); }

    Contact contact() {
        return new Contact(UnitService.trim(address), UnitService.trim(phone), UnitService.trim(email), UnitService.trim(website),
                UnitService.trim(contactPerson));
    }
}
