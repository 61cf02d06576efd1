package vn.vusta.thidua.campaign.sheet;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A sheet's details: name, validity and legal reference; {@code version} as on the page when it was opened. */
record SheetDetailsForm(Long version,
                        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.maxLength}") String name,
                        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                        @Size(max = 300, message = "{validation.maxLength}") String legalRef) {
    SheetDetailsForm withVersion(long sheetVersion) { return new SheetDetailsForm(sheetVersion, name, validFrom, validTo, legalRef); }

    static SheetDetailsForm of(ScoringSheet s) {
        return new SheetDetailsForm(s.getVersion(), s.getName(), s.getValidFrom(), s.getValidTo(), s.getLegalRef());
    }
}
