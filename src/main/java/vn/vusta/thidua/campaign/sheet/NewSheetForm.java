package vn.vusta.thidua.campaign.sheet;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vusta.thidua.cluster.ClusterLevel;

/** A new, empty sheet. A union's officer always makes its own union's PROVINCIAL sheet; the office chooses the level. */
record NewSheetForm(@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.maxLength}")
                    @Pattern(regexp = "[\\p{L}\\d._-]+", message = "{sheet.code.pattern}") String code,
                    @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.maxLength}") String name,
                    ClusterLevel level,
                    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                    @Size(max = 300, message = "{validation.maxLength}") String legalRef) {}
